"""Text to blocks: title, body paragraphs, photo captions and credit lines, each with its language.

Every block keeps its ``start``/``end`` in the document text, so everything found inside a
block maps back to the original characters. Captions are recognised by their credit line
(inline or on the next line) or by being the translation that follows a caption; a French
caption followed by its English translation is paired into one caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..records import Caption
from .language import OTHER, identify, is_other_language, split_mixed

# "Crédit : X", "Credits: X", "Image credit: X", "Photo : X", "Crédit photo : X", "© X"
_CREDIT_WORD = (
    r"(?:(?:image|photo|illustration)\s+)?(?:cr[ée]dits?|credits?)(?:\s+(?:photo|image|photos))?"
    r"|photos?|illustration|source|image"
)
CREDIT_LINE = re.compile(
    rf"[ \t]*(?:(?P<word>{_CREDIT_WORD})[ \t]*:[ \t]*|©[ \t]*)(?P<credit>\S[^\n]{{0,200}}?)[ \t]*$",
    re.IGNORECASE,
)
INLINE_CREDIT = re.compile(
    rf"(?P<sep>[ \t]+|(?<=[.!?…)»\"”]))(?:(?P<word>{_CREDIT_WORD})[ \t]*:[ \t]*|©[ \t]*)"
    rf"(?P<credit>[^\s:][^:\n]{{0,120}}?)[ \t]*$",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”»)]\s*$")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_DATELINE = re.compile(
    r"^\s*(?:(?:published|publié|updated|mis à jour)(?:\s+(?:on|le))?\s*:?\s*)?"
    r"(?:[A-ZÉ][\w.'’ -]{1,30}(?:,|\s[-—–]|\s\()\s*)?(?:(?:le|the|on)\s+)?(?:[a-zé]+\.?\s+)?"
    r"(?:\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*(?:à|at|,|-|—)?\s*\d{1,2}\s*[h:.]\s*\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|UTC|GMT|TU|ET|EDT|EST|CET|CEST))?)?"
    r"\s*(?:\)|[-—–]\s*)?$",
    re.IGNORECASE,
)

LABEL_MAX_WORDS = 4
# a block longer than this (a dump on one line) is cut into pieces at sentence ends, so that no
# rule, regex or spaCy doc ever sees more than this many characters at once
MAX_BLOCK_CHARS = 20_000


@dataclass(frozen=True)
class Block:
    """A span of the document text with its kind and language.

    ``caption_group`` ties the blocks of one caption (both languages and their credits)
    together; ``is_label`` marks an image label ("Space Image"), which is not a caption.
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
    is_dateline: bool = False


@dataclass
class Segmentation:
    """The blocks of one document and the captions they form."""

    blocks: list[Block]
    captions: list[Caption] = field(default_factory=list)
    title: Block | None = None
    dateline: Block | None = None

    @property
    def languages(self) -> list[str]:
        langs = {b.lang for b in self.blocks if b.kind != "credit"} or {b.lang for b in self.blocks}
        return sorted(langs - {OTHER})


@dataclass
class _Unit:
    """A run of non-blank lines before classification (one paragraph, or one credit line)."""

    start: int
    end: int
    credit_line: bool = False
    inline_credit: tuple[int, int] | None = None  # span of the credit value
    credit_start: int | None = None  # where the credit (word included) starts
    paragraph: int = 0


def _lines(text: str) -> list[tuple[int, int]]:
    """Line spans without their line end (handles \\n, \\r\\n and \\r)."""
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


def _credit_value_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    match = CREDIT_LINE.fullmatch(text, start, end)
    if not match:
        return None
    return _strip(text, match.start("credit"), match.end("credit"))


def _units(text: str) -> list[_Unit]:
    """Paragraphs split at blank lines and at credit lines, with inline credits located."""
    units: list[_Unit] = []
    current: _Unit | None = None
    paragraph = 0
    for line_start, line_end in _lines(text):
        start, end = _strip(text, line_start, line_end)
        if start == end:
            if current is not None:
                units.append(current)
                current = None
            paragraph += 1
            continue
        value = _credit_value_span(text, start, end)
        if value is not None and (end - start) < 200:
            if current is not None:
                units.append(current)
                current = None
            units.append(_Unit(start, end, credit_line=True, inline_credit=value, paragraph=paragraph))
            continue
        if current is None:
            current = _Unit(start, end, paragraph=paragraph)
        else:
            current.end = end
    if current is not None:
        units.append(current)
    for unit in units:
        if unit.credit_line:
            continue
        window_start = max(unit.start, unit.end - 200)
        match = INLINE_CREDIT.search(text, window_start, unit.end)
        if match and match.end() == unit.end and match.start() > unit.start:
            unit.credit_start = match.start() + len(match.group("sep"))
            unit.inline_credit = _strip(text, match.start("credit"), match.end("credit"))
    return units


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


def _credit_lang(text: str, word: str | None, fallback: str) -> str:
    if word:
        lowered = word.lower()
        if "é" in lowered or lowered.startswith(("crédit", "photo :")):
            return "fr"
        if "credit" in lowered:
            return "en"
    return fallback


def segment(text: str, default_lang: str = "en") -> Segmentation:
    """Split a document into blocks and captions.

    ``default_lang`` decides a block that carries no evidence of either language.
    """
    units = _units(text)
    blocks: list[Block] = []
    captions: list[Caption] = []
    title_block: Block | None = None
    dateline_block: Block | None = None

    # Title: the first unit's first line (markdown heading marks excluded); a repeat is the same title.
    first_text_index = next((i for i, u in enumerate(units) if not u.credit_line), None)
    consumed: set[int] = set()
    if first_text_index is not None:
        unit = units[first_text_index]
        line_end = text.find("\n", unit.start, unit.end)
        t_end = unit.end if line_end < 0 else _strip(text, unit.start, line_end)[1]
        heading = _MD_HEADING.match(text, unit.start, t_end)
        t_start = heading.end() if heading else unit.start
        title_text = text[t_start:t_end]
        title_lang = OTHER if is_other_language(title_text) else identify(title_text, default_lang)
        title_block = Block("title", t_start, t_end, title_text, title_lang)
        blocks.append(title_block)
        rest = _strip(text, t_end, unit.end)
        if rest[0] < rest[1]:
            units[first_text_index] = _Unit(rest[0], rest[1], paragraph=unit.paragraph,
                                            inline_credit=unit.inline_credit, credit_start=unit.credit_start)
        else:
            consumed.add(first_text_index)
        # a title repeated at the top (scraped pages often print it twice)
        for j in range(first_text_index, min(first_text_index + 3, len(units))):
            if j in consumed or units[j].credit_line:
                continue
            s, e = units[j].start, units[j].end
            cand_start = _MD_HEADING.match(text, s, e).end() if _MD_HEADING.match(text, s, e) else s
            if " ".join(text[cand_start:e].split()).lower() == " ".join(title_text.split()).lower():
                blocks.append(Block("title", cand_start, e, text[cand_start:e], title_lang, is_duplicate_title=True))
                consumed.add(j)
            break

    # Classify the remaining units: caption (has a credit, or is the translation of one) or body.
    remaining = [i for i in range(len(units)) if i not in consumed]
    kinds: dict[int, str] = {}
    for pos, i in enumerate(remaining):
        unit = units[i]
        if unit.credit_line:
            kinds[i] = "credit"
            continue
        nxt = units[remaining[pos + 1]] if pos + 1 < len(remaining) else None
        followed_by_credit = nxt is not None and nxt.credit_line
        if unit.inline_credit or followed_by_credit:
            kinds[i] = "caption"
    # translations: a unit right after a caption (and its credit), in the other language
    for pos, i in enumerate(remaining):
        if i in kinds:
            continue
        prev_pos = pos - 1
        while prev_pos >= 0 and kinds.get(remaining[prev_pos]) == "credit":
            prev_pos -= 1
        if prev_pos < 0 or kinds.get(remaining[prev_pos]) != "caption":
            continue
        prev = units[remaining[prev_pos]]
        prev_text = text[prev.start : prev.credit_start or prev.end]
        cur_text = text[units[i].start : units[i].end]
        if _word_count(cur_text) <= 80 and _looks_like_translation(prev_text, cur_text):
            if identify(prev_text, default_lang) != identify(cur_text, default_lang):
                kinds[i] = "caption"

    # dateline: a short line near the top that is only a date (with an optional place)
    body_seen = 0
    group = -1
    open_caption: dict | None = None  # {"lang": text} being paired
    last_caption_lang: str | None = None
    for i in remaining:
        unit = units[i]
        kind = kinds.get(i, "body")
        if kind == "credit":
            value_start, value_end = unit.inline_credit  # type: ignore[misc]
            word_match = CREDIT_LINE.fullmatch(text, unit.start, unit.end)
            word = word_match.group("word") if word_match else None
            lang = _credit_lang(text, word, last_caption_lang or default_lang)
            is_caption_credit = open_caption is not None
            blocks.append(Block("credit", unit.start, unit.end, text[unit.start : unit.end], lang,
                                caption_group=group if is_caption_credit else None))
            if open_caption is not None and open_caption["credit"] is None:
                open_caption["credit"] = text[value_start:value_end]
            continue
        if kind == "caption":
            cap_end = _strip(text, unit.start, unit.credit_start)[1] if unit.credit_start else unit.end
            cap_text = text[unit.start : cap_end]
            lang = OTHER if is_other_language(cap_text) else identify(cap_text, default_lang)
            is_label = _word_count(cap_text) <= LABEL_MAX_WORDS and not _SENTENCE_END.search(cap_text)
            pair_with_open = (
                open_caption is not None
                and not is_label
                and lang not in open_caption["texts"]
                and not open_caption["label"]
                and _looks_like_translation(next(iter(open_caption["texts"].values())), cap_text)
            )
            if not pair_with_open:
                if open_caption is not None and not open_caption["label"]:
                    captions.append(_caption(open_caption))
                group += 1
                open_caption = {"texts": {}, "credit": None, "label": is_label}
            assert open_caption is not None
            open_caption["texts"][lang] = cap_text
            blocks.append(Block("caption", unit.start, cap_end, cap_text, lang, caption_group=group, is_label=is_label))
            if unit.inline_credit:
                c_start, c_end = unit.credit_start, unit.end  # type: ignore[assignment]
                word_match = INLINE_CREDIT.search(text, c_start - 1 if c_start else unit.start, unit.end)
                word = word_match.group("word") if word_match else None
                blocks.append(Block("credit", c_start, c_end, text[c_start:c_end],
                                    _credit_lang(text, word, lang), caption_group=group))
                if open_caption["credit"] is None:
                    open_caption["credit"] = text[unit.inline_credit[0] : unit.inline_credit[1]]
            last_caption_lang = lang
            continue
        # body
        if open_caption is not None:
            if not open_caption["label"]:
                captions.append(_caption(open_caption))
            open_caption = None
        body_text = text[unit.start : unit.end]
        if body_seen == 0 and dateline_block is None and _DATELINE.match(body_text) and len(body_text) < 80:
            dateline_block = Block("body", unit.start, unit.end, body_text, identify(body_text, default_lang),
                                   is_dateline=True)
            blocks.append(dateline_block)
            continue
        body_seen += 1
        for piece_start, piece_end in _pieces(text, unit.start, unit.end):
            piece = text[piece_start:piece_end]
            if is_other_language(piece):
                blocks.append(Block("body", piece_start, piece_end, piece, OTHER))
                continue
            for run_start, run_end, lang in split_mixed(piece):
                s, e = _strip(text, piece_start + run_start, piece_start + run_end)
                if s < e:
                    blocks.append(Block("body", s, e, text[s:e], lang))
    if open_caption is not None and not open_caption["label"]:
        captions.append(_caption(open_caption))

    # a dateline ("Washington, 8 juin 2022") is mostly a name: it takes the language of the body
    body_langs = [b.lang for b in blocks if b.kind == "body" and not b.is_dateline]
    if body_langs:
        majority = max(sorted(set(body_langs)), key=body_langs.count)
        blocks = [replace(b, lang=majority) if b.is_dateline else b for b in blocks]
    blocks = [replace(b, index=n) for n, b in enumerate(sorted(blocks, key=lambda b: (b.start, b.end)))]
    title_block = next((b for b in blocks if b.kind == "title" and not b.is_duplicate_title), None)
    dateline_block = next((b for b in blocks if b.is_dateline), None)
    return Segmentation(blocks=blocks, captions=captions, title=title_block, dateline=dateline_block)


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


def _caption(open_caption: dict) -> Caption:
    texts = open_caption["texts"]
    return Caption(texts={"fr": texts.get("fr"), "en": texts.get("en")}, credit=open_caption["credit"])
