"""Facts: what one rule read from one place, before merging into records.

A fact names entities by their linked ids (KB id, ``family:...``, ``abbr:...``) and keeps the
spans it was read from, plus a human-readable ``reason`` when a value was inferred.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..dates import DateValue


@dataclass(frozen=True)
class Span:
    """Where a fact was read: document offsets, the language and the kind of block."""
    start: int
    end: int
    lang: str
    block: str


@dataclass
class Fact:
    """Base of every fact: the spans it was read from and, when a value was inferred, why."""
    evidence: list[Span] = field(default_factory=list, kw_only=True)
    reason: str | None = field(default=None, kw_only=True)


@dataclass
class OfficialFact(Fact):
    """A person holding a post (``role``, in English) at an agency."""
    agency_id: str
    name: str
    role: str | None


@dataclass
class ParticipationFact(Fact):
    """An agency taking part in a mission as its lead, a partner or a contributor."""
    mission: str
    agency_id: str
    role: str  # lead | partner | contributor


@dataclass
class PartOfFact(Fact):
    """A mission that is part of a larger one (``parent``)."""
    mission: str
    parent: str


@dataclass
class EventFact(Fact):
    """An event of a mission (``event`` names it), with its date when stated."""
    mission: str
    event: str
    date: DateValue | None


@dataclass
class StatusFact(Fact):
    """The stated status of a mission."""
    mission: str
    status: str


@dataclass
class SignatoryFact:
    """A person who signs an agreement, with the agency or the government they sign for."""
    name: str
    agency_id: str | None
    government_country: str | None = None  # "FR" when a minister/ambassador signs for France
    proxy: bool = False  # a minister/ambassador signing for one of the country's agencies: no agency of his own


@dataclass
class AgreementFact(Fact):
    """An agreement between parties: its kind, subject, date, status and signatories."""
    kind: str
    parties: tuple[str, ...]
    subject: str | None  # a mission entity id, "treaty:<id>", "phrase:<noun phrase>", or None
    date: DateValue | None
    status: str
    signatories: list[SignatoryFact] = field(default_factory=list)
    recalled: bool = False  # an earlier agreement the article recalls: never absorbs the main signing
    item: int | None = None  # "two agreements: one on X, the other on Y": which of the documents signed together
