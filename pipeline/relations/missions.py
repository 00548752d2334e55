"""Mission facts: which agencies take part (lead, partner, contributor), what a mission is part
of, its events with dates, and its status.

Knowledge-base priors are used only where the text supports them: a KB lead counts when the
article names that agency; KB partners and contributors count when they are named close to a
sentence that states participation. Text cues come from ``rules/missions_<lang>.json``.
"""

from __future__ import annotations

import re

from ..analysis import Analysis, Mention, Sentence
from ..kb import Mission
from .common import agencies_of, clauses, evidence, gap, in_parentheses
from .facts import EventFact, Fact, ParticipationFact, PartOfFact, StatusFact
from .lexicon import RuleFileError, compiled, load_rules, phrase_regex

EVENT_KINDS = ("launch", "landing", "sample_return", "orbit_insertion", "end")

REQUIRED = ("events", "participation", "lead", "part_of", "clause_breaks", "future", "ended", "active",
            "mission_anaphora", "nationality_window", "nationality_prefixes", "pronoun_anaphora", "talks", "carry",
            "hardware", "coordination", "lead_active", "agency_pair_anaphora", "programme_anaphora",
            "participation_breaks", "negation", "agency_pronouns", "supply_active", "copula", "copula_determiners",
            "mission_heads", "customer", "vehicle", "return_capsule",
            "samples", "whole_mission_anaphora", "called_off",
            "planned_status", "ended_objects", "carries", "carries_not", "membership",
            "series_determiners", "document_nouns")
_LISTS_OF_LISTS = ("events", "participation")
_MAPPINGS = ("nationality_prefixes",)
_CHECKED: set[str] = set()
_POSSESSIVE_GAPS = re.compile(r"^(?:'s?|'s (?:new |future |planned |upcoming |first |latest )?(?:\w+ )?)$")
_FR_OWNER_GAPS = re.compile(r"^(?:de la|de l'|du|des|d')$")


def rules(lang: str) -> dict:
    """The mission rule file of one language, its keys and value shapes checked (``RuleFileError`` names the
    file and the key): lists of non-empty strings, ``events``/``participation`` mappings of such lists."""
    data = load_rules("missions", lang, REQUIRED)
    if lang not in _CHECKED:
        name = f"missions_{lang}.json"
        for key in REQUIRED:
            value = data[key]
            if key in _MAPPINGS:
                ok = isinstance(value, dict) and all(isinstance(v, str) and v for v in value.values())
            elif key in _LISTS_OF_LISTS:
                ok = isinstance(value, dict) and all(_strings(v) for v in value.values())
            else:
                ok = _strings(value)
            if not ok:
                raise RuleFileError(f"{name}: key {key!r} has the wrong shape (see the file's _doc)")
        if set(data["events"]) - set(EVENT_KINDS):
            raise RuleFileError(f"{name}: unknown event kinds {sorted(set(data['events']) - set(EVENT_KINDS))}")
        _CHECKED.add(lang)
    return data


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def _rx(lang: str, key: str) -> re.Pattern:
    rules(lang)
    return compiled("missions", lang, key, REQUIRED)


def _event_regexes(lang: str) -> dict[str, re.Pattern]:
    return {event: phrase_regex(phrases) for event, phrases in rules(lang)["events"].items()}


def kb_mission(analysis: Analysis, mission_id: str) -> Mission | None:
    """The KB entry of a linked mission (None for numbered family members and acronyms the KB lacks)."""
    return analysis.kb.missions.get(mission_id)


def serial_base(analysis: Analysis, mission_id: str) -> Mission | None:
    """The KB entry of the series a lettered unit belongs to ("Sentinel-2C" -> Sentinel-2): each unit is a
    mission of its own, with the series' lead and ``part_of``; None for anything else."""
    if not mission_id.startswith("family:"):
        return None
    found = re.fullmatch(r"(.*\d)[a-z]", mission_id.split(":", 1)[1])
    return analysis.kb.mission_by_name(found.group(1)) if found else None


def mission_mentions(analysis: Analysis) -> dict[str, list[Mention]]:
    """Mission entity id -> its mentions outside credit lines, in text order."""
    found: dict[str, list[Mention]] = {}
    for mention in analysis.mentions("MISSION"):
        if mention.block.kind != "credit":
            found.setdefault(mention.id, []).append(mention)
    return found


def find_mission_facts(analysis: Analysis) -> list[Fact]:
    """Participation, part_of, events and status facts for every mission in the document."""
    missions = mission_mentions(analysis)
    named = analysis.agency_ids_named()
    facts: list[Fact] = []
    facts += _kb_leads(analysis, missions, named)
    facts += _text_participation(analysis, missions)
    part_of = _part_of(analysis, missions)
    facts += part_of
    facts += _instrument_contributors(analysis, facts, part_of)
    events = _events(analysis)
    facts += events
    facts += _status(analysis, missions, events)
    return facts


def _kb_leads(analysis: Analysis, missions: dict[str, list[Mention]], named: set[str]) -> list[Fact]:
    """The KB lead of a mission, only where the article names that agency in a sentence with the mission
    (or with "the mission" referring back to it); the fact's reason says the role is a KB default."""
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
        if parent is None and entry.family:  # "CBERS-4A" belongs to the CBERS family's programme
            parent = analysis.kb.mission_by_name(entry.family)
            parent = parent if parent is not None and parent.id != mission_id else None
        if sentence is None and parent is not None and parent.lead == entry.lead:
            # "Artemis II" with NASA tied to "its Artemis programme": the programme's lead runs its flights
            sentence = with_mission.get(parent.id, {}).get(entry.lead)
        if sentence is not None:
            facts.append(ParticipationFact(
                mission_id, entry.lead, "lead", evidence=[evidence(sentence)],
                reason="lead agency from the knowledge base (a KB default): the article names it with the mission"))
    return facts


def _agencies_with_mission(analysis: Analysis) -> dict[str, dict[str, Sentence]]:
    """mission id -> agency id -> first sentence naming the mission (or referring back to it) with the agency
    named in it, or in the sentence just before or after in the same paragraph when that one names no other
    mission."""
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
        agencies = [a for s in window for m in s.mentions if m.label in ("AGENCY", "COUNTRY")
                    for a in agencies_of(analysis, m)]
        for mission_id in missions:
            for agency_id in agencies:
                out.setdefault(mission_id, {}).setdefault(agency_id, sentence)
    return out


def _text_participation(analysis: Analysis, missions: dict[str, list[Mention]]) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        lang = sentence.lang
        in_sentence = [m for m in sentence.missions()]
        if not in_sentence:
            referred = _referred_mission(analysis, sentence)
            if referred is not None:
                owners = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]
                facts += _cue_participation(analysis, sentence, [referred], owners, _agency_pair(analysis, sentence))
                # "The mission was built and is led by ESA", "ESA developed the satellite", "L'ESA a apporté son
                # appui à la mission": the back-reference stands where a mission name would, so the lead and
                # supply cues read it like one
                anaphor = _anaphor_mention(analysis, sentence, referred)
                if anaphor is not None:
                    facts += _lead_cues(analysis, sentence, [anaphor], owners)
                    facts += _active_leads(analysis, sentence, [anaphor], owners)
                    facts += _active_leads(analysis, sentence, [anaphor], owners, supply=True)
            continue
        owners = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]
        pronoun = _agency_pronoun(analysis, sentence)
        if pronoun is not None:
            owners = [pronoun, *owners]
        # 1. possessive or adjacent owner: "NASA's Space Launch System", "la sonde JUICE de l'ESA"
        for mission in in_sentence:
            for owner in owners:
                ids = agencies_of(analysis, owner)
                if not ids:
                    continue
                before = owner.end <= mission.start and _POSSESSIVE_GAPS.match(gap(analysis, owner.end, mission.start))
                after = mission.end <= owner.start and lang == "fr" and _FR_OWNER_GAPS.match(
                    gap(analysis, mission.end, owner.start))
                if before or after:
                    for agency_id in ids:
                        facts.append(ParticipationFact(mission.id, agency_id, _kb_role(analysis, mission.id, agency_id),
                                                       evidence=[evidence(sentence)], reason="agency owns the mission"))
        # "the Japanese probe Hayabusa2", "la mission franco-chinoise SVOM": a nationality the article names
        for mission in in_sentence:
            if _is_launcher(analysis, mission):
                continue  # "une fusée indienne PSLV": a launcher's operator is stated in words, not by nationality
            for agency_id in _nationalities_before(analysis, sentence, mission):
                facts.append(ParticipationFact(
                    mission.id, agency_id, _kb_role(analysis, mission.id, agency_id), evidence=[evidence(sentence)],
                    reason="nationality adjective, the country's agency named in the article"))
        # 2. "led by", "developed by": lead; "IXPE is the first NASA mission": the agency runs it
        facts += _lead_cues(analysis, sentence, in_sentence, owners)
        facts += _copula_owner(analysis, sentence, in_sentence, owners)
        # 2b. "PhilSA is developing the MULA satellite": an agency right before a lead verb runs the mission after
        facts += _active_leads(analysis, sentence, in_sentence, owners)
        # 2c. "Elle fournit le module de service de la capsule Orion": the agency contributes to the mission
        facts += _active_leads(analysis, sentence, in_sentence, owners, supply=True)
        # 3. participation cues: partners and contributors ("the two agencies" stands for the last two named)
        facts += _cue_participation(analysis, sentence, in_sentence, owners, _agency_pair(analysis, sentence))
        # 4. "MBRSC's rover will be carried by CNSA's Chang'e 7": the part's owner contributes
        facts += _supplied_parts(analysis, sentence, in_sentence, owners)
    return facts


def _lead_cues(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
               owners: list[Mention]) -> list[Fact]:
    """"Led by", "developed by", "menée par": the agency right after the cue leads the mission nearest to it
    (and the missions coordinated with that one)."""
    facts: list[Fact] = []
    lang = sentence.lang
    lead_rx = _rx(lang, "lead")
    words = "|".join(r"\s+".join(re.escape(w) for w in p.split())
                     for p in sorted(rules(lang)["customer"], key=len, reverse=True))
    customer = re.compile(r"^[^,;:()]{1,60}?\s(?:" + words + r")\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)
    for cue in lead_rx.finditer(sentence.text):
        cue_end = sentence.start + cue.end()
        agent = next((o for o in owners if o.start >= cue_end
                      and gap(analysis, cue_end, o.start) in ("", "the", "la", "le", "l'")), None)
        if agent is None:
            # "built by Airbus Defence and Space for GISTDA", "construit par Airbus pour l'agence X": the
            # customer agency of the same clause runs it
            agent = next((o for o in owners if o.start >= cue_end and o.label == "AGENCY"
                          and customer.search(analysis.text[cue_end : o.start])), None)
        nearest = _nearest_mission(in_sentence, sentence.start + cue.start())
        if agent is None or nearest is None:
            continue
        # "Copernicus et Galileo, menés par l'ESA": every mission of a coordination takes the cue
        for target in _coordinated(analysis, sentence, in_sentence, nearest):
            for agency_id in agencies_of(analysis, agent):
                role = "lead" if _kb_role(analysis, target.id, agency_id) in ("lead", "partner") or \
                    kb_mission(analysis, target.id) is None or kb_mission(analysis, target.id).lead is None else \
                    _kb_role(analysis, target.id, agency_id)
                facts.append(ParticipationFact(target.id, agency_id, role, evidence=[evidence(sentence)],
                                               reason=f"'{cue.group(0)}' names who runs it"))
    return facts


def _copula_owner(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                  owners: list[Mention]) -> list[Fact]:
    """"IXPE is the first NASA mission", "X est une mission NASA": the mission, a copula, a determiner, at
    most two words, then an agency right before (or right after) a mission head noun: the agency runs it."""
    lang_rules = rules(sentence.lang)

    def alternation(key: str) -> str:
        return "|".join(r"\s+".join(re.escape(w) for w in p.split())
                        for p in sorted(lang_rules[key], key=len, reverse=True))

    link = re.compile(r"^\s+(?:" + alternation("copula") + r")\s+(?:" + alternation("copula_determiners")
                      + r")(?:\s+|(?<=['’]))(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
    head = re.compile(r"^\s+(?:" + alternation("mission_heads") + r")\b", re.IGNORECASE)
    head_before = re.compile(r"\b(?:" + alternation("mission_heads") + r")\s+$", re.IGNORECASE)
    facts: list[Fact] = []
    for mission in in_sentence:
        owner = next((o for o in owners if o.start >= mission.end and o.label == "AGENCY"), None)
        between = analysis.text[mission.end : owner.start] if owner is not None else ""
        # the head noun follows the agency ("the first NASA mission") or precedes it ("la première mission NASA")
        if owner is None or not link.match(between) or not (
                head.match(analysis.text[owner.end : sentence.end]) or head_before.search(between)):
            continue
        for agency_id in agencies_of(analysis, owner):
            facts.append(ParticipationFact(mission.id, agency_id, _kb_role(analysis, mission.id, agency_id),
                                           evidence=[evidence(sentence)],
                                           reason="the text calls it the agency's mission"))
    return facts


def _anaphor_mention(analysis: Analysis, sentence: Sentence, referred: Mention) -> Mention | None:
    """The back-reference of a sentence that names no mission ("the mission", "la sonde", a sentence-initial
    "It"), as a mention of the mission it refers to, at the back-reference's own offsets; None without one."""
    lang_rules = rules(sentence.lang)
    pronoun = re.match(r"^\s*(?:" + "|".join(re.escape(p) for p in lang_rules["pronoun_anaphora"]) + r")\b",
                       sentence.text)
    found = _rx(sentence.lang, "mission_anaphora").search(sentence.text)
    if found is not None:
        start, end = sentence.start + found.start(), sentence.start + found.end()
    elif pronoun is not None:
        start = sentence.start + len(pronoun.group(0)) - len(pronoun.group(0).lstrip())
        end = sentence.start + pronoun.end()
    else:
        return None
    return Mention(start, end, analysis.text[start:end], "MISSION", referred.ids, "anaphora", sentence.lang,
                   sentence.block, sentence.index, referred.name)


def _agency_pronoun(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """A sentence-initial "It"/"Elle" standing for the agency that opens the previous sentence of the paragraph
    ("L'agence spatiale égyptienne (EgSA) développe ... Elle prépare le satellite MisrSat-2"), as a mention."""
    words = rules(sentence.lang)["agency_pronouns"]
    found = re.match(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\b", sentence.text)
    if found is None or sentence.index == 0:
        return None
    previous = analysis.sentences[sentence.index - 1]
    if previous.block.index != sentence.block.index or not previous.mentions:
        return None
    first = previous.mentions[0]
    if first.label != "AGENCY" or len(first.ids) != 1 or len(previous.text[: first.start - previous.start].split()) > 2:
        return None
    start = sentence.start + found.start() + len(found.group(0)) - len(found.group(0).lstrip())
    return Mention(start, sentence.start + found.end(), analysis.text[start : sentence.start + found.end()],
                   "AGENCY", first.ids, "pronoun", sentence.lang, sentence.block, sentence.index)


def _active_leads(analysis: Analysis, sentence: Sentence, missions: list[Mention],
                  owners: list[Mention], *, supply: bool = False) -> list[Fact]:
    """Agency, lead verb, then the mission within a short noun phrase: the agency leads it. With ``supply``,
    a supply verb: the agency contributes to it (leads it when it is an instrument)."""
    verbs = _rx(sentence.lang, "supply_active" if supply else "lead_active")
    facts: list[Fact] = []
    for owner in owners:
        after = analysis.text[owner.end : sentence.end]
        # an acronym in parentheses may follow the agency: "L'Agence spatiale philippine (PhilSA) développe"
        head = re.match(r"^(?:\s*\([^)]{1,20}\))?\s*", after)
        verb = verbs.match(after, head.end() if head else 0)
        if verb is None:
            continue
        verb_end = owner.end + verb.end()
        target = next((m for m in missions if m.start >= verb_end), None)
        if target is None or target.start - verb_end > 60 or re.search(r"[,;:]", analysis.text[verb_end:target.start]):
            continue
        if supply:
            entry = kb_mission(analysis, target.id)
            instrument = entry is not None and entry.kind == "instrument"
            # "ESA provides the service module of the Orion capsule": the part is not named, the host is; a
            # named instrument's supplier is read from "supplied by" and a country is not its agency here
            if instrument or owner.label != "AGENCY" or _is_launcher(analysis, target) \
                    or _owned_by(analysis, sentence, target, owner.id):
                continue
        for agency_id in agencies_of(analysis, owner):
            role = ("lead" if instrument else "contributor") if supply else _kb_role(analysis, target.id, agency_id)
            facts.append(ParticipationFact(target.id, agency_id, role, evidence=[evidence(sentence)],
                                           reason=f"'{verb.group(0)}' names who "
                                                  + ("supplies it" if supply else "runs it")))
    return facts


def _agency_pair(analysis: Analysis, sentence: Sentence) -> list[str]:
    """"The two agencies", "les deux agences": the two agencies named last in this or the three previous
    sentences; empty when the sentence has no such phrase or fewer than two agencies were named."""
    if not _rx(sentence.lang, "agency_pair_anaphora").search(sentence.text):
        return []
    found: list[str] = []
    for other in reversed(analysis.sentences[max(0, sentence.index - 3) : sentence.index + 1]):
        if other.block.kind == "credit":
            continue
        for mention in reversed(other.mentions):
            for agency_id in agencies_of(analysis, mention):
                if agency_id not in found:
                    found.append(agency_id)
        if len(found) >= 2:
            return found[:2]
    return []


def _coordinated(analysis: Analysis, sentence: Sentence, missions: list[Mention], anchor: Mention) -> list[Mention]:
    """The anchor mission and the missions coordinated with it ("Cassini-Huygens et Juno", "A, B and C")."""
    joiners = {" ".join(w.lower().split()) for w in rules(sentence.lang)["coordination"]}
    ordered = sorted(missions, key=lambda m: m.start)
    index = ordered.index(anchor)
    group = [anchor]
    for step in (-1, 1):
        i = index
        while 0 <= i + step < len(ordered):
            a, b = (ordered[i + step], ordered[i]) if step < 0 else (ordered[i], ordered[i + step])
            between = gap(analysis, a.end, b.start)
            if between not in joiners and between.rstrip(",").strip() not in joiners:
                break
            group.append(ordered[i + step])
            i += step
    return sorted(group, key=lambda m: m.start)


def _reach(sentence: Sentence, position: int) -> tuple[int, int]:
    """Document span of the clause around ``position``, cut at the rule file's participation breaks."""
    breaks = rules(sentence.lang)["participation_breaks"]
    pattern = re.compile("|".join(re.escape(b) for b in sorted(breaks, key=len, reverse=True)))
    cuts = [sentence.start] + [sentence.start + m.start() for m in pattern.finditer(sentence.text)] + [sentence.end]
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= position < b:
            return a, b
    return sentence.start, sentence.end


def _supplied_parts(analysis: Analysis, sentence: Sentence, missions: list[Mention],
                    owners: list[Mention]) -> list[Fact]:
    """An agency's part (rover, instrument, payload) carried by a mission: the agency is a contributor of
    that mission, unless it owns the mission too. Needs a carry cue ("carried by", "à bord de")."""
    lang_rules = rules(sentence.lang)
    if not missions or not phrase_regex(lang_rules["carry"]).search(sentence.text):
        return []
    hardware = phrase_regex(lang_rules["hardware"])
    facts: list[Fact] = []
    for owner in owners:
        # "MBRSC's small rover", "le rover de MBRSC" / "l'instrument du CNES"
        after = analysis.text[owner.end : min(sentence.end, owner.end + 40)]
        before = analysis.text[max(sentence.start, owner.start - 40) : owner.start]
        owned_part = re.match(r"^['’]s\s+(?:\w+\s+){0,2}?", after) and hardware.match(
            re.sub(r"^['’]s\s+(?:(?:small|new|own|first|tiny|lunar|mini)\s+)*", "", after))
        owned_part = owned_part or re.search(r"\b\w+\s+(?:de la|de l['’]|du|de|des)\s*$", before) and \
            hardware.search(before[-30:])
        if not owned_part:
            continue
        ids = agencies_of(analysis, owner)
        for mission in missions:
            if mission.start < owner.end and owner.start < mission.end:
                continue
            entry = kb_mission(analysis, mission.id)
            if entry is not None and entry.kind in ("instrument", "launcher"):
                continue
            for agency_id in ids:
                if _owned_by(analysis, sentence, mission, agency_id):
                    continue
                facts.append(ParticipationFact(mission.id, agency_id, "contributor", evidence=[evidence(sentence)],
                                               reason="supplies a part the mission carries"))
    return facts


def _owned_by(analysis: Analysis, sentence: Sentence, mission: Mention, agency_id: str) -> bool:
    """Whether the sentence gives the mission to this agency by a possessive ("CNSA's Chang'e 7")."""
    for owner in sentence.mentions:
        if owner.label in ("AGENCY", "COUNTRY") and agency_id in agencies_of(analysis, owner) \
                and owner.end <= mission.start and _POSSESSIVE_GAPS.match(gap(analysis, owner.end, mission.start)):
            return True
    return False


def _cue_participation(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                       owners: list[Mention], pair: list[str] | None = None) -> list[Fact]:
    facts: list[Fact] = []
    lang = sentence.lang
    cues = rules(lang)["participation"]
    # "a cooperation agreement on JAXA's MMX probe", "un accord de coopération sur la sonde MMX de la JAXA": the
    # cue names a document about a mission whose owner the text states, an agreement record, not participation
    owned = any(_has_owner(analysis, sentence, m) for m in in_sentence)
    partner_cues = [c for c in phrase_regex(cues["partner"]).finditer(sentence.text)
                    if not (owned and _names_a_document(sentence, c))]
    partner_cue = partner_cues[0] if partner_cues else None
    contributor_cue = phrase_regex(cues["contributor"]).search(sentence.text)
    if partner_cue and _rx(lang, "talks").search(sentence.text):
        partner_cue = None  # "negotiating an MoU and exploring cooperation on X": talks, not participation
    if partner_cue and _rx(lang, "negation").search(" ".join(sentence.text[: partner_cue.start()].split()[-4:])):
        partner_cue = None  # "le Brésil n'a pas signé d'accord pour rejoindre l'ILRS"
    if not partner_cue and not contributor_cue:
        return facts
    targets = [m for m in in_sentence if not in_parentheses(sentence, m.start, m.end)] or in_sentence
    if contributor_cue:
        # "DORN supplied to CNSA by CNES": the agent after by/par supplies the part the clause is about, the
        # mission named last before the cue ("DORN, supplied by CNES, ... and INRRI, provided by ASI")
        agent_rx = re.compile(r"\b(?:by|from|par|de la part de)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)
        cue_starts = [sentence.start + c.start() for c in phrase_regex(cues["contributor"]).finditer(sentence.text)]
        for owner in owners:
            head = sentence.text[: owner.start - sentence.start]
            cue_start = max((c for c in cue_starts if c < owner.start), default=None)
            if cue_start is None or not agent_rx.search(head):
                continue
            before = [m for m in targets if m.end <= cue_start]
            elsewhere = [m for m in targets if not sentence.start <= m.start < sentence.end]
            supplied = [before[-1]] if before else elsewhere or targets[:1]
            for agency_id in agencies_of(analysis, owner):
                for target in supplied:
                    entry = kb_mission(analysis, target.id)
                    if entry is not None and entry.kind == "instrument":
                        facts.append(ParticipationFact(target.id, agency_id, "lead", evidence=[evidence(sentence)],
                                                       reason="supplies the instrument"))
                    else:
                        facts.append(ParticipationFact(target.id, agency_id, "contributor",
                                                       evidence=[evidence(sentence)], reason="supplies a part"))
    partner_owners: list[Mention] = []
    partner_reach: list[tuple[int, int]] = []
    for cue in partner_cues if partner_cue else ():
        # each cue reaches the agencies and missions of its own clause: "The three worked together on JAXA's
        # Hayabusa2, which carried MASCOT, a lander developed jointly by DLR and CNES"
        start, end = _reach(sentence, sentence.start + cue.start())
        reached = [o for o in owners if start <= o.start < end]
        partner_owners += reached
        partner_reach.append((start, end))
        # a mission referred to from another sentence ("this flight") is in every clause's reach
        reachable = [m for m in targets if start <= m.start < end or not sentence.start <= m.start < sentence.end]
        primary = _nearest_mission(reachable, sentence.start + cue.start())
        if primary is None:
            continue
        for target in _coordinated(analysis, sentence, reachable, primary):
            if _is_launcher(analysis, target):
                continue  # launchers are tied to an agency by the text's own words, not by a nearby cue
            # "ESA's partners on JUICE", "les partenaires de l'ESA": the possessor of the cue runs the mission
            cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
            possessors = {a for o in reached for a in agencies_of(analysis, o)
                          if (o.end <= cue_start and re.fullmatch(r"['’]s(?: \w+)?", gap(analysis, o.end, cue_start)))
                          or (o.start >= cue_end and _FR_OWNER_GAPS.match(gap(analysis, cue_end, o.start)))}
            for agency_id in sorted(possessors):
                facts.append(ParticipationFact(target.id, agency_id, "lead", evidence=[evidence(sentence)],
                                               reason=f"its '{cue.group(0)}' are named"))
            named_ids = [a for owner in reached for a in agencies_of(analysis, owner) if a not in possessors]
            named_ids += list(pair or ())
            for agency_id in dict.fromkeys(named_ids):
                # the text says "takes part": a partner, whatever finer role the KB would give
                facts.append(ParticipationFact(target.id, agency_id, "partner", evidence=[evidence(sentence)],
                                               reason=f"'{cue.group(0)}' states participation"))
    # knowledge-base partners/contributors the sentence itself names next to its cue
    for target in targets:
        entry = kb_mission(analysis, target.id)
        if entry is None:
            continue
        if _is_launcher(analysis, target):
            continue
        contributor_reach = [_reach(sentence, sentence.start + c.start())
                             for c in phrase_regex(cues["contributor"]).finditer(sentence.text)]
        nearby = {a for m in owners if any(a0 <= m.start < b0 for a0, b0 in contributor_reach)
                  for a in agencies_of(analysis, m)}
        near_partner_cue = {a for m in partner_owners for a in agencies_of(analysis, m)}
        in_reach = any(a <= target.start < b for a, b in partner_reach) or not (
            sentence.start <= target.start < sentence.end)
        # the mission's own clause states participation; its KB partners may be named in the sentences around
        # it in the paragraph ("NASA leads Artemis with partners. ESA and JAXA build modules.")
        around = _agencies_around(analysis, sentence) if in_reach and partner_reach else set()
        for agency_id in entry.partners:
            if (agency_id in near_partner_cue or agency_id in around) and in_reach:
                facts.append(ParticipationFact(
                    target.id, agency_id, "partner", evidence=[evidence(sentence)],
                    reason="partner in the knowledge base (a KB default role), named next to a participation cue"))
        for agency_id in entry.contributors:
            if contributor_cue and agency_id in nearby:
                facts.append(ParticipationFact(target.id, agency_id, "contributor", evidence=[evidence(sentence)],
                                               reason="contributor in the knowledge base (a KB default role), "
                                                      "named next to a supply cue"))
    return facts


def _has_owner(analysis: Analysis, sentence: Sentence, mission: Mention) -> bool:
    """Whether the sentence gives the mission an owner: "JAXA's MMX", "la sonde MMX de la JAXA"."""
    for owner in sentence.mentions:
        if owner.label not in ("AGENCY", "COUNTRY"):
            continue
        if owner.end <= mission.start and _POSSESSIVE_GAPS.match(gap(analysis, owner.end, mission.start)):
            return True
        if sentence.lang == "fr" and mission.end <= owner.start and _FR_OWNER_GAPS.match(
                gap(analysis, mission.end, owner.start)):
            return True
    return False


def _names_a_document(sentence: Sentence, cue: re.Match) -> bool:
    """Whether a participation cue only qualifies a document noun ("cooperation agreement", "accord de
    coopération", "partnership agreement")."""
    nouns = phrase_regex(rules(sentence.lang)["document_nouns"])
    after = sentence.text[cue.end() :]
    before = sentence.text[: cue.start()]
    return bool(re.match(r"\s*(?:" + nouns.pattern + r")", after, nouns.flags)
                or re.search(r"(?:" + nouns.pattern + r")\s+(?:de|d['’]|of)\s*$", before, nouns.flags))


def _agencies_around(analysis: Analysis, sentence: Sentence) -> set[str]:
    """Agencies named in the sentences just before and after, in the same paragraph."""
    found: set[str] = set()
    for other in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 2]:
        if other.block.index == sentence.block.index and other is not sentence:
            found.update(a for m in other.mentions for a in agencies_of(analysis, m))
    return found


def _nationalities_before(analysis: Analysis, sentence: Sentence, mission: Mention) -> list[str]:
    """Agencies named by a nationality word just before a mission (only the words a news phrase puts there)."""
    lang_rules = rules(sentence.lang)
    allowed = set(lang_rules["nationality_window"])
    prefixes: dict[str, str] = lang_rules["nationality_prefixes"]
    words = re.findall(r"[\w’'-]+", analysis.text[max(sentence.start, mission.start - 80) : mission.start])[-4:]
    named = analysis.agency_ids_named()
    found: list[str] = []
    for word in reversed(words):
        lowered = word.lower()
        codes = []
        agency = analysis.kb.agency_for_adjective(lowered, sentence.lang)
        if agency is not None and agency.country:
            codes = [agency.country]
        elif "-" in lowered:
            *heads, last = lowered.split("-")
            tail = analysis.kb.agency_for_adjective(last, sentence.lang)
            if tail is not None and all(h in prefixes for h in heads):
                codes = [prefixes[h] for h in heads] + ([tail.country] if tail.country else [])
            else:  # "the French-American TOPEX/Poseidon mission": every part a nationality adjective
                parts = [analysis.kb.agency_for_adjective(h, sentence.lang) for h in lowered.split("-")]
                if all(p is not None and p.country for p in parts):
                    codes = [p.country for p in parts if p is not None and p.country]
        if not codes:
            if lowered in allowed:
                continue
            break  # any other word ends the phrase: "a Chinese official praised JUICE" is not about JUICE
        for code in codes:
            primary = analysis.kb.primary_agency(code) if code != "EU" else analysis.kb.agencies.get("ESA")
            if primary is not None and primary.id in named and primary.id not in found:
                found.append(primary.id)
    return found


def _is_launcher(analysis: Analysis, mention: Mention) -> bool:
    return _kind(analysis, mention) == "launcher"


def _referred_mission(analysis: Analysis, sentence: Sentence, *, anywhere: bool = False) -> Mention | None:
    """"The mission", "la sonde", "its launch", a sentence-initial "It"/"Il": the mission last named in the
    previous sentences of the same language (launchers and instruments are never the referent)."""
    lang_rules = rules(sentence.lang)
    pronoun = re.match(r"^(?:" + "|".join(re.escape(p) for p in lang_rules["pronoun_anaphora"]) + r")\b",
                       sentence.text.strip())
    anaphor = _rx(sentence.lang, "mission_anaphora").search(sentence.text)
    if not pronoun and not anaphor:
        return None
    if anaphor and not pronoun and not anywhere and any(m.start < sentence.start + anaphor.start()
                                                        for m in sentence.missions()):
        return None
    programme = bool(anaphor) and _rx(sentence.lang, "programme_anaphora").search(sentence.text) is not None
    launch_word = bool(anaphor) and _event_regexes(sentence.lang)["launch"].search(anaphor.group(0)) is not None
    window = [other for other in reversed(analysis.sentences[max(0, sentence.index - (6 if programme else 3))
                                                             : sentence.index])
              if other.block.kind not in ("credit", "caption") and other.lang == sentence.lang]
    for other in window:
        found = [m for m in other.missions() if (kb_mission(analysis, m.id) is None
                 or kb_mission(analysis, m.id).kind not in ("launcher", "instrument"))]
        if programme:  # "le programme" is the programme last named, never one of its satellites
            found = [m for m in found if kb_mission(analysis, m.id) is not None
                     and kb_mission(analysis, m.id).kind == "programme"]
        elif launch_word:  # "the launch", "le décollage": a programme is never launched
            found = [m for m in found if kb_mission(analysis, m.id) is None
                     or kb_mission(analysis, m.id).kind != "programme"]
        if pronoun and len({m.id for m in found}) != 1:
            return None  # "It" is only resolved when one mission can be meant
        if found:
            return found[-1] if pronoun or programme else _whole_mission(analysis, sentence, window, found[-1])
        if pronoun:
            return None
    # "L'ESA a apporté son appui à la mission", four sentences after the last name: with no mission in the
    # sentences just before, a noun back-reference means the article's topic
    return None if pronoun or programme else _topic_mission(analysis, sentence)


def _whole_mission(analysis: Analysis, sentence: Sentence, window: list[Sentence], last: Mention) -> Mention:
    """The referent of a noun back-reference among the missions of the sentences before it: the article's
    headline mission when one of those sentences names it (a mission named in passing, "the first samples
    since the Soviet Luna 24 mission", is not what "the mission" then means), else the last one named; a
    whole-mission anaphor ("la mission") means the mission a part (rover, lander) belongs to when the
    article names that mission."""
    headline = {m.id for s in analysis.sentences if s.block.kind == "title" for m in s.missions()}
    named = [m for other in window for m in reversed(other.missions())]
    chosen = next((m for m in named if m.id in headline), last)
    if not _rx(sentence.lang, "whole_mission_anaphora").search(sentence.text):
        return chosen
    entry = kb_mission(analysis, chosen.id)
    parent = analysis.kb.mission_by_name(entry.part_of) if entry is not None and entry.part_of else None
    if parent is None or (kb_mission(analysis, parent.id) or parent).kind == "programme":
        return chosen
    earlier = [m for other in analysis.sentences[: sentence.index] for m in other.missions() if m.id == parent.id]
    return earlier[-1] if earlier else chosen


def _topic_mission(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """The mission an article is about, as its last mention before ``sentence``: named at least twice in
    that language before it, more often than any other (launchers and instruments are never the topic)."""
    counts: dict[str, list[Mention]] = {}
    for other in analysis.sentences[: sentence.index]:
        if other.block.kind == "credit" or other.lang != sentence.lang:
            continue
        for m in other.missions():
            entry = kb_mission(analysis, m.id)
            if entry is None or entry.kind not in ("launcher", "instrument"):
                counts.setdefault(m.id, []).append(m)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None
    return ranked[0][-1]


def _instrument_contributors(analysis: Analysis, facts: list[Fact], part_of: list[Fact]) -> list[Fact]:
    """An agency that leads (or contributes to) an instrument contributes to the mission that carries it
    (DORN -> Chang'e 6)."""
    leads: dict[str, set[str]] = {}
    for fact in facts:
        # "NASA contributed the detectors of NISP": a contributor to the instrument contributes to its host too
        if isinstance(fact, ParticipationFact) and fact.role in ("lead", "contributor"):
            leads.setdefault(fact.mission, set()).add(fact.agency_id)
    out: list[Fact] = []
    for fact in part_of:
        assert isinstance(fact, PartOfFact)
        entry = kb_mission(analysis, fact.mission)
        if entry is None or entry.kind != "instrument":
            continue
        for agency_id in sorted(leads.get(fact.mission, ())):
            out.append(ParticipationFact(fact.parent, agency_id, "contributor", evidence=fact.evidence,
                                         reason="leads an instrument the mission carries"))
    return out


def _kb_role(analysis: Analysis, mission_id: str, agency_id: str) -> str:
    entry = kb_mission(analysis, mission_id)
    if entry is None or entry.lead is None:
        if entry is not None and agency_id in entry.partners:
            return "partner"
        if entry is not None and agency_id in entry.contributors:
            return "contributor"
        return "lead"
    if agency_id == entry.lead:
        return "lead"
    if agency_id in entry.contributors:
        return "contributor"
    return "partner"


def _nearest_mission(missions: list[Mention], position: int) -> Mention | None:
    if not missions:
        return None
    return min(missions, key=lambda m: abs(m.start - position))


def _part_of(analysis: Analysis, missions: dict[str, list[Mention]]) -> list[Fact]:
    facts: list[Fact] = []
    for mission_id, mentions in missions.items():
        entry = kb_mission(analysis, mission_id) or serial_base(analysis, mission_id)
        if entry is None or not entry.part_of:
            continue
        parent = analysis.kb.mission_by_name(entry.part_of)
        if parent is not None and parent.id in missions:
            facts.append(PartOfFact(mission_id, parent.id, evidence=[evidence(analysis.sentences[mentions[0].sent])],
                                    reason="part_of from the knowledge base; both are named in the article"))
    # "the SuperCam instrument aboard Perseverance", "DORN, à bord de Chang'e 6"
    for sentence in analysis.sentences:
        found = sentence.missions()
        carried = rules(sentence.lang)["part_of"]
        carried_rx = re.compile(r"^,?\s*(?:(?:which|that|qui) )?(?:" + "|".join(re.escape(w) for w in carried)
                                + r")(?: the| la| le| l')?$")
        for a, b in zip(found, found[1:], strict=False):
            entry = kb_mission(analysis, a.id)
            between = gap(analysis, a.end, b.start)
            if entry is not None and entry.kind == "instrument" and carried_rx.match(between):
                facts.append(PartOfFact(a.id, b.id, evidence=[evidence(sentence)], reason=f"'{between}'"))
            elif _kind(analysis, a) == "programme" and _kind(analysis, b) != "programme" and between == "" \
                    and a.end < b.start and b.id.startswith(("family:", "pattern:")):
                # "the Copernicus Sentinel-1C satellite": the programme's name before the craft's
                facts.append(PartOfFact(b.id, a.id, evidence=[evidence(sentence)],
                                        reason="the programme's name is written before the craft's"))
        if sentence.block.kind != "credit":
            facts += _carried_parts(analysis, sentence)
            facts += _memberships(analysis, sentence)
    return facts


def _kind(analysis: Analysis, mention: Mention) -> str | None:
    """The KB kind of a mention's mission; a numbered family member ("PSLV-C59", "Long March 7") has its
    family's kind when the family is a launcher or an instrument; None when unknown."""
    entry = kb_mission(analysis, mention.id)
    if entry is None and mention.id.startswith("family:"):
        stem = re.sub(r"\d+[a-z]?$", "", mention.id.split(":", 1)[1])
        family = analysis.kb.families.get(stem)
        return family.kind if family is not None and family.kind in ("launcher", "instrument") else None
    return entry.kind if entry is not None else None


def _carried_parts(analysis: Analysis, sentence: Sentence) -> list[Fact]:
    """"MTG-I1 carries a Flexible Combined Imager and a Lightning Imager", "le Coronagraph, qui porte l'instrument
    ASPIICS", "Elle porte sept charges utiles, dont le coronographe VELC": the missions named after the verb, in
    its clause, are parts of the spacecraft before it (or of the mission "Elle"/"It" refers to)."""
    lang_rules = rules(sentence.lang)
    verbs = phrase_regex(lang_rules["carries"])
    passive = phrase_regex(lang_rules["carries_not"])
    found = sentence.missions()
    facts: list[Fact] = []
    for cue in verbs.finditer(sentence.text):
        cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
        if passive.match(analysis.text[cue_end : cue_end + 12].lstrip()) and \
                analysis.text[cue_end : cue_end + 12].lstrip().split(" ")[0].lower() in \
                {w.lower() for w in lang_rules["carries_not"]}:
            continue  # "was carried on Transporter-10", "emporté par"
        hosts = [m for m in found if m.end <= cue_start and _kind(analysis, m) not in ("instrument", "launcher",
                                                                                        "programme")]
        host = hosts[-1] if hosts else None
        if host is not None and re.search(r"[;:]|\.\s", analysis.text[host.end : cue_start]):
            host = None
        if host is None:
            host = _referred_mission(analysis, sentence) if not any(m.end <= cue_start for m in found) else None
        if host is None or _kind(analysis, host) in ("launcher", "programme"):
            continue
        clause_end = next((sentence.start + m.start() for m in re.finditer(r"[;:]|\.\s|, (?:which|that|qui)\b",
                                                                            sentence.text)
                           if sentence.start + m.start() > cue_end), sentence.end)
        for part in found:
            if cue_end <= part.start < clause_end and part.id != host.id and \
                    _kind(analysis, part) not in ("launcher", "programme", "station"):
                facts.append(PartOfFact(part.id, host.id, evidence=[evidence(sentence)],
                                        reason=f"'{cue.group(0)}': the spacecraft carries it"))
    return facts


def _memberships(analysis: Analysis, sentence: Sentence) -> list[Fact]:
    """"Biomass belongs to ESA's Earth Explorer family", "X fait partie de la série des missions Proba":
    membership of a programme named within six words after the cue; "Another Earth Explorer, FLEX",
    "MTG-I1, the first Meteosat Third Generation imaging satellite": an apposition with a series determiner."""
    lang_rules = rules(sentence.lang)
    cues = "|".join(r"\s+".join(re.escape(w) for w in c.split()) for c in
                    sorted(lang_rules["membership"], key=len, reverse=True))
    determiners = "|".join(r"\s+".join(re.escape(w) for w in c.split()) for c in
                           sorted(lang_rules["series_determiners"], key=len, reverse=True))
    # "The Kestrel-1 satellite belongs to ...": the craft's head noun may stand between its name and the cue
    member_rx = re.compile(r"^(?:\s+[\w-]+){0,2}?,?\s*(?:" + cues + r")\s+(?:[\w'’-]+\s+){0,6}?$", re.IGNORECASE)
    after_rx = re.compile(r"^,\s*(?:" + determiners + r")(?:\s+|(?<=['’]))(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
    before_rx = re.compile(r"(?:^|[.;:]\s+|\s)(?:" + determiners + r")(?:\s+|(?<=['’]))$", re.IGNORECASE)
    found = sentence.missions()
    facts: list[Fact] = []
    for a, b in zip(found, found[1:], strict=False):
        between = analysis.text[a.end : b.start]
        if _kind(analysis, b) == "programme" and _kind(analysis, a) != "programme" and (
                member_rx.match(between) or after_rx.match(between)):
            facts.append(PartOfFact(a.id, b.id, evidence=[evidence(sentence)],
                                    reason="the text names the programme it belongs to"))
        elif _kind(analysis, a) == "programme" and _kind(analysis, b) != "programme" and \
                re.fullmatch(r",\s*", between) and \
                before_rx.search(analysis.text[max(sentence.start, a.start - 20) : a.start]):
            facts.append(PartOfFact(b.id, a.id, evidence=[evidence(sentence)],
                                    reason="an apposition names the programme it belongs to"))
    return facts


def _events(analysis: Analysis) -> list[Fact]:
    """Events from nouns and verbs ("launched", "will launch", "sera lancée"), each with its own date.

    In a sentence with several events each cue takes the first date after it and before the next cue
    (else the nearest date in its clause): "launched on 23 November, landed on the Moon on 1 December".
    A planned event is kept only with a date ("will launch in 2028"); an undated plan is no event.
    A sentence with no mission but "the spacecraft"/"la sonde" gives its events to the mission named last.
    """
    facts: list[Fact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        lang = sentence.lang
        in_sentence = sentence.missions()
        referred = None if in_sentence else _referred_mission(analysis, sentence)
        if not in_sentence and referred is None:
            continue
        future = _rx(lang, "future")
        cues = _event_cues(analysis, sentence)
        spans = clauses(sentence, rules(lang)["clause_breaks"])
        for i, (event, cue_start, cue_end, text) in enumerate(cues):
            next_start = cues[i + 1][1] if i + 1 < len(cues) else sentence.end
            prev_end = cues[i - 1][2] if i > 0 else sentence.start
            clause = next(((a, b) for a, b in spans if a <= cue_start < b), (sentence.start, sentence.end))
            after = [d for d in sentence.dates if cue_end <= d.start < next_start]
            before = [d for d in sentence.dates if prev_end <= d.start < cue_start and clause[0] <= d.start]
            nearby = [d for d in sentence.dates if clause[0] <= d.start < clause[1]]
            clause_text = analysis.text[clause[0] : clause[1]]
            local = re.compile(re.escape(text)).search(clause_text, cue_start - clause[0])
            planned = local is not None and _governed_by_future(clause_text, local, future)
            date_mention = after[0] if after else None
            if date_mention is None and not planned:  # a plan's date follows it: "will launch in 2028"
                date_mention = before[-1] if before else (
                    min(nearby, key=lambda d: abs(d.start - cue_start)) if nearby and len(cues) == 1 else None)
            date = date_mention.value if date_mention is not None and date_mention.value.year else None
            if planned and date is None:
                continue  # "plans to launch a probe", "to place in orbit around the Moon": no event without a date
            if referred is not None:
                mission = referred
            else:
                missions = [m for m in in_sentence if clause[0] <= m.start < clause[1]] or in_sentence
                mission = _event_mission(analysis, missions, cue_start, event)
                if _is_launcher(analysis, mission):
                    # "It was launched on a Falcon 9": the launcher carries the mission named before
                    mission = _referred_mission(analysis, sentence, anywhere=True) or mission
                if _is_launcher(analysis, mission) and _is_vehicle(analysis, sentence, mission):
                    # "A new NASA observatory ... left Earth aboard a Falcon 9. The Imaging X-ray Polarimetry
                    # Explorer, or IXPE, ...": the payload is named next; with none, the event is nobody's
                    payload = _payload_named_next(analysis, sentence)
                    if payload is None:
                        continue
                    mission = payload
            if _is_launcher(analysis, mission) and date is None:
                continue  # "Soyuz launches", "launch licences for the Electron rocket": a launcher's own event is dated
            if _called_off(analysis, sentence, cue_start, cue_end):
                continue  # "Le décollage, initialement fixé au 13 avril, avait été annulé"
            if event == "orbit_insertion" and all(c[0] != "launch" for c in cues) and any(
                    _is_launcher(analysis, m) for m in in_sentence if m.id != mission.id):
                # "Une fusée PSLV a placé en orbite les satellites de Proba-3", "reached orbit aboard a Falcon 9":
                # with a launcher and no other launch cue, reaching orbit is the launch itself
                event = "launch"
            if event == "landing" and _capsule_with_samples(analysis, sentence, clause, cue_start):
                event = "sample_return"  # "the capsule carrying rock from Bennu landed"
            facts.append(EventFact(mission.id, event, date, evidence=[evidence(sentence)],
                                   reason=f"'{text}'" + (" (planned)" if planned else "")))
    return facts


def _called_off(analysis: Analysis, sentence: Sentence, cue_start: int, cue_end: int) -> bool:
    """Whether the text says the event did not happen as first set: a called-off word within 60 characters
    after the cue, or within three words before it."""
    words = phrase_regex(rules(sentence.lang)["called_off"])
    before = " ".join(analysis.text[sentence.start : cue_start].split()[-3:])
    return bool(words.search(analysis.text[cue_end : min(sentence.end, cue_end + 60)]) or words.search(before))


def _capsule_with_samples(analysis: Analysis, sentence: Sentence, clause: tuple[int, int], cue_start: int) -> bool:
    """Whether a landing is a sample capsule's: its clause names a capsule before the cue and the sentence
    (or the one before it in the paragraph) speaks of samples ("La capsule de retour de Chang'e 5 s'est posée
    ... avec à son bord des roches")."""
    lang_rules = rules(sentence.lang)
    capsule = phrase_regex(lang_rules["return_capsule"]).search(analysis.text[clause[0] : cue_start])
    around = [s for s in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 1]
              if s.block.index == sentence.block.index]
    return capsule is not None and any(phrase_regex(lang_rules["samples"]).search(s.text) for s in around)


def _is_vehicle(analysis: Analysis, sentence: Sentence, launcher: Mention) -> bool:
    """Whether the launcher is named as the vehicle of the sentence's event ("aboard a SpaceX Falcon 9",
    "aboard ISRO's GSLV rocket", "par une fusée PSLV-C57"), not as its subject ("Vega made its last flight")."""
    cues = "|".join(r"\s+".join(re.escape(w) for w in c.split())
                    for c in sorted(rules(sentence.lang)["vehicle"], key=len, reverse=True))
    before = analysis.text[max(sentence.start, launcher.start - 60) : launcher.start]
    return re.search(r"(?<!\w)(?:" + cues + r")\s+(?:[\w'’-]+\s+){0,2}$", before, re.IGNORECASE) is not None


def _payload_named_next(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """The first mission (not a launcher or an instrument) named in the next two sentences of the same
    language outside captions and credits: a news lede describes the payload before it names it."""
    for other in analysis.sentences[sentence.index + 1 : sentence.index + 3]:
        if other.block.kind in ("credit", "caption") or other.lang != sentence.lang:
            continue
        for mention in other.missions():
            entry = kb_mission(analysis, mention.id)
            if entry is None or entry.kind not in ("launcher", "instrument"):
                return mention
    return None


def _event_cues(analysis: Analysis, sentence: Sentence) -> list[tuple[str, int, int, str]]:
    """(event, start, end, text) of every event cue in a sentence, in order, none inside a name
    ("Space Launch System") and none overlapping a longer cue."""
    found: list[tuple[str, int, int, str]] = []
    for event, regex in _event_regexes(sentence.lang).items():
        for cue in regex.finditer(sentence.text):
            start, end = sentence.start + cue.start(), sentence.start + cue.end()
            if any(m.start < end and start < m.end for m in sentence.mentions):
                continue
            found.append((event, start, end, cue.group(0)))
    found.sort(key=lambda c: (c[1], -(c[2] - c[1])))
    kept: list[tuple[str, int, int, str]] = []
    for cue in found:
        if kept and cue[1] < kept[-1][2]:
            continue
        kept.append(cue)
    return kept


def _governed_by_future(clause: str, cue: re.Match, future: re.Pattern) -> bool:
    """A future or plan cue within three words before the event word or two words after it, or a future
    verb form as the cue itself ("will launch", "lancera")."""
    before = " ".join(clause[: cue.start()].split()[-3:])
    after = " ".join(clause[cue.end() :].split()[:2])
    return bool(future.search(before) or future.search(after) or future.search(cue.group(0))
                or re.search(r"(?:era|eront|ira|iront)$", cue.group(0).split()[0]))


def _event_mission(analysis: Analysis, missions: list[Mention], cue_pos: int, event: str) -> Mention:
    """The mission an event is about: a launcher only launches others and a programme's craft fly, so
    prefer a craft."""
    def is_launcher(m: Mention) -> bool:
        entry = kb_mission(analysis, m.id)
        return entry is not None and entry.kind == "launcher"

    # a programme is not what flies either ("with the Copernicus Sentinel-1C satellite")
    preferred = [m for m in missions if not is_launcher(m) and _kind(analysis, m) != "programme"] or \
        [m for m in missions if not is_launcher(m)] or missions
    before = [m for m in preferred if m.start < cue_pos]
    # "China's Tianwen-1 ... was set to brake into orbit on 10 February, and NASA's Perseverance rover ...": the
    # subject before a launch or an arrival is what flies
    if before and event in ("launch", "orbit_insertion"):
        return before[-1]
    return min(preferred, key=lambda m: abs(m.start - cue_pos))


def _status(analysis: Analysis, missions: dict[str, list[Mention]], events: list[Fact]) -> list[Fact]:
    """Status from cue words in the clause that names the mission (or refers back to it): ended/returned ->
    completed, operating/"en orbite" -> active, planned/"prévue"/"will launch" -> planned, else no fact (null).

    A past launch alone says nothing of the mission now (null); an end event makes it completed and a
    planned dated event planned. A bare future verb ("which will detect lightning") is no plan. A programme
    or station is completed only when nothing in the article says it goes on or a flight lies ahead."""
    states: dict[str, dict[str, Sentence]] = {}
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        lang = sentence.lang
        spans = clauses(sentence, rules(lang)["clause_breaks"])
        only_one = len({m.id for m in sentence.missions()}) == 1
        targets = [(m.id, (sentence.start, sentence.end) if only_one else next(
            ((a, b) for a, b in spans if a <= m.start < b), (sentence.start, sentence.end)))
                   for m in sentence.missions()]
        if not targets:
            referred = _referred_mission(analysis, sentence)
            targets = [(referred.id, (sentence.start, sentence.end))] if referred is not None else []
        for mission_id, (start, end) in targets:
            text = analysis.text[start:end]
            if _rx(lang, "future").search(text):
                states.setdefault(mission_id, {}).setdefault("ahead", sentence)  # "will send astronauts in 2026"
            for state, key in (("completed", "ended"), ("active", "active"), ("planned", "planned_status")):
                if any(key != "ended" or not _ends_something_else(lang, text, cue.end())
                       for cue in _rx(lang, key).finditer(text)):
                    states.setdefault(mission_id, {}).setdefault(state, sentence)
    for fact in events:
        assert isinstance(fact, EventFact)
        planned = (fact.reason or "").endswith("(planned)") or (
            fact.date is not None and analysis.article_date is not None and analysis.article_date.iso is not None
            and fact.date.iso is not None and fact.date.iso > analysis.article_date.iso)
        sentence = analysis.sentences[_sentence_index(analysis, fact.evidence[0].start)]
        if planned:
            states.setdefault(fact.mission, {}).setdefault("planned", sentence)
        elif fact.event == "end":
            states.setdefault(fact.mission, {}).setdefault("completed", sentence)
    facts: list[Fact] = []
    for mission_id, found in states.items():
        entry = kb_mission(analysis, mission_id)
        kind = entry.kind if entry is not None else None
        if "completed" in found and not (kind in ("programme", "station") and ("planned" in found or
                                                                             "active" in found or "ahead" in found)):
            status = "completed"
        elif "active" in found:
            status = "active"
        elif "planned" in found:
            status = "planned"
        else:
            continue
        facts.append(StatusFact(mission_id, status, evidence=[evidence(found[status])],
                                reason=f"{status} from the cue words of the sentence"))
    return facts


def _ends_something_else(lang: str, text: str, cue_end: int) -> bool:
    """Whether an ended cue is about something other than the mission: an agreement, talks, tests or a
    return to flight named within three words after it ("had concluded a memorandum")."""
    after = " ".join(text[cue_end:].split()[:3])
    return phrase_regex(rules(lang)["ended_objects"]).search(after) is not None


def _sentence_index(analysis: Analysis, start: int) -> int:
    return next((s.index for s in analysis.sentences if s.start <= start < max(s.end, s.start + 1)), 0)
