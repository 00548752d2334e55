"""Dates of one side among several signings a sentence tells: the gapped conjunct.

"Switzerland signed the Accords on 15 April, and Sweden the next day"; "le Brésil avait signé en juin 2021, et le
Mexique au mois de décembre de la même année"; "la Suisse les avait signés lundi et la Suède mardi": the second
signing shares the first one's verb and states only its side and its date. That side takes the date of its own
verbless conjunct, and the sides before it only the dates before that conjunct. The words that open such a conjunct
are data (``rules/dates_<lang>.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..analysis import Analysis, DateMention, Sentence
from ..dates import DateValue, find_dates
from ..dates.parse import month_number
from .agreement_context import DATE_RULES, clause_of
from .agreement_slots import date_excluded, own_signing_clause
from .facts import AgreementFact
from .lexicon import load_rules, phrase_regex

if TYPE_CHECKING:
    from .agreements import SigningEvent


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


# ---- the date of a section's label ---------------------------------------------------------------------------

# "JUIN – Une moisson de signatures", "4 February 2021: a first agreement", "14h55 – C'est fait.": a label of at most
# a few words, then a dash or a colon, at the start of a block's first line
_LABEL = re.compile(r"^[\s*#_•·]*(?:[-–—]\s+)?(?P<label>(?:[^\n:–—]|:(?=\d)){1,32}?)\s*(?:[–—:]|\s-)\s+\S")
_TIME = re.compile(r"^\d{1,2}\s*(?:h|:|\.)\s*\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|TU|CET|CEST|EDT|EST|JST|IST))?$",
                   re.IGNORECASE)
_LABEL_PUNCTUATION = " \t*_#•·.-–—"


def section_label_date(analysis: Analysis, sentence: Sentence) -> tuple[DateValue, str] | None:
    """The date a section's label gives the sentences of its paragraph, with its words; None without one.

    The label is the opening words of the paragraph's first line, before a dash or a colon ("JUIN – Une moisson de
    signatures", "4 February 2021: the MMX agreement"), or the paragraph just before it when that is only a date (a
    timeline's heading line "March 2019"). A date label gives its date (a month or day without a year takes the
    article's year, the year before when that puts it after the article); a clock time ("14h55 –", a live blog's
    entry) gives the article's day.
    """
    block = sentence.block
    first = block.text.split("\n", 1)[0]
    match = _LABEL.match(first)
    if match is not None:
        found = _label_value(analysis, match.group("label").strip(_LABEL_PUNCTUATION), block.lang)
        if found is not None:
            return found
    previous = next((s.block for s in reversed(analysis.sentences[: sentence.index])
                     if s.block.index < block.index), None)
    if previous is None or previous.kind != "body" or previous.index != block.index - 1 or (
            "\n" in previous.text.strip()):
        return None
    return _label_value(analysis, previous.text.strip(_LABEL_PUNCTUATION + ":"), previous.lang, times=False)


def _label_value(analysis: Analysis, label: str, lang: str, times: bool = True) -> tuple[DateValue, str] | None:
    """The date a label's words are, when they are only a date, a month name or (``times``) a clock time."""
    article = analysis.article_date
    if _TIME.match(label):
        return (article, f"the article's day, from the time label '{label}'") if times and article is not None and \
            article.precision == "day" else None
    dates = find_dates(label, lang)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(label):
        value = dates[0].value
    else:
        month = month_number(label, lang) if label[:1].isupper() else None
        if month is None:
            return None
        value = DateValue(None, month, None, "month")
    if value.year is None:
        if article is None or article.year is None:
            return None
        value = value.with_year(article.year)
        if article.month is not None and (value.month or 0, value.day or 0) > (article.month, article.day or 31):
            value = value.with_year(article.year - 1)
    return value, f"the section label '{label}'"


def date_of_section(analysis: Analysis, event: SigningEvent) -> tuple[DateValue, str] | None:
    """A signing told as done, with no date of its own, in a section whose label is a date takes that date.

    ("JUIN – Une moisson de signatures. ... Au salon du Bourget, le CNES et la JAXA ont signé un accord"; a timeline's
    "March 2019" line, then "ESA and JAXA signed a joint statement"; a live blog's "14h55 – C'est fait. ... ont
    signé"): see :func:`section_label_date`. Never a recalled signing ("had signed") nor a plan.
    """
    if event.status != "signed" or event.recalled or event.sentence.block.kind != "body":
        return None
    return section_label_date(analysis, event.sentence)


# ---- several documents of one sentence, each signed on its own date ---------------------------------------------

_DATE_LIST = re.compile(r"\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et)\s+)(?:(?:in|en|on|le)\s+)?", re.IGNORECASE)
# a determiner and at most two words (an adjective) between the coordinator and the second document
_SECOND_DOCUMENT = r"\s*,?\s*(?:{words})\s+(?:(?:a|an|the|its|their|un|une|le|la|l['’]|les|des|son|sa|leur)\s*)" \
                   r"(?:[^\W\d_]+\s+){{0,2}}$"


@lru_cache(maxsize=4)
def _second_document(lang: str) -> re.Pattern:
    words = load_rules("dates", lang, DATE_RULES)["document_coordinators"]
    alternation = "|".join(r"\s+".join(re.escape(w) for w in c.split()) for c in sorted(words, key=len, reverse=True))
    return re.compile(_SECOND_DOCUMENT.format(words=alternation), re.IGNORECASE)


def dated_documents(event: SigningEvent, facts: list[AgreementFact]) -> list[AgreementFact]:
    """The documents a signing sentence lists with a date each: one record per date.

    "des protocoles d'accord en 2004, 2007 et 2010, puis une déclaration d'intention en 2013": the dates listed right
    after the one the fact has, when its document is plural ("memoranda", "des protocoles"), are documents of the
    same kind; a second document after a ``document_coordinators`` word, with a date of its own after it, is one of
    its own kind ("The agreement followed on 10 November 2009, and the charter one year later"). Each keeps the
    parties; subject and signatories stay with the first. ``facts`` unchanged otherwise.
    """
    sentence = event.sentence
    if len(facts) != 1 or facts[0].date is None or event.treaties or event.slots.treaties:
        return facts
    fact = facts[0]
    dates = [d for d in sentence.dates if d.start >= event.anchor.start and d.value.year is not None
             and not date_excluded(sentence, d.start, d.end)]
    index = next((i for i, d in enumerate(dates) if d.value == fact.date), None)
    if index is None:
        return facts
    found = []
    documents = [c for c in sentence.cues_of("DOCUMENT") if c.rule.kind]
    own = [c for c in documents if c.end <= dates[index].start]
    if own and _plural(sentence, own[-1].start, own[-1].end):
        while index + 1 < len(dates) and _DATE_LIST.fullmatch(
                sentence.text[dates[index].end - sentence.start : dates[index + 1].start - sentence.start]):
            index += 1
            found.append(replace(fact, date=dates[index].value, subject=None, signatories=[], evidence=list(
                fact.evidence), reason=f"{fact.reason}; one of the dates listed ('{dates[index].text}')"))
    last = dates[index]
    second = next((c for c in documents if c.start >= last.end), None)
    later = [d for d in dates if second is not None and d.start >= second.end]
    if second is not None and later and _second_document(sentence.lang if sentence.lang in ("en", "fr") else "en") \
            .match(sentence.text[last.end - sentence.start : second.start - sentence.start]):
        found.append(replace(fact, kind=second.rule.kind, date=later[0].value, subject=None, signatories=[],
                             evidence=list(fact.evidence),
                             reason=f"{fact.reason}; a second document '{second.text}' dated '{later[0].text}'"))
    return facts + found


def _plural(sentence: Sentence, start: int, end: int) -> bool:
    """True when the document noun at ``start``-``end`` is plural; False without a tagger.

    The tagger says so ("des protocoles", "agreements"), or the noun has no determiner before it (a bare
    "signed memoranda", which the small English tagger calls singular: a singular document takes an article).
    """
    doc = sentence.span.doc
    if not doc.has_annotation("TAG"):
        return False
    base = sentence.block.start
    span = doc.char_span(start - base, end - base, alignment_mode="expand")
    if span is None:
        return False
    if "Plur" in span[0].morph.get("Number") or span[0].tag_ in ("NNS", "NNPS"):
        return True
    before = doc[max(span.sent.start, span.start - 2) : span.start]
    return len(before) > 0 and not any(t.pos_ in ("DET", "NUM", "PRON") for t in before) and before[-1].pos_ in (
        "VERB", "AUX")


# ---- the day of the meeting the sentence before tells ----------------------------------------------------------

def date_of_meeting_before(analysis: Analysis, event: SigningEvent) -> tuple[DateValue, str] | None:
    """The day of a meeting the sentence just before tells, for a signing that names no date of its own.

    ("On Monday, the heads of ESA and JAXA met in Paris. The two agencies signed an agreement on MMX."; "Lundi, les
    dirigeants de l'ESA et de la JAXA se sont réunis à Paris. Les deux agences ont signé un accord."): the sentence
    before, in the same paragraph, reports no signing, has a ``meeting_words`` word and one date to the day, no plan,
    and names every side of the signing (an agency or its country); the signing is told as done, not recalled.
    """
    sentence = event.sentence
    parties = set(event.slots.parties)
    if event.status != "signed" or event.recalled or sentence.block.kind != "body" or len(parties) < 2:
        return None
    before = analysis.window(sentence, back=1, same_block=True)
    if not before:
        return None
    other = before[0]
    if other.cues_of("SIGN", "ACCORDS_JOIN", "FUTURE", "HOPE", "BACKGROUND", "RECALL", "NEGATION"):
        return None
    words = load_rules("dates", other.lang, DATE_RULES)["meeting_words"]
    if not phrase_regex(words).search(other.text):
        return None
    days = [d for d in other.dates if d.value.year is not None and not date_excluded(other, d.start, d.end)]
    if len(days) != 1 or days[0].value.precision != "day":
        return None
    named = set()
    for mention in other.mentions:
        if mention.label in ("AGENCY", "COUNTRY"):
            named |= set(mention.ids) | {f"country:{e.country}" for i in mention.ids
                                         if (e := analysis.kb.agencies.get(i)) is not None and e.country}
    if not parties <= named:
        return None
    return days[0].value, f"'{days[0].text}': the sentence before dates the meeting of the same sides"
