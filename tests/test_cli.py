"""The ``spacerec`` command line (typer CliRunner on spacerec.cli.app)."""

from __future__ import annotations

import json

import pytest
from spacerec.cli import app
from typer.testing import CliRunner

runner = CliRunner()

ARTICLE_EN = "Gateway deal\n\nNASA and ESA signed a memorandum of understanding on 12 March 2024 on Gateway.\n"
ARTICLE_FR = ("Accord spatial\n\nLe CNES et la JAXA ont signé un accord sur MMX le 3 mai 2023 à Tokyo.\n")


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "in"
    (root / "fr").mkdir(parents=True)
    (root / "b-en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    (root / "fr" / "a-fr.txt").write_text(ARTICLE_FR, encoding="utf-8")
    (root / "README.md").write_text("# not an article\n", encoding="utf-8")
    return root


def _lines(path):
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "eval", "validate"):
        assert command in result.output


def test_run_sorted_and_byte_identical(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(corpus), "-o", str(out), "--no-models", "-q"])
    assert result.exit_code == 0, result.output
    first = out.read_bytes()
    records = _lines(out)
    assert {r["doc_id"] for r in records} == {"b-en", "fr/a-fr"}
    from spacerec.records import sort_key

    assert records == sorted(records, key=sort_key)
    assert [r["doc_id"] for r in records if r["record_type"] == "document"] == ["b-en", "fr/a-fr"]
    kinds = {(r["doc_id"], r["record_type"]) for r in records}
    assert ("b-en", "agreement") in kinds and ("fr/a-fr", "agreement") in kinds
    assert first.endswith(b"\n") and b"\r\n" not in first
    result = runner.invoke(app, ["run", str(corpus), "-o", str(out), "--no-models", "-q"])
    assert result.exit_code == 0
    assert out.read_bytes() == first
    assert not (tmp_path / "out.errors.jsonl").exists()


def test_run_with_models_exit_zero(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(corpus), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert len([r for r in _lines(out) if r["record_type"] == "document"]) == 2


def test_binary_file_fails_with_errors_file(corpus, tmp_path):
    (corpus / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(corpus), "-o", str(out), "--no-models", "-q"])
    assert result.exit_code == 1
    errors = tmp_path / "out.errors.jsonl"
    assert errors.exists()
    problems = _lines(errors)
    assert [p["doc_id"] for p in problems] == ["broken"]
    assert problems[0]["status"] == "failed"
    assert problems[0]["path"].endswith("broken.txt")
    assert problems[0]["error_type"] == "BinaryFileError"
    # the other files are still written
    assert {r["doc_id"] for r in _lines(out)} == {"b-en", "fr/a-fr"}


def test_validate_good_and_bad(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["run", str(corpus), "-o", str(out), "--no-models", "-q"]).exit_code == 0
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output

    records = _lines(out)
    bad = tmp_path / "bad.jsonl"
    broken_kind = dict(records[0], record_type="planet")
    wrong_id = dict(records[1], id="0" * 40)
    bad.write_text("\n".join([json.dumps(records[0]), json.dumps(broken_kind), "{not json", json.dumps(wrong_id)])
                   + "\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "bad.jsonl:2" in output and "bad.jsonl:3" in output and "bad.jsonl:4" in output
    assert "bad.jsonl:1:" not in output
    assert "3 invalid" in output


def test_validate_checks_canonical_files_against_their_own_schema(tmp_path):
    from pathlib import Path

    from spacerec.cli import app
    from typer.testing import CliRunner

    committed = Path(__file__).resolve().parents[1] / "outputs" / "canonical.jsonl"
    result = CliRunner().invoke(app, ["validate", str(committed)])
    assert result.exit_code == 0, result.output
    broken = tmp_path / "canonical.jsonl"
    broken.write_text('{"record_type": "canonical_agreement", "id": 3}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(broken)])
    assert result.exit_code == 2
    assert "'sources' is a required property" in result.stderr
