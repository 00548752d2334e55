"""Which lines are captions, image labels and alt text, and which line each credit line credits.

A caption is a line with a credit at its end, or the line a credit line right before or after
belongs to, or the translation next to a caption, or an unpunctuated line set inside prose. An
image label ("Space Image", "CNSA x Thailand") or an alt-text line (a keyword list, or a line
repeating the caption's opening) is marked ``label``: never a caption, never glued to one.
"""

from __future__ import annotations

from .credits import cues
from .language import identify
from .model import UNMARKED_CAPTION_MAX_WORDS, UNMARKED_CAPTION_MIN_WORDS, Line
from .text import (
    SENTENCE_END,
    is_keyword_list,
    is_label_shape,
    is_prose,
    is_section_heading,
    line_words,
    looks_like_translation,
    same_opening,
    word_count,
)


def classify_captions(text: str, lines: list[Line], default_lang: str) -> None:
    """Decide which lines are captions, labels and which line each credit line credits."""
    # 1. a line carrying its own credit or opening with a caption marker ("[Photo] ") is a caption (or an image label)
    for line in lines:
        if line.kind == "body" and (line.credit_start is not None or line.marker_end is not None):
            line.kind = "label" if is_label_shape(line_words(text, line)) else "caption"
    _attach_credit_lines(text, lines)
    by_paragraph: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        by_paragraph.setdefault(line.paragraph, []).append(i)
    _caption_paragraphs(text, lines, by_paragraph, default_lang)
    _translations_beside_captions(text, lines, {p: len(m) for p, m in by_paragraph.items()}, default_lang)
    _unmarked_captions(text, lines, by_paragraph)


def _attach_credit_lines(text: str, lines: list[Line]) -> None:
    """Step 2: say which line each credit line credits (``Line.attached``).

    The line right above it, else the line right below it (same paragraph), else the line above
    it across a blank line.
    """
    credited: set[int] = set()

    def free(j: int) -> bool:
        return (0 <= j < len(lines) and lines[j].kind in ("body", "caption", "label") and lines[j].credit is None
                and j not in credited)

    footers = cues().footer_phrases
    for i, line in enumerate(lines):
        if not line.credit_line:
            continue
        lowered = " ".join(text[line.start : line.end].lower().split())
        if any(phrase in lowered for phrase in footers):
            continue  # "© 2024 Site. All rights reserved.": the site's footer credits no picture
        same = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].paragraph == line.paragraph]
        target_index = None
        if i - 1 in same and free(i - 1):
            target_index = i - 1
        elif i + 1 in same and free(i + 1):
            target_index = i + 1
        elif free(i - 1) and word_count(line_words(text, lines[i - 1])) <= 80:
            target_index = i - 1
        elif i - 1 in same and lines[i - 1].kind in ("caption", "label"):
            line.attached = i - 1  # a second credit for the same caption
            continue
        if target_index is None:
            continue
        target = lines[target_index]
        credited.add(target_index)
        line.attached = target_index
        if target.kind == "body":
            target.kind = "label" if is_label_shape(line_words(text, target)) else "caption"


def _caption_paragraphs(text: str, lines: list[Line], by_paragraph: dict[int, list[int]], default_lang: str) -> None:
    """Step 3: other lines of a paragraph holding a caption: labels, alt text, translations, more captions."""
    for members in by_paragraph.values():
        captions = [lines[i] for i in members if lines[i].kind == "caption"]
        if not captions:
            continue
        for i in members:
            line = lines[i]
            if line.kind != "body":
                continue
            body = line_words(text, line)
            if is_label_shape(body) or is_keyword_list(body) or any(
                    same_opening(body, line_words(text, c)) for c in captions):
                line.kind = "label"
            elif _translates_a_neighbour(text, lines, i, default_lang):
                line.kind = "caption"


def _translates_a_neighbour(text: str, lines: list[Line], i: int, default_lang: str) -> bool:
    """True when line ``i`` is the translation printed right above or below a caption line of its paragraph.

    An uncredited line that does not translate its neighbour stays body: pages printed with single
    line breaks put the article's text right under a caption.
    """
    line = lines[i]
    body = line_words(text, line)
    for j in (i - 1, i + 1):
        other = lines[j] if 0 <= j < len(lines) and lines[j].paragraph == line.paragraph else None
        if j > i and other is not None and other.credit_start is not None:
            continue  # a caption with its own credit is not the translation of the line above it
        if (other is not None and other.kind == "caption" and word_count(body) <= 80
                and looks_like_translation(line_words(text, other), body)
                and identify(line_words(text, other), default_lang) != identify(body, default_lang)):
            return True
    return False


def _translations_beside_captions(text: str, lines: list[Line], paragraph_size: dict[int, int],
                                  default_lang: str) -> None:
    """Step 4: a line next to a caption (before it: a one-line paragraph), in the other language, that translates it."""
    order = [i for i, line in enumerate(lines) if line.kind not in ("title", "dup_title", "page_label", "dateline")]
    for pos, i in enumerate(order):
        line = lines[i]
        if line.kind != "body" or word_count(line_words(text, line)) > 80:
            continue
        for other in _caption_neighbours(lines, order, pos, paragraph_size[line.paragraph] == 1):
            if other.kind != "caption":
                continue
            a, b = line_words(text, other), line_words(text, line)
            if looks_like_translation(a, b) and identify(a, default_lang) != identify(b, default_lang):
                line.kind = "caption"
                break


def _caption_neighbours(lines: list[Line], order: list[int], pos: int, one_line: bool) -> list[Line]:
    """The lines before and after ``order[pos]``, credit lines skipped, that may be captions it translates."""
    neighbours = []
    back = pos - 1
    while back >= 0 and lines[order[back]].kind == "credit":
        back -= 1
    if back >= 0:
        neighbours.append(lines[order[back]])
    ahead = pos + 1
    while ahead < len(order) and lines[order[ahead]].kind == "credit":
        ahead += 1
    if ahead < len(order) and one_line and lines[order[ahead]].credit_start is None:
        # before a caption: only when that caption has no credit of its own at its end
        # ("FR / EN / Credit", "FR / Credit / EN")
        neighbours.append(lines[order[ahead]])
    return neighbours


def _unmarked_captions(text: str, lines: list[Line], by_paragraph: dict[int, list[int]]) -> None:
    """Step 5: an unpunctuated line set inside prose (same paragraph) is a caption without a credit.

    Not a numbered line nor one in capitals: that is the heading of the section it opens.
    """
    for members in by_paragraph.values():
        if len(members) < 2:
            continue
        for k, i in enumerate(members):
            line = lines[i]
            if line.kind != "body":
                continue
            body = line_words(text, line)
            count = word_count(body)
            if SENTENCE_END.search(body) or not UNMARKED_CAPTION_MIN_WORDS <= count <= UNMARKED_CAPTION_MAX_WORDS:
                continue
            if is_section_heading(body):
                continue  # "2. JAPAN'S SLIM LANDS ON THE MOON": a section heading over its section's text
            beside = [lines[members[j]] for j in (k - 1, k + 1) if 0 <= j < len(members)]
            if any(o.kind == "body" and is_prose(line_words(text, o)) for o in beside):
                line.kind = "caption"
