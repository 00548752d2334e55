"""The one JSON Lines reader (spacerec.io) and the one extraction path (spacerec.extraction)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from spacerec.extraction import extract_document, file_sha1, read_prefix
from spacerec.ingest import bytes_needed
from spacerec.io import RecordFileError, parse_json, read_jsonl
from spacerec.output import dumps


def test_lines_come_with_number_offset_and_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    content = b'{"a": 1}\n\n  \n[2]\nnull\n{"b": "\xc3\xa9"}'
    path.write_bytes(content)
    lines = list(read_jsonl(path))
    assert [line.number for line in lines] == [1, 4, 5, 6]
    assert [line.value for line in lines] == [{"a": 1}, [2], None, {"b": "é"}]
    assert all(line.ok for line in lines)
    for line in lines:  # the offset and bytes point back into the file exactly
        assert content[line.offset:line.offset + len(line.raw)] == line.raw


def test_bad_lines_are_yielded_with_a_reason_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"a": 1}\n{"cut": \n\xff\xfe\n{"b": 2}\n')
    lines = list(read_jsonl(path))
    assert [line.ok for line in lines] == [True, False, False, True]
    assert lines[1].reason.startswith("not JSON (") and "column" in lines[1].reason
    assert isinstance(lines[1].error, json.JSONDecodeError)
    assert lines[2].reason.startswith("not UTF-8 (byte 0xFF at byte 1 of the line")
    assert isinstance(lines[2].error, UnicodeDecodeError)
    assert lines[3].value == {"b": 2} and lines[3].number == 4


def test_a_latin1_line_says_which_byte_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes('{"a": 1}\n{"name": "Agence spatiale européenne"}\n'.encode("latin-1"))
    bad = [line for line in read_jsonl(path) if not line.ok]
    assert [line.number for line in bad] == [2]
    assert bad[0].reason == "not UTF-8 (byte 0xE9 at byte 32 of the line; latin-1 or cp1252? save the file as UTF-8)"
    path.write_bytes(b'\xef\xbb\xbf{"a": "\xe9"}\n')  # after a UTF-8 byte-order mark: counted in the line's bytes
    (line,) = read_jsonl(path)
    assert "byte 0xE9 at byte 11 of the line" in line.reason


@pytest.mark.parametrize("encoding, name", [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")])
def test_a_utf16_or_utf32_file_is_one_error_not_one_per_line(tmp_path: Path, encoding: str, name: str) -> None:
    """What PowerShell's ``>`` or a spreadsheet's "Unicode text" writes: said once, with what to do."""
    text = '{"a": 1}\n{"b": 2}\n{"c": 3}\n'
    path = tmp_path / "wide.jsonl"
    path.write_bytes(("\ufeff" + text).encode(encoding) if encoding.endswith("-be") else text.encode(encoding))
    (line,) = read_jsonl(path)
    assert not line.ok and line.number == 1
    assert line.reason.startswith(f"the file is {name} (byte-order mark at its start), not UTF-8: save it as UTF-8")


def test_blank_lines_can_be_kept_as_errors(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_bytes(b"{}\n\n{}\n")
    lines = list(read_jsonl(path, skip_blank=False))
    assert [line.ok for line in lines] == [True, False, True]


def test_an_open_handle_is_left_open_for_seeking_back(tmp_path: Path) -> None:
    path = tmp_path / "seek.jsonl"
    path.write_bytes(b'{"n": 1}\n{"n": 2}\n')
    with path.open("rb") as handle:
        second = list(read_jsonl(handle))[1]
        handle.seek(second.offset)
        assert parse_json(handle.readline()) == {"n": 2}


def test_parse_json_raises_what_json_would() -> None:
    assert parse_json('{"x": [1]}\n') == {"x": [1]}
    with pytest.raises(ValueError):
        parse_json(b"{oops}\n")


def test_record_file_error_points_at_file_and_line() -> None:
    err = RecordFileError("gold.jsonl", 7, "lacks doc_id")
    assert str(err) == "gold.jsonl:7: lacks doc_id"
    assert (err.path, err.line_number, err.reason) == ("gold.jsonl", 7, "lacks doc_id")
    assert isinstance(err, ValueError)


def test_the_evaluator_and_the_loader_share_the_error_type() -> None:
    from spacerec.db.source import RecordFileError as LoaderError
    from spacerec.evaluation.scoring import RecordFileError as EvaluatorError

    assert LoaderError is EvaluatorError is RecordFileError


# --------------------------------------------------------------------------- one extraction path


def test_the_hash_covers_the_whole_file_while_the_read_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    content = b"word " * 10_000
    path.write_bytes(content)
    with path.open("rb") as handle:
        data, sha1 = read_prefix(handle, bytes_needed(100))
    assert data == content[:bytes_needed(100)]
    assert sha1 == hashlib.sha1(content).hexdigest() == file_sha1(path)


class _Counting:
    """A stand-in extractor with the real one's interface: it records the text it is given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def extract_with_warnings(self, text: str, doc_id: str, warnings: list[str]) -> tuple[list[dict], list[str]]:
        self.texts.append(text)
        return [{"record_type": "document", "doc_id": doc_id}], list(warnings)

    def extract_many(self, items: list[tuple[str, str, list[str]]]) -> list[tuple[list[dict], list[str]]]:
        return [self.extract_with_warnings(*item) for item in items]


def test_extract_document_hashes_the_file_it_cuts(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"word " * 10_000)
    extractor = _Counting()
    item = extract_document(extractor, "long", path, 100)  # type: ignore[arg-type]
    assert item.error is None and item.sha1 == file_sha1(path)
    assert len(extractor.texts[0]) <= 100 and any("truncated" in note for note in item.notes)
    assert item.lines == [dumps({"record_type": "document", "doc_id": "long"}) + "\n"]
    assert item.record_types == ["document"] and item.words == len(extractor.texts[0].split())


def test_extract_document_turns_a_missing_file_into_an_outcome(tmp_path: Path) -> None:
    item = extract_document(_Counting(), "gone", tmp_path / "gone.txt", 100)  # type: ignore[arg-type]
    assert item.error is not None and item.error[1] == "FileNotFoundError"
    assert item.sha1 is None and item.lines == []


def test_the_dask_task_and_the_local_run_give_the_same_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same bounded read, same whole-file hash, same lines: the Dask engine is only an executor."""
    pytest.importorskip("distributed")
    import distributed
    from spacerec.engines import dask_engine

    path = tmp_path / "long.txt"
    path.write_bytes(b"Le CNES et la NASA. " * 5_000)
    worker = type("Worker", (), {"spacerec_extractor": _Counting()})()
    monkeypatch.setattr(distributed, "get_worker", lambda: worker)
    on_dask = dask_engine.extract_url("long", str(path), 1_000)
    local = extract_document(_Counting(), "long", str(path), 1_000)  # type: ignore[arg-type]
    assert on_dask == local
    assert on_dask.sha1 == file_sha1(path)  # the whole file, not the 4,005 bytes read
