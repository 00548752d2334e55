"""Mission status (completed, active, planned).

From the cue words of the clause naming the mission and from its events.
"""

from __future__ import annotations

from ...analysis import Analysis, Mention, Sentence
from ..common import clauses, evidence
from ..facts import EventFact, Fact, StatusFact
from ..lexicon import phrase_regex
from .anaphora import _referred_mission
from .knowledge import kb_mission
from .rule_file import _rx, rules


def _status(analysis: Analysis, missions: dict[str, list[Mention]], events: list[Fact]) -> list[Fact]:
    """Status facts (completed, active, planned) of the missions of a document.

    Status from cue words in the clause that names the mission (or refers back to it): ended/returned -> completed,
    operating/"en orbite" -> active, planned/"prévue"/"will launch" -> planned, else no fact (null).

    A past launch alone says nothing of the mission now (null); an end event makes it completed and a planned dated
    event planned. A bare future verb ("which will detect lightning") is no plan. A programme or station is completed
    only when nothing in the article says it goes on or a flight lies ahead.
    """
    states: dict[str, dict[str, Sentence]] = {}
    _cue_states(analysis, states)
    _event_states(analysis, events, states)
    facts: list[Fact] = []
    for mission_id, found in states.items():
        status = _chosen_status(analysis, mission_id, found)
        if status is None:
            continue
        facts.append(StatusFact(mission_id, status, evidence=[evidence(found[status])],
                                reason=f"{status} from the cue words of the sentence"))
    return facts


def _cue_states(analysis: Analysis, states: dict[str, dict[str, Sentence]]) -> None:
    """Add to ``states`` the states the cue words of each mission's clause state.

    Add to ``states`` (mission id -> state -> first sentence stating it) the states the cue words of each mission's
    clause state: completed, active, planned, and "ahead" for a future verb.
    """
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


def _event_states(analysis: Analysis, events: list[Fact], states: dict[str, dict[str, Sentence]]) -> None:
    """Add to ``states`` what the events say.

    Add to ``states`` what the events say: a planned (or later than the article) event -> planned, an end event ->
    completed.
    """
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


def _chosen_status(analysis: Analysis, mission_id: str, found: dict[str, Sentence]) -> str | None:
    """The one status of a mission from the states found for it.

    The one status of a mission from the states found for it (completed before active before planned; a programme or
    station with anything ongoing or ahead is not completed); None when none is found.
    """
    entry = kb_mission(analysis, mission_id)
    kind = entry.kind if entry is not None else None
    if "completed" in found and not (kind in ("programme", "station") and ("planned" in found or
                                                                         "active" in found or "ahead" in found)):
        return "completed"
    if "active" in found:
        return "active"
    if "planned" in found:
        return "planned"
    return None


def _ends_something_else(lang: str, text: str, cue_end: int) -> bool:
    """Whether an ended cue is about something other than the mission.

    Whether an ended cue is about something other than the mission: an agreement, talks, tests or a return to flight
    named within three words after it ("had concluded a memorandum").
    """
    after = " ".join(text[cue_end:].split()[:3])
    return phrase_regex(rules(lang)["ended_objects"]).search(after) is not None


def _sentence_index(analysis: Analysis, start: int) -> int:
    return next((s.index for s in analysis.sentences if s.start <= start < max(s.end, s.start + 1)), 0)
