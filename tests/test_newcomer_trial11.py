"""What a new user met on a first afternoon (session 11 trial): skipped articles named, a clear error for bytes
given to the library API, and a hand-made gold file naming a mission by an alias told before it scores zero."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacerec.cli import app
from typer.testing import CliRunner

runner = CliRunner()

EN = "Gateway deal\n\nNASA and ESA signed a memorandum of understanding on 12 March 2024 on Gateway.\n"
ISS = ("Crew news\n\nOn 3 May 2023 NASA and JAXA signed an agreement on the International Space Station, "
       "where a Japanese astronaut will fly next year.\n")


# ---- run: an article whose name matches the default --exclude list is named on stderr, not skipped silently ----

def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "2020" / "dec").mkdir(parents=True)
    (root / "a.txt").write_text(EN, "utf-8")
    return root


def test_run_names_an_article_skipped_for_its_name(fast_cli, tmp_path):
    root = _folder(tmp_path)
    (root / "2020" / "dec" / "gold-rush-asteroid-mining.txt").write_text(EN, "utf-8")
    (root / "README.md").write_text("# My clippings\n", "utf-8")
    result = runner.invoke(app, ["run", str(root), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if "skipped for their name" in line]
    assert len(notes) == 1, result.stderr
    assert "2 files" in notes[0] and "2020/dec/gold-rush-asteroid-mining.txt" in notes[0] and "README.md" in notes[0]
    assert "--exclude" in notes[0]
    quiet = runner.invoke(app, ["run", str(root), "-o", str(tmp_path / "out.jsonl"), "-q"])
    assert quiet.exit_code == 0 and "skipped for" not in quiet.stderr


def test_run_says_nothing_of_names_when_no_article_is_excluded(fast_cli, tmp_path):
    root = _folder(tmp_path)
    (root / ".gold-hidden.txt").write_text(EN, "utf-8")  # hidden: never an article, never named
    (root / "gold.jsonl").write_text("{}\n", "utf-8")  # not a .txt/.md file: not an article either
    (root / "goldstone-antenna.txt").write_text(EN, "utf-8")  # read: not a gold-notes name
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "skipped for" not in result.stderr
    docs = {json.loads(line)["doc_id"] for line in out.read_text("utf-8").splitlines()}
    assert docs == {"a", "goldstone-antenna"}


def test_run_with_its_own_exclude_list_names_what_that_list_skips(fast_cli, tmp_path):
    root = _folder(tmp_path)
    (root / "gold-rush.txt").write_text(EN, "utf-8")
    (root / "draft-1.md").write_text(EN, "utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(root), "-o", str(out), "--exclude", "draft-*"])
    assert result.exit_code == 0, result.output
    assert "1 file skipped for its name (--exclude: draft-*): draft-1.md" in result.stderr
    docs = {json.loads(line)["doc_id"] for line in out.read_text("utf-8").splitlines()}
    assert docs == {"a", "gold-rush"}


# ---- library API: bytes, a path or a non-str doc_id get a TypeError that says what to give ----

def test_extract_refuses_bytes_with_a_message_that_says_how_to_decode(blank_extractor):
    with pytest.raises(TypeError, match=r"not bytes: decode the file's bytes first \(spacerec\.ingest\.decode"):
        blank_extractor.extract(EN.encode("utf-8"), doc_id="a")
    with pytest.raises(TypeError, match=r"not PosixPath: read the file first|not WindowsPath: read the file first"):
        blank_extractor.extract(Path("a.txt"), doc_id="a")
    with pytest.raises(TypeError, match="doc_id must be a str"):
        blank_extractor.extract(EN, doc_id=7)


def test_extract_of_a_decoded_text_still_works(blank_extractor):
    from spacerec.ingest import decode

    text = decode("Accord\n\nLe CNES a signé un accord avec la JAXA le 3 mai 2023.\n".encode("cp1252"))[0]
    records = blank_extractor.extract(text, doc_id="fr/a")
    assert records[0]["record_type"] == "document" and records[0]["doc_id"] == "fr/a"
    assert any(r["record_type"] == "agreement" for r in records)


# ---- eval: a hand-made gold file that names a KB mission by an alias is warned about ----

@pytest.fixture
def iss_files(blank_extractor, tmp_path) -> tuple[Path, list[dict]]:
    records = blank_extractor.extract(ISS, doc_id="a")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    assert any(r["record_type"] == "mission" and r["name"] == "ISS" for r in records)
    return pred, records


def _gold(tmp_path: Path, records: list[dict], name: str) -> Path:
    gold = tmp_path / "gold.jsonl"
    rows = []
    for record in records:
        row = {k: v for k, v in record.items() if k not in ("id", "schema_version", "evidence")}
        if row["record_type"] == "mission":
            row["name"] = name
        if row["record_type"] == "agreement":
            row["subject"] = name
        rows.append(row)
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return gold


def test_eval_warns_about_a_mission_named_by_an_alias(iss_files, tmp_path):
    pred, records = iss_files
    gold = _gold(tmp_path, records, "International Space Station")
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "names 1 mission(s) of the knowledge base by another of their names: 'International Space Station' (ISS)" \
        in result.stderr
    hidden = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--totals-only"])
    assert "names 1 mission(s)" in hidden.stderr and "International Space Station" not in hidden.stderr


def test_eval_says_nothing_when_the_gold_uses_the_knowledge_base_name(iss_files, tmp_path):
    pred, records = iss_files
    gold = _gold(tmp_path, records, "ISS")
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "mission(s) of the knowledge base" not in result.stderr
    assert "macro-F1 1.000" in result.stdout
