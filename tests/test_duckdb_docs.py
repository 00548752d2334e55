"""The README's DuckDB query over the JSON Lines runs and agrees with a plain reading of the file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_readme_duckdb_query_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    duckdb = pytest.importorskip("duckdb")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    query = re.search(r"```sql\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(ROOT)
    rows = duckdb.sql(query).fetchall()
    records = [json.loads(line) for line in (ROOT / "outputs" / "records.jsonl").open(encoding="utf-8")]
    expected = [r for r in records if r["record_type"] == "agreement" and r["status"] == "signed"
                and "CNSA" in r["parties"]]
    assert len(rows) == len(expected)
    assert {row[-1] for row in rows} == {r["doc_id"] for r in expected}
