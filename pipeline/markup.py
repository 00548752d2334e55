"""HTML pasted into an article file: the edits that give the rules its text without tags and entities.

A page saved or pasted as ``.txt`` carries ``</p><p>`` between paragraphs, ``<a href=...>`` around names and
``&amp;``, ``&nbsp;`` or ``&#233;`` inside words. Read as text, a tag glues two paragraphs into one sentence (or
cuts one sentence in two) and an entity ends up inside a mention. :func:`markup_edits` gives the spans to replace
(what each tag means is data: ``markup.json``, each list with its reason); :class:`spacerec.ingest.NormalisedText`
applies them to the view the rules read, and maps evidence back, so offsets still slice the file exactly.
"""

from __future__ import annotations

import bisect
import html
import json
import re
from functools import lru_cache
from pathlib import Path

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# a tag: its name, then attributes whose quoted values may hold ">" (bounded, so a stray "<" costs little)
_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])"
                  r"(?:[^<>\"']|\"[^\"]{0,2000}\"|'[^']{0,2000}'){0,2000}>")
_COMMENT = re.compile(r"<!--.*?-->|<!(?:doctype|DOCTYPE)[^<>]{0,500}>", re.DOTALL)
_MARKUP_HINT = re.compile(r"<[A-Za-z/!]|&[#A-Za-z]")
_PARAGRAPH, _LINE, _CELL, _INLINE = "\n\n", "\n", " ", ""


@lru_cache(maxsize=1)
def _tag_meaning() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Tag name -> replacement, the elements dropped whole, and the space characters (from markup.json)."""
    data = json.loads(Path(__file__).with_name("markup.json").read_text(encoding="utf-8"))
    meaning: dict[str, str] = {}
    for key, replacement in (("paragraph_tags", _PARAGRAPH), ("line_tags", _LINE), ("cell_tags", _CELL),
                             ("inline_tags", _INLINE)):
        if not data[key].get("reason"):
            raise ValueError(f"markup.json: {key} has no reason")
        for tag in data[key]["tags"]:
            if tag in meaning:
                raise ValueError(f"markup.json: tag {tag!r} is in two lists")
            meaning[tag] = replacement
    dropped = frozenset(data["dropped_elements"]["tags"])
    if dropped & meaning.keys():
        raise ValueError(f"markup.json: {sorted(dropped & meaning.keys())} both dropped and kept")
    return meaning, dropped, frozenset(data["spaces"]["characters"])


@lru_cache(maxsize=1)
def _citation_marker() -> re.Pattern:
    """One or more reference marks right after a word or a sentence's end: "[3]", "[a]", "[note 2]", "[quand ?]"."""
    data = json.loads(Path(__file__).with_name("markup.json").read_text(encoding="utf-8"))["citation_markers"]
    if not data.get("reason"):
        raise ValueError("markup.json: citation_markers has no reason")
    words = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(data["words"], key=len, reverse=True))
    mark = rf"\[(?:\d{{1,3}}|[a-z]|(?:{words})(?:[ \t]?\?)?(?:[ \t]*\d{{1,3}})?)\]"
    return re.compile(rf"(?<=[^\W_]|[.,;:!?)\"”»’])(?:{mark})+", re.IGNORECASE)


def citation_edits(text: str) -> list[tuple[int, int, str]]:
    """The reference marks of a pasted encyclopedia page or report (``[3]``, ``[citation needed]``), to take out.

    "on 13 October 2020.[3] The Italian Space Agency ..." reads as one sentence with the mark in it; without it,
    two. A bracket after a space, at a line's start or holding anything else ("[ESA]", "[Photo]") is text.
    """
    if "[" not in text:
        return []
    return [(found.start(), found.end(), "") for found in _citation_marker().finditer(text)]


def markup_edits(text: str) -> list[tuple[int, int, str]]:
    """The ``(start, end, replacement)`` spans that take the HTML markup out of ``text``.

    Comments and ``<script>``/``<style>`` elements go whole; a block tag becomes a paragraph break, ``<br>`` a
    line break, a cell a space, an inline tag nothing; an entity becomes its character (a non-breaking space a
    plain one). A ``<`` that opens no known tag and an ``&`` that opens no entity are text.
    """
    if _MARKUP_HINT.search(text) is None:
        return []
    meaning, dropped, spaces = _tag_meaning()
    edits = [(found.start(), found.end(), "") for found in _COMMENT.finditer(text)]
    taken = _Taken(edits)
    for found in _TAG.finditer(text):
        name = found.group("name").lower()
        if taken.covers(found.start()):
            continue
        if name in dropped and not found.group("close"):
            close = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, found.end())
            end = close.end() if close is not None else found.end()
            taken.add(found.start(), end)
            edits.append((found.start(), end, ""))
        elif name in meaning:
            taken.add(found.start(), found.end())
            edits.append((found.start(), found.end(), meaning[name]))
    for found in _ENTITY.finditer(text):
        value = html.unescape(found.group(0))
        if value == found.group(0) or taken.covers(found.start()):
            continue  # no entity HTML knows, or inside a tag's attributes: left alone
        edits.append((found.start(), found.end(), "".join(" " if ch in spaces else ch for ch in value)))
    return sorted(edits)


class _Taken:
    """Spans already replaced, sorted by start (a comment, then tags in text order): is an offset inside one?"""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.starts = [s for s, _, _ in spans]
        self.ends = [e for _, e, _ in spans]

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)

    def covers(self, offset: int) -> bool:
        at = bisect.bisect_right(self.starts, offset) - 1
        return at >= 0 and offset < self.ends[at]
