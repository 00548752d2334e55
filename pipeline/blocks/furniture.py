"""Page furniture: breadcrumb trails and links to other articles, which are neither title, body nor caption.

* a **breadcrumb** ("Home > Space > Policy", "Accueil / Espace / Coopération", "Home » News") is a
  line of a few short items joined by a trail separator: three items or more joined by chevrons
  (``>``, ``»``, ``›``, ``→``), or two or more after a root word ("Home", "Accueil"), ``/`` and ``|``
  then counting too;
* a **related link** is a line opened by a link cue and a separator ("Related: <headline>",
  "Lire aussi : ...", "READ MORE | ..."), or the cue alone on its line ("À lire aussi") with the
  linked headlines under it (the rest of its paragraph, else the next short line).

* a **tag list** is a line opened by a tag cue and a colon listing the page's tags ("Tags: ISRO, ESA,
  Gaganyaan", "Mots-clés : Vega, ESA"): items, no sentence;
* a **table of contents** is a contents heading alone on its line ("In this issue", "Au sommaire de ce
  numéro") and the short item lines under it (the rest of its paragraph, else the next paragraph's lines):
  they repeat the section headings of a newsletter, which the body prints again.

A question heading of a FAQ page or an interview ("When did Hera launch?") is not furniture: the answer
under it reads its subject through it ("It lifted off on 7 October 2024"), and a section heading may
give the year the section's dates lack ("Et en 2024 ?").

Such lines get the line kinds ``breadcrumb``, ``link``, ``tags`` and ``contents``;
:mod:`.assemble` keeps their blocks out of :attr:`~.model.Segmentation.blocks` (in
:attr:`~.model.Segmentation.furniture`), so no later step reads a mission or an agreement from them.
The cue words are in ``cues_<lang>.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..identity import longest_first
from .credits import cues
from .model import Line
from .text import LETTERS, PROSE_END, SENTENCE_END, word_count

FURNITURE_KINDS: tuple[str, ...] = ("breadcrumb", "link", "tags", "contents", "front_matter", "running")
# a tag is a short item: a line of longer items is prose
TAG_MAX_WORDS = 5
# a linked headline (after a link cue, or under it) is at most this long; a longer line is the article's
LINKED_HEADLINE_MAX_WORDS = 25
BREADCRUMB_ITEM_MAX_WORDS = 4
_CHEVRONS = re.compile(r"[ \t]+(?:>|»|›|→|&gt;)[ \t]+")
_ANY_SEPARATOR = re.compile(r"[ \t]+(?:>|»|›|→|&gt;|/|\|)[ \t]+")


@lru_cache(maxsize=1)
def _link_cue() -> re.Pattern:
    """A link cue opening a line, with what follows it (``rest``, None when the cue stands alone)."""
    words = sorted(cues().related_links, key=longest_first)
    cue = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(
        rf"[*_]{{0,3}}(?:{cue})[*_]{{0,3}}[ \t]*(?:(?:[:：|»>›→]|[-–—]{{1,2}})[*_]{{0,3}}[ \t]*(?P<rest>\S.*)?)?",
        re.IGNORECASE)


def _cue_pattern(words: frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=longest_first))


@lru_cache(maxsize=1)
def _tag_cue() -> re.Pattern:
    """A tag cue and its colon opening a line ("Tags: ", "Mots-clés : "), the tags in ``rest``."""
    return re.compile(rf"[*_]{{0,3}}(?:{_cue_pattern(cues().tag_lists)})[*_]{{0,3}}[ \t]*[:：][*_]{{0,3}}[ \t]*"
                      r"(?P<rest>\S.*)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _contents_cue() -> re.Pattern:
    """A table-of-contents heading alone on its line ("In this issue", "Au sommaire de ce numéro :")."""
    return re.compile(rf"[#*_ \t]{{0,6}}(?:{_cue_pattern(cues().contents_headings)})[*_]{{0,3}}[ \t]*[:：]?[*_]{{0,3}}",
                      re.IGNORECASE)


_TAG_SEPARATOR = re.compile(r"[ \t]*[,;|•·][ \t]*")


def is_tag_list(line_text: str) -> bool:
    """True for "Tags: A, B, C": a tag cue, a colon, and short items with no sentence end."""
    found = _tag_cue().fullmatch(line_text.strip())
    if found is None:
        return False
    rest = found.group("rest").strip()
    items = [i for i in _TAG_SEPARATOR.split(rest) if i]
    return bool(items) and not PROSE_END.search(rest) and all(word_count(i) <= TAG_MAX_WORDS for i in items)


def is_breadcrumb(line_text: str) -> bool:
    """True for a breadcrumb trail: two or more short items joined by a trail separator, no sentence end."""
    text = line_text.strip()
    if SENTENCE_END.search(text) and not text.endswith(("»", ")")):
        return False
    chevrons = _CHEVRONS.split(text)
    items = chevrons if len(chevrons) >= 2 else _ANY_SEPARATOR.split(text)
    if len(items) < 2 or not all(0 < word_count(i) <= BREADCRUMB_ITEM_MAX_WORDS for i in items[:-1]):
        return False
    rooted = " ".join(items[0].lower().split()) in cues().breadcrumb_roots
    # the last item may be the page's own headline ("Home > News > 2023 > Germany signs the Accords") when the
    # trail is plainly one: a root word, or three section names before it
    last_max = LINKED_HEADLINE_MAX_WORDS if rooted or len(chevrons) >= 4 else BREADCRUMB_ITEM_MAX_WORDS
    if not 0 < word_count(items[-1]) <= last_max:
        return False
    return rooted or len(chevrons) >= 3


def mark_furniture(text: str, lines: list[Line]) -> None:
    """Mark breadcrumb and related-link lines (``Line.kind``); their credits are dropped, they credit nothing."""
    cue = _link_cue()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.credit_line or line.kind in FURNITURE_KINDS:
            i += 1
            continue
        body = text[line.start : line.end]
        found = cue.fullmatch(body)
        if is_tag_list(body):
            _make(line, "tags")
        elif _contents_cue().fullmatch(body) is not None:
            _make(line, "contents")
            i = _mark_contents_items(text, lines, i)
            continue
        elif found is not None and word_count(found.group("rest") or "") <= LINKED_HEADLINE_MAX_WORDS:
            _make(line, "link")
            if found.group("rest") is None:
                i = _mark_linked_headlines(text, lines, i)
                continue
        elif is_breadcrumb(body):
            _make(line, "breadcrumb")
        i += 1


def _mark_linked_headlines(text: str, lines: list[Line], i: int) -> int:
    """The headlines under a cue standing alone: the rest of its paragraph, else the next short line.

    Returns the index of the first line after them.
    """
    cue_line = lines[i]
    j = i + 1
    same = [k for k in range(j, len(lines)) if lines[k].paragraph == cue_line.paragraph]
    if same:
        for k in same:
            if lines[k].credit_line or word_count(text[lines[k].start : lines[k].end]) > LINKED_HEADLINE_MAX_WORDS:
                return k
            _make(lines[k], "link")
        return same[-1] + 1
    if j < len(lines) and not lines[j].credit_line:
        headline = text[lines[j].start : lines[j].end]
        if word_count(headline) <= LINKED_HEADLINE_MAX_WORDS and not (
                PROSE_END.search(headline) and headline.rstrip().endswith(".")):
            _make(lines[j], "link")
            return j + 1
    return j


def _mark_contents_items(text: str, lines: list[Line], i: int) -> int:
    """The items under a contents heading: the rest of its paragraph, else the lines of the next paragraph.

    Every item is a short line with no sentence end; the first line that is not ends the contents.
    Returns the index of the first line after them.
    """
    def item(k: int) -> bool:
        body = text[lines[k].start : lines[k].end]
        return (not lines[k].credit_line and word_count(body) <= LINKED_HEADLINE_MAX_WORDS
                and not (PROSE_END.search(body) and body.rstrip().endswith(".")))

    j = i + 1
    if j < len(lines) and lines[j].paragraph != lines[i].paragraph:
        paragraph = lines[j].paragraph
        members = [k for k in range(j, len(lines)) if lines[k].paragraph == paragraph]
        if len(members) < 2:  # one line after a blank line: no list of contents
            return j
    else:
        paragraph = lines[i].paragraph
    while j < len(lines) and lines[j].paragraph == paragraph and item(j):
        _make(lines[j], "contents")
        j += 1
    return j


def _make(line: Line, kind: str) -> None:
    line.kind = kind
    line.credit_start = line.credit = line.credit_word = line.marker_end = line.lead_credit_end = None


# ---- YAML front matter of a Markdown file ------------------------------------------------------
_FENCE = re.compile(r"[ \t]*---[ \t]*")
_FENCE_END = re.compile(r"[ \t]*(?:---|\.\.\.)[ \t]*")
# "key: value", a list item "- x" or an indented continuation: what a front matter's lines look like
_YAML_LINE = re.compile(r"[A-Za-z_][\w -]{0,40}:(?:[ \t].*)?|[ \t]*-[ \t].*|[ \t]+\S.*")
_YAML_KEY = re.compile(r"(?P<key>[A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*")
FRONT_MATTER_MAX_LINES = 60


def _front_matter_end(text: str, lines: list[Line]) -> int | None:
    """The index of the closing fence of the front matter opening ``lines``, or None when there is none."""
    if not lines or text[: lines[0].start].strip() or not _FENCE.fullmatch(text, lines[0].start, lines[0].end):
        return None
    for k in range(1, min(len(lines), FRONT_MATTER_MAX_LINES + 1)):
        line = lines[k]
        if _FENCE_END.fullmatch(text, line.start, line.end):
            return k if k > 1 else None
        if not _YAML_LINE.fullmatch(text, line.start, line.end):
            return None
    return None


def mark_front_matter(text: str, lines: list[Line]) -> None:
    """The YAML front matter of a Markdown file ("---", "title: ...", "date: ...", "---" at the top) is furniture.

    Its ``title:`` value (inside its quotes) is the title line and its ``date:`` line a date line; every other
    line, the fences included, gets the kind ``front_matter`` and stays out of the body. Only a text whose first
    non-blank line is ``---`` and whose closing fence (``---`` or ``...``) comes within
    ``FRONT_MATTER_MAX_LINES`` lines, each of them a YAML line, has one: a rule "---" inside an article has none.
    """
    close = _front_matter_end(text, lines)
    if close is None:
        return
    for k in range(close + 1):
        line = lines[k]
        key = _YAML_KEY.match(text, line.start, line.end) if 0 < k < close else None
        name = key.group("key").lower() if key is not None else ""
        _make(line, "front_matter")
        line.credit_line, line.attached = False, None
        if name == "title" and key is not None and key.end() < line.end:
            start, end = key.end(), line.end
            if end - start >= 2 and text[start] in "\"'" and text[end - 1] == text[start]:
                start, end = start + 1, end - 1
            if start < end:
                line.kind, line.text_start, line.end = "title", start, end
        elif name == "date" and key is not None and key.end() < line.end:
            line.kind = "dateline"
    for line in lines:  # a credit line of the front matter credits nothing
        if line.attached is not None and line.attached <= close:
            line.attached = None


# ---- running headers and footers of a PDF dump ---------------------------------------------------------------
RUNNING_MAX_WORDS = 12  # a running header (the title, a report's name) is short
_BARE_NUMBER = re.compile(r"[ \t]*\d{1,3}[ \t]*")
_PAGE_PART_SEPARATOR = re.compile(r"[ \t]+[|•·][ \t]+")


@lru_cache(maxsize=1)
def _page_number() -> re.Pattern:
    """A page number on its own: "Page 2", "p. 2", "Page 2 of 5", "page 2 sur 5", "- 2 -", "2 / 5".

    Or a newspaper's jump line, in brackets or not: "Continued on page 4", "(Suite page 4)".
    """
    word = _cue_pattern(cues().page_words)
    count = _cue_pattern(cues().page_count_words)
    jump = _cue_pattern(cues().page_jump_words)
    number = r"\d{1,4}"
    return re.compile(
        rf"(?:[(\[][ \t]*(?:{jump})[ \t]+(?:{word})\.?[ \t]*{number}[ \t]*[)\]]"
        rf"|(?:(?:{jump})[ \t]+)?(?:{word})\.?[ \t]*{number}(?:[ \t]*(?:{count})[ \t]*{number})?"
        rf"|[-–—][ \t]*{number}[ \t]*[-–—]|{number}[ \t]*(?:/|{count})[ \t]*{number})",
        re.IGNORECASE)


def _is_page_number(body: str) -> bool:
    """A page-number line, alone or beside a running title ("Annual report 2023 | Page 4")."""
    parts = _PAGE_PART_SEPARATOR.split(body.strip())
    if len(parts) > 3 or word_count(body) > RUNNING_MAX_WORDS:
        return False
    return any(_page_number().fullmatch(part) is not None for part in parts) and not any(
        PROSE_END.search(part) for part in parts)


def mark_running(text: str, lines: list[Line]) -> None:
    """Mark a PDF's running headers and footers (``Line.kind`` ``running``): page furniture, and a page break.

    A page number ("Page 2", "- 2 -", "2 / 5"), bare numbers when two or more lines are only one, the title printed
    again below the header, and a short line that is no sentence printed twice or more (a report's name at the top of
    each page). Their blocks go to the furniture, and the body paragraph stops at them; a sentence the page break
    cut is joined again for the rules by :func:`page_break_joins`.
    """
    def candidate(line: Line) -> bool:
        return line.kind == "body" and not line.credit_line and line.credit_start is None and line.marker_end is None

    def key(line: Line) -> str:
        return " ".join(text[line.text_start or line.start : line.end].split()).lower()

    bare = [line for line in lines if candidate(line) and _BARE_NUMBER.fullmatch(text, line.start, line.end)]
    counts: dict[str, int] = {}
    for line in lines:
        if candidate(line) or line.kind in ("title", "dup_title"):
            counts[key(line)] = counts.get(key(line), 0) + 1
    titles = {key(line) for line in lines if line.kind == "title"}
    for line in lines:
        if not candidate(line):
            continue
        body = text[line.start : line.end]
        if _is_page_number(body) or (len(bare) >= 2 and line in bare):
            _make(line, "running")
            continue
        own = key(line)
        if (own in titles or counts.get(own, 0) >= 2) and word_count(own) <= RUNNING_MAX_WORDS \
                and LETTERS.search(own) and not SENTENCE_END.search(own):
            _make(line, "running")



# ---- a sentence cut by a page break ---------------------------------------------------------------------------
_LAST_WORD = re.compile(r"[^\W\d_]+['’]?$")
_BROKEN_WORD = re.compile(r"[^\W\d_]-$")
# a hard-wrapped text: at least WRAP_MIN_LINES line ends inside paragraphs, WRAP_SHARE of them on lines at least
# WRAP_BAND of the longest such line, which is WRAP_MIN_WIDTH to WRAP_MAX_WIDTH characters (72 or 80 columns)
WRAP_MIN_LINES = 3
WRAP_LOWER_SHARE = 0.5  # and at least this share of them before a line opening in lower case
WRAP_SHARE = 0.8
WRAP_BAND = 0.75
WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 40, 110


def page_break_joins(text: str, lines: list[Line]) -> list[tuple[int, int, str]]:
    r"""Where a page break or a line end cuts a sentence: ``(start, end, " ")`` spans that join its two lines.

    A PDF dump prints the page number or running header wherever the page ended, often inside a sentence ("signed
    an agreement with the / Page 2 / German Aerospace Center"), and a PDF dump, a plain-text release or a Markdown
    source breaks its lines inside sentences too (hard wraps). Read with the break in it, the sentence loses its
    second party: the parser and the rules see two pieces. The break is inside a sentence when the line before it
    does not end a sentence (no final period, question or exclamation mark, no colon) and either the line after it
    opens in lower case, or the line before ends on a comma or on a word no sentence ends on (``unfinished_words``
    of the cue files: "the", "with", "l'") and the line after opens with a word (not a list's dash). Lines are
    joined across running lines (any blank lines around them), a form feed, or a single line end inside a
    paragraph; never across a blank line alone (a paragraph's end). A break after a finished sentence, or before a
    capital after a noun ("... Agency / Page 2 / NASA officials"), is left as it is. A word broken by a hyphen at
    the line end ("Explora-" / "tion") keeps one line end, for :class:`spacerec.ingest.NormalisedText` to join it.
    In a text wrapped at a fixed width (:func:`wrap_width`), every line end inside a paragraph after a line of about
    that width is a wrap, whatever the words around it ("the Japan Aerospace" / "Exploration Agency").
    """
    unfinished = cues().unfinished_words
    width = wrap_width(text, lines)
    joins: list[tuple[int, int, str]] = []
    for i in range(1, len(lines)):
        after = lines[i]
        if after.kind != "body" or after.credit_line or after.marker_end is not None:
            continue
        k = i - 1
        while k >= 0 and lines[k].kind == "running":
            k -= 1
        before = lines[k] if k >= 0 else None
        if before is None or before.kind != "body" or before.credit_line or before.credit_start is not None:
            continue
        if k == i - 1 and before.paragraph != after.paragraph and "\f" not in text[before.end : after.start]:
            continue  # a blank line: the paragraph ended
        end = text[before.start : before.end].rstrip()
        opening = text[after.start]
        wrapped = (width is not None and k == i - 1 and before.paragraph == after.paragraph
                   and len(end) >= WRAP_BAND * width and (opening.isalnum() or opening in "«“\"'("))
        if not end or (not wrapped and (PROSE_END.search(end) or end.endswith(":"))):
            continue
        word = _LAST_WORD.search(end)
        last = word.group(0).replace("’", "'").lower() if word is not None else ""
        goes_on = end.endswith(",") or last in unfinished
        if not (wrapped or opening.islower() or (goes_on and (opening.isalnum() or opening in "«“\"'("))):
            continue
        if _BROKEN_WORD.search(end):  # "Explora-" / "tion": a line end is kept for the broken word's own join
            if k < i - 1 or "\f" in text[before.end : after.start]:
                joins.append((before.start + len(end), after.start, "\n"))
            continue
        joins.append((before.start + len(end), after.start, " "))
    return joins


def wrap_width(text: str, lines: list[Line]) -> int | None:
    """The width a hard-wrapped text breaks its lines at, or None when its lines are not wrapped.

    A plain-text release, an e-mail or a Markdown source wraps its paragraphs at a fixed width (72, 80 columns):
    nearly every line that another line of its paragraph follows is then close to one length, and most of the lines
    after them open in lower case (a wrap falls before any word). Lines of lists, addresses and signers' blocks are
    of every length and open with a name; one-line paragraphs give no line of the kind.
    """
    pairs = [(line, next_line) for line, next_line in zip(lines, lines[1:], strict=False)
             if line.kind == next_line.kind == "body" and line.paragraph == next_line.paragraph]
    if len(pairs) < WRAP_MIN_LINES:
        return None
    # a wrap falls between any two words, mostly before one in lower case; a list's next item opens with a name
    if sum(text[next_line.start].islower() for _, next_line in pairs) < WRAP_LOWER_SHARE * len(pairs):
        return None
    inner = [len(text[line.start : line.end].rstrip()) for line, _ in pairs]
    width = max(inner)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    return width if sum(n >= WRAP_BAND * width for n in inner) >= WRAP_SHARE * len(inner) else None
