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


def test_database_doc_duckdb_canonical_query_counts_each_agreement_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/DATABASE.md's DuckDB query over outputs/canonical.jsonl agrees with a plain reading of the file."""
    duckdb = pytest.importorskip("duckdb")
    doc = (ROOT / "docs" / "DATABASE.md").read_text(encoding="utf-8")
    query = re.search(r"```sql\n-- canonical agreements of CNES by year\n(.*?)```", doc, re.S).group(1)
    monkeypatch.chdir(ROOT)
    rows = duckdb.sql(query).fetchall()
    canonical = [json.loads(line) for line in (ROOT / "outputs" / "canonical.jsonl").open(encoding="utf-8")]
    cnes = [c for c in canonical if c["record_type"] == "canonical_agreement" and "CNES" in c["parties"]]
    years = {c["date"][:4] if c["date"] else "undated" for c in cnes}
    assert [row[0] for row in rows] == sorted(years)
    assert {row[0]: row[1] for row in rows} == {
        y: sum(1 for c in cnes if ((c["date"] or "")[:4] or "undated") == y) for y in years}
    assert sum(row[2] for row in rows) == sum(len(c["sources"]) for c in cnes) > len(cnes)  # a report merged
