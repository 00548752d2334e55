"""Bad input and output faults: one outcome per file, errors file, exit codes, bounded reads.

Most tests run ``spacerec run`` through typer's CliRunner with the session's rules-only extractor
(``blank_extractor``) standing in for the one the command would load, so that each run costs
milliseconds instead of a model load; one test runs the command unpatched.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
import spacerec.extraction
import spacerec.extractor
import spacerec.output
import spacerec.run
from spacerec.cli import app
from spacerec.ingest import DEFAULT_MAX_CHARS, decode, read_source
from typer.testing import CliRunner

runner = CliRunner()

EN = "Gateway deal\n\nNASA and ESA signed a memorandum of understanding on 12 March 2024 on Gateway.\n"
FR = "Accord spatial\n\nLe CNES a signé un accord avec la JAXA sur MMX le 3 mai 2023 à Tokyo.\n"
PARAGRAPH = ("NASA and ESA signed a memorandum of understanding on the Gateway in October 2020. "
             "The agencies will work together on the lunar station.\n\n")
RUSSIAN = ("Роскосмос и CNSA подписали соглашение\n\n"
           "Роскосмос и Китайское национальное космическое управление (CNSA) подписали меморандум о "
           "сотрудничестве по лунной станции ILRS 9 марта 2021 года. Миссия Chang'e 6 и NASA.\n")
CHINESE = ("中国国家航天局与俄罗斯国家航天集团签署协议\n\n"
           "2021年3月9日，中国国家航天局（CNSA）与俄罗斯国家航天集团公司签署了关于合作建设国际月球科研站的"
           "谅解备忘录。嫦娥六号任务与NASA和ESA。\n")
OUTCOME_KEYS = {"path", "doc_id", "status", "reason", "error_type"}



def _run(*args: str | Path):
    return runner.invoke(app, ["run", *map(str, args), "--no-models", "-q"])


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _errors(out: Path) -> list[dict]:
    rows = _lines(out.with_name(out.name.removesuffix(".jsonl") + ".errors.jsonl"))
    for row in rows:
        assert set(row) == OUTCOME_KEYS, row
        assert row["status"] in ("warning", "failed"), row
        assert isinstance(row["reason"], str) and row["reason"], row
        if row["status"] == "failed":
            assert isinstance(row["error_type"], str) and row["error_type"], row
    return rows


def _by_doc(rows: list[dict]) -> dict[str, dict]:
    return {row["doc_id"]: row for row in rows}


def _documents(out: Path) -> dict[str, dict]:
    return {r["doc_id"]: r for r in _lines(out) if r["record_type"] == "document"}


def _check_evidence(records: list[dict], texts: dict[str, str]) -> None:
    for record in records:
        text = texts[record["doc_id"]]
        for ev in record["evidence"]:
            assert 0 <= ev["start"] <= ev["end"] <= len(text)
            assert text[ev["start"] : ev["end"]] == ev["text"], (record["doc_id"], ev)


def _temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------- inputs, one outcome each


@pytest.fixture
def mixed_folder(tmp_path):
    """One folder holding every kind of awkward file next to two good ones."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "good-en.txt").write_text(EN, encoding="utf-8")
    (root / "good-fr.txt").write_text(FR, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\n\t\r\n")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "cp1252.txt").write_bytes(FR.encode("cp1252"))
    (root / "utf16.txt").write_bytes(EN.encode("utf-16"))  # Python's utf-16 codec writes a BOM
    (root / "russian.txt").write_text(RUSSIAN, encoding="utf-8")
    (root / "chinese.md").write_text(CHINESE, encoding="utf-8")
    # issue 12: encodings and paths that used to be misread, lost or followed
    (root / "utf32.txt").write_bytes(FR.encode("utf-32"))  # with BOM: once read as UTF-16, full of NULs
    (root / "utf16-nobom.txt").write_bytes(EN.encode("utf-16-le"))  # once reported as "binary"
    (root / "late-nul.txt").write_bytes(PARAGRAPH.encode("utf-8") * 80 + b"\x00\x01\x02")  # NULs after 8 KiB
    (root / "dup.md").write_text(EN, encoding="utf-8")  # the same doc_id as dup.txt: dup.txt fails
    (root / "dup.txt").write_text(FR, encoding="utf-8")
    outside = tmp_path / "outside-secret.txt"
    outside.write_text("Secret\n\nRoscosmos and ISRO signed a secret deal on 1 May 2023.\n", encoding="utf-8")
    (root / "outside-link.txt").symlink_to(outside)
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")
    if sys.platform != "darwin":  # macOS refuses file names that are not UTF-8
        with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "wb") as handle:
            handle.write(EN.encode("utf-8"))
    return root


def test_every_file_gets_one_outcome(fast_cli, mixed_folder, tmp_path):
    out = tmp_path / "out" / "records.jsonl"
    result = _run(mixed_folder, "-o", out)
    assert result.exit_code == 1, result.output  # the binary file failed, the batch went on
    rows = _by_doc(_errors(out))
    # files extracted cleanly are not listed; every other file is, exactly once
    expected = {"empty", "blank", "binary", "cp1252", "russian", "chinese", "utf16-nobom", "late-nul", "dup",
                "outside-link"}
    expected |= {"pipe"} if hasattr(os, "mkfifo") else set()
    expected |= {"caf\\xe9"} if sys.platform != "darwin" else set()
    assert set(rows) == expected
    assert len(_errors(out)) == len(rows)
    for doc_id in ("binary", "late-nul"):
        assert rows[doc_id]["status"] == "failed"
        assert rows[doc_id]["error_type"] == "BinaryFileError"
        assert rows[doc_id]["path"].endswith(f"{doc_id}.txt")
    assert rows["utf16-nobom"]["status"] == "warning" and "UTF-16-LE" in rows["utf16-nobom"]["reason"]
    assert rows["dup"]["status"] == "failed" and rows["dup"]["path"].endswith("dup.txt")
    assert "dup.md" in rows["dup"]["reason"]
    assert rows["outside-link"]["status"] == "failed" and "outside the input folder" in rows["outside-link"]["reason"]
    if "pipe" in rows:
        assert rows["pipe"]["status"] == "failed" and "named pipe" in rows["pipe"]["reason"]
    if "caf\\xe9" in rows:
        assert rows["caf\\xe9"]["status"] == "failed" and "not valid UTF-8" in rows["caf\\xe9"]["reason"]
    for doc_id in ("empty", "blank"):
        assert rows[doc_id]["status"] == "warning" and "empty" in rows[doc_id]["reason"]
        assert rows[doc_id]["error_type"] is None
    assert rows["cp1252"]["status"] == "warning" and "cp1252" in rows["cp1252"]["reason"]
    for doc_id in ("russian", "chinese"):
        assert rows[doc_id]["status"] == "warning"
        assert "language other than English or French" in rows[doc_id]["reason"]
    # every readable file has its document record, the failed one has none
    documents = _documents(out)
    assert set(documents) == {"good-en", "good-fr", "empty", "blank", "cp1252", "utf16", "russian", "chinese",
                              "utf32", "utf16-nobom", "dup"}
    assert "warnings" not in documents["good-en"] and "warnings" not in documents["utf16"]
    assert "warnings" not in documents["utf32"] and documents["utf32"]["title"] == "Accord spatial"
    assert "Roscosmos" not in out.read_text("utf-8") and "\\u0000" not in out.read_text("utf-8")
    for doc_id in ("empty", "blank", "cp1252", "russian", "chinese"):
        assert documents[doc_id]["warnings"], doc_id
    # the records of the good files are all there
    agencies = {(r["doc_id"], r["agency_id"]) for r in _lines(out) if r["record_type"] == "agency"}
    assert {("good-en", "NASA"), ("good-en", "ESA"), ("good-fr", "CNES"), ("utf16", "NASA"), ("utf32", "CNES"),
            ("utf16-nobom", "NASA"), ("dup", "NASA")} <= agencies
    assert ("dup", "CNES") not in agencies  # dup.txt (French) was not mixed into dup.md's records


def test_clean_run_exits_zero_and_removes_a_stale_errors_file(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stale = tmp_path / "out.errors.jsonl"
    stale.write_text('{"path": "old"}\n', encoding="utf-8")
    result = _run(root, "-o", out)
    assert result.exit_code == 0, result.output
    assert not stale.exists()
    assert list(_documents(out)) == ["a"]


def test_warnings_alone_exit_zero(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_bytes(FR.encode("cp1252"))
    (root / "b.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out)
    assert result.exit_code == 0, result.output
    assert {r["status"] for r in _errors(out)} == {"warning"}


def test_errors_option_chooses_the_errors_file(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "bin.txt").write_bytes(b"\x00\x01\x02")
    (root / "ok.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "logs" / "problems.jsonl"
    result = _run(root, "-o", out, "--errors", errors)
    assert result.exit_code == 1
    assert not (tmp_path / "out.errors.jsonl").exists()
    rows = _lines(errors)
    assert [(r["doc_id"], r["status"], r["error_type"]) for r in rows] == [("bin", "failed", "BinaryFileError")]
    assert list(_documents(out)) == ["ok"]


def test_cp1252_french_is_decoded_with_a_warning(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    text = "Le CNES a signé un accord\n\nLe CNES a signé un accord avec l’ASC le 9 mars 2021 à Montréal.\n"
    (root / "fr.txt").write_bytes(text.encode("cp1252"))
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 0
    document = _documents(out)["fr"]
    assert document["title"] == "Le CNES a signé un accord"
    assert any("cp1252" in w for w in document["warnings"])
    records = _lines(out)
    assert "CNES" in {r.get("agency_id") for r in records}
    _check_evidence(records, {"fr": text})


def test_invalid_utf8_that_is_not_cp1252_still_decodes(fast_cli, tmp_path):
    # 0x81 is undefined in cp1252: the decoder falls back to latin-1 rather than failing the file
    root = tmp_path / "in"
    root.mkdir()
    data = "Titre\n\nLe CNES a signé.".encode("cp1252") + b" \x81\x8d\n"
    (root / "odd.txt").write_bytes(data)
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 0
    (row,) = _errors(out)
    assert row["status"] == "warning" and "latin-1" in row["reason"]
    _check_evidence(_lines(out), {"odd": data.decode("latin-1")})


def test_utf8_with_a_few_cp1252_bytes_keeps_its_utf8_text(fast_cli, tmp_path):
    # A UTF-8 article with a sentence pasted from a cp1252 page: only those bytes are read as cp1252. Read all
    # as cp1252, "3 février" became "3 fÃ©vrier" and the agreement lost its day (trial8's finding).
    root = tmp_path / "in"
    root.mkdir()
    text = "Accord spatial\n\nLe CNES et la JAXA ont signé un accord sur MMX le 3 février 2023 à Tokyo.\n\n"
    pasted = "Le texte a été signé par le président du CNES.\n"
    (root / "mixed.txt").write_bytes(text.encode("utf-8") + pasted.encode("cp1252"))
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 0
    (row,) = _errors(out)
    assert row["status"] == "warning" and "4 byte(s) that are not UTF-8 as cp1252" in row["reason"]
    records = _lines(out)
    (agreement,) = [r for r in records if r["record_type"] == "agreement"]
    assert agreement["date"] == "2023-02-03"
    _check_evidence(records, {"mixed": text + pasted})


def test_a_pdf_named_txt_is_named_as_a_pdf(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 4 >>\nstream\n\x00\x01\x02\x03"
    (root / "report.txt").write_bytes(pdf)
    (root / "ok.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 1
    (row,) = _errors(out)
    assert row["status"] == "failed" and "it is a PDF document: convert it to text first" in row["reason"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_read_without_warning(fast_cli, tmp_path, codec):
    root = tmp_path / "in"
    root.mkdir()
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    text = "Accord spatial\r\n\r\nLe CNES a signé un accord avec la JAXA sur MMX le 3 mai 2023.\r\n"
    (root / "u.txt").write_bytes(bom + text.encode(codec))
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 0
    assert "warnings" not in _documents(out)["u"]
    records = _lines(out)
    assert {"CNES", "JAXA"} <= {r.get("agency_id") for r in records}
    _check_evidence(records, {"u": text})


@pytest.mark.parametrize("newline", ["\r\n", "\r", "mixed"])
def test_line_endings_keep_offsets_exact(fast_cli, tmp_path, newline):
    lines = ["Gateway deal", "", "NASA and ESA signed a memorandum of understanding",
             "on 12 March 2024 on Gateway.", "", "Le CNES a signé un accord avec la JAXA le 3 mai 2023.", "",
             "L’astronaute sur la station. Crédit : ESA", "The astronaut on the station. Credit: ESA", ""]
    if newline == "mixed":
        ends = ["\r\n", "\n", "\r", "\n\r"]
        text = "".join(line + ends[i % len(ends)] for i, line in enumerate(lines))
    else:
        text = newline.join(lines)
    root = tmp_path / "in"
    root.mkdir()
    path = root / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out)
    assert result.exit_code == 0, result.output
    decoded = decode(path.read_bytes())[0]
    assert decoded == text  # newlines untouched
    records = _lines(out)
    _check_evidence(records, {"crlf": decoded})
    assert {"NASA", "ESA", "CNES", "JAXA"} <= {r.get("agency_id") for r in records}
    assert _documents(out)["crlf"]["title"] == "Gateway deal"
    assert sum(len(r["evidence"]) for r in records) > 5


def test_other_languages_give_no_records(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (root / "zh.txt").write_text(CHINESE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 0
    records = _lines(out)
    # CNSA, NASA, ESA and Chang'e 6 are written in Latin letters inside the skipped blocks
    assert [r["record_type"] for r in records] == ["document", "document"]
    for document in records:
        assert document["languages"] == []
        assert any("language other than English or French" in w for w in document["warnings"])
    rows = _by_doc(_errors(out))
    assert set(rows) == {"ru", "zh"} and {r["status"] for r in rows.values()} == {"warning"}


def test_mixed_language_file_keeps_its_english_records(fast_cli, tmp_path):
    text = ("Lunar station news\n\n" + RUSSIAN.split("\n\n")[1] + "\n" + CHINESE.split("\n\n")[1] + "\n"
            "ESA and NASA signed a memorandum of understanding on the Gateway in October 2020.\n")
    root = tmp_path / "in"
    root.mkdir()
    (root / "mixed.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 0
    records = _lines(out)
    _check_evidence(records, {"mixed": text})
    english_start = text.index("ESA and NASA")
    agencies = {r["agency_id"] for r in records if r["record_type"] == "agency"}
    assert {"ESA", "NASA"} <= agencies and "CNSA" not in agencies
    agreements = [r for r in records if r["record_type"] == "agreement"]
    assert [a["parties"] for a in agreements] == [["ESA", "NASA"]]
    for record in records:
        if record["record_type"] != "document":
            assert all(ev["start"] >= english_start for ev in record["evidence"]), record
    (row,) = _errors(out)
    assert row["status"] == "warning" and "language other than English or French" in row["reason"]


# --------------------------------------------------------------------------- size limits


def _big_file(path: Path, megabytes: int, paragraph: str = PARAGRAPH, title: str = "Big dump\n\n") -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(title)
        handle.write(paragraph * (megabytes * 1024 * 1024 // len(paragraph) + 1))


def test_read_source_of_50_mb_reads_a_bounded_prefix(tmp_path):
    path = tmp_path / "big.txt"
    _big_file(path, 50)
    tracemalloc.start()
    try:
        source = read_source(path, tmp_path, 20_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000  # a 20,000-character read never holds the 50 MB file
    assert len(source.text) <= 20_000
    assert path.read_text("utf-8").startswith(source.text)
    assert source.text.endswith(("understanding", "station.")) or not source.text.endswith(" ")
    assert any("truncated" in w and f"the file has {path.stat().st_size:,} bytes" in w for w in source.warnings)


def test_run_over_a_50_mb_file_stays_in_bounded_memory(tmp_path, blank_extractor):
    root = tmp_path / "in"
    root.mkdir()
    _big_file(root / "big.txt", 50)
    tracemalloc.start()
    try:
        spacerec.run.run(root, tmp_path / "out.jsonl", blank_extractor, max_chars=20_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000, f"peak {peak:,} bytes"


@pytest.mark.timeout(600)  # a hang guard (the whole file read, or a stall), not a speed target: bench/ measures speed
def test_50_mb_file_truncated_with_a_warning(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    _big_file(root / "big.txt", 50)
    (root / "small.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out, "--max-chars", "20000")
    assert result.exit_code == 0, result.output
    (row,) = _errors(out)
    assert row["doc_id"] == "big" and row["status"] == "warning" and row["error_type"] is None
    assert "truncated" in row["reason"] and "20,000" in row["reason"]
    assert f"the file has {(root / 'big.txt').stat().st_size:,} bytes" in row["reason"]  # how much was left out
    documents = _documents(out)
    assert any("truncated" in w for w in documents["big"]["warnings"])
    assert "warnings" not in documents["small"]
    big = [r for r in _lines(out) if r["doc_id"] == "big"]
    prefix = (root / "big.txt").read_text("utf-8")[:20_000]
    for record in big:
        for ev in record["evidence"]:
            assert ev["end"] <= 20_000 and prefix[ev["start"] : ev["end"]] == ev["text"]
    assert {"ESA", "NASA"} <= {r.get("agency_id") for r in big}


@pytest.mark.timeout(900)  # a hang guard, not a speed target
def test_one_5_mb_line_completes_at_the_default_limit(fast_cli, tmp_path):
    # also the "file far beyond the default limit" check: only what --max-chars needs is read and extracted
    root = tmp_path / "in"
    root.mkdir()
    line = PARAGRAPH.replace("\n\n", " ")
    _big_file(root / "line.txt", 5, paragraph=line, title="Long line\n\n")
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out)
    assert result.exit_code == 0, result.output
    (row,) = _errors(out)
    assert "truncated" in row["reason"] and f"{DEFAULT_MAX_CHARS:,}" in row["reason"]
    text = read_source(root / "line.txt", root).text
    records = _lines(out)
    _check_evidence(records, {"line": text})
    assert {"ESA", "NASA"} <= {r.get("agency_id") for r in records}


def test_one_long_line_is_cut_into_bounded_blocks():
    from spacerec.blocks.segment import MAX_BLOCK_CHARS, segment

    line = PARAGRAPH.replace("\n\n", " ") * (1_000_000 // len(PARAGRAPH))
    text = "Title\n\n" + line
    seg = segment(text)
    assert len(seg.blocks) > 1_000_000 // MAX_BLOCK_CHARS
    for block in seg.blocks:
        assert block.end - block.start <= MAX_BLOCK_CHARS
        assert text[block.start : block.end] == block.text
    # the pieces cover the line: nothing but spaces between consecutive pieces
    body = [b for b in seg.blocks if b.kind == "body"]
    for left, right in zip(body, body[1:], strict=False):
        assert not text[left.end : right.start].strip()


@pytest.mark.timeout(120)  # a regex that backtracks on a long word hangs here; speed itself is bench/'s
def test_a_long_word_does_not_stall_the_rules(blank_extractor):
    text = "Long word\n\n" + "x" * 20_000
    records = blank_extractor.extract(text, doc_id="word")
    assert records[0]["record_type"] == "document"


@pytest.mark.parametrize("codec, bom, text", [
    ("utf-16-be", b"\xfe\xff", "é" * 3000),          # low byte 0xE9 looks like a UTF-8 lead byte
    ("utf-16-le", b"\xff\xfe", "한" * 3000),         # U+D55C: high byte 0xD5 looks like a lead byte
    ("utf-16-le", b"\xff\xfe", "a🚀" * 3000),       # the cut falls inside a surrogate pair
], ids=["be-accents", "le-hangul", "le-emoji"])
def test_long_utf16_file_is_truncated_not_failed(tmp_path, codec, bom, text):
    path = tmp_path / "u16.txt"
    path.write_bytes(bom + text.encode(codec))
    for max_chars in range(1000, 1004):  # the cut lands on each byte alignment
        source = read_source(path, tmp_path, max_chars)
        assert text.startswith(source.text)
        assert any("truncated" in w for w in source.warnings)


def test_long_utf16_file_through_the_cli_fails_today(fast_cli, tmp_path):
    """Documents the current outcome of the UTF-16 truncation bug: a failed row, not a crash of the batch."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "u16.txt").write_bytes(b"\xfe\xff" + ("Le CNES a signé à Tokyo. " * 400).encode("utf-16-be"))
    (root / "ok.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out, "--max-chars", "1000")
    rows = _errors(out)
    assert [r["doc_id"] for r in rows] == ["u16"]
    assert "ok" in _documents(out)
    if rows[0]["status"] == "failed":  # the bug above
        assert result.exit_code == 1 and rows[0]["error_type"] == "UnicodeDecodeError"
    else:
        assert result.exit_code == 0 and "truncated" in rows[0]["reason"]


# --------------------------------------------------------------------------- files that cannot be read


def test_file_vanishing_during_the_run(fast_cli, tmp_path, monkeypatch):
    root = tmp_path / "in"
    root.mkdir()
    for name in ("a", "b", "c"):
        (root / f"{name}.txt").write_text(EN, encoding="utf-8")
    real = spacerec.extraction.open_input

    def flaky(path, *args, **kwargs):
        if Path(path).name == "b.txt":
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(spacerec.extraction, "open_input", flaky)
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out)
    assert result.exit_code == 1, result.output
    (row,) = _errors(out)
    assert row["doc_id"] == "b" and row["status"] == "failed"
    assert row["error_type"] == "FileNotFoundError" and row["path"].endswith("b.txt")
    assert "No such file" in row["reason"]
    assert list(_documents(out)) == ["a", "c"]


def test_dangling_symlink_is_a_failed_file(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "ok.txt").write_text(EN, encoding="utf-8")
    (root / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out)
    assert result.exit_code == 1
    (row,) = _errors(out)
    assert (row["doc_id"], row["status"], row["error_type"]) == ("gone", "failed", "FileNotFoundError")
    assert "dangling symbolic link" in row["reason"] and str(tmp_path / "nowhere.txt") in row["reason"]
    assert list(_documents(out)) == ["ok"]


def test_permission_denied_simulated(fast_cli, tmp_path, monkeypatch):
    root = tmp_path / "in"
    root.mkdir()
    (root / "locked.txt").write_text(EN, encoding="utf-8")
    (root / "ok.txt").write_text(EN, encoding="utf-8")
    real = spacerec.extraction.open_input

    def locked(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(spacerec.extraction, "open_input", locked)
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 1
    (row,) = _errors(out)
    assert (row["doc_id"], row["status"], row["error_type"]) == ("locked", "failed", "PermissionError")
    assert "Permission denied" in row["reason"]


def test_permission_denied_for_real(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    locked = root / "locked.txt"
    locked.write_text(EN, encoding="utf-8")
    locked.chmod(0)
    try:
        try:
            locked.read_bytes()
        except PermissionError:
            pass
        else:
            pytest.skip("file permissions do not apply to this user (root)")
        out = tmp_path / "out.jsonl"
        assert _run(root, "-o", out).exit_code == 1
        (row,) = _errors(out)
        assert (row["status"], row["error_type"]) == ("failed", "PermissionError")
    finally:
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_an_exception_inside_extraction_fails_only_that_file(fast_cli, tmp_path, monkeypatch, blank_extractor):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    (root / "boom.txt").write_text("Boom\n\nNASA.\n", encoding="utf-8")
    import spacerec.extractor as extractor_module

    real = extractor_module.find_facts

    def explode(analysis):  # inside the extraction of one document of the batch
        if analysis.doc_id == "boom":
            raise RecursionError("maximum recursion depth exceeded")
        return real(analysis)

    monkeypatch.setattr(extractor_module, "find_facts", explode)
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 1
    (row,) = _errors(out)
    assert (row["doc_id"], row["status"], row["error_type"]) == ("boom", "failed", "RecursionError")
    assert list(_documents(out)) == ["a"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_named_pipe_does_not_hang_the_batch(tmp_path):
    """A FIFO named like an article is 'unreadable': it must not block the run forever."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "ok.txt").write_text(EN, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    out = tmp_path / "out.jsonl"
    try:
        proc = subprocess.run([str(Path(sys.executable).with_name("spacerec")), "run", str(root), "-o", str(out),
                               "--no-models", "-q"], capture_output=True, timeout=120)  # a loaded machine starts slowly
    except subprocess.TimeoutExpired:
        pytest.fail("the run opened a named pipe and blocked")
    assert proc.returncode in (0, 1)
    assert "ok" in _documents(out)


# --------------------------------------------------------------------------- output faults


@pytest.fixture
def small_input(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    (root / "b.txt").write_text(FR, encoding="utf-8")
    return root


def test_output_parent_is_a_file_exits_3(fast_cli, small_input, tmp_path):
    good = tmp_path / "good.jsonl"
    assert _run(small_input, "-o", good).exit_code == 0
    before = good.read_bytes()
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file\n", encoding="utf-8")
    result = _run(small_input, "-o", blocker / "out.jsonl")
    assert result.exit_code == 3
    assert "cannot write" in result.stderr and "blocker" in result.stderr
    assert "Traceback" not in result.output
    assert blocker.read_text("utf-8") == "I am a file\n"
    assert good.read_bytes() == before
    assert _temp_files(tmp_path) == []


def test_output_path_is_a_directory_exits_3(fast_cli, small_input, tmp_path):
    target = tmp_path / "out.jsonl"
    target.mkdir()
    result = _run(small_input, "-o", target)
    assert result.exit_code == 3
    assert "cannot write" in result.stderr
    assert target.is_dir() and list(target.iterdir()) == []
    assert _temp_files(tmp_path) == []


def test_read_only_output_folder(fast_cli, small_input, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    previous = folder / "out.jsonl"
    previous.write_bytes(b'{"old": true}\n')
    folder.chmod(0o500)
    try:
        probe = folder / "probe"
        try:
            probe.write_bytes(b"")
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip("running as root: a 0o500 folder is still writable (see the parent-is-a-file test)")
        result = _run(small_input, "-o", previous)
        assert result.exit_code == 3
        assert "cannot write" in result.stderr
        assert previous.read_bytes() == b'{"old": true}\n'
        assert _temp_files(folder) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("where", ["replace", "fsync"])
def test_previous_output_kept_when_writing_fails(fast_cli, small_input, tmp_path, monkeypatch, where):
    out = tmp_path / "out.jsonl"
    assert _run(small_input, "-o", out).exit_code == 0
    before = out.read_bytes()
    (small_input / "c.txt").write_text("Another\n\nJAXA and CSA signed an agreement.\n", encoding="utf-8")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "replace":
        real_replace = os.replace

        def replace(src, dst, *args, **kwargs):
            if Path(dst) == out:
                no_space()
            return real_replace(src, dst, *args, **kwargs)

        monkeypatch.setattr(os, "replace", replace)
    else:
        monkeypatch.setattr(os, "fsync", no_space)
    result = _run(small_input, "-o", out)
    assert result.exit_code == 3, result.output
    assert "cannot write" in result.stderr and "No space left" in result.stderr
    assert "left as it was" in result.stderr
    assert out.read_bytes() == before
    assert _temp_files(tmp_path) == []


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE semantics checked on Linux only")
def test_disk_full_mid_write_keeps_the_previous_output(tmp_path):
    """The real command in a process whose file-size limit stops the new output in the middle of a line."""
    import resource

    root = tmp_path / "in"
    root.mkdir()
    for n in range(6):
        (root / f"doc{n}.txt").write_text(EN.replace("Gateway deal", f"Gateway deal {n}"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    previous = b'{"previous": "output"}\n'
    out.write_bytes(previous)
    spacerec = str(Path(sys.executable).with_name("spacerec"))

    def limit_file_size():  # CPython ignores SIGXFSZ, so a write past the limit raises EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (1500, 1500))

    proc = subprocess.run([spacerec, "run", str(root), "-o", str(out), "--no-models", "-q"],
                          capture_output=True, text=True, timeout=300, preexec_fn=limit_file_size)
    assert proc.returncode == 3, proc.stderr
    assert "cannot write" in proc.stderr and "Traceback" not in proc.stderr
    assert out.read_bytes() == previous
    assert _temp_files(tmp_path) == []


def test_interrupted_run_keeps_the_previous_output(small_input, tmp_path, blank_extractor, monkeypatch):
    out = tmp_path / "out.jsonl"
    spacerec.run.run(small_input, out, blank_extractor)
    before = out.read_bytes()
    import spacerec.extractor as extractor_module

    real = extractor_module.find_facts

    def interrupt(analysis):  # Ctrl-C while one document of the batch is extracted
        if analysis.doc_id == "b":
            raise KeyboardInterrupt
        return real(analysis)

    monkeypatch.setattr(extractor_module, "find_facts", interrupt)
    with pytest.raises(KeyboardInterrupt):
        spacerec.run.run(small_input, out, blank_extractor)
    assert out.read_bytes() == before
    assert _temp_files(tmp_path) == []


def test_ctrl_c_says_what_became_of_the_output_and_exits_130(fast_cli, small_input, tmp_path, monkeypatch):
    import spacerec.extractor as extractor_module

    real = extractor_module.find_facts
    out = tmp_path / "out.jsonl"

    def interrupt(analysis):
        if analysis.doc_id == "b":
            raise KeyboardInterrupt
        return real(analysis)

    monkeypatch.setattr(extractor_module, "find_facts", interrupt)
    first = _run(small_input, "-o", out)  # no earlier output: "left as it was" would promise a file
    assert first.exit_code == 130, first.output
    assert f"interrupted: {out} is not written yet (no earlier output); the same command with --resume" in first.output
    monkeypatch.setattr(extractor_module, "find_facts", real)
    assert _run(small_input, "-o", out).exit_code == 0
    before = out.read_bytes()
    monkeypatch.setattr(extractor_module, "find_facts", interrupt)
    second = _run(small_input, "-o", out)
    assert second.exit_code == 130 and f"interrupted: {out} is left as it was;" in second.output
    assert out.read_bytes() == before


def test_output_lines_are_whole_json_objects(fast_cli, mixed_folder, tmp_path):
    out = tmp_path / "out.jsonl"
    _run(mixed_folder, "-o", out)
    data = out.read_bytes()
    assert data.endswith(b"\n") and b"\r" not in data.replace(b"\\r", b"")
    for line in data.decode("utf-8").split("\n")[:-1]:
        assert isinstance(json.loads(line), dict)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # an ordinary file, not mkstemp's 0600


# --------------------------------------------------------------------------- exit codes


def test_exit_2_for_a_missing_input_folder(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl"), "-q"])
    assert result.exit_code == 2
    assert "does not exist" in " ".join(result.output.replace("│", " ").split())
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("args", [
    ["run", "IN"],                                     # no --output
    ["run", "IN", "-o", "OUT", "--max-chars", "10"],   # below the minimum
    ["run", "IN", "-o", "OUT", "--bogus"],
])
def test_exit_2_for_usage_errors(tmp_path, args):
    (tmp_path / "in").mkdir()
    args = [str(tmp_path / "in") if a == "IN" else str(tmp_path / "o.jsonl") if a == "OUT" else a for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "o.jsonl").exists()


def test_exit_codes_without_patching(tmp_path):
    """The real command (its own extractor): 0 on a clean folder, 1 with a failed file."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 0
    (root / "z.txt").write_bytes(b"\x00" * 10)
    assert _run(root, "-o", out).exit_code == 1
    assert [r["doc_id"] for r in _errors(out)] == ["z"]


def test_empty_input_folder_warns_and_exits_1_before_loading(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "README.md").write_text("# notes\n", encoding="utf-8")
    (root / "gold.jsonl").write_text("{}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out)
    assert result.exit_code == 1
    assert result.stderr.startswith("warning: no article under") and result.stderr.count("\n") == 1
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in"]


# --------------------------------------------------------------------------- eval on malformed files


@pytest.fixture
def gold_and_pred(fast_cli, small_input, tmp_path):
    out = tmp_path / "records.jsonl"
    assert _run(small_input, "-o", out).exit_code == 0
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(out.read_bytes())
    return gold, out


@pytest.mark.parametrize("bad_line, reason", [
    ("{not json", "not JSON"),
    ("[1, 2]", "not a JSON object"),
    ('{"doc_id": "a"}', "record_type"),
    ('{"record_type": "planet", "doc_id": "a"}', "planet"),
    ('{"record_type": "agency", "doc_id": "a"}', ""),
])
@pytest.mark.parametrize("which", ["pred", "gold"])
def test_eval_malformed_line_exit_2(gold_and_pred, bad_line, reason, which):
    gold, pred = gold_and_pred
    target = gold if which == "gold" else pred
    lines = target.read_text("utf-8").splitlines()
    lines.insert(1, bad_line)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 2, result.output
    assert f"{target}:2:" in result.stderr
    assert reason in result.stderr
    assert "Traceback" not in result.output


def test_eval_not_utf8_line_exit_2(gold_and_pred):
    gold, pred = gold_and_pred
    pred.write_bytes(pred.read_bytes() + b'{"doc_id": "\xff"}\n')
    n = len(pred.read_bytes().splitlines())
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 2
    assert f"{pred}:{n}:" in result.stderr and "UTF-8" in result.stderr


def test_eval_well_formed_files_exit_0(gold_and_pred):
    gold, pred = gold_and_pred
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["macro_f1"] == pytest.approx(1.0)


def test_a_saved_web_page_is_read_with_a_warning_that_says_so():
    from spacerec.ingest import source_from_bytes

    page = ("<!DOCTYPE html><html><head><title>Accord CNES-ISRO</title></head><body><nav><a href='/'>Accueil</a>"
            "</nav><h1>Accord CNES-ISRO</h1><p>Le CNES et l'ISRO ont signé un accord le 3 mai.</p></body></html>")
    source = source_from_bytes(page.encode("utf-8"), "page")
    assert source.text == page  # read as text: offsets still slice the file as it is
    assert any("looks like HTML" in w and "convert pages to text" in w for w in source.warnings)
    # prose with angle brackets or one stray tag is an article, not a page
    prose = ("ESA and JAXA agreed on 2 May that the probe's mass stays < 500 kg and its power > 300 W.\n\n"
             "The <b> tag left by the editor aside, the text reads as news.")
    assert not any("HTML" in w for w in source_from_bytes(prose.encode("utf-8"), "prose").warnings)
