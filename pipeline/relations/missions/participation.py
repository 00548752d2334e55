"""Participation facts (lead, partner, contributor) of the missions of a document.

KB leads the article supports, owners named by a possessive or a nationality, and the cue rules of ``roles`` and
``participation_cues`` for every sentence.
"""

from __future__ import annotations

import re

from ...analysis import Analysis, Mention, Sentence
from ...regex_cache import alternation, compiled
from ..common import agencies_of, evidence, gap
from ..facts import Fact, ParticipationFact, PartOfFact
from ..lexicon import phrase_regex
from .anaphora import _agency_pair, _agency_pronoun, _anaphor_mention, _referred_mission, fronted_subject
from .away import away_participation, joint_pair, pair_subject_partners
from .events import _is_launcher as _is_carrier
from .knowledge import _is_launcher, _kb_role, kb_mission, serial_base
from .part_of import NAME_QUALIFIER
from .participation_cues import _coordinated, _cue_participation, possessive_owners
from .roles import _active_leads, _copula_owner, _lead_cues, _part_supply, _supplied_parts, instrument_mention
from .rule_file import _FR_OWNER_GAPS, _POSSESSIVE_GAPS, _rx, few_words, rules


def _kb_leads(analysis: Analysis, missions: dict[str, list[Mention]], named: set[str]) -> list[Fact]:
    """The KB lead of a mission, only where the article names that agency with the mission.

    The KB lead of a mission, only where the article names that agency in a sentence with the mission (or with "the
    mission" referring back to it); the fact's reason says the role is a KB default.
    """
    facts: list[Fact] = []
    with_mission = _agencies_with_mission(analysis)
    for mission_id in missions:
        entry = kb_mission(analysis, mission_id) or serial_base(analysis, mission_id)
        if entry is None and mission_id.startswith("family:"):
            stem = re.sub(r"\d+[a-z]?$", "", mission_id.split(":", 1)[1])
            entry = analysis.kb.families.get(stem)
        # launchers are mostly operated by companies (Arianespace, MHI): their agency must be stated
        if entry is None or not entry.lead or entry.kind == "launcher" or entry.lead not in named:
            continue
        sentence = with_mission.get(mission_id, {}).get(entry.lead)
        parent = analysis.kb.mission_by_name(entry.part_of) if entry.part_of else None
        # an instrument's builder is seldom its host's owner (HiRISE on NASA's MRO: University of Arizona); a craft's
        # own lander or cubesat (Vikram of ISRO's Chandrayaan-3, Milani of ESA's Hera) keeps the KB lead
        if (sentence is not None and parent is not None and entry.kind == "instrument"
                and _owner_of_host_only(analysis, sentence, entry.lead, parent.id)):
            continue
        if parent is None and entry.family:  # "CBERS-4A" belongs to the CBERS family's programme
            parent = analysis.kb.mission_by_name(entry.family)
            parent = parent if parent is not None and parent.id != mission_id else None
        if sentence is None and parent is not None and parent.lead == entry.lead:
            # "Artemis II" with NASA tied to "its Artemis programme": the programme's lead runs its flights
            sentence = with_mission.get(parent.id, {}).get(entry.lead)
        # an instrument's builder is seldom its host's owner (HiRISE on NASA's MRO: University of Arizona); a craft's
        # own lander or cubesat (Vikram of ISRO's Chandrayaan-3, Milani of ESA's Hera) keeps the KB lead
        if sentence is not None:
            facts.append(ParticipationFact(
                mission_id, entry.lead, "lead", evidence=[evidence(sentence)],
                reason="lead agency from the knowledge base (a KB default): the article names it with the mission"))
    return facts


def _owner_of_host_only(analysis: Analysis, sentence: Sentence, agency_id: str, host_id: str) -> bool:
    """Whether the sentence names the agency only as the possessive owner of a part's host.

    "the HiRISE camera on NASA's Mars Reconnaissance Orbiter": NASA owns the orbiter, the sentence states no builder of
    the camera, so the camera's KB lead is not supported. False when the agency is named elsewhere in the sentence
    or not in it at all (then the KB lead stands as before).
    """
    named = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY") and agency_id in agencies_of(analysis, m)]
    if not named:
        return False
    hosts = [m for m in sentence.missions() if m.id == host_id]
    owners = {(o.start, o.end) for host in hosts for o in possessive_owners(analysis, sentence, host)}
    return all((m.start, m.end) in owners for m in named)


def _agencies_with_mission(analysis: Analysis) -> dict[str, dict[str, Sentence]]:
    """The first sentence tying each agency to each mission.

    mission id -> agency id -> first sentence naming the mission (or referring back to it) with the agency named in it,
    or in the sentence just before or after in the same paragraph when that one names no other mission.
    """
    out: dict[str, dict[str, Sentence]] = {}
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        missions = [m.id for m in sentence.missions()]
        if not missions:
            referred = _referred_mission(analysis, sentence)
            missions = [referred.id] if referred is not None else []
        # a neighbour about another mission ties its agencies to that one ("l'ISRO et le CNES travaillent sur
        # TRISHNA. L'instrument MIRS équipera la sonde MMX": CNES is not tied to MIRS)
        window = [s for s in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 2]
                  if s.block.index == sentence.block.index
                  and (s is sentence or not any(m.id not in missions for m in s.missions()))]
        for s in window:
            owned = _owned_missions(analysis, s)
            for m in s.mentions:
                if m.label not in ("AGENCY", "COUNTRY"):
                    continue
                tied = [i for i in missions if (m.start, m.end) not in owned
                        or any(_part_of_owned(analysis, i, o) for o in owned[(m.start, m.end)])]
                for agency_id in agencies_of(analysis, m):
                    for mission_id in tied:
                        out.setdefault(mission_id, {}).setdefault(agency_id, sentence)
    return out


def _owned_missions(analysis: Analysis, sentence: Sentence) -> dict[tuple[int, int], set[str]]:
    """(start, end) of each agency or country mention that owns a mission of the sentence by a possessive -> those ids.

    "La station lunaire Gateway de la NASA doit être assemblée dans le cadre du programme Artemis", "NASA's CAPSTONE
    cubesat ... the Gateway lunar station": the possessive gives the agency its own mission; it does not name it with
    the other one, whose KB lead it would otherwise seem to support. The owner of a coordinated list owns every name of
    it ("NASA's Mars Reconnaissance Orbiter and Mars Odyssey"). A vehicle owned is no such own mission: "la navette
    Discovery de la NASA décollait pour la mission STS-51-G" names NASA with the flight it carries.
    """
    missions = sentence.missions()
    owned: dict[tuple[int, int], set[str]] = {}
    for mission in missions:
        owners = possessive_owners(analysis, sentence, mission)
        if not owners:
            continue
        if _is_carrier(analysis, mission):
            return {}
        for owner in owners:
            owned.setdefault((owner.start, owner.end), set()).update(
                m.id for m in _coordinated(analysis, sentence, missions, mission))
    return owned


def _part_of_owned(analysis: Analysis, mission_id: str, owned: str) -> bool:
    """Whether the mission is the owned one, or a part or a flight of it by the KB (never its programme).

    "Vikram of ISRO's Chandrayaan-3", "Artemis II, the first crewed flight of NASA's Artemis programme": the owner of
    the host or programme is named with its lander or flight; the owner of "Gateway de la NASA" is not named with the
    programme Gateway belongs to.
    """
    entry = kb_mission(analysis, mission_id) or serial_base(analysis, mission_id)
    seen = {mission_id}
    while mission_id != owned and entry is not None and entry.part_of:
        parent = analysis.kb.mission_by_name(entry.part_of)
        if parent is None or parent.id in seen:
            return False
        if parent.id == owned:
            return True
        seen.add(parent.id)
        entry = parent
    return mission_id == owned


def _text_participation(analysis: Analysis, missions: dict[str, list[Mention]]) -> list[Fact]:
    """Participation facts the text states, sentence by sentence.

    Participation facts the text states, sentence by sentence: owners, lead and supply cues, participation cues and
    supplied parts for the missions a sentence names (or the one it refers back to).
    """
    facts: list[Fact] = []
    named = analysis.agency_ids_named()  # once per document: read for every mission of every sentence
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        in_sentence = [m for m in sentence.missions()]
        if not in_sentence:
            facts += _anaphor_participation(analysis, sentence)
            if _referred_mission(analysis, sentence) is None:
                # "Juice left in April. NASA and JAXA supplied hardware for several of its instruments."
                facts += away_participation(analysis, sentence)
            continue
        owners = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]
        pronoun = _agency_pronoun(analysis, sentence)
        if pronoun is not None:
            owners = [pronoun, *owners]
        facts += _owners(analysis, sentence, in_sentence, owners, named)
        facts += _pronoun_owners(analysis, sentence, in_sentence)
        facts += _compound_owners(analysis, sentence, in_sentence, owners)
        facts += _crew_partners(analysis, sentence, in_sentence, owners)
        # 2. "led by", "developed by": lead; "IXPE is the first NASA mission": the agency runs it
        facts += _lead_cues(analysis, sentence, in_sentence, owners)
        facts += _copula_owner(analysis, sentence, in_sentence, owners)
        # 2b. "PhilSA is developing the MULA satellite": an agency right before a lead verb runs the mission after
        facts += _active_leads(analysis, sentence, in_sentence, owners)
        # 2c. "Elle fournit le module de service de la capsule Orion": the agency contributes to the mission
        facts += _active_leads(analysis, sentence, in_sentence, owners, supply=True)
        # 3. participation cues: partners and contributors ("the two agencies" stands for the last two named)
        # "A third joint mission, TRISHNA": a joint adjective with no agency named stands for the two of the sentence
        # before
        pair = _agency_pair(analysis, sentence) or joint_pair(analysis, sentence)
        cued = _cue_participation(analysis, sentence, in_sentence, owners, pair)
        # "The two agencies are already preparing SVOM": the pair is the subject of a building or operating verb
        cued += pair_subject_partners(analysis, sentence, in_sentence)
        facts += cued
        # 3b. "le radar CPR, fourni par la JAXA": a named instrument supplied by an agency belongs to its host
        facts += _supplied_instrument_hosts(analysis, sentence, in_sentence, cued)
        # 4. "MBRSC's rover will be carried by CNSA's Chang'e 7": the part's owner contributes
        facts += _supplied_parts(analysis, sentence, in_sentence, owners)
    return facts


def _supplied_instrument_hosts(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                               cued: list[Fact]) -> list[Fact]:
    """Host, lead and contributor facts of a named instrument a supply cue gives an agent ("CPR, fourni par la JAXA").

    Only for an instrument read after an instrument head noun (the KB lacks it) or a KB instrument with no KB host:
    the agent leads it, it belongs to the craft the sentence (or the one before, or the title) names, and the agent
    contributes to that craft (see ``roles._part_supply``).
    """
    facts: list[Fact] = []
    for fact in cued:
        if not isinstance(fact, ParticipationFact) or fact.reason not in ("supplies a part", "supplies the instrument"):
            continue
        part = next((m for m in in_sentence if m.id == fact.mission), None)
        entry = kb_mission(analysis, fact.mission)
        if part is None or not instrument_mention(analysis, sentence, part) or entry is not None and entry.part_of:
            continue
        owner = next((o for o in sentence.mentions if o.label in ("AGENCY", "COUNTRY")
                      and fact.agency_id in agencies_of(analysis, o)), None)
        if owner is not None:
            facts += _part_supply(analysis, sentence, in_sentence, owner, [part], "supplied by")
    return facts


def _anaphor_participation(analysis: Analysis, sentence: Sentence) -> list[Fact]:
    """Participation facts of a sentence that names no mission but refers back to one ("the mission")."""
    facts: list[Fact] = []
    owners = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]
    referred = _referred_mission(analysis, sentence)
    if referred is None:
        # "Développé sous la conduite de l'ESA ..., il a lancé des dizaines de satellites": a fronted participle with
        # a lead cue, then a subject pronoun standing for the mission last named
        opening = _rx(sentence.lang, "lead").search(sentence.text)
        subject = fronted_subject(analysis, sentence, [], sentence.start + opening.start(),
                                  sentence.start + opening.end()) if opening is not None else None
        return _lead_cues(analysis, sentence, [subject], owners) if subject is not None else facts
    # "Mené par l'Agence spatiale suédoise, le projet a associé le CNES, l'Agence spatiale canadienne et la Finlande":
    # the back-reference stands where a mission name would, so the participation cues read it at its own place
    anaphor = _anaphor_mention(analysis, sentence, referred)
    facts += _cue_participation(analysis, sentence, [anaphor if anaphor is not None else referred], owners,
                                _agency_pair(analysis, sentence))
    # "The mission was built and is led by ESA", "ESA developed the satellite", "L'ESA a apporté son
    # appui à la mission": the lead and supply cues read it like one too
    if anaphor is not None:
        facts += _lead_cues(analysis, sentence, [anaphor], owners)
        facts += _active_leads(analysis, sentence, [anaphor], owners)
        facts += _active_leads(analysis, sentence, [anaphor], owners, supply=True)
    return facts


def _owners(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention], owners: list[Mention],
            named: set[str] | None = None) -> list[Fact]:
    """Owners of a mission named by a possessive, an adjacent agency or a nationality word.

    Owners named by a possessive or adjacent agency ("NASA's Space Launch System", "la sonde JUICE de l'ESA") or by a
    nationality word ("the Japanese probe Hayabusa2", "la mission franco-chinoise SVOM"). ``named``: the agencies the
    article names (:meth:`Analysis.agency_ids_named`), read once by the caller rather than once per mission.
    """
    facts: list[Fact] = []
    lang = sentence.lang
    # 1. possessive or adjacent owner: "NASA's Space Launch System", "la sonde JUICE de l'ESA"
    for mission in in_sentence:
        for owner in owners:
            ids = agencies_of(analysis, owner)
            if not ids:
                continue
            before = owner.end <= mission.start and few_words(analysis.text, owner.end, mission.start) \
                and _POSSESSIVE_GAPS.match(gap(analysis, owner.end, mission.start))
            after = mission.end <= owner.start and lang == "fr" and few_words(analysis.text, mission.end, owner.start) \
                and _FR_OWNER_GAPS.match(gap(analysis, mission.end, owner.start))
            if before or after:
                # "ISRO's PSLV and LVM3", "les fusées PSLV et LVM3 de l'ISRO": the owner of a coordinated list owns
                # each name of it (after a possessive, before a French "de")
                group = [m for m in _coordinated(analysis, sentence, in_sentence, mission)
                         if (m.start > mission.start if before else m.start < mission.start)]
                # "ESA and JAXA's BepiColombo", "la sonde BepiColombo de l'ESA et de la JAXA": coordinated owners too
                for agency_id in ids + _coordinated_owners(analysis, owners, owner, backwards=bool(before)):
                    for target in (mission, *group):
                        facts.append(ParticipationFact(
                            target.id, agency_id, _kb_role(analysis, target.id, agency_id),
                            evidence=[evidence(sentence)], reason="agency owns the mission"
                            if target is mission else "agency owns the list of missions coordinated with it"))
    # "Deux satellites franco-indiens sont en orbite : Megha-Tropiques et SARAL": a counted list's nationality
    for target, agency_ids in _counted_nationalities(analysis, sentence, in_sentence, named):
        for agency_id in agency_ids:
            facts.append(ParticipationFact(
                target.id, agency_id, _kb_role(analysis, target.id, agency_id), evidence=[evidence(sentence)],
                reason="nationality adjective of a counted list, the country's agency named in the article"))
    # "the Japanese probe Hayabusa2", "la mission franco-chinoise SVOM": a nationality the article names
    # "une fusée indienne PSLV", "la fusée japonaise H3": a launcher written with the country's adjective is that
    # country's agency's when the article names the agency (a launcher with no country word keeps no agency)
    for mission in in_sentence:
        nationalities = _nationalities_before(analysis, sentence, mission, named)
        # "TRMM, another U.S.-Japanese satellite, ...", "TRMM, un autre satellite nippo-américain": an apposition
        nationalities += [a for a in _nationalities_in_apposition(analysis, sentence, mission, named)
                          if a not in nationalities]
        # "les sondes germano-américaines Helios 1 et Helios 2", "two Japanese probes, Sakigake and Suisei": the
        # adjective before the first of a coordination qualifies every mission coordinated after it
        group = [m for m in _coordinated(analysis, sentence, in_sentence, mission) if m.start >= mission.start] \
            if nationalities else []
        for target in group or [mission]:
            for agency_id in nationalities:
                facts.append(ParticipationFact(
                    target.id, agency_id, _kb_role(analysis, target.id, agency_id), evidence=[evidence(sentence)],
                    reason="nationality adjective, the country's agency named in the article"))
    return facts


def _pronoun_owners(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention]) -> list[Fact]:
    """Owners named by a possessive pronoun: "ISRO launched XPoSat on its PSLV rocket", "Its Vikram lander".

    A possessive determiner of ``possessive_pronouns`` and at most two words right before a mission stand for the
    subject of their clause (cut at a comma, semicolon, colon or dash) when it is an agency or a country: its first
    mention, at most two words into the clause, not itself a possessive ("New Zealand's launch industry ... its
    Electron rocket" is the industry's). A possessive that opens the sentence stands for the previous sentence's
    subject in the same paragraph ("ISRO's Chandrayaan-2 ... Its Vikram lander").
    """
    words = rules(sentence.lang)["possessive_pronouns"]
    possessive = re.compile(r"(?:^|(?<=[\s(\"«]))(?:" + "|".join(re.escape(w) for w in words)
                            + r")\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
    facts: list[Fact] = []
    for mission in in_sentence:
        found = possessive.search(analysis.text, max(sentence.start, mission.start - 50), mission.start)
        if found is None:
            continue
        if not analysis.text[sentence.start : found.start()].strip():
            previous = analysis.sentences[sentence.index - 1] if sentence.index > 0 else None
            subject = _subject_agency(analysis, previous, previous.start, previous.end, possessor=True) \
                if previous is not None and previous.block.index == sentence.block.index else None
        else:
            cuts = [sentence.start] + [sentence.start + m.end() for m in re.finditer(r"[,;:—–]", sentence.text)
                                       if sentence.start + m.end() <= found.start()]
            clause = analysis.text[max(cuts) : found.start()]
            if re.match(r"\s*(?:which|who|that|qui|que|qu['’]|dont|lequel|laquelle)\b", clause, re.IGNORECASE):
                continue  # "JAXA, which gave NASA part of the samples its Hayabusa2 probe": the relative's antecedent
            subject = _subject_agency(analysis, sentence, max(cuts), found.start(), possessor=False)
            if subject is None and not any(max(cuts) <= m.start < found.start() for m in sentence.mentions):
                # "ISRO launched XPoSat, its first satellite ..., on 1 January on its PSLV rocket": an apposition
                # or a complement with no subject of its own: the sentence's subject
                subject = _subject_agency(analysis, sentence, sentence.start, found.start(), possessor=False)
        if subject is None:
            continue
        for agency_id in agencies_of(analysis, subject):
            facts.append(ParticipationFact(mission.id, agency_id, _kb_role(analysis, mission.id, agency_id),
                                           evidence=[evidence(sentence)],
                                           reason=f"'{found.group(0).strip()}' stands for the subject, its owner"))
    return facts


def _subject_agency(analysis: Analysis, sentence: Sentence, start: int, end: int, *,
                    possessor: bool) -> Mention | None:
    """The agency or country opening the clause ``start:end`` as its subject (at most two words in), else None.

    ``possessor``: whether a possessive form ("ISRO's Chandrayaan-2") may stand as the subject.
    """
    first = next((m for m in sentence.mentions if start <= m.start and m.end <= end), None)
    if first is None or first.label not in ("AGENCY", "COUNTRY") or \
            len(analysis.text[start : first.start].split()) > 2:
        return None
    if not possessor and re.match(r"['’]s\b", analysis.text[first.end : first.end + 3]):
        return None
    return first


_OWNER_JOINERS = re.compile(r"^(?:,|and|,? and|et|, et)(?: (?:de la|de l'|du|des|d'|the))?$")


def _coordinated_owners(analysis: Analysis, owners: list[Mention], owner: Mention, *, backwards: bool) -> list[str]:
    """Agencies coordinated with an owner.

    Before a possessive ("ESA and JAXA's") or after "de" ("de l'ESA et de la JAXA").
    """
    ordered = sorted(owners, key=lambda o: o.start, reverse=backwards)
    found: list[str] = []
    last = owner
    for other in ordered[ordered.index(owner) + 1 :]:
        between = gap(analysis, other.end, last.start) if backwards else gap(analysis, last.end, other.start)
        if not _OWNER_JOINERS.match(between):
            break
        found += [a for a in agencies_of(analysis, other) if a not in found]
        last = other
    return found


def _crew_partners(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                   owners: list[Mention]) -> list[Fact]:
    """Agencies whose astronaut flies on a mission take part in it.

    "CSA astronaut Jeremy Hansen will fly on Artemis II", "l'astronaute de l'ESA Thomas Pesquet a volé à bord de
    Crew-2": the agency of the astronaut, then a flight cue and the mission named right after it (a launcher is the
    vehicle, not the mission).
    """
    lang_rules = rules(sentence.lang)
    crew = phrase_regex(lang_rules["crew"])
    flight = phrase_regex(lang_rules["crew_flight"])
    facts: list[Fact] = []
    for owner in owners:
        after = analysis.text[owner.end : min(sentence.end, owner.end + 20)]
        before = analysis.text[max(sentence.start, owner.start - 30) : owner.start]
        if not (re.match(r"^(?:['’]s)?\s+", after) and crew.match(re.sub(r"^(?:['’]s)?\s+", "", after)) or
                compiled(r"(?:" + crew.pattern + r")\s+(?:de la|de l['’]|du|des|de)\s*$",
                         re.IGNORECASE).search(before)):
            continue
        cue = flight.search(analysis.text, owner.end, sentence.end)
        if cue is None:
            continue
        target = next((m for m in in_sentence if m.start >= cue.end()), None)
        if target is None or target.start - cue.end() > 25 or _is_launcher(analysis, target):
            continue
        for agency_id in agencies_of(analysis, owner):
            facts.append(ParticipationFact(target.id, agency_id, "partner", evidence=[evidence(sentence)],
                                           reason="its astronaut flies on the mission"))
    return facts


def _compound_owners(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                     owners: list[Mention]) -> list[Fact]:
    """Both agencies of a hyphenated pair written before a mission ("the NASA-ISRO mission NISAR").

    "The NASA–ISRO NISAR satellite", "NASA-ISRO's NISAR", "la mission NASA-ISRO NISAR": two agencies joined by a hyphen,
    a dash or a slash, then (after an optional possessive and head noun) the mission, name a joint mission: both take
    part.
    """
    heads = alternation(rules(sentence.lang)["mission_heads"])
    after_rx = compiled(r"^(?:'s)?\s?(?:(?:joint |conjointe |commune )?(?:" + heads + r"))?$")
    head_before = compiled(r"(?:" + heads + r")\s+$", re.IGNORECASE)
    agencies = sorted((o for o in owners if o.label == "AGENCY"), key=lambda o: o.start)
    facts: list[Fact] = []
    for first, second in zip(agencies, agencies[1:], strict=False):
        if analysis.text[first.end : second.start] not in ("-", "–", "—", "/"):
            continue
        for mission in in_sentence:
            if mission.start < second.end:
                continue
            between = gap(analysis, second.end, mission.start)
            if not (after_rx.match(between) or (between == "" and head_before.search(
                    analysis.text[max(sentence.start, first.start - 20) : first.start]))):
                continue
            for owner in (first, second):
                for agency_id in agencies_of(analysis, owner):
                    facts.append(ParticipationFact(mission.id, agency_id, _kb_role(analysis, mission.id, agency_id),
                                                   evidence=[evidence(sentence)],
                                                   reason="a pair of agencies names the joint mission"))
    return facts


# a word: "U.S.-Japanese" (letters with dots, then a hyphenated tail) is one word, as "franco-indien"
_NATIONALITY_WORD = re.compile(r"(?:\w\.)+(?:-[\w’'-]+)?|[\w’'-]+")


def _nationality_codes(analysis: Analysis, word: str, lang: str) -> list[str]:
    """The countries a nationality word names: "japonais" -> JP, "franco-indien" -> FR, IN, "U.S.-Japanese": US, JP."""
    lowered = word.lower()
    prefixes: dict[str, str] = rules(lang)["nationality_prefixes"]
    agency = analysis.kb.agency_for_adjective(lowered, lang)
    if agency is not None and agency.country:
        return [agency.country]
    if "-" not in lowered:
        return []
    *heads, last = lowered.split("-")
    tail = analysis.kb.agency_for_adjective(last, lang)
    if tail is not None and all(h in prefixes for h in heads):
        return [prefixes[h] for h in heads] + ([tail.country] if tail.country else [])
    # "the French-American TOPEX/Poseidon mission": every part a nationality adjective
    parts = [analysis.kb.agency_for_adjective(h, lang) for h in lowered.split("-")]
    if all(p is not None and p.country for p in parts):
        return [p.country for p in parts if p is not None and p.country]
    return []


def _primary_agencies(analysis: Analysis, codes: list[str], named: set[str], found: list[str]) -> None:
    """Add to ``found`` the primary agency of each country of ``codes`` the article names (ESA for "EU")."""
    for code in codes:
        primary = analysis.kb.primary_agency(code) if code != "EU" else analysis.kb.agencies.get("ESA")
        if primary is not None and primary.id in named and primary.id not in found:
            found.append(primary.id)


def _counted_nationalities(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                           named: set[str] | None = None) -> list[tuple[Mention, list[str]]]:
    """The missions of a counted list whose head carries a nationality word, each with the agencies it names.

    "Deux satellites franco-indiens sont aujourd'hui en orbite : Megha-Tropiques ... et SARAL", "Two French-Indian
    satellites, Megha-Tropiques and SARAL": a number word (``counted_lists``), a head noun (``counted_heads``) with a
    nationality word among the two words before or after it, then (after a predicate naming no mission, up to a
    colon) as many missions as the number says: each country's agency the article names takes part in each of them.
    Not for instruments ("Ses trois instruments indiens"): an instrument's builder is stated, not its country's.
    """
    lang_rules = rules(sentence.lang)
    numbers: dict[str, str] = lang_rules["counted_lists"]
    phrase = compiled(r"(?<![\w'’-])(" + alternation(numbers) + r")\s+((?:[\w'’.-]+\s+){0,2}?)("
                      + alternation(lang_rules["counted_heads"]) + r")((?:\s+[\w'’.-]+){0,2})(?=[\s,:])",
                      re.IGNORECASE)
    out: list[tuple[Mention, list[str]]] = []
    instruments = {h.lower() + "s" for h in lang_rules["instrument_heads"]}
    for found in phrase.finditer(sentence.text):
        if found.group(3).lower() in instruments:
            continue  # "Ses trois instruments indiens, ...": the craft's country, not the instruments' builders
        codes = [c for word in _NATIONALITY_WORD.findall(found.group(2) + " " + found.group(4))
                 for c in _nationality_codes(analysis, word, sentence.lang)]
        if not codes:
            continue
        end = sentence.start + found.end()
        rest = analysis.text[end : sentence.end]
        opened = re.match(r"\s*[,:]", rest) or re.match(r"[^:;.]{0,60}?:", rest)
        if opened is None:
            continue
        start = end + opened.end()
        if any(end <= m.start < start for m in in_sentence):
            continue
        agencies: list[str] = []
        _primary_agencies(analysis, codes, analysis.agency_ids_named() if named is None else named, agencies)
        after = sorted((m for m in in_sentence if m.start >= start), key=lambda m: m.start)
        count = int(numbers[found.group(1).lower()])
        if agencies and len(after) >= count:
            out += [(m, agencies) for m in after[:count]]
    return out


def _nationalities_in_apposition(analysis: Analysis, sentence: Sentence, mission: Mention,
                                 named: set[str] | None = None) -> list[str]:
    """Agencies named by a nationality word in an apposition right after a mission.

    "TRMM, another U.S.-Japanese satellite, ...", "Megha-Tropiques, un autre satellite franco-indien": a comma right
    after the name, then only the words of ``nationality_window`` and ``apposition_openers`` around the nationality
    word, up to the end of the apposition (a comma, a stop, a bracket, the end of the sentence). Any other word
    ("TRMM, a satellite launched by a Japanese rocket") ends it with nothing found.
    """
    lang_rules = rules(sentence.lang)
    allowed = set(lang_rules["nationality_window"]) | set(lang_rules["apposition_openers"])
    after = analysis.text[mission.end : min(sentence.end, mission.end + 80)]
    opened = re.match(r"(?:\s*\([^()]{1,20}\))?,\s+([^,;:()\[\]«»\"—–]*?)\s*(?:[,;:()\[\]«»\"—–]|\.(?:\s|$)|$)", after)
    if opened is None:
        return []
    named = analysis.agency_ids_named() if named is None else named
    codes: list[str] = []
    for word in _NATIONALITY_WORD.findall(opened.group(1)):
        found = _nationality_codes(analysis, word, sentence.lang)
        if not found and word.lower() not in allowed:
            return []
        codes += found
    out: list[str] = []
    _primary_agencies(analysis, codes, named, out)
    return out


def _nationalities_before(analysis: Analysis, sentence: Sentence, mission: Mention,
                          named: set[str] | None = None) -> list[str]:
    """Agencies named by a nationality word just before a mission (only the words a news phrase puts there).

    ``named``: the agencies the article names, when the caller has them (else read here, a pass over the document).
    """
    lang_rules = rules(sentence.lang)
    allowed = set(lang_rules["nationality_window"])
    words = _NATIONALITY_WORD.findall(analysis.text[max(sentence.start, mission.start - 80) : mission.start])[-4:]
    named = analysis.agency_ids_named() if named is None else named
    found: list[str] = []
    # "le laboratoire européen Columbus", "le module japonais Kibo": the adjective is inside the mission's mention
    for word in re.findall(r"[\w’'-]+", mission.text)[:-1]:
        agency = analysis.kb.agency_for_adjective(word.lower(), sentence.lang)
        # "européen" names ESA itself (no country); a national adjective names the country's primary agency
        primary = (analysis.kb.primary_agency(agency.country) if agency.country else agency) if agency else None
        if primary is not None and primary.id in named and primary.id not in found:
            found.append(primary.id)
    for word in reversed(words):
        codes = _nationality_codes(analysis, word, sentence.lang)
        if not codes:
            if word.lower() in allowed:
                continue
            break  # any other word ends the phrase: "a Chinese official praised JUICE" is not about JUICE
        _primary_agencies(analysis, codes, named, found)
    return found


def _instrument_contributors(analysis: Analysis, facts: list[Fact], part_of: list[Fact]) -> list[Fact]:
    """Agencies of a part contribute to the spacecraft that carries it.

    An agency that leads (or contributes to) an instrument contributes to the mission that carries it (DORN -> Chang'e
    6); so does the agency of a module or a smaller craft a spacecraft carries ("ESA's European Service Module powers
    NASA's Orion": ESA contributes to Orion; "the Idefix rover, designed by CNES and DLR, ... JAXA's MMX": CNES and DLR
    contribute to MMX; "Philae, réalisé par le DLR avec le CNES et l'ASI": a partner the text gives the part contributes
    too). Programmes, stations and launchers are not hosts or parts of such a chain: a satellite's agency
    is not thereby a contributor of the programme it belongs to.
    """
    leads: dict[str, set[str]] = {}
    stated: dict[str, set[str]] = {}  # the agencies the text gives a mission, any role, not KB defaults
    on_host: dict[str, set[str]] = {}
    for fact in facts:
        # "NASA contributed the detectors of NISP": a contributor to the instrument contributes to its host too
        if isinstance(fact, ParticipationFact):
            on_host.setdefault(fact.mission, set()).add(fact.agency_id)
            if fact.role in ("lead", "contributor"):
                leads.setdefault(fact.mission, set()).add(fact.agency_id)
            # "Philae, built by a consortium led by DLR with CNES and ASI": a partner the text gives a lander, rover
            # or module builds part of what the craft carries, so it contributes to the craft as its lead does
            if "knowledge base" not in (fact.reason or ""):
                stated.setdefault(fact.mission, set()).add(fact.agency_id)
    out: list[Fact] = []
    for fact in part_of:
        assert isinstance(fact, PartOfFact)
        entry = kb_mission(analysis, fact.mission)
        host = kb_mission(analysis, fact.parent)
        if entry is None or host is None:
            continue
        instrument = entry.kind == "instrument"
        if not instrument and not (entry.kind == "spacecraft" and host.kind == "spacecraft"):
            continue
        # "TROPOMI was developed jointly by ESA and the Netherlands (NSO)": a partner of the instrument too
        found = leads.get(fact.mission, set()) | stated.get(fact.mission, set()) if instrument \
            else stated.get(fact.mission, set())
        for agency_id in sorted(found):
            if not instrument and agency_id in on_host.get(fact.parent, ()):
                continue  # "ISRO's Vikram lander of Chandrayaan-3": the host's own agency already has its role
            role = "lead" if not instrument and host.lead == agency_id else "contributor"
            out.append(ParticipationFact(fact.parent, agency_id, role, evidence=fact.evidence,
                                         reason="leads an instrument the mission carries" if instrument
                                         else "its part (module, lander, rover) flies on the mission"))
    return out


def _programme_builders(analysis: Analysis, missions: dict[str, list[Mention]], facts: list[Fact],
                        part_of: list[Fact]) -> list[Fact]:
    """The agency that runs a craft of a programme with no lead agency contributes to that programme.

    "Sentinel-1C, développé par l'Agence spatiale européenne (ESA) pour le programme Copernicus de l'Union
    européenne", "ESA's Sentinel-5P ... is part of the European Union's Copernicus programme": a programme the KB gives
    no lead agency (its owner is no space agency) and lists the agency in, named in the article, with a craft of it
    that the article gives that agency to run. A KB default the article supports, said so in the reason; a programme
    with a lead of its own (Artemis, Earth Explorer) gets nothing this way (a satellite's agency is not thereby a
    contributor of the programme it belongs to).
    """
    leads: dict[str, set[str]] = {}
    have = set()
    for fact in facts:
        if isinstance(fact, ParticipationFact):
            have.add((fact.mission, fact.agency_id))
            if fact.role == "lead":
                leads.setdefault(fact.mission, set()).add(fact.agency_id)
    # "the Copernicus Sentinel-1C satellite": the programme's name only qualifies the craft's, it says nothing of who
    # builds the programme
    qualifier = {(f.mission, f.parent) for f in part_of if isinstance(f, PartOfFact) and f.reason == NAME_QUALIFIER}
    out: list[Fact] = []
    for fact in part_of:
        assert isinstance(fact, PartOfFact)
        programme = kb_mission(analysis, fact.parent)
        if programme is None or programme.kind != "programme" or programme.lead is not None or \
                fact.parent not in missions or (fact.mission, fact.parent) in qualifier:
            continue
        listed = set(programme.partners) | set(programme.contributors)
        for agency_id in sorted(leads.get(fact.mission, set()) & listed):
            if (fact.parent, agency_id) not in have:
                have.add((fact.parent, agency_id))
                out.append(ParticipationFact(fact.parent, agency_id, "contributor", evidence=fact.evidence,
                                             reason="runs a craft of the programme, which has no lead agency and "
                                                    "which the knowledge base lists it in (a KB default)"))
    return out


def _series_members(analysis: Analysis, facts: list[Fact], part_of: list[Fact]) -> list[Fact]:
    """The agencies the text gives a series, for each lettered unit of it the article names.

    "The Sentinel-2 mission, developed by ESA, ... Sentinel-2A was launched in 2015": every unit of a series is built
    and run like the series, so the lead and partners stated for the series hold for the units placed in it.
    """
    roles: dict[str, list[ParticipationFact]] = {}
    for fact in facts:
        if isinstance(fact, ParticipationFact) and fact.role in ("lead", "partner"):
            roles.setdefault(fact.mission, []).append(fact)
    out: list[Fact] = []
    for fact in part_of:
        assert isinstance(fact, PartOfFact)
        series = serial_base(analysis, fact.mission)
        if series is None or series.id != fact.parent or fact.reason != "a lettered unit of a series the article names":
            continue
        for stated in roles.get(fact.parent, ()):
            out.append(ParticipationFact(fact.mission, stated.agency_id, stated.role, evidence=stated.evidence,
                                         reason="a unit of a series takes the agencies the text gives the series"))
    return out
