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
from .lexicon import compiled, load_rules, phrase_regex

REQUIRED = ("events", "participation", "lead", "part_of", "clause_breaks", "future", "ended", "active",
            "mission_anaphora", "nationality_window", "nationality_prefixes")
_POSSESSIVE_GAPS = re.compile(r"^(?:'s?|'s (?:new |future |planned |upcoming |first |latest )?(?:\w+ )?)$")
_FR_OWNER_GAPS = re.compile(r"^(?:de la|de l'|du|des|d')$")


def _rx(lang: str, key: str) -> re.Pattern:
    return compiled("missions", lang, key, REQUIRED)


def _event_regexes(lang: str) -> dict[str, re.Pattern]:
    return {event: phrase_regex(phrases) for event, phrases in load_rules("missions", lang, REQUIRED)["events"].items()}


def kb_mission(analysis: Analysis, mission_id: str) -> Mission | None:
    """The KB entry of a linked mission (None for numbered family members and acronyms the KB lacks)."""
    return analysis.kb.missions.get(mission_id)


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
    facts += _events(analysis)
    facts += _status(analysis, missions)
    return facts


def _kb_leads(analysis: Analysis, missions: dict[str, list[Mention]], named: set[str]) -> list[Fact]:
    facts: list[Fact] = []
    for mission_id, mentions in missions.items():
        entry = kb_mission(analysis, mission_id)
        if entry is None and mission_id.startswith("family:"):
            stem = re.sub(r"\d+$", "", mission_id.split(":", 1)[1])
            entry = analysis.kb.families.get(stem)
        # launchers are mostly operated by companies (Arianespace, MHI): their agency must be stated
        if entry is not None and entry.lead and entry.lead in named and entry.kind != "launcher":
            first = analysis.sentences[mentions[0].sent]
            facts.append(ParticipationFact(mission_id, entry.lead, "lead", evidence=[evidence(first)],
                                           reason="lead agency from the knowledge base, named in the article"))
    return facts


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
                facts += _cue_participation(analysis, sentence, [referred],
                                            [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")])
            continue
        owners = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]
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
            for agency_id in _nationalities_before(analysis, sentence, mission):
                facts.append(ParticipationFact(
                    mission.id, agency_id, _kb_role(analysis, mission.id, agency_id), evidence=[evidence(sentence)],
                    reason="nationality adjective, the country's agency named in the article"))
        # 2. "led by", "developed by": lead
        lead_rx = _rx(lang, "lead")
        for cue in lead_rx.finditer(sentence.text):
            cue_end = sentence.start + cue.end()
            agent = next((o for o in owners if o.start >= cue_end
                          and gap(analysis, cue_end, o.start) in ("", "the", "la", "le", "l'")), None)
            target = _nearest_mission(in_sentence, sentence.start + cue.start())
            if agent is not None and target is not None:
                for agency_id in agencies_of(analysis, agent):
                    role = "lead" if _kb_role(analysis, target.id, agency_id) in ("lead", "partner") or \
                        kb_mission(analysis, target.id) is None or kb_mission(analysis, target.id).lead is None else \
                        _kb_role(analysis, target.id, agency_id)
                    facts.append(ParticipationFact(target.id, agency_id, role, evidence=[evidence(sentence)],
                                                   reason=f"'{cue.group(0)}' names who runs it"))
        # 3. participation cues: partners and contributors
        facts += _cue_participation(analysis, sentence, in_sentence, owners)
    return facts


def _cue_participation(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                       owners: list[Mention]) -> list[Fact]:
    facts: list[Fact] = []
    lang = sentence.lang
    rules = load_rules("missions", lang, REQUIRED)["participation"]
    partner_cue = phrase_regex(rules["partner"]).search(sentence.text)
    contributor_cue = phrase_regex(rules["contributor"]).search(sentence.text)
    if not partner_cue and not contributor_cue:
        return facts
    targets = [m for m in in_sentence if not in_parentheses(sentence, m.start, m.end)] or in_sentence
    if contributor_cue:
        # "DORN supplied to CNSA by CNES": the agent after by/par supplies the part
        agent_rx = re.compile(r"\b(?:by|from|par|de la part de)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)
        for owner in owners:
            head = sentence.text[: owner.start - sentence.start]
            if owner.start - sentence.start > contributor_cue.start() and agent_rx.search(head):
                for agency_id in agencies_of(analysis, owner):
                    for target in targets:
                        entry = kb_mission(analysis, target.id)
                        if entry is not None and entry.kind == "instrument":
                            facts.append(ParticipationFact(target.id, agency_id, "lead", evidence=[evidence(sentence)],
                                                           reason="supplies the instrument"))
                        else:
                            facts.append(ParticipationFact(target.id, agency_id, "contributor",
                                                           evidence=[evidence(sentence)], reason="supplies a part"))
    if partner_cue:
        primary = _nearest_mission(targets, sentence.start + partner_cue.start())
        if primary is not None:
            entry = kb_mission(analysis, primary.id)
            for owner in owners:
                for agency_id in agencies_of(analysis, owner):
                    role = "contributor" if entry is not None and agency_id in entry.contributors else "partner"
                    facts.append(ParticipationFact(primary.id, agency_id, role, evidence=[evidence(sentence)],
                                                   reason=f"'{partner_cue.group(0)}' states participation"))
    # knowledge-base partners/contributors named in this or the neighbouring sentences of the block
    for target in targets:
        entry = kb_mission(analysis, target.id)
        if entry is None:
            continue
        nearby = _agencies_near(analysis, sentence)
        for agency_id in entry.partners:
            if partner_cue and agency_id in nearby:
                facts.append(ParticipationFact(
                    target.id, agency_id, "partner", evidence=[evidence(sentence)],
                    reason="partner in the knowledge base, named next to a participation cue"))
        for agency_id in entry.contributors:
            if contributor_cue and agency_id in nearby:
                facts.append(ParticipationFact(target.id, agency_id, "contributor", evidence=[evidence(sentence)],
                                               reason="contributor in the knowledge base, named next to a supply cue"))
    return facts


def _nationalities_before(analysis: Analysis, sentence: Sentence, mission: Mention) -> list[str]:
    """Agencies named by a nationality word just before a mission (only the words a news phrase puts there)."""
    rules = load_rules("missions", sentence.lang, REQUIRED)
    allowed = set(rules["nationality_window"])
    prefixes: dict[str, str] = rules["nationality_prefixes"]
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
        if not codes:
            if lowered in allowed:
                continue
            break  # any other word ends the phrase: "a Chinese official praised JUICE" is not about JUICE
        for code in codes:
            primary = analysis.kb.primary_agency(code) if code != "EU" else analysis.kb.agencies.get("ESA")
            if primary is not None and primary.id in named and primary.id not in found:
                found.append(primary.id)
    return found


def _referred_mission(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """"CNSA's partners on this flight are ESA, ...": the mission of the previous sentences."""
    if not _rx(sentence.lang, "mission_anaphora").search(sentence.text):
        return None
    for other in reversed(analysis.sentences[max(0, sentence.index - 3) : sentence.index]):
        if other.block.kind in ("credit", "caption") or other.lang != sentence.lang:
            continue
        found = [m for m in other.missions() if (kb_mission(analysis, m.id) is None
                 or kb_mission(analysis, m.id).kind not in ("launcher", "instrument"))]
        if found:
            return found[0]
    return None


def _instrument_contributors(analysis: Analysis, facts: list[Fact], part_of: list[Fact]) -> list[Fact]:
    """An agency that leads an instrument contributes to the mission that carries it (DORN -> Chang'e 6)."""
    leads: dict[str, set[str]] = {}
    for fact in facts:
        if isinstance(fact, ParticipationFact) and fact.role == "lead":
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


def _agencies_near(analysis: Analysis, sentence: Sentence) -> set[str]:
    ids: set[str] = set()
    for other in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 2]:
        if other.block.index != sentence.block.index:
            continue
        for mention in other.mentions:
            ids.update(agencies_of(analysis, mention))
    return ids


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
        entry = kb_mission(analysis, mission_id)
        if entry is None or not entry.part_of:
            continue
        parent = analysis.kb.mission_by_name(entry.part_of)
        if parent is not None and parent.id in missions:
            facts.append(PartOfFact(mission_id, parent.id, evidence=[evidence(analysis.sentences[mentions[0].sent])],
                                    reason="part_of from the knowledge base; both are named in the article"))
    # "the SuperCam instrument aboard Perseverance", "DORN, à bord de Chang'e 6"
    for sentence in analysis.sentences:
        found = sentence.missions()
        carried = load_rules("missions", sentence.lang, REQUIRED)["part_of"]
        carried_rx = re.compile(r"^,?\s*(?:(?:which|that|qui) )?(?:" + "|".join(re.escape(w) for w in carried)
                                + r")(?: the| la| le| l')?$")
        for a, b in zip(found, found[1:], strict=False):
            entry = kb_mission(analysis, a.id)
            between = gap(analysis, a.end, b.start)
            if entry is not None and entry.kind == "instrument" and carried_rx.match(between):
                facts.append(PartOfFact(a.id, b.id, evidence=[evidence(sentence)], reason=f"'{between}'"))
    return facts


def _events(analysis: Analysis) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit" or not sentence.missions():
            continue
        lang = sentence.lang
        rules = load_rules("missions", lang, REQUIRED)
        future = _rx(lang, "future")
        for start, end in clauses(sentence, rules["clause_breaks"]):
            clause = analysis.text[start:end]
            missions = [m for m in sentence.missions() if start <= m.start < end]
            if not missions:
                continue
            dates = [d for d in sentence.dates if start <= d.start < end]
            for event, regex in _event_regexes(lang).items():
                # a cue inside a name ("Space Launch System") is no event
                cue = next((c for c in regex.finditer(clause) if not any(
                    m.start < start + c.end() and start + c.start() < m.end for m in sentence.mentions)), None)
                if not cue or _governed_by_future(clause, cue, future):
                    continue  # "will launch", "plan to launch", "la mise en orbite, prévue en 2026"
                cue_pos = start + cue.start()
                mission = _event_mission(analysis, missions, cue_pos, event)
                date = min(dates, key=lambda d: abs(d.start - cue_pos)).value if dates else None
                facts.append(EventFact(mission.id, event, date if date and date.year else None,
                                       evidence=[evidence(sentence)], reason=f"'{cue.group(0)}'"))
    return facts


def _governed_by_future(clause: str, cue: re.Match, future: re.Pattern) -> bool:
    """A future or plan cue within three words before the event word or two words after it."""
    before = " ".join(clause[: cue.start()].split()[-3:])
    after = " ".join(clause[cue.end() :].split()[:2])
    return bool(future.search(before) or future.search(after))


def _event_mission(analysis: Analysis, missions: list[Mention], cue_pos: int, event: str) -> Mention:
    """The mission an event is about: a launcher only launches others, so prefer a non-launcher."""
    def is_launcher(m: Mention) -> bool:
        entry = kb_mission(analysis, m.id)
        return entry is not None and entry.kind == "launcher"

    preferred = [m for m in missions if not is_launcher(m)] or missions
    before = [m for m in preferred if m.start < cue_pos]
    return before[-1] if before and event == "launch" else min(preferred, key=lambda m: abs(m.start - cue_pos))


def _status(analysis: Analysis, missions: dict[str, list[Mention]]) -> list[Fact]:
    facts: list[Fact] = []
    for mission_id, mentions in missions.items():
        status = None
        for mention in mentions:
            sentence = analysis.sentences[mention.sent]
            lang = sentence.lang
            if _rx(lang, "ended").search(sentence.text):
                status = "completed"
            elif _rx(lang, "future").search(sentence.text) and status is None:
                status = "planned"
            elif _rx(lang, "active").search(sentence.text) and status is None:
                status = "active"
        if status:
            facts.append(StatusFact(mission_id, status, evidence=[evidence(analysis.sentences[mentions[0].sent])]))
    return facts
