"""Text to blocks: title, date line, body paragraphs, photo captions and credits, each with its language.

Every block keeps its ``start``/``end`` in the document text, so everything found inside a
block maps back to the original characters. Pages are read line by line, the way news sites
print them:

* the **title** is the first line that is not a page label ("Press Release"), a source/date
  line or a credit; a first line that is already prose (a one-paragraph article) is body;
* the **date line** is the article's own date under (or above) the title: "Paris, 20 mars
  2023", "Published on Tuesday, 09 March 2021", "Par NAME | 15 mars 2024", or the wire
  prefix of the first paragraph ("TOKYO, Aug 29 (Agency) -"). Its block has kind ``dateline``;
* a **caption** is a line with a credit at its end ("... Crédit : X", "(Credit: X)", "© X"),
  or the line a credit line right before or after belongs to, or the translation next to a
  caption, or an unpunctuated line set inside prose. A caption in one language followed by
  its translation is one caption with both texts; consecutive captions otherwise stay
  separate, a caption repeated on the page is one caption;
* an **image label** ("Space Image", "CNSA x Thailand") or an alt-text line (a keyword list,
  or a line repeating the caption's opening) is a caption block marked ``is_label``: it is
  never a caption and never glued to one.

Cue words (credit words, page labels, byline words) are per-language data files
(``cues_<lang>.json``) validated against ``cues.schema.json`` when loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import jsonschema

from ..dates.parse import find_dates
from .language import LANGS, OTHER, identify, identify_certain, is_other_language, split_mixed

# kinds a block may have: the contract's four, plus the article's own date line
BLOCK_KINDS: tuple[str, ...] = ("title", "body", "caption", "credit", "dateline")

LABEL_MAX_WORDS = 4
# a block longer than this (a dump on one line) is cut into pieces at sentence ends, so that no
# rule, regex or spaCy doc ever sees more than this many characters at once
MAX_BLOCK_CHARS = 20_000
# a standfirst (the summary under a title, before the byline) is at most this long
STANDFIRST_MAX_WORDS = 45
# an unmarked line inside prose is a caption only within these lengths (a shorter one is a subheading)
UNMARKED_CAPTION_MIN_WORDS = 10
UNMARKED_CAPTION_MAX_WORDS = 40

_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”»)]\s*$")
_PROSE_END = re.compile(r"[.!?…][\"”»)]?\s*$")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
# "1. ", "2) ", "b. ", "3/12 ": the number of a picture in a gallery, not part of its caption
_GALLERY_NUMBER = re.compile(r"(?:(?:\d{1,3}|[a-z])[.)]|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t]+(?=\S)")
# what separates a caption from its credit on some sites ("Caption text | Credit: X")
_CAPTION_TAIL = re.compile(r"[ \t]*[|•·–—-]+[ \t]*$")
_SENTENCE_SPLIT = re.compile(r"[.!?…]+[\"”»)]?\s+(?=[A-ZÀ-Ý«\"“])")


# ---- cue words ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cues:
    """The page-shape cue words of all languages, merged, and the language each credit word belongs to."""

    credit_words: dict[str, str | None]  # word -> its language, None when several languages use it
    credit_phrases: frozenset[str]  # "courtesy of": a credit follows with no colon
    page_labels: frozenset[str]
    byline_words: frozenset[str]
    weekdays: frozenset[str]
    time_words: frozenset[str]
    keep_period: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Load and validate ``cues_<lang>.json`` for every language (raises ``jsonschema.ValidationError``)."""
    package = resources.files(__package__)
    schema = json.loads(package.joinpath("cues.schema.json").read_text("utf-8"))
    credit: dict[str, set[str]] = {}
    sets: dict[str, set[str]] = {k: set() for k in ("credit_phrases", "page_labels", "byline_words", "weekdays",
                                                    "time_words", "keep_period")}
    for lang in LANGS:
        name = f"cues_{lang}.json"
        data = json.loads(package.joinpath(name).read_text("utf-8"))
        try:
            jsonschema.validate(data, schema)
        except jsonschema.ValidationError as error:
            raise jsonschema.ValidationError(f"{name}: {error.message}") from error
        if data["lang"] != lang:
            raise ValueError(f"{name}: lang is {data['lang']!r}, expected {lang!r}")
        for word in data["credit_words"]:
            credit.setdefault(word, set()).add(lang)
        for key, values in sets.items():
            values.update(data[key])
    return Cues(
        credit_words={w: (next(iter(ls)) if len(ls) == 1 else None) for w, ls in credit.items()},
        **{k: frozenset(v) for k, v in sets.items()},
    )


@dataclass(frozen=True)
class _Patterns:
    credit_line: re.Pattern
    inline_credit: re.Pattern
    paren_credit: re.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    words = sorted(cues().credit_words, key=len, reverse=True)
    word = "(?P<word>" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)"
    mark = r"(?P<mark>©|\(c\)(?=[ \t]*\w))"
    # "Credit: X", "Photo credit/ X", "© X", and, where the credit stands apart, "Photo by X"
    phrases = sorted(cues().credit_phrases, key=len, reverse=True)
    phrase = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")[ \t]+"
    lead = rf"(?:{word}(?:[ \t]*[:/][ \t]*|[ \t]+(?:by|par)[ \t]+)|{mark}[ \t]*|{phrase})"
    credit_line = re.compile(
        rf"[ \t]*(?P<open>[(\[])?{lead}(?P<credit>\S[^\n]{{0,200}}?)[ \t]*(?(open)[)\]])[ \t]*$", re.IGNORECASE)
    inline_credit = re.compile(
        rf"(?P<sep>[ \t]+|(?<=[.!?…)»\"”]))(?:{word}[ \t]*[:/][ \t]*|{mark}[ \t]*)"
        rf"(?P<credit>[^\s:][^:\n]{{0,120}}?)[ \t]*$",
        re.IGNORECASE,
    )
    paren_credit = re.compile(
        rf"(?P<sep>[ \t]*)[(\[]{lead}(?P<credit>[^()\[\]\n]{{1,120}}?)"
        r"[ \t]*[)\]][ \t]*\.?[ \t]*$",
        re.IGNORECASE,
    )
    return _Patterns(credit_line, inline_credit, paren_credit)


# ---- data model ----------------------------------------------------------------------------------


@dataclass
class Caption:
    """A picture caption as the document record carries it: its text per language and its credit.

    ``texts`` maps a language code (``"en"``, ``"fr"``) to the caption's text in it (or None);
    ``credit`` is the photo credit line when the page gives one.
    """

    texts: dict[str, str | None]
    credit: str | None = None


@dataclass(frozen=True)
class Block:
    """A span of the document text with its kind and language.

    ``kind`` is one of :data:`BLOCK_KINDS`; a ``dateline`` block (the article's own date line,
    byline or wire dateline) is evidence of kind ``body`` in records. ``caption_group`` ties
    the blocks of one caption (both languages and their credits) together; ``is_label`` marks
    an image label, an alt-text line or a page label, which are never captions.
    """

    kind: str
    start: int
    end: int
    text: str
    lang: str
    index: int = 0
    caption_group: int | None = None
    is_label: bool = False
    is_duplicate_title: bool = False

    @property
    def is_dateline(self) -> bool:
        """True for the article's own date line ("PARIS, 3 March 2021 -"), which is not text to extract from."""
        return self.kind == "dateline"


@dataclass
class Segmentation:
    """The blocks of one document and the captions they form."""

    blocks: list[Block]
    captions: list[Caption] = field(default_factory=list)
    title: Block | None = None
    dateline: Block | None = None

    @property
    def languages(self) -> list[str]:
        """The document's languages (ISO 639-1 codes, sorted), credits counted only when nothing else has one."""
        langs = {b.lang for b in self.blocks if b.kind != "credit"} or {b.lang for b in self.blocks}
        return sorted(langs - {OTHER})


@dataclass
class _Line:
    """One non-blank line, what it carries, and what it was classified as."""

    start: int
    end: int
    paragraph: int
    credit_line: bool = False
    credit: tuple[int, int] | None = None  # span of the credit value (own line or at the line's end)
    credit_start: int | None = None  # where an inline credit (its word or bracket included) starts
    credit_word: str | None = None
    kind: str = "body"  # title, dup_title, page_label, dateline, body, caption, label, credit
    attached: int | None = None  # for a credit line: the line it credits
    text_start: int | None = None  # a caption's text start (after a gallery number)

    @property
    def text_end(self) -> int:
        return self.credit_start if self.credit_start is not None else self.end


# ---- helpers ---------------------------------------------------------------------------------------


def _lines(text: str) -> list[tuple[int, int]]:
    r"""Line spans without their line end (handles \n, \r\n and \r)."""
    spans = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if match.start() == len(text) and match.start() == match.end():
            break
        line = match.group(0).rstrip("\r\n")
        spans.append((match.start(), match.start() + len(line)))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _credit_value(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and a sentence's final period from a credit value ("Agence X." -> "Agence X")."""
    start, end = _strip(text, start, end)
    if end - start > 1 and text[end - 1] == "." and text[end - 2] != ".":
        last_word = text[start:end].split()[-1].lower()
        single_initial = re.fullmatch(r"\w\.", last_word) is not None
        if last_word not in cues().keep_period and not single_initial:
            end -= 1
    return _strip(text, start, end)


def _word_count(text: str) -> int:
    return len(_TOKEN.findall(text))


def _anchors(text: str) -> set[str]:
    """Numbers and capitalised words: what a caption and its translation share."""
    return {w.lower() for w in re.findall(r"\b(?:\d+|[A-Z][\w’'-]+)", text)}


def _looks_like_translation(a: str, b: str) -> bool:
    """True when ``b`` could be the translation of caption ``a`` (similar length, shared names/numbers)."""
    la, lb = max(len(a), 1), max(len(b), 1)
    if not 0.4 <= la / lb <= 2.5:
        return False
    anchors_a, anchors_b = _anchors(a), _anchors(b)
    if not anchors_a and not anchors_b:
        return True
    overlap = len(anchors_a & anchors_b) / max(1, min(len(anchors_a), len(anchors_b)))
    return overlap >= 0.3


def _credit_lang(word: str | None, fallback: str) -> str:
    if word:
        lang = cues().credit_words.get(" ".join(word.lower().split()))
        if lang:
            return lang
    return fallback


def _is_label_shape(text: str) -> bool:
    """An image label: a few words and no sentence end ("Space Image", "CNSA x Thailand")."""
    return _word_count(text) <= LABEL_MAX_WORDS and not _SENTENCE_END.search(text)


def _is_keyword_list(text: str) -> bool:
    """An alt-text keyword line: three or more short comma-separated items, no sentence end."""
    items = [i.strip() for i in re.split(r"[,;|]", text)]
    return (len(items) >= 3 and all(0 < _word_count(i) <= 3 for i in items)
            and not _PROSE_END.search(text))


def _same_opening(a: str, b: str, words: int = 5) -> bool:
    """Alt text repeats the caption's opening words ("X, left, and Y, right, sit..." / "... sign...")."""
    wa, wb = _TOKEN.findall(a.lower()), _TOKEN.findall(b.lower())
    return len(wa) >= words and len(wb) >= words and wa[:words] == wb[:words]


def _is_prose(text: str) -> bool:
    return _word_count(text) >= 6 and _PROSE_END.search(text) is not None


def _is_title_prose(text: str) -> bool:
    """A first line that is already the article: it ends a sentence and holds two of them, or many words."""
    if not _PROSE_END.search(text) or text.rstrip().endswith("..."):
        return False
    return _word_count(text) >= 20 or len(_SENTENCE_SPLIT.findall(text)) >= 1


def _page_label(text: str) -> bool:
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
    spans = _day_dates(text)
    if not spans:
        return False
    residue = text
    for start, end in reversed(spans):
        residue = residue[:start] + " " + residue[end:]
    residue = re.sub(r"\([^)]{0,30}\)", " ", residue)  # (JST), (Agency), (Guyane)
    known = cues()
    names = 0
    for match in _LETTERS.finditer(residue):
        word = match.group(0)
        lowered = word.lower()
        if lowered in known.byline_words or lowered in known.weekdays or lowered in known.time_words:
            continue
        if word[:1].isupper():
            names += 1
            continue
        return False
    return names <= 4


_WIRE = re.compile(
    r"(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,3})(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*,[ \t]*")
_DATE_ARTICLE = re.compile(r"(?:le|the)[ \t]+", re.IGNORECASE)  # "Paris, le 14 juin 2023 -"
_WIRE_END = re.compile(r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-—–]+[ \t]+(?=\S)")


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


# ---- segmentation ------------------------------------------------------------------------------------


def _read_lines(text: str) -> list[_Line]:
    """Non-blank lines with their paragraph number, credit lines and inline credits located."""
    pats = _patterns()
    lines: list[_Line] = []
    paragraph = 0
    for line_start, line_end in _lines(text):
        start, end = _strip(text, line_start, line_end)
        if start == end:
            paragraph += 1
            continue
        line = _Line(start, end, paragraph)
        own = pats.credit_line.fullmatch(text, start, end) if end - start < 200 else None
        if own is not None:
            line.credit_line = True
            line.credit = _credit_value(text, own.start("credit"), own.end("credit"))
            line.credit_word = own.group("word")
            line.kind = "credit"
        else:
            window_start = max(start, end - 200)
            found = pats.paren_credit.search(text, window_start, end)
            if not (found and found.start() > start and found.end() == end):
                found = pats.inline_credit.search(text, window_start, end)
            if found and found.end() == end and found.start() > start:
                line.credit_start = found.start() + len(found.group("sep"))
                line.credit = _credit_value(text, found.start("credit"), found.end("credit"))
                line.credit_word = found.group("word")
                if line.credit[0] >= line.credit[1] or _strip(text, start, line.credit_start)[0] >= \
                        _strip(text, start, line.credit_start)[1]:
                    line.credit_start, line.credit, line.credit_word = None, None, None
        lines.append(line)
    return lines


def _header(text: str, lines: list[_Line]) -> None:
    """Mark page labels, date lines, the title and its repeat at the top of the page."""
    title, n = _find_title(text, lines)
    if title is not None:
        n = _mark_repeated_title(text, lines, title, n)
    _mark_datelines(text, lines, n)


def _find_title(text: str, lines: list[_Line]) -> tuple[_Line | None, int]:
    """``(title line or None, index of the first line after it)``; page labels and date lines above it marked."""
    n = 0
    while n < len(lines) and n < 6:
        line = lines[n]
        if line.credit_line:
            n += 1
            continue
        body = text[line.start : line.end]
        if _page_label(body):
            line.kind = "page_label"
        elif is_date_line(body):
            line.kind = "dateline"
        else:
            heading = _MD_HEADING.match(text, line.start, line.end)
            if heading:
                line.text_start = heading.end()
            alone = all(other.credit_line for other in lines[n + 1 : n + 50])
            if not heading and (_is_title_prose(body) or (alone and _PROSE_END.search(body))):
                return None, n  # a one-paragraph article, or a page without a title line
            line.kind = "title"
            return line, n + 1
        n += 1
    return None, n


def _mark_repeated_title(text: str, lines: list[_Line], title: _Line, n: int) -> int:
    """Mark the title printed again right under itself (``dup_title``); the index after the header."""
    title_text = " ".join(text[title.text_start or title.start : title.end].split()).lower()
    for line in lines[n : n + 2]:
        if line.credit_line:
            continue
        heading = _MD_HEADING.match(text, line.start, line.end)
        start = heading.end() if heading else line.start
        if " ".join(text[start : line.end].split()).lower() == title_text:
            line.kind, line.text_start = "dup_title", start
            n = lines.index(line) + 1
        break
    return n


def _mark_datelines(text: str, lines: list[_Line], n: int) -> None:
    """Date lines under the title, up to the first paragraph of prose (whose wire dateline counts).

    A short standfirst may sit between the title and the byline.
    """
    dated = any(line.kind == "dateline" for line in lines[:n])
    standfirst = False
    for line in lines[n : n + 6]:
        if dated:
            break
        if line.credit_line or line.credit_start is not None:
            continue
        body = text[line.start : line.end]
        if is_date_line(body):
            line.kind, dated = "dateline", True
            continue
        if _page_label(body):
            line.kind = "page_label"
            continue
        if _is_prose(body) or _word_count(body) > 12:
            wire_end = _wire_dateline(text, line.start, line.end)
            if wire_end is not None:
                line.text_start = wire_end  # the rest of the line stays body
                line.kind = "wire"
                break
            if standfirst or _word_count(body) > STANDFIRST_MAX_WORDS:
                break
            standfirst = True


def _words(text: str, line: _Line) -> str:
    """The line's text without its own credit."""
    return text[line.start : line.text_end]


def _classify_captions(text: str, lines: list[_Line], default_lang: str) -> None:
    """Decide which lines are captions, labels and which line each credit line credits."""
    # 1. a line carrying its own credit is a caption (or an image label)
    for line in lines:
        if line.kind == "body" and line.credit_start is not None:
            line.kind = "label" if _is_label_shape(_words(text, line)) else "caption"
    _attach_credit_lines(text, lines)
    by_paragraph: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        by_paragraph.setdefault(line.paragraph, []).append(i)
    _caption_paragraphs(text, lines, by_paragraph, default_lang)
    _translations_beside_captions(text, lines, {p: len(m) for p, m in by_paragraph.items()}, default_lang)
    _unmarked_captions(text, lines, by_paragraph)


def _attach_credit_lines(text: str, lines: list[_Line]) -> None:
    """Step 2: say which line each credit line credits (``_Line.attached``).

    The line right above it, else the line right below it (same paragraph), else the line above
    it across a blank line.
    """
    credited: set[int] = set()

    def free(j: int) -> bool:
        return (0 <= j < len(lines) and lines[j].kind in ("body", "caption", "label") and lines[j].credit is None
                and j not in credited)

    for i, line in enumerate(lines):
        if not line.credit_line:
            continue
        same = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].paragraph == line.paragraph]
        target_index = None
        if i - 1 in same and free(i - 1):
            target_index = i - 1
        elif i + 1 in same and free(i + 1):
            target_index = i + 1
        elif free(i - 1) and _word_count(_words(text, lines[i - 1])) <= 80:
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
            target.kind = "label" if _is_label_shape(_words(text, target)) else "caption"


def _caption_paragraphs(text: str, lines: list[_Line], by_paragraph: dict[int, list[int]], default_lang: str) -> None:
    """Step 3: other lines of a paragraph holding a caption: labels, alt text, translations, more captions."""
    for members in by_paragraph.values():
        captions = [lines[i] for i in members if lines[i].kind == "caption"]
        if not captions:
            continue
        for i in members:
            line = lines[i]
            if line.kind != "body":
                continue
            body = _words(text, line)
            if _is_label_shape(body) or _is_keyword_list(body) or any(
                    _same_opening(body, _words(text, c)) for c in captions):
                line.kind = "label"
            elif _translates_a_neighbour(text, lines, i, default_lang):
                line.kind = "caption"


def _translates_a_neighbour(text: str, lines: list[_Line], i: int, default_lang: str) -> bool:
    """True when line ``i`` is the translation printed right above or below a caption line of its paragraph.

    An uncredited line that does not translate its neighbour stays body: pages printed with single
    line breaks put the article's text right under a caption.
    """
    line = lines[i]
    body = _words(text, line)
    for j in (i - 1, i + 1):
        other = lines[j] if 0 <= j < len(lines) and lines[j].paragraph == line.paragraph else None
        if j > i and other is not None and other.credit_start is not None:
            continue  # a caption with its own credit is not the translation of the line above it
        if (other is not None and other.kind == "caption" and _word_count(body) <= 80
                and _looks_like_translation(_words(text, other), body)
                and identify(_words(text, other), default_lang) != identify(body, default_lang)):
            return True
    return False


def _translations_beside_captions(text: str, lines: list[_Line], paragraph_size: dict[int, int],
                                  default_lang: str) -> None:
    """Step 4: a line next to a caption (before it: a one-line paragraph), in the other language, that translates it."""
    order = [i for i, line in enumerate(lines) if line.kind not in ("title", "dup_title", "page_label", "dateline")]
    for pos, i in enumerate(order):
        line = lines[i]
        if line.kind != "body" or _word_count(_words(text, line)) > 80:
            continue
        for other in _caption_neighbours(lines, order, pos, paragraph_size[line.paragraph] == 1):
            if other.kind != "caption":
                continue
            a, b = _words(text, other), _words(text, line)
            if _looks_like_translation(a, b) and identify(a, default_lang) != identify(b, default_lang):
                line.kind = "caption"
                break


def _caption_neighbours(lines: list[_Line], order: list[int], pos: int, one_line: bool) -> list[_Line]:
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


def _unmarked_captions(text: str, lines: list[_Line], by_paragraph: dict[int, list[int]]) -> None:
    """Step 5: an unpunctuated line set inside prose (same paragraph) is a caption without a credit."""
    for members in by_paragraph.values():
        if len(members) < 2:
            continue
        for k, i in enumerate(members):
            line = lines[i]
            if line.kind != "body":
                continue
            body = _words(text, line)
            count = _word_count(body)
            if _SENTENCE_END.search(body) or not UNMARKED_CAPTION_MIN_WORDS <= count <= UNMARKED_CAPTION_MAX_WORDS:
                continue
            beside = [lines[members[j]] for j in (k - 1, k + 1) if 0 <= j < len(members)]
            if any(o.kind == "body" and _is_prose(_words(text, o)) for o in beside):
                line.kind = "caption"


def segment(text: str, default_lang: str = "en") -> Segmentation:
    """Split a document into blocks and captions.

    ``default_lang`` decides a block that carries no evidence of either language.
    """
    lines = _read_lines(text)
    _header(text, lines)
    _classify_captions(text, lines, default_lang)
    assembler = _Assembler(text, lines, default_lang)
    assembler.run()
    blocks = _settle_languages(assembler.blocks, assembler.title_certain)
    blocks = [replace(b, index=n) for n, b in enumerate(sorted(blocks, key=lambda b: (b.start, b.end)))]
    title_block = next((b for b in blocks if b.kind == "title" and not b.is_duplicate_title), None)
    dateline_block = next((b for b in blocks if b.kind == "dateline"), None)
    return Segmentation(blocks=blocks, captions=assembler.captions, title=title_block, dateline=dateline_block)


def _settle_languages(blocks: list[Block], title_certain: bool) -> list[Block]:
    """Give date lines, labels and an uncertain title the language of the body (its majority).

    A date line is mostly names and numbers; labels are a page's own words ("Space Image" on a
    French page); a short title may leave the detector unsure.
    """
    body_langs = [b.lang for b in blocks if b.kind == "body" and not b.is_label and b.lang != OTHER]
    if not body_langs:
        return blocks
    majority = max(sorted(set(body_langs)), key=body_langs.count)
    return [replace(b, lang=majority)
            if b.kind == "dateline" or (b.is_label and b.lang != OTHER)
            or (b.kind == "title" and not title_certain and b.lang != OTHER) else b
            for b in blocks]


class _Assembler:
    """Classified lines -> blocks and caption records, in line order (the state :func:`segment` carries)."""

    def __init__(self, text: str, lines: list[_Line], default_lang: str) -> None:
        self.text, self.lines, self.default_lang = text, lines, default_lang
        self.blocks: list[Block] = []
        self.captions: list[Caption] = []
        self.seen_captions: set[tuple[str, str]] = set()
        self.group = -1
        self.open_caption: dict | None = None
        self.groups_of: dict[int, int] = {}  # line index -> caption group
        self.title_certain = True
        self.credit_of = {line.attached: line for line in lines if line.credit_line and line.attached is not None}

    def run(self) -> None:
        """Read every line, then close the last caption."""
        i = 0
        while i < len(self.lines):
            i = self._line(i)
        self.close()

    def close(self) -> None:
        """End the caption being read: record it unless the same texts were recorded already."""
        open_caption = self.open_caption
        if open_caption is not None and open_caption["texts"]:
            key = tuple(sorted((k, " ".join(v.split()).lower()) for k, v in open_caption["texts"].items()))
            if not all(item in self.seen_captions for item in key):
                self.captions.append(Caption(texts={"fr": open_caption["texts"].get("fr"),
                                                    "en": open_caption["texts"].get("en")},
                                             credit=open_caption["credit"]))
            self.seen_captions.update(key)
        self.open_caption = None

    def _line(self, i: int) -> int:
        """Add the blocks of line ``i``; the index of the next line to read."""
        text, line = self.text, self.lines[i]
        kind = line.kind
        if kind in ("title", "dup_title"):
            self._title(line)
            return i + 1
        if kind == "page_label":
            self.close()
            self.blocks.append(Block("body", line.start, line.end, text[line.start : line.end],
                                     identify(text[line.start : line.end], self.default_lang), is_label=True))
            return i + 1
        if kind == "dateline":
            self.close()
            self.blocks.append(Block("dateline", line.start, line.end, text[line.start : line.end],
                                     self.default_lang))
            return i + 1
        if kind == "wire":
            self.close()
            s, e = _strip(text, line.start, line.text_start or line.start)
            self.blocks.append(Block("dateline", s, e, text[s:e], self.default_lang))
            line.start = line.text_start or line.start
            line.kind = kind = "body"
        if kind == "body":
            return self._body(i)
        if kind == "credit":
            self._credit(i)
        else:
            self._caption(i)
        return i + 1

    def _title(self, line: _Line) -> None:
        start = line.text_start or line.start
        title_text = self.text[start : line.end]
        if is_other_language(title_text):
            lang = OTHER
        else:
            lang, self.title_certain = identify_certain(title_text, self.default_lang)
        self.blocks.append(Block("title", start, line.end, title_text, lang,
                                 is_duplicate_title=line.kind == "dup_title"))

    def _body(self, i: int) -> int:
        """Consecutive body lines of one paragraph are one body unit; the index after them."""
        self.close()
        line, lines = self.lines[i], self.lines
        end = line.end
        j = i + 1
        while j < len(lines) and lines[j].kind == "body" and lines[j].paragraph == line.paragraph:
            end = lines[j].end
            j += 1
        self._add_body(line.start, end)
        return j

    def _add_body(self, start: int, end: int) -> None:
        text = self.text
        for piece_start, piece_end in _pieces(text, start, end):
            piece = text[piece_start:piece_end]
            if is_other_language(piece):
                self.blocks.append(Block("body", piece_start, piece_end, piece, OTHER))
                continue
            for run_start, run_end, lang in split_mixed(piece):
                s, e = _strip(text, piece_start + run_start, piece_start + run_end)
                if s < e:
                    self.blocks.append(Block("body", s, e, text[s:e], lang))

    def _credit(self, i: int) -> None:
        text, line = self.text, self.lines[i]
        target = line.attached
        caption_group = self.groups_of.get(target) if target is not None else None
        if caption_group is None and target is not None and target > i:
            caption_group = self.group + 1  # the credit line above the caption it credits
        target_line = self.lines[target] if target is not None else None
        fallback = self.default_lang
        if target_line is not None:
            fallback = identify(text[target_line.start : target_line.text_end], self.default_lang)
        self.blocks.append(Block("credit", line.start, line.end, text[line.start : line.end],
                                 _credit_lang(line.credit_word, fallback), caption_group=caption_group))
        open_caption = self.open_caption
        if (open_caption is not None and target is not None and self.groups_of.get(target) == self.group
                and open_caption["credit"] is None and line.credit):
            open_caption["credit"] = text[line.credit[0] : line.credit[1]]

    def _caption_span(self, line: _Line) -> tuple[int, int]:
        """The caption's words: a gallery number before them and the credit after them left out."""
        text = self.text
        start = line.start
        number = _GALLERY_NUMBER.match(text, start, line.text_end)
        if number and line.kind == "caption":
            start = number.end()
        cap_end = _strip(text, start, line.text_end)[1]
        if line.credit_start is not None:
            tail = _CAPTION_TAIL.search(text, start, cap_end)
            if tail is not None and tail.start() > start:
                cap_end = tail.start()
        return start, cap_end

    def _caption(self, i: int) -> None:
        """A caption or label line: its caption block (a new caption, or the translation of the open one)."""
        text, line, default_lang = self.text, self.lines[i], self.default_lang
        start, cap_end = self._caption_span(line)
        cap_text = text[start:cap_end]
        lang = OTHER if is_other_language(cap_text) else identify(cap_text, default_lang)
        # a caption is words: a line left with only a number or a quote mark beside its credit is not one
        is_label = line.kind == "label" or not _LETTERS.search(cap_text)
        if is_label or lang == OTHER:
            # an image label or alt text, or a caption in another language: never a caption record
            self.close()
            self.group += 1
            self.groups_of[i] = self.group
            self.blocks.append(Block("caption", start, cap_end, cap_text, lang if lang != OTHER else OTHER,
                                     caption_group=self.group, is_label=True))
        else:
            self._caption_text(i, start, cap_end, cap_text, lang)
        if line.credit_start is not None:
            self.blocks.append(Block("credit", line.credit_start, line.end, text[line.credit_start : line.end],
                                     _credit_lang(line.credit_word, lang if lang != OTHER else default_lang),
                                     caption_group=self.group))

    def _caption_text(self, i: int, start: int, cap_end: int, cap_text: str, lang: str) -> None:
        line = self.lines[i]
        credit_line = self.credit_of.get(i)
        credit_span = line.credit or (credit_line.credit if credit_line is not None else None)
        open_caption = self.open_caption
        pair = (
            open_caption is not None
            and lang not in open_caption["texts"]
            and _looks_like_translation(next(iter(open_caption["texts"].values())), cap_text)
        )
        if not pair:
            self.close()
            self.group += 1
            self.open_caption = open_caption = {"texts": {}, "credit": None}
        assert open_caption is not None
        open_caption["texts"][lang] = cap_text
        self.groups_of[i] = self.group
        self.blocks.append(Block("caption", start, cap_end, cap_text, lang, caption_group=self.group))
        if open_caption["credit"] is None and credit_span is not None:
            open_caption["credit"] = self.text[credit_span[0] : credit_span[1]]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long paragraph at sentence ends (else at spaces) into pieces of at most MAX_BLOCK_CHARS."""
    pieces = []
    while end - start > MAX_BLOCK_CHARS:
        limit = start + MAX_BLOCK_CHARS
        window = text[start + MAX_BLOCK_CHARS // 2 : limit]
        found = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
        if found >= 0:
            cut = start + MAX_BLOCK_CHARS // 2 + found + 1
        else:
            space = window.rfind(" ")
            cut = start + MAX_BLOCK_CHARS // 2 + space if space >= 0 else limit
        s, e = _strip(text, start, cut)
        if s < e:
            pieces.append((s, e))
        start = cut
    s, e = _strip(text, start, end)
    if s < e:
        pieces.append((s, e))
    return pieces
