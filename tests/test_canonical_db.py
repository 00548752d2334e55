"""Canonical agreements in the database (migration 2): refreshed by every load, idempotent, queried by year.

Runs on SQLite, and on PostgreSQL too when ``SPACEREC_TEST_POSTGRES_URL`` is set
(``eval "$(bash tools/ci_postgres.sh)"``), each test in a schema of its own.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from spacerec.canonical import merge_agreements
from spacerec.db import connect, load_records_into
from spacerec.db.queries import run_query
from spacerec.db.rows import ALL_TABLES
from spacerec.records import AgreementRecord, DocumentRecord

REPO = Path(__file__).resolve().parents[1]
OUTPUTS = REPO / "outputs" / "records.jsonl"
POSTGRES_URL = os.environ.get("SPACEREC_TEST_POSTGRES_URL", "")
CANONICAL_TABLES = ("canonical_agreements", "canonical_agreement_parties", "agreement_sources")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'spacerec.db'}"
        return
    if not POSTGRES_URL:
        pytest.skip("SPACEREC_TEST_POSTGRES_URL is not set")
    psycopg = pytest.importorskip("psycopg")
    schema = f"spacerec_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def doc(doc_id: str, *agreements: tuple[str | None, tuple[str, ...], str]) -> list[dict[str, Any]]:
    """A document record and its agreements, each (date, parties, kind), subject the ILRS."""
    out = [DocumentRecord(doc_id, doc_id, ["en"]).to_dict()]
    for date, parties, kind in agreements:
        precision = {4: "year", 7: "month", 10: "day"}[len(date)] if date else None
        out.append(AgreementRecord(doc_id, kind, list(parties), "ILRS", date, precision).to_dict())
    return out


ILRS = ("CNSA", "ROSCOSMOS")


def corpus() -> list[dict[str, Any]]:
    return [
        *doc("news/a", ("2021-03-09", ILRS, "mou"), ("2019", ("CNES", "CNSA"), "agreement")),
        *doc("news/b", ("2021-03", ILRS, "mou")),
        *doc("news/c", (None, ILRS, "mou"), ("2019", ("CNES", "CNSA"), "agreement")),
        *doc("news/d", ("2023-11-02", ILRS, "mou")),
    ]


def table_rows(db_url: str) -> dict[str, list[tuple[Any, ...]]]:
    with connect(db_url) as db:
        return {t: sorted(db.query(f"SELECT * FROM {t}"), key=repr) for t in CANONICAL_TABLES}


def test_load_fills_the_canonical_tables(db_url: str) -> None:
    report = load_records_into(db_url, corpus())
    assert report.canonical is not None and report.canonical.written == 4
    rows = table_rows(db_url)
    assert len(rows["canonical_agreements"]) == 4
    assert len(rows["agreement_sources"]) == 6  # every agreement record is the source of one canonical agreement
    assert {r[0] for r in rows["canonical_agreements"]} == {c["id"] for c in merge_agreements(corpus())}
    assert set(CANONICAL_TABLES) <= set(ALL_TABLES)
    with connect(db_url) as db:
        assert run_query(db, "canonical_agreements_per_year", agency="CNSA") == [
            (2019, 1, 2, 2),  # one agreement with CNES, reported by two articles
            (2021, 1, 2, 2), (2023, 1, 1, 1), (None, 1, 1, 1),
        ]
        per_year = run_query(db, "canonical_agreements_per_year", agency="ROSCOSMOS")
        listing = run_query(db, "canonical_agreements_of_agency", agency="ROSCOSMOS")
    # news/c is undated and two dated MoUs compete (2021, 2023): it stays apart, in the undated row
    assert per_year == [(2021, 1, 2, 2), (2023, 1, 1, 1), (None, 1, 1, 1)]
    assert [(r[1], r[7]) for r in listing] == [("2021-03-09", "news/a,news/b"), ("2023-11-02", "news/d"),
                                               (None, "news/c")]


def test_a_second_load_writes_nothing_and_a_changed_document_updates_the_canonical_rows(
    db_url: str, tmp_path: Path
) -> None:
    load_records_into(db_url, corpus())
    before = table_rows(db_url)
    again = load_records_into(db_url, corpus())
    assert again.canonical is not None and (again.canonical.written, again.canonical.deleted) == (0, 0)
    assert table_rows(db_url) == before
    # news/d's extraction changes: its MoU is now dated March 2021, so it joins the 2021 MoU and the 2023 one goes
    changed = [r for r in corpus() if r["doc_id"] != "news/d"] + doc("news/d", ("2021-03-09", ILRS, "mou"))
    report = load_records_into(db_url, changed)
    assert report.canonical is not None and report.canonical.deleted >= 1
    with connect(db_url) as db:
        listing = run_query(db, "canonical_agreements_of_agency", agency="ROSCOSMOS")
        assert [(r[1], r[7]) for r in listing] == [("2021-03-09", "news/a,news/b,news/c,news/d")]
        sources = run_query(db, "canonical_agreement_sources", canonical_id=listing[0][-1])
    assert [s[1] for s in sources] == ["news/a", "news/d", "news/b", "news/c"]  # most precise first
    assert all(s[6] for s in sources)  # every source says why it was merged
    after = table_rows(db_url)
    load_records_into(db_url, changed)
    assert table_rows(db_url) == after


def test_canonical_queries_on_the_real_output(db_url: str) -> None:
    """Each agreement of the agency is counted once per year however many articles report it."""
    records = [json.loads(line) for line in OUTPUTS.read_text("utf-8").splitlines() if line.strip()]
    load_records_into(db_url, OUTPUTS)
    canonical = merge_agreements(records)  # the document records give the articles' dates, as the table does
    expected = Counter(int(c["date"][:4]) if c["date"] else None for c in canonical if "CNES" in c["parties"])
    with connect(db_url) as db:
        rows = run_query(db, "canonical_agreements_per_year", agency="CNES")
        listing = run_query(db, "canonical_agreements_of_agency", agency="CNES")
    assert {r[0]: r[1] for r in rows} == expected
    assert sum(r[2] for r in rows) == sum(1 for r in records if r["record_type"] == "agreement"
                                          and "CNES" in r["parties"])
    assert sorted(r[-1] for r in listing) == sorted(c["id"] for c in canonical if "CNES" in c["parties"])
