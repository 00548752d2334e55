"""Relation rules: linked mentions -> facts. One module per relation family."""

from __future__ import annotations

from ..analysis import Analysis
from .agreements import find_agreements
from .facts import Fact
from .missions import find_mission_facts
from .officials import find_officials


def find_facts(analysis: Analysis) -> list[Fact]:
    """Every fact the rules read from one analysed document."""
    officials = find_officials(analysis)
    return [*officials, *find_mission_facts(analysis), *find_agreements(analysis, officials)]


__all__ = ["find_facts", "find_agreements", "find_mission_facts", "find_officials"]
