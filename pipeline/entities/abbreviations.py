"""Acronyms defined in the text: "International Lunar Research Station (ILRS)".

A light Schwartz-Hearst: the short form in parentheses must be one token of capitals/digits
whose letters appear, in order, as initials (or inside words) of the words just before it.
The reversed form "ILRS (International Lunar Research Station)" is accepted too, and so is
"the Imaging X-ray Polarimetry Explorer, or IXPE" (an all-capitals short form after ", or"/", ou"). The
result maps each short form to its long form so that later bare uses can be linked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAREN = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")
_REVERSED = re.compile(r"\b([A-Z][A-Z0-9&\-]{1,11})\s*\(\s*([^()]{6,120}?)\s*\)")
# "The Imaging X-ray Polarimetry Explorer, or IXPE, lifted off": a short form in all capitals after ", or"/", ou"
_OR_FORM = re.compile(r",\s+(?:or|ou)\s+([A-Z][A-Z0-9&\-]{1,11})(?![\w-])")
_WORD = re.compile(r"[^\W_][\w-]*", re.UNICODE)  # apostrophes split words: "l’International"
_SMALL = {"of", "the", "for", "and", "de", "du", "des", "la", "le", "l", "d", "et", "pour", "on", "in", "à", "aux"}


@dataclass(frozen=True)
class Abbreviation:
    """An acronym defined in a text, with the character offsets of its short and long forms."""

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


def _letters(short: str) -> str:
    return "".join(ch for ch in short if ch.isalpha()).lower()


def _matches(short: str, words: list[str]) -> bool:
    """Every letter of the short form is found, in order, starting with the first word's initial."""
    letters = _letters(short)
    if len(letters) < 2 or not words:
        return False
    if words[0][:1].lower() != letters[0]:
        return False
    text = " ".join(w.lower() for w in words)
    pos = 0
    for ch in letters:
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    content = [w for w in words if w.lower().strip("’'") not in _SMALL]
    return len(content) <= len(letters) + 1


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Definitions ``long (SHORT)``, ``long, or SHORT`` and ``SHORT (long)`` in ``text``, with character offsets."""
    found: list[Abbreviation] = []
    for match in [*_PAREN.finditer(text), *_OR_FORM.finditer(text)]:
        short = match.group(1)
        if sum(ch.isupper() for ch in short) < 2 or any(a.short_start == match.start(1) for a in found):
            continue
        before = text[max(0, match.start() - 160) : match.start()]
        words = list(_WORD.finditer(before))
        n_letters = len(_letters(short))
        for size in range(min(len(words), n_letters + 3), 0, -1):
            window = words[-size:]
            # long forms of agencies and missions are capitalised in English and start so in French
            if not window[0].group(0)[:1].isupper():
                continue
            if _matches(short, [w.group(0) for w in window]):
                offset = match.start() - len(before)
                long_start, long_end = offset + window[0].start(), offset + window[-1].end()
                found.append(Abbreviation(short, text[long_start:long_end], match.start(1), match.end(1),
                                          long_start, long_end))
                break
    for match in _REVERSED.finditer(text):
        short, long = match.group(1), match.group(2)
        words = _WORD.findall(long)
        if _matches(short, words) and not any(a.short_start == match.start(1) for a in found):
            found.append(Abbreviation(short, long, match.start(1), match.end(1), match.start(2), match.end(2)))
    return found
