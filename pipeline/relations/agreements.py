"""Agreements between agencies: signed documents, accords signings and stated cooperations.

Per sentence: a trigger (a named document, a signing verb or noun, or a cooperation cue),
then ConText-style modifiers decide its fate: negation drops it ("did not sign", "n'a pas
signé"), a future or plan makes it ``planned`` ("will sign", "devrait signer"), talks without a
signing drop it ("discussions on", "videoconference"). Parties are the agencies and countries
of the sentence (a country counts as its agency when the article names that agency, unless a
minister or ambassador signs for it); the subject is the mission the trigger is about; the
date is the date closest to the trigger. The word lists are ``rules/agreements_<lang>.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..analysis import Analysis, Mention, Sentence
from ..dates import DateValue
from ..records import normalise_name
from .common import agencies_of, country_agency, evidence, gap
from .facts import AgreementFact, OfficialFact, ParticipationFact, PartOfFact, SignatoryFact
from .lexicon import compiled, load_rules, phrase_regex
from .missions import kb_mission

REQUIRED = (
    "documents", "sign", "negation", "future", "talks", "hypothetical", "cooperation", "cooperation_agent",
    "subject_prepositions", "subject_anaphora", "government_roles", "speakers", "signer_links", "accords_join",
    "document_anaphora", "government_documents", "government_markers", "reference_markers", "date_exclusions",
    "sign_needs_document",
)
# words on the dependency path from a person or agency to the signing that make it a bystander, not a party
BYSTANDER_WORDS = {
    "presence", "présence", "witnessed", "attended", "during", "lors", "marge", "sidelines", "residence", "résidence",
    "visit", "visite", "présidence", "presidency", "hosted", "organisée", "organised", "organized", "accueil",
}
ACCORDS_TREATY = "artemis_accords"
PAST_SIGN = re.compile(
    r"^(?:signed|inked|concluded|sealed|finali[sz]ed|renewed|extended|signé|signée|signés|signées|paraphé|paraphée|"
    r"conclu|conclue|scellé|scellée|renouvelé|prolongé|ratifié|signature|signatures|signing|joined|rejoint|adhéré)$",
    re.IGNORECASE,
)


def _rx(lang: str, key: str) -> re.Pattern:
    return compiled("agreements", lang, key, REQUIRED)


@dataclass
class _Trigger:
    start: int  # document offsets
    end: int
    kind: str | None  # from a named document
    signing: bool
    text: str


def find_agreements(analysis: Analysis, officials: list[OfficialFact]) -> list[AgreementFact]:
    """Agreement facts of every sentence (captions included, credit lines excluded)."""
    person_agency = {normalise_name(o.name): o.agency_id for o in officials}
    facts: list[AgreementFact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        signed = _signing_facts(analysis, sentence, person_agency)
        facts += signed
        if not signed:
            facts += _cooperation_facts(analysis, sentence)
    _resolve_accords_sides(analysis, facts)
    return facts


def _resolve_accords_sides(analysis: Analysis, facts: list[AgreementFact]) -> None:
    """An Artemis Accords side is its government, unless the article has the country's agency head sign.

    Decided over the whole article, since the title ("India joins the Artemis Accords") and the
    sentence naming the signatory are usually different sentences.
    """
    accords = [f for f in facts if f.kind == "accords"]
    # agencies that sign: through their head, or named as the signing side ("ISA signed the Accords")
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


# ---- signed documents and accords ------------------------------------------------------


def _triggers(analysis: Analysis, sentence: Sentence) -> tuple[list[_Trigger], list[Mention]]:
    lang = sentence.lang
    rules = load_rules("agreements", lang, REQUIRED)
    treaties = [m for m in sentence.mentions if m.label == "TREATY"]
    taken = [(m.start, m.end) for m in sentence.mentions]
    triggers: list[_Trigger] = []
    for kind, phrases in rules["documents"].items():
        for found in phrase_regex(phrases).finditer(sentence.text):
            start, end = sentence.start + found.start(), sentence.start + found.end()
            if any(start < e and s < end for s, e in taken):
                continue
            if any(t.start <= start < t.end for t in triggers):
                continue
            triggers.append(_Trigger(start, end, kind, False, found.group(0)))
    for found in _rx(lang, "sign").finditer(sentence.text):
        start, end = sentence.start + found.start(), sentence.start + found.end()
        if not any(start < e and s < end for s, e in taken):
            triggers.append(_Trigger(start, end, None, True, found.group(0)))
    if treaties:
        for found in _rx(lang, "accords_join").finditer(sentence.text):
            start, end = sentence.start + found.start(), sentence.start + found.end()
            if not any(t.start == start for t in triggers) and not any(start < e and s < end for s, e in taken):
                triggers.append(_Trigger(start, end, None, True, found.group(0)))
    return sorted(triggers, key=lambda t: t.start), treaties


def _status(analysis: Analysis, sentence: Sentence, triggers: list[_Trigger]) -> str | None:
    """``signed``, ``planned``, or None when the sentence reports no signing (negated, talks, hypothetical)."""
    lang = sentence.lang
    text = sentence.text
    if _rx(lang, "negation").search(text):
        return None
    signing = [t for t in triggers if t.signing]
    if not signing:
        refs = load_rules("agreements", lang, REQUIRED)["reference_markers"]
        marker = re.compile(r"(?:" + "|".join(re.escape(r) for r in refs) + r")\s*$", re.IGNORECASE)
        if any(t.kind and marker.search(text[: t.start - sentence.start].rstrip()) for t in triggers):
            return None
    if _rx(lang, "future").search(text):
        return "planned" if signing or any(t.kind for t in triggers) else None
    if signing:
        return "signed"
    # a document named without a signing: an existing agreement unless talks or a hypothesis surround it
    if _rx(lang, "talks").search(text) or _rx(lang, "hypothetical").search(text):
        return None
    return "signed"


def _signing_facts(analysis: Analysis, sentence: Sentence, person_agency: dict[str, str]) -> list[AgreementFact]:
    triggers, treaties = _triggers(analysis, sentence)
    accords = [t for t in treaties if t.id == ACCORDS_TREATY]
    if not triggers or (not any(t.kind for t in triggers) and not any(t.signing for t in triggers)):
        return []
    if not any(t.kind for t in triggers) and not treaties and not any(PAST_SIGN.match(t.text) or t.signing
                                                                      for t in triggers):
        return []
    # "reached", "struck": a signing only when the sentence names what was reached ("reached Mars orbit" is not)
    weak = {w.lower() for w in load_rules("agreements", sentence.lang, REQUIRED)["sign_needs_document"]}
    if not any(t.kind for t in triggers) and not treaties and all(
            " ".join(t.text.lower().split()) in weak for t in triggers if t.signing):
        return []
    status = _status(analysis, sentence, triggers)
    if status is None:
        return []
    anchor = next((t for t in triggers if t.signing), triggers[0])
    inherited_kind = None
    if not treaties and not any(t.kind for t in triggers):
        # "signed the document": what was signed is named in a previous sentence
        treaties, inherited_kind = _referred_document(analysis, sentence)
        accords = [t for t in treaties if t.id == ACCORDS_TREATY]
    signatories, government_countries = _signatories(analysis, sentence, person_agency, anchor)
    date = _date(sentence, anchor) or _context_date(analysis, sentence)
    if accords and any(t.signing for t in triggers):
        return _accords_facts(analysis, sentence, date, status, signatories, government_countries, anchor)
    rules = load_rules("agreements", sentence.lang, REQUIRED)
    if _rx(sentence.lang, "government_documents").search(sentence.text) or phrase_regex(
            rules["government_markers"]).search(sentence.text):
        government_countries |= {m.ids[0].split(":", 1)[1] for m in sentence.mentions if m.label == "COUNTRY"}
    parties = _parties(analysis, sentence, government_countries, signatories, anchor)
    kind = _kind(triggers, anchor) or inherited_kind
    if kind is None:
        # a bare signing verb: only between two parties the sentence names ("Russia signed with China")
        kind = "agreement"
    if len(parties) < 2:
        parties = _parties_from_context(analysis, sentence, parties)
    if len(parties) < 2:
        return []
    subject = _subject(analysis, sentence, anchor, treaties)
    return [AgreementFact(kind, tuple(sorted(parties)), subject, date, status, signatories,
                          evidence=[evidence(sentence)], reason=f"trigger '{anchor.text}'")]


def _kind(triggers: list[_Trigger], anchor: _Trigger) -> str | None:
    kinds = [t for t in triggers if t.kind]
    if not kinds:
        return None
    # the document nearest the signing; a specific kind wins over the generic "agreement"
    kinds.sort(key=lambda t: (t.kind == "agreement", abs(t.start - anchor.start)))
    return kinds[0].kind


def _referred_document(analysis: Analysis, sentence: Sentence) -> tuple[list[Mention], str | None]:
    """For "signed the document/le texte": the treaty or document kind of the previous sentences."""
    anaphora = bool(_rx(sentence.lang, "document_anaphora").search(sentence.text))
    titles = [s for s in analysis.sentences[: sentence.index] if s.block.kind == "title"]
    window = analysis.sentences[max(0, sentence.index - 3) : sentence.index]
    # the title names what the article is about: it counts as just before every sentence
    candidates = list(reversed(window)) + [t for t in titles if t not in window]
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
        triggers, _ = _triggers(analysis, other)
        kinds = [t.kind for t in triggers if t.kind]
        if kinds:
            return [], kinds[0]
    return [], None


def _accords_facts(analysis: Analysis, sentence: Sentence, date: DateValue | None, status: str,
                   signatories: list[SignatoryFact], government_countries: set[str],
                   anchor: _Trigger) -> list[AgreementFact]:
    """One accords record per signing side, plus NASA when the article names it.

    A side is the government (``country:XX``) unless an agency is named as signing; the
    document-level pass turns a country into its agency when that agency's head signs.
    """
    named = analysis.agency_ids_named()
    sides: list[str] = []
    for mention in _relevant(analysis, sentence, anchor, [m for m in sentence.mentions
                                                          if m.label in ("AGENCY", "COUNTRY")]):
        values = [mention.ids[0]] if mention.label == "COUNTRY" else list(mention.ids)
        for value in values:
            if value in ("NASA", "country:US") or value in sides:
                continue
            if value in analysis.kb.agencies and analysis.kb.agencies[value].country is None:
                continue  # an intergovernmental agency does not sign the Accords
            if value in analysis.kb.agencies and analysis.kb.agencies[value].country in government_countries:
                continue  # a minister signs: the government is the side, not its agency
            sides.append(value)
    for code in sorted(government_countries - {"US"}):
        if f"country:{code}" not in sides:
            sides.append(f"country:{code}")
    facts = []
    for side in sides:
        members = {side, "NASA"} if "NASA" in named else {side}
        own = signatories
        if len(sides) > 1:
            own = [s for s in signatories if _signatory_side(analysis, s) in (side, None)]
        facts.append(AgreementFact("accords", tuple(sorted(members)), f"treaty:{ACCORDS_TREATY}", date, status, own,
                                   evidence=[evidence(sentence)], reason="signing of the Artemis Accords"))
    return facts


def _signatory_side(analysis: Analysis, signatory: SignatoryFact) -> str | None:
    if signatory.government_country:
        return f"country:{signatory.government_country}"
    return signatory.agency_id


def _parties(analysis: Analysis, sentence: Sentence, government_countries: set[str],
             signatories: list[SignatoryFact], anchor: _Trigger) -> list[str]:
    """Agencies and countries of the sentence; a government signatory makes its country the party."""
    parties: list[str] = []
    signing_agencies = {s.agency_id for s in signatories if s.agency_id}
    candidates = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]
    for mention in _relevant(analysis, sentence, anchor, candidates):
        if mention.label == "COUNTRY":
            code = mention.ids[0].split(":", 1)[1]
            agency = country_agency(analysis, mention.ids[0])
            if code in government_countries or agency is None:
                value = mention.ids[0]
            elif agency in signing_agencies or not government_countries:
                value = agency
            else:
                value = mention.ids[0]
            if value not in parties:
                parties.append(value)
        elif mention.label == "AGENCY":
            for agency_id in mention.ids:
                country = analysis.kb.agencies[agency_id].country if agency_id in analysis.kb.agencies else None
                if country and country in government_countries and agency_id not in signing_agencies:
                    value = f"country:{country}"
                else:
                    value = agency_id
                if value not in parties:
                    parties.append(value)
    for country in sorted(government_countries):
        party = f"country:{country}"
        if party not in parties:
            parties.append(party)
    # "... and Yamakawa signed": a signing official's agency is a party even when the sentence does not name it
    for agency_id in sorted(signing_agencies):
        if agency_id not in parties and not agency_id.startswith("country:"):
            parties.append(agency_id)
    # an agency and its own country's government named together: one party (the government when it signs)
    deduped = []
    for party in parties:
        if not party.startswith("country:") and party in analysis.kb.agencies:
            country = analysis.kb.agencies[party].country
            if country and f"country:{country}" in parties and country in government_countries:
                continue
        if party.startswith("country:"):
            agency = country_agency(analysis, party)
            if agency in parties and party.split(":", 1)[1] not in government_countries:
                continue
        deduped.append(party)
    return deduped


def _parties_from_context(analysis: Analysis, sentence: Sentence, parties: list[str]) -> list[str]:
    """"The two agencies signed ...": take the agencies of the previous sentences of the block."""
    plural = re.search(r"\b(?:the two|both|two|les deux|ces deux|deux)\s+(?:space\s+)?(?P<noun>agencies|agences|"
                       r"partners|partenaires|parties|organisations|organizations|governments|gouvernements|"
                       r"countries|pays|nations)\b", sentence.text, re.IGNORECASE)
    if not plural:
        return parties
    governments = plural.group("noun").lower() in ("governments", "gouvernements")
    found = list(parties)
    for other in reversed(analysis.sentences[max(0, sentence.index - 3) : sentence.index]):
        if other.block.index != sentence.block.index:
            break
        for mention in other.mentions:
            values = [mention.ids[0]] if governments and mention.label == "COUNTRY" else \
                agencies_of(analysis, mention, countries_as="party")
            if governments and mention.label == "AGENCY":
                values = []
            for value in values:
                if value not in found:
                    found.append(value)
        if len(found) >= 2:
            break
    return found


def _signatories(analysis: Analysis, sentence: Sentence, person_agency: dict[str, str],
                 anchor: _Trigger) -> tuple[list[SignatoryFact], set[str]]:
    """People who sign: officials, people signing "for" an agency or country, ministers and ambassadors."""
    lang = sentence.lang
    government_rx = _rx(lang, "government_roles")
    speaker_rx = _rx(lang, "speakers")
    links = load_rules("agreements", lang, REQUIRED)["signer_links"]
    link_rx = re.compile(r"^(?:" + "|".join(re.escape(w) for w in links) + r")(?: (?:the|la|le|l'))?$")
    signatories: list[SignatoryFact] = []
    governments: set[str] = set()
    for person in _relevant(analysis, sentence, anchor, sentence.persons, strict=True):
        left = analysis.text[max(sentence.start, person.start - 100) : person.start]
        right = analysis.text[person.end : min(sentence.end, person.end + 40)]
        if speaker_rx.search(left[-25:]) or speaker_rx.match(right.lstrip(" ,")):
            continue
        agency = None
        # "Zhang Kejian for CNSA", "Dimitri Rogozin pour Roscosmos"
        following = [m for m in sentence.mentions if m.start >= person.end and m.label in ("AGENCY", "COUNTRY")]
        if following and link_rx.match(gap(analysis, person.end, following[0].start)):
            ids = agencies_of(analysis, following[0], countries_as="party")
            agency = ids[0] if ids else None
        government = _government_country(analysis, sentence, person, left, right, government_rx)
        if government is not None:
            governments.add(government)
            signatories.append(SignatoryFact(person.ids[0], None, government))
            continue
        if agency and agency.startswith("country:"):
            governments.add(agency.split(":", 1)[1])
            signatories.append(SignatoryFact(person.ids[0], None, agency.split(":", 1)[1]))
            continue
        if agency is None:
            agency = person_agency.get(normalise_name(person.ids[0]))
        if agency is None:
            agency = _adjacent_agency(analysis, sentence, person)
        if agency is None and not _near_signing(person, anchor):
            continue
        signatories.append(SignatoryFact(person.ids[0], agency))
    return signatories, governments


def _near_signing(person: Mention, anchor: _Trigger) -> bool:
    return abs(person.start - anchor.start) < 120


def _adjacent_agency(analysis: Analysis, sentence: Sentence, person: Mention) -> str | None:
    """"NASA Administrator Bill Nelson", "Bill Nelson, NASA's administrator": the agency within a few words."""
    roles = _role_words(sentence.lang)
    for mention in sentence.agencies():
        if len(mention.ids) != 1:
            continue
        if mention.end <= person.start:
            between = gap(analysis, mention.end, person.start)
            if len(between.split()) <= 3 and roles.search(between):
                return mention.ids[0]
        elif person.end <= mention.start:
            between = gap(analysis, person.end, mention.start)
            if len(between.split()) <= 6 and roles.search(between) and between.startswith(","):
                return mention.ids[0]
    return None


def _role_words(lang: str) -> re.Pattern:
    from .officials import role_lexicon

    return phrase_regex(role_lexicon(lang))


def _government_country(analysis: Analysis, sentence: Sentence, person: Mention, left: str, right: str,
                        government_rx: re.Pattern) -> str | None:
    """Country code when the person signs as a minister, ambassador or head of state."""
    near_left = left[-90:]
    near_right = right[:45]
    left_roles = list(government_rx.finditer(near_left))
    role = left_roles[-1] if left_roles else government_rx.search(near_right)
    if role is None:
        return None
    if left_roles:
        # the title belongs to this person only if no other person stands between them
        role_end = person.start - len(near_left) + role.end()
        if any(role_end <= other.start < person.start for other in sentence.persons if other is not person):
            return None
    # a country adjective or name next to the role: "Indian ambassador", "ministre luxembourgeois de l'Économie"
    window = near_left + " " + near_right
    for word in re.findall(r"[\w’'-]+", window):
        agency = analysis.kb.agency_for_adjective(word, sentence.lang)
        if agency is not None and agency.country:
            return agency.country
    codes = [m.ids[0].split(":", 1)[1] for m in sentence.mentions if m.label == "COUNTRY"]
    # the host country ("ambassador to the United States") is rarely the one signing
    if codes:
        return next((c for c in codes if c != "US"), codes[0])
    # "C'est le ministre de l'Économie, Franz Fayot, qui a signé": the country the article just named
    for other in reversed(analysis.sentences[max(0, sentence.index - 3) : sentence.index]):
        codes = {m.ids[0].split(":", 1)[1] for m in other.mentions if m.label == "COUNTRY"} - {"US"}
        if len(codes) == 1:
            return codes.pop()
    return None


def _relevant(analysis: Analysis, sentence: Sentence, anchor: _Trigger, mentions: list[Mention],
              strict: bool = False) -> list[Mention]:
    """Mentions that take part in the signing, read from the dependency parse.

    A mention whose path up to the signing word goes through a bystander word ("in the
    presence of", "lors de la visite") or through another verb is left out. Without a parse,
    or when the filter would leave fewer than two parties (parses of small models fail),
    every mention is kept unless ``strict``.
    """
    # words just before a mention say it watches the signing ("lors de la visite du président X")
    mentions = [m for m in mentions if not _bystander_before(analysis, sentence, m)] if strict else mentions
    doc = sentence.span.doc
    if not doc.has_annotation("DEP") or not mentions:
        return mentions
    base = sentence.block.start
    head = doc.char_span(anchor.start - base, anchor.end - base, alignment_mode="expand")
    if head is None:
        return mentions
    anchor_token = head.root
    kept = []
    for mention in mentions:
        span = doc.char_span(mention.start - base, mention.end - base, alignment_mode="expand")
        if span is None:
            kept.append(mention)
            continue
        if _attached(span.root, anchor_token):
            kept.append(mention)
    if strict or len(kept) >= 2 or len(kept) == len(mentions):
        return kept
    return mentions


def _bystander_before(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    words = re.findall(r"[\w’'-]+", analysis.text[max(sentence.start, mention.start - 80) : mention.start].lower())
    return any(word in BYSTANDER_WORDS for word in words[-6:])


def _attached(token, anchor) -> bool:
    """True when ``token`` reaches the signing word without crossing a bystander word or another clause.

    Crossing another verb is allowed only when that verb governs the signing and the mention
    is its subject ("India decided to sign ...").
    """
    child, node = token, token
    for _ in range(60):
        if node.i == anchor.i:
            return True
        if node.head.i == node.i:
            break
        child, node = node, node.head
        if node.i == anchor.i:
            return True
        if node.lower_ in BYSTANDER_WORDS:
            return False
        if node.pos_ == "VERB" and child.dep_ not in ("conj", "appos", "flat", "flat:name", "compound"):
            return node.is_ancestor(anchor) and child.dep_.startswith("nsubj")
    # the root reached without meeting the signing word (a nominal trigger, a title): same tree
    return True


def _date(sentence: Sentence, anchor: _Trigger) -> DateValue | None:
    words = load_rules("agreements", sentence.lang, REQUIRED)["date_exclusions"]
    # "since 1999", "depuis 1999": a date that is not when anything was signed
    excluded = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")$", re.IGNORECASE)
    starts_excluded = re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    dated = [d for d in sentence.dates if d.value.year is not None
             and not excluded.search(sentence.text[: d.start - sentence.start].rstrip())
             and not starts_excluded.match(d.text)]
    if not dated:
        return None
    after = [d for d in dated if d.start >= anchor.start]
    pool = after if after and after[0].start - anchor.end < 120 else dated
    return min(pool, key=lambda d: abs(d.start - anchor.start)).value


def _context_date(analysis: Analysis, sentence: Sentence) -> DateValue | None:
    """"The partnership was sealed on 30 Sept. 2014. X and Y signed the agreement ...": the date of the
    previous sentence of the block when that sentence reports a signing too."""
    if sentence.index == 0:
        return None
    previous = analysis.sentences[sentence.index - 1]
    if previous.block.index != sentence.block.index:
        return None
    triggers, _ = _triggers(analysis, previous)
    signing = [t for t in triggers if t.signing]
    if not signing:
        return None
    return _date(previous, signing[0])


def _subject(analysis: Analysis, sentence: Sentence, anchor: _Trigger, treaties: list[Mention]) -> str | None:
    if treaties:
        return f"treaty:{treaties[0].id}"
    missions = [m for m in sentence.missions() if not _is_launcher(analysis, m)] or sentence.missions()
    after = [m for m in missions if m.start >= anchor.start]
    if after:
        return _host(analysis, after[0].id)
    if missions:
        return _host(analysis, missions[-1].id)
    anaphora = _rx(sentence.lang, "subject_anaphora")
    if anaphora.search(sentence.text):
        for other in reversed(analysis.sentences[max(0, sentence.index - 6) : sentence.index]):
            if other.block.kind in ("credit", "caption") or other.block.lang != sentence.lang:
                continue
            found = [m for m in other.missions() if not _is_launcher(analysis, m)]
            if found:
                return _host(analysis, found[-1].id)
    return None


def _is_launcher(analysis: Analysis, mention: Mention) -> bool:
    entry = kb_mission(analysis, mention.id)
    return entry is not None and entry.kind == "launcher"


def _host(analysis: Analysis, mission_id: str) -> str:
    """An instrument's agreement is about the mission that carries it, when the article names that mission."""
    entry = kb_mission(analysis, mission_id)
    if entry is not None and entry.kind == "instrument" and entry.part_of:
        parent = analysis.kb.mission_by_name(entry.part_of)
        if parent is not None and any(m.id == parent.id for m in analysis.mentions("MISSION")):
            return parent.id
    return mission_id


# ---- stated cooperation -------------------------------------------------------------------


def _cooperation_facts(analysis: Analysis, sentence: Sentence) -> list[AgreementFact]:
    """"DORN supplied to CNSA by CNES", "ESA's ground stations tracked Chandrayaan-3": kind cooperation.

    Each cue gives one pair: the supplier (the agent after "by"/"par", else the agency just
    before the cue) and the receiver ("to CNSA", else the lead of the mission served).
    """
    lang = sentence.lang
    if _rx(lang, "negation").search(sentence.text) or not sentence.missions():
        return []
    agent_words = load_rules("agreements", lang, REQUIRED)["cooperation_agent"]
    agent_rx = re.compile(r"^(?:" + "|".join(re.escape(w) for w in agent_words) + r")(?: (?:the|la|le|l'))?$")
    receiver_rx = re.compile(r"^(?:to|for|à|au|pour)(?: (?:the|la|le|l'))?$")
    named = analysis.agency_ids_named()
    agencies = [m for m in sentence.mentions if agencies_of(analysis, m)]
    facts: list[AgreementFact] = []
    for cue in _rx(lang, "cooperation").finditer(sentence.text):
        cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
        after = [m for m in agencies if m.start >= cue_end and m.start - cue_end < 40]
        before = [m for m in agencies if m.end <= cue_start and cue_start - m.end < 60]
        supplier = next((m for m in after if agent_rx.match(gap(analysis, cue_end, m.start))), None)
        supplier = supplier or (before[-1] if before else None)
        if supplier is None:
            continue
        receiver = next((m for m in after if m is not supplier and receiver_rx.match(gap(analysis, cue_end, m.start))),
                        None)
        subject_mention = _nearest(sentence.missions(), cue_start)
        subject = _host(analysis, subject_mention.id)
        supplier_id = agencies_of(analysis, supplier)[0]
        receiver_id = agencies_of(analysis, receiver)[0] if receiver else _lead_of(analysis, subject)
        if not receiver_id or receiver_id == supplier_id or receiver_id not in named:
            continue
        entry = kb_mission(analysis, subject)
        joint = entry is not None and {supplier_id, receiver_id} <= {entry.lead, *entry.partners}
        if joint and not re.search(r"track|ground|station|relay|data|suivi|sol|relais|données", cue.group(0), re.I):
            continue  # a satellite two agencies build together is participation, not a cooperation
        facts.append(AgreementFact("cooperation", tuple(sorted((supplier_id, receiver_id))), subject, None, "ongoing",
                                   [], evidence=[evidence(sentence)], reason=f"stated cooperation '{cue.group(0)}'"))
    return facts


def instrument_cooperations(analysis: Analysis, mission_facts: list) -> list[AgreementFact]:
    """An agency leading an instrument that flies on another agency's mission cooperates with it on that
    mission (the contract's example: DORN, CNES's instrument on CNSA's Chang'e 6)."""
    leads: dict[str, set[str]] = {}
    stated: dict[str, set[str]] = {}  # the instrument's supplier must be stated by the text, not the KB
    for fact in mission_facts:
        if isinstance(fact, ParticipationFact) and fact.role == "lead":
            leads.setdefault(fact.mission, set()).add(fact.agency_id)
            if not (fact.reason or "").startswith("lead agency from the knowledge base"):
                stated.setdefault(fact.mission, set()).add(fact.agency_id)
    out: list[AgreementFact] = []
    for fact in mission_facts:
        if not isinstance(fact, PartOfFact):
            continue
        entry = kb_mission(analysis, fact.mission)
        if entry is None or entry.kind != "instrument":
            continue
        for supplier in sorted(stated.get(fact.mission, ())):
            for host_lead in sorted(leads.get(fact.parent, ())):
                if supplier != host_lead:
                    out.append(AgreementFact("cooperation", tuple(sorted((supplier, host_lead))), fact.parent, None,
                                             "ongoing", [], evidence=list(fact.evidence),
                                             reason="an instrument of one agency on another agency's mission"))
    return out


def _lead_of(analysis: Analysis, mission_id: str) -> str | None:
    entry = kb_mission(analysis, mission_id)
    return entry.lead if entry is not None else None


def _nearest(mentions: list[Mention], position: int) -> Mention:
    return min(mentions, key=lambda m: abs(m.start - position))
