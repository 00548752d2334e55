"""Cue words and credits: the page-shape words of every language, and the lines read with their credits.

Cue words (credit words, page labels, byline words) are per-language data files
(``cues_<lang>.json``) validated against ``cues.schema.json`` when loaded. :func:`read_lines`
reads the page's non-blank lines and locates each credit ("Crédit : X", "(Credit: X)", "© X"),
on its own line or at a line's end.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import jsonschema

from ..identity import longest_first
from .language import LANGS
from .model import UNMARKED_CAPTION_MIN_WORDS, Line
from .text import PROSE_END, line_spans, strip, unwrap_emphasis, word_count


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
    caption_markers: frozenset[str]  # "[Photo] ...", "Photo : ..." opening a caption
    related_links: frozenset[str]  # "Related:", "Lire aussi :" introducing a link to another article
    breadcrumb_roots: frozenset[str]  # "Home", "Accueil" opening a breadcrumb trail
    footer_phrases: frozenset[str]  # "all rights reserved": a copyright line that is the site's footer
    tag_lists: frozenset[str]  # "Tags:", "Mots-clés :" opening a list of the page's tags
    contents_headings: frozenset[str]  # "In this issue", "Au sommaire" above a newsletter's table of contents
    page_words: frozenset[str]  # "Page" of "Page 2", a PDF's running header or footer
    page_count_words: frozenset[str]  # "of" of "Page 2 of 5"
    unfinished_words: frozenset[str]  # "the", "with", "l'": no sentence ends on them, a page break after one is inside
    page_jump_words: frozenset[str]  # "Continued on" of "Continued on page 4": a newspaper's jump line


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Load and validate ``cues_<lang>.json`` for every language (raises ``jsonschema.ValidationError``)."""
    package = resources.files(__package__)
    schema = json.loads(package.joinpath("cues.schema.json").read_text("utf-8"))
    credit: dict[str, set[str]] = {}
    sets: dict[str, set[str]] = {k: set() for k in ("credit_phrases", "page_labels", "byline_words", "weekdays",
                                                    "time_words", "keep_period", "caption_markers", "related_links",
                                                    "breadcrumb_roots", "footer_phrases", "tag_lists",
                                                    "contents_headings", "page_words", "page_count_words",
                                                    "unfinished_words", "page_jump_words")}
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


# a bracketed credit without a credit word is a name of a few words ("(Xinhua)", "(Ministry of Science and ICT)")
BARE_CREDIT_MAX_CHARS = 80
BARE_CREDIT_MAX_WORDS = 8
# a bracketed credit opens a caption only before a sentence of at least this many words
LEAD_CREDIT_MIN_WORDS = 4


@dataclass(frozen=True)
class CreditPatterns:
    """The credit regexes built from the cue words: a credit on its own line, at a line's end, in brackets."""

    credit_line: re.Pattern
    inline_credit: re.Pattern
    paren_credit: re.Pattern
    caption_marker: re.Pattern
    bare_paren_credit: re.Pattern  # only on a line a caption marker opens
    lead_credit: re.Pattern  # a bracketed credit opening a caption line


@lru_cache(maxsize=1)
def credit_patterns() -> CreditPatterns:
    """The credit regexes of :func:`cues` (every language's credit words), compiled once."""
    words = sorted(cues().credit_words, key=longest_first)
    word = "(?P<word>" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)"
    mark = r"(?P<mark>©|\(c\)(?=[ \t]*\w))"
    # "Credit: X", "Photo credit/ X", "© X", and, where the credit stands apart, "Photo by X"
    phrases = sorted(cues().credit_phrases, key=longest_first)
    phrase = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")[ \t]+"
    lead = rf"(?:{word}(?:[ \t]*[:/][ \t]*|[ \t]+(?:by|par)[ \t]+)|{mark}[ \t]*|{phrase})"
    credit_line = re.compile(
        rf"[ \t]*(?P<open>[(\[])?{lead}(?P<credit>\S[^\n]{{0,200}}?)[ \t]*(?(open)[)\]])[ \t]*$", re.IGNORECASE)
    inline_credit = re.compile(
        rf"(?P<sep>[ \t]+|(?<=[.!?…)»\"”*_]))(?:{word}[ \t]*[:/][ \t]*|{mark}[ \t]*)"
        rf"(?P<credit>[^\s:][^:\n]{{0,120}}?)[ \t]*$",
        re.IGNORECASE,
    )
    paren_credit = re.compile(
        rf"(?P<sep>[ \t]*)[(\[][ \t]*{lead}(?P<credit>[^()\[\]\n]{{1,120}}?)"
        r"[ \t]*[)\]][ \t]*\.?[ \t]*$",
        re.IGNORECASE,
    )
    # on a line a caption marker opens, a bracketed name after the caption's last sentence is its credit, with or
    # without its credit word: "... in Sejong. (Ministry of Science and ICT)", "... la signature. (photo Agence X)"
    bare_paren_credit = re.compile(
        rf"(?<=[.!?…\"”»])(?P<sep>[ \t]+)[(\[][ \t]*(?:(?i:{word})[ \t]*[:/]?[ \t]*)?"
        rf"(?P<credit>[A-ZÀ-Ý][^()\[\]\n.!?;]{{0,{BARE_CREDIT_MAX_CHARS}}}?)[ \t]*[)\]][ \t]*$")
    # a bracketed credit opening a caption: "(Photo: JAXA) The H3 rocket lifts off ...", "(Crédit : CNES) Jean-Yves ..."
    lead_credit = re.compile(
        rf"[(\[][ \t]*{lead}(?P<credit>[^()\[\]\n]{{1,120}}?)[ \t]*[)\]][ \t]+(?=\S)", re.IGNORECASE)
    markers = "|".join(re.escape(m) for m in sorted(cues().caption_markers, key=longest_first))
    caption_marker = re.compile(
        rf"[*_]{{0,3}}(?:[(\[](?P<bracketed>{markers})[)\]]|(?P<colon>{markers})[ \t]*[:：|])[*_]{{0,3}}[ \t]+(?=\S)",
        re.IGNORECASE)
    return CreditPatterns(credit_line, inline_credit, paren_credit, caption_marker, bare_paren_credit, lead_credit)


_FILE_NAME = re.compile(r"[\w.-]+\.(?:jpe?g|png|gif|webp|svg|tiff?|avif)", re.IGNORECASE)
_SPACED_ITEMS = re.compile(r"[ \t]+/[ \t]+|[ \t]*[,;|][ \t]*")


def is_image_placeholder(value: str) -> bool:
    """A value after "Image :" that names the picture, not who took it: a file name, or a list of keywords.

    "vega-vv24-sentinel-2c.jpg"; "capsule / Bennu / Utah / OSIRIS-REx" (three items or more, one of them a
    lower-case word). A credit names people and organisations: "NASA/JPL-Caltech", "ESA / NASA / JPL".
    """
    value = value.strip()
    if _FILE_NAME.fullmatch(value):
        return True
    items = [i for i in _SPACED_ITEMS.split(value) if i]
    return len(items) >= 3 and any(i[:1].islower() for i in items) and all(word_count(i) <= 3 for i in items)


def credit_value(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, Markdown emphasis and a sentence's final period from a credit value ("Agence X." -> "Agence X")."""
    start, end = unwrap_emphasis(text, start, end)
    while end > start and text[end - 1] in "*_":  # "*Crédit : X*" read from inside the caption's emphasis
        end -= 1
    start, end = strip(text, start, end)
    if end - start > 1 and text[end - 1] == "." and text[end - 2] != ".":
        last_word = text[start:end].split()[-1].lower()
        single_initial = re.fullmatch(r"\w\.", last_word) is not None
        if last_word not in cues().keep_period and not single_initial:
            end -= 1
    return strip(text, start, end)


def credit_lang(word: str | None, fallback: str) -> str:
    """The language of a credit, told by its credit word ("Crédit" -> fr) when only one language uses it."""
    if word:
        lang = cues().credit_words.get(" ".join(word.lower().split()))
        if lang:
            return lang
    return fallback


def read_lines(text: str) -> list[Line]:
    """Non-blank lines with their paragraph number, credit lines and inline credits located."""
    pats = credit_patterns()
    lines: list[Line] = []
    paragraph = 0
    for line_start, line_end in line_spans(text):
        # a line wholly in Markdown emphasis ("**Paris, 14 November 2024**", "*A caption.*") is read inside it
        start, end = unwrap_emphasis(text, line_start, line_end)
        if start == end:
            paragraph += 1
            continue
        if "\f" in text[line_start:start]:  # a form feed opening the line: a PDF dump's page break ends the paragraph
            paragraph += 1
        line = Line(start, end, paragraph)
        if _lead_credit(text, line):
            lines.append(line)
            continue
        marker = _caption_marker(text, start, end)
        own = pats.credit_line.fullmatch(text, start, end) if end - start < 200 and marker is None else None
        if own is not None and is_image_placeholder(text[own.start("credit") : own.end("credit")]):
            line.kind = "label"  # "[image : vega-vv24.jpg]", "Image : capsule / Bennu / Utah": what the picture is
        elif own is not None:
            line.credit_line = True
            line.credit = credit_value(text, own.start("credit"), own.end("credit"))
            line.credit_word = own.group("word")
            line.kind = "credit"
        else:
            line.marker_end = marker
            _inline_credit(text, line, start if marker is None else marker, marked=marker is not None)
        lines.append(line)
    return lines


def _lead_credit(text: str, line: Line) -> bool:
    """A bracketed credit opening a caption sentence ("(Photo: ISRO) The two satellites ..."): set its fields.

    The caption's words start after the bracket (``marker_end``); the bracket is the credit block
    (``lead_credit_end``). Only when what follows is a sentence of a few words or more.
    """
    found = credit_patterns().lead_credit.match(text, line.start, line.end)
    if found is None:
        return False
    rest = text[found.end() : line.end]
    if word_count(rest) < LEAD_CREDIT_MIN_WORDS or PROSE_END.search(rest) is None:
        return False
    line.marker_end = found.end()
    line.lead_credit_end = strip(text, line.start, found.end())[1]
    line.credit = credit_value(text, found.start("credit"), found.end("credit"))
    line.credit_word = found.group("word")
    return True


def _inline_credit(text: str, line: Line, words_start: int, *, marked: bool = False) -> None:
    """Locate a credit at the end of ``line`` whose caption words start at ``words_start``; set its fields.

    ``marked``: a caption marker opens the line ("[Photo] ", "Légende : "), so a bracketed name closing
    it is its credit even without a credit word ("(Xinhua)", "(Ministry of Science and ICT)").
    """
    pats = credit_patterns()
    start, end = words_start, line.end
    window_start = max(start, end - 200)
    found = pats.paren_credit.search(text, window_start, end)
    if not (found and found.start() > start and found.end() == end):
        found = pats.inline_credit.search(text, window_start, end)
    if marked and not (found and found.end() == end and found.start() > start):
        bare = pats.bare_paren_credit.search(text, window_start, end)
        if bare is not None and word_count(bare.group("credit")) <= BARE_CREDIT_MAX_WORDS:
            found = bare
    if found and found.end() == end and found.start() > start:
        line.credit_start = found.start() + len(found.group("sep"))
        line.credit = credit_value(text, found.start("credit"), found.end("credit"))
        line.credit_word = found.group("word")
        words = strip(text, start, line.credit_start)
        if line.credit[0] >= line.credit[1] or words[0] >= words[1]:
            line.credit_start, line.credit, line.credit_word = None, None, None


def _caption_marker(text: str, start: int, end: int) -> int | None:
    """Where the caption's words start after a caption marker opening the line, or None.

    "[Photo] ...", "(Vidéo) ..." and a caption label that is no credit word ("Légende : ...",
    "Caption: ...", "Photo caption: ...") always mark a caption; the label is not the caption's text.
    "Photo : ..." is also how a credit line reads ("Photo : NASA/Bill Ingalls"), so it marks a caption only
    when what follows is a caption: it carries its own credit at its end, or it is a sentence of caption length.
    """
    marker = credit_patterns().caption_marker.match(text, start, end)
    if marker is None:
        return None
    if marker.group("bracketed"):
        return marker.end()
    if " ".join(marker.group("colon").lower().split()) not in cues().credit_words:
        return marker.end()  # "Légende : ...", "Caption: ...": a label no credit line starts with
    probe = Line(start, end, 0)
    _inline_credit(text, probe, marker.end(), marked=True)
    rest = text[marker.end() : end]
    if probe.credit_start is not None or (
            word_count(rest) >= UNMARKED_CAPTION_MIN_WORDS and PROSE_END.search(rest) is not None):
        return marker.end()
    return None
