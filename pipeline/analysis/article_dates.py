"""The article's own date, and the dates resolved against it: years of dates without one, relative dates."""

from __future__ import annotations

import datetime
import re

from ..blocks.header import is_date_line
from ..dates import DateValue, find_dates, find_relative
from ..dates.parse import find_anaphoric, numeric_day, rules, shifted
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
    found = next((day for s in candidates if (day := _day_of(s)) is not None), None)
    return found or _header_date(analysis) or _footer_date(analysis)


def _day_of(sentence: Sentence) -> DateValue | None:
    """The first full date (day, month and year) a sentence gives, in words or in digits; None without one."""
    full = [d for d in sentence.dates if d.value.year and d.value.precision == "day"]
    if full:
        return full[0].value
    return numeric_day(sentence.text)


_FOOTER_BLOCKS = 2  # the last paragraphs of the body


def _footer_date(analysis: Analysis) -> DateValue | None:
    """The day a date line closing the page gives ("Mis à jour le 01/12/2023 à 10:22", "Published 3 May 2024").

    Only a paragraph that is a date line and nothing else, among the last ``_FOOTER_BLOCKS`` paragraphs of the body.
    """
    body = [s for s in analysis.sentences if s.block.kind in ("body", "dateline")]
    blocks = []
    for sentence in reversed(body):
        if sentence.block.index not in blocks:
            blocks.append(sentence.block.index)
    last = set(blocks[:_FOOTER_BLOCKS])
    for sentence in reversed(body):
        if sentence.block.index not in last or sentence.text.strip() != sentence.block.text.strip():
            continue
        if is_date_line(sentence.text.strip()) and (day := _day_of(sentence)) is not None:
            return day
    return None


# a date opening a paragraph, a weekday before it and a dash after it: "Vendredi 29 août 2025 – Suivi assuré par ..."
_HEADER_HEAD = re.compile(r"\s*(?:[^\W\d_]+,?\s+)?$")
_HEADER_DASH = re.compile(r"\s*[–—-]\s")


def _header_date(analysis: Analysis) -> DateValue | None:
    """The day a live blog's or a transcript's header paragraph opens with, under the title.

    "Vendredi 29 août 2025 – Suivi assuré par notre correspondante" above timestamped entries ("14h55 – ..."): the
    entries' "aujourd'hui" is that day. Only the first paragraph of the body, and only a full date followed by a dash
    (a timeline's "15 mai 2017" heading on its own line is no page date).
    """
    body = next((s for s in analysis.sentences[:8] if s.block.kind == "body"), None)
    if body is None or body.start != body.block.start:
        return None
    for date in body.dates:
        if date.value.precision != "day" or date.value.year is None:
            continue
        head = analysis.text[body.start : date.start]
        if _HEADER_HEAD.fullmatch(head) and _HEADER_DASH.match(analysis.text, date.end):
            return date.value
        break
    return None


def _issue_period(analysis: Analysis) -> DateValue | None:
    """The month a newsletter's or magazine's issue line gives ("N° 58 – octobre 2020"), when no article date does.

    A month and year ending one of the first lines above the first paragraph of prose (title, masthead, issue line)
    that reports nothing (no agreement cue): the year of the issue's year-less dates ("Le 27 octobre, ...").
    """
    for sentence in analysis.sentences[:4]:
        if sentence.block.kind not in ("title", "body", "page_label") or sentence.block.index > 3:
            continue
        line = sentence.text.rstrip(" .*_")
        dated = [d for d in sentence.dates if d.value.precision == "month" and d.value.year is not None]
        if dated and dated[-1].end - sentence.start >= len(line) and len(line) <= 120 and not sentence.cues:
            return dated[-1].value  # a line that reports nothing (no agreement cue: "held talks in October 2020")
        if sentence.text.rstrip().endswith((".", "!", "?")) and len(sentence.text) > 120:
            break  # prose: the header is over
    return None

def _resolve_years(analysis: Analysis) -> None:
    """Give a year to dates written without one.

    The year comes from the same day and month elsewhere, else the article date, else the month of the issue
    line at the top (a newsletter's "N° 58 – octobre 2020"), else the only year the article's dates use.
    """
    dated = [d for s in analysis.sentences for d in s.dates if d.value.year is not None]
    years = {d.value.year for d in dated if d.value.precision in ("day", "month")}
    by_day: dict[tuple[int | None, int | None], DateMention] = {}
    for d in dated:
        if d.value.day is not None:  # "juin 2023" elsewhere says nothing of the year of "début juin"
            by_day.setdefault((d.value.month, d.value.day), d)
    explicit = {id(d) for d in dated}
    issue = _issue_period(analysis) if analysis.article_date is None else None
    for sentence in analysis.sentences:
        for date in sentence.dates:
            if date.value.year is not None:
                continue
            same = by_day.get((date.value.month, date.value.day))
            line_month = _same_month_nearby(analysis, sentence, date, explicit)
            # "le 24 juillet et le 31 octobre 2022"; "left on 2 June 2003 ... released the lander on 19 December"
            coordinated = _coordinated_date(analysis, sentence, date) or _earlier_in_sentence(sentence, date, explicit)
            if same is not None:
                date.value, date.reason = date.value.with_year(same.value.year), f"year from {same.text!r}"
            elif coordinated is not None:
                # "lancés respectivement le 24 juillet et le 31 octobre 2022", "July 16 and July 20, 1969"
                date.value = date.value.with_year(coordinated.value.year)
                date.reason = f"year from {coordinated.text!r}"
            elif line_month is not None:
                # "- August 2023: ISRO's Chandrayaan-3 lands near the lunar south pole on 23 August."; "A letter of
                # intent followed in November 2022. It was signed on 8 November"
                date.value, date.reason = date.value.with_year(line_month.value.year), f"year from {line_month.text!r}"
            elif analysis.article_date is not None and analysis.article_date.year:
                date.value = date.value.with_year(analysis.article_date.year)
                date.reason = "year from the article date"
                _previous_month(analysis, sentence, date)
                _previous_day(analysis, sentence, date)
                _next_month(analysis, sentence, date)
                _past_date_ahead(analysis, sentence, date)
            elif issue is not None and issue.year:
                date.value, date.reason = date.value.with_year(issue.year), "year from the issue line"
            elif len(years) == 1:
                year = next(iter(years))
                date.value, date.reason = date.value.with_year(year), "the only year the article gives"


def _earlier_in_sentence(sentence: Sentence, date: DateMention, explicit: set[int]) -> DateMention | None:
    """The date with a written year just before a year-less ``date`` in its sentence, when ``date`` falls after it.

    "The pair left Baikonur on 2 June 2003 aboard a Soyuz, and the orbiter released the lander on 19 December": one
    sentence tells one stretch of time, so 19 December is 2003's. Only a full day whose year is written (its ``id`` in
    ``explicit``; a month, "In August 2023 the rover drove on, and on 5 December the agency signed", gives no year),
    and only when the year-less day or month comes later in that year than it.
    """
    before = [d for d in sentence.dates if d.end <= date.start and id(d) in explicit
              and d.value.precision == "day" and d.value.month is not None]
    if not before or date.value.month is None:
        return None
    last = before[-1]
    if (date.value.month, date.value.day or 0) > (last.value.month, last.value.day or 0):
        return last
    return None


_COORDINATION = re.compile(r"\s*(?:,|and|et|or|ou|to|au|à|[–—-])?\s*(?:then\s+|puis\s+)?(?:on\s+|le\s+|the\s+)?",
                           re.IGNORECASE)


def _coordinated_date(analysis: Analysis, sentence: Sentence, date: DateMention) -> DateMention | None:
    """The dated expression coordinated right after a year-less ``date`` ("le 24 juillet et le 31 octobre 2022").

    Only a connector ("and", "et", a comma, a dash, "to", "au") and an article may stand between them; the year
    written once is the year of both.
    """
    following = next((d for d in sentence.dates if d.start >= date.end), None)
    if following is None or following.value.year is None or following.value.precision not in ("day", "month"):
        return None
    return following if _COORDINATION.fullmatch(analysis.text[date.end : following.start]) else None


def _next_month(analysis: Analysis, sentence: Sentence, date: DateMention) -> None:
    """A month said to be next ("next October", "en octobre prochain") is its first one after the article's month.

    The words are the language's ``explicit_next``; in an article of 13 October 2023, "next October" is 2024-10.
    """
    article = analysis.article_date
    nxt = rules(sentence.lang if sentence.lang in ("en", "fr") else "en").explicit_next
    if article is None or not _month_marked(analysis, sentence, date, nxt):
        return
    if date.value.month <= article.month:
        date.value = date.value.with_year(article.year + 1)
        date.reason = "the first such month after the article"


def _same_month_nearby(analysis: Analysis, sentence: Sentence, date: DateMention,
                       explicit: set[int]) -> DateMention | None:
    """A date that writes the year of ``date``'s month, in the same sentence or the one before it in the paragraph.

    "August 2023: ... on 23 August"; "A letter of intent followed in November 2022. It was signed on 8 November".
    Only a date that writes its year (its ``id`` in ``explicit``), not one this pass gave a year.
    """
    candidates = [sentence]
    if sentence.index > 0 and analysis.sentences[sentence.index - 1].block.index == sentence.block.index:
        candidates.append(analysis.sentences[sentence.index - 1])
    for other in candidates:
        found = next((d for d in other.dates if d is not date and id(d) in explicit
                      and d.value.month == date.value.month and d.value.precision in ("day", "month")), None)
        if found is not None:
            return found
    return None


PAST_AHEAD_DAYS = 92  # a year-less date this far after the article, in a sentence with no future cue, is last year's


def _past_date_ahead(analysis: Analysis, sentence: Sentence, date: DateMention) -> None:
    """A year-less date months after the article's, in a sentence that tells no future, is last year's.

    "The mission was launched on 30 December" in an article of 16 January 2025 is 2024-12-30; "will launch on 30
    December", "signeront le 14 novembre" (a ``future_cues`` word or a ``future_endings`` verb of the language, or a
    future the model reads) keep the article's year, and so does a date a few weeks ahead (:data:`PAST_AHEAD_DAYS`):
    "the window opens on 5 March" in a February article.
    """
    article, value = analysis.article_date, date.value
    if (article is None or article.month is None or value.month is None or value.year is None
            or date.reason != "year from the article date"):
        return
    later = date_of(value) - date_of(article)
    if later.days > PAST_AHEAD_DAYS and not _tells_future(sentence):
        date.value = value.with_year(value.year - 1)
        date.reason = "the year before the article's: a date long after it, told with no future"


def _tells_future(sentence: Sentence) -> bool:
    """True when the sentence speaks of the future: a future cue, a future verb ending, or the model's ``Tense=Fut``."""
    r = rules(sentence.lang if sentence.lang in ("en", "fr") else "en")
    if any(p is not None and p.search(sentence.text) for p in (r.future, r.future_endings)):
        return True
    return any("Fut" in token.morph.get("Tense") for token in sentence.span)


def date_of(value: DateValue) -> datetime.date:
    """The first day ``value`` covers (its year is known)."""
    assert value.year is not None
    return datetime.date(value.year, value.month or 1, value.day or 1)


def _previous_month(analysis: Analysis, sentence: Sentence, date: DateMention) -> None:
    """A month said to be past ("last March", "en mars dernier") is its latest occurrence before the article's month.

    In an article of 6 March 2019, "en mars dernier" is March 2018. The words are the language's ``explicit_past``.
    """
    article = analysis.article_date
    past = rules(sentence.lang if sentence.lang in ("en", "fr") else "en").explicit_past
    if article is None or not _month_marked(analysis, sentence, date, past):
        return
    if date.value.month >= article.month:
        date.value = date.value.with_year(article.year - 1)
        date.reason = "the latest such month before the article"


def _previous_day(analysis: Analysis, sentence: Sentence, date: DateMention) -> None:
    """A day said to be past ("le 10 février dernier") is its latest occurrence on or before the article's day.

    In an article of 5 January 2024, "le 2 septembre dernier" is 2023-09-02 and "le 3 janvier dernier" 2024-01-03.
    The words are the language's ``explicit_past``, right after the day.
    """
    article, value = analysis.article_date, date.value
    past = rules(sentence.lang if sentence.lang in ("en", "fr") else "en").explicit_past
    if article is None or article.month is None or article.day is None or past is None or value.day is None \
            or value.year is None or value.month is None:
        return
    after = analysis.text[date.end : min(sentence.end, date.end + 12)]
    if not past.match(after.lstrip()) or after[:1].isalnum():
        return
    if date_of(value) > date_of(article):
        date.value = value.with_year(value.year - 1)
        date.reason = "the latest such day before the article"


def _month_marked(analysis: Analysis, sentence: Sentence, date: DateMention, words: re.Pattern | None) -> bool:
    """True when ``date`` is a month alone that ``words`` mark, in it or right after it ("last March", "mars dernier").

    False without an article month to count from.
    """
    article = analysis.article_date
    if words is None or date.value.day is not None or date.value.month is None or article is None \
            or article.month is None:
        return False
    after = analysis.text[date.end : min(sentence.end, date.end + 12)]
    return bool(words.search(date.text) or words.match(after.lstrip()))


def _add_relative_dates(analysis: Analysis) -> None:
    """Relative dates resolved against the article date ("yesterday", "this week"), then the anaphoric ones."""
    if analysis.article_date is not None:
        _add_article_relative(analysis)
    _add_anaphoric_periods(analysis)


# what may stand between a counted period and the written date that restates it ("five months later, in November")
_WRITTEN_AFTER = re.compile(r"[\s,(:–—-]*(?:(?:le|les|on|the|en|in|au|at)\s+)?", re.IGNORECASE)
ANAPHORIC_BACK = 3  # sentences an anaphoric period ("The following year") looks back for the date it counts from
ANAPHORIC_DAY_BACK = 8  # the same for a day counted from a day ("the same day"): the last day the story told


def _add_anaphoric_periods(analysis: Analysis) -> None:
    """Periods dated from the latest date before them: "The following year" after "2 October 2018" is 2019.

    The date is the last one of the same sentence before the phrase, else of the nearest of the
    :data:`ANAPHORIC_BACK` sentences before it that has one (never from a title, caption or credit).
    """
    for index, sentence in enumerate(analysis.sentences):
        for start, end, words, unit, offset in find_anaphoric(sentence.text, sentence.lang):
            start, end = sentence.start + start, sentence.start + end
            if any(d.start < end and start < d.end for d in sentence.dates):
                continue
            if any(d.start >= end and d.value.year is not None and not d.value.relative
                   and _WRITTEN_AFTER.fullmatch(analysis.text[end : d.start]) for d in sentence.dates):
                continue  # "deux ans plus tard, le 10 juillet 1992": the written date says it
            month = _month_of_period(analysis, sentence, start, unit)
            base = _date_before(analysis, index, month.start if month is not None else start, unit)
            value = shifted(base.value, unit, offset) if base is not None else None
            if value is None:
                continue
            if month is not None:
                # "En octobre de la même année", "in March of the following year": the month takes that year
                month.value = month.value.with_year(value.year)
                month.reason = f"year from {words!r} after {base.text!r}"
                continue
            sentence.dates.append(DateMention(start, end, words, value, sentence.lang, sentence.index,
                                              f"relative to {base.text!r}"))
        sentence.dates.sort(key=lambda d: d.start)


_OF_PERIOD = re.compile(r"\s*(?:of|de|d['’])?\s*", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _month_of_period(analysis: Analysis, sentence: Sentence, start: int, unit: str) -> DateMention | None:
    """The day or month written without a year right before an anaphoric year ("octobre de la même année").

    Only "of" / "de" may stand between them; the anaphoric year is then that date's year, not a date of its own.
    """
    if unit != "year":
        return None
    month = next((d for d in reversed(sentence.dates) if d.end <= start), None)
    if month is None or month.value.month is None or _WRITTEN_YEAR.search(month.text):
        return None
    return month if _OF_PERIOD.fullmatch(analysis.text[month.end : start]) else None


def _date_before(analysis: Analysis, index: int, position: int, unit: str = "year") -> DateMention | None:
    """The last dated expression (with a year) before ``position``: in sentence ``index``, else the ones before.

    A day counted from it (``unit`` "day") passes over a coarse relative period written after a day of the same
    sentence: in "July 15, 1975 – Fifty years ago this week, Apollo and Soyuz 19 lifted off on the same day", the
    same day is 15 July 1975.
    """
    sentence = analysis.sentences[index]
    own = [d for d in sentence.dates if d.end <= position and d.value.year is not None]
    if unit == "day":
        while len(own) > 1 and own[-1].value.relative and own[-1].value.precision != "day" and any(
                d.value.precision == "day" for d in own[:-1]):
            own = own[:-1]
    if own:
        return own[-1]
    # a day counted from a day ("the same day", "eight days earlier", "in the afternoon") is counted from the last day
    # told, even past coarser dates ("late 2024") and a few paragraphs up; else from the last date near it ("this
    # week ... the same day": its month)
    if unit == "day":
        day = _last_date(analysis, index, ANAPHORIC_DAY_BACK, lambda d: d.value.day is not None)
        if day is not None:
            return day
    return _last_date(analysis, index, ANAPHORIC_BACK, lambda d: True)


def _last_date(analysis: Analysis, index: int, reach: int, keep) -> DateMention | None:
    """The last date with a year that ``keep`` accepts in the ``reach`` sentences before sentence ``index``.

    Never from a title, caption, credit or date line.
    """
    for other in reversed(analysis.sentences[max(0, index - reach) : index]):
        if other.block.kind in ("title", "caption", "credit", "dateline"):
            continue
        dated = [d for d in other.dates if d.value.year is not None and keep(d)]
        if dated:
            return dated[-1]
    return None


def _add_article_relative(analysis: Analysis) -> None:
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
