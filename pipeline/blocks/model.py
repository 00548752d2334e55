"""The segmenter's data model: blocks, captions, the segmentation, and the lines it reads.

A :class:`Block` is a span of the document text (``start``/``end`` in document characters) with
its kind and language; :class:`Segmentation` is what :func:`spacerec.blocks.segment` returns.
:class:`Line` is the working state of one line while the page is read (not part of the result).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .language import OTHER

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
    an image label, an alt-text line or a page label, which are never captions. A furniture block
    (``furniture`` "breadcrumb", "link", "tags", "contents", "front_matter" or "running", ``is_label`` set) is
    only ever in :attr:`Segmentation.furniture`, never in :attr:`Segmentation.blocks`.
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
    furniture: str | None = None  # a furniture line kind (furniture.FURNITURE_KINDS): kept out of Segmentation.blocks

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
    # page furniture (breadcrumbs, related links, tag lists, contents): blocks no later step reads
    furniture: list[Block] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        """The document's languages (ISO 639-1 codes, sorted), credits counted only when nothing else has one."""
        langs = {b.lang for b in self.blocks if b.kind != "credit"} or {b.lang for b in self.blocks}
        return sorted(langs - {OTHER})


@dataclass
class Line:
    """One non-blank line, what it carries, and what it was classified as."""

    start: int
    end: int
    paragraph: int
    credit_line: bool = False
    credit: tuple[int, int] | None = None  # span of the credit value (own line or at the line's end)
    credit_start: int | None = None  # where an inline credit (its word or bracket included) starts
    credit_word: str | None = None
    kind: str = "body"  # title, dup_title, page_label, dateline, body, caption, label, credit, breadcrumb, link
    attached: int | None = None  # for a credit line: the line it credits
    text_start: int | None = None  # a caption's text start (after a gallery number)
    marker_end: int | None = None  # where a caption marker opening the line ("[Photo] ", "Photo : ") ends
    lead_credit_end: int | None = None  # where a bracketed credit opening the line ("(Photo: ISRO) ") ends

    @property
    def text_end(self) -> int:
        """Where the line's own words end: before its inline credit, else at the line's end."""
        return self.credit_start if self.credit_start is not None else self.end
