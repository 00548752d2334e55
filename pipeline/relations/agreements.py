"""Signing events: one per agreement trigger that reports a signing, its slots filled from the article.

A trigger is a ``DOCUMENT`` noun, a ``SIGN`` verb or noun, or (next to a treaty mention) an
``ACCORDS_JOIN`` verb, as the ``spacerec_agreement_cues`` component marked it. Modifiers that
reach the trigger decide whether it is a new signing at all: negation, hopes, talks, a
hypothesis, a reference ("under the agreement"), a background list ("already signed by A, B
and C") give nothing; a future or plan gives ``planned``; a recalled earlier agreement
("had already signed an MoU in 2011") stays its own record. The slots (parties, date,
signatories, subject) come from ``agreement_slots``, each from ordered strategies with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis import Analysis, Mention, Sentence
from ..records import normalise_name
from .agreement_context import modified, overlaps
from .agreement_slots import Slots, fill_slots
from .common import country_agency, evidence
from .cooperation import cooperation_facts, instrument_cooperations
from .facts import AgreementFact, OfficialFact

ACCORDS_TREATY = "artemis_accords"

__all__ = ["find_agreements", "instrument_cooperations", "Trigger", "SigningEvent", "signing_status"]


@dataclass
class Trigger:
    """An agreement trigger in document offsets."""

    start: int
    end: int
    kind: str | None  # the agreement kind a DOCUMENT names
    signing: bool
    text: str
    needs_document: bool = False


@dataclass
class SigningEvent:
    """A signing reported by one sentence; ``slots`` are filled from the whole article."""

    sentence: Sentence
    anchor: Trigger
    triggers: list[Trigger]
    treaties: list[Mention]
    status: str
    recalled: bool = False
    slots: Slots = field(default_factory=Slots)


def find_agreements(analysis: Analysis, officials: list[OfficialFact]) -> list[AgreementFact]:
    """Agreement facts of the article: signing events, then stated cooperations of sentences without one."""
    person_agency = {normalise_name(o.name): o.agency_id for o in officials}
    facts: list[AgreementFact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        event = signing_event(analysis, sentence)
        signed = _facts(analysis, event, person_agency) if event else []
        facts += signed
        if not signed:
            facts += cooperation_facts(analysis, sentence)
    _resolve_accords_sides(analysis, facts)
    return _drop_summaries(facts)


def triggers_of(sentence: Sentence) -> tuple[list[Trigger], list[Mention]]:
    """The sentence's triggers (never inside a linked mention) and its treaty mentions."""
    treaties = [m for m in sentence.mentions if m.label == "TREATY"]
    taken = [(m.start, m.end) for m in sentence.mentions]
    found: list[Trigger] = []
    for cue in sentence.cues_of("DOCUMENT", "SIGN"):
        if overlaps(cue.start, cue.end, taken):
            continue
        found.append(Trigger(cue.start, cue.end, cue.rule.kind, cue.category == "SIGN", cue.text,
                             cue.rule.needs_document))
    if treaties:
        for cue in sentence.cues_of("ACCORDS_JOIN"):
            if not any(t.start == cue.start for t in found) and not overlaps(cue.start, cue.end, taken):
                found.append(Trigger(cue.start, cue.end, None, True, cue.text))
    return sorted(found, key=lambda t: (t.start, t.end)), treaties


def signing_status(sentence: Sentence, triggers: list[Trigger]) -> str | None:
    """``signed``, ``planned``, or None when the sentence reports no new signing."""
    anchor = next((t for t in triggers if t.signing), triggers[0])

    def has(category: str) -> bool:
        return bool(modified(sentence, category, anchor.start, anchor.end))

    if has("NEGATION") or has("HOPE") or has("BACKGROUND") or has("MEMBERSHIP"):
        return None
    signing = [t for t in triggers if t.signing]
    if not signing and any(_referenced(sentence, t) for t in triggers if t.kind):
        return None
    if has("FUTURE"):
        return "planned"
    if signing:
        return "signed"
    # a document named without a signing: an existing agreement unless talks or a hypothesis surround it;
    # a headline naming a document ("X vise un accord avec Y") reports no signing by itself
    if has("TALKS") or has("HYPOTHETICAL") or sentence.block.kind == "title":
        return None
    return "signed"


def _referenced(sentence: Sentence, trigger: Trigger) -> bool:
    """"under the agreement", "dans le cadre de l'accord": a reference cue just before the document."""
    for cue in sentence.cues_of("REFERENCE"):
        between = sentence.text[cue.end - sentence.start : trigger.start - sentence.start].strip().lower()
        if cue.end <= trigger.start and between in ("", "l'", "l’", "la", "le", "les", "the", "an", "a"):
            return True
    return False


def signing_event(analysis: Analysis, sentence: Sentence) -> SigningEvent | None:
    """The signing the sentence reports, or None (no trigger, a weak verb alone, or not a new signing)."""
    triggers, treaties = triggers_of(sentence)
    if not triggers:
        return None
    named_document = any(t.kind for t in triggers) or bool(treaties)
    # "Both agencies welcomed the signing": the signing reported before, not a new one
    anaphora = sentence.cues_of("SIGNING_ANAPHORA")
    if not named_document and all(any(a.start <= t.start and t.end <= a.end for a in anaphora) for t in triggers):
        return None
    # "reached", "struck": a signing only when the sentence names what was reached ("reached Mars orbit" is not)
    if not named_document and all(t.needs_document for t in triggers if t.signing):
        return None
    status = signing_status(sentence, triggers)
    if status is None:
        return None
    anchor = next((t for t in triggers if t.signing), triggers[0])
    recalled = bool(modified(sentence, "RECALL", anchor.start, anchor.end))
    return SigningEvent(sentence, anchor, triggers, treaties, status, recalled)


def _facts(analysis: Analysis, event: SigningEvent, person_agency: dict[str, str]) -> list[AgreementFact]:
    fill_slots(analysis, event, person_agency)
    slots = event.slots
    accords = [t for t in slots.treaties if t.id == ACCORDS_TREATY]
    if accords and any(t.signing for t in event.triggers):
        return _accords_facts(analysis, event)
    if len(slots.parties) < 2:
        return []
    kind = _kind(event.triggers, event.anchor) or slots.inherited_kind or "agreement"
    reasons = "; ".join(f"{name}: {why}" for name, why in slots.reasons.items())
    return [AgreementFact(kind, tuple(sorted(slots.parties)), slots.subject, slots.date, event.status,
                          slots.signatories, evidence=[evidence(event.sentence)],
                          reason=f"trigger '{event.anchor.text}'" + (f" ({reasons})" if reasons else ""),
                          recalled=event.recalled)]


def _kind(triggers: list[Trigger], anchor: Trigger) -> str | None:
    kinds = [t for t in triggers if t.kind]
    if not kinds:
        return None
    # the document nearest the signing; a specific kind wins over the generic "agreement"
    kinds.sort(key=lambda t: (t.kind == "agreement", abs(t.start - anchor.start)))
    return kinds[0].kind


def _accords_facts(analysis: Analysis, event: SigningEvent) -> list[AgreementFact]:
    """One accords record per signing side, plus NASA when the article names it.

    A side is the government (``country:XX``) unless an agency is named as signing; the
    document-level pass turns a country into its agency when that agency's head signs.
    """
    named = analysis.agency_ids_named()
    slots = event.slots
    sides: list[str] = []
    for value in slots.accords_sides:
        if value in ("NASA", "country:US") or value in sides:
            continue
        if value in analysis.kb.agencies and analysis.kb.agencies[value].country is None:
            continue  # an intergovernmental agency does not sign the Accords
        if value in analysis.kb.agencies and analysis.kb.agencies[value].country in slots.governments:
            continue  # a minister signs: the government is the side, not its agency
        sides.append(value)
    for code in sorted(slots.governments - {"US"}):
        if f"country:{code}" not in sides:
            sides.append(f"country:{code}")
    facts = []
    for side in sides:
        members = {side, "NASA"} if "NASA" in named else {side}
        own = slots.signatories
        if len(sides) > 1:
            # NASA's signer is on every record NASA is a party of
            own = [s for s in slots.signatories if _signatory_side(s) in (side, None) or _signatory_side(s) in members]
        facts.append(AgreementFact("accords", tuple(sorted(members)), f"treaty:{ACCORDS_TREATY}", slots.date,
                                   event.status, own, evidence=[evidence(event.sentence)],
                                   reason="signing of the Artemis Accords"))
    return facts


def _signatory_side(signatory) -> str | None:
    if signatory.government_country:
        return f"country:{signatory.government_country}"
    return signatory.agency_id


def _resolve_accords_sides(analysis: Analysis, facts: list[AgreementFact]) -> None:
    """An Artemis Accords side is its government, unless the article has the country's agency head sign.

    Decided over the whole article, since the title ("India joins the Artemis Accords") and the
    sentence naming the signatory are usually different sentences.
    """
    accords = [f for f in facts if f.kind == "accords"]
    agency_signers = {s.agency_id for f in accords for s in f.signatories if s.agency_id} | {
        p for f in accords for p in f.parties if p in analysis.kb.agencies and p != "NASA"}
    government_signers = {s.government_country for f in accords for s in f.signatories if s.government_country}
    for fact in accords:
        parties = []
        for party in fact.parties:
            if party.startswith("country:"):
                code = party.split(":", 1)[1]
                agency = country_agency(analysis, party)
                if agency and agency in agency_signers and code not in government_signers:
                    party = agency
            elif party in analysis.kb.agencies and party != "NASA":
                country = analysis.kb.agencies[party].country
                if country and party not in agency_signers and country in government_signers:
                    party = f"country:{country}"
            parties.append(party)
        fact.parties = tuple(sorted(set(parties)))


def _drop_summaries(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A summary sentence restating several signings ("signed agreements with Italy and Spain", then one
    sentence per signing) adds no multi-party record: drop a fact of three or more parties whose parties
    are all covered by two or more smaller facts of the article that share a party with it."""
    kept = []
    for fact in facts:
        if len(fact.parties) >= 3 and fact.kind != "accords":
            parts = [f for f in facts if f is not fact and 2 <= len(f.parties) < len(fact.parties)
                     and set(f.parties) <= set(fact.parties)]
            if len(parts) >= 2 and set().union(*(f.parties for f in parts)) == set(fact.parties):
                continue
        kept.append(fact)
    return kept
