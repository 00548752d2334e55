"""The article's own date, and the dates resolved against it: years of dates without one, relative dates."""

from __future__ import annotations

import re

from ..dates import DateValue, find_dates, find_relative
from ..dates.parse import numeric_day, rules
from ..records import Evidence, Published
from .document import Analysis, DateMention, Sentence


def _published(analysis: Analysis) -> Published | None:
    """The article's own date, read from its date line (kind ``dateline``), or None.

    A wire dateline without a year ("TOKYO, Aug 29 (Agency) -") takes the only year the
    article's other day or month dates give; with none or several, there is no date.
    """
    block = analysis.segmentation.dateline
    if block is None:
        return None
    langs = [block.lang] + [lang for lang in ("en", "fr") if lang != block.lang]
    found = None
    for precision in ("day", "month", "year"):
        for lang in langs:
            found = next((d for d in find_dates(block.text, lang) if d.value.precision == precision), None)
            if found is not None:
                break
        if found is not None:
            break
    if found is None:
        return None
    value = found.value
    if value.year is None:
        years = {d.value.year for s in analysis.sentences for d in s.dates
                 if d.value.year is not None and d.value.precision in ("day", "month")}
        if len(years) != 1:
            return None
        value = value.with_year(next(iter(years)))
    start, end = block.start + found.start, block.start + found.end
    evidence = Evidence(start, end, analysis.text[start:end], block.lang if block.lang in ("en", "fr") else "en",
                        "body")
    return Published(value.iso or "", value.precision, evidence)


def reference_date(analysis: Analysis) -> DateValue | None:
    """The date relative expressions ("Friday", "le 24 mai", "this week") are resolved against.

    It is the article's own date (:attr:`Analysis.published`) when it is a full day; None
    otherwise, and then relative dates stay unresolved. The same value is
    :attr:`Analysis.article_date`.
    """
    published = analysis.published
    if published is None or published.precision != "day":
        return None
    year, month, day = (int(p) for p in published.value.split("-"))
    return DateValue(year, month, day, "day")


def _article_date(analysis: Analysis) -> DateValue | None:
    """The article's own date: :func:`reference_date`, else a full date on a short line near the top.

    The reference date comes from the date line the blocks step found; the short line is a byline the
    blocks step did not take as a date line.

    This is the one place that decides it; relative dates ("jeudi", "today") and years of month-day dates
    are resolved against it.
    """
    found = reference_date(analysis)
    if found is not None:
        return found
    dateline = analysis.segmentation.dateline
    candidates = [s for s in analysis.sentences if dateline is not None and s.block.index == dateline.index]
    candidates += [s for s in analysis.sentences[:6] if s.block.kind == "body" and len(s.block.text) < 80
                   and s not in candidates and not s.mentions]
    for sentence in candidates:
        full = [d for d in sentence.dates if d.value.year and d.value.precision == "day"]
        if full:
            return full[0].value
        numeric = numeric_day(sentence.text)
        if numeric is not None:
            return numeric
    return None

def _resolve_years(analysis: Analysis) -> None:
    """Give a year to dates written without one.

    The year comes from the same day and month elsewhere, else the article date, else the only year the
    article's dates use.
    """
    dated = [d for s in analysis.sentences for d in s.dates if d.value.year is not None]
    years = {d.value.year for d in dated if d.value.precision in ("day", "month")}
    by_day: dict[tuple[int | None, int | None], DateMention] = {}
    for d in dated:
        by_day.setdefault((d.value.month, d.value.day), d)
    for sentence in analysis.sentences:
        for date in sentence.dates:
            if date.value.year is not None:
                continue
            same = by_day.get((date.value.month, date.value.day))
            if same is not None:
                date.value, date.reason = date.value.with_year(same.value.year), f"year from {same.text!r}"
            elif analysis.article_date is not None and analysis.article_date.year:
                date.value = date.value.with_year(analysis.article_date.year)
                date.reason = "year from the article date"
                _nearest_year(analysis, sentence, date)
                _previous_month(analysis, sentence, date)
            elif len(years) == 1:
                year = next(iter(years))
                date.value, date.reason = date.value.with_year(year), "the only year the article gives"


def _nearest_year(analysis: Analysis, sentence: Sentence, date: DateMention) -> None:
    """A year-less day or month more than half a year after the article's date, in a past statement, is last year's.

    In an article of 16 January 2025, "launched on 30 December" is 2024-12-30 (17 days before), not 2025-12-30. News
    reports what happened; a date far ahead without its year is rare, while a date a few months back in a year-end
    review is common ("le 14 avril" in an article of 29 December is that year's), so a date is never moved forward,
    and a sentence with a future cue ("will sign on Nov. 14", "doit signer") keeps the article's year.
    """
    article = analysis.article_date
    if article is None or article.year is None or article.month is None or date.value.month is None:
        return
    future = rules(sentence.lang if sentence.lang in ("en", "fr") else "en").future
    if future is not None and future.search(sentence.text) or \
            sentence.lang == "fr" and re.search(r"\w(?:eront|era|iront|ira)\b", sentence.text):
        return  # a French future verb ("signeront", "lancera") says the same
    offset = (date.value.month - article.month) * 31 + ((date.value.day or 15) - (article.day or 15))
    if offset > 183:
        date.value, date.reason = date.value.with_year(article.year - 1), "more than half a year after the article"


def _previous_month(analysis: Analysis, sentence: Sentence, date: DateMention) -> None:
    """A month said to be past ("last March", "en mars dernier") is its latest occurrence before the article's month.

    In an article of 6 March 2019, "en mars dernier" is March 2018. The words are the language's ``explicit_past``.
    """
    article = analysis.article_date
    if date.value.day is not None or article is None or article.month is None or date.value.month is None:
        return
    past = rules(sentence.lang if sentence.lang in ("en", "fr") else "en").explicit_past
    after = analysis.text[date.end : min(sentence.end, date.end + 12)]
    if past is None or not (past.search(date.text) or past.match(after.lstrip())):
        return
    if date.value.month >= article.month:
        date.value = date.value.with_year(article.year - 1)
        date.reason = "the latest such month before the article"


def _add_relative_dates(analysis: Analysis) -> None:
    if analysis.article_date is None:
        return
    for sentence in analysis.sentences:
        for found in find_relative(sentence.text, sentence.lang, analysis.article_date,
                                   headline=sentence.block.kind == "title"):
            start = sentence.start + found.start
            if any(d.start <= start < d.end for d in sentence.dates):
                continue
            sentence.dates.append(DateMention(start, sentence.start + found.end, found.text, found.value,
                                              sentence.lang, sentence.index, "relative to the article date"))
        sentence.dates.sort(key=lambda d: d.start)
        _year_from_period(analysis, sentence)


def _year_from_period(analysis: Analysis, sentence: Sentence) -> None:
    """A day followed by a relative year ("on May 10 of last year") takes that year.

    "le 10 mai de l'an dernier": the day takes the period's year (it had the article's), and the period is
    no date of its own.
    """
    for period in [d for d in sentence.dates if d.value.precision == "year" and d.value.relative]:
        before = [d for d in sentence.dates if d.end <= period.start and d.value.precision in ("day", "month")
                  and d.reason and "article" in d.reason]
        if before and re.fullmatch(r"\s*(?:of|de)?\s*", analysis.text[before[-1].end : period.start]):
            before[-1].value = before[-1].value.with_year(period.value.year)
            before[-1].reason = f"year from {period.text!r}"
            sentence.dates.remove(period)
