"""The canonical-agreement tables: rebuilt from every agreement in the database at the end of each load.

A canonical agreement depends on the agreements of all documents (spacerec.canonical), so it cannot
be written document by document: ``refresh_canonical`` merges every stored agreement record and
brings ``canonical_agreements``, ``canonical_agreement_parties`` and ``agreement_sources`` to that
result in one transaction, writing only what changed (a content hash per canonical record), so a
second load writes nothing. An interrupted load leaves them as the previous load made them (rows
whose source record was deleted go with it, by ``ON DELETE CASCADE``); the next load refreshes them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from spacerec.canonical import merge_agreements
from spacerec.records import normalise_name

from .connect import Database

# table -> columns, parent first (migration 2, pipeline/db/schema.py)
CANONICAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "canonical_agreements": (
        "id", "kind", "parties_key", "subject", "subject_norm", "date", "date_precision", "year", "status",
        "documents", "doc_ids", "content_hash", "body",
    ),
    "canonical_agreement_parties": ("canonical_id", "seq", "party"),
    "agreement_sources": ("canonical_id", "seq", "record_id", "doc_id", "reason"),
}


@dataclass
class CanonicalReport:
    """What a refresh did, in canonical agreements."""

    total: int = 0
    written: int = 0
    deleted: int = 0
    unchanged: int = 0


def _json(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else json.loads(value)  # JSONB arrives parsed, TEXT does not


def _rows(canonical: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    body = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha1(body.encode("utf-8")).hexdigest()
    cid, date, subject = canonical["id"], canonical["date"], canonical["subject"]
    return {
        "canonical_agreements": [(
            cid, canonical["kind"], ",".join(canonical["parties"]), subject,
            normalise_name(subject) if subject else "", date, canonical["date_precision"],
            int(date[:4]) if date else None, canonical["status"], len(canonical["doc_ids"]),
            ",".join(canonical["doc_ids"]), digest, body,
        )],
        "canonical_agreement_parties": [(cid, seq, party) for seq, party in enumerate(canonical["parties"])],
        "agreement_sources": [(cid, seq, s["record_id"], s["doc_id"], s["reason"])
                              for seq, s in enumerate(canonical["sources"])],
    }


def _insert(table: str) -> str:
    columns = CANONICAL_COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def refresh_canonical(db: Database) -> CanonicalReport:
    """Rebuild the canonical-agreement tables from the agreement records stored (schema must be migrated)."""
    report = CanonicalReport()
    with db.transaction():
        records = [_json(body) for (body,) in db.query("SELECT body FROM records WHERE record_type = 'agreement'")]
        doc_dates = dict(db.query("SELECT doc_id, date FROM documents WHERE date IS NOT NULL"))
        canonical = merge_agreements(records, doc_dates)
        existing = dict(db.query("SELECT id, content_hash FROM canonical_agreements"))
        new_rows = {c["id"]: _rows(c) for c in canonical}
        changed = [cid for cid, rows in new_rows.items()
                   if existing.get(cid) != rows["canonical_agreements"][0][-2]]
        stale = [cid for cid in existing if cid not in new_rows]
        # Delete before insert: a source record that moved to another canonical agreement is unique.
        db.executemany("DELETE FROM canonical_agreements WHERE id = ?", [(cid,) for cid in stale + changed])
        for table in CANONICAL_COLUMNS:
            db.executemany(_insert(table), [row for cid in changed for row in new_rows[cid][table]])
    report.total = len(new_rows)
    report.written = len(changed)
    report.deleted = len(stale)
    report.unchanged = report.total - report.written
    return report
