"""Participation and supply cues: partners and contributors of the missions in their clause.

"takes part in", "partenaires", "supplied by"; and KB partners/contributors named next to such a cue.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ...analysis import Analysis, Mention, Sentence
from ...analysis.instrument_lists import described_lists
from ...regex_cache import alternation, compiled
from ..common import agencies_of, evidence, gap, in_parentheses
from ..facts import Fact, ParticipationFact
from ..lexicon import phrase_regex
from .knowledge import _is_launcher, _nearest_mission, kb_mission
from .rule_file import _FR_OWNER_GAPS, _POSSESSIVE_GAPS, _rx, few_words, rules

# the reason of a second supplier's fact; the cooperation rules read it to make one record of the whole supply
CO_SUPPLY_REASON = "supplies the part with the first agent of the cue"


def _cue_participation(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                       owners: list[Mention], pair: list[str] | None = None) -> list[Fact]:
    """Partners and contributors from the participation and supply cues of one sentence.

    Partners and contributors from the participation and supply cues of one sentence (``pair``: the agencies "the two
    agencies" stands for), then the KB partners/contributors named next to such a cue.
    """
    contributor_phrases = rules(sentence.lang)["participation"]["contributor"]
    partner_cues = _partner_cues(analysis, sentence, in_sentence)
    contributor_cue = phrase_regex(contributor_phrases).search(sentence.text)
    if not partner_cues and not contributor_cue:
        return []
    targets = [m for m in in_sentence if not in_parentheses(sentence, m.start, m.end)] or in_sentence
    facts: list[Fact] = []
    if contributor_cue:
        facts += _suppliers(analysis, sentence, targets, owners, contributor_phrases)
    partner_facts, partner_owners, partner_reach = _partners(analysis, sentence, targets, owners, partner_cues, pair)
    facts += partner_facts
    facts += _kb_cue_roles(analysis, sentence, targets, owners, (partner_owners, partner_reach),
                           contributor_phrases if contributor_cue else None)
    return facts


def _partner_cues(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention]) -> list[re.Match]:
    """The partner cues of a sentence that state participation, in order.

    The partner cues of a sentence, in order; none when the sentence speaks of talks or its first cue is negated, and
    none that only qualifies a document noun about an owned mission.
    """
    lang = sentence.lang
    # "a cooperation agreement on JAXA's MMX probe", "un accord de coopération sur la sonde MMX de la JAXA": the
    # cue names a document about a mission whose owner the text states, an agreement record, not participation
    owned = any(_has_owner(analysis, sentence, m) for m in in_sentence)
    partner_cues = [c for c in phrase_regex(rules(lang)["participation"]["partner"]).finditer(sentence.text)
                    if not (owned and _names_a_document(sentence, c))]
    partner_cues += [c for c in _joint_verbs(lang).finditer(sentence.text)
                     if not any(p.start() <= c.start() < p.end() or c.start() <= p.start() < c.end()
                                for p in partner_cues)]
    partner_cues.sort(key=lambda c: c.start())
    if not partner_cues:
        return []
    if _rx(lang, "talks").search(sentence.text):
        return []  # "negotiating an MoU and exploring cooperation on X": talks, not participation
    if _rx(lang, "negation").search(" ".join(sentence.text[: partner_cues[0].start()].split()[-4:])):
        return []  # "le Brésil n'a pas signé d'accord pour rejoindre l'ILRS"
    return partner_cues


@lru_cache(maxsize=4)
def _joint_verbs(lang: str) -> re.Pattern:
    """A building or operating verb, its object, then a joint adverb ("built the CALIPSO satellite together")."""
    lang_rules = rules(lang)
    verbs = phrase_regex(lang_rules["joint_verbs"]).pattern
    adverbs = phrase_regex(lang_rules["joint_adverbs"]).pattern
    return re.compile(r"(?:" + verbs + r")(?:\s+[\w'’-]+){1,6}?\s+(?:" + adverbs + r")", re.IGNORECASE)


def _suppliers(analysis: Analysis, sentence: Sentence, targets: list[Mention], owners: list[Mention],
               contributor_phrases: list[str]) -> list[Fact]:
    """Suppliers named after a supply cue ("supplied by CNES").

    "DORN supplied to CNSA by CNES": the agent after by/par supplies the part the clause is about, the mission named
    last before the cue ("DORN, supplied by CNES, ... and INRRI, provided by ASI").
    """
    facts: list[Fact] = []
    agent_rx = re.compile(r"\b(?:by|from|par|de la part de)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)
    cue_starts = [sentence.start + c.start() for c in phrase_regex(contributor_phrases).finditer(sentence.text)]
    for owner in owners:
        head = sentence.text[: owner.start - sentence.start]
        cue_start = max((c for c in cue_starts if c < owner.start), default=None)
        if cue_start is None or not agent_rx.search(head):
            continue
        before = [m for m in targets if m.end <= cue_start]
        elsewhere = [m for m in targets if not sentence.start <= m.start < sentence.end]
        supplied = [before[-1]] if before else elsewhere or targets[:1]
        # "provided by the Italian Space Agency ASI with NASA": an agent joined by a supply partner word contributes
        partners = _supply_partners(analysis, sentence, owners, owner)
        for partner in partners:
            for agency_id in agencies_of(analysis, partner):
                for target in supplied:
                    facts.append(ParticipationFact(target.id, agency_id, "contributor", evidence=[evidence(sentence)],
                                                   reason=CO_SUPPLY_REASON))
        # "Two of the eleven instruments of CSES-02 were supplied by ASI: the detector HEPD-02 and ...": the agent
        # supplies each instrument the list after it names
        listed = described_parts(analysis, sentence, targets, sentence.start, cue_start, owner.end)
        supplied += [m for m in listed if m not in supplied]
        for agency_id in agencies_of(analysis, owner):
            for target in supplied:
                entry = kb_mission(analysis, target.id)
                if entry is not None and entry.kind == "instrument":
                    facts.append(ParticipationFact(target.id, agency_id, "lead", evidence=[evidence(sentence)],
                                                   reason="supplies the instrument"))
                else:
                    facts.append(ParticipationFact(target.id, agency_id, "contributor",
                                                   evidence=[evidence(sentence)], reason="supplies a part"))
    return facts


def described_parts(analysis: Analysis, sentence: Sentence, missions: list[Mention], head_from: int,
                    head_before: int | None = None, items_from: int | None = None) -> list[Mention]:
    """The named instruments of a described list a supply cue governs, in order; empty when there is none.

    "Roscosmos a fourni le lanceur et deux des quatre instruments de l'orbiteur, le spectromètre ACS et le détecteur
    FREND" (active: the list's counted noun at or after ``head_from``, the verb's end, with no sentence break and no
    agency between), "Two of the eleven instruments of CSES-02 were supplied by ASI: the detector HEPD-02 and the
    detector EFD-02" (passive: the noun before the cue, ``head_before``, the items after the agent, ``items_from``,
    with nothing named between). See :func:`spacerec.analysis.instrument_lists.described_lists`.
    """
    for head_start, names in described_lists(sentence.text, sentence.lang):
        head_at, first_at = sentence.start + head_start, sentence.start + names[0][0]
        if head_before is None:
            bridge = (head_from, head_at)
            if head_at < head_from:
                continue
        else:
            bridge = (items_from if items_from is not None else head_from, first_at)
            if not head_from <= head_at < head_before or bridge[0] > first_at:
                continue
        if re.search(r"[.;]", analysis.text[bridge[0] : bridge[1]]) or any(
                bridge[0] <= m.start < bridge[1] for m in sentence.mentions
                if m.label in ("AGENCY", "COUNTRY") or head_before is not None and m.label == "MISSION"):
            continue
        spans = {(sentence.start + start, sentence.start + end) for start, end, _ in names}
        return [m for m in missions if (m.start, m.end) in spans]
    return []


def _supply_partners(analysis: Analysis, sentence: Sentence, owners: list[Mention], agent: Mention) -> list[Mention]:
    """The agents joined to a supply cue's agent by a ``supply_partners`` word ("ASI with NASA", "l'ASI avec la NASA").

    The agent's own apposition ("the Italian Space Agency ASI") is skipped; the chain stops at any other gap.
    """
    lang_rules = rules(sentence.lang)
    words = alternation(lang_rules["supply_partners"])
    joiner = compiled(r"^(?:" + words + r")(?:\s+(?:the|la|le|l['’]))?$", re.IGNORECASE)
    # "with CNES and ASI", "avec le CNES et l'ASI": a partner coordinated with the first one is a partner too
    coordinated = compiled(r"^(?:" + alternation(lang_rules["coordination"]) + r")(?:\s+(?:the|la|le|l['’]))?$",
                           re.IGNORECASE)
    found: list[Mention] = []
    last = agent
    for owner in sorted((o for o in owners if o.start >= agent.end), key=lambda o: o.start):
        between = gap(analysis, last.end, owner.start)
        if between in ("", "(") and not found:
            last = owner  # the agent's apposition: "the Italian Space Agency ASI"
            continue
        between = between.removeprefix(")").strip()
        if not (joiner.match(between) or found and coordinated.match(between)):
            break
        found.append(owner)
        last = owner
    return found


def _partners(analysis: Analysis, sentence: Sentence, targets: list[Mention], owners: list[Mention],
              partner_cues: list[re.Match], pair: list[str] | None,
              ) -> tuple[list[Fact], list[Mention], list[tuple[int, int]]]:
    """Facts of each partner cue for the missions of its clause.

    Facts of each partner cue for the missions of its clause (the cue's possessor leads, the other agencies of the
    clause are partners), with the agencies the cues reached and the clause spans they reach.
    """
    facts: list[Fact] = []
    partner_owners: list[Mention] = []
    partner_reach: list[tuple[int, int]] = []
    for cue in partner_cues:
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
        group = _counted_list(analysis, sentence, reachable, sentence.start + cue.end()) or \
            _coordinated(analysis, sentence, reachable, primary)
        # "MASCOT, developed by DLR in cooperation with CNES, ... by JAXA's Hayabusa2": the owner of another craft
        # the clause names is that craft's, not a partner of the one the cue is about
        owned = {(o.start, o.end): m.id for m in targets for o in possessive_owners(analysis, sentence, m)}
        for target in group:
            if _is_launcher(analysis, target):
                continue  # launchers are tied to an agency by the text's own words, not by a nearby cue
            own = [o for o in reached if owned.get((o.start, o.end), target.id) == target.id]
            facts += _partner_cue_facts(analysis, sentence, target, cue, own, pair)
    return facts, partner_owners, partner_reach


def _partner_cue_facts(analysis: Analysis, sentence: Sentence, target: Mention, cue: re.Match,
                       reached: list[Mention], pair: list[str] | None) -> list[Fact]:
    """One partner cue's facts for one mission: its possessor leads, the other agencies reached are partners."""
    facts: list[Fact] = []
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
    return facts


def _kb_cue_roles(analysis: Analysis, sentence: Sentence, targets: list[Mention], owners: list[Mention],
                  partners: tuple[list[Mention], list[tuple[int, int]]],
                  contributor_phrases: list[str] | None) -> list[Fact]:
    """Knowledge-base partners/contributors the sentence itself names next to its cue.

    Knowledge-base partners/contributors the sentence itself names next to its cue. ``partners``: the agencies the
    partner cues reached and the clause spans they reach; ``contributor_phrases``: None when the sentence has no supply
    cue.
    """
    partner_owners, partner_reach = partners
    facts: list[Fact] = []
    # the agencies near the sentence's supply and partner cues are the same for every target: read once, not per
    # mission (a status board of hundreds of missions in one sentence was quadratic)
    near: tuple[set[str], set[str]] | None = None
    for target in targets:
        entry = kb_mission(analysis, target.id)
        if entry is None:
            continue
        if _is_launcher(analysis, target):
            continue
        if near is None:
            near = _near_cues(analysis, sentence, owners, partner_owners, contributor_phrases)
        nearby, near_partner_cue = near
        in_reach = any(a <= target.start < b for a, b in partner_reach) or not (
            sentence.start <= target.start < sentence.end)
        # the mission's own clause states participation; its KB partners may be named in the sentences around
        # it in the paragraph ("NASA leads Artemis with partners. ESA and JAXA build modules.")
        # "NASA has partners in ESA, JAXA and CSA [for Artemis]. That includes four of the five agencies involved in
        # the ISS": a cue sentence naming no agency of its own speaks of the neighbours' agencies, whatever they name
        around = _agencies_around(analysis, sentence, {m.id for m in targets} if owners else None) \
            if in_reach and partner_reach else set()
        for agency_id in entry.partners:
            if (agency_id in near_partner_cue or agency_id in around) and in_reach:
                facts.append(ParticipationFact(
                    target.id, agency_id, "partner", evidence=[evidence(sentence)],
                    reason="partner in the knowledge base (a KB default role), named next to a participation cue"))
        for agency_id in entry.contributors:
            if contributor_phrases is not None and agency_id in nearby:
                facts.append(ParticipationFact(target.id, agency_id, "contributor", evidence=[evidence(sentence)],
                                               reason="contributor in the knowledge base (a KB default role), "
                                                      "named next to a supply cue"))
    return facts


def _near_cues(analysis: Analysis, sentence: Sentence, owners: list[Mention], partner_owners: list[Mention],
               contributor_phrases: list[str] | None) -> tuple[set[str], set[str]]:
    """``(agencies in the clause of a supply cue, agencies the partner cues reached)`` of the sentence."""
    contributor_reach = [_reach(sentence, sentence.start + c.start())
                         for c in phrase_regex(contributor_phrases or ()).finditer(sentence.text)]
    nearby = {a for m in owners if any(a0 <= m.start < b0 for a0, b0 in contributor_reach)
              for a in agencies_of(analysis, m)}
    return nearby, {a for m in partner_owners for a in agencies_of(analysis, m)}


def possessive_owners(analysis: Analysis, sentence: Sentence, mission: Mention) -> list[Mention]:
    """The agency or country mentions the sentence gives the mission by a possessive.

    "JAXA's MMX", "ESA, whose European Service Module", "la sonde MMX de la JAXA".
    """
    owners = []
    for owner in sentence.mentions:
        if owner.label not in ("AGENCY", "COUNTRY"):
            continue
        if (owner.end <= mission.start and few_words(analysis.text, owner.end, mission.start)
                and _POSSESSIVE_GAPS.match(gap(analysis, owner.end, mission.start))) or (
                sentence.lang == "fr" and mission.end <= owner.start
                and few_words(analysis.text, mission.end, owner.start)
                and _FR_OWNER_GAPS.match(gap(analysis, mission.end, owner.start))):
            owners.append(owner)
    return owners


def _has_owner(analysis: Analysis, sentence: Sentence, mission: Mention) -> bool:
    """Whether the sentence gives the mission an owner: "JAXA's MMX", "la sonde MMX de la JAXA"."""
    return bool(possessive_owners(analysis, sentence, mission))


def _names_a_document(sentence: Sentence, cue: re.Match) -> bool:
    """Whether a participation cue only qualifies a document noun.

    Whether a participation cue only qualifies a document noun ("cooperation agreement", "accord de coopération",
    "partnership agreement").
    """
    nouns = phrase_regex(rules(sentence.lang)["document_nouns"])
    after = sentence.text[cue.end() :]
    before = sentence.text[: cue.start()]
    return bool(compiled(r"\s*(?:" + nouns.pattern + r")", nouns.flags).match(after)
                or compiled(r"(?:" + nouns.pattern + r")\s+(?:de|d['’]|of)\s*$", nouns.flags).search(before))


def _agencies_around(analysis: Analysis, sentence: Sentence, missions: set[str] | None) -> set[str]:
    """Agencies named in the sentences just before and after, in the same paragraph, about no other mission.

    A neighbour that names a mission other than ``missions`` (or their KB parts: "ESA will build I-Hab" next to a
    sentence on Gateway) ties its agencies to that one ("... under NASA's Artemis programme. Japan has long been a
    partner of the International Space Station": NASA is not named for the station).
    """
    if missions is None:  # any neighbour counts
        return {a for other in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 2]
                if other.block.index == sentence.block.index and other is not sentence
                for m in other.mentions for a in agencies_of(analysis, m)}
    names = {kb_mission(analysis, m).canonical_name for m in missions if kb_mission(analysis, m) is not None}
    found: set[str] = set()
    for other in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 2]:
        if other.block.index == sentence.block.index and other is not sentence \
                and all(m.id in missions or getattr(kb_mission(analysis, m.id), "part_of", None) in names
                        for m in other.missions()):
            found.update(a for m in other.mentions for a in agencies_of(analysis, m))
    return found


def _reach(sentence: Sentence, position: int) -> tuple[int, int]:
    """Document span of the clause around ``position``, cut at the rule file's participation breaks."""
    cuts = _clause_cuts(sentence.text, sentence.lang)
    # the cuts rise (a break at the sentence's start repeats 0): the clause is the one pair around the position
    k = bisect_right(cuts, position - sentence.start)
    if 0 < k < len(cuts):
        return sentence.start + cuts[k - 1], sentence.start + cuts[k]
    return sentence.start, sentence.end


@lru_cache(maxsize=64)
def _clause_cuts(text: str, lang: str) -> tuple[int, ...]:
    """Offsets in ``text`` where its clauses start (0, each participation break) and where it ends.

    Remembered: :func:`_reach` asks once per cue and mission of a sentence, and a long sentence was read again for each.
    """
    pattern = compiled(alternation(rules(lang)["participation_breaks"]))
    return (0, *(m.start() for m in pattern.finditer(text)), len(text))


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
            # "MetOp-A, -B et -C": the hyphen of a sibling's short form is no word between them
            between = gap(analysis, a.end, b.start).removesuffix(" -")
            if between not in joiners and between.rstrip(",").strip() not in joiners:
                break
            group.append(ordered[i + step])
            i += step
    return sorted(group, key=lambda m: m.start)


def _counted_list(analysis: Analysis, sentence: Sentence, missions: list[Mention], position: int) -> list[Mention]:
    """The missions of a counted list right after a cue.

    "ont construit ensemble deux satellites, Megha-Tropiques, lancé en 2011 ..., et SARAL", "built two satellites: A and
    B": a number word, up to two words and a head noun announce that many missions, the next ones named in the
    sentence, whatever clauses stand between them; empty without such a head or with fewer missions named.
    """
    lang_rules = rules(sentence.lang)
    numbers: dict[str, str] = lang_rules["counted_lists"]
    heads = alternation(lang_rules["counted_heads"])
    words = alternation(numbers)
    head = compiled(r"^\s*(?:[\w'’-]+\s+){0,3}?(" + words + r")\s+(?:[\w'’-]+\s+){0,2}?(?:" + heads + r")\s*[,:]",
                    re.IGNORECASE).match(analysis.text[position : sentence.end])
    if head is None:
        return []
    count = int(numbers[head.group(1).lower()])
    after = sorted((m for m in missions if m.start >= position + head.end()), key=lambda m: m.start)
    return after[:count] if len(after) >= count else []
