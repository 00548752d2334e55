"""Relation rules: linked mentions -> facts. One module per relation family."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import Analysis
from ..triggers import load_cue_rules, shipped_rules_path
from .agreements import find_agreements, instrument_cooperations
from .facts import Fact
from .lexicon import phrase_regex
from .missions import find_mission_facts
from .officials import find_officials, role_lexicon


def needs_model(text: str, lang: str) -> bool:
    """Whether a block needs the statistical model: only rules that read persons or the dependency
    parse (signings, cooperations, officials) use it, and they all start from a trigger word."""
    return bool(_hot_pattern(lang if lang in ("en", "fr") else "en").search(text))


@lru_cache(maxsize=4)
def _hot_pattern(lang: str) -> re.Pattern:
    rules = load_cue_rules(shipped_rules_path(lang))
    hot = ("DOCUMENT", "SIGN", "COOPERATION", "ACCORDS_JOIN", "GOVERNMENT_ROLE")
    words = [c.phrase for c in rules.cues if c.phrase and c.category in hot]
    words += list(role_lexicon(lang))
    return phrase_regex(words)


def find_facts(analysis: Analysis) -> list[Fact]:
    """Every fact the rules read from one analysed document."""
    officials = find_officials(analysis)
    missions = find_mission_facts(analysis)
    return [*officials, *missions, *find_agreements(analysis, officials, missions),
            *instrument_cooperations(analysis, missions)]


__all__ = ["find_facts", "find_agreements", "find_mission_facts", "find_officials"]
