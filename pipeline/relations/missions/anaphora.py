"""Back-references in the mission rules, resolved to the missions or agencies named before.

"the mission", "la sonde", a sentence-initial "It" or "Elle", "the two agencies".
"""

from __future__ import annotations

import re

from ...analysis import Analysis, Mention, Sentence
from ...regex_cache import alternation, compiled
from ..common import agencies_of
from .knowledge import INSTRUMENT_PATTERNS, kb_mission
from .rule_file import _event_regexes, _rx, event_rules, rules


def _referred_mission(analysis: Analysis, sentence: Sentence, *, anywhere: bool = False) -> Mention | None:
    """The mission a back-reference in a sentence that names none refers to.

    "The mission", "la sonde", "its launch", a sentence-initial "It"/"Il": the mission last named in the previous
    sentences of the same language (launchers and instruments are never the referent).
    """
    pronoun = _pronoun_subject(sentence)
    anaphor = _rx(sentence.lang, "mission_anaphora").search(sentence.text)
    if not pronoun and not anaphor:
        return None
    if anaphor and not pronoun and not anywhere and any(m.start < sentence.start + anaphor.start()
                                                        for m in sentence.missions()):
        return None
    programme = bool(anaphor) and _programme_anaphor(sentence)
    launch_word = bool(anaphor) and _event_regexes(sentence.lang)["launch"].search(anaphor.group(0)) is not None
    # "the satellite", "la sonde": a craft noun (not "the mission", not "the programme")
    craft = bool(anaphor) and not pronoun and not programme and \
        _rx(sentence.lang, "whole_mission_anaphora").search(anaphor.group(0)) is None
    # "la mission", "la sonde" never mean a station named before ("avec la mission Ax-4 vers la Station spatiale
    # internationale ... La mission s'est achevée"): only a station word does
    no_station = bool(anaphor) and not pronoun and \
        event_rules(sentence.lang)["station_anaphora"].search(anaphor.group(0)) is None
    window = [other for other in reversed(analysis.sentences[max(0, sentence.index - (6 if programme else 3))
                                                             : sentence.index])
              if other.block.kind not in ("credit", "caption") and other.lang == sentence.lang]
    for other in window:
        found = _candidates(analysis, other, programme=programme, launch_word=launch_word, craft=craft,
                            no_station=no_station)
        if pronoun and not found and _refers_back(other):
            # "Lancé en 2018, l'atterrisseur s'est posé ... Il a enregistré": the chain goes on, to the craft that
            # sentence itself refers to ("L'orbiteur s'est placé en orbite. Il relaie aujourd'hui ...")
            chained = _referred_mission(analysis, other)
            if chained is not None:
                return chained
            continue
        if pronoun and len({m.id for m in found}) != 1:
            return None  # "It" is only resolved when one mission can be meant
        if found:
            if pronoun or programme or (craft and _demonstrative(sentence, anaphor)):
                # "Tianwen-1 ... et Tianwen-2. Lancée le 29 mai 2025, cette sonde ...": a demonstrative points at the
                # craft just named, never back to the headline mission
                return found[-1]
            chosen = _whole_mission(analysis, sentence, window, found[-1])
            return _same_noun(analysis, sentence, anaphor, window, chosen) if craft and anaphor else chosen
        if pronoun:
            return None
    return _beyond_window(analysis, sentence, window, anaphor, pronoun=bool(pronoun), programme=programme)


def _programme_anaphor(sentence: Sentence) -> bool:
    """Whether the sentence refers back to a programme ("le programme", "the project").

    Not a programme noun that heads the name written right after it ("L'orbiteur, qui faisait partie du programme
    ExoMars"): that one names a programme, it does not refer back to one.
    """
    missions = sentence.missions()
    starts = {m.start for m in missions}
    for found in _rx(sentence.lang, "programme_anaphora").finditer(sentence.text):
        start, end = sentence.start + found.start(), sentence.start + found.end()
        rest = sentence.text[found.end():]
        named = end + len(rest) - len(rest.lstrip()) in starts or any(m.start < end and start < m.end for m in missions)
        if not named:
            return True
    return False


def _same_noun(analysis: Analysis, sentence: Sentence, anaphor: re.Match, window: list[Sentence],
               chosen: Mention) -> Mention:
    """The craft a typed back-reference ("l'atterrisseur", "the lander") means when the one chosen is of another type.

    "L'atterrisseur HAKUTO-R M1 emportait le rover Rashid. Dans la même coiffe voyageait Lunar Flashlight, un petit
    satellite. L'atterrisseur s'est écrasé": the satellite named last is no lander; the last craft of the window the
    text introduced as a lander is meant. Only when the chosen craft was introduced with another ``craft_nouns`` noun
    (a craft introduced with none may be anything) and an earlier one of the window with the anaphor's own.
    """
    nouns = {n.lower() for n in rules(sentence.lang)["craft_nouns"]}
    head = re.findall(r"[\w-]+", anaphor.group(0).lower())[-1:]
    if not head or head[0] not in nouns:
        return chosen
    own = _introduced_as(analysis, chosen, nouns)
    if own is None or own == head[0]:
        return chosen
    for other in window:
        for mention in reversed(other.missions()):
            if mention.id != chosen.id and _introduced_as(analysis, mention, nouns) == head[0]:
                return mention
    return chosen


def _introduced_as(analysis: Analysis, mention: Mention, nouns: set[str]) -> str | None:
    """The craft noun written with a mission's mention, None when there is none.

    In the mention ("atterrisseur HAKUTO-R M1"), in the three words before it ("le petit rover Pragyan", "the lunar
    lander SLIM"), right after it ("the HAKUTO-R M1 lander") or first in an apposition after it (", un petit
    satellite").
    """
    sentence = analysis.sentences[mention.sent] if mention.sent >= 0 else None
    if sentence is None:
        return None
    inside = [w for w in re.findall(r"[\w-]+", mention.text.lower()) if w in nouns]
    if inside:
        return inside[0]
    before = re.findall(r"[\w-]+", analysis.text[max(sentence.start, mention.start - 40) : mention.start].lower())[-3:]
    found = [w for w in before if w in nouns]
    if found:
        return found[-1]
    after = analysis.text[mention.end : min(sentence.end, mention.end + 60)]
    following = re.match(r"\s+([\w-]+)", after)
    if following is not None and following.group(1).lower() in nouns:
        return following.group(1).lower()  # "The HAKUTO-R M1 lander"
    if after.startswith(","):
        words = re.findall(r"[\w-]+", after.lower())[:4]
        found = [w for w in words if w in nouns]
        if found:
            return found[0]
    return None


def _candidates(analysis: Analysis, other: Sentence, *, programme: bool, launch_word: bool, craft: bool,
                no_station: bool) -> list[Mention]:
    """The missions of an earlier sentence that a back-reference of the given sort may mean, in text order."""
    found = [m for m in other.missions() if (kb_mission(analysis, m.id) is None
             or kb_mission(analysis, m.id).kind not in ("launcher", "instrument"))
             and m.via not in INSTRUMENT_PATTERNS]
    if programme:  # "le programme" is the programme last named, never one of its satellites
        found = [m for m in found if kb_mission(analysis, m.id) is not None
                 and kb_mission(analysis, m.id).kind == "programme"]
    elif launch_word or craft:  # "the launch", "the satellite": a programme is never launched, nor a craft
        found = [m for m in found if kb_mission(analysis, m.id) is None
                 or kb_mission(analysis, m.id).kind != "programme"]
    if no_station:
        found = [m for m in found if kb_mission(analysis, m.id) is None
                 or kb_mission(analysis, m.id).kind != "station"]
    if launch_word:  # "dix jours à bord du vaisseau Orion. La NASA vise novembre pour le lancement": the flight's
        found = [m for m in found if not _crew_vehicle(analysis, other, m)]
    return found


def _beyond_window(analysis: Analysis, sentence: Sentence, window: list[Sentence], anaphor: re.Match | None, *,
                   pronoun: bool, programme: bool) -> Mention | None:
    """The referent of a back-reference that the sentences just before did not resolve.

    "Odin ... le projet a associé le CNES": with no programme named before, "the project" may be the craft's
    (:func:`_project_craft`); "L'ESA a apporté son appui à la mission", four sentences after the last name: with no
    mission in the sentences just before, a noun back-reference means the article's topic; a pronoun, nothing.
    """
    if programme:
        found = anaphor is not None and _rx(sentence.lang, "project_anaphora").search(anaphor.group(0))
        return _project_craft(analysis, window) if found else None
    return None if pronoun else _topic_mission(analysis, sentence)


def _carried(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """Whether a mission is named as what another craft carries ("carrying ESA's Huygens probe", "emportant X").

    A ``carrier_verbs`` phrase of ``events_<lang>.json`` at most three words before the name, in its sentence.
    """
    before = analysis.text[max(sentence.start, mention.start - 60) : mention.start]
    return re.search(r"(?:" + event_rules(sentence.lang)["carrier_verbs"].pattern + r")\s+(?:[\w'’-]+\s+){0,3}$",
                     before, re.IGNORECASE) is not None


def _project_craft(analysis: Analysis, window: list[Sentence]) -> Mention | None:
    """The craft "the project" stands for when no programme was named before it.

    "Odin ... Mené par l'Agence spatiale suédoise, le projet a associé le CNES": the one craft of the nearest sentence
    that names missions (``window``: the sentences before, nearest first), else None.
    """
    for other in window:
        if not other.missions():
            continue
        crafts = {m.id: m for m in other.missions() if m.via not in INSTRUMENT_PATTERNS and (
            kb_mission(analysis, m.id) is None
            or kb_mission(analysis, m.id).kind not in ("launcher", "instrument", "programme"))}
        return next(iter(crafts.values())) if len(crafts) == 1 else None
    return None


def _demonstrative(sentence: Sentence, anaphor: re.Match) -> bool:
    """Whether a back-reference opens with a demonstrative (``demonstratives`` of ``missions_<lang>.json``)."""
    first = anaphor.group(0).split()[0].lower() if anaphor.group(0).split() else ""
    return first in {w.lower() for w in rules(sentence.lang)["demonstratives"]}


def _crew_vehicle(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """Whether a mission is named as the craft a crew flies aboard ("à bord du vaisseau Orion", "aboard Orion").

    A ``crew_vehicle`` phrase of ``events_<lang>.json`` within two words before the name: the launch a later "the
    launch" speaks of is the flight's, not the vehicle's.
    """
    before = analysis.text[max(sentence.start, mention.start - 40):mention.start]
    return re.search(r"(?:" + event_rules(sentence.lang)["crew_vehicle"].pattern + r")\s+(?:[\w'’-]+\s+){0,2}$",
                     before, re.IGNORECASE) is not None


def _pronoun_subject(sentence: Sentence) -> re.Match | None:
    """A pronoun subject that refers back to a mission.

    Sentence-initial ("It was launched", "Elle a atterri") or right after a fronted participial phrase ("Lancée le
    5 novembre 2013 par une fusée PSLV, elle a fonctionné", "Prévu pour dix ans, il observe toujours").
    """
    pronouns = rules(sentence.lang)["pronoun_anaphora"]
    pronoun_words = alternation(pronouns)
    text = sentence.text.strip()
    found = compiled(r"^(?:" + pronoun_words + r")\b").match(text)
    if found is not None:
        return found
    # the fronted phrase opens with a participle (a lower-case-ending word, no name of its own before the comma)
    fronted = re.match(r"^(?!(?:First|Last|Next|Most|Just|Almost|Yet|Still|Apart|Aujourd|Ensuite|Avant)\b)"
                       r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:é|ée|és|ées|ed|en|t|te|u|ue|us|ues)\b[^,;:.]{0,100},\s+", text)
    if fronted is None:
        return None
    return compiled(r"(?:" + pronoun_words + r")\b", re.IGNORECASE).match(text, fronted.end())


def _refers_back(sentence: Sentence) -> bool:
    """Whether a sentence that names no mission refers back to one ("the lander", "la sonde", "It")."""
    return _pronoun_subject(sentence) is not None or \
        _rx(sentence.lang, "mission_anaphora").search(sentence.text) is not None


def _whole_mission(analysis: Analysis, sentence: Sentence, window: list[Sentence], last: Mention) -> Mention:
    """The referent of a noun back-reference among the missions of the sentences before it.

    The referent of a noun back-reference among the missions of the sentences before it: the article's headline mission
    when one of those sentences names it (a mission named in passing, "the first samples since the Soviet Luna 24
    mission", is not what "the mission" then means), else the last one named; a whole-mission anaphor ("la mission")
    means the mission a part (rover, lander) belongs to when the article names that mission.
    """
    headline = {m.id for s in analysis.sentences if s.block.kind == "title" for m in s.missions()}
    # "NASA's Cassini probe left ..., carrying ESA's Huygens probe. ... the spacecraft entered orbit": a craft named as
    # what another carries is not what "the spacecraft" then means
    named = [m for other in window for m in reversed(other.missions()) if not _carried(analysis, other, m)] or \
        [m for other in window for m in reversed(other.missions())]
    if last.sent >= 0 and _carried(analysis, analysis.sentences[last.sent], last) and named:
        last = named[0]
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
    """The mission an article is about, as its last mention before ``sentence``.

    The mission an article is about, as its last mention before ``sentence``: named at least twice in that language
    before it, more often than any other (launchers and instruments are never the topic).
    """
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


def _anaphor_mention(analysis: Analysis, sentence: Sentence, referred: Mention) -> Mention | None:
    """The back-reference of a sentence that names no mission, as a mention of its referent.

    The back-reference of a sentence that names no mission ("the mission", "la sonde", a sentence-initial "It"), as a
    mention of the mission it refers to, at the back-reference's own offsets; None without one.
    """
    lang_rules = rules(sentence.lang)
    pronoun = compiled(r"^\s*(?:" + alternation(lang_rules["pronoun_anaphora"], longest_first=False) + r")\b").match(
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
    """A sentence-initial "It"/"Elle" standing for an agency, as a mention of that agency.

    A sentence-initial "It"/"Elle" standing for the agency that opens the previous sentence of the paragraph ("L'agence
    spatiale égyptienne (EgSA) développe ... Elle prépare le satellite MisrSat-2"), as a mention.
    """
    words = rules(sentence.lang)["agency_pronouns"]
    found = compiled(r"^\s*(?:" + alternation(words, longest_first=False) + r")\b").match(sentence.text)
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


def _agency_pair(analysis: Analysis, sentence: Sentence) -> list[str]:
    """The two agencies "the two agencies" stands for.

    "The two agencies", "les deux agences": the two agencies named last in this or the three previous sentences; empty
    when the sentence has no such phrase or fewer than two agencies were named.
    """
    phrase = _rx(sentence.lang, "agency_pair_anaphora").search(sentence.text)
    if not phrase:
        return []
    found: list[str] = []
    for other in reversed(analysis.sentences[max(0, sentence.index - 3) : sentence.index + 1]):
        if other.block.kind == "credit":
            continue
        # "Les deux agences sont aussi partenaires de l'ISS ... du télescope James-Webb de la NASA": the phrase
        # stands for agencies named before it, not after it in its own sentence
        for mention in reversed([m for m in other.mentions
                                 if other is not sentence or m.start < sentence.start + phrase.start()]):
            for agency_id in agencies_of(analysis, mention):
                if agency_id not in found:
                    found.append(agency_id)
        if len(found) >= 2:
            return found[:2]
    return []


def fronted_subject(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention], opening: int,
                    cue_end: int, *, unresolved: Mention | None = None) -> Mention | None:
    """The subject a fronted participial phrase describes, when a cue opens the sentence.

    "Developed by ESA and operated by EUMETSAT, the satellite also carries the Sentinel-4 instrument", "Lancée le
    2 mars 2004 avec l'atterrisseur Philae à son bord, la sonde Rosetta ...": the phrase before the first comma after
    the cue describes the subject right after that comma (a mission, or "the satellite" referring back), not the
    mission nearest to the cue. ``opening``: document offset of the phrase's first cue (at most two words into the
    sentence); ``cue_end``: end of the cue being read. None when the cue is not in such a phrase; ``unresolved``
    (when given) when the phrase's subject is a pronoun or a back-reference that cannot be resolved: the phrase still
    describes that subject, never the mission nearest to the cue ("Built for ASI, it takes over from the Falco
    satellite" after two craft: not Falco).
    """
    head = analysis.text[sentence.start : opening]
    comma = analysis.text.find(",", cue_end, sentence.end)
    if comma < 0 or len(head.split()) > 2 or re.search(r"[,;:]", analysis.text[sentence.start : cue_end]):
        return None
    after = analysis.text[comma + 1 : sentence.end]
    subject_at = comma + 1 + len(after) - len(after.lstrip())
    pronouns = {p.split()[0] for p in rules(sentence.lang)["pronoun_anaphora"]}
    pronoun = re.compile(r"(?:" + "|".join(re.escape(p) for p in sorted(pronouns)) + r")\b",
                         re.IGNORECASE).match(analysis.text, subject_at, sentence.end)
    # "..., il prend la suite de Sentinel-1B": a subject pronoun is the subject, not the mission a few words on
    named = None if pronoun is not None else next(
        (m for m in in_sentence if subject_at <= m.start <= subject_at + 25
         and not re.search(r"[,;:]", analysis.text[subject_at : m.start])), None)
    if named is not None:
        return named
    anaphor = _rx(sentence.lang, "mission_anaphora").match(analysis.text, subject_at, sentence.end)
    referred = _referred_mission(analysis, sentence, anywhere=True) if anaphor is not None else None
    if anaphor is None:
        # "Vega avait fait son vol inaugural en 2012. Développé sous la conduite de l'ESA ..., il a lancé": a subject
        # pronoun after the phrase stands for the one mission (a launcher too) the sentence before names, in its
        # paragraph or, when the sentence opens a paragraph, the paragraph before (same language, body text)
        anaphor = pronoun
        previous = analysis.sentences[sentence.index - 1] if sentence.index > 0 else None
        opens = previous is not None and previous.block.index != sentence.block.index and \
            previous.lang == sentence.lang and previous.block.kind == sentence.block.kind == "body"
        named = [m for m in previous.missions() if getattr(kb_mission(analysis, m.id), "kind", None) != "instrument"] \
            if previous is not None and (previous.block.index == sentence.block.index or opens) else []
        # "Sentinel-1C a été lancé ... par une fusée Vega-C": a payload is the subject before its launcher
        crafts = [m for m in named if getattr(kb_mission(analysis, m.id), "kind", None) != "launcher"]
        named = crafts or named
        referred = named[-1] if anaphor is not None and len({m.id for m in named}) == 1 else None
    if referred is None:
        return unresolved if anaphor is not None else None
    return Mention(anaphor.start(), anaphor.end(), anaphor.group(0), "MISSION", referred.ids, "anaphora",
                   sentence.lang, sentence.block, sentence.index, referred.name)
