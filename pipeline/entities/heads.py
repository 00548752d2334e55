"""Head words of a long form: what an unknown name designates, and which kind of mission it is.

One place for the guesses both the mention step (an acronym defined in the text, "the Korea
Positioning System (KPS)") and the merger (the ``kind`` of a mission the KB does not hold) make
from the words of a long form. The words are data, ``acronym_heads.json`` next to this module,
checked on load (a malformed file raises ``ValueError`` naming it).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..identity import MISSION_KINDS

_LISTS = ("not_entity", "agency", "space_words", "mission")


@dataclass(frozen=True)
class Heads:
    """The compiled word lists: whole-word, case-blind regexes, and the kind words in file order."""

    not_entity: re.Pattern
    agency: re.Pattern
    space_words: re.Pattern
    mission: re.Pattern  # mission heads and every kind word
    kinds: tuple[tuple[str, str], ...]  # (word, mission kind), the file's order


def _words(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and w for w in value)


def _regex(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def heads() -> Heads:
    """The head words of ``acronym_heads.json``, checked and compiled once per process."""
    path = resources.files(__package__).joinpath("acronym_heads.json")
    data = json.loads(path.read_text("utf-8"))
    kinds = data.get("mission_kinds")
    if set(data) - {"_doc"} != {*_LISTS, "mission_kinds"} or not all(_words(data[k]) for k in _LISTS) \
            or not isinstance(kinds, dict) or set(kinds) - set(MISSION_KINDS) or not all(map(_words, kinds.values())):
        raise ValueError(f"{path}: expected lists of words under {list(_LISTS)} and 'mission_kinds' mapping "
                         f"kinds of {list(MISSION_KINDS)} to lists of words")
    pairs = tuple((word, kind) for kind, words in kinds.items() for word in words)
    return Heads(_regex(data["not_entity"]), _regex(data["agency"]), _regex(data["space_words"]),
                 _regex(data["mission"] + [word for word, _ in pairs]), pairs)


def guess_label(long_form: str) -> str | None:
    """What an unknown defined acronym names: ``"AGENCY"``, ``"MISSION"``, or None for nothing we record.

    An association, a company or an institute is neither: "Satellite Industry Association (SIA)".
    """
    found = heads()
    if found.not_entity.search(long_form):
        return None
    if found.agency.search(long_form) and found.space_words.search(long_form):
        return "AGENCY"
    if found.mission.search(long_form):
        return "MISSION"
    return None


def guess_mission_kind(long_form: str) -> str:
    """The kind of a mission the KB does not hold, from its long form ("Lunar Research Station" -> ``station``).

    The first kind word found, inside a longer word too ("rockets"); ``spacecraft`` when none is.
    """
    lowered = long_form.lower()
    return next((kind for word, kind in heads().kinds if word in lowered), "spacecraft")
