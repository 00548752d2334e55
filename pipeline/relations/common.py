"""Helpers shared by the relation rules: countries as agencies, clauses, nearest mentions."""

from __future__ import annotations

import re

from ..analysis import Analysis, Mention, Sentence
from ..regex_cache import alternation, compiled
from .facts import Span


def country_agency(analysis: Analysis, country_id: str) -> str | None:
    """The agency a country stands for, when the article names that agency (contract convention)."""
    code = country_id.split(":", 1)[1]
    named = analysis.agency_ids_named()
    agency = analysis.kb.primary_agency(code)
    if agency is not None and agency.id in named:
        return agency.id
    others = [a for a in named if a in analysis.kb.agencies and analysis.kb.agencies[a].country == code]
    return others[0] if len(others) == 1 else None


def agencies_of(analysis: Analysis, mention: Mention, *, countries_as: str = "agency") -> list[str]:
    """Agency ids a mention stands for.

    ``countries_as``: "agency" (only when named) or "party" (the agency when named, else ``country:XX``).
    """
    if mention.label == "AGENCY":
        return list(mention.ids)
    if mention.label == "COUNTRY":
        agency = country_agency(analysis, mention.ids[0])
        if agency:
            return [agency]
        return [mention.ids[0]] if countries_as == "party" else []
    return []


def evidence(sentence: Sentence) -> Span:
    """The evidence span of a whole sentence: its offsets, language and block kind."""
    return Span(sentence.start, sentence.end, sentence.lang, sentence.block.kind)


def clauses(sentence: Sentence, breaks: list[str]) -> list[tuple[int, int]]:
    """Document spans of the clauses of a sentence, cut at the rule file's clause breaks."""
    if not breaks:
        return [(sentence.start, sentence.end)]
    pattern = compiled(alternation(breaks), re.IGNORECASE)
    cuts = [sentence.start] + [sentence.start + m.start() for m in pattern.finditer(sentence.text)] + [sentence.end]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def in_parentheses(sentence: Sentence, start: int, end: int) -> bool:
    """True when a span sits inside parentheses in its sentence (an aside, not an argument)."""
    local_start = start - sentence.start
    before = sentence.text[:local_start]
    return before.count("(") > before.count(")") and ")" in sentence.text[end - sentence.start :]


def gap(analysis: Analysis, a_end: int, b_start: int) -> str:
    """The text between two document offsets, lower case, apostrophes made plain and spaces collapsed."""
    return " ".join(analysis.text[a_end:b_start].lower().replace("’", "'").split())
