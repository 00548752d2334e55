"""Shapes of a line's text: word counts, prose, labels, keyword lists, translations.

Pure functions of strings (and of a :class:`~.model.Line`'s span) that the header, caption and
assembly steps share. Nothing here reads data files.
"""

from __future__ import annotations

import re

from .model import LABEL_MAX_WORDS, Line

MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+")  # used with match(text, pos): no "^", which pins pos 0
SENTENCE_END = re.compile(r"[.!?…:;\"”»)]\s*$")
PROSE_END = re.compile(r"[.!?…][\"”»)]?\s*$")
TOKEN = re.compile(r"\w+", re.UNICODE)
LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
_SENTENCE_SPLIT = re.compile(r"[.!?…]+[\"”»)]?\s+(?=[A-ZÀ-Ý«\"“])")
# Markdown emphasis opening a span: "*", "**", "***", "_", "__", "___" right before a word
_EMPHASIS_OPEN = re.compile(r"(\*{1,3}|_{1,3})(?=\S)")
# emphasis markers left at a span's end ("caption.* *" once the line's outer markers are gone)
EMPHASIS_TAIL = re.compile(r"(?:[ \t]*[*_]+)+[ \t]*$")


def line_spans(text: str) -> list[tuple[int, int]]:
    r"""Line spans without their line end (handles \n, \r\n and \r)."""
    spans = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if match.start() == len(text) and match.start() == match.end():
            break
        line = match.group(0).rstrip("\r\n")
        spans.append((match.start(), match.start() + len(line)))
    return spans


def strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inward past white space at both ends (equal when the span is blank)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def unwrap_emphasis(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inside the Markdown emphasis that wraps the whole span, spaces stripped.

    "**Paris, 14 November 2024**", "*A caption.*", "_Crédit : X_": the same marker must open and
    close the span (an unbalanced marker, a list bullet "* item" or a rule "***" is left alone).
    The text is never rewritten: only the offsets move, so they still slice the original.
    """
    start, end = strip(text, start, end)
    while True:
        opening = _EMPHASIS_OPEN.match(text, start, end)
        if opening is None:
            return start, end
        mark = opening.group(1)
        inner_end = end - len(mark)
        if (inner_end - start <= len(mark) or text[inner_end:end] != mark or text[inner_end - 1].isspace()
                or text[inner_end - 1] == mark[0]):
            return start, end
        start, end = strip(text, start + len(mark), inner_end)


def word_count(text: str) -> int:
    """How many words (runs of word characters, digits included) ``text`` holds."""
    return len(TOKEN.findall(text))


def _anchors(text: str) -> set[str]:
    """Numbers and capitalised words: what a caption and its translation share.

    An English possessive is the name's ("ESA's" shares "ESA" with "l'ESA").
    """
    return {re.sub(r"['’]s?$", "", w.lower()) for w in re.findall(r"\b(?:\d+|[A-Z][\w’'-]+)", text)}


def looks_like_translation(a: str, b: str) -> bool:
    """True when ``b`` could be the translation of caption ``a`` (similar length, shared names/numbers)."""
    la, lb = max(len(a), 1), max(len(b), 1)
    if not 0.4 <= la / lb <= 2.5:
        return False
    anchors_a, anchors_b = _anchors(a), _anchors(b)
    if not anchors_a and not anchors_b:
        return True
    overlap = len(anchors_a & anchors_b) / max(1, min(len(anchors_a), len(anchors_b)))
    return overlap >= 0.3


def is_label_shape(text: str) -> bool:
    """An image label: a few words and no sentence end ("Space Image", "CNSA x Thailand")."""
    return word_count(text) <= LABEL_MAX_WORDS and not SENTENCE_END.search(text)


def is_keyword_list(text: str) -> bool:
    """An alt-text keyword line: three or more short comma-separated items, no sentence end."""
    items = [i.strip() for i in re.split(r"[,;|]", text)]
    return (len(items) >= 3 and all(0 < word_count(i) <= 3 for i in items)
            and not PROSE_END.search(text))


def same_opening(a: str, b: str, words: int = 5) -> bool:
    """Alt text repeats the caption's opening words ("X, left, and Y, right, sit..." / "... sign...")."""
    wa, wb = TOKEN.findall(a.lower()), TOKEN.findall(b.lower())
    return len(wa) >= words and len(wb) >= words and wa[:words] == wb[:words]


def is_prose(text: str) -> bool:
    """A sentence of the article: six words or more and a sentence end."""
    return word_count(text) >= 6 and PROSE_END.search(text) is not None


TITLE_MAX_WORDS = 60  # no headline runs this long (the corpus's longest title has 23 words)


def is_title_prose(text: str) -> bool:
    """A first line that is already the article: it ends a sentence and holds two of them, or many words.

    A line longer than any headline (``TITLE_MAX_WORDS``) is the article whatever it ends with: a page saved as one
    line ("... Read more", a trailing link) would otherwise make the whole text the document's title.
    """
    words = word_count(text)
    if words > TITLE_MAX_WORDS:
        return True
    if not PROSE_END.search(text) or text.rstrip().endswith("..."):
        return False
    return words >= 20 or len(_SENTENCE_SPLIT.findall(text)) >= 1


def line_words(text: str, line: Line) -> str:
    """The line's text without its own credit."""
    return text[line.start : line.text_end]


# "2. ", "3) ", "IV. " opening a line: the number of a section of a newsletter or a digest
_SECTION_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+(?=\S)")
SECTION_HEADING_MAX_WORDS = 40


def is_section_heading(text: str) -> bool:
    """A section heading over its text: a numbered line or one in capitals, with no sentence end.

    "2. JAPAN'S SLIM LANDS ON THE MOON", "3. Ax-3 brings Türkiye's first astronaut to the ISS".
    """
    text = text.strip()
    if not text or SENTENCE_END.search(text) or word_count(text) > SECTION_HEADING_MAX_WORDS:
        return False
    return _SECTION_NUMBER.match(text) is not None or (LETTERS.search(text) is not None
                                                         and not any(ch.islower() for ch in text))
