"""Who runs or supplies a mission, read from the words around it.

"led by", "IXPE is the first NASA mission", "PhilSA is developing", "ESA provides", an agency's part carried by a
mission.
"""

from __future__ import annotations

import re

from ...analysis import Analysis, Mention, Sentence
from ...regex_cache import alternation, compiled
from ..common import agencies_of, evidence, gap
from ..facts import Fact, ParticipationFact, PartOfFact
from ..lexicon import phrase_regex
from .anaphora import fronted_subject
from .knowledge import INSTRUMENT_PATTERNS, _is_launcher, _kb_role, _nearest_mission, kb_mission, kind_of
from .participation_cues import _coordinated, described_parts, possessive_owners
from .rule_file import _rx, rules


def _lead_cues(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
               owners: list[Mention]) -> list[Fact]:
    """Leads named after a lead cue ("led by", "developed by", "menée par").

    "Led by", "developed by", "menée par": the agency right after the cue leads the mission nearest to it (and the
    missions coordinated with that one).
    """
    facts: list[Fact] = []
    lang = sentence.lang
    lead_rx = _rx(lang, "lead")
    words = alternation(rules(lang)["customer"], spaced=True)
    customer = compiled(r"^[^,;:()]{1,60}?\s(?:" + words + r")\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)
    agent_list = _agent_list(lang)
    for cue in lead_rx.finditer(sentence.text):
        cue_end = sentence.start + cue.end()
        # "led by NASA", "exploitée par cinq agences partenaires : la NASA, Roscosmos, ...": the agent right after the
        # cue, or the first of a counted list of agents the cue opens with a colon
        agent = next((o for o in owners if o.start >= cue_end
                      and (gap(analysis, cue_end, o.start) in ("", "the", "la", "le", "l'")
                           or agent_list.match(gap(analysis, cue_end, o.start)))), None)
        if agent is not None and re.match(r"['’]s\b", analysis.text[agent.end : agent.end + 3]):
            agent = None  # "built for NASA's Artemis programme": the owner of what follows, not the agent
        if agent is None:
            # "built by Airbus Defence and Space for GISTDA", "construit par Airbus pour l'agence X": the
            # customer agency of the same clause runs it
            agent = next((o for o in owners if o.start >= cue_end and o.label == "AGENCY"
                          and customer.search(analysis.text[cue_end : o.start])), None)
        nearest = _fronted_subject(analysis, sentence, in_sentence, cue) or \
            _nearest_mission(in_sentence, sentence.start + cue.start())
        if agent is None or nearest is None or nearest is _UNRESOLVED:
            continue  # "Built for ASI, it takes over from Falco", "it" unresolved: the cue is not Falco's
        # "conçu par le CNES et le DLR", "developed by NASA, CNES and the UK Space Agency": every agent of a
        # coordination after the cue
        agents = _coordinated_agents(analysis, sentence, owners, agent)
        # "Copernicus et Galileo, menés par l'ESA": every mission of a coordination takes the cue
        targets = _coordinated(analysis, sentence, in_sentence, nearest) if nearest in in_sentence else [nearest]
        for target in targets:
            for agency_id in [a for o in agents for a in agencies_of(analysis, o)]:
                role = "lead" if _kb_role(analysis, target.id, agency_id) in ("lead", "partner") or \
                    kb_mission(analysis, target.id) is None or kb_mission(analysis, target.id).lead is None else \
                    _kb_role(analysis, target.id, agency_id)
                facts.append(ParticipationFact(target.id, agency_id, role, evidence=[evidence(sentence)],
                                               reason=f"'{cue.group(0)}' names who runs it"))
    return facts


def _agent_list(lang: str) -> re.Pattern:
    """The words between a lead cue and the first agent of a counted list ("five partner agencies: the")."""
    lang_rules = rules(lang)
    counts = "|".join(re.escape(c) for c in sorted(lang_rules["counted_lists"], key=len, reverse=True))
    heads = "|".join(re.escape(h) for h in sorted(lang_rules["agent_list_heads"], key=len, reverse=True))
    return re.compile(r"^(?:(?:the|its|their|les|ses|leurs)\s+)?(?:(?:" + counts + r")\s+)?(?:" + heads
                      + r")\s*:(?:\s*(?:the|la|le|l'))?$")


# what _fronted_subject gives when the phrase's subject is a pronoun it cannot resolve (no mission takes the cue)
_UNRESOLVED = Mention(0, 0, "", "MISSION", ("",), "unresolved", "en", None, -1, None)


def _fronted_subject(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                     cue: re.Match) -> Mention | None:
    """The subject a fronted participial phrase with a lead cue describes.

    "Developed by ESA and operated by EUMETSAT, the satellite also carries the Sentinel-4 instrument"; None when no lead
    cue opens the sentence; ``_UNRESOLVED`` when its subject is a pronoun that cannot be resolved.
    """
    first = _rx(sentence.lang, "lead").search(sentence.text)
    if first is None:
        return None
    return fronted_subject(analysis, sentence, in_sentence, sentence.start + first.start(), sentence.start + cue.end(),
                           unresolved=_UNRESOLVED)


def _coordinated_agents(analysis: Analysis, sentence: Sentence, owners: list[Mention], first: Mention) -> list[Mention]:
    """The agent of a cue and the agencies coordinated after it ("le CNES et le DLR", "NASA, ESA and CSA")."""
    joiners = {" ".join(w.lower().split()) for w in rules(sentence.lang)["coordination"]}
    determiners = ("the ", "la ", "le ", "l'", "les ")
    agents = [first]
    for owner in sorted((o for o in owners if o.start >= first.end), key=lambda o: o.start):
        between = gap(analysis, agents[-1].end, owner.start)
        if between in ("", "("):
            agents.append(owner)  # "l'agence japonaise JAXA", "l'Agence spatiale européenne (ESA)": the same agent
            continue
        between = between.removeprefix(")").strip()
        for determiner in determiners:
            if between.endswith(" " + determiner.strip()) or between.endswith(" " + determiner):
                between = between[: -len(determiner)].strip()
                break
        if between not in joiners and between.rstrip(",").strip() not in joiners:
            break
        agents.append(owner)
    return agents


def _copula_owner(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                  owners: list[Mention]) -> list[Fact]:
    """Leads named by a copula ("IXPE is the first NASA mission").

    "IXPE is the first NASA mission", "X est une mission NASA": the mission, a copula, a determiner, at most two words,
    then an agency right before (or right after) a mission head noun: the agency runs it.
    """
    lang_rules = rules(sentence.lang)

    def words(key: str) -> str:
        return alternation(lang_rules[key], spaced=True)

    link = compiled(r"^\s+(?:" + words("copula") + r")\s+(?:" + words("copula_determiners")
                    + r")(?:\s+|(?<=['’]))(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
    head = compiled(r"^\s+(?:" + words("mission_heads") + r")\b", re.IGNORECASE)
    head_before = compiled(r"\b(?:" + words("mission_heads") + r")\s+$", re.IGNORECASE)
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


def _active_leads(analysis: Analysis, sentence: Sentence, missions: list[Mention],
                  owners: list[Mention], *, supply: bool = False) -> list[Fact]:
    """Agency, lead verb, then the mission within a short noun phrase: the agency leads it.

    With ``supply``, a supply verb: the agency contributes to it (leads it when it is an instrument).
    """
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
        if supply:
            named = _named_parts(analysis, sentence, missions, verb_end)
            if named:
                facts += _part_supply(analysis, sentence, missions, owner, named, verb.group(0))
                continue
        target = _relative_object(analysis, missions, owner) or next((m for m in missions if m.start >= verb_end),
                                                                       None)
        if target is None or target.end > owner.start and (
                target.start - verb_end > 60 or re.search(r"[,;:]", analysis.text[verb_end:target.start])):
            continue
        if supply:
            entry = kb_mission(analysis, target.id)
            instrument = entry is not None and entry.kind == "instrument"
            # "ESA provides the service module of the Orion capsule", "Japan will provide equipment for the
            # Gateway" (a country counts as its agency when the article names it): the part is not named, the host
            # is; a named instrument's supplier is read from "supplied by"
            if instrument or _is_launcher(analysis, target) \
                    or _owned_by(analysis, sentence, target, owner.id):
                continue
        for agency_id in agencies_of(analysis, owner):
            role = ("lead" if instrument else "contributor") if supply else _kb_role(analysis, target.id, agency_id)
            facts.append(ParticipationFact(target.id, agency_id, role, evidence=[evidence(sentence)],
                                           reason=f"'{verb.group(0)}' names who "
                                                  + ("supplies it" if supply else "runs it")))
    return facts


# "which ESA launched", "que l'ESA exploite"; a dative relative too: "to which ESA will supply", "à laquelle l'ESA
# fournira" (the mission is what the agency supplies to)
_RELATIVE = re.compile(r",?\s*(?:which|that|que|qu['’]|to which|for which|à laquelle|auquel|auxquels|auxquelles"
                       r"|pour laquelle|pour lequel)\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?")


def _relative_object(analysis: Analysis, missions: list[Mention], owner: Mention) -> Mention | None:
    """The mission a relative clause opened right after it makes the object of the agency's verb.

    "LISA Pathfinder, which ESA launched in December 2015", "Proba-V, que l'ESA exploite", "Gateway, à laquelle l'ESA
    fournira des modules": the mission just before "which"/"that"/"que"/"à laquelle" is what the agency's verb is about.
    """
    for mission in missions:
        if mission.end <= owner.start and re.fullmatch(_RELATIVE, analysis.text[mission.end : owner.start]):
            return mission
    return None


def _supplied_parts(analysis: Analysis, sentence: Sentence, missions: list[Mention],
                    owners: list[Mention]) -> list[Fact]:
    """Contributors whose part (rover, instrument, payload) a mission carries.

    An agency's part (rover, instrument, payload) carried by a mission: the agency is a contributor of that mission,
    unless it owns the mission too. Needs a carry cue ("carried by", "à bord de").
    """
    lang_rules = rules(sentence.lang)
    carry = phrase_regex(lang_rules["carry"]).search(sentence.text)
    if not missions or carry is None:
        return []
    carry_at = sentence.start + carry.start()
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
        if owner.start > carry_at and any(_owned_by(analysis, sentence, m, a) for m in missions for a in ids):
            continue  # "emporté ... par la sonde MMX de la JAXA": after the carry cue, the agency's craft carries
        for mission in missions:
            if mission.start < owner.end and owner.start < mission.end:
                continue
            # a numbered launcher flight ("à bord de sa fusée PSLV-C51") has its family's kind: a payload it
            # launches is no part of it
            if kind_of(analysis, mission.id) in ("instrument", "launcher"):
                continue
            for agency_id in ids:
                if _owned_by(analysis, sentence, mission, agency_id):
                    continue
                facts.append(ParticipationFact(mission.id, agency_id, "contributor", evidence=[evidence(sentence)],
                                               reason="supplies a part the mission carries"))
    return facts


def _owned_by(analysis: Analysis, sentence: Sentence, mission: Mention, agency_id: str) -> bool:
    """Whether the sentence gives the mission to this agency by a possessive.

    "CNSA's Chang'e 7", "ESA, whose European Service Module", "la sonde MMX de la JAXA".
    """
    return any(agency_id in agencies_of(analysis, owner) for owner in possessive_owners(analysis, sentence, mission))


def _named_parts(analysis: Analysis, sentence: Sentence, missions: list[Mention], verb_end: int) -> list[Mention]:
    """The named instruments or parts a supply verb's object lists, in order; empty when its object is no such part.

    "JAXA supplied TIRI, the thermal infrared imager", "l'Agence spatiale canadienne a fourni le détecteur de guidage
    FGS", "La NASA en a fourni trois, le spectromètre ultraviolet Alice, l'instrument micro-ondes MIRO et le capteur
    d'ions et d'électrons IES": right after the verb, an optional counted phrase and a comma, a determiner, lower-case
    descriptor words and the name (or the descriptor, a comma and the name); then each name joined to the previous one
    by a coordinator the same way. A part is an instrument the KB knows, or a name read after an instrument head noun.
    "ESA provides the service module of Orion" is no such object: a break word ("of", "d'") ends the descriptor, so
    the name is the host's, read by the contributor rule.
    """
    lang_rules = rules(sentence.lang)
    after = sorted((m for m in missions if verb_end <= m.start), key=lambda m: m.start)
    if not after:
        return []
    listed = described_parts(analysis, sentence, missions, verb_end)
    if listed:
        return listed
    numbers = alternation(lang_rules["counted_lists"])
    counted = compiled(r"^\s*(?:(?:les|the)\s+)?(?:" + numbers + r")(?:\s+[\w'’-]+){0,2}\s*[,:]", re.IGNORECASE)
    head = counted.match(analysis.text[verb_end : after[0].start])
    parts: list[Mention] = []
    position = verb_end + (head.end() if head else 0)
    hardware = phrase_regex(lang_rules["hardware"])
    joiners = [w for w in rules(sentence.lang)["coordination"]
               if not re.search(r"\b(?:or|ou|known|called|appel\w*)\b", w)]
    for mention in after:
        if mention.start < position:
            continue
        between = analysis.text[position : mention.start]
        if parts:
            joined = re.match(r"^\s*(?:" + "|".join(re.escape(j.strip()) for j in sorted(joiners, key=len,
                                                                                       reverse=True)) + r")\s*",
                              between)
            if joined is None:
                break
            between = between[joined.end() :]
        descriptor = _descriptor(sentence.lang, between)
        if descriptor is None:
            break
        if not (instrument_mention(analysis, sentence, mention) or mention.via.startswith("pattern:")
                and hardware.search(descriptor) is not None):
            break
        parts.append(mention)
        position = mention.end
    return parts


def instrument_mention(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """Whether a mission mention names an instrument.

    A KB instrument, or a name the KB lacks read after (or, in English, before) an instrument head noun ("le capteur
    de particules TUMI", "the sensor TUMI", "the TUMI sensor", "TUMI, the particle sensor").
    """
    if kind_of(analysis, mention.id) == "instrument" or mention.via in INSTRUMENT_PATTERNS:
        return True
    if not mention.via.startswith("pattern:"):
        return False
    heads = alternation(rules(sentence.lang)["instrument_heads"])
    before = analysis.text[max(sentence.start, mention.start - 30) : mention.start]
    after = analysis.text[mention.end : min(sentence.end, mention.end + 20)]
    return bool(compiled(r"\b(?:" + heads + r")s?\s+$", re.IGNORECASE).search(before)
                or compiled(r"^\s+(?:" + heads + r")s?\b", re.IGNORECASE).match(after))


def _descriptor(lang: str, between: str) -> str | None:
    """The descriptor words of a supplied part's name ("le détecteur de guidage "), or None when they are not one."""
    lang_rules = rules(lang)
    determiners = {w.lower() for w in lang_rules["supply_object_determiners"]}
    breaks = {w.lower() for w in lang_rules["supply_object_breaks"]}
    text = " ".join(between.split())
    text = re.sub(r"\s*,$", "", text)  # the descriptor then a comma: an apposition ("une caméra thermique, TIRI")
    if not text:
        return ""
    opening = next((d for d in sorted(determiners, key=len, reverse=True)
                    if text.lower().startswith(d) and (d.endswith(("'", "’")) or text[len(d) : len(d) + 1] == " ")),
                   None)
    if opening is None:
        return None
    words = text[len(opening) :].split()
    if len(words) > 6 or any(not re.fullmatch(r"[a-zà-ÿœ'’-]+", w) or w.lower() in breaks for w in words):
        return None
    return " ".join(words)


def _part_supply(analysis: Analysis, sentence: Sentence, missions: list[Mention], owner: Mention,
                 parts: list[Mention], verb: str) -> list[Fact]:
    """The supplier leads each named part; the part belongs to its host, which the supplier contributes to.

    The host: a mission the sentence names after the parts ("for", "pour", "à bord de") or before the supplier, that is
    no instrument, launcher or programme; else the mission the article's title names. The supplier of a part of its
    own mission gets no contributor role there.
    """
    facts: list[Fact] = []
    ids = agencies_of(analysis, owner)
    host = _supply_host(analysis, sentence, missions, parts)
    for part in parts:
        for agency_id in ids:
            facts.append(ParticipationFact(part.id, agency_id, "lead", evidence=[evidence(sentence)],
                                           reason=f"'{verb}' names who supplies the instrument"))
        entry = kb_mission(analysis, part.id)
        if host is not None and (entry is None or not entry.part_of):
            facts.append(PartOfFact(part.id, host.id, evidence=[evidence(sentence)],
                                    reason="an instrument supplied for the mission"))
    if host is not None:
        for agency_id in ids:
            if not _owned_by(analysis, sentence, host, agency_id):
                facts.append(ParticipationFact(host.id, agency_id, "contributor", evidence=[evidence(sentence)],
                                               reason="supplies an instrument the mission carries"))
    return facts


def _host_like(analysis: Analysis, mention: Mention) -> bool:
    """A craft a part can be supplied for.

    A KB mission or numbered family member, no instrument, launcher or programme (a name the KB lacks may be a
    misread common noun: "L'orbiteur").
    """
    return kind_of(analysis, mention.id) not in ("instrument", "launcher", "programme") and \
        (mention.id in analysis.kb.missions or mention.id.startswith("family:"))


def _supply_host(analysis: Analysis, sentence: Sentence, missions: list[Mention],
                 parts: list[Mention]) -> Mention | None:
    """The mission the named parts are supplied for (see :func:`_part_supply`).

    A part the KB places on a craft is supplied for that craft when the article names it, and for nothing else.
    """
    known = [kb_mission(analysis, p.id) for p in parts]
    if known[0] is not None and known[0].part_of:
        parent = analysis.kb.mission_by_name(known[0].part_of)
        return next((m for m in analysis.mentions("MISSION") if parent is not None and m.id == parent.id), None)
    later = [m for m in missions if m.start >= parts[-1].end and _host_like(analysis, m)
             and re.search(r"\b(?:for|to|on|aboard|pour|à bord d[eu']|sur)\s+(?:[\w'’-]+\s+){0,3}$",
                           analysis.text[parts[-1].end : m.start])]
    if later:
        return later[0]
    earlier = [m for m in missions if m.end <= parts[0].start and _host_like(analysis, m) and m not in parts]
    if earlier:
        return earlier[-1]
    # "Le télescope James Webb de la NASA. L'ASC a fourni le détecteur FGS.": the one craft the sentence before names
    previous = analysis.sentences[sentence.index - 1] if sentence.index > 0 else None
    if previous is not None and previous.block.index == sentence.block.index:
        crafts = {m.id: m for m in previous.missions() if _host_like(analysis, m)}
        if len(crafts) == 1:
            return next(iter(crafts.values()))
    for other in analysis.sentences:
        if other.block.kind == "title":
            found = next((m for m in other.missions() if _host_like(analysis, m)), None)
            if found is not None:
                return found
    return None
