"""Events shared by craft that fly together: a carried craft takes its host's launch, or its landing.

"Mars Express carried a small British lander, Beagle 2" gives Beagle 2 the launch of Mars Express; "It carries two
CubeSats, Milani and Juventas" that of Hera; "The rocket also carried BSUSat-1" that of the payload the rocket
launched; "LICIACube travelled aboard NASA's DART" shares the launch both ways; "L'atterrisseur, qui transporte le
rover Zhurong, s'est posé" gives Zhurong the lander's landing, not its launch (GUIDELINES: a rover aboard a lander
gets the lander's landing; a small craft carried from launch by its host gets the launch). The cue words live in
``rules/events_<lang>.json``.
"""

from __future__ import annotations

import re

from ...analysis import Analysis, Mention, Sentence
from ..common import evidence
from ..facts import EventFact, Fact, PartOfFact
from .anaphora import _referred_mission, _topic_mission
from .knowledge import kind_of
from .roles import instrument_mention
from .rule_file import _rx, event_rules

_NEVER_CARRIED = ("launcher", "instrument", "programme", "station")
# a carrier verb in the passive, followed by its vehicle ("was carried on", "carried by", "transporté par")
_PASSIVE = re.compile(r"\s+(?:on|by|aboard|into|to|from|par|sur|dans|vers|depuis)\b", re.IGNORECASE)


def _kind(analysis: Analysis, mission_id: str) -> str | None:
    """The KB kind of a mission, an orbiter of a launcher system counting as a launcher.

    A flight designation ("PSLV-C58") has its launcher family's kind; an orbiter of a launcher system (the Space
    Shuttle's Discovery) carries others and is never carried.
    """
    kind = kind_of(analysis, mission_id)
    entry = analysis.kb.missions.get(mission_id)
    parent = analysis.kb.mission_by_name(entry.part_of) if entry is not None and entry.part_of else None
    return "launcher" if parent is not None and parent.kind == "launcher" else kind


def companion_events(analysis: Analysis, facts: list[Fact]) -> list[Fact]:
    """The launches and landings carried craft share with their host (see the module doc), not already in ``facts``."""
    events = [f for f in facts if isinstance(f, EventFact)]
    have = {(f.mission, f.event) for f in events}
    out: list[Fact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        table = event_rules(sentence.lang)
        for host, carried, landing_host in _pairs(analysis, sentence, table):
            event = "landing" if landing_host else "launch"
            source = _host_event(analysis, events, host, event)
            if source is None and not landing_host and _kind(analysis, host.id) != "launcher":
                # "ICUBE-Q ... was launched aboard Chang'e 6": the host takes the carried craft's launch
                back = next((f for f in events if f.mission in {m.id for m in carried} and f.event == "launch"
                             and f.date is not None), None)
                if back is not None and (host.id, "launch") not in have:
                    have.add((host.id, "launch"))
                    out.append(EventFact(host.id, "launch", back.date, evidence=[evidence(sentence)],
                                         reason=f"{back.reason}, shared with the craft it carries"))
                continue
            if source is None:
                continue
            for craft in carried:
                if (craft.id, event) in have:
                    continue
                have.add((craft.id, event))
                out.append(EventFact(craft.id, event, source.date, evidence=[evidence(sentence)],
                                     reason=f"{source.reason}, carried by {host.id}"))
    return out


def _pairs(analysis: Analysis, sentence: Sentence,
           table: dict[str, re.Pattern]) -> list[tuple[Mention, list[Mention], bool]]:
    """(host, carried craft, whether the host is a landing carrier) for each carry cue of a sentence."""
    found = []
    mentions = sentence.missions()
    text = analysis.text
    for cue in table["carrier_verbs"].finditer(sentence.text):
        start, end = sentence.start + cue.start(), sentence.start + cue.end()
        if _PASSIVE.match(text, end):
            continue  # "MethaneSAT was carried on Transporter-10": the craft named before is the carried one
        # a heading glued to the sentence is not its subject, nor is a list item before the cue's own
        line = max(text.rfind("\n", sentence.start, start), text.rfind("•", sentence.start, start)) + 1
        stop = min([i for i in (text.find("\n", end, sentence.end), text.find("•", end, sentence.end),
                                text.find(";", end, sentence.end), text.find(". ", end, sentence.end)) if i >= 0]
                   or [sentence.end])
        before = [m for m in mentions if line <= m.start and m.end <= start]
        host, host_text = _subject(analysis, sentence, before, start, table)
        carried = _carried([m for m in mentions if end <= m.start < stop], analysis, host, sentence)
        if host is not None and carried:
            found.append((host, carried, bool(table["landing_carriers"].search(host_text))))
    for cue in table["carried_by"].finditer(sentence.text):
        start, end = sentence.start + cue.start(), sentence.start + cue.end()
        carried = _carried([m for m in mentions if m.end <= start][-1:], analysis, None, sentence)
        after = [m for m in mentions if m.start >= end]
        gap = text[end:after[0].start] if after else ""
        if after and (len(gap.split()) <= 3 or _APPOSED_HOST.fullmatch(gap)):
            host, host_text = after[0], text[max(sentence.start, after[0].start - 25):after[0].end]
        else:
            head = text[end:min(sentence.end, end + 30)]
            referred = _referred_mission(analysis, sentence, anywhere=True) if (
                table["landing_carriers"].search(head) or _rx(sentence.lang, "mission_anaphora").search(head)
                or re.match(r"\s*(?:lui|elle|it)\b", head, re.IGNORECASE)) else None
            host, host_text = referred, head
        if host is None or not carried or host.id == carried[0].id:
            continue
        if _kind(analysis, host.id) in ("launcher", "station", "programme", "instrument"):
            continue  # "aboard a Falcon 9" is the vehicle, "aboard the ISS" a visit
        found.append((host, carried, bool(table["landing_carriers"].search(host_text))))
    return found


# "en même temps qu'une autre sonde de l'agence, LCROSS": a short description of the host, then a comma, then its name
_APPOSED_HOST = re.compile(r"\s*(?:[^\s,;:.()]+\s+){0,6}[^\s,;:.()]+\s*,\s*")


def _subject(analysis: Analysis, sentence: Sentence, before: list[Mention], cue_start: int,
             table: dict[str, re.Pattern]) -> tuple[Mention | None, str]:
    """The host of a carrier verb and the words naming it (for the landing-carrier test).

    The first mission named before the cue (the head of "Le module Vikram de la mission Chandrayaan-3, qui
    transportait"), else the launcher a "the rocket" back-reference stands for, else the mission a pronoun or noun
    back-reference stands for.
    """
    text = analysis.text
    if before:
        head = before[0]
        return head, text[max(sentence.start, head.start - 25):head.end]
    words = text[sentence.start:cue_start]
    if table["launcher_anaphora"].search(words):
        for other in reversed(analysis.sentences[max(0, sentence.index - 4):sentence.index]):
            launchers = [m for m in other.missions() if _kind(analysis, m.id) == "launcher"]
            if launchers:
                return launchers[-1], words
        return None, words
    referred = _referred_mission(analysis, sentence, anywhere=True)
    if referred is None and re.match(r"\s*(?:it|elle|il)\b", words, re.IGNORECASE):
        referred = _topic_mission(analysis, sentence)  # "It carries ..." after a question heading: the page's craft
    return referred, words


def _carried(mentions: list[Mention], analysis: Analysis, host: Mention | None,
             sentence: Sentence) -> list[Mention]:
    """The craft among ``mentions`` that can be carried (not the host, not a launcher, instrument, programme...).

    An instrument is one by the KB or by the words naming it ("l'instrument TIRI", "the MIRI instrument").
    """
    out: list[Mention] = []
    for m in mentions:
        if (host is not None and m.id == host.id) or _kind(analysis, m.id) in _NEVER_CARRIED or \
                instrument_mention(analysis, sentence, m):  # "l'instrument TIRI à bord de Hera": not a craft
            continue
        if all(m.id != o.id for o in out):
            out.append(m)
    return out


def _host_event(analysis: Analysis, events: list[EventFact], host: Mention, event: str) -> EventFact | None:
    """The host's dated event of this kind; for a launcher host, the launch of a payload whose sentence names it."""
    own = next((f for f in events if f.mission == host.id and f.event == event and f.date is not None), None)
    if own is not None or event != "launch" or _kind(analysis, host.id) != "launcher":
        return own
    for f in events:
        if f.event != "launch" or f.date is None or _kind(analysis, f.mission) == "launcher":
            continue
        sentence = next((s for s in analysis.sentences if s.start <= f.evidence[0].start < max(s.end, s.start + 1)),
                        None)
        if sentence is not None and any(m.id == host.id for m in sentence.missions()):
            return f
    return None


_NOT_MEMBERS = ("launcher", "instrument", "programme", "station")
SUPPLIED_PART = "an instrument supplied for the mission"  # roles.py's reason for a supplied part: not a craft


def member_launches(analysis: Analysis, events: list[Fact], part_of: list[Fact]) -> list[Fact]:
    """The launch a craft takes from the mission it is part of (GUIDELINES, session-7 reader: carried craft).

    A craft the text or the KB makes part of another craft (a lander or rover of a mission, a sub-probe, a cubesat of
    its carrier: "Pragyan" of Chandrayaan-3, "Mio" of BepiColombo, "Philae" of Rosetta) takes the dated launches the
    text states for that craft itself, past or planned, when it has no launch of its own. Not a member: a launcher,
    an instrument (a part supplied for the mission), a programme or a station, nor the satellites of a programme or
    series (launched on their own); only the parent's own launches pass, one level (a module of Orion takes nothing
    from Artemis I); and only when a paragraph names both (the KB alone ties nothing: "comparent ses images avec celles
    de l'équipe de Beagle 2" gives Beagle 2 no launch of Mars Express).
    """
    launches = [f for f in events if isinstance(f, EventFact) and f.event == "launch" and f.date is not None]
    have = {f.mission for f in launches}
    out: list[Fact] = []
    for fact in part_of:
        if not isinstance(fact, PartOfFact) or fact.mission in have or (fact.reason or "") == SUPPLIED_PART:
            continue
        if _kind(analysis, fact.mission) in _NOT_MEMBERS or _kind(analysis, fact.parent) in _NOT_MEMBERS or \
                not _named_together(analysis, fact.mission, fact.parent):
            continue
        for source in (f for f in launches if f.mission == fact.parent):
            out.append(EventFact(fact.mission, "launch", source.date, evidence=source.evidence,
                                 reason=f"part of {fact.parent}, launched with it: {source.reason}"))
        have.add(fact.mission)
    return out


def _named_together(analysis: Analysis, first: str, second: str) -> bool:
    """Whether some paragraph (block, not a credit) names both missions."""
    named: dict[int, set[str]] = {}
    for s in analysis.sentences:
        if s.block.kind != "credit":
            named.setdefault(s.block.index, set()).update(m.id for m in s.missions())
    return any({first, second} <= ids for ids in named.values())
