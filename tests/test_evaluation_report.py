"""The text and HTML reports and the ``eval`` command, run through typer's CliRunner."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
import typer
from spacerec.evaluation import evaluate, format_text, load_records, render_html
from spacerec.evaluation.cli import read_texts
from typer.testing import CliRunner

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOC = "dev/bi/change-6-foreign-payloads"  # bilingual captions, agreements, CNSA and Chang'e 6
MISSION = "Chang'e 6"


@pytest.fixture(scope="module")
def gold_path(tmp_path_factory) -> Path:
    """The project's own gold for DOC, alone in a file."""
    lines = [line for line in (CORPUS / "dev" / "gold.jsonl").read_text("utf-8").splitlines()
             if json.loads(line)["doc_id"] == DOC]
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def doc_text() -> str:
    return (CORPUS / f"{DOC}.txt").read_bytes().decode("utf-8")


def with_evidence(records: list[dict], text: str) -> list[dict]:
    """The gold with evidence for CNSA (exact), MISSION (exact) and one span that does not slice the text."""
    out = [dict(r) for r in records]
    for record in out:
        if record.get("agency_id") == "CNSA":
            start = text.index("CNSA")
            record["evidence"] = [
                {
                    "start": start,
                    "end": start + 4,
                    "text": "CNSA",
                    "lang": "en",
                    "block": "body",
                }
            ]
        if record.get("name") == MISSION:
            start = text.index(MISSION)
            record["evidence"] = [
                {
                    "start": start,
                    "end": start + len(MISSION),
                    "text": MISSION,
                    "lang": "en",
                    "block": "body",
                },
                {"start": 0, "end": 4, "text": "XXXX", "lang": "en", "block": "title"},
            ]
    return out


def worse_prediction(gold_path: Path) -> list[dict]:
    """The gold minus its agreements: recall of agreements and signatories drops to 0."""
    return [r for r in load_records(gold_path) if r["record_type"] != "agreement"]


def test_format_text_lists_metrics_macro_and_errors(gold_path: Path) -> None:
    gold = load_records(gold_path)
    result = evaluate(gold, worse_prediction(gold_path), bootstrap=20)
    report = format_text(result)
    assert "*agreements" in report and "macro-F1" in report and "95% CI" in report
    assert f"FN  agreements         {DOC}  ASI,CNSA" in report
    assert DOC in report.split("Per document")[1]
    short = format_text(result, max_errors=1)
    assert "more (raise --max-errors" in short
    assert "Errors" not in format_text(result, max_errors=0)


def test_html_has_displacy_spans_doc_ids_and_errors(gold_path: Path, doc_text: str) -> None:
    gold = load_records(gold_path)
    pred = with_evidence(worse_prediction(gold_path), doc_text)
    result = evaluate(gold, pred, bootstrap=0)
    page = render_html(result, gold, pred, {DOC: doc_text})
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    assert 'class="spans"' in page  # displaCy's span-style markup
    assert "agency CNSA" in page and html.escape(f"mission {MISSION}") in page
    assert DOC in page
    assert "1 evidence spans do not slice the text" in page
    assert '<tr class="fn">' in page  # the missed agreements
    assert "<script" not in page and "http" not in page.split("<body>")[1].replace(
        'href="#', ""
    )


def test_html_without_texts_shows_records_and_errors_only(gold_path: Path) -> None:
    gold = load_records(gold_path)
    pred = worse_prediction(gold_path)
    page = render_html(evaluate(gold, pred, bootstrap=0), gold, pred, None)
    assert 'class="spans"' not in page
    assert "Records" in page and "Errors" in page and DOC in page


def test_read_texts_finds_txt_and_md(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_bytes(b"line\r\nCNSA")
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    # newlines are kept as they are, so evidence offsets still slice the text
    assert read_texts(tmp_path, ["news/a", "b", "missing"]) == {
        "news/a": "line\r\nCNSA",
        "b": "B",
    }


# ---------------------------------------------------------------- the command

runner = CliRunner()


def make_app() -> typer.Typer:
    """The real ``spacerec`` application, so the tests run the command users run."""
    from spacerec.cli import app

    return app


def test_cli_json_output(gold_path: Path) -> None:
    result = runner.invoke(make_app(), ["eval", "--gold", str(gold_path), "--pred", str(gold_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["macro_f1"] == 1.0
    agencies = sum(r["record_type"] == "agency" for r in load_records(gold_path))
    assert agencies >= 5 and data["metrics"]["agencies"]["tp"] == agencies


def test_cli_text_report_and_fail_under(tmp_path: Path, gold_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        "".join(json.dumps(r) + "\n" for r in worse_prediction(gold_path)), encoding="utf-8"
    )
    passing = runner.invoke(
        make_app(), ["eval", "--gold", str(gold_path), "--pred", str(pred), "--fail-under", "0.1"]
    )
    assert passing.exit_code == 0, passing.output
    assert "macro-F1" in passing.stdout
    failing = runner.invoke(
        make_app(), ["eval", "--gold", str(gold_path), "--pred", str(pred), "--fail-under", "0.99"]
    )
    assert failing.exit_code == 1
    assert "below --fail-under" in failing.stderr


def test_cli_malformed_line_exits_2(tmp_path: Path, gold_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    lines = gold_path.read_text(encoding="utf-8").splitlines()[:2] + ["{oops"]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(make_app(), ["eval", "--gold", str(gold_path), "--pred", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:3: not JSON" in result.stderr


def test_cli_lists_every_malformed_line_of_both_files_at_once(tmp_path: Path, gold_path: Path) -> None:
    # A gold file written by hand used to be fixed one line per run: eval stopped at its first bad line, and gave
    # only the first problem of a line "(+1 more)" (trial8's finding). Now every bad line, each with all its problems.
    agreement = {"record_type": "agreement", "doc_id": "a", "kind": "MoU", "parties": "ESA, NASA", "subject": None,
                 "date": None, "date_precision": None, "status": "signed", "signatories": []}
    mission = {"record_type": "mission", "doc_id": "a", "name": "Rashid", "kind": "spacecraft", "agencies": [],
               "part_of": None, "target": "Moon", "status": "failed", "events": []}
    gold = tmp_path / "hand-gold.jsonl"
    gold.write_text("\n".join([json.dumps({"record_type": "document", "doc_id": "a", "title": "T", "languages": ["en"],
                                           "captions": []}), json.dumps(agreement), "{oops", json.dumps(mission)])
                    + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    lines = gold_path.read_text(encoding="utf-8").splitlines()[:2] + ["[1, 2]"]
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(make_app(), ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 2
    err = result.stderr
    assert f"{gold}:2: schema: kind: 'MoU' is not one of" in err and "; parties: 'ESA, NASA' is not of type" in err
    assert f"{gold}:3: not JSON" in err and f"{gold}:4: schema: status: 'failed'" in err
    assert f"error: --gold {gold}: 3 malformed line(s); nothing scored" in err
    assert f"{pred}:3: not a JSON object" in err and f"error: --pred {pred}: 1 malformed line(s)" in err


def test_cli_lists_at_most_twenty_malformed_lines(tmp_path: Path, gold_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(f"{{oops {n}\n" for n in range(25)), encoding="utf-8")
    result = runner.invoke(make_app(), ["eval", "--gold", str(bad), "--pred", str(gold_path)])
    assert result.exit_code == 2
    assert f"{bad}:20: not JSON" in result.stderr and f"{bad}:21:" not in result.stderr
    assert "25 malformed line(s) (the first 20 listed); nothing scored" in result.stderr


def test_cli_writes_html_with_texts(tmp_path: Path, gold_path: Path, doc_text: str) -> None:
    pred = tmp_path / "pred.jsonl"
    records = with_evidence(load_records(gold_path), doc_text)
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "report.html"
    args = [
        "eval",
        "--gold",
        str(gold_path),
        "--pred",
        str(pred),
        "--html",
        str(out),
        "--texts",
        str(CORPUS),
        "--all-docs",
    ]
    result = runner.invoke(make_app(), args)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Pakistani payloads" in doc_text.splitlines()[0]
    assert "Pakistani payloads" in page  # the article text, found under --texts
    assert "agency CNSA" in page  # its evidence highlighted
    assert "macro-F1 1.000" in page
