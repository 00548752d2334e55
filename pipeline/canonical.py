"""Canonical records across documents: one agreement, or one mission, however many articles report it.

Each article gives its own records (RECORDS.md), so a signing reported by five outlets is five
agreement records. This module groups the records that state the same fact into one canonical
record with a stable id, the union of what the sources say and the list of its sources; the
format is docs/CANONICAL.md and ``pipeline/schema/canonical.schema.json``.

Agreements are the same fact when they have the same parties and kind, compatible dates and
compatible subjects (docs/CANONICAL.md gives the rules). Dates are compatible when equal or when one
refines the other (``2021-03`` and ``2021-03-09``); an undated report, or a coarser date, joins a
more precise one only when no other candidate competes. A report of a planned signing never joins one
dated before its article (the document's own date), nor a report of a done signing one dated after it.
Two different days are never merged: both canonical records are kept and the disagreement is listed
in their ``conflicts``. Records of one document are never merged together. Every source carries
the ``reason`` it was joined for. Records are processed in an order computed from their content
(most precise date first, then subject, doc_id, id), so the output does not depend on input order.

Missions are the same fact when their normalised names are equal (the contract's mission key):
agencies and events are unioned, each with the documents that state it.
"""

from __future__ import annotations

import calendar
import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from pathlib import Path
from typing import Any

from .io import RecordFileError, read_jsonl
from .records import SCHEMA_VERSION, normalise_name, record_id
from .schema import schema_errors

CANONICAL_TYPES: tuple[str, ...] = ("canonical_agreement", "canonical_mission")
_STATUS_ORDER = ("signed", "ongoing", "planned")  # a signing reported by anyone happened
_ROLE_ORDER = ("lead", "partner", "contributor")
ARTICLE_DATE_MARGIN = timedelta(days=7)  # how far a report's tense may miss its article's own date


# --------------------------------------------------------------------------- dates


def precision_rank(date: str | None) -> int:
    """0 for a day, 1 for a month, 2 for a year, 3 when undated: lower sorts first (most precise)."""
    if not date:
        return 3
    return {10: 0, 7: 1}.get(len(date), 2)


def date_compatible(a: str | None, b: str | None) -> bool:
    """True when two ISO dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) may name the same day.

    Equal, or one a prefix of the other at a component boundary (``2021-03`` refines to
    ``2021-03-09``; ``2021-03-09`` and ``2021-03-10`` are not compatible). ``None`` is not handled
    here: an undated report is compatible by rule, decided by the caller.
    """
    if a is None or b is None:
        return False
    short, long = sorted((a, b), key=len)
    return long == short or long.startswith(short + "-")


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two day-precision dates, else None."""
    if not a or not b or len(a) != 10 or len(b) != 10:
        return None
    try:
        return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)
    except ValueError:
        return None


def date_range(date: str) -> tuple[Date, Date]:
    """First and last day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date covers (ValueError if not a date)."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return Date(parts[0], 1, 1), Date(parts[0], 12, 31)
    if len(parts) == 2:
        return Date(parts[0], parts[1], 1), Date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    day = Date(parts[0], parts[1], parts[2])
    return day, day


def tense_allows(status: str, article_date: str | None, candidate_date: str | None) -> bool:
    """Whether a report with ``status``, in an article of ``article_date``, can be a signing of ``candidate_date``.

    A planned signing cannot be one that took place before the article was written, and a signing
    reported as done cannot be one dated after it, give or take ``ARTICLE_DATE_MARGIN`` (time zones,
    publication lag). Unknown dates and ``ongoing`` cooperation allow anything.
    """
    if not article_date or not candidate_date or status not in ("planned", "signed"):
        return True
    try:
        first, last = date_range(candidate_date)
        article_first, article_last = date_range(article_date)
    except ValueError:
        return True
    if status == "planned":
        return last >= article_first - ARTICLE_DATE_MARGIN
    return first <= article_last + ARTICLE_DATE_MARGIN


def _precision_name(date: str | None) -> str | None:
    return (None, "year", "month", "day")[len(date.split("-"))] if date else None


def _stable_id(kind: str, *key: str) -> str:
    return hashlib.sha1("\x1f".join([kind, *key]).encode("utf-8")).hexdigest()


def _most_common(values: Iterable[str]) -> str | None:
    """The most frequent value; ties broken by the smallest string, so the choice is order-independent."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


# --------------------------------------------------------------------------- agreements


@dataclass(eq=False)
class _Cluster:
    """Agreement records found to be one fact, in the order they joined (founder first)."""

    members: list[dict[str, Any]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    date: str | None = None
    subject_norm: str | None = None
    docs: set[str] = field(default_factory=set)
    ambiguous_with: list[_Cluster] = field(default_factory=list)
    id: str = ""

    def add(self, record: dict[str, Any], reason: str) -> None:
        self.members.append(record)
        self.reasons.append(reason)
        self.docs.add(record["doc_id"])
        if self.date is None and record.get("date"):
            self.date = record["date"]
        if self.subject_norm is None and record.get("subject"):
            self.subject_norm = normalise_name(record["subject"])


def _subject_norm(record: dict[str, Any]) -> str | None:
    return normalise_name(record["subject"]) if record.get("subject") else None


def _order(record: dict[str, Any]) -> tuple[Any, ...]:
    """Processing order from content alone: most precise date, known subject, then date, subject, doc, id."""
    subject = _subject_norm(record)
    return (precision_rank(record.get("date")), subject is None, record.get("date") or "", subject or "",
            record["doc_id"], record["id"])


def _subjects_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _join_reason(record: dict[str, Any], cluster: _Cluster) -> str:
    date, subject = record.get("date"), _subject_norm(record)
    if date is None:
        if cluster.date is None:
            why = "undated, like the report it joins, and the only compatible one"
        else:
            why = f"undated; the only compatible report of these parties and kind is dated {cluster.date}"
    elif date == cluster.date:
        why = f"same date {date}"
    else:
        why = f"date {date} refined by {cluster.date}, the only compatible report"
    if subject is None and cluster.subject_norm is not None:
        why += "; no subject, compatible with the others' subject"
    elif subject is not None and subject == cluster.subject_norm:
        why += "; same subject"
    return "same parties and kind; " + why


_FOUNDER = "first report of this agreement (the most precise date among its reports)"


def _cluster_group(records: list[dict[str, Any]], doc_dates: dict[str, str]) -> list[_Cluster]:
    """Cluster the agreement records of one (kind, parties) group; see the module docstring for the rules."""
    clusters: list[_Cluster] = []
    for record in sorted(records, key=_order):
        date, subject = record.get("date"), _subject_norm(record)
        compatible = [
            c for c in clusters
            if not c.ambiguous_with  # a report kept apart as ambiguous is no evidence of a fact of its own
            and record["doc_id"] not in c.docs  # one article's separate records are separate facts
            and _subjects_compatible(subject, c.subject_norm)
            and (date is None or date_compatible(date, c.date))
        ]
        article = doc_dates.get(record["doc_id"])
        candidates = [c for c in compatible if tense_allows(record["status"], article, c.date)]
        if len(candidates) < len(compatible) and not candidates:
            cluster = _Cluster()
            when = "before" if record["status"] == "planned" else "after"
            cluster.add(record, f"kept apart: it reports a {record['status']} signing in an article of {article}, "
                                f"and the compatible agreement(s) are dated {when} that")
            clusters.append(cluster)
            continue
        if len(candidates) == 1:
            candidates[0].add(record, _join_reason(record, candidates[0]))
            continue
        cluster = _Cluster()
        if candidates:
            cluster.add(record, f"kept apart: {'undated' if date is None else f'dated only {date}'}, it could be "
                                f"any of {len(candidates)} agreements of these parties and kind")
            cluster.ambiguous_with = candidates
        else:
            cluster.add(record, _FOUNDER)
        clusters.append(cluster)
    for cluster in clusters:
        if cluster.reasons[0] == _FOUNDER and len(cluster.members) == 1:
            cluster.reasons[0] = "the only report: no other document gives these parties and kind with a compatible " \
                                 "date and subject"
    return clusters


def _assign_ids(clusters: list[_Cluster], kind: str, parties_key: str) -> None:
    """Id from the fact's key; clusters sharing a key (rare) add their founding record's id."""
    by_key: dict[tuple[str, str], list[_Cluster]] = {}
    for c in clusters:
        by_key.setdefault((c.subject_norm or "", c.date or ""), []).append(c)
    for (subject, date), same in by_key.items():
        for c in same:
            extra = [c.members[0]["id"]] if len(same) > 1 else []
            c.id = _stable_id("canonical_agreement", kind, parties_key, subject, date, *extra)


def _conflicts(clusters: list[_Cluster]) -> dict[str, list[dict[str, Any]]]:
    """Per cluster id: the other clusters it disagrees with (different dates) or might be (ambiguous)."""
    out: dict[str, list[dict[str, Any]]] = {c.id: [] for c in clusters}
    for a, b in itertools.combinations(clusters, 2):
        if not (a.date and b.date) or date_compatible(a.date, b.date):
            continue
        if not _subjects_compatible(a.subject_norm, b.subject_norm) or a.docs == b.docs:
            continue  # one article giving two dates states two agreements (the extractor kept them apart)
        gap = days_apart(a.date, b.date)
        apart = f" ({gap} days apart)" if gap is not None else ""
        reason = (f"same parties, kind and subject but dated {a.date} and {b.date}{apart}: kept apart, "
                  "two signings or one misdated; check the sources")
        out[a.id].append({"type": "different_dates", "canonical_id": b.id, "date": b.date, "reason": reason})
        out[b.id].append({"type": "different_dates", "canonical_id": a.id, "date": a.date, "reason": reason})
    for c in clusters:
        for other in c.ambiguous_with:
            reason = (f"this report ({c.date or 'undated'}) is compatible with several agreements of these "
                      "parties and kind: not merged into any")
            out[c.id].append({"type": "ambiguous", "canonical_id": other.id, "date": other.date, "reason": reason})
    for items in out.values():
        items.sort(key=lambda x: (x["type"], x["date"] or "", x["canonical_id"]))
    return out


def _signatories(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Signatories of every source, one per normalised name; a known agency_id wins over null."""
    found: dict[str, dict[str, Any]] = {}
    for record in members:
        for person in record.get("signatories") or []:
            key = normalise_name(person["name"])
            if key not in found:
                found[key] = {"name": person["name"], "agency_id": person.get("agency_id")}
            elif found[key]["agency_id"] is None and person.get("agency_id"):
                found[key]["agency_id"] = person["agency_id"]
    return list(found.values())


def _agreement_record(cluster: _Cluster, kind: str, parties: list[str],
                      conflicts: list[dict[str, Any]]) -> dict[str, Any]:
    members = cluster.members
    subject = None
    if cluster.subject_norm is not None:
        subject = _most_common(m["subject"] for m in members
                               if m.get("subject") and normalise_name(m["subject"]) == cluster.subject_norm)
    status = min((m["status"] for m in members), key=lambda s: _STATUS_ORDER.index(s) if s in _STATUS_ORDER else 9)
    return {
        "schema_version": SCHEMA_VERSION,
        "record_type": "canonical_agreement",
        "id": cluster.id,
        "kind": kind,
        "parties": parties,
        "subject": subject,
        "date": cluster.date,
        "date_precision": _precision_name(cluster.date),
        "status": status,
        "signatories": _signatories(members),
        "doc_ids": sorted(cluster.docs),
        "sources": [
            {"record_id": m["id"], "doc_id": m["doc_id"], "date": m.get("date"), "subject": m.get("subject"),
             "status": m["status"], "reason": reason}
            for m, reason in zip(members, cluster.reasons, strict=True)
        ],
        "conflicts": conflicts,
    }


def merge_agreements(records: Iterable[dict[str, Any]],
                     doc_dates: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Agreement records (any order) -> canonical agreements, sorted by (parties, kind, date, subject, id).

    Every input agreement is a source of exactly one canonical record. The output is the
    same for any permutation of the input (records with the same id are read once).
    ``doc_dates`` (doc_id -> the article's own date) defaults to the ``date`` of the document
    records among ``records``; it keeps a planned signing from joining one that took place
    before its article was written (``tense_allows``).
    """
    records = list(records)
    if doc_dates is None:
        doc_dates = {r["doc_id"]: r["date"] for r in records if r.get("record_type") == "document" and r.get("date")}
    groups: dict[tuple[str, tuple[str, ...]], dict[str, dict[str, Any]]] = {}
    for record in records:
        if record.get("record_type") == "agreement":
            key = (record["kind"], tuple(sorted(record["parties"])))
            groups.setdefault(key, {})[record["id"]] = record
    out: list[dict[str, Any]] = []
    for (kind, parties), by_id in groups.items():
        clusters = _cluster_group(list(by_id.values()), doc_dates)
        _assign_ids(clusters, kind, ",".join(parties))
        conflicts = _conflicts(clusters)
        out.extend(_agreement_record(c, kind, list(parties), conflicts[c.id]) for c in clusters)
    out.sort(key=lambda r: (",".join(r["parties"]), r["kind"], r["date"] or "~", r["subject"] or "", r["id"]))
    return out


# --------------------------------------------------------------------------- missions


def _merge_events(members: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Events of every source by event kind, dates merged by the agreement rule; different days both kept."""
    by_event: dict[str, list[tuple[str | None, str]]] = {}
    for record in members:
        for ev in record.get("events") or []:
            by_event.setdefault(ev["event"], []).append((ev.get("date"), record["doc_id"]))
    events: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    for name in sorted(by_event):
        slots: list[dict[str, Any]] = []
        for date, doc_id in sorted(set(by_event[name]), key=lambda x: (precision_rank(x[0]), x[0] or "", x[1])):
            fits = [s for s in slots if date is None or date_compatible(date, s["date"])]
            if len(fits) == 1:
                if doc_id not in fits[0]["doc_ids"]:
                    fits[0]["doc_ids"].append(doc_id)
            elif date is None and slots:
                continue  # undated while several dates compete: says nothing more than they do
            else:
                slots.append({"event": name, "date": date, "date_precision": _precision_name(date),
                              "doc_ids": [doc_id]})
        dated = [s for s in slots if s["date"]]
        for a, b in itertools.combinations(dated, 2):
            if set(a["doc_ids"]) == set(b["doc_ids"]):
                continue  # one article giving two dates (two spacecraft of one name): not a disagreement
            conflicts.append({"type": "different_dates", "field": f"events.{name}",
                              "values": [a["date"], b["date"]],
                              "reason": f"{name} dated {a['date']} ({', '.join(sorted(a['doc_ids']))}) and "
                                        f"{b['date']} ({', '.join(sorted(b['doc_ids']))}): both kept"})
        for s in slots:
            s["doc_ids"].sort()
        events.extend(slots)
    return events, conflicts


def _merge_agencies(members: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Agencies of every source; the role most sources give (ties: lead, partner, contributor)."""
    roles: dict[str, list[tuple[str, str]]] = {}
    for record in members:
        for a in record.get("agencies") or []:
            roles.setdefault(a["agency_id"], []).append((a["role"], record["doc_id"]))
    agencies, conflicts = [], []
    for agency_id in sorted(roles):
        counts = Counter(role for role, _ in roles[agency_id])
        role = min(counts, key=lambda r: (-counts[r], _ROLE_ORDER.index(r) if r in _ROLE_ORDER else 9, r))
        if len(counts) > 1:
            conflicts.append({"type": "different_values", "field": f"agencies.{agency_id}.role",
                              "values": sorted(counts),
                              "reason": f"{agency_id} is said to be {', '.join(sorted(counts))}; "
                                        f"{role} kept (most sources)"})
        agencies.append({"agency_id": agency_id, "role": role,
                         "doc_ids": sorted({doc for _, doc in roles[agency_id]})})
    return agencies, conflicts


def _merge_value(members: list[dict[str, Any]], name: str,
                 conflicts: list[dict[str, Any]]) -> str | None:
    values = [m[name] for m in members if m.get(name)]
    chosen = _most_common(values)
    distinct = sorted(set(values))
    if name == "part_of":
        distinct = sorted({normalise_name(v) for v in values})
    if len(distinct) > 1 and name != "status":  # a status changes with time: articles of different years differ
        conflicts.append({"type": "different_values", "field": name, "values": sorted(set(values)),
                          "reason": f"sources give {', '.join(sorted(set(values)))}; {chosen} kept (most sources)"})
    return chosen


def merge_missions(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mission records (any order, other types ignored) -> one canonical mission per normalised name."""
    groups: dict[str, dict[str, dict[str, Any]]] = {}
    for record in records:
        if record.get("record_type") == "mission":
            groups.setdefault(normalise_name(record["name"]), {})[record["id"]] = record
    out = []
    for key in sorted(groups):
        members = sorted(groups[key].values(), key=lambda r: (r["doc_id"], r["id"]))
        conflicts: list[dict[str, Any]] = []
        agencies, agency_conflicts = _merge_agencies(members)
        events, event_conflicts = _merge_events(members)
        conflicts.extend(agency_conflicts)
        conflicts.extend(event_conflicts)
        record = {
            "schema_version": SCHEMA_VERSION,
            "record_type": "canonical_mission",
            "id": _stable_id("canonical_mission", key),
            "name": _most_common(m["name"] for m in members),
            "name_norm": key,
            "kind": _merge_value(members, "kind", conflicts),
            "agencies": agencies,
            "part_of": _merge_value(members, "part_of", conflicts),
            "target": _merge_value(members, "target", conflicts),
            "status": _merge_value(members, "status", conflicts),
            "events": events,
            "doc_ids": sorted({m["doc_id"] for m in members}),
            "sources": [{"record_id": m["id"], "doc_id": m["doc_id"],
                         "reason": f"same normalised name {key!r}"} for m in members],
            "conflicts": conflicts,
        }
        out.append(record)
    return out


# --------------------------------------------------------------------------- files


@dataclass
class MergeSummary:
    """Counts of one merge, for the CLI summary and the README."""

    agreement_records: int
    canonical_agreements: int
    merged_agreements: int  # canonical agreements with sources in more than one document
    agreement_conflicts: int  # pairs of canonical agreements listed as conflicting or ambiguous
    mission_records: int
    canonical_missions: int


def merge(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """All canonical records of a record set: agreements, then missions (a deterministic order)."""
    records = list(records)
    return merge_agreements(records) + merge_missions(records)


def summarise(records: list[dict[str, Any]], canonical: list[dict[str, Any]]) -> MergeSummary:
    """Counts of one merge: records read, canonical agreements and missions, merges and conflicts."""
    agreements = [c for c in canonical if c["record_type"] == "canonical_agreement"]
    pairs = {tuple(sorted((c["id"], x["canonical_id"]))) for c in agreements for x in c["conflicts"]}
    return MergeSummary(
        agreement_records=len({r["id"] for r in records if r["record_type"] == "agreement"}),
        canonical_agreements=len(agreements),
        merged_agreements=sum(len(c["doc_ids"]) > 1 for c in agreements),
        agreement_conflicts=len(pairs),
        mission_records=len({r["id"] for r in records if r["record_type"] == "mission"}),
        canonical_missions=sum(c["record_type"] == "canonical_mission" for c in canonical),
    )


def read_records(path: str | Path) -> tuple[list[dict[str, Any]], list[RecordFileError]]:
    """Every valid record of a JSONL file and every bad line (``FILE:LINE: reason``).

    A line is bad when it is not a JSON object, fails the records schema, has an id that is not
    its contract id, or repeats an id with different content.
    """
    records: dict[str, dict[str, Any]] = {}
    errors: list[RecordFileError] = []
    for line in read_jsonl(path):
        record = line.value
        if not line.ok:
            errors.append(RecordFileError(path, line.number, line.reason or "not JSON"))
            continue
        if not isinstance(record, dict):
            errors.append(RecordFileError(path, line.number, f"not a JSON object but {type(record).__name__}"))
            continue
        problems = list(schema_errors(record))
        if not problems and record["id"] != record_id(record):
            problems.append(f"id {record['id']} is not the contract id {record_id(record)}")
        if not problems and record["id"] in records and records[record["id"]] != record:
            problems.append(f"id {record['id']} repeated with different content")
        if problems:
            errors.append(RecordFileError(path, line.number, problems[0]))
            continue
        records[record["id"]] = record
    return list(records.values()), errors


def canonical_problems(record: dict[str, Any]) -> list[str]:
    """Schema violations of a canonical record (``pipeline/schema/canonical.schema.json``)."""
    from .schema import canonical_errors

    return list(canonical_errors(record))
