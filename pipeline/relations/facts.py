"""Facts: what one rule read from one place, before merging into records.

A fact names entities by their linked ids (KB id, ``family:...``, ``abbr:...``) and keeps the
spans it was read from, plus a human-readable ``reason`` when a value was inferred.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..dates import DateValue


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    lang: str
    block: str


@dataclass
class Fact:
    evidence: list[Span] = field(default_factory=list, kw_only=True)
    reason: str | None = field(default=None, kw_only=True)


@dataclass
class OfficialFact(Fact):
    agency_id: str
    name: str
    role: str | None


@dataclass
class ParticipationFact(Fact):
    mission: str
    agency_id: str
    role: str  # lead | partner | contributor


@dataclass
class PartOfFact(Fact):
    mission: str
    parent: str


@dataclass
class EventFact(Fact):
    mission: str
    event: str
    date: DateValue | None


@dataclass
class StatusFact(Fact):
    mission: str
    status: str


@dataclass
class SignatoryFact:
    name: str
    agency_id: str | None
    government_country: str | None = None  # "FR" when a minister/ambassador signs for France


@dataclass
class AgreementFact(Fact):
    kind: str
    parties: tuple[str, ...]
    subject: str | None  # a mission entity id, "treaty:<id>", "phrase:<noun phrase>", or None
    date: DateValue | None
    status: str
    signatories: list[SignatoryFact] = field(default_factory=list)
    recalled: bool = False  # an earlier agreement the article recalls: never absorbs the main signing
    item: int | None = None  # "two agreements: one on X, the other on Y": which of the documents signed together
