"""The record contract (``docs/RECORDS.md``, ``schema/records.schema.json``), defined once.

The extractor builds these records, the writer serialises them, the evaluator and the
loaders read them back. Everything that decides identity (ids, name normalisation,
sort keys) lives here so that no two modules can disagree about it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1"

RecordType = Literal["document", "agency", "mission", "agreement"]
RECORD_TYPES: tuple[str, ...] = ("document", "agency", "mission", "agreement")
BLOCK_KINDS: tuple[str, ...] = ("title", "body", "caption", "credit")
MISSION_KINDS: tuple[str, ...] = ("programme", "spacecraft", "station", "launcher", "instrument")
MISSION_ROLES: tuple[str, ...] = ("lead", "partner", "contributor")
EVENT_KINDS: tuple[str, ...] = ("launch", "landing", "sample_return", "orbit_insertion", "end")
AGREEMENT_KINDS: tuple[str, ...] = (
    "mou",
    "agreement",
    "accords",
    "joint_statement",
    "letter_of_intent",
    "cooperation",
)
PRECISIONS: tuple[str, ...] = ("day", "month", "year")

_APOSTROPHES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc`"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_TRAILING_ROMAN = re.compile(r"(?:^|[^a-z0-9])(x|ix|viii|vii|vi|v|iv|iii|ii|i)\W*$")


def normalise_name(name: str) -> str:
    """Normalise a name for matching, exactly as the contract says.

    Lower-case, typographic apostrophes and dashes to ASCII, drop everything but letters and
    digits, and a trailing Roman numeral I-X becomes its number (``Artemis II`` ->
    ``artemis2``, ``Chang’e-4`` -> ``change4``). Accented letters are kept (they are letters);
    the numeral must stand as its own word, so ``Juice`` keeps its ``i``.
    """
    text = unicodedata.normalize("NFC", name).translate(_APOSTROPHES).translate(_DASHES).lower()
    match = _TRAILING_ROMAN.search(text)
    suffix = ""
    if match and match.start(1) > 0:
        suffix = str(_ROMAN[match.group(1)])
        text = text[: match.start(1)]
    return "".join(ch for ch in text if ch.isalnum()) + suffix


def make_id(doc_id: str, record_type: str, key: Iterable[str]) -> str:
    """Stable record id: SHA-1 of ``doc_id``, type and key joined by U+001F."""
    return hashlib.sha1("\x1f".join([doc_id, record_type, *key]).encode("utf-8")).hexdigest()


def record_key(record: dict[str, Any]) -> list[str]:
    """The identity key of a record as the contract defines it per record type."""
    kind = record["record_type"]
    if kind == "document":
        return []
    if kind == "agency":
        return [record["agency_id"]]
    if kind == "mission":
        return [normalise_name(record["name"])]
    if kind == "agreement":
        subject = record.get("subject")
        return [
            ",".join(sorted(record["parties"])),
            normalise_name(subject) if subject else "",
            record.get("date") or "",
        ]
    raise ValueError(f"unknown record_type {kind!r}")


def record_id(record: dict[str, Any]) -> str:
    """Compute the contract id of a record dict (used to fill and to check ids)."""
    return make_id(record["doc_id"], record["record_type"], record_key(record))


def sort_key(record: dict[str, Any]) -> tuple[str, int, list[str]]:
    """Output order: (doc_id, record type in contract order, key), so runs are byte-identical."""
    return (record["doc_id"], RECORD_TYPES.index(record["record_type"]), record_key(record))


@dataclass(frozen=True)
class Evidence:
    """Where a record was read: ``text == doc_text[start:end]`` always holds."""

    start: int
    end: int
    text: str
    lang: str
    block: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Caption:
    texts: dict[str, str | None]
    credit: str | None = None


@dataclass
class Person:
    name: str
    role: str | None = None


@dataclass
class MissionAgency:
    agency_id: str
    role: str


@dataclass
class Event:
    event: str
    date: str | None = None
    date_precision: str | None = None


@dataclass
class Signatory:
    name: str
    agency_id: str | None


def _base(record_type: str, doc_id: str, key: list[str]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "record_type": record_type,
        "doc_id": doc_id,
        "id": make_id(doc_id, record_type, key),
    }


def _evidence(evidence: Iterable[Evidence]) -> list[dict[str, Any]]:
    unique = sorted(set(evidence), key=lambda e: (e.start, e.end, e.block))
    return [e.to_dict() for e in unique]


def contract_block(kind: str) -> str:
    """The contract's evidence block kind for a segmenter block kind (a date line is ``body``)."""
    return kind if kind in BLOCK_KINDS else "body"


@dataclass(frozen=True)
class Published:
    """The article's own date, read from its date line, byline or wire dateline.

    ``value`` is ISO 8601 truncated to ``precision`` (``day``, ``month`` or ``year``);
    ``evidence`` is the date as written in that line (``evidence.block`` is ``"body"``).
    """

    value: str
    precision: str
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "evidence": self.evidence.to_dict()}


@dataclass
class DocumentRecord:
    doc_id: str
    title: str | None
    languages: list[str]
    captions: list[Caption] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    published: Published | None = None

    def to_dict(self) -> dict[str, Any]:
        out = _base("document", self.doc_id, [])
        out.update(
            title=self.title,
            languages=sorted(self.languages),
            captions=[{"texts": dict(c.texts), "credit": c.credit} for c in self.captions],
            evidence=_evidence(self.evidence),
        )
        if self.published is not None:
            out["published"] = self.published.to_dict()
        out.update(self.extra)
        return out


@dataclass
class AgencyRecord:
    doc_id: str
    agency_id: str
    name: str
    country: str | None
    mentions: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = _base("agency", self.doc_id, [self.agency_id])
        out.update(
            agency_id=self.agency_id,
            name=self.name,
            country=self.country,
            mentions=list(self.mentions),
            people=[{"name": p.name, "role": p.role} for p in self.people],
            evidence=_evidence(self.evidence),
        )
        out.update(self.extra)
        return out


@dataclass
class MissionRecord:
    doc_id: str
    name: str
    kind: str | None
    agencies: list[MissionAgency] = field(default_factory=list)
    part_of: str | None = None
    target: str | None = None
    status: str | None = None
    events: list[Event] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = _base("mission", self.doc_id, [normalise_name(self.name)])
        out.update(
            name=self.name,
            kind=self.kind,
            agencies=[{"agency_id": a.agency_id, "role": a.role} for a in self.agencies],
            part_of=self.part_of,
            target=self.target,
            status=self.status,
            events=[asdict(e) for e in self.events],
            evidence=_evidence(self.evidence),
        )
        out.update(self.extra)
        return out


@dataclass
class AgreementRecord:
    doc_id: str
    kind: str
    parties: list[str]
    subject: str | None = None
    date: str | None = None
    date_precision: str | None = None
    status: str = "signed"
    signatories: list[Signatory] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parties = sorted(self.parties)
        key = [",".join(parties), normalise_name(self.subject) if self.subject else "", self.date or ""]
        out = _base("agreement", self.doc_id, key)
        out.update(
            kind=self.kind,
            parties=parties,
            subject=self.subject,
            date=self.date,
            date_precision=self.date_precision,
            status=self.status,
            signatories=[asdict(s) for s in self.signatories],
            evidence=_evidence(self.evidence),
        )
        out.update(self.extra)
        return out
