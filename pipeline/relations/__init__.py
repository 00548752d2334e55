"""Relation rules: linked mentions -> facts. One module per relation family."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import Analysis
from ..triggers import load_cue_rules, shipped_rules_path
from .agreements import find_agreements, instrument_cooperations
from .cooperation import drop_covered_pairs
from .facts import Fact
from .lexicon import phrase_regex
from .missions import find_mission_facts
from .officials import extend_names_after_posts, find_officials, officials_from_signers, role_lexicon


def needs_model(text: str, lang: str) -> bool:
    """Whether a text needs the statistical model.

    Only rules that read persons or the dependency parse (signings, cooperations, officials) use it, and they all
    start from a trigger word.
    """
    return model_needs(text, lang) is not None


def model_needs(text: str, lang: str) -> str | None:
    """What of the statistical model the rules read in ``text`` (a sentence).

    ``"parse"`` where a signing, document or Accords-joining trigger is (the signing rules read the tagger and
    the parse, and persons), ``"persons"`` where only a government role or a cooperation cue is (the officials and
    cooperation rules read persons, never the parse: NER suffices), else None (the light pipeline is enough).
    """
    lang = lang if lang in ("en", "fr") else "en"
    if _hot_pattern(lang, "parse").search(text):
        return "parse"
    if _hot_pattern(lang, "persons").search(text):
        return "persons"
    return None


# the cue categories a signing event starts from: the only rules that read the tagger and the parse
# (agreements.triggers_of, agreement_context.relevant, agreement_topic) act on the sentences holding one
_PARSE_CUES = ("DOCUMENT", "SIGN", "ACCORDS_JOIN")
# cues of rules that read persons alone (officials; cooperation's bystanders)
_PERSON_CUES = ("GOVERNMENT_ROLE", "COOPERATION")


@lru_cache(maxsize=8)
def _hot_pattern(lang: str, need: str) -> re.Pattern:
    rules = load_cue_rules(shipped_rules_path(lang))
    hot = _PARSE_CUES if need == "parse" else _PERSON_CUES
    words = [c.phrase for c in rules.cues if c.phrase and c.category in hot]
    if need == "persons":
        words += list(role_lexicon(lang))
    return phrase_regex(words)


def find_facts(analysis: Analysis) -> list[Fact]:
    """Every fact the rules read from one analysed document."""
    extend_names_after_posts(analysis)
    officials = find_officials(analysis)
    missions = find_mission_facts(analysis)
    agreements = find_agreements(analysis, officials, missions)
    supplies = instrument_cooperations(analysis, missions, agreements)
    agreements = drop_covered_pairs(agreements, supplies)
    officials += officials_from_signers(analysis, agreements, officials)
    return [*officials, *missions, *agreements, *supplies]


__all__ = ["find_facts", "model_needs", "needs_model", "find_agreements", "find_mission_facts", "find_officials"]
