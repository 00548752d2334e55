"""Participation stated away from the mission's name: in the sentence after the one that names the craft.

"ESA's Juice probe left in April. NASA and JAXA supplied hardware for several of its instruments", "La sonde Juice ...
Son magnétomètre a été fourni par l'UKSA", "Hitomi was lost in 2016. NASA was the other major foreign partner": the
sentence names no mission and no back-reference the anaphora rules read, but an agency supplies an unnamed part of
the craft, or a copula makes it a partner. The craft is the one the sentence before (same paragraph, same language)
names; with two crafts there, or none, nothing is read. Phrases are data (``away_*`` and ``partner_predicates`` of
``rules/missions_<lang>.json``).
"""

from __future__ import annotations

import re

from ...analysis import Analysis, Mention, Sentence
from ...regex_cache import alternation, compiled
from ..common import agencies_of, evidence, gap
from ..facts import Fact, ParticipationFact
from .anaphora import _agency_pair
from .knowledge import INSTRUMENT_PATTERNS, _is_launcher, kb_mission, kind_of
from .participation_cues import _coordinated, _counted_list
from .rule_file import _rx, rules

SUPPLY_REASON = "supplies a part of the craft the sentence before names"
PAIR_REASON = "'the two agencies' build or run it"
PARTNER_REASON = "called a partner in the sentence after the craft's"


def away_participation(analysis: Analysis, sentence: Sentence) -> list[Fact]:
    """Contributors and partners of the craft of the sentence before, read in a sentence that names no mission."""
    if sentence.missions() or sentence.block.kind in ("credit", "title"):
        return []
    agencies = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]
    if not agencies:
        return []
    craft = _previous_craft(analysis, sentence)
    if craft is None:
        return []
    lang_rules = rules(sentence.lang)
    if _rx(sentence.lang, "talks").search(sentence.text) or _rx(sentence.lang, "negation").search(sentence.text):
        return []  # "NASA is discussing a contribution", "NASA did not supply the radar"
    facts: list[Fact] = []
    for agent in _suppliers(analysis, sentence, agencies, lang_rules):
        facts += _facts(analysis, sentence, craft, agent, "contributor", SUPPLY_REASON)
    for agent in _predicate_partners(analysis, sentence, agencies, lang_rules):
        facts += _facts(analysis, sentence, craft, agent, "partner", PARTNER_REASON)
    return facts


def _facts(analysis: Analysis, sentence: Sentence, craft: Mention, agent: Mention, role: str,
           reason: str) -> list[Fact]:
    entry = kb_mission(analysis, craft.id)
    return [ParticipationFact(craft.id, agency_id, role, evidence=[evidence(sentence)], reason=reason)
            for agency_id in agencies_of(analysis, agent)
            if entry is None or entry.lead != agency_id]  # the craft's own agency supplies nothing to it


def _previous_craft(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """The one craft (no instrument, launcher or programme) the sentence before names, in its paragraph and language.

    A sentence that opens a paragraph reads the last sentence of the paragraph before (both body text).
    """
    if sentence.index == 0:
        return None
    previous = analysis.sentences[sentence.index - 1]
    opens = previous.block.index != sentence.block.index and previous.block.kind == sentence.block.kind == "body"
    if (previous.block.index != sentence.block.index and not opens) or previous.lang != sentence.lang:
        return None
    crafts = {m.id: m for m in previous.missions()
              if kind_of(analysis, m.id) not in ("instrument", "launcher", "programme")
              and m.via not in INSTRUMENT_PATTERNS}
    return next(iter(crafts.values())) if len(crafts) == 1 else None


def _part_reference(lang_rules: dict) -> re.Pattern:
    """An unnamed part: a determiner phrase, at most two words, a part noun ("several of its instruments")."""
    return compiled(r"(?<![\w'’])(?:" + alternation(lang_rules["away_part_determiners"]) + r")(?:\s+|(?<=['’]))"
                    r"(?:[\w'’-]+\s+){0,2}?(?:" + alternation(lang_rules["away_part_nouns"]) + r")(?![\w-])",
                    re.IGNORECASE)


def _suppliers(analysis: Analysis, sentence: Sentence, agencies: list[Mention], lang_rules: dict) -> list[Mention]:
    """The agencies that supply an unnamed part: "X supplied its radar", "Its radar came from X"."""
    part = _part_reference(lang_rules)
    active = _rx(sentence.lang, "supply_active")
    passive = compiled(r"(?:" + alternation(lang_rules["away_supply_passive"])
                       + r")\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)
    found: list[Mention] = []
    for agent in agencies:
        # active: the agency (and those coordinated before it) right before a supply verb, the part in its clause
        verb = active.match(analysis.text, agent.end + _space(analysis.text, agent.end), sentence.end)
        if verb is not None:
            clause = _clause(analysis, sentence, verb.end())
            if part.search(analysis.text, verb.end(), clause):
                found += [*_coordinated_before(analysis, agencies, agent), agent]
            continue
        # passive: the part, a passive supply phrase, then the agency
        head = analysis.text[max(sentence.start, agent.start - 60) : agent.start]
        cue = passive.search(head)
        if cue is not None and part.search(analysis.text, sentence.start, agent.start - len(head) + cue.start()):
            found.append(agent)
    return _unique(found)


def _predicate_partners(analysis: Analysis, sentence: Sentence, agencies: list[Mention],
                        lang_rules: dict) -> list[Mention]:
    """The agencies a copula calls a partner, the clause ending there ("NASA was the other major foreign partner")."""
    copula = alternation(lang_rules["copula"])
    determiners = alternation(lang_rules["copula_determiners"])
    predicate = compiled(r"\s*(?:" + copula + r")\s+(?:(?:" + determiners + r")(?:\s+|(?<=['’])))?(?:"
                         + alternation(lang_rules["partner_predicates"]) + r")\s*(?:[.;!]|$)", re.IGNORECASE)
    found: list[Mention] = []
    for agent in agencies:
        if predicate.match(analysis.text[agent.end : sentence.end]):
            found += [*_coordinated_before(analysis, agencies, agent), agent]
    return _unique(found)


def _coordinated_before(analysis: Analysis, agencies: list[Mention], last: Mention) -> list[Mention]:
    """The agencies coordinated right before ``last`` ("NASA and JAXA supplied", "la NASA et la JAXA ont fourni")."""
    joined = re.compile(r"^(?:,|and|, and|et|, et)(?: (?:the|la|le|l'))?$", re.IGNORECASE)
    before: list[Mention] = []
    current = last
    for other in sorted((a for a in agencies if a.end <= last.start), key=lambda a: a.start, reverse=True):
        if not joined.match(gap(analysis, other.end, current.start)):
            break
        before.insert(0, other)
        current = other
    return before


def _space(text: str, at: int) -> int:
    """The length of the whitespace (and a parenthesised acronym) at ``at``: "L'Agence spatiale italienne (ASI) a"."""
    found = re.match(r"(?:\s*\([^)]{1,20}\))?\s*", text[at:])
    return found.end() if found else 0


def _clause(analysis: Analysis, sentence: Sentence, start: int) -> int:
    """Where the clause that runs from ``start`` ends (a semicolon, a colon, a relative pronoun, the sentence end)."""
    found = re.search(r"[;:]|,\s*(?:which|that|who|qui|que|dont)\b", analysis.text[start : sentence.end])
    return start + found.start() if found else sentence.end


def _unique(mentions: list[Mention]) -> list[Mention]:
    """The mentions in order, each once."""
    seen: set[tuple[int, int]] = set()
    return [m for m in mentions if (m.start, m.end) not in seen and not seen.add((m.start, m.end))]


def pair_subject_partners(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention]) -> list[Fact]:
    """Both agencies "the two agencies" stands for, as the subject of a building or operating verb, are partners.

    "CNES and CNSA met. The two agencies are already preparing SVOM", "Les deux agences exploitent déjà deux satellites
    communs, Megha-Tropiques et SARAL": a phrase of ``agency_pair_anaphora``, adverbs (``pair_adverbs``), a verb of
    ``pair_verbs``, then the mission right after it in its clause (at most 60 characters on, no agency between), with
    the missions coordinated with it or counted after the verb. Launchers take no partner.
    """
    pair = _agency_pair(analysis, sentence)
    if len(pair) != 2 or not in_sentence:
        return []
    lang_rules = rules(sentence.lang)
    verb = compiled(r"\s+(?:(?:" + alternation(lang_rules["pair_adverbs"]) + r")\s+)*(?:"
                    + alternation(lang_rules["pair_verbs"]) + r")(?![\w-])", re.IGNORECASE)
    facts: list[Fact] = []
    for phrase in _rx(sentence.lang, "agency_pair_anaphora").finditer(sentence.text):
        found = verb.match(analysis.text, sentence.start + phrase.end(), sentence.end)
        if found is None:
            continue
        end = _clause(analysis, sentence, found.end())
        target = next((m for m in in_sentence if found.end() <= m.start < min(end, found.end() + 60)), None)
        if target is None or any(found.end() <= m.start < target.start for m in sentence.mentions
                                 if m.label in ("AGENCY", "COUNTRY")):
            continue
        targets = _counted_list(analysis, sentence, in_sentence, found.end()) or \
            _coordinated(analysis, sentence, in_sentence, target)
        for mission in targets:
            if _is_launcher(analysis, mission):
                continue
            facts += [ParticipationFact(mission.id, agency_id, "partner", evidence=[evidence(sentence)],
                                        reason=PAIR_REASON) for agency_id in pair]
    return facts


def joint_pair(analysis: Analysis, sentence: Sentence) -> list[str]:
    """The two agencies a joint adjective stands for in a sentence that names no agency.

    "ISRO and CNES already operate two joint satellites. A third joint mission, TRISHNA, is in preparation": the two
    agencies (and only two) of the sentence before, in its paragraph and language; empty otherwise.
    """
    if sentence.index == 0 or any(m.label in ("AGENCY", "COUNTRY") for m in sentence.mentions):
        return []
    # the adjective qualifies a mission noun ("a third joint mission", "une mission commune"), not a statement or a
    # press conference
    lang_rules = rules(sentence.lang)
    joint, heads = alternation(lang_rules["joint_adjectives"]), alternation(lang_rules["mission_heads"])
    if not compiled(r"(?<![\w-])(?:(?:" + joint + r")\s+(?:[\w-]+\s+){0,2}?(?:" + heads + r")s?|(?:" + heads
                    + r")s?\s+(?:[\w-]+\s+)?(?:" + joint + r"))(?![\w-])", re.IGNORECASE).search(sentence.text):
        return []
    previous = analysis.sentences[sentence.index - 1]
    if previous.block.index != sentence.block.index or previous.lang != sentence.lang:
        return []
    found = list(dict.fromkeys(a for m in previous.mentions if m.label in ("AGENCY", "COUNTRY")
                               for a in agencies_of(analysis, m)))
    return found if len(found) == 2 else []
