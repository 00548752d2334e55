"""The top of the page: page labels, the title (and its repeat), date lines, bylines and wire datelines.

The title is the first line that is not a page label ("Press Release"), a source/date line or a
credit; a first line that is already prose (a one-paragraph article) is body. The date line is
the article's own date under (or above) the title: "Paris, 20 mars 2023", "Published on Tuesday,
09 March 2021", "Par NAME | 15 mars 2024", or the wire prefix of the first paragraph
("TOKYO, Aug 29 (Agency) -").
"""

from __future__ import annotations

import re

from ..dates.parse import find_dates
from .credits import cues
from .furniture import FURNITURE_KINDS
from .language import LANGS
from .model import STANDFIRST_MAX_WORDS, Line
from .text import LETTERS, MD_HEADING, PROSE_END, is_prose, is_title_prose, word_count


def page_label(text: str) -> bool:
    """A page's section label above the title ("Press Release", "Communiqué de presse")."""
    # its number ("Press Release 24-031", "Communiqué de presse n° 45") is part of the label
    bare = re.sub(r"(?:\s+(?:no\.?|n°|nº|#)?\s*[\d/.-]*\d[\d/.-]*)?[\s:|•·–—-]*$", "", text, flags=re.I)
    normal = " ".join(bare.split()).lower()
    return normal in cues().page_labels


def _day_dates(text: str) -> list[tuple[int, int]]:
    """Spans of the day- or month-precise dates in ``text``, read with both languages' patterns."""
    spans: list[tuple[int, int]] = []
    for lang in LANGS:
        for found in find_dates(text, lang):
            if found.value.precision in ("day", "month") and not any(
                    found.start < e and s < found.end for s, e in spans):
                spans.append((found.start, found.end))
    return sorted(spans)


def is_date_line(text: str) -> bool:
    """True for a line that is only the article's date, with a place, a byline or a time around it.

    "Paris, le 17 juillet 2023", "Published on Tuesday, 09 March 2021", "Tue Jul 18 2023",
    "Mis à jour le 11. 01. 2019", "Par Hélène Marchetti | 15 mars 2024", "New Delhi | 22-11-2024".
    Besides the date, only names (capitalised words, at most four), byline words, weekdays,
    time words and punctuation may remain.
    """
    if len(text) > 120:
        return False
    parts = _BAR.split(text)
    if len(parts) > 1:
        # "Live coverage from Kourou | Friday 14 April 2023", "By A. Writer | Agency | 3 May 2024": one part is
        # the date line, the others are short and no sentence
        return (any(_is_date_part(part) for part in parts)
                and all(word_count(part) <= BAR_PART_MAX_WORDS and not PROSE_END.search(part) for part in parts))
    return _is_date_part(text)


_BAR = re.compile(r"[ \t]+[|•·][ \t]+")
BAR_PART_MAX_WORDS = 8


def _is_date_part(text: str) -> bool:
    """:func:`is_date_line` for one part of a line (no ``|`` separator in it)."""
    spans = _day_dates(text)
    if not spans:
        return False
    residue = text
    for start, end in reversed(spans):
        residue = residue[:start] + " " + residue[end:]
    residue = re.sub(r"\([^)]{0,30}\)", " ", residue)  # (JST), (Agency), (Guyane)
    residue = _ORDINAL.sub(" ", residue)  # "72nd International Astronautical Congress, Dubai, 26 October 2021"
    known = cues()
    names = 0
    for match in LETTERS.finditer(residue):
        word = match.group(0)
        lowered = word.lower()
        if lowered in known.byline_words or lowered in known.weekdays or lowered in known.time_words:
            continue
        if word[:1].isupper():
            names += 1
            continue
        return False
    return names <= 4


_ORDINAL = re.compile(r"(?<!\w)\d{1,3}(?:st|nd|rd|th|e|er|ème|eme)(?!\w)")


# "CAPE CANAVERAL, Fla., Oct. 17", "PLESETSK, Russia, Nov 2": a state or country may follow the place
_WIRE = re.compile(
    r"[*_]{0,3}(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,3})(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*,[ \t]*"
    r"(?:[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*)?[ \t]*,[ \t]*)?")
_DATE_ARTICLE = re.compile(r"(?:le|the)[ \t]+", re.IGNORECASE)  # "Paris, le 14 juin 2023 -"
_WIRE_END = re.compile(r"[ \t]*(?:\([^)\n]{1,40}\))?[*_]{0,3}[ \t]*[-—–]+[*_]{0,3}[ \t]+(?=\S)")


def _wire_dateline(text: str, start: int, end: int) -> int | None:
    """End of a wire dateline opening a paragraph ("TOKYO, Aug 29 (Agency) - ..."), or None."""
    head = _WIRE.match(text, start, end)
    if head is None:
        return None
    date_start = head.end()
    article = _DATE_ARTICLE.match(text, date_start, end)
    if article is not None:
        date_start = article.end()
    window = text[date_start : min(end, date_start + 40)]
    spans = _day_dates(window)
    if not spans or spans[0][0] != 0:
        return None
    tail = _WIRE_END.match(text, date_start + spans[0][1], end)
    return tail.end() if tail else None


def mark_header(text: str, lines: list[Line]) -> None:
    """Mark page labels, date lines, the title and its repeat at the top of the page."""
    title, n = _find_title(text, lines)
    if title is not None:
        n = _mark_repeated_title(text, lines, title, n)
    _mark_datelines(text, lines, n)


def _find_title(text: str, lines: list[Line]) -> tuple[Line | None, int]:
    """``(title line or None, index of the first line after it)``; page labels and date lines above it marked."""
    for k, line in enumerate(lines):
        if line.kind == "title":  # the title: value of a front matter
            return line, k + 1
    n = 0
    while n < len(lines) and n < 6:
        line = lines[n]
        if line.credit_line or line.marker_end is not None or line.kind in FURNITURE_KINDS:
            # a credit, a marked caption, a breadcrumb or a related link is no title
            n += 1
            continue
        body = text[line.start : line.end]
        if page_label(body):
            line.kind = "page_label"
        elif is_date_line(body):
            line.kind = "dateline"
        else:
            heading = MD_HEADING.match(text, line.start, line.end)
            if heading:
                line.text_start = heading.end()
            alone = all(other.credit_line for other in lines[n + 1 : n + 50])
            if not heading and (is_title_prose(body) or (alone and PROSE_END.search(body))):
                return None, n  # a one-paragraph article, or a page without a title line
            line.kind = "title"
            return line, n + 1
        n += 1
    return None, n


def _mark_repeated_title(text: str, lines: list[Line], title: Line, n: int) -> int:
    """Mark the title printed again right under itself (``dup_title``); the index after the header."""
    title_text = " ".join(text[title.text_start or title.start : title.end].split()).lower()
    for line in [line for line in lines[n:] if line.kind not in ("front_matter", "dateline")][:2]:
        if line.credit_line:
            continue
        heading = MD_HEADING.match(text, line.start, line.end)
        start = heading.end() if heading else line.start
        if " ".join(text[start : line.end].split()).lower() == title_text:
            line.kind, line.text_start = "dup_title", start
            n = lines.index(line) + 1
        break
    return n


def _mark_datelines(text: str, lines: list[Line], n: int) -> None:
    """Date lines under the title, up to the first paragraph of prose (whose wire dateline counts).

    A short standfirst may sit between the title and the byline.
    """
    dated = any(line.kind == "dateline" for line in lines[:n])
    standfirst = False
    for line in lines[n : n + 6]:
        if dated:
            break
        if line.credit_line or line.credit_start is not None or line.kind in FURNITURE_KINDS:
            continue
        body = text[line.start : line.end]
        if is_date_line(body):
            line.kind, dated = "dateline", True
            continue
        if page_label(body):
            line.kind = "page_label"
            continue
        if is_prose(body) or word_count(body) > 12:
            wire_end = _wire_dateline(text, line.start, line.end)
            if wire_end is not None:
                line.text_start = wire_end  # the rest of the line stays body
                line.kind = "wire"
                break
            if standfirst or word_count(body) > STANDFIRST_MAX_WORDS:
                break
            standfirst = True
