"""What the knowledge base says of a linked mission; the mission mentions of a document.

Its entry, its series, its kind, the role it gives an agency.
"""

from __future__ import annotations

import re

from ...analysis import Analysis, Mention
from ...analysis.mission_names import INSTRUMENT_LIST_VIA
from ...kb import Mission
from ...records import normalise_name

# the linker's rules that read a name the KB lacks as an instrument ("le radar de profilage des nuages CPR",
# "TIRI, the thermal infrared imager"): such a mention is a part, never a host, a topic or a back-reference's referent
# (and the names of a counted instrument list, "carried three instruments, HIFI, PACS and SPIRE")
INSTRUMENT_PATTERNS = ("pattern:instrument_descriptor", "pattern:acronym_then_instrument", INSTRUMENT_LIST_VIA)


def kb_mission(analysis: Analysis, mission_id: str) -> Mission | None:
    """The KB entry of a linked mission (None for numbered family members and acronyms the KB lacks)."""
    return analysis.kb.missions.get(mission_id)


def serial_base(analysis: Analysis, mission_id: str) -> Mission | None:
    """The KB entry of the series a lettered unit belongs to.

    The KB entry of the series a lettered unit belongs to ("Sentinel-2C" -> Sentinel-2): each unit is a mission of its
    own, with the series' lead and ``part_of``; None for anything else.
    """
    if not mission_id.startswith("family:"):
        return None
    found = re.fullmatch(r"(.*\d)[a-z]", mission_id.split(":", 1)[1])
    return analysis.kb.mission_by_name(found.group(1)) if found else None


def family_group(analysis: Analysis, mission_id: str) -> Mission | None:
    """The programme a numbered unit the KB lacks belongs to ("CBERS-6" -> CBERS, as "CBERS-4").

    For a numbered family member only (``family:`` ids): the one ``part_of`` every KB member of the family shares.
    None for launcher and instrument families (a flight number is no member of anything), where the members disagree
    ("Sentinel-5" is an instrument on MetOp-SG-A1, the other Sentinels fly for Copernicus) or where one has none.
    The family's own entry ("CSO", "Gaofen") is not taken as the group: measured, it named more series the gold does
    not give as ``part_of`` than it found. An entry the KB gives no family whose name a member extends ("CSES" for
    "CSES-02", "GRACE" for "GRACE-2") is the group: the member is one unit of that very mission.
    """
    if not mission_id.startswith("family:") or mission_id in analysis.kb.missions:
        return None
    name = mission_id.split(":", 1)[1]
    stem = re.sub(r"\d+[a-z]?$", "", name)
    if stem == name and name[:-1] in analysis.kb.implicit_families:
        stem = name[:-1]  # "Swarm A" (family:swarma) of the KB's Swarm
    family = analysis.kb.families.get(stem)
    if stem == name or family is None or family.kind in ("launcher", "instrument"):
        return None
    if stem in analysis.kb.implicit_families:
        # "CSES-02" of the KB's CSES, which has no family of its own: the entry the number extends is the series
        return analysis.kb.missions.get(family.id, family)
    parents = {m.part_of for m in analysis.kb.missions.values()
               if m.family and normalise_name(m.family) == normalise_name(family.family or "")}
    if len(parents) != 1 or None in parents:
        return None
    return analysis.kb.mission_by_name(next(iter(parents)))


def mission_mentions(analysis: Analysis) -> dict[str, list[Mention]]:
    """Mission entity id -> its mentions outside credit lines, in text order."""
    found: dict[str, list[Mention]] = {}
    for mention in analysis.mentions("MISSION"):
        if mention.block.kind != "credit":
            found.setdefault(mention.id, []).append(mention)
    return found


def _kind(analysis: Analysis, mention: Mention) -> str | None:
    """The KB kind of a mention's mission (see :func:`kind_of`)."""
    return kind_of(analysis, mention.id)


def kind_of(analysis: Analysis, mission_id: str) -> str | None:
    """The KB kind of a linked mission.

    The KB kind of a linked mission; a numbered family member ("PSLV-C59", "Long March 7") has its family's kind when
    the family is a launcher or an instrument; a name read from a counted instrument list is an instrument; None
    when unknown.
    """
    entry = kb_mission(analysis, mission_id)
    if entry is None and mission_id.startswith("pattern:") and listed_instrument(analysis, mission_id):
        return "instrument"
    if entry is None and mission_id.startswith("family:"):
        stem = re.sub(r"\d+[a-z]?$", "", mission_id.split(":", 1)[1])
        family = analysis.kb.families.get(stem)
        return family.kind if family is not None and family.kind in ("launcher", "instrument") else None
    return entry.kind if entry is not None else None


def listed_instrument(analysis: Analysis, mission_id: str) -> bool:
    """Whether a name the KB lacks is read as an instrument.

    From a counted instrument list ("three instruments, HIFI and PACS") or after an instrument descriptor ("l'imageur
    de la couleur de l'océan OCM-3", "TIRI, the thermal infrared imager"): the linker's instrument rules.
    """
    return any(m.id == mission_id and m.via in INSTRUMENT_PATTERNS for m in analysis.mentions("MISSION"))


def _is_launcher(analysis: Analysis, mention: Mention) -> bool:
    return _kind(analysis, mention) == "launcher"


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
