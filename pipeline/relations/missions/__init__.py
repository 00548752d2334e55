"""Mission facts: participation, part_of, events with dates and status.

Which agencies take part (lead, partner, contributor), what a mission is part of, its events with dates, and its
status.

Knowledge-base priors are used only where the text supports them: a KB lead counts when the article names that agency;
KB partners and contributors count when they are named close to a sentence that states participation. Text cues come
from ``rules/missions_<lang>.json``.

One module per responsibility: ``rule_file`` (the rule files), ``knowledge`` (what the KB says of a mission),
``anaphora`` (back-references), ``participation``, ``roles``, ``participation_cues`` and ``away`` (who takes part;
``away``: stated in the sentence after the craft's, or by "the two agencies"), ``part_of``,
``events`` (with ``companions``: craft that fly together share a launch or a landing) and ``status``; this module is
the entry point.
"""

from __future__ import annotations

from ...analysis import Analysis
from ..facts import EventFact, Fact, PartOfFact
from .companions import member_launches
from .events import VAGUE, _events
from .knowledge import INSTRUMENT_PATTERNS, kb_mission, mission_mentions, serial_base
from .part_of import _part_of
from .participation import (
    _instrument_contributors,
    _kb_leads,
    _programme_builders,
    _series_members,
    _text_participation,
)
from .rule_file import EVENT_KINDS, REQUIRED, rules
from .status import _status


def find_mission_facts(analysis: Analysis) -> list[Fact]:
    """Participation, part_of, events and status facts for every mission in the document."""
    missions = mission_mentions(analysis)
    named = analysis.agency_ids_named()
    facts: list[Fact] = []
    facts += _kb_leads(analysis, missions, named)
    facts += _text_participation(analysis, missions)
    # "JAXA supplied TIRI, the thermal infrared imager": the supply rules also say what the part belongs to
    part_of = _part_of(analysis, missions) + [f for f in facts if isinstance(f, PartOfFact)]
    facts += [f for f in part_of if not isinstance(f, PartOfFact) or f not in facts]
    facts += _instrument_contributors(analysis, facts, part_of)
    facts += _series_members(analysis, facts, part_of)
    facts += _programme_builders(analysis, missions, facts, part_of)
    events = _events(analysis)
    events += member_launches(analysis, events, part_of)  # a lander, rover or sub-probe takes its craft's launch
    # an event is recorded with its date (or a vague one: "recently brought back samples"); an undated "launch" or
    # "landing" (background, a generic mention) says nothing an analyst can use; the status rules still read them all
    facts += [e for e in events if isinstance(e, EventFact) and (e.date is not None or VAGUE in (e.reason or ""))]
    facts += _status(analysis, missions, events, part_of)
    return facts


__all__ = ["EVENT_KINDS", "INSTRUMENT_PATTERNS", "REQUIRED", "find_mission_facts", "kb_mission", "mission_mentions",
           "rules", "serial_base"]
