"""Facts -> records: one record per key per document, with evidence from every place.

What the body and both languages of a caption pair say about the same fact becomes one
record. Agreements merge when their parties are the same and their kind, subject and date
agree or are unknown on one side, so "Russia has signed an agreement with China" (no
date) and the caption "Signature de l'accord sur l'ILRS le 9 mars 2021" become one record;
two dated agreements between the same parties stay two.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from .analysis import Analysis, Mention
from .dates import DateValue
from .entities.heads import guess_mission_kind
from .records import (
    AgencyRecord,
    AgreementRecord,
    DocumentRecord,
    Event,
    Evidence,
    MissionAgency,
    MissionRecord,
    Person,
    Signatory,
    contract_block,
    normalise_name,
    sort_key,
)
from .relations.facts import (
    AgreementFact,
    EventFact,
    Fact,
    OfficialFact,
    ParticipationFact,
    PartOfFact,
    Span,
    StatusFact,
)
from .relations.missions.knowledge import INSTRUMENT_PATTERNS

ROLE_RANK = {"lead": 0, "partner": 1, "contributor": 2}
STATUS_RANK = {"signed": 0, "planned": 1, "ongoing": 2}


def _ev(analysis: Analysis, span: Span | Mention) -> Evidence:
    block = contract_block(span.block if isinstance(span.block, str) else span.block.kind)
    return Evidence(span.start, span.end, analysis.text[span.start : span.end], span.lang, block)


def mission_name(analysis: Analysis, mission_id: str, mentions: list[Mention]) -> str:
    """The record name: the KB canonical name, whatever form the article writes.

    "Kounotori", "LOP-G" and "International Space Station" are written "HTV", "Gateway" and "ISS", so
    one mission has one name in every article and language (the contract's key). A mission the KB
    lacks keeps the name the article gives it.
    """
    entry = analysis.kb.missions.get(mission_id)
    if entry is not None:
        return entry.canonical_name
    if mentions and mentions[0].name:
        return mentions[0].name
    return mentions[0].text if mentions else mission_id


def _mission_kind(analysis: Analysis, mission_id: str, mentions: list[Mention]) -> str | None:
    entry = analysis.kb.missions.get(mission_id)
    if entry is not None:
        return entry.kind
    if mission_id.startswith("family:"):
        stem = re.sub(r"\d+$", "", mission_id.split(":", 1)[1])
        family = analysis.kb.families.get(stem)
        return family.kind if family else "spacecraft"
    if any(m.via in INSTRUMENT_PATTERNS for m in mentions):
        return "instrument"  # "three instruments, HIFI, PACS and SPIRE", "l'imageur ... OCM-3"
    long_form = analysis.abbreviations.get(mentions[0].name or "", "") if mentions else ""
    return guess_mission_kind(long_form)


def build_records(analysis: Analysis, facts: Iterable[Fact]) -> list[dict[str, Any]]:
    """All records of one document, sorted by the contract's order."""
    facts = list(facts)
    records: list[dict[str, Any]] = [_document(analysis).to_dict()]
    records += [r.to_dict() for r in _agencies(analysis, facts)]
    missions, names = _missions(analysis, facts)
    records += [m.to_dict() for m in missions]
    records += [a.to_dict() for a in _agreements(analysis, facts, names)]
    return sorted(records, key=sort_key)


def _document(analysis: Analysis) -> DocumentRecord:
    seg = analysis.segmentation
    title = seg.title
    supported = ("en", "fr")
    evidence = []
    if title and title.lang in supported:
        evidence = [Evidence(title.start, title.end, title.text, title.lang, "title")]
    languages = sorted({b.lang for b in seg.blocks if b.kind in ("title", "body", "caption") and b.lang in supported})
    extra: dict[str, Any] = {}
    if analysis.article_date is not None and analysis.article_date.iso:
        extra["date"] = analysis.article_date.iso
    return DocumentRecord(analysis.doc_id, title.text if title else None, languages, seg.captions, evidence, extra,
                          published=analysis.published)


def _agencies(analysis: Analysis, facts: list[Fact]) -> list[AgencyRecord]:
    by_id: OrderedDict[str, AgencyRecord] = OrderedDict()
    for mention in analysis.mentions("AGENCY"):
        if mention.block.kind == "credit":
            continue
        for agency_id in mention.ids:
            record = by_id.get(agency_id)
            if record is None:
                entry = analysis.kb.agencies.get(agency_id)
                record = AgencyRecord(analysis.doc_id, agency_id, entry.canonical_name if entry else
                                      analysis.abbreviations.get(agency_id, agency_id),
                                      entry.country if entry else None)
                by_id[agency_id] = record
            if mention.text not in record.mentions:
                record.mentions.append(mention.text)
            record.evidence.append(_ev(analysis, mention))
    for fact in facts:
        if isinstance(fact, OfficialFact) and fact.agency_id in by_id:
            record = by_id[fact.agency_id]
            if all(normalise_name(p.name) != normalise_name(fact.name) for p in record.people):
                record.people.append(Person(fact.name, fact.role))
            record.evidence.extend(_ev(analysis, s) for s in fact.evidence)
    return list(by_id.values())


def _missions(analysis: Analysis, facts: list[Fact]) -> tuple[list[MissionRecord], dict[str, str]]:
    """The mission records of one document, and ``mission id -> record name`` (agreement subjects use it)."""
    mentions: OrderedDict[str, list[Mention]] = OrderedDict()
    for mention in analysis.mentions("MISSION"):
        if mention.block.kind != "credit":
            mentions.setdefault(mention.id, []).append(mention)
    names = {mission_id: mission_name(analysis, mission_id, found) for mission_id, found in mentions.items()}
    records: dict[str, MissionRecord] = {}
    for mission_id, found in mentions.items():
        entry = analysis.kb.missions.get(mission_id)
        record = MissionRecord(analysis.doc_id, names[mission_id], _mission_kind(analysis, mission_id, found),
                               target=entry.target if entry else None)
        record.evidence = [_ev(analysis, m) for m in found]
        records[mission_id] = record
    _mission_roles(analysis, records, facts)
    for fact in facts:
        if isinstance(fact, PartOfFact) and fact.mission in records and fact.parent in names:
            record = records[fact.mission]
            record.part_of = record.part_of or names[fact.parent]
            if record.target is None:
                record.target = records[fact.parent].target
        elif isinstance(fact, EventFact) and fact.mission in records:
            _add_event(records[fact.mission], _event(fact.event, fact.date))
        elif isinstance(fact, StatusFact) and fact.mission in records:
            records[fact.mission].status = records[fact.mission].status or fact.status
    return _fold_same_name(analysis, records), names


def _fold_same_name(analysis: Analysis, records: dict[str, MissionRecord]) -> list[MissionRecord]:
    """One record per contract key (the normalised name): two mission ids that end with one name are one record.

    A knowledge-base mission and a name the text marks ("the Soyuz" launcher and a "Soyuz" spacecraft family the
    text names) can both be written under one canonical name; the contract's id is made from the name, so two
    records would share an id. The knowledge-base record (else the first found) keeps its kind and takes the other's
    agencies (best role each), events, evidence, and any part_of, target or status it lacks.
    """
    order = sorted(records, key=lambda mission_id: mission_id not in analysis.kb.missions)
    kept: dict[str, MissionRecord] = {}
    for mission_id in order:
        record = records[mission_id]
        key = normalise_name(record.name)
        if key not in kept:
            kept[key] = record
            continue
        target = kept[key]
        roles = {a.agency_id: a.role for a in target.agencies}
        for agency in record.agencies:
            _keep_best_role(roles, agency.agency_id, agency.role)
        target.agencies = _ranked_agencies(roles)
        for event in record.events:
            _add_event(target, event)
        target.evidence.extend(record.evidence)
        target.part_of = target.part_of or (record.part_of if normalise_name(record.part_of or "") != key else None)
        target.target = target.target or record.target
        target.status = target.status or record.status
        for name, value in record.extra.items():
            target.extra.setdefault(name, value)
    survivors = {id(r) for r in kept.values()}
    return [r for r in records.values() if id(r) in survivors]


def _mission_roles(analysis: Analysis, records: dict[str, MissionRecord], facts: list[Fact]) -> None:
    """Each record's agencies: the best-ranked role of every named agency a participation fact gives."""
    roles: dict[str, dict[str, str]] = {}
    stated: dict[str, set[tuple[str, str]]] = {}  # (agency, role) the text states without a KB default
    defaults: dict[str, set[tuple[str, str]]] = {}
    named_agencies = analysis.agency_ids_named()
    # a role the text states wins over the knowledge base's default for the same agency ("ISRO is working
    # with NASA on NISAR" makes NASA a partner, though the KB has NASA lead)
    text_stated = {(f.mission, f.agency_id) for f in facts
                   if isinstance(f, ParticipationFact) and "KB default" not in (f.reason or "")}
    for fact in facts:
        if not isinstance(fact, ParticipationFact) or fact.mission not in records:
            continue
        kb_default = "KB default" in (fact.reason or "")
        if kb_default and (fact.mission, fact.agency_id) in text_stated:
            continue
        if not fact.agency_id.startswith("country:") and fact.agency_id in named_agencies:
            _keep_best_role(roles.setdefault(fact.mission, {}), fact.agency_id, fact.role)
            (defaults if kb_default else stated).setdefault(fact.mission, set()).add((fact.agency_id, fact.role))
    for mission_id, record in records.items():
        assigned = roles.get(mission_id, {})
        record.agencies = _ranked_agencies(assigned)
        # say where a role is the knowledge base's default rather than a statement of the text
        from_kb = sorted(f"{r} {a}" for a, r in assigned.items()
                         if (a, r) in defaults.get(mission_id, set()) and (a, r) not in stated.get(mission_id, set()))
        if from_kb:
            record.extra["reason"] = ("knowledge-base default role, the article names the agency with the mission: "
                                      + ", ".join(from_kb))


def _keep_best_role(roles: dict[str, str], agency_id: str, role: str) -> None:
    """Record ``role`` for ``agency_id`` unless the agency already has a better-ranked one."""
    current = roles.get(agency_id)
    if current is None or ROLE_RANK[role] < ROLE_RANK[current]:
        roles[agency_id] = role


def _ranked_agencies(roles: dict[str, str]) -> list[MissionAgency]:
    """A record's agencies in the contract's order: by role rank, then agency id."""
    return sorted((MissionAgency(a, r) for a, r in roles.items()), key=lambda x: (ROLE_RANK[x.role], x.agency_id))


def _event(name: str, date: DateValue | None) -> Event:
    """A record event from a fact's event name and date (undated while the date has no year)."""
    iso = date.iso if date else None
    return Event(name, iso, date.precision if date and iso else None)


def _add_event(record: MissionRecord, event: Event) -> None:
    """Add ``event`` once: a dated event replaces the same undated one, an undated one never joins a dated one.

    The same event told with a coarse and a fine date ("launched in December 2013" and "lifted off on 1 December
    2013") is one event with the fine date: a date that another of the same event refines ("2013-12" in
    "2013-12-01") is dropped.
    """
    if any(e.event == event.event and e.date == event.date for e in record.events):
        return
    if event.date is None and any(e.event == event.event for e in record.events):
        return  # a dated event already says more
    if any(e.event == event.event and e.date and e.date.startswith(event.date + "-") for e in record.events):
        return  # a finer date of the same event is already there
    record.events = [e for e in record.events if not (e.event == event.event and (
        e.date is None or event.date.startswith(e.date + "-")))]
    record.events.append(event)
    record.events.sort(key=lambda e: (e.date or "", e.event))


def _subject_name(analysis: Analysis, subject: str | None, names: dict[str, str]) -> str | None:
    if subject is None:
        return None
    if subject.startswith("phrase:"):  # a short noun phrase the text gives as the topic
        return subject.split(":", 1)[1]
    if subject.startswith("treaty:"):
        treaty = analysis.kb.treaties.get(subject.split(":", 1)[1])
        return treaty.canonical_name if treaty else None
    return names.get(subject)


def _compatible(record: AgreementRecord, fact: AgreementFact, subject: str | None, date: DateValue | None) -> bool:
    if tuple(sorted(record.parties)) != fact.parties:
        return False
    if (record.kind == "cooperation") != (fact.kind == "cooperation"):
        return False
    if record.kind != fact.kind and "agreement" not in (record.kind, fact.kind):
        return False
    if subject and record.subject and normalise_name(subject) != normalise_name(record.subject) and not (
            _headline_restatement(record, fact, date)):
        return False
    iso = date.iso if date else None
    # a headline's or a caption's coarser date ("in 2014", "at IAC 2025") is the body's finer one (30 September
    # 2014); in the body they are two
    headline = all(e.block in ("title", "caption") for e in fact.evidence) or all(
        e.block in ("title", "caption") for e in record.evidence)
    return not (iso and record.date and iso != record.date and not (headline and _same_date(iso, record.date)))


def _same_date(one: str, other: str) -> bool:
    """Two dates of one signing: equal, or one the other at a coarser precision ("2014" and "2014-09-30")."""
    return one == other or one.startswith(other + "-") or other.startswith(one + "-")


def _headline_restatement(record: AgreementRecord, fact: AgreementFact, date: DateValue | None) -> bool:
    """True when an undated signing told only by the headline restates the body's dated one.

    The same parties' signing, whatever mission the headline names around it ("X signs with NASA as
    Danuri keeps mapping the Moon"), is one agreement with the body's subject.
    """
    return (date is None and bool(record.date) and bool(fact.evidence)
            and all(e.block == "title" for e in fact.evidence))


def _recalled_apart(record_recalled: bool, record_date: str | None, fact_recalled: bool,
                    fact_date: DateValue | None) -> bool:
    """True when one side is an earlier, dated agreement the article recalls and the other is not it."""
    if record_recalled == fact_recalled:
        return False
    if fact_date is not None and record_date and fact_date.iso and _same_date(record_date, fact_date.iso):
        return False
    return bool(record_date) if record_recalled else fact_date is not None


def _add_signatories(record: AgreementRecord, fact: AgreementFact) -> None:
    """Add the fact's signatories to the record once each (by normalised name); a known agency fills a null one."""
    for signatory in fact.signatories:
        if all(normalise_name(s.name) != normalise_name(signatory.name) for s in record.signatories):
            record.signatories.append(Signatory(signatory.name, signatory.agency_id))
        elif signatory.agency_id:
            for s in record.signatories:
                if normalise_name(s.name) == normalise_name(signatory.name) and s.agency_id is None:
                    s.agency_id = signatory.agency_id


def _agreements(analysis: Analysis, facts: list[Fact], names: dict[str, str]) -> list[AgreementRecord]:
    found = [f for f in facts if isinstance(f, AgreementFact)]
    # dated facts first, so an undated mention joins the agreement it can only be part of
    found.sort(key=lambda f: (f.date is None or f.date.iso is None, f.evidence[0].start if f.evidence else 0))
    records: list[AgreementRecord] = []
    recalled: dict[int, bool] = {}
    items: dict[int, int | None] = {}  # "two agreements: one on X, the other on Y" stay apart
    for fact in found:
        subject = _subject_name(analysis, fact.subject, names)
        date = fact.date if fact.date and fact.date.iso else None
        # an earlier agreement the article recalls with its own date stays its own record
        headline = bool(fact.evidence) and all(e.block == "title" for e in fact.evidence)
        candidates = [r for r in records if _compatible(r, fact, subject, date)
                      and (not _recalled_apart(recalled[id(r)], r.date, fact.recalled, date) or (
                          headline and subject and r.subject and normalise_name(r.subject) == normalise_name(subject)))
                      and (items[id(r)] is None or fact.item is None or items[id(r)] == fact.item)]
        # a headline restating one of several agreements joins the one about its own subject, even a recalled one
        target = next((r for r in candidates if subject and r.subject
                       and normalise_name(r.subject) == normalise_name(subject)), None) or next(iter(candidates), None)
        if target is None:
            target = AgreementRecord(analysis.doc_id, fact.kind, list(fact.parties), status=fact.status)
            recalled[id(target)] = fact.recalled
            items[id(target)] = fact.item
            records.append(target)
        elif items[id(target)] is None:
            items[id(target)] = fact.item
        if target.kind == "agreement" and fact.kind != "agreement":
            target.kind = fact.kind
        target.subject = target.subject or subject
        if date and (not target.date or (date.iso or "").startswith(target.date + "-")):
            target.date, target.date_precision = date.iso, date.precision  # the finer date of the same signing
        if STATUS_RANK[fact.status] < STATUS_RANK[target.status]:
            target.status = fact.status
        # "signed two agreements: one on X, the other on Y. A and B signed both documents": a sentence that
        # restates the signing of a listing (no item of its own) gives its signers to every listed document
        listed = [r for r in records if r is not target and items[id(r)] is not None and items[id(target)] is not None
                  and _compatible(r, fact, subject, date)] if fact.item is None else []
        for signed in (target, *listed):
            _add_signatories(signed, fact)
        target.evidence.extend(_ev(analysis, s) for s in fact.evidence)
    return _fold_same_key(records)


def _fold_same_key(records: list[AgreementRecord]) -> list[AgreementRecord]:
    """One record per contract key (sorted parties, normalised subject, date): the key is the record's identity.

    A cooperation the text states about the same parties and subject as a signed document ("X and Y signed an
    arrangement for mission M ... For M, X is to provide an instrument") is that document's content, so the
    document keeps the key and takes the cooperation's evidence; of two documents, the first found stays.
    """
    kept: dict[tuple[str, ...], AgreementRecord] = {}
    for record in sorted(records, key=lambda r: (r.kind == "cooperation", STATUS_RANK[r.status])):
        key = tuple(record.key())
        if key not in kept:
            kept[key] = record
            continue
        kept[key].evidence.extend(record.evidence)
        for signatory in record.signatories:
            if all(normalise_name(s.name) != normalise_name(signatory.name) for s in kept[key].signatories):
                kept[key].signatories.append(signatory)
    survivors = {id(r) for r in kept.values()}
    return [r for r in records if id(r) in survivors]
