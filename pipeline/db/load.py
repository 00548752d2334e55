"""Load validated records into the database, one batch of whole documents per transaction.

For each document the records in the file are the new truth: records with a new id or a
changed content hash are upserted (their child rows replaced), records of that doc_id that
the file no longer has are deleted, identical ones are not touched. A transaction holds
whole documents only, so a crash leaves every document either fully old or fully new, and
loading the same file twice writes nothing the second time. Documents absent from the file
are left alone (a run over part of a corpus does not erase the rest), and so are documents with
a bad line in the file (what the file says of them is incomplete).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from spacerec.io import RecordFileError

from .canonical import CanonicalReport, refresh_canonical
from .connect import DEFAULT_URL, Database, connect
from .rows import CHILD_TABLES, COLUMNS, PARENT_TABLES, document_row, insert_sql, record_rows, upsert_sql
from .schema import migrate
from .source import Record, RecordSource

DEFAULT_BATCH_SIZE = 1000  # records per transaction (a document is never split)
_IN_CHUNK = 500  # doc_ids per "IN (...)" lookup, well under SQLite's bound-parameter limit


class BadRecordsError(ValueError):
    """Strict loading refused the input: it has bad lines (nothing was written)."""

    def __init__(self, errors: list[RecordFileError]) -> None:
        super().__init__(f"{len(errors)} bad line(s); first: {errors[0]}")
        self.errors = errors


@dataclass
class LoadReport:
    """What a load did; ``skipped`` holds each bad line as ``FILE:LINE: reason``."""

    source: str
    db: str
    records: int = 0
    documents_new: int = 0
    documents_replaced: int = 0
    documents_unchanged: int = 0
    records_written: int = 0
    records_deleted: int = 0
    skipped: list[RecordFileError] = field(default_factory=list)
    # doc_id -> line numbers of its bad lines: the document is left as stored (not replaced)
    documents_kept: dict[str, list[int]] = field(default_factory=dict)
    migrations_applied: list[int] = field(default_factory=list)
    canonical: CanonicalReport | None = None  # the canonical-agreement refresh (None when not run)
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        """Documents loaded: new, replaced and unchanged together."""
        return self.documents_new + self.documents_replaced + self.documents_unchanged


@dataclass
class _Plan:
    """What one batch must do, computed from the records in the file and the hashes in the database."""

    documents: list[tuple[Any, ...]] = field(default_factory=list)
    delete_ids: list[str] = field(default_factory=list)  # stale records: cascades to every child row
    replace_ids: list[str] = field(default_factory=list)  # changed records: children deleted, parent upserted
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: {t: [] for t in COLUMNS})
    new: int = 0
    replaced: int = 0
    unchanged: int = 0


def _existing(db: Database, doc_ids: list[str]) -> dict[str, dict[str, str]]:
    """doc_id -> {record id: content hash} currently stored, read inside the batch's transaction."""
    found: dict[str, dict[str, str]] = {}
    for start in range(0, len(doc_ids), _IN_CHUNK):
        chunk = doc_ids[start:start + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        for doc_id, rid, digest in db.query(
            f"SELECT doc_id, id, content_hash FROM records WHERE doc_id IN ({marks})", chunk
        ):
            found.setdefault(doc_id, {})[rid] = digest
    return found


def _plan(db: Database, batch: list[tuple[str, list[Record]]], now: str) -> _Plan:
    plan = _Plan()
    existing = _existing(db, [doc_id for doc_id, _ in batch])
    known_docs = _known_documents(db, [doc_id for doc_id, _ in batch])
    for doc_id, records in batch:
        old = existing.get(doc_id, {})
        new = {rec.id: rec.content_hash for rec in records}
        if old == new and doc_id in known_docs:
            plan.unchanged += 1
            continue
        if doc_id in known_docs:
            plan.replaced += 1
        else:
            plan.new += 1
        doc_record = next((r.data for r in records if r.data["record_type"] == "document"), None)
        plan.documents.append(document_row(doc_id, doc_record, now))
        plan.delete_ids.extend(rid for rid in old if rid not in new)
        for rec in records:
            if old.get(rec.id) == rec.content_hash:
                continue
            if rec.id in old:
                plan.replace_ids.append(rec.id)
            for table, rows in record_rows(rec).items():
                plan.rows[table].extend(rows)
    return plan


def _known_documents(db: Database, doc_ids: list[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(doc_ids), _IN_CHUNK):
        chunk = doc_ids[start:start + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        known.update(row[0] for row in db.query(f"SELECT doc_id FROM documents WHERE doc_id IN ({marks})", chunk))
    return known


def _insert_rows(db: Database, table: str, rows: list[tuple[Any, ...]]) -> None:
    """One executemany per table and batch (the unit tests make this fail to simulate a crash)."""
    db.executemany(upsert_sql(table) if table in PARENT_TABLES else insert_sql(table), rows)


def _apply(db: Database, plan: _Plan) -> None:
    db.executemany(
        "INSERT INTO documents (doc_id, title, languages, date, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (doc_id) DO UPDATE SET title = excluded.title, languages = excluded.languages, "
        "date = excluded.date, updated_at = excluded.updated_at",
        plan.documents,
    )
    db.executemany("DELETE FROM records WHERE id = ?", [(rid,) for rid in plan.delete_ids])
    if plan.replace_ids:
        for table in CHILD_TABLES:
            db.executemany(f"DELETE FROM {table} WHERE record_id = ?", [(rid,) for rid in plan.replace_ids])
    for table in COLUMNS:
        if plan.rows[table]:
            _insert_rows(db, table, plan.rows[table])


def write_batch(db: Database, batch: list[tuple[str, list[Record]]], report: LoadReport) -> None:
    """Replace the documents of one batch in one transaction; the report is updated only after COMMIT."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with db.transaction():
        plan = _plan(db, batch, now)
        _apply(db, plan)
    report.documents_new += plan.new
    report.documents_replaced += plan.replaced
    report.documents_unchanged += plan.unchanged
    report.records_written += len(plan.rows["records"])
    report.records_deleted += len(plan.delete_ids)


def load_records_into(
    db_url: str | Database = DEFAULT_URL,
    records: str | Path | Iterable[dict[str, Any]] = "",
    *,
    strict: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    source_name: str | None = None,
    progress: Callable[[int], None] | None = None,
    canonical: bool = True,
) -> LoadReport:
    """Load a JSONL file (path) or records (iterable of dicts) into a database URL or open ``Database``.

    Bad lines are reported in ``LoadReport.skipped`` and skipped, and a document with a bad line is
    left as stored (``LoadReport.documents_kept``), never replaced by its remaining lines; with ``strict`` they raise
    ``BadRecordsError`` before the database is even opened. The schema is created or migrated
    first. ``progress`` is called with the number of records committed by each batch. With
    ``canonical`` (the default) the canonical-agreement tables are refreshed from every stored
    agreement once the records are in (``spacerec.db.canonical``).
    """
    started = time.perf_counter()
    source = RecordSource(records, name=source_name)
    url = db_url if isinstance(db_url, str) else db_url.url
    report = LoadReport(source=source.name, db=url)
    try:
        report.skipped = list(source.scan())
        report.documents_kept = dict(source.incomplete)
        report.records = source.records
        if strict and report.skipped:
            raise BadRecordsError(report.skipped)
        db = connect(db_url) if isinstance(db_url, str) else db_url
        try:
            report.migrations_applied = migrate(db)
            batch: list[tuple[str, list[Record]]] = []
            pending = 0
            for doc_id, recs in source.documents():
                batch.append((doc_id, recs))
                pending += len(recs)
                if pending >= max(1, batch_size):
                    write_batch(db, batch, report)
                    if progress:
                        progress(pending)
                    batch, pending = [], 0
            if batch:
                write_batch(db, batch, report)
                if progress:
                    progress(pending)
            if canonical:
                report.canonical = refresh_canonical(db)
        finally:
            if isinstance(db_url, str):
                db.close()
    finally:
        source.close()
    report.seconds = time.perf_counter() - started
    return report
