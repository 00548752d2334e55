"""outputs/ is reproducible, and the extraction does not fall below its committed quality.

The committed figures are the macro-F1 in outputs/eval-dev.json and outputs/eval-test.json
(written by tools/reproduce.sh); a change that loses more than 0.02 on either split fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacerec.evaluation import evaluate, load_records
from spacerec.run import run

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.02
SPLITS = [split for split in ("dev", "news-dev", "kinds", "test", "news")
          if (ROOT / "corpus" / split / "gold.jsonl").exists()]


@pytest.fixture(scope="module")
def fresh_records(extractor, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("outputs") / "records.jsonl"
    summary = run(ROOT / "corpus", out, extractor)
    assert not summary.failed
    return out


def test_fresh_run_reproduces_committed_records(fresh_records: Path) -> None:
    committed = (ROOT / "outputs" / "records.jsonl").read_bytes()
    assert fresh_records.read_bytes() == committed, "outputs/records.jsonl is stale: run `bash tools/reproduce.sh`"


@pytest.mark.parametrize("split", SPLITS)
def test_macro_f1_does_not_regress(fresh_records: Path, split: str) -> None:
    committed = json.loads((ROOT / "outputs" / f"eval-{split}.json").read_text(encoding="utf-8"))["macro_f1"]
    result = evaluate(load_records(ROOT / "corpus" / split / "gold.jsonl"), load_records(fresh_records), bootstrap=0)
    message = f"{split} macro-F1 {result.macro_f1:.3f} < committed {committed:.3f}"
    assert result.macro_f1 >= committed - TOLERANCE, message


@pytest.mark.parametrize("split", SPLITS)
def test_gold_files_are_valid(split: str) -> None:
    from spacerec.records import record_id
    from spacerec.schema import schema_errors

    for record in load_records(ROOT / "corpus" / split / "gold.jsonl"):
        assert list(schema_errors(record)) == [], record
        assert record["id"] == record_id(record)


def test_committed_record_ids_are_unique() -> None:
    """An id is a record's identity (doc_id, type, contract key): two records of one run never share one."""
    seen: dict[str, int] = {}
    for number, line in enumerate((ROOT / "outputs" / "records.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        record_id = json.loads(line)["id"]
        assert record_id not in seen, f"outputs/records.jsonl:{number}: id {record_id} also on line {seen[record_id]}"
        seen[record_id] = number
