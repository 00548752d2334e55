"""Classified lines -> blocks and caption records, in line order; the blocks' languages settled.

A caption in one language followed by its translation is one caption with both texts;
consecutive captions otherwise stay separate, and a caption repeated on the page is one caption.
A paragraph longer than :data:`~.model.MAX_BLOCK_CHARS` is cut at sentence ends.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .credits import credit_lang
from .furniture import FURNITURE_KINDS
from .language import OTHER, identify, identify_certain, is_other_language, split_mixed
from .model import MAX_BLOCK_CHARS, Block, Caption, Line
from .text import EMPHASIS_TAIL, LETTERS, is_section_heading, looks_like_translation, strip, unwrap_emphasis

# "1. ", "2) ", "b. ", "3/12 ", "2/2 - ": the number of a picture in a gallery, not part of its caption
_GALLERY_NUMBER = re.compile(r"(?:(?:\d{1,3}|[a-z])[.)]|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t]+(?:[-–—][ \t]+)?(?=\S)")
# what separates a caption from its credit on some sites ("Caption text | Credit: X")
_CAPTION_TAIL = re.compile(r"[ \t]*[|•·–—-]+[ \t]*$")


def settle_languages(blocks: list[Block], title_certain: bool) -> list[Block]:
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


class Assembler:
    """Classified lines -> blocks and caption records, in line order (the state :func:`segment` carries)."""

    def __init__(self, text: str, lines: list[Line], default_lang: str) -> None:
        self.text, self.lines, self.default_lang = text, lines, default_lang
        self.blocks: list[Block] = []
        self.furniture: list[Block] = []  # breadcrumbs and related links: out of the blocks later steps read
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
        if kind in FURNITURE_KINDS:
            self.close()
            body = text[line.start : line.end]
            self.furniture.append(Block("body", line.start, line.end, body, identify(body, self.default_lang),
                                        is_label=True, furniture=kind))
            return i + 1
        if kind == "dateline":
            self.close()
            self.blocks.append(Block("dateline", line.start, line.end, text[line.start : line.end],
                                     self.default_lang))
            return i + 1
        if kind == "wire":
            self.close()
            s, e = strip(text, line.start, line.text_start or line.start)
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

    def _title(self, line: Line) -> None:
        start, end = unwrap_emphasis(self.text, line.text_start or line.start, line.end)  # "# **Title**"
        title_text = self.text[start:end]
        if is_other_language(title_text):
            lang = OTHER
        else:
            lang, self.title_certain = identify_certain(title_text, self.default_lang)
        self.blocks.append(Block("title", start, end, title_text, lang,
                                 is_duplicate_title=line.kind == "dup_title"))

    def _body(self, i: int) -> int:
        """Consecutive body lines of one paragraph are one body unit, a section heading one alone; the index after."""
        self.close()
        line, lines = self.lines[i], self.lines
        end = line.end
        j = i + 1
        # a section heading is a block of its own: its words do not run into the first sentence under it
        heading = is_section_heading(self.text[line.start : line.end])
        while (not heading and j < len(lines) and lines[j].kind == "body" and lines[j].paragraph == line.paragraph
               and not is_section_heading(self.text[lines[j].start : lines[j].end])):
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
                s, e = strip(text, piece_start + run_start, piece_start + run_end)
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
        else:  # a credit of nothing (a site's footer) is in its own words' language
            fallback = identify(text[line.start : line.end], self.default_lang)
        self.blocks.append(Block("credit", line.start, line.end, text[line.start : line.end],
                                 credit_lang(line.credit_word, fallback), caption_group=caption_group))
        open_caption = self.open_caption
        if (open_caption is not None and target is not None and self.groups_of.get(target) == self.group
                and open_caption["credit"] is None and line.credit):
            open_caption["credit"] = text[line.credit[0] : line.credit[1]]

    def _caption_span(self, line: Line) -> tuple[int, int]:
        """The caption's words: a gallery number before them and the credit after them left out."""
        text = self.text
        start = line.marker_end if line.marker_end is not None else line.start  # "[Photo] ", "Photo : "
        number = _GALLERY_NUMBER.match(text, start, line.text_end)
        if number and line.kind == "caption":
            start = number.end()
        cap_end = strip(text, start, line.text_end)[1]
        if line.credit_start is not None:
            tail = _CAPTION_TAIL.search(text, start, cap_end)
            if tail is not None and tail.start() > start:
                cap_end = tail.start()
        # Markdown emphasis around the caption's own words ("*Caption.* *(Credit: X)*")
        tail = EMPHASIS_TAIL.search(text, start, cap_end)
        if tail is not None and tail.start() > start and text[start] not in "*_":
            cap_end = tail.start()
        return unwrap_emphasis(text, start, cap_end)

    def _caption(self, i: int) -> None:
        """A caption or label line: its caption block (a new caption, or the translation of the open one)."""
        text, line, default_lang = self.text, self.lines[i], self.default_lang
        start, cap_end = self._caption_span(line)
        cap_text = text[start:cap_end]
        lang = OTHER if is_other_language(cap_text) else identify(cap_text, default_lang)
        # a caption is words: a line left with only a number or a quote mark beside its credit is not one
        is_label = line.kind == "label" or not LETTERS.search(cap_text)
        if is_label or lang == OTHER:
            # an image label or alt text, or a caption in another language: never a caption record
            self.close()
            self.group += 1
            self.groups_of[i] = self.group
            self.blocks.append(Block("caption", start, cap_end, cap_text, lang if lang != OTHER else OTHER,
                                     caption_group=self.group, is_label=True))
        else:
            self._caption_text(i, start, cap_end, cap_text, lang)
        lead_end = line.lead_credit_end
        if lead_end is not None:  # "(Photo: ISRO) The two satellites ...": the credit opens the line
            self.blocks.append(Block("credit", line.start, lead_end, text[line.start : lead_end],
                                     credit_lang(line.credit_word, lang if lang != OTHER else default_lang),
                                     caption_group=self.group))
        if line.credit_start is not None:
            self.blocks.append(Block("credit", line.credit_start, line.end, text[line.credit_start : line.end],
                                     credit_lang(line.credit_word, lang if lang != OTHER else default_lang),
                                     caption_group=self.group))

    def _caption_text(self, i: int, start: int, cap_end: int, cap_text: str, lang: str) -> None:
        line = self.lines[i]
        credit_line = self.credit_of.get(i)
        credit_span = line.credit or (credit_line.credit if credit_line is not None else None)
        open_caption = self.open_caption
        pair = (
            open_caption is not None
            and lang not in open_caption["texts"]
            and looks_like_translation(next(iter(open_caption["texts"].values())), cap_text)
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
        s, e = strip(text, start, cut)
        if s < e:
            pieces.append((s, e))
        start = cut
    s, e = strip(text, start, end)
    if s < e:
        pieces.append((s, e))
    return pieces
