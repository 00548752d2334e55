"""Slots of a signing event, each filled by an ordered list of small strategies.

A strategy reads one place of the article (the trigger's clause, the sentence before, the
next sentence, a "Signers" block, a caption, the article's own date) and returns a value
and a ``reason``, or None to let the next strategy try. ``fill_slots`` runs them in order
and keeps the reasons, which end up in the fact's ``reason``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..analysis import Analysis, DateMention, Mention, Sentence
from ..dates import DateValue
from .agreement_context import (
    PARTY_RULES,
    RELATIVE,
    announcement_date,
    at_mission,
    clause_of,
    denied,
    founded_body,
    in_bystander_clause,
    modified,
    negated_clauses,
    of_origin,
    relevant,
    same_signing,
)
from .agreement_signers import (
    same_signers,
    signatories_by_title,
    signatories_in_caption,
    signatories_in_clause,
    signatories_in_next_sentence,
    signatories_in_signers_block,
    signatories_of_previous_signing,
    signer_key,
    unnamed_post_governments,
)
from .agreement_topic import french_topic_after, topic_connectors, topic_phrase
from .common import agencies_of, country_agency, evidence
from .facts import SignatoryFact
from .lexicon import load_rules, phrase_regex
from .missions import INSTRUMENT_PATTERNS, kb_mission
from .officials import role_lexicon

if TYPE_CHECKING:
    from .agreements import SigningEvent

ACCORDS_TREATY = "artemis_accords"


@dataclass
class Slots:
    """What a signing event has read so far, slot by slot, and why (``reasons``), before it becomes a fact."""
    parties: list[str] = field(default_factory=list)
    governments: set[str] = field(default_factory=set)  # country codes whose government signs
    signatories: list[SignatoryFact] = field(default_factory=list)
    date: DateValue | None = None
    subject: str | None = None
    treaties: list[Mention] = field(default_factory=list)
    inherited_kind: str | None = None
    accords_sides: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)


def fill_slots(analysis: Analysis, event: SigningEvent, person_agency: dict[str, str]) -> None:
    """Fill ``event.slots`` in dependency order: document, signatories, parties, date, subject."""
    slots = event.slots
    slots.treaties = event.treaties
    if not event.treaties and not any(t.kind for t in event.triggers):
        slots.treaties, slots.inherited_kind = referred_document(analysis, event.sentence)
        if event.others_from is not None and not slots.treaties and slots.inherited_kind is None:
            slots.treaties = compared_treaty(analysis, event.sentence)
    _signatories_of_this_signing(analysis, event, person_agency)
    if _government_document(event.sentence):
        slots.governments |= {m.ids[0].split(":", 1)[1] for m in event.sentence.mentions if m.label == "COUNTRY"}
    slots.governments |= governments_by_adjective(analysis, event.sentence)
    slots.governments |= unnamed_post_governments(analysis, event)
    slots.accords_sides = accords_sides(analysis, event) or pronoun_accords_side(analysis, event)
    if not slots.signatories:
        found = signatories_of_previous_signing(analysis, event, person_agency)
        if found is not None:
            slots.signatories, _, slots.reasons["signatories"] = found
    if not slots.signatories and any(c.rule.signers for c in event.sentence.cues_of("PLURAL_PARTIES")):
        same_signers(analysis, event, person_agency)
    _drop_name_countries(event.sentence, slots)
    slots.parties = parties_in_clause(analysis, event)
    if len(slots.parties) < 2:
        slots.parties, why = parties_from_context(analysis, event.sentence, slots.parties,
                                                  any(t.signing for t in event.triggers))
        if why:
            slots.reasons["parties"] = why
    _compound_sides(analysis, event)
    pronoun_side(analysis, event)
    document_side(analysis, event)
    _agency_heads_sides(analysis, slots)
    _signer_of_remaining_party(analysis, slots)
    from .agreement_dates import date_of_meeting_before, date_of_section  # they read this module's clause helpers

    strategies = (date_in_clause, year_after_previous, date_of_occasion, date_of_news_day,
                  date_of_present_signing, date_of_restatement, date_of_meeting_before, date_of_section)
    if event.others_from is not None:
        strategies = (date_of_other_signings,)  # the other sides' signings keep their own date, or none
    for date_strategy in strategies:
        found_date = date_strategy(analysis, event)
        if found_date is not None:
            slots.date, slots.reasons["date"] = found_date
            break
    slots.subject = subject_of(analysis, event)


def _agency_heads_sides(analysis: Analysis, slots: Slots) -> None:
    """A government side whose signer is its space agency's official is that agency (each side on its own).

    "le gouvernement italien et celui des États-Unis ont adopté une déclaration ... L'administrateur de la NASA, X,
    a apposé sa signature": the US side is NASA, the Italian side (signed by a minister) stays ``country:IT``.
    """
    if any(t.id == ACCORDS_TREATY for t in slots.treaties):
        return  # the Accords' sides are decided over the whole article
    for number, party in enumerate(slots.parties):
        if not party.startswith("country:"):
            continue
        code = party.split(":", 1)[1]
        if any(s.government_country == code for s in slots.signatories):
            continue
        heads = {s.agency_id for s in slots.signatories if s.agency_id in analysis.kb.agencies
                 and analysis.kb.agencies[s.agency_id].country == code}
        if len(heads) == 1 and next(iter(heads)) not in slots.parties:
            slots.parties[number] = heads.pop()
            slots.governments.discard(code)
            slots.reasons["parties"] = f"the official of {slots.parties[number]} signs for {party}"


def _signer_of_remaining_party(analysis: Analysis, slots: Slots) -> None:
    """The one signer whose post names no agency signs for the one agency party no other signer stands for.

    "Pour le centre émirien, le document porte la signature de son directeur général, X. Côté chinois, c'est
    l'administrateur adjoint de la CNSA, Y, qui a signé" between MBRSC and CNSA: X is MBRSC's. Only between two
    agencies, with every other signer's agency a party.
    """
    agencies = [p for p in slots.parties if p in analysis.kb.agencies]
    if len(slots.parties) != 2 or len(agencies) != 2 or slots.governments:
        return
    unplaced = [s for s in slots.signatories if s.agency_id is None and s.government_country is None and not s.proxy]
    placed = {s.agency_id for s in slots.signatories if s.agency_id}
    remaining = [a for a in agencies if a not in placed]
    if len(unplaced) == 1 and len(remaining) == 1 and placed and placed <= set(agencies) and _has_post(
            analysis, unplaced[0].name):
        unplaced[0].agency_id = remaining[0]
        why = slots.reasons.get("signatories", "")
        slots.reasons["signatories"] = why + "; the other signer's side is the party left"


_POST_BEFORE = 80  # characters


def _has_post(analysis: Analysis, name: str) -> bool:
    """True when a role word stands just before the name somewhere in the article ("son directeur général, X")."""
    start = analysis.text.find(name)
    while start >= 0:
        sentence = next((s for s in analysis.sentences if s.start <= start < s.end), None)
        if sentence is not None:
            before = analysis.text[max(sentence.start, start - _POST_BEFORE) : start]
            if phrase_regex(role_lexicon(sentence.lang)).search(before):
                return True
        start = analysis.text.find(name, start + 1)
    return False


def _signatories_of_this_signing(analysis: Analysis, event: SigningEvent, person_agency: dict[str, str]) -> None:
    """Add to ``event.slots`` the signatories (and their governments) every strategy finds for this signing.

    The clause and the next sentence always; the article's Signers block and caption too when the
    signing is the article's own.
    """
    slots = event.slots
    strategies = [signatories_in_clause, signatories_in_next_sentence]
    if not event.sentence.cues_of("BACKGROUND") and not event.recalled and not _dated_elsewhen(analysis, event):
        # the article's "Signers" block and signing caption are about its own signing, not a listed one
        strategies += [signatories_in_signers_block, signatories_in_caption, signatories_by_title]
    for strategy in strategies:
        found = strategy(analysis, event, person_agency)
        if found is not None:
            signatories, governments, reason = found
            slots.governments |= governments
            known = {signer_key(s.name) for s in slots.signatories}
            slots.signatories += [s for s in signatories if signer_key(s.name) not in known]
            slots.reasons.setdefault("signatories", reason)


def _drop_name_countries(sentence: Sentence, slots: Slots) -> None:
    """A country read only inside a person's name is no government of the signing.

    "en présence du président de la République, François Hollande": for a country read only inside a person's name
    ("Hollande"), neither the slot nor a signatory keeps it.
    """
    inside = {m.ids[0].split(":", 1)[1] for m in sentence.mentions if m.label == "COUNTRY" and in_person(sentence, m)}
    named = {m.ids[0].split(":", 1)[1] for m in sentence.mentions
             if m.label == "COUNTRY" and not in_person(sentence, m)}
    bogus = inside - named
    if not bogus:
        return
    slots.governments -= bogus
    for signatory in slots.signatories:
        if signatory.government_country in bogus:
            signatory.government_country = None


# ---- the signed document ----------------------------------------------------------------


def _dated_elsewhen(analysis: Analysis, event: SigningEvent) -> bool:
    """True when the signing sentence dates itself in another year than the article.

    "In March 2013 ESA and Roscosmos signed an agreement" in a 2024 article: so it is not the signing the
    article's Signers block is about.
    """
    own = date_in_clause(analysis, event) or year_after_previous(analysis, event)
    article = analysis.article_date
    return bool(own and article and article.year and own[0].year != article.year)


def referred_document(analysis: Analysis, sentence: Sentence) -> tuple[list[Mention], str | None]:
    """The treaty or document kind of the previous sentences, for "signed the document/le texte".

    (The title counts as just before every sentence.) An anaphora's noun ("les accords") passes over a nearer treaty
    whose name lacks it for one further back that has it ("les accords" are the Artemis Accords of the title, not the
    1967 Treaty a sentence between names).
    """
    anaphora = bool(sentence.cues_of("DOCUMENT_ANAPHORA"))
    # "Italy was among the first wave of the Accords. It signed them on 13 October": a join that refers back ("signed
    # them", "became the 25th signatory") means the treaty named before, whatever that sentence said of it
    by_rank = not anaphora and any(c.rule.refers_back for c in sentence.cues_of("ACCORDS_JOIN"))
    titles = [s for s in analysis.sentences[: sentence.index] if s.block.kind == "title"]
    window = analysis.window(sentence, back=3)
    candidates = window + [t for t in titles if t not in window]
    # "les accords", "the treaty": the noun of the anaphora names the treaty it stands for
    nouns = {c.text.lower().replace("’", "'").split()[-1] for c in sentence.cues_of("DOCUMENT_ANAPHORA")}
    for distance, other in enumerate(candidates, 1):
        if other.block.kind == "title":
            distance = 1
        if other.block.kind == "credit":
            continue
        # "China has not signed the Artemis Accords", "were among the founding members of the Accords": a treaty
        # a negation or a background cue reaches is not what this sentence signed
        # "Le texte reprend le traité de l'espace de 1967": a treaty after that sentence's own anaphora is what the
        # anaphora's document refers to, not the document itself
        own_anaphora = min((c.end for c in other.cues_of("DOCUMENT_ANAPHORA")), default=other.end)
        treaties = [m for m in other.mentions if m.label == "TREATY" and (by_rank or not any(
            modified(other, category, m.start, m.end) for category in ("NEGATION", "BACKGROUND", "MEMBERSHIP")))
                    and m.start < own_anaphora]
        if treaties and anaphora and nouns and not any(n in m.text.lower() for m in treaties for n in nouns) and any(
                n in m.text.lower() for o in candidates[distance:] for m in o.mentions if m.label == "TREATY"
                for n in nouns):
            continue  # a treaty the anaphora's noun names comes further back
        if treaties and (anaphora or distance <= 2):
            return treaties, None
        if not anaphora:
            continue
        # "Il n'a pas la valeur d'un traité": a document a negation reaches is none the text refers to
        kinds = [c.rule.kind for c in other.cues_of("DOCUMENT") if not modified(other, "NEGATION", c.start, c.end)
                 and c.start < own_anaphora]
        if kinds:
            return [], kinds[0]
    return [], None


def compared_treaty(analysis: Analysis, sentence: Sentence) -> list[Mention]:
    """The treaty of the signing "the signing" stands for when it is compared with others' ("follows that of X").

    The treaty of the nearest earlier sentence reporting a signing of it (a signing or joining cue, no negation,
    background or membership cue reaching the treaty), however far back; [] when none does.
    """
    for other in reversed(analysis.sentences[: sentence.index]):
        if other.block.kind == "credit" or not other.cues_of("SIGN", "ACCORDS_JOIN"):
            continue
        treaties = [m for m in other.mentions if m.label == "TREATY" and not any(
            modified(other, category, m.start, m.end) for category in ("NEGATION", "BACKGROUND", "MEMBERSHIP"))]
        if treaties:
            return treaties
    return []


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def governments_by_adjective(analysis: Analysis, sentence: Sentence) -> set[str]:
    """Countries whose government a ``GOVERNMENT_MARKER`` names by its nationality adjective.

    "le gouvernement italien", "the Italian government" -> IT: that government is a side of the signing.
    """
    found = set()
    for cue in sentence.cues_of("GOVERNMENT_MARKER"):
        after = _WORD_AFTER.match(analysis.text, cue.end, sentence.end)
        before = _WORD_BEFORE.search(analysis.text[max(sentence.start, cue.start - 30) : cue.start])
        for word in (after.group(1) if after else None, before.group(1) if before else None):
            agency = analysis.kb.agency_for_adjective(word, sentence.lang) if word else None
            if agency is not None and agency.country:
                found.add(agency.country)
    return found


def _government_document(sentence: Sentence) -> bool:
    return bool(sentence.cues_of("GOVERNMENT_DOCUMENT", "GOVERNMENT_MARKER"))


# ---- parties ----------------------------------------------------------------------------


def accords_sides(analysis: Analysis, event: SigningEvent) -> list[str]:
    """Agencies and countries the accords sentence has taking part (filtered in ``agreements``)."""
    sentence = event.sentence
    sides: list[str] = []
    # "Brazil and Mexico are also among the signatories, and Colombia signed": a clause-scoped background
    # cue leaves the sides of its own clause out
    background = {clause_of(sentence, c.start) for c in sentence.cues_of("BACKGROUND") if c.rule.scope == "clause"}
    background |= negated_clauses(sentence, event.anchor.start, event.anchor.end)
    others = event.others_from  # "follows that of Germany": only the sides after the pronoun, each an earlier one
    for mention in relevant(analysis, sentence, event.anchor,
                            [m for m in sentence.mentions if (m.label == "AGENCY" or (
                                m.label == "COUNTRY" and not in_person(sentence, m)))
                             and not venue(analysis, sentence, m)
                             and (m.start >= others if others is not None else (
                                 (clause_of(sentence, m.start) not in background and not _earlier_side(sentence, m))
                                 or own_signing_clause(sentence, m.start) is not None))]):
        values = [mention.ids[0]] if mention.label == "COUNTRY" else list(mention.ids)
        sides += [v for v in values if v not in sides]
    return sides




def _earlier_side(sentence: Sentence, mention: Mention) -> bool:
    """A side an ``EARLIER_SIDES`` (``LATER_SIDES``) cue before it in its clause names as signing before (after) it.

    ("the fourth EU member state to sign them, after Italy, Luxembourg and Poland"; "Days after JAXA's SLIM lander
    touched down"): no side of this signing unless its own clause reports its signing ("après celle de la Grèce, qui
    a signé le 9 février", checked by the caller).
    """
    clause = clause_of(sentence, mention.start)
    cues = sentence.cues_of("EARLIER_SIDES", "LATER_SIDES")
    if any(c.start < mention.start and clause_of(sentence, c.start) == clause for c in cues):
        return True
    # "after Italy, Luxembourg and Poland": the list goes on past the commas of the clause the cue opens
    for cue in cues:
        own = clause_of(sentence, cue.start)
        if own[1] <= mention.start and _list_continues(sentence, own[1], mention.start):
            return True
    return False


def earlier_side_after(sentence: Sentence, mention: Mention, after: int) -> bool:
    """An earlier side (``_earlier_side``) whose ``EARLIER_SIDES`` cue comes after the signing word (at ``after``)."""
    return mention.start > after and any(after <= c.start < mention.start for c in sentence.cues_of(
        "EARLIER_SIDES", "LATER_SIDES")) \
        and _earlier_side(sentence, mention)


_LIST_SEP = r"\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et)\s+)(?:(?:the|la|le|les|l['’]|de|du|des|d['’])\s*)*"
# a name is capitalised words, maybe ended by one lower-case adjective ("la République tchèque"), maybe with the
# year it signed ("la Roumanie en 2006")
_LIST_REST = re.compile(
    rf"^(?:{_LIST_SEP}[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*(?:\s+[a-zà-ÿ][\w’'-]*)?"
    rf"(?:\s+(?:en|in)\s+\d{{4}})?)*{_LIST_SEP}$")


def _list_continues(sentence: Sentence, end: int, start: int) -> bool:
    """True when the text from ``end`` to ``start`` only continues a list of names ("…, Luxembourg and ")."""
    return bool(_LIST_REST.match(sentence.text[end - sentence.start : start - sentence.start]))


def signing_clauses(sentence: Sentence) -> set[tuple[int, int]]:
    """Clauses holding a signing cue that no negation reaches and no condition holds.

    ("which did not sign in 2020" and "if it signs" are none, nor "reached its halo orbit".)
    """
    clauses = {clause_of(sentence, c.start) for c in sentence.cues_of("SIGN", "ACCORDS_JOIN")
               if not denied(sentence, c.start, c.end)}
    # "reached its halo orbit": a weak verb signs only with a document or treaty named in its clause
    weak = {clause_of(sentence, c.start) for c in sentence.cues_of("SIGN") if c.rule.needs_document}
    strong = {clause_of(sentence, c.start) for c in sentence.cues_of("SIGN", "ACCORDS_JOIN")
              if not c.rule.needs_document}
    named = {clause_of(sentence, c.start) for c in sentence.cues_of("DOCUMENT")} | {
        clause_of(sentence, m.start) for m in sentence.mentions if m.label == "TREATY"}
    return {c for c in clauses if c not in weak or c in strong or c in named}


def own_signing_clause(sentence: Sentence, position: int) -> tuple[int, int] | None:
    """The clause reporting the signing of the side named at ``position``.

    Its own clause when that holds a signing cue, else the relative clause right after it ("France, which signed in
    June 2022"), else None.
    """
    signing = signing_clauses(sentence)
    clause = clause_of(sentence, position)
    if clause in signing:
        return clause
    return relative_signing_clause(sentence, clause)


def relative_signing_clause(sentence: Sentence, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The relative clause right after ``clause`` when it reports a signing, else None.

    ("Greece, which signed on 9 February").
    """
    if clause[1] >= sentence.end:
        return None
    signing = signing_clauses(sentence)
    following = clause_of(sentence, clause[1] + 1)
    text = sentence.text[following[0] - sentence.start : following[1] - sentence.start]
    return following if following in signing and RELATIVE.match(text) else None


def parties_in_clause(analysis: Analysis, event: SigningEvent) -> list[str]:
    """Agencies and countries of the signing sentence; a government signatory makes its country the party."""
    sentence, governments, signatories = event.sentence, event.slots.governments, event.slots.signatories
    parties: list[str] = []
    signing_agencies = {s.agency_id for s in signatories if s.agency_id}
    # "François Hollande" names no country; bystanders stay out when the signers already give two parties
    negated = negated_clauses(sentence, event.anchor.start, event.anchor.end)
    candidates = [m for m in sentence.mentions if (m.label == "AGENCY" or (
        m.label == "COUNTRY" and not in_person(sentence, m))) and clause_of(sentence, m.start) not in negated]
    # "it signed the ECS agreement, the third country to do so after Hungary and the Czech Republic": the sides a
    # rank after the signing names as having signed before are not its sides
    candidates = [m for m in candidates if not earlier_side_after(sentence, m, event.anchor.end)]
    # "des protocoles avec dix organisations de Serbie, de Suisse ...": where the bodies are, not sides
    candidates = [m for m in candidates if not of_origin(analysis, sentence, m)]
    # "the Convention of APSCO", "l'accord de constitution de l'ALCE": the body the document creates is no side
    candidates = [m for m in candidates if not founded_body(analysis, sentence, m)]
    places = [m for m in candidates if venue(analysis, sentence, m)]
    if len({i for m in candidates if m not in places for i in m.ids}) >= 2:
        candidates = [m for m in candidates if m not in places]
    kept = relevant(analysis, sentence, event.anchor, candidates, strict=len(signing_agencies) >= 2)
    # "la Thaïlande avait signé avec la Chine": countries signing with a government (a country whose agency
    # the article does not name) are governments, each of them
    as_governments = bool(kept) and not signing_agencies and all(m.label == "COUNTRY" for m in kept) and any(
        country_agency(analysis, m.ids[0]) is None for m in kept)
    for mention in kept:
        values = [mention.ids[0]] if as_governments else _party_values(
            analysis, mention, governments, signing_agencies, _headline(analysis, sentence))
        for value in values:
            if value not in parties:
                parties.append(value)
    parties += [f"country:{c}" for c in sorted(governments) if f"country:{c}" not in parties]
    # "... and Yamakawa signed": a signing official's agency is a party even when the sentence does not name it
    parties += [a for a in sorted(signing_agencies) if a not in parties and not a.startswith("country:")]
    return _dedupe(analysis, parties, governments)


def _headline(analysis: Analysis, sentence: Sentence) -> bool:
    """A title, a caption, or a heading line of the body ("1. L'Italie et les États-Unis signent ...")."""
    from .agreements import heading_line

    return sentence.block.kind in ("title", "caption") or heading_line(analysis, evidence(sentence))


_CITY_BEFORE = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w’'.-]*\s+){0,2}[A-ZÀ-Ý][\w’'.-]*\s*,\s*$")


def venue(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """A country named as the place of the signing: a ``VENUE`` word right before it, maybe with a city between.

    ("signed the agreement for NISAR in Toronto, Canada", "signé au Japon"): a venue, not a side.
    """
    if mention.label != "COUNTRY":
        return False
    if at_mission(analysis, sentence, mention):
        return True  # "at the US embassy": the place, whatever word comes before
    for cue in sentence.cues_of("VENUE"):
        if cue.end > mention.start:
            break
        between = analysis.text[cue.end : mention.start]
        if not between.strip() or _CITY_BEFORE.match(between):
            return True
    return False


def in_person(sentence: Sentence, mention: Mention) -> bool:
    """True when the mention lies inside a person's name the sentence gives ("Hollande" in "François Hollande").

    A person the rules found, or a longer person entity of the statistical NER. False without NER. Used for country
    mentions only (the NER may run a person entity over the agency before the name).
    """
    if any(p.start <= mention.start and mention.end <= p.end for p in sentence.persons):
        return True
    base = sentence.block.start
    return any(e.label_ in ("PER", "PERSON") and base + e.start_char <= mention.start and mention.end
               <= base + e.end_char and e.end_char - e.start_char > mention.end - mention.start
               for e in sentence.span.ents)


def _party_values(analysis: Analysis, mention: Mention, governments: set[str], signing: set[str],
                  headline: bool = False) -> list[str]:
    if mention.label == "COUNTRY":
        code = mention.ids[0].split(":", 1)[1]
        agency = country_agency(analysis, mention.ids[0])
        if code in governments or agency is None:
            return [mention.ids[0]]
        # the contract maps a country to its agency for mission participation only: a country named as a signing
        # side stays the government unless that agency's official signs ("Japan and NASA concluded an agreement
        # under which JAXA will build ..." -> [NASA, country:JP]); a headline's country is shorthand for the side the
        # body names ("Japan, France and Germany seal their rover partnership")
        return [agency] if agency in signing or (headline and not governments) else [mention.ids[0]]
    values = []
    for agency_id in mention.ids:
        country = analysis.kb.agencies[agency_id].country if agency_id in analysis.kb.agencies else None
        values.append(f"country:{country}" if country and country in governments and agency_id not in signing
                      else agency_id)
    return values


def _dedupe(analysis: Analysis, parties: list[str], governments: set[str]) -> list[str]:
    """An agency and its own country's government named together: one party (the government when it signs)."""
    kept = []
    for party in parties:
        if not party.startswith("country:") and party in analysis.kb.agencies:
            country = analysis.kb.agencies[party].country
            if country and f"country:{country}" in parties and country in governments:
                continue
        if party.startswith("country:"):
            agency = country_agency(analysis, party)
            if agency in parties and party.split(":", 1)[1] not in governments:
                continue
        kept.append(party)
    return kept


def parties_from_context(analysis: Analysis, sentence: Sentence, parties: list[str],
                         article_pair: bool = True) -> tuple[list[str], str | None]:
    """"The two agencies signed ...": the agencies (or governments) of the previous sentences of the block.

    Failing those, the only two the article names so far (``_article_pair``), unless ``article_pair`` is False (a
    document named without a signing verb: "officials on both sides presented the agreements as ...").
    """
    plural = sentence.cues_of("PLURAL_PARTIES")
    if not plural:
        return parties, None
    governments = any(c.rule.governments for c in plural)
    found = list(parties)
    if governments:  # "German-Japanese cooperation ... an agreement between the two countries"
        found += [c for c in _nationalities(analysis, sentence) if c not in found]
    for other in _context_before(analysis, sentence):
        if len(found) >= 2:
            break
        signing = other.cues_of("SIGN", "DOCUMENT")
        anchor = signing[0].start if signing else None
        for mention in other.mentions:
            if in_bystander_clause(other, mention, anchor):
                continue
            if governments:
                values = [mention.ids[0]] if mention.label == "COUNTRY" else []
            else:
                values = agencies_of(analysis, mention, countries_as="party")
            found += [v for v in values if v not in found]
    if len(found) < 2:
        earlier = parties_of_earlier_signing(analysis, sentence, governments)
        if len(earlier) >= 2:
            return earlier, f"'{plural[0].text}' refers to the parties of the article's earlier signing"
    if len(found) < 2 and article_pair and any(not c.rule.signers for c in plural):
        pair = _article_pair(analysis, sentence, found, governments)
        if pair:
            return pair, f"'{plural[0].text}': the only two parties the article names so far"
    return found, f"'{plural[0].text}' refers to the parties of the previous sentences"


def _article_pair(analysis: Analysis, sentence: Sentence, found: list[str], governments: bool) -> list[str] | None:
    """The two sides "the two countries" ("les deux pays", "both agencies") stands for when the paragraph lacks them.

    ("L'Égypte a son satellite, assemblé avec l'aide de la Chine" ... "Les gouvernements des deux pays en ont signé
    l'accord"): the countries (by name or nationality adjective) or the agencies the article names from its title
    up to the signing sentence, when they are exactly two; None otherwise (three countries named: no guess). "The two
    sides" in an article that names no agency stands for its two countries.
    """
    if not governments and not found and not any(
            m.label == "AGENCY" for other in analysis.sentences[: sentence.index + 1] for m in other.mentions):
        governments = True  # "the two sides" in an article naming no agency: its countries
    named = list(found)
    for other in analysis.sentences[: sentence.index + 1]:
        if other.block.kind == "credit":
            continue
        if governments:
            values = [c for c in _nationalities(analysis, other) if not any(
                m.label == "COUNTRY" and m.ids[0] == c and (in_person(other, m) or venue(analysis, other, m))
                for m in other.mentions)]
        else:
            values = [v for m in other.mentions if m.label == "AGENCY" for v in agencies_of(analysis, m)]
        named += [v for v in values if v not in named]
        if len(named) > 2:
            return None
    return named if len(named) == 2 else None


_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?:-([^\W\d_]+))?(?![\w-])")


def _compound_sides(analysis: Analysis, event: SigningEvent) -> None:
    """A signing that names fewer than two sides takes the countries of a compound adjective ("Sino-French")."""
    slots = event.slots
    if len(slots.parties) >= 2:
        return
    compound = [c for c in nationalities_by_compound(analysis, event.sentence) if c not in slots.parties]
    if len(set(slots.parties) | set(compound)) >= 2 and all(p.startswith("country:") for p in slots.parties):
        slots.parties = slots.parties + compound
        slots.reasons["parties"] = "the countries of a compound nationality adjective ('franco-chinoise')"


def pronoun_side(analysis: Analysis, event: SigningEvent) -> None:
    """A pronoun subject of a signing that names fewer than two sides is the side an earlier sentence names.

    ("In 1994 Poland was among the first ... to sign a cooperation agreement with ESA. In April 2007 it signed the
    ECS Agreement", "Le pays avait signé le 20 juin 2007 un premier accord de coopération avec l'ESA"): a
    ``pronoun_sides`` word of the party rules, the subject of the signing (before the trigger in its clause, the
    parse's subject where there is a parse), stands for the first agency or country of the nearest earlier sentence
    (up to four back, credits left out) that is not already a side; a country is its government. Not for the Accords
    (their sides are read per clause) nor for a pronoun standing for other sides' signings.
    """
    slots = event.slots
    sentence = event.sentence
    if len(slots.parties) >= 2 or event.others_from is not None or event.treaties or slots.treaties:
        return
    word = _subject_pronoun(sentence, event.anchor)
    if word is None:
        return
    for other in analysis.window(sentence, back=4):
        if other.block.kind == "credit":
            continue
        for mention in sorted(other.mentions, key=lambda m: m.start):
            if mention.label not in ("AGENCY", "COUNTRY") or in_person(other, mention) or venue(
                    analysis, other, mention):
                continue
            value = mention.ids[0]
            if value in slots.parties or (mention.label == "AGENCY" and analysis.kb.agencies.get(value) is not None
                                          and f"country:{analysis.kb.agencies[value].country}" in slots.parties):
                continue
            slots.parties = [*slots.parties, value]
            slots.reasons["parties"] = f"the pronoun '{word}' stands for {value}, named in an earlier sentence"
            return


def pronoun_accords_side(analysis: Analysis, event: SigningEvent) -> list[str]:
    """The country a pronoun subject of an Accords signing that names no side stands for: the sentence before's.

    ("L'Italie figurait dans la première vague des accords Artemis ... Elle les a signés le 13 octobre", "Italy was
    among the first wave of the Artemis Accords. It signed them on 13 October"): the first country other than the
    United States that the nearest earlier sentence of the same paragraph names (NASA drafts, it is no such side).
    """
    if not any(t.id == "artemis_accords" for t in event.slots.treaties or event.treaties) or event.others_from:
        return []
    if _subject_pronoun(event.sentence, event.anchor) is None:
        return []
    for other in analysis.window(event.sentence, back=2, same_block=True):
        countries = [m for m in other.mentions if m.label == "COUNTRY" and m.ids[0] != "country:US"
                     and not in_person(other, m) and not venue(analysis, other, m)]
        if countries:
            return [countries[0].ids[0]]
    return []


def _subject_pronoun(sentence: Sentence, anchor) -> str | None:
    """The ``pronoun_sides`` word that is the subject of the signing, or None.

    It lies in the trigger's clause before the trigger; with a parse, its head word must be the subject of an active
    verb (the subject of "It was signed by ..." is the document).
    """
    pronouns = phrase_regex(load_rules("parties", sentence.lang, PARTY_RULES)["pronoun_sides"])
    clause = clause_of(sentence, anchor.start)
    text = sentence.text[clause[0] - sentence.start : anchor.start - sentence.start]
    doc = sentence.span.doc
    base = sentence.block.start
    for found in pronouns.finditer(text):
        start = clause[0] + found.start()
        if not doc.has_annotation("DEP"):
            return found.group(0)
        span = doc.char_span(start - base, clause[0] + found.end() - base, alignment_mode="expand")
        # the subject of an active signing: "It was signed by ..." names the document, not a side; the small French
        # parser may leave a clause-initial "Elle" before a clitic ("Elle les a signés") as a bare "dep"
        if span is not None and (span.root.dep_ == "nsubj" or (
                span.root.dep_ == "dep" and span.root.pos_ == "PRON" and not text[: found.start()].strip())):
            return found.group(0)
    return None


def names_side_otherwise(sentence: Sentence) -> bool:
    """True when a pronoun subject of its first signing word, or a document's own name, stands for a side.

    (``pronoun_sides`` and ``document_sides`` of the party rules: "it signed", "the European Cooperating State
    agreement".)
    """
    signs = sentence.cues_of("SIGN")
    if signs and _subject_pronoun(sentence, signs[0]) is not None:
        return True
    return bool(document_side_names(sentence))


def document_side_names(sentence: Sentence) -> list[re.Match]:
    """The matches, in the sentence's text, of the ``document_sides`` names of the party rules."""
    rules = load_rules("parties", sentence.lang, PARTY_RULES)["document_sides"]
    return [m for phrases in rules.values() for m in phrase_regex(phrases).finditer(sentence.text)]


def document_side(analysis: Analysis, event: SigningEvent) -> None:
    """An agency the document's own name makes a side, when the signing names fewer than two sides.

    ("in February 2006 it signed the European Cooperating State agreement", "l'accord d'État européen coopérant"):
    the ``document_sides`` of the party rules, an agency the article names; not for the Accords.
    """
    slots = event.slots
    if len(slots.parties) >= 2 or len(slots.parties) == 0 or event.treaties or slots.treaties:
        return
    named = analysis.agency_ids_named()
    for agency, phrases in load_rules("parties", event.sentence.lang, PARTY_RULES)["document_sides"].items():
        if agency in slots.parties or agency not in named:
            continue
        found = phrase_regex(phrases).search(event.sentence.text)
        if found:
            slots.parties = [*slots.parties, agency]
            slots.reasons["parties"] = f"the document's name ('{found.group(0)}') makes {agency} a side"
            return


def nationalities_by_compound(analysis: Analysis, sentence: Sentence) -> list[str]:
    """Countries a compound nationality adjective names, in its order ("franco-chinoise" -> FR, CN).

    Every part but the last is a combining form of ``parties_<lang>.json`` ("Sino", "franco", "germano") or a
    nationality adjective of the knowledge base ("German-Japanese"); the last part is such an adjective. A compound
    whose parts are not all nationalities ("franco-allemande" yes, "Franco-era" no) names none.
    """
    forms = load_rules("parties", sentence.lang, PARTY_RULES)["combining_forms"]
    found: list[str] = []
    for match in _COMPOUND.finditer(sentence.text):
        parts = [p for p in match.groups() if p]
        codes = []
        for index, part in enumerate(parts):
            agency = analysis.kb.agency_for_adjective(part, sentence.lang)
            code = agency.country if agency is not None else None
            if code is None and index < len(parts) - 1:
                code = forms.get(part.lower())
            if code is None:
                break
            codes.append(code)
        if len(codes) == len(parts) and len(set(codes)) >= 2:
            found += [f"country:{c}" for c in codes if f"country:{c}" not in found]
    return found


def _context_before(analysis: Analysis, sentence: Sentence) -> list[Sentence]:
    """The sentences "the two agencies" can refer to: up to three before in the paragraph, nearest first.

    A sentence opening its paragraph refers to the last sentence of the paragraph before ("... ont ouvert mardi leur
    séminaire conjoint." then, in the next paragraph, "C'est en marge de ce séminaire qu'un accord a été signé entre
    les deux agences").
    """
    found = analysis.window(sentence, back=3, same_block=True)
    if not found and sentence.index > 0:
        previous = analysis.sentences[sentence.index - 1]
        if previous.block.kind == "body" and sentence.block.kind == "body":
            found = [previous]
    return found


def parties_of_earlier_signing(analysis: Analysis, sentence: Sentence, governments: bool = False) -> list[str]:
    """The agencies of the nearest earlier signing, for paragraphs after the signing the article reports.

    "Les deux mêmes dirigeants avaient déjà signé ... deux accords entre leurs agences": the nearest earlier signing
    is up to six sentences back, never the title, and its agencies are as that signing's own clause names them; its
    countries when ``governments`` ("les deux gouvernements"). Empty when there is none.
    """
    from .agreements import signing_event

    for other in analysis.window(sentence, back=6):
        if other.block.kind in ("title", "credit", "caption"):
            continue
        event = signing_event(analysis, other)
        if event is None:
            continue
        mentions = [m for m in other.mentions if m.label == ("COUNTRY" if governments else "AGENCY")]
        found: list[str] = []
        for mention in relevant(analysis, other, event.anchor, mentions):
            values = [mention.ids[0]] if governments else agencies_of(analysis, mention)
            found += [v for v in values if v not in found]
        return found
    return []


def _nationalities(analysis: Analysis, sentence: Sentence) -> list[str]:
    """Countries a sentence names, by name or nationality adjective ("German-Japanese" -> DE, JP)."""
    found = [m.ids[0] for m in sentence.mentions if m.label == "COUNTRY"]
    for word in re.findall(r"[^\W\d_]+", sentence.text):
        agency = analysis.kb.agency_for_adjective(word, sentence.lang)
        if agency is not None and agency.country and f"country:{agency.country}" not in found:
            found.append(f"country:{agency.country}")
    return found


# ---- date -------------------------------------------------------------------------------

DateResult = tuple[DateValue, str]


def date_in_clause(analysis: Analysis, event: SigningEvent) -> DateResult | None:
    """The dated expression of the signing sentence nearest the trigger.

    Never one that a ``DATE_EXCLUSION`` cue ("since", "après le lancement ... en 2022") gives to another event.
    """
    sentence, anchor = event.sentence, event.anchor
    negated = negated_clauses(sentence, anchor.start, anchor.end)
    dated = [d for d in sentence.dates if d.value.year is not None and not date_excluded(sentence, d.start, d.end)
             and not in_wire_dateline(sentence, d) and clause_of(sentence, d.start) not in negated]
    if not dated:
        return None
    after = [d for d in dated if d.start >= anchor.start]
    pool = after if after and after[0].start - anchor.end < 120 else dated
    best = min(pool, key=lambda d: abs(d.start - anchor.start))
    return past_year(analysis, event, best, f"'{best.text}' in the signing sentence")


def date_of_other_signings(analysis: Analysis, event: SigningEvent) -> DateResult | None:
    """The first date after the pronoun that stands for other sides' signings, else None.

    ("that of Germany, which joined in September"): never a date before it, the date of the signing compared with
    them.
    """
    sentence = event.sentence
    dated = [d for d in sentence.dates if d.value.year is not None and d.start >= (event.others_from or 0)
             and not date_excluded(sentence, d.start, d.end)]
    if not dated:
        return None
    return past_year(analysis, event, dated[0], f"'{dated[0].text}' after the other signings' pronoun")


_WIRE_DASH = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*[-–—]\s")


def in_wire_dateline(sentence: Sentence, date: DateMention) -> bool:
    """The date of a wire dateline opening the sentence is the story's date, not the date of what it reports.

    "WASHINGTON, Jan 12 (Meridian) - NASA said ...".
    """
    head = sentence.text[: date.start - sentence.start]
    return len(head) <= 40 and "," in head and bool(_WIRE_DASH.match(sentence.text[date.end - sentence.start :]))


def past_year(analysis: Analysis, event: SigningEvent, date: DateMention, why: str) -> DateResult:
    """A signing reported as done is not after the article; a week ("this week") gives its month only.

    A day or month that took the article's year ("signed a memorandum on Oct. 27" in a January article) is in the
    year before when that year puts it after the article's date.
    """
    value, reason = date.value, date.reason
    holder = analysis.sentences[date.sent] if 0 <= date.sent < len(analysis.sentences) else None
    if holder is not None and value.day is not None and any(
            c.start < date.end and date.start < c.end for c in holder.cues_of("WEEK")):
        # "put her name to the Accords this week": a week names no day of its own, only its month
        value, reason = DateValue(value.year, value.month, None, "month"), "the month of the week it names"
    article = analysis.article_date
    if (event.status == "signed" and article is not None and article.year and article.month
            and reason == "year from the article date" and value.month
            and (value.month, value.day or 0) > (article.month, article.day or 31)):
        value, reason = value.with_year(article.year - 1), "the year before the article's: a past signing"
    return value, why + (f" ({reason})" if reason else "")


def date_excluded(sentence: Sentence, start: int, end: int) -> bool:
    """A date an exclusion cue, or a relative clause reporting no signing, gives to something else.

    A date right after an exclusion cue, or in the clause a clause-scoped one opens, or in a relative clause
    ("since 1999"; "un an après le lancement de leur satellite en 2022"; "the principles, which NASA and the State
    Department launched in 2020"; "a memorandum on MMX, which launches in 2026").
    """
    if _describing_clause(sentence, start) or announcement_date(sentence, start):
        return True
    for cue in sentence.cues_of("DATE_EXCLUSION"):
        if cue.start <= start < cue.end:
            return True
        if cue.end <= start and not sentence.text[cue.end - sentence.start : start - sentence.start].strip():
            return True
        if cue.end <= start and cue.rule.scope == "clause" and clause_of(sentence, cue.start) == clause_of(
                sentence, start):
            return True
    return False


def _describing_clause(sentence: Sentence, position: int) -> bool:
    """True when ``position`` lies in a relative clause ("which ...", "qui ...") with no signing cue of its own."""
    clause = clause_of(sentence, position)
    if clause[0] <= sentence.start or not RELATIVE.match(sentence.text[clause[0] - sentence.start : clause[1]
                                                                       - sentence.start]):
        return False
    return not any(clause[0] <= c.start < clause[1] for c in sentence.cues_of("SIGN", "ACCORDS_JOIN"))


def _nearest_signing_date(sentence: Sentence, dated: list[DateMention]) -> DateMention:
    """Of a sentence's dates, the one its signing is dated by.

    The first after its signing cue (within 120 characters: "WASHINGTON, June 22 (Meridian) - X signed ... on
    Wednesday" -> Wednesday), else the nearest; the first date when the sentence has no signing cue.
    """
    signs = sentence.cues_of("SIGN", "ACCORDS_JOIN")
    if not signs:
        return dated[0]
    # "Germany, which did not sign in 2020, signed them on 14 September": the signing no negation reaches
    anchor = next((c for c in signs if not denied(sentence, c.start, c.end)), signs[0])
    refused = negated_clauses(sentence, anchor.start, anchor.end)
    dated = [d for d in dated if clause_of(sentence, d.start) not in refused] or dated
    after = [d for d in dated if d.start >= anchor.start]
    pool = after if after and after[0].start - anchor.end < 120 else dated
    return min(pool, key=lambda d: abs(d.start - anchor.start))


_YEAR_AFTER_REACH = 3  # sentences


def year_after_previous(analysis: Analysis, event: SigningEvent) -> DateResult | None:
    """"The following year", "un an plus tard": the year after the one the sentences before give.

    ("It started with a memorandum signed on 2 October 2018. The following year, the two agencies signed a joint
    statement of intent" -> 2019, year precision.) A ``YEAR_AFTER`` cue in the signing's clause; the nearest of up
    to ``_YEAR_AFTER_REACH`` sentences before (never the title) with a dated expression gives its year.
    """
    sentence = event.sentence
    clause = clause_of(sentence, event.anchor.start)
    cues = [c for c in sentence.cues_of("YEAR_AFTER") if clause_of(sentence, c.start) == clause
            or c.end <= event.anchor.start]
    if not cues:
        return None
    for other in analysis.window(sentence, back=_YEAR_AFTER_REACH):
        if other.block.kind in ("title", "credit", "caption"):
            continue
        years = [d for d in other.dates if d.value.year is not None and not date_excluded(other, d.start, d.end)]
        if years:
            year = years[-1].value.year + 1
            return DateValue(year, None, None, "year"), f"'{cues[0].text}' after '{years[-1].text}'"
    return None


def date_of_occasion(analysis: Analysis, event: SigningEvent) -> DateResult | None:
    """The date of the sentences before, when they set the occasion.

    They report the same signing (and this sentence names no new document), or a meeting this sentence refers to
    ("During the meeting"), or the ceremony of this signing just before it in its paragraph ("The ceremony took
    place yesterday. The Accords were signed by ...").

    Walks back up to three sentences (never into the title) while each reports the same signing.
    """
    # a new document takes no date from before, unless the sentence names the same occasion ("At the same
    # meeting the two men signed a charter")
    new_document = any(t.kind for t in event.triggers) and not event.sentence.cues_of("DOCUMENT_ANAPHORA", "OCCASION")
    occasion = bool(event.sentence.cues_of("OCCASION"))
    for distance, other in enumerate(analysis.window(event.sentence, back=3), 1):
        if other.block.kind in ("title", "credit", "caption"):
            break
        document_before = distance == 1 and bool(event.sentence.cues_of("DOCUMENT_ANAPHORA")) and (
            other.block.index == event.sentence.block.index) and bool(
            other.cues_of("DOCUMENT") or any(m.label == "TREATY" for m in other.mentions))
        if not document_before and other.cues_of("SIGN", "ACCORDS_JOIN") and all(
                any(modified(other, category, c.start, c.end) for category in ("NEGATION", "BACKGROUND", "MEMBERSHIP"))
                for c in other.cues_of("SIGN", "ACCORDS_JOIN")):
            continue  # "were among the founding members, which signed in 2020": not the occasion; look further
        if distance == 1 and other.block.index != event.sentence.block.index and not same_signing(other) and not (
                occasion and other.dates):
            break  # another paragraph, unless "en marge de ce séminaire" names the occasion it dates
        if other.cues_of("SIGN", "ACCORDS_JOIN") and _planned(other) != (event.status == "planned"):
            break  # "Sweden signed on 16 April. Norway is expected to sign next year": a plan is another occasion
        why = _occasion_link(event, other, distance, new_document, occasion, document_before)
        if why is None:
            break
        dated = [d for d in other.dates if d.value.year is not None and not date_excluded(other, d.start, d.end)
                 and not in_wire_dateline(other, d)]
        if why.startswith("the previous sentence dates the document"):
            dated = [d for d in dated if d.value.precision != "year"]  # "drawn up in 2020" is the text's history
        if dated:
            best = _nearest_signing_date(other, dated)
            return past_year(analysis, event, best, f"'{best.text}': {why}")
        if not same_signing(other):
            break  # only a sentence that itself refers back lets the search go further
    return None


def _occasion_link(event: SigningEvent, other: Sentence, distance: int, new_document: bool, occasion: bool,
                   document_before: bool) -> str | None:
    """Why ``other``, ``distance`` sentences before the signing, dates it; None when it does not."""
    if other.cues_of("SIGN", "ACCORDS_JOIN") and not new_document:
        return "an earlier sentence reports the same signing"
    if distance == 1 and occasion:
        # "Le 30 septembre 2014, X et Y se sont retrouvés à Toronto. Au cours de cette rencontre, ..."; "... ont
        # ouvert mardi leur séminaire. C'est en marge de ce séminaire qu'un accord a été signé"
        return "the previous sentence dates the meeting this one refers to"
    if document_before:
        # "India became a signatory of the Accords on 21 June 2023. Its ambassador signed the document ..."
        return "the previous sentence dates the document this one refers to"
    if distance == 1 and other.cues_of("CEREMONY") and not new_document and (
            other.block.index == event.sentence.block.index):
        # "The ceremony took place yesterday at NASA. The Accords were signed ... by the Minister"
        return "the previous sentence dates the ceremony of this signing"
    return None


_RESTATEMENT_REACH = 1  # sentences after the signing: the next one only (one further tells other occasions)


def date_of_restatement(analysis: Analysis, event: SigningEvent) -> DateResult | None:
    """The date a following sentence gives when it tells the same signing again, naming no new document or side.

    ("NASA and JAXA signed a memorandum on lunar relays. It was signed on Tuesday in Tokyo."; "Le CNES et la JAXA
    ont signé un accord. Le texte a été signé mardi, à distance, a précisé l'agence."): the next body sentence
    (``_RESTATEMENT_REACH``) after a signing told as done, when it reports a signing with no
    document of its own (a pronoun, "the text", "the signing took place"), no side other than the event's and no
    plan, recall or background gives the day or month of its signing clause (never that of "said in a statement on
    Thursday"; a bare year is history). A sentence that reports another signing ends the search; so does one that
    names a treaty's signing without a ceremony ("The Accords were signed on 13 October 2020" is the treaty's own).
    """
    from .agreements import signing_event

    sentence = event.sentence
    if event.status != "signed" or event.recalled or event.others_from is not None or sentence.block.kind != "body":
        return None
    parties = set(event.slots.parties)
    if len(parties) < 2:
        return None
    treaty = bool(event.treaties or event.slots.treaties)
    for other in analysis.window(sentence, ahead=_RESTATEMENT_REACH):
        if other.block.kind != "body":
            break
        signs = other.cues_of("SIGN", "ACCORDS_JOIN", "CEREMONY")
        if not signs:
            continue
        if not same_signing(other) and not other.cues_of("CEREMONY"):
            break  # another document: another signing
        told = signing_event(analysis, other)
        if told is None and not _ceremony_told(other, signs):
            break
        if treaty and not _ceremony_told(other, signs):
            break  # "The Accords were signed in Washington on 13 October 2020": the treaty's own first signing
        if told is not None and (told.status != "signed" or told.recalled or told.others_from is not None):
            break
        if not _only_sides_of(analysis, other, parties):
            break
        clauses = {clause_of(other, c.start) for c in signs}
        dated = [d for d in other.dates if d.value.year is not None and clause_of(other, d.start) in clauses
                 and not date_excluded(other, d.start, d.end) and not in_wire_dateline(other, d)
                 and d.value.precision in ("day", "month")]
        if dated:
            best = _nearest_signing_date(other, dated)
            return past_year(analysis, event, best, f"'{best.text}': a following sentence tells the same signing")
    return None


def _ceremony_told(sentence: Sentence, signs: list) -> bool:
    """"The signing took place on 5 March", "La signature a eu lieu mardi": a ceremony no modifier turns into a plan."""
    return bool(sentence.cues_of("CEREMONY")) and not any(
        modified(sentence, category, c.start, c.end) for c in signs
        for category in ("NEGATION", "FUTURE", "HOPE", "TALKS", "HYPOTHETICAL", "BACKGROUND"))


def _only_sides_of(analysis: Analysis, sentence: Sentence, parties: set[str]) -> bool:
    """True when every agency or country the sentence names (a place of signing aside) is one of ``parties``.

    A country stands for its agency side and an agency for its government side.
    """
    countries = {f"country:{e.country}" for p in parties if (e := analysis.kb.agencies.get(p)) and e.country}
    for mention in sentence.mentions:
        if mention.label == "AGENCY":
            if not all(i in parties or (
                    (e := analysis.kb.agencies.get(i)) is not None and f"country:{e.country}" in parties)
                    for i in mention.ids):
                return False
        elif mention.label == "COUNTRY" and not venue(analysis, sentence, mention) and not in_person(
                sentence, mention):
            if mention.ids[0] not in parties | countries and country_agency(analysis, mention.ids[0]) not in parties:
                return False
    return True


def date_of_news_day(analysis: Analysis, event: SigningEvent) -> DateResult | None:
    """The day of the news the sentence before tells, when it is the article's day named relatively.

    ("Poland today took a decisive step on its way into ESA. At a ceremony in Warsaw, the Director General ... and the
    Minister signed the agreement"; "La Pologne a franchi aujourd'hui une étape décisive. Lors d'une cérémonie à
    Varsovie, ... ont signé l'accord"): the sentence just before in the same paragraph names no signing and no date
    but a day relative to the article's ("today", "aujourd'hui", "on Tuesday", "ce mardi") that is the article's
    day, and the signing, told as done and not as history ("had signed", "avait signé"), names no date of its own.
    """
    article = analysis.article_date
    sentence = event.sentence
    if article is None or article.precision != "day" or event.status != "signed" or event.recalled:
        return None
    if sentence.block.kind != "body" or sentence.cues_of("BACKGROUND", "RECALL") or any(
            d.value.year is not None for d in sentence.dates):
        return None
    before = analysis.window(sentence, back=1, same_block=True)
    if not before or before[0].block.kind != "body":
        return None
    other = before[0]
    if other.cues_of("SIGN", "ACCORDS_JOIN", "BACKGROUND", "RECALL", "FUTURE"):
        return None  # a signing before is date_of_occasion's; a plan or a recall dates no news
    days = [d for d in other.dates if d.value.year is not None]
    if not days or not all(d.value.relative and d.value.precision == "day" and (
            d.value.year, d.value.month, d.value.day) == (article.year, article.month, article.day) for d in days):
        return None
    return article, f"'{days[0].text}' in the sentence before: the news of the article's day"


def date_of_present_signing(analysis: Analysis, event: SigningEvent) -> DateResult | None:
    """A signing told in the simple present in the story's body happens on the article's day.

    ("[Ambassador X signs the Artemis Accords. Applause.]" under a transcript dated Wednesday, December 11, 2024;
    "Le ministre signe le texte sous les applaudissements"). Only a signing verb in the present with no auxiliary
    ("has signed", "a signé" tell a past), and only when the article has a day.
    """
    article = analysis.article_date
    sentence = event.sentence
    if article is None or article.precision != "day" or event.status != "signed" or event.recalled:
        return None
    if sentence.block.kind != "body" or sentence.cues_of("BACKGROUND", "RECALL"):
        return None
    if not sentence.text.rstrip(" \t\n\"'”»)]").endswith((".", "!", "…")):
        return None  # "Finland signs the Artemis Accords at ...": a heading's present restates, it dates nothing
    doc = sentence.span.doc
    if not doc.has_annotation("TAG") or not doc.has_annotation("DEP"):
        return None
    base = sentence.block.start
    span = doc.char_span(event.anchor.start - base, event.anchor.end - base, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    if verb.pos_ != "VERB" or "Pres" not in verb.morph.get("Tense") or "Fin" not in verb.morph.get("VerbForm"):
        return None
    if any(child.dep_.startswith("aux") for child in verb.children):
        return None
    return article, f"'{verb.text}' in the present: the article's day"


def _planned(sentence: Sentence) -> bool:
    """True when every signing cue of the sentence is one a ``FUTURE`` cue reaches (a planned signing)."""
    signs = sentence.cues_of("SIGN", "ACCORDS_JOIN")
    return bool(signs) and all(modified(sentence, "FUTURE", c.start, c.end) for c in signs)


# ---- subject ----------------------------------------------------------------------------


def subject_of(analysis: Analysis, event: SigningEvent) -> str | None:
    """The treaty signed, else the mission the trigger is about, else the mission an anaphora refers to."""
    sentence, anchor, treaties = event.sentence, event.anchor, event.slots.treaties
    if treaties:
        about = _mission_after(analysis, sentence, treaties[0])
        return host_mission(analysis, about.id) if about else f"treaty:{treaties[0].id}"
    candidates = [m for m in sentence.missions() if not in_bystander_clause(sentence, m, anchor.start)]
    missions = [m for m in candidates if not _is_launcher(analysis, m)] or candidates
    # "Le premier porte sur Hera, ..., à laquelle la JAXA fournit une caméra, TIRI ; il est signé": an instrument the
    # KB lacks is a part of the mission named with it, not the document's subject
    missions = [m for m in missions if not m.via.startswith(INSTRUMENT_PATTERNS)] or missions
    after = [m for m in missions if m.start >= anchor.start]
    if after:
        return host_mission(analysis, after[0].id)
    if missions:
        return host_mission(analysis, missions[-1].id)
    # "an arrangement on the orbiter", "un accord sur la sonde": the document is about the craft named before, not
    # about the word "orbiter"
    referred = _anaphora_mission(analysis, sentence) if sentence.cues_of("SUBJECT_ANAPHORA") else None
    if referred and _topic_is_anaphora(sentence, event.triggers):
        return referred
    return topic_phrase(analysis, sentence, event.triggers) or referred


def _anaphora_mission(analysis: Analysis, sentence: Sentence) -> str | None:
    """The mission "the probe", "la sonde" refers to: the last one named in the six sentences before (no launcher)."""
    for other in analysis.window(sentence, back=6):
        if other.block.kind in ("credit", "caption") or other.block.lang != sentence.lang:
            continue
        found = [m for m in other.missions() if not _is_launcher(analysis, m)]
        if found:
            return host_mission(analysis, found[-1].id)
    return None


def _topic_is_anaphora(sentence: Sentence, triggers: list) -> bool:
    """True when a ``SUBJECT_ANAPHORA`` cue is the topic a document introduces ("an arrangement on the orbiter").

    The cue follows a document trigger with only a topic connector of ``topics_<lang>.json`` ("on", "sur",
    "portant sur") between them.
    """
    connectors = topic_connectors(sentence.lang)
    for cue in sentence.cues_of("SUBJECT_ANAPHORA"):
        for trigger in triggers:
            if trigger.kind and trigger.end <= cue.start:
                between = " ".join(sentence.text[trigger.end - sentence.start : cue.start - sentence.start]
                                   .lower().replace("’", "'").split())
                if between in connectors:
                    return True
    return False


_ITEM_END = re.compile(r"[,;:()]|\s[–—-]\s|\s(?:which|that|qui|que)\s")


def item_phrase(sentence: Sentence, start: int, end: int) -> str | None:
    """The short English noun phrase an item of a document list is about.

    ("the other on astronaut training" -> "phrase:astronaut training"): up to six lower-case words, articles
    dropped; in French the glossary's English phrase ("l'un sur la formation des astronautes" -> "phrase:astronaut
    training", the contract wants English); None when the item is longer, names anything or is outside the glossary.
    """
    text = sentence.text[start - sentence.start : end - sentence.start]
    if sentence.lang == "fr":
        return french_topic_after(text, connector=False)
    if sentence.lang != "en":
        return None
    cut = _ITEM_END.search(text)
    words = (text[: cut.start()] if cut else text).strip(" .").split()
    while words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    if not words or len(words) > 6 or any(not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w) or w != w.lower()
                                          for w in words):
        return None
    return "phrase:" + " ".join(words)


def _mission_after(analysis: Analysis, sentence: Sentence, treaty: Mention) -> Mention | None:
    """A treaty-like document is about the mission its own clause names after it.

    "un accord intergouvernemental qui encadre la contribution du Brésil au programme Artemis".
    """
    clause = clause_of(sentence, treaty.start)
    for mission in sentence.missions():
        if treaty.end <= mission.start < clause[1] and mission.start - treaty.end <= 90:
            return mission
    return None


def _is_launcher(analysis: Analysis, mention: Mention) -> bool:
    entry = kb_mission(analysis, mention.id)
    return entry is not None and entry.kind == "launcher"


def host_mission(analysis: Analysis, mission_id: str) -> str:
    """An instrument's agreement is about the mission that carries it, when the article names that mission."""
    entry = kb_mission(analysis, mission_id)
    if entry is not None and entry.kind == "instrument" and entry.part_of:
        parent = analysis.kb.mission_by_name(entry.part_of)
        if parent is not None and any(m.id == parent.id for m in analysis.mentions("MISSION")):
            return parent.id
    return mission_id
