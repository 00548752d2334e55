"""``spacerec eval`` never scores zero silently: doc_id prefixes between gold, predictions and --texts.

Built from the project's own dev gold (ids ``dev/...``, as a run over ``corpus/`` forms them).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacerec.cli import app
from spacerec.evaluation.doc_ids import find_prefix
from typer.testing import CliRunner

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT / "corpus" / "dev" / "gold.jsonl"


def _gold() -> list[dict]:
    return [json.loads(line) for line in DEV_GOLD.read_text("utf-8").splitlines() if line.strip()]


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _renamed(records: list[dict], rename) -> list[dict]:
    return [{**r, "doc_id": rename(r["doc_id"])} for r in records]


def _macro(result) -> float:
    return json.loads(result.stdout)["macro_f1"]


def test_predictions_of_a_subfolder_run_match_with_a_note(tmp_path):
    """`spacerec run corpus/dev` gives ids without dev/; the dev gold has them: matched, and said."""
    pred = _write(tmp_path / "pred.jsonl", _renamed(_gold(), lambda d: d.removeprefix("dev/")))
    result = runner.invoke(app, ["eval", "--gold", str(DEV_GOLD), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    assert "adding the prefix 'dev/'" in result.stderr and "--add-prefix dev/" in result.stderr
    assert _macro(result) == 1.0


def test_no_match_exits_2_with_examples_from_both_files(tmp_path):
    pred = _write(tmp_path / "pred.jsonl", _renamed(_gold(), lambda d: "scraped-" + d.replace("/", "_")))
    result = runner.invoke(app, ["eval", "--gold", str(DEV_GOLD), "--pred", str(pred)])
    assert result.exit_code == 2
    assert result.stdout == ""  # no table of zeros
    assert "dev/bi/" in result.stderr and "scraped-dev_" in result.stderr
    assert "relative to the folder given to `spacerec run`" in result.stderr
    assert "--strip-prefix" in result.stderr and "--add-prefix" in result.stderr


@pytest.mark.parametrize("rename, says", [
    (lambda d: d + ".txt", "The gold doc_ids end in a file extension (26 of 26): a doc_id has none"),
    (lambda d: d.replace("/", "\\"), "The gold doc_ids hold backslashes (26 of 26): a doc_id separates folders"),
])
def test_hand_written_gold_ids_with_an_extension_or_backslashes_are_named(tmp_path, rename, says):
    gold = _write(tmp_path / "gold.jsonl", _renamed(_gold(), rename))
    for extra in ([], ["--totals-only"]):  # a count names no document
        result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(DEV_GOLD), *extra])
        assert result.exit_code == 2 and says in result.stderr, result.stderr
    plain = runner.invoke(app, ["eval", "--gold", str(DEV_GOLD), "--pred",
                                str(_write(tmp_path / "p.jsonl", _renamed(_gold(), lambda d: "x-" + d)))])
    assert plain.exit_code == 2 and "doc_ids end in" not in plain.stderr and "backslashes" not in plain.stderr


@pytest.mark.parametrize("option, gold_rename, pred_rename", [
    ("--strip-prefix", lambda d: d.removeprefix("dev/"), lambda d: "batch/" + d),
    ("--add-prefix", lambda d: "batch/" + d, lambda d: d),
])
def test_explicit_prefix_options(tmp_path, option, gold_rename, pred_rename):
    gold = _write(tmp_path / "gold.jsonl", _renamed(_gold(), gold_rename))
    pred_records = _renamed(_gold(), pred_rename)
    pred = _write(tmp_path / "pred.jsonl", pred_records)
    prefix = "batch/dev/" if option == "--strip-prefix" else "batch/"
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--json", option, prefix])
    assert result.exit_code == 0, result.output
    assert "note:" not in result.stderr
    assert _macro(result) == 1.0
    wrong = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), option, "nothing/"])
    assert wrong.exit_code == 2
    assert "shown after --strip-prefix/--add-prefix" in wrong.stderr


def test_two_possible_prefixes_are_not_guessed():
    assert find_prefix({"dev/en/a", "test/en/b"}, {"en/a", "en/b"}) is None
    fix = find_prefix({"dev/en/a", "dev/en/b"}, {"en/a", "en/b"})
    assert (fix.action, fix.prefix, fix.matched) == ("add", "dev/", 2)
    fix = find_prefix({"en/a"}, {"dev/en/a", "dev/en/b"})
    assert (fix.action, fix.prefix) == ("strip", "dev/")
    assert find_prefix({"a"}, {"b"}) is None


def test_partial_match_warns_about_gold_documents_without_predictions(tmp_path):
    gold = _gold()
    kept = sorted({r["doc_id"] for r in gold})[1:]
    pred = _write(tmp_path / "pred.jsonl", [r for r in gold if r["doc_id"] in kept])
    result = runner.invoke(app, ["eval", "--gold", str(DEV_GOLD), "--pred", str(pred), "--json"])
    assert result.exit_code == 0
    assert f"1 of {len(kept) + 1} gold documents have no predicted record" in result.stderr


def test_empty_prediction_file_exits_2(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(DEV_GOLD), "--pred", str(pred)])
    assert result.exit_code == 2
    assert "holds no record" in result.stderr


def test_texts_folder_of_a_subfolder_run_is_matched_with_a_note(tmp_path):
    html = tmp_path / "report.html"
    args = ["eval", "--gold", str(DEV_GOLD), "--pred", str(DEV_GOLD), "--html", str(html)]
    result = runner.invoke(app, [*args, "--texts", str(ROOT / "corpus" / "dev")])
    assert result.exit_code == 0, result.output
    assert "stripping the prefix 'dev/'" in result.stderr
    page = html.read_text("utf-8")
    without_texts = tmp_path / "bare.html"
    assert runner.invoke(app, [*args[:-1], str(without_texts)]).exit_code == 0
    assert len(page) > len(without_texts.read_text("utf-8")) + 10_000  # the 26 articles are in the page


def test_texts_folder_without_any_article_exits_2(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "unrelated.txt").write_text("x\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(DEV_GOLD), "--pred", str(DEV_GOLD),
                                 "--html", str(tmp_path / "r.html"), "--texts", str(folder)])
    assert result.exit_code == 2
    assert "no article file for any of the" in result.stderr
    assert "unrelated" in result.stderr and "dev/bi/" in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_gold_agency_ids_the_knowledge_base_lacks_are_warned_about(tmp_path):
    """A hand-made gold with "Nasa" or "esa" scores those records 0 whatever the pipeline does: said on stderr."""
    def lower(record: dict) -> dict:
        if record["record_type"] == "agency":
            return {**record, "agency_id": record["agency_id"].lower()}
        if record["record_type"] == "agreement":
            return {**record, "parties": [p if p.startswith("country:") else p.title() for p in record["parties"]]}
        return record

    gold = _write(tmp_path / "gold.jsonl", [lower(r) for r in _gold()])
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(DEV_GOLD)])
    assert result.exit_code == 0, result.output
    assert f"warning: {gold} names agencies by " in result.stderr
    assert "'nasa' (NASA?)" in result.stderr and "'Nasa' (NASA?)" in result.stderr
    assert "can never match" in result.stderr
    clean = runner.invoke(app, ["eval", "--gold", str(DEV_GOLD), "--pred", str(DEV_GOLD)])
    assert clean.exit_code == 0 and "knowledge base does not have" not in clean.stderr
