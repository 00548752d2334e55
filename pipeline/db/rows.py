"""Record dict -> rows of the relational tables (the one place that knows how the contract maps to columns)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacerec.records import normalise_name

from .source import Record

# table -> columns, in insertion order: parents before children (foreign keys are checked per statement).
COLUMNS: dict[str, tuple[str, ...]] = {
    "records": ("id", "doc_id", "record_type", "schema_version", "content_hash", "body"),
    "agencies": ("id", "doc_id", "agency_id", "name", "country"),
    "missions": ("id", "doc_id", "name", "name_norm", "kind", "part_of", "part_of_norm", "target", "status"),
    "agreements": (
        "id", "doc_id", "kind", "parties_key", "subject", "subject_norm", "date", "date_precision", "year", "status",
    ),
    "captions": ("record_id", "seq", "doc_id", "text_fr", "text_en", "credit"),
    "agency_mentions": ("record_id", "seq", "mention"),
    "agency_officials": ("record_id", "seq", "name", "role"),
    "mission_agencies": ("record_id", "seq", "agency_id", "role"),
    "mission_events": ("record_id", "seq", "event", "date", "date_precision"),
    "agreement_parties": ("record_id", "seq", "party"),
    "agreement_signatories": ("record_id", "seq", "name", "agency_id"),
    "evidence": ("record_id", "seq", "doc_id", "start_char", "end_char", "text", "lang", "block"),
}
# Tables with one row per record, upserted by id; the others hang off a record and are replaced with it.
PARENT_TABLES: tuple[str, ...] = ("records", "agencies", "missions", "agreements")
CHILD_TABLES: tuple[str, ...] = tuple(t for t in COLUMNS if t not in PARENT_TABLES)
# Every table (for dumps and counts), documents first.
ALL_TABLES: tuple[str, ...] = (
    "documents", *COLUMNS, "canonical_agreements", "canonical_agreement_parties", "agreement_sources",
)


def upsert_sql(table: str) -> str:
    """INSERT ... ON CONFLICT (id) DO UPDATE: the same text works in SQLite (>= 3.24) and PostgreSQL."""
    columns = COLUMNS[table]
    sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT (id) DO UPDATE SET {sets}"
    )


def insert_sql(table: str) -> str:
    """``INSERT`` statement of ``table`` with one ``?`` placeholder per column of :data:`COLUMNS`."""
    columns = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def document_row(doc_id: str, record: dict[str, Any] | None, updated_at: str) -> tuple[Any, ...]:
    """The ``documents`` row: its fields come from the document record, NULL when the file has none."""
    if record is None:
        return (doc_id, None, None, None, updated_at)
    languages = ",".join(record.get("languages") or []) or None
    return (doc_id, record.get("title"), languages, record.get("date"), updated_at)


def record_rows(rec: Record) -> dict[str, list[tuple[Any, ...]]]:
    """All rows one record contributes, per table."""
    r = rec.data
    rid, doc_id, kind = r["id"], r["doc_id"], r["record_type"]
    out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    out["records"].append((rid, doc_id, kind, r["schema_version"], rec.content_hash, rec.body))
    if kind == "document":
        for seq, cap in enumerate(r.get("captions") or []):
            texts = cap.get("texts") or {}
            out["captions"].append((rid, seq, doc_id, texts.get("fr"), texts.get("en"), cap.get("credit")))
    elif kind == "agency":
        out["agencies"].append((rid, doc_id, r["agency_id"], r.get("name"), r.get("country")))
        out["agency_mentions"].extend((rid, seq, m) for seq, m in enumerate(r.get("mentions") or []))
        out["agency_officials"].extend(
            (rid, seq, p["name"], p.get("role")) for seq, p in enumerate(r.get("people") or [])
        )
    elif kind == "mission":
        part_of = r.get("part_of")
        out["missions"].append((
            rid, doc_id, r["name"], normalise_name(r["name"]), r.get("kind"), part_of,
            normalise_name(part_of) if part_of else None, r.get("target"), r.get("status"),
        ))
        out["mission_agencies"].extend(
            (rid, seq, a["agency_id"], a["role"]) for seq, a in enumerate(r.get("agencies") or [])
        )
        out["mission_events"].extend(
            (rid, seq, e["event"], e.get("date"), e.get("date_precision"))
            for seq, e in enumerate(r.get("events") or [])
        )
    elif kind == "agreement":
        parties = sorted(r["parties"])
        subject = r.get("subject")
        out["agreements"].append((
            rid, doc_id, r["kind"], ",".join(parties), subject, normalise_name(subject) if subject else "",
            r.get("date"), r.get("date_precision"), _year(r.get("date")), r["status"],
        ))
        out["agreement_parties"].extend((rid, seq, p) for seq, p in enumerate(parties))
        out["agreement_signatories"].extend(
            (rid, seq, s["name"], s.get("agency_id")) for seq, s in enumerate(r.get("signatories") or [])
        )
    for seq, ev in enumerate(r.get("evidence") or []):
        out["evidence"].append((rid, seq, doc_id, ev["start"], ev["end"], ev["text"], ev["lang"], ev["block"]))
    return out
