"""The record contract (``docs/RECORDS.md``, ``schema/records.schema.json``), defined once.

The extractor builds these records, the writer serialises them, the evaluator and the
loaders read them back. What decides identity (ids, name normalisation, sort keys) is in
:mod:`spacerec.identity`, re-exported here, so that no two modules can disagree about it and
early steps (blocks, KB) use it without importing this later layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .identity import (  # noqa: F401 (re-exported: the contract's names stay importable from here)
    _APOSTROPHES,
    _DASHES,
    AGREEMENT_KINDS,
    BLOCK_KINDS,
    EVENT_KINDS,
    MISSION_KINDS,
    MISSION_ROLES,
    PRECISIONS,
    RECORD_TYPES,
    SCHEMA_VERSION,
    RecordType,
    make_id,
    normalise_name,
    record_id,
    record_key,
    sort_key,
)

if TYPE_CHECKING:  # built by the segmenter, an earlier layer; only its fields are read here
    from .blocks.segment import Caption


@dataclass(frozen=True)
class Evidence:
    """Where a record was read: ``text == doc_text[start:end]`` always holds."""

    start: int
    end: int
    text: str
    lang: str
    block: str

    def to_dict(self) -> dict[str, Any]:
        """The record as the contract writes it: a JSON-ready dict (see ``docs/RECORDS.md``).

        ``dataclasses.asdict`` gives the same dict (the fields in order), but deep-copies field by field: the
        evidence of every record of every document goes through here.
        """
        return {"start": self.start, "end": self.end, "text": self.text, "lang": self.lang, "block": self.block}


@dataclass
class Person:
    """A person named with an agency (``name`` as written, ``role`` as written or None)."""

    name: str
    role: str | None = None


@dataclass
class MissionAgency:
    """An agency's part in a mission: ``agency_id`` (KB id) and ``role`` (lead, partner, contributor)."""

    agency_id: str
    role: str


@dataclass
class Event:
    """A mission event (launch, landing...) with its ISO date and precision when the text gives one."""

    event: str
    date: str | None = None
    date_precision: str | None = None


@dataclass
class Signatory:
    """A person who signed an agreement, with the agency they signed for (KB id) when known."""

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
        """The record as the contract writes it: a JSON-ready dict (see ``docs/RECORDS.md``)."""
        return {"value": self.value, "precision": self.precision, "evidence": self.evidence.to_dict()}


@dataclass
class DocumentRecord:
    """The ``document`` record: title, languages, captions, publication date and evidence of one article."""

    doc_id: str
    title: str | None
    languages: list[str]
    captions: list[Caption] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    published: Published | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record as the contract writes it: a JSON-ready dict (see ``docs/RECORDS.md``)."""
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
    """The ``agency`` record: one KB agency named in a document, with its mentions, people and evidence."""

    doc_id: str
    agency_id: str
    name: str
    country: str | None
    mentions: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The record as the contract writes it: a JSON-ready dict (see ``docs/RECORDS.md``)."""
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
    """The ``mission`` record: a named mission, its kind, agencies and roles, target, status and events."""

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
        """The record as the contract writes it: a JSON-ready dict (see ``docs/RECORDS.md``)."""
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
    """The ``agreement`` record: an agreement between agencies, its kind, subject, date, status and signatories."""

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

    def key(self) -> list[str]:
        """The contract's key (sorted parties joined by commas, normalised subject or "", date or ""): its id."""
        return [",".join(sorted(self.parties)), normalise_name(self.subject) if self.subject else "", self.date or ""]

    def to_dict(self) -> dict[str, Any]:
        """The record as the contract writes it: a JSON-ready dict (see ``docs/RECORDS.md``)."""
        parties = sorted(self.parties)
        out = _base("agreement", self.doc_id, self.key())
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
