"""Shared by the rule tests: extract one text and check every evidence span against it before any assertion."""

from __future__ import annotations

from typing import Any


def checked_records(extractor: Any, text: str, kind: str | None = None, doc_id: str = "doc") -> list[dict]:
    """The records ``extractor`` gives for ``text`` (of type ``kind`` when given), each evidence span having
    been checked to slice ``text`` exactly."""
    out = extractor.extract(text, doc_id)
    for record in out:
        for e in record["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]
    return [r for r in out if kind is None or r["record_type"] == kind]


def by_parties(records: list[dict]) -> dict[tuple, list[dict]]:
    """The records grouped by their parties tuple, in order: ``{("ESA", "JAXA"): [record, ...]}``."""
    found: dict[tuple, list[dict]] = {}
    for r in records:
        found.setdefault(tuple(r["parties"]), []).append(r)
    return found
