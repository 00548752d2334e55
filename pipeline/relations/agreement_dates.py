"""Dates of one side among several signings a sentence tells: the gapped conjunct.

"Switzerland signed the Accords on 15 April, and Sweden the next day"; "le Brésil avait signé en juin 2021, et le
Mexique au mois de décembre de la même année"; "la Suisse les avait signés lundi et la Suède mardi": the second
signing shares the first one's verb and states only its side and its date. That side takes the date of its own
verbless conjunct, and the sides before it only the dates before that conjunct. The words that open such a conjunct
are data (``rules/dates_<lang>.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..analysis import DateMention, Sentence
from ..dates import DateValue
from .agreement_context import DATE_RULES, clause_of
from .agreement_slots import date_excluded, own_signing_clause
from .lexicon import load_rules


@lru_cache(maxsize=4)
def _opener(lang: str) -> re.Pattern:
    """A coordinator (and an article) ending right where a side's name starts."""
    rules = load_rules("dates", lang, DATE_RULES)
    words = "|".join(r"\s+".join(re.escape(w) for w in c.split())
                     for c in sorted(rules["gap_coordinators"], key=len, reverse=True))
    articles = "|".join(re.escape(a) for a in sorted(rules["gap_articles"], key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s,;]))(?P<word>{words})\s+(?:(?:{articles})\s*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Conjunct:
    """A side's verbless conjunct: where it opens (its coordinator) and the date it gives."""

    start: int
    end: int
    date: DateMention


def gapped_conjuncts(sentence: Sentence, sides: list[str]) -> dict[str, Conjunct]:
    """The sides of ``sentence`` named right after a coordinator, in a conjunct with a date and no verb of its own.

    The conjunct runs from the coordinator to the end of the side's clause or the next side's name, whichever comes
    first; it holds no signing cue and no verb (the tagger's ``VERB``/``AUX``), and a date after the side's name
    that no exclusion cue gives to another event. The part of the sentence before the coordinator must report
    a signing with a date of its own: the conjunct repeats that signing for another side. Empty without a tagger.
    """
    doc = sentence.span.doc
    if len(sides) < 2 or not doc.has_annotation("TAG"):
        return {}
    opener = _opener(sentence.lang if sentence.lang in ("en", "fr") else "en")
    named = sorted((m for m in sentence.mentions if set(m.ids) & set(sides)), key=lambda m: m.start)
    signs = sentence.cues_of("SIGN", "ACCORDS_JOIN")
    found: dict[str, Conjunct] = {}
    for index, mention in enumerate(named):
        side = next(i for i in mention.ids if i in sides)
        if side in found or not signs:
            continue
        before = sentence.text[: mention.start - sentence.start]
        match = opener.search(before)
        if match is None:
            continue
        start = sentence.start + match.start("word")
        clause_end = clause_of(sentence, mention.start)[1]
        end = min([clause_end] + [m.start for m in named[index + 1 :] if m.start > mention.end])
        if any(start <= c.start < end for c in signs) or _has_verb(sentence, start, end):
            continue
        dated = [d for d in sentence.dates if mention.end <= d.start and d.end <= end and d.value.year is not None
                 and not date_excluded(sentence, d.start, d.end)]
        earlier_signing = any(c.end <= start for c in signs) and any(
            d.end <= start and d.value.year is not None for d in sentence.dates)
        if dated and earlier_signing:
            found[side] = Conjunct(start, end, dated[0])
    return found


def before_conjuncts(clause: tuple[int, int] | None, position: int,
                     gapped: dict[str, Conjunct]) -> tuple[int, int] | None:
    """``clause`` (of a side named at ``position``) cut where the first gapped conjunct after that side opens."""
    if clause is None:
        return None
    return clause[0], min([clause[1]] + [g.start for g in gapped.values() if g.start > position])


def shared_before_conjuncts(sentence: Sentence, gapped: dict[str, Conjunct],
                            undated: list[str]) -> dict[str, DateValue | None]:
    """The date of each side of ``undated`` when the sentence has gapped conjuncts (``gapped``).

    A side of the signing clause the conjuncts repeat shares the last date before the first of them ("On 30 May Peru
    signed, and Sweden the next day"); a side after them, or of another signing clause before them ("Slovenia is
    the third to join: Switzerland signed on Monday and Sweden on Tuesday"), gets none.
    """
    first = min(g.start for g in gapped.values())
    shared = [d for d in sentence.dates if d.end <= first and d.value.year is not None
              and not date_excluded(sentence, d.start, d.end)]
    signs = sentence.cues_of("SIGN", "ACCORDS_JOIN")
    found: dict[str, DateValue | None] = {}
    for side in undated:
        mention = next(m for m in sentence.mentions if side in m.ids)
        own = own_signing_clause(sentence, mention.start)
        repeated = own is not None and mention.start < first and not any(
            mention.start < c.start < first and clause_of(sentence, c.start) != own for c in signs)
        found[side] = shared[-1].value if shared and repeated else None
    return found


def _has_verb(sentence: Sentence, start: int, end: int) -> bool:
    """True when a token between the document offsets ``start`` and ``end`` is a verb or an auxiliary."""
    base = sentence.block.start
    span = sentence.span.doc.char_span(start - base, end - base, alignment_mode="expand")
    return span is None or any(token.pos_ in ("VERB", "AUX") for token in span)
