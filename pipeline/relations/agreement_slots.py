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

from ..analysis import Analysis, Mention, Sentence
from ..dates import DateValue
from ..records import normalise_name
from .agreement_context import clause_of, in_bystander_clause, linked_by
from .common import agencies_of, country_agency, gap
from .facts import SignatoryFact
from .missions import kb_mission
from .officials import introduced_persons, role_lexicon

if TYPE_CHECKING:
    from .agreements import SigningEvent, Trigger

ACCORDS_TREATY = "artemis_accords"


@dataclass
class Slots:
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
    for strategy in (signatories_in_clause, signatories_in_next_sentence, signatories_in_signers_block,
                     signatories_in_caption):
        found = strategy(analysis, event, person_agency)
        if found is not None:
            signatories, governments, reason = found
            slots.governments |= governments
            known = {normalise_name(s.name) for s in slots.signatories}
            slots.signatories += [s for s in signatories if normalise_name(s.name) not in known]
            slots.reasons.setdefault("signatories", reason)
    if _government_document(event.sentence):
        slots.governments |= {m.ids[0].split(":", 1)[1] for m in event.sentence.mentions if m.label == "COUNTRY"}
    slots.accords_sides = accords_sides(analysis, event)
    if not slots.signatories:
        found = signatories_of_previous_signing(analysis, event, person_agency)
        if found is not None:
            slots.signatories, _, slots.reasons["signatories"] = found
    if not slots.signatories and any(c.rule.signers for c in event.sentence.cues_of("PLURAL_PARTIES")):
        same_signers(analysis, event, person_agency)
    slots.parties = parties_in_clause(analysis, event)
    if len(slots.parties) < 2:
        slots.parties, why = parties_from_context(analysis, event.sentence, slots.parties)
        if why:
            slots.reasons["parties"] = why
    for date_strategy in (date_in_clause, date_of_occasion):
        found_date = date_strategy(analysis, event)
        if found_date is not None:
            slots.date, slots.reasons["date"] = found_date
            break
    slots.subject = subject_of(analysis, event)


# ---- the signed document ----------------------------------------------------------------


def referred_document(analysis: Analysis, sentence: Sentence) -> tuple[list[Mention], str | None]:
    """For "signed the document/le texte": the treaty or document kind of the previous sentences
    (the title counts as just before every sentence)."""
    anaphora = bool(sentence.cues_of("DOCUMENT_ANAPHORA"))
    titles = [s for s in analysis.sentences[: sentence.index] if s.block.kind == "title"]
    window = analysis.window(sentence, back=3)
    candidates = window + [t for t in titles if t not in window]
    for distance, other in enumerate(candidates, 1):
        if other.block.kind == "title":
            distance = 1
        if other.block.kind == "credit":
            continue
        treaties = [m for m in other.mentions if m.label == "TREATY"]
        if treaties and (anaphora or distance <= 2):
            return treaties, None
        if not anaphora:
            continue
        kinds = [c.rule.kind for c in other.cues_of("DOCUMENT")]
        if kinds:
            return [], kinds[0]
    return [], None


def _government_document(sentence: Sentence) -> bool:
    return bool(sentence.cues_of("GOVERNMENT_DOCUMENT", "GOVERNMENT_MARKER"))


# ---- signatories ------------------------------------------------------------------------

SignatoryResult = tuple[list[SignatoryFact], set[str], str]


def signatories_in_clause(analysis: Analysis, event: SigningEvent,
                          person_agency: dict[str, str]) -> SignatoryResult | None:
    """People the trigger's sentence has sign: officials, people signing "for" an agency, ministers."""
    found = _signatories(analysis, event.sentence, event.anchor, person_agency)
    return (*found, "named in the signing sentence") if found[0] else None


def signatories_in_next_sentence(analysis: Analysis, event: SigningEvent,
                                 person_agency: dict[str, str]) -> SignatoryResult | None:
    """"... concluded an agreement. The agreement was signed by X and Y.": the next sentence of the block,
    when it reports the same signing (a signing verb, no new document) followed by an agent word."""
    following = analysis.window(event.sentence, ahead=1, same_block=True)
    if not following or event.slots.signatories:
        return None
    other = following[0]
    signs = other.cues_of("SIGN")
    if not signs or any(c.rule.kind for c in other.cues_of("DOCUMENT") if not _anaphoric(other, c.start)):
        return None
    if not any(c.start >= signs[0].end for c in other.cues_of("AGENT_LINK")):
        return None
    from .agreements import Trigger

    anchor = Trigger(signs[0].start, signs[0].end, None, True, signs[0].text)
    signatories, governments = _signatories(analysis, other, anchor, person_agency)
    return (signatories, governments, "named as signing in the next sentence") if signatories else None


def _anaphoric(sentence: Sentence, start: int) -> bool:
    return any(c.start <= start < c.end for c in sentence.cues_of("DOCUMENT_ANAPHORA"))


def signatories_in_signers_block(analysis: Analysis, event: SigningEvent,
                                 person_agency: dict[str, str]) -> SignatoryResult | None:
    """A "Signers" / "Signataires" heading followed by one "Name, Role of AGENCY" line per signer."""
    if event.slots.signatories:
        return None
    found: list[SignatoryFact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit" or not _starts_with_heading(analysis, sentence):
            continue
        block = sentence.block
        offset = block.start
        for text in analysis.text[block.start : block.end].split("\n"):
            line = (offset, offset + len(text))
            offset += len(text) + 1
            holder = next((s for s in analysis.sentences if s.start <= line[0] < max(s.end, s.start + 1)), sentence)
            people = [p for p in holder.persons if line[0] <= p.start < line[1] and _clean_name(analysis, holder, p)]
            for person in people or _line_name(analysis, holder, *line):
                name = _clean_name(analysis, holder, person) or person.text
                agency = _adjacent_agency(analysis, holder, person) or person_agency.get(normalise_name(name))
                found.append(SignatoryFact(name, agency))
    return (found, set(), "listed under a signers heading") if found else None


_LINE_NAME = re.compile(r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,3})\s*,")


def _line_name(analysis: Analysis, holder: Sentence, start: int, end: int) -> list[Mention]:
    """A signers line the NER missed: "Dr. Bruna Costa, présidente de l'AEB" -> the name before the comma."""
    for cue in holder.cues_of("HONORIFIC"):
        if start <= cue.start and not analysis.text[start : cue.start].strip():
            start = cue.end
    while start < end and analysis.text[start] in " .":
        start += 1
    found = _LINE_NAME.match(analysis.text, start, end)
    if found is None:
        return []
    name = found.group("name")
    return [Mention(found.start("name"), found.end("name"), name, "PERSON", (name,), "signers line", holder.lang,
                    holder.block, holder.index)]


def _starts_with_heading(analysis: Analysis, sentence: Sentence) -> bool:
    return any(c.start == sentence.block.start for c in sentence.cues_of("SIGNERS_HEADING"))


def signatories_in_caption(analysis: Analysis, event: SigningEvent,
                           person_agency: dict[str, str]) -> SignatoryResult | None:
    """A caption naming who signed: "X (left) and Y (right) after signing", "X et Y lors de la signature"."""
    if event.slots.signatories:
        return None
    found: list[SignatoryFact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind != "caption" or not sentence.cues_of("SIGNING_CAPTION"):
            continue
        for person in sentence.persons:
            name = _clean_name(analysis, sentence, person)
            if name is not None:
                agency = person_agency.get(normalise_name(name)) or _adjacent_agency(analysis, sentence, person)
                found.append(SignatoryFact(name, agency))
    return (found, set(), "named in a signing caption") if found else None


def _signatories(analysis: Analysis, sentence: Sentence, anchor: Trigger,
                 person_agency: dict[str, str]) -> tuple[list[SignatoryFact], set[str]]:
    signatories: list[SignatoryFact] = []
    governments: set[str] = set()
    people = sorted([*sentence.persons, *introduced_persons(analysis, sentence)], key=lambda p: p.start)
    for person in relevant(analysis, sentence, anchor, people, strict=True):
        name = _clean_name(analysis, sentence, person)
        if name is None or _is_speaker(analysis, sentence, person):
            continue
        # an agency head signs for the agency, even "for the United States" (contract convention)
        agency = _adjacent_agency(analysis, sentence, person)
        following = [m for m in sentence.mentions if m.start >= person.end and m.label in ("AGENCY", "COUNTRY")]
        if agency is None and following and linked_by(analysis, sentence, "SIGNER_LINK", person.end,
                                                      following[0].start):
            # "Zhang Kejian for CNSA", "Dimitri Rogozin pour Roscosmos"
            ids = agencies_of(analysis, following[0], countries_as="party")
            agency = ids[0] if ids else None
        government = government_country(analysis, sentence, person)
        if government is None and agency and agency.startswith("country:"):
            government = agency.split(":", 1)[1]
        if government is not None:
            governments.add(government)
            signatories.append(SignatoryFact(name, None, government))
            continue
        agency = agency or person_agency.get(normalise_name(name)) or person_agency.get(
            normalise_name(person.ids[0])) or _adjacent_agency(analysis, sentence, person)
        if agency is None and abs(person.start - anchor.start) >= 120:
            continue
        signatories.append(SignatoryFact(name, agency))
    return signatories, governments


def _is_speaker(analysis: Analysis, sentence: Sentence, person: Mention) -> bool:
    """"said X", "X said", "selon X": a person who comments on the signing."""
    for cue in sentence.cues_of("SPEAKER"):
        if cue.end <= person.start and person.start - cue.end <= 25:
            return True
        if cue.start >= person.end and not analysis.text[person.end : cue.start].strip(" ,"):
            return True
    return False


def _clean_name(analysis: Analysis, sentence: Sentence, person: Mention) -> str | None:
    """The person's name without an honorific ("Mme", "Dr."), or None when it is no person's name:
    a headline's title-case words, a phrase holding an agreement cue ("Joint Statement"), a stop word."""
    name = person.ids[0]
    for cue in sentence.cues_of("HONORIFIC"):
        if cue.start == person.start and cue.end < person.end:
            name = analysis.text[cue.end : person.end].strip(" .")
    if any(person.start <= c.start and c.end <= person.end for c in sentence.cues if c.category in _NOT_IN_NAMES):
        return None
    if sentence.block.kind == "title" and not _named_elsewhere(analysis, sentence, name):
        return None
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in _PARTICLES):
        return None
    return name


_NOT_IN_NAMES = {"DOCUMENT", "SIGN", "ACCORDS_JOIN", "COOPERATION", "TALKS", "NOT_A_NAME", "SIGNERS_HEADING"}
_PARTICLES = {"von", "van", "der", "de", "du", "da", "le", "la", "bin", "al", "el", "di"}


def _named_elsewhere(analysis: Analysis, sentence: Sentence, name: str) -> bool:
    key = normalise_name(name)
    return any(normalise_name(p.ids[0]) == key for s in analysis.sentences if s.block.kind != "title"
               for p in s.persons)


def _adjacent_agency(analysis: Analysis, sentence: Sentence, person: Mention) -> str | None:
    """"NASA Administrator Bill Nelson", "Bill Nelson, NASA's administrator", "X, President of TUA",
    "le vice-administrateur de l'agence spatiale chinoise (CNSA) Zhao Minghui"."""
    roles = _role_words(sentence.lang)
    for mention in sentence.agencies():
        if len(mention.ids) != 1:
            continue
        if mention.end <= person.start:
            between = gap(analysis, mention.end, person.start)
            if len(between.split()) <= 3 and roles.search(between):
                return mention.ids[0]
            if not between.strip(" ()") and _role_before(analysis, sentence, mention, roles):
                return mention.ids[0]
        elif person.end <= mention.start:
            between = gap(analysis, person.end, mention.start)
            if len(between.split()) <= 6 and roles.search(between) and between.startswith(","):
                return mention.ids[0]
    return None


_LINK_WORDS = {"de", "du", "des", "d'", "of", "the", "la", "le", "l'", "(", ")", ","}


def _role_before(analysis: Analysis, sentence: Sentence, mention: Mention, roles: re.Pattern) -> bool:
    """A role word before the agency, with only link words and mentions of that agency between
    ("vice-administrateur de l'agence spatiale chinoise (CNSA)")."""
    same = [m for m in sentence.agencies() if m.ids == mention.ids and m.end <= mention.end]
    start = max(sentence.start, same[0].start - 40)
    window = analysis.text[start : same[0].start]
    found = list(roles.finditer(window))
    if not found:
        return False
    tail = analysis.text[start + found[-1].end() : mention.start]
    for other in same[:-1]:
        tail = tail.replace(other.text, " ")
    words = re.findall(r"[\w']+|[(),]", tail.lower().replace("’", "'").replace("l'", "l' ").replace("d'", "d' "))
    return all(w in _LINK_WORDS for w in words)


def _role_words(lang: str) -> re.Pattern:
    from .lexicon import phrase_regex

    return phrase_regex(role_lexicon(lang))


_COORDINATION = re.compile(r"(?:^|[\s,])(?:and|et)\s", re.IGNORECASE)


def _own_title(analysis: Analysis, sentence: Sentence, start: int, end: int) -> bool:
    """True when nothing between a title and a name makes the title another person's: no other
    person, no coordination ("X, ministre ..., et M. Y")."""
    if _COORDINATION.search(analysis.text[start:end]):
        return False
    return not any(start <= p.start < end for p in sentence.persons)


def government_country(analysis: Analysis, sentence: Sentence, person: Mention) -> str | None:
    """Country code when the person signs as a minister, ambassador or head of state."""
    roles = sentence.cues_of("GOVERNMENT_ROLE")
    left = [c for c in roles if c.end <= person.start and person.start - c.end <= 90
            and _own_title(analysis, sentence, c.end, person.start)]
    # a title after the name is in apposition: "Lucía Ferreyra, ministre argentine"
    right = [c for c in roles if c.start >= person.end and c.start - person.end <= 45
             and analysis.text[person.end : c.start].lstrip().startswith(",")
             and _own_title(analysis, sentence, person.end, c.start)]
    role = left[-1] if left else (right[0] if right else None)
    if role is None:
        return None
    lo, hi = min(role.start, person.start) - 45, max(role.end, person.end) + 45
    window = analysis.text[max(sentence.start, lo) : min(sentence.end, hi)]
    # a country adjective or name next to the role: "Indian ambassador", "ministre luxembourgeois de l'Économie"
    for word in re.findall(r"[\w’'-]+", window):
        agency = analysis.kb.agency_for_adjective(word, sentence.lang)
        if agency is not None and agency.country:
            return agency.country
    codes = [m.ids[0].split(":", 1)[1] for m in sentence.mentions if m.label == "COUNTRY"]
    if codes:  # the host country ("ambassador to the United States") is rarely the one signing
        return next((c for c in codes if c != "US"), codes[0])
    # "C'est le ministre de l'Économie, Franz Fayot, qui a signé": the country the article just named
    for other in analysis.window(sentence, back=3):
        codes = list({m.ids[0].split(":", 1)[1] for m in other.mentions if m.label == "COUNTRY"} - {"US"})
        if len(codes) == 1:
            return codes[0]
    return None


# ---- parties ----------------------------------------------------------------------------


def relevant(analysis: Analysis, sentence: Sentence, anchor: Trigger, mentions: list[Mention],
             strict: bool = False) -> list[Mention]:
    """Mentions that take part in the signing, read from the clauses and the dependency parse.

    A mention in a bystander clause ("en présence de ...", "after a visit by ...") is left out;
    so is one whose parse path up to the signing word crosses another verb. Without a parse,
    or when the filter would leave fewer than two (small models' parses fail), every mention
    is kept unless ``strict``.
    """
    outside = [m for m in mentions if not in_bystander_clause(sentence, m, anchor.start)]
    if strict or len({i for m in outside for i in m.ids}) >= 2:
        mentions = outside
    doc = sentence.span.doc
    if not doc.has_annotation("DEP") or not mentions:
        return mentions
    base = sentence.block.start
    head = doc.char_span(anchor.start - base, anchor.end - base, alignment_mode="expand")
    if head is None:
        return mentions
    bystanders = {(c.start, c.end) for c in sentence.cues_of("BYSTANDER")}
    kept = []
    for mention in mentions:
        span = doc.char_span(mention.start - base, mention.end - base, alignment_mode="expand")
        if span is None or _attached(span.root, head.root, base, bystanders):
            kept.append(mention)
    if strict or len(kept) >= 2 or len(kept) == len(mentions):
        return kept
    return mentions


def _attached(token, anchor, base: int, bystanders: set[tuple[int, int]]) -> bool:
    """True when ``token`` reaches the signing word without crossing a bystander word or another clause;
    crossing a verb is allowed only as that verb's subject when it governs the signing."""
    child, node = token, token
    for _ in range(60):
        if node.i == anchor.i:
            return True
        if node.head.i == node.i:
            break
        child, node = node, node.head
        if node.i == anchor.i:
            return True
        if any(s <= base + node.idx < e for s, e in bystanders):
            return False
        if node.pos_ == "VERB" and child.dep_ not in ("conj", "appos", "flat", "flat:name", "compound"):
            return node.is_ancestor(anchor) and child.dep_.startswith("nsubj")
    return True


def accords_sides(analysis: Analysis, event: SigningEvent) -> list[str]:
    """Agencies and countries the accords sentence has taking part (filtered in ``agreements``)."""
    sentence = event.sentence
    sides: list[str] = []
    for mention in relevant(analysis, sentence, event.anchor,
                            [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]):
        values = [mention.ids[0]] if mention.label == "COUNTRY" else list(mention.ids)
        sides += [v for v in values if v not in sides]
    return sides


def parties_in_clause(analysis: Analysis, event: SigningEvent) -> list[str]:
    """Agencies and countries of the signing sentence; a government signatory makes its country the party."""
    sentence, governments, signatories = event.sentence, event.slots.governments, event.slots.signatories
    parties: list[str] = []
    signing_agencies = {s.agency_id for s in signatories if s.agency_id}
    candidates = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]
    for mention in relevant(analysis, sentence, event.anchor, candidates):
        for value in _party_values(analysis, mention, governments, signing_agencies):
            if value not in parties:
                parties.append(value)
    parties += [f"country:{c}" for c in sorted(governments) if f"country:{c}" not in parties]
    # "... and Yamakawa signed": a signing official's agency is a party even when the sentence does not name it
    parties += [a for a in sorted(signing_agencies) if a not in parties and not a.startswith("country:")]
    return _dedupe(analysis, parties, governments)


def _party_values(analysis: Analysis, mention: Mention, governments: set[str], signing: set[str]) -> list[str]:
    if mention.label == "COUNTRY":
        code = mention.ids[0].split(":", 1)[1]
        agency = country_agency(analysis, mention.ids[0])
        if code in governments or agency is None:
            return [mention.ids[0]]
        return [agency] if agency in signing or not governments else [mention.ids[0]]
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


def parties_from_context(analysis: Analysis, sentence: Sentence, parties: list[str]) -> tuple[list[str], str | None]:
    """"The two agencies signed ...": the agencies (or governments) of the previous sentences of the block."""
    plural = sentence.cues_of("PLURAL_PARTIES")
    if not plural:
        return parties, None
    governments = any(c.rule.governments for c in plural)
    found = list(parties)
    if governments:  # "German-Japanese cooperation ... an agreement between the two countries"
        found += [c for c in _nationalities(analysis, sentence) if c not in found]
    for other in analysis.window(sentence, back=3, same_block=True):
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
    return found, f"'{plural[0].text}' refers to the parties of the previous sentences"


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
    """The dated expression of the signing sentence nearest the trigger; never one that a
    ``DATE_EXCLUSION`` cue ("since", "après le lancement ... en 2022") gives to another event."""
    sentence, anchor = event.sentence, event.anchor
    dated = [d for d in sentence.dates if d.value.year is not None and not _excluded(sentence, d.start, d.end)]
    if not dated:
        return None
    after = [d for d in dated if d.start >= anchor.start]
    pool = after if after and after[0].start - anchor.end < 120 else dated
    best = min(pool, key=lambda d: abs(d.start - anchor.start))
    return best.value, f"'{best.text}' in the signing sentence" + (f" ({best.reason})" if best.reason else "")


def _excluded(sentence: Sentence, start: int, end: int) -> bool:
    """A date right after an exclusion cue ("since 1999"), or in the clause a clause-scoped one opens
    ("un an après le lancement de leur satellite en 2022")."""
    for cue in sentence.cues_of("DATE_EXCLUSION"):
        if cue.start <= start < cue.end:
            return True
        if cue.end <= start and not sentence.text[cue.end - sentence.start : start - sentence.start].strip():
            return True
        if cue.end <= start and cue.rule.scope == "clause" and clause_of(sentence, cue.start) == clause_of(
                sentence, start):
            return True
    return False


def date_of_occasion(analysis: Analysis, event: SigningEvent) -> DateResult | None:
    """The date of the sentences before, when they set the occasion: they report the same signing (and
    this sentence names no new document), or a meeting this sentence refers to ("During the meeting").

    Walks back up to three sentences (never into the title) while each reports the same signing.
    """
    # a new document takes no date from before, unless the sentence names the same occasion ("At the same
    # meeting the two men signed a charter")
    new_document = any(t.kind for t in event.triggers) and not event.sentence.cues_of("DOCUMENT_ANAPHORA", "OCCASION")
    for distance, other in enumerate(analysis.window(event.sentence, back=3), 1):
        if other.block.kind in ("title", "credit", "caption"):
            break
        if distance == 1 and other.block.index != event.sentence.block.index and not _same_signing(other):
            break
        if other.cues_of("SIGN", "ACCORDS_JOIN") and not new_document:
            why = "an earlier sentence reports the same signing"
        elif distance == 1 and other.cues_of("TALKS") and event.sentence.cues_of("OCCASION"):
            why = "the previous sentence dates the meeting this one refers to"
        else:
            break
        dated = [d for d in other.dates if d.value.year is not None and not _excluded(other, d.start, d.end)]
        if dated:
            return dated[0].value, f"'{dated[0].text}': {why}"
        if not _same_signing(other):
            break  # only a sentence that itself refers back lets the search go further
    return None


def same_signers(analysis: Analysis, event: SigningEvent, person_agency: dict[str, str]) -> None:
    """"Les trois mêmes ministres en ont signé une nouvelle", "the two men signed a charter": the people of
    the signing just before sign again; they bring their governments and, without a document, its kind."""
    from .agreements import signing_event

    for other in analysis.window(event.sentence, back=2):
        if other.block.kind == "title":
            break
        earlier = signing_event(analysis, other)
        if earlier is None:
            continue
        signatories, governments = _signatories(analysis, other, earlier.anchor, person_agency)
        if signatories:
            event.slots.signatories = signatories
            event.slots.governments |= governments
            if not any(t.kind for t in event.triggers):
                kinds = [t.kind for t in earlier.triggers if t.kind]
                event.slots.inherited_kind = event.slots.inherited_kind or (kinds[0] if kinds else None)
            event.slots.reasons["signatories"] = "the same people signed in the sentence before"
            return


def _same_signing(sentence: Sentence) -> bool:
    """A sentence that reports a signing without naming a new document of its own."""
    if not sentence.cues_of("SIGN", "ACCORDS_JOIN"):
        return False
    return all(_anaphoric(sentence, c.start) for c in sentence.cues_of("DOCUMENT"))


def signatories_of_previous_signing(analysis: Analysis, event: SigningEvent,
                                    person_agency: dict[str, str]) -> SignatoryResult | None:
    """"NASA Administrator Jim Bridenstine signed for the United States. Representatives of Australia,
    Canada ... added their signatures": a signer of the same signing in the sentence before, when his
    agency is a party of this one."""
    previous = analysis.window(event.sentence, back=1, same_block=True)
    if not previous or not _same_signing(previous[0]):
        return None
    other = previous[0]
    from .agreements import Trigger

    cue = other.cues_of("SIGN", "ACCORDS_JOIN")[0]
    signatories, _ = _signatories(analysis, other, Trigger(cue.start, cue.end, None, True, cue.text), person_agency)
    sides = set(event.slots.accords_sides) | {"NASA"} if event.slots.treaties else set(event.slots.accords_sides)
    kept = [s for s in signatories if s.agency_id and s.agency_id in sides]
    return (kept, set(), "signed the same document in the sentence before") if kept else None


# ---- subject# ---- subject ----------------------------------------------------------------------------


def subject_of(analysis: Analysis, event: SigningEvent) -> str | None:
    """The treaty signed, else the mission the trigger is about, else the mission an anaphora refers to."""
    sentence, anchor, treaties = event.sentence, event.anchor, event.slots.treaties
    if treaties:
        about = _mission_after(analysis, sentence, treaties[0])
        return host_mission(analysis, about.id) if about else f"treaty:{treaties[0].id}"
    candidates = [m for m in sentence.missions() if not in_bystander_clause(sentence, m, anchor.start)]
    missions = [m for m in candidates if not _is_launcher(analysis, m)] or candidates
    after = [m for m in missions if m.start >= anchor.start]
    if after:
        return host_mission(analysis, after[0].id)
    if missions:
        return host_mission(analysis, missions[-1].id)
    phrase = topic_phrase(analysis, event)
    if phrase:
        return phrase
    if sentence.cues_of("SUBJECT_ANAPHORA"):
        for other in analysis.window(sentence, back=6):
            if other.block.kind in ("credit", "caption") or other.block.lang != sentence.lang:
                continue
            found = [m for m in other.missions() if not _is_launcher(analysis, m)]
            if found:
                return host_mission(analysis, found[-1].id)
    return None


def topic_phrase(analysis: Analysis, event: SigningEvent) -> str | None:
    """"signed an agreement on November 18 on astronaut training": the short noun phrase after "on" that
    depends on the document or the signing verb (English only: the contract wants an English phrase)."""
    sentence = event.sentence
    doc = sentence.span.doc
    if sentence.lang != "en" or not doc.has_annotation("DEP"):
        return None
    base = sentence.block.start
    heads = {t.i for trigger in event.triggers
             for span in [doc.char_span(trigger.start - base, trigger.end - base, alignment_mode="expand")]
             if span is not None for t in span}
    taken = [(m.start, m.end) for m in sentence.mentions] + [(d.start, d.end) for d in sentence.dates]
    for token in sentence.span:
        if token.lower_ != "on" or token.head.i not in heads:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects:
            continue
        words = [t for t in objects[0].subtree if t.dep_ != "det"]
        start, end = base + words[0].idx, base + words[-1].idx + len(words[-1].text)
        if len(words) > 4 or any(not t.is_alpha or t.is_upper or t.text[0].isupper() for t in words):
            continue
        if any(start < e and s < end for s, e in taken):
            continue
        return "phrase:" + analysis.text[start:end]
    return None


def _mission_after(analysis: Analysis, sentence: Sentence, treaty: Mention) -> Mention | None:
    """"un accord intergouvernemental qui encadre la contribution du Brésil au programme Artemis": a
    treaty-like document is about the mission its own clause names after it."""
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
