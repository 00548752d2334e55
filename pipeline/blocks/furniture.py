"""Page furniture: breadcrumb trails and links to other articles, which are neither title, body nor caption.

* a **breadcrumb** ("Home > Space > Policy", "Accueil / Espace / Coopération", "Home » News") is a
  line of a few short items joined by a trail separator: three items or more joined by chevrons
  (``>``, ``»``, ``›``, ``→``), or two or more after a root word ("Home", "Accueil"), ``/`` and ``|``
  then counting too;
* a **related link** is a line opened by a link cue and a separator ("Related: <headline>",
  "Lire aussi : ...", "READ MORE | ..."), or the cue alone on its line ("À lire aussi") with the
  linked headlines under it (the rest of its paragraph, else the next short line).

Such lines get the line kinds ``breadcrumb`` and ``link``; :mod:`.assemble` keeps their blocks out
of :attr:`~.model.Segmentation.blocks` (in :attr:`~.model.Segmentation.furniture`), so no later step
reads a mission or an agreement from them. The cue words are in ``cues_<lang>.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .credits import cues
from .model import Line
from .text import PROSE_END, SENTENCE_END, word_count

FURNITURE_KINDS: tuple[str, ...] = ("breadcrumb", "link")
# a linked headline (after a link cue, or under it) is at most this long; a longer line is the article's
LINKED_HEADLINE_MAX_WORDS = 25
BREADCRUMB_ITEM_MAX_WORDS = 4
_CHEVRONS = re.compile(r"[ \t]+(?:>|»|›|→|&gt;)[ \t]+")
_ANY_SEPARATOR = re.compile(r"[ \t]+(?:>|»|›|→|&gt;|/|\|)[ \t]+")


@lru_cache(maxsize=1)
def _link_cue() -> re.Pattern:
    """A link cue opening a line, with what follows it (``rest``, None when the cue stands alone)."""
    words = sorted(cues().related_links, key=len, reverse=True)
    cue = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(
        rf"[*_]{{0,3}}(?:{cue})[*_]{{0,3}}[ \t]*(?:(?:[:：|»>›→]|[-–—]{{1,2}})[*_]{{0,3}}[ \t]*(?P<rest>\S.*)?)?",
        re.IGNORECASE)


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
        if line.credit_line:
            i += 1
            continue
        body = text[line.start : line.end]
        found = cue.fullmatch(body)
        if found is not None and word_count(found.group("rest") or "") <= LINKED_HEADLINE_MAX_WORDS:
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


def _make(line: Line, kind: str) -> None:
    line.kind = kind
    line.credit_start = line.credit = line.credit_word = line.marker_end = None
