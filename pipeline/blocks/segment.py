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
* **page furniture**, a breadcrumb trail ("Home > Space > Policy"), a link to another article
  ("Related: <headline>", "Lire aussi : ..."), a tag list ("Tags: ..."), or a newsletter's table of
  contents, or the YAML front matter of a Markdown file (whose ``title:`` is the title and ``date:`` line the date
  line), or a PDF's running header or footer (a page number, the title or a short line printed again on each
  page), is never the title nor a caption: its blocks are kept
  in ``Segmentation.furniture``, out of ``blocks``, so nothing is extracted from them;
* an **image label** ("Space Image", "CNSA x Thailand") or an alt-text line (a keyword list,
  or a line repeating the caption's opening) is a caption block marked ``is_label``: it is
  never a caption and never glued to one.

Cue words (credit words, page labels, byline words) are per-language data files
(``cues_<lang>.json``) validated against ``cues.schema.json`` when loaded.

The steps, each its own module: :mod:`.credits` reads the lines and locates credits,
:mod:`.header` marks page labels, the title and date lines, :mod:`.captions` decides captions and
labels, :mod:`.assemble` turns the classified lines into blocks and caption records; :mod:`.model`
holds the data model and :mod:`.text` the shape tests they share.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from copy import copy
from dataclasses import replace

from .assemble import Assembler, settle_languages
from .captions import classify_captions
from .credits import Cues, cues, read_lines
from .furniture import mark_front_matter, mark_furniture, mark_running, page_break_joins
from .header import is_date_line, mark_header
from .model import BLOCK_KINDS, MAX_BLOCK_CHARS, Block, Caption, Line, Segmentation

__all__ = ["BLOCK_KINDS", "MAX_BLOCK_CHARS", "Block", "Caption", "Cues", "Segmentation", "cues", "is_date_line",
           "page_break_edits", "segment", "shared_page_lines"]


# the page lines of the texts read in a shared_page_lines() block, by text (see _page_lines)
_SHARED: ContextVar[dict[str, list[Line]] | None] = ContextVar("spacerec_page_lines", default=None)


@contextmanager
def shared_page_lines() -> Iterator[None]:
    """Within the block, a text's page lines are read once for :func:`page_break_edits` and :func:`segment`.

    The view of a text with no page break to join is the text :func:`page_break_edits` read, which :func:`segment`
    reads again: a batch of documents (:meth:`spacerec.extractor.Extractor.extract_many`) reads each text's lines
    once. What the block kept goes with it (per context: threads do not share it).
    """
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def _page_lines(text: str) -> list[Line]:
    """The lines of ``text`` with their page shape marked: front matter, furniture, title and date lines, running.

    The lines are the caller's to change. Inside :func:`shared_page_lines`, the first reading of a text keeps
    copies of them, which the second reading takes.
    """
    shared = _SHARED.get()
    if shared is not None and text in shared:
        return shared.pop(text)
    lines = read_lines(text)
    mark_front_matter(text, lines)
    mark_furniture(text, lines)
    mark_header(text, lines)
    mark_running(text, lines)
    if shared is not None:
        shared[text] = [copy(line) for line in lines]
    return lines


def page_break_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits that join the sentences a PDF's page break cut (see :func:`.furniture.page_break_joins`).

    For :class:`spacerec.ingest.NormalisedText`: the rules read the joined text, evidence maps back to ``text``.
    """
    return page_break_joins(text, _page_lines(text))


def segment(text: str, default_lang: str = "en") -> Segmentation:
    """Split a document into blocks and captions.

    ``default_lang`` decides a block that carries no evidence of either language.
    """
    lines = _page_lines(text)
    classify_captions(text, lines, default_lang)
    assembler = Assembler(text, lines, default_lang)
    assembler.run()
    blocks = settle_languages(assembler.blocks, assembler.title_certain)
    blocks = [replace(b, index=n) for n, b in enumerate(sorted(blocks, key=lambda b: (b.start, b.end)))]
    title_block = next((b for b in blocks if b.kind == "title" and not b.is_duplicate_title), None)
    dateline_block = next((b for b in blocks if b.kind == "dateline"), None)
    return Segmentation(blocks=blocks, captions=assembler.captions, title=title_block, dateline=dateline_block,
                        furniture=assembler.furniture)
