"""The mission rule files (``rules/missions_<lang>.json``), checked and compiled.

Loaded once per language, their keys and value shapes checked, and the compiled phrase regexes the mission rules
read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import RuleFileError, compiled, load_rules, phrase_regex

EVENT_KINDS = ("launch", "landing", "sample_return", "orbit_insertion", "end")
REQUIRED = ("events", "participation", "lead", "part_of", "clause_breaks", "future",
            "mission_anaphora", "nationality_window", "nationality_prefixes", "pronoun_anaphora", "talks", "carry",
            "hardware", "coordination", "lead_active", "agency_pair_anaphora", "programme_anaphora",
            "participation_breaks", "negation", "agency_pronouns", "supply_active", "copula", "copula_determiners",
            "mission_heads", "customer", "vehicle", "return_capsule",
            "samples", "whole_mission_anaphora", "called_off",
            "carries", "carries_not", "membership",
            "series_determiners", "series_nouns", "document_nouns", "counted_lists", "counted_heads", "not_events",
            "respectively", "crew", "crew_flight", "vague_time", "agent_list_heads", "joint_verbs",
            "joint_adverbs", "possessive_pronouns", "supply_partners", "supply_object_determiners",
            "supply_object_breaks", "instrument_heads", "part_heads",
            "part_possessives", "away_part_nouns", "away_part_determiners", "away_supply_passive",
            "partner_predicates", "pair_verbs", "pair_adverbs", "joint_adjectives", "demonstratives",
            "landing_objects", "landing_auxiliaries", "project_anaphora", "craft_nouns", "apposition_openers",
            "among_openers")
_LISTS_OF_LISTS = ("events", "participation")
_MAPPINGS = ("nationality_prefixes", "counted_lists")
_CHECKED: set[str] = set()
# the gap is read stripped ("'s own", never "'s own "): an adjective and one more word may follow the possessive
# ("ISRO's own SLV-3", "NASA's new lunar Orion")
_POSSESSIVE_GAPS = re.compile(r"^(?:'s?|'s(?: (?:new|future|planned|upcoming|first|latest))?(?: \w+)?"
                              r"|,? ?whose(?: \w+)?|,? ?dont(?: le| la| les| l')?)$")
_FR_OWNER_GAPS = re.compile(r"^(?:de la|de l'|de|du|des|d')$")  # "de" before "l'Agence spatiale européenne"
# five words or more: no owner gap is that long (``_POSSESSIVE_GAPS`` and ``_FR_OWNER_GAPS`` hold three at most)
_FIVE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S+\s+\S+\s+\S")


def few_words(text: str, start: int, end: int) -> bool:
    """Whether the text between two offsets holds under five words, read from ``start`` up to the fifth word only.

    Every mission and agency of a sentence are paired: building the whole gap between each pair made a sentence of
    hundreds of names (a status board) cubic; a gap too long for an owner is now told at its fifth word.
    """
    return _FIVE_WORDS.match(text, start, end) is None


def rules(lang: str) -> dict:
    """The mission rule file of one language, its keys and value shapes checked.

    The mission rule file of one language, its keys and value shapes checked (``RuleFileError`` names the file and the
    key): lists of non-empty strings, ``events``/``participation`` mappings of such lists.
    """
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


EVENT_RULES = ("carrier_verbs", "carried_by", "landing_carriers", "launcher_anaphora", "crew_vehicle",
               "orbit_placement", "orbit_bodies", "planned_for", "utc_markers", "since_words", "first_words",
               "payload_with", "saying_verbs", "orbit_placement_verbs", "orbit_placement_tails", "orbit_stay",
               "orbit_stay_bodies", "follow_verbs", "contact_lost", "station_anaphora",
               "group_anaphora", "station_places", "clock_zones")


@lru_cache(maxsize=4)
def event_rules(lang: str) -> dict[str, re.Pattern]:
    """The compiled cue lists of ``events_<lang>.json``.

    Craft that fly together (companions.py), crew vehicles, putting into orbit, planned flights, UTC dates, "first ...
    since" comparisons and a launcher's payload (events.py).

    ``RuleFileError`` names the file and the key when a list is missing, empty or not a list of non-empty strings.
    """
    data = load_rules("events", lang, EVENT_RULES)
    for key in EVENT_RULES:
        if not (isinstance(data[key], list) and data[key] and all(isinstance(p, str) and p for p in data[key])):
            raise RuleFileError(f"events_{lang}.json: key {key!r} must be a non-empty list of non-empty strings")
    return {key: phrase_regex(data[key]) for key in EVENT_RULES}
