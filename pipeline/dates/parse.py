"""Dates in text to ISO 8601 with a precision (day, month, year).

Candidates come from cheap per-language patterns (month names are data in
``months_<lang>.json``); only those spans reach dateparser, always with ``languages=[lang]``
and a pinned reference date, and results are cached. The precision is read from which parts
the text has, not from dateparser's guesses, so "9 March" is a day with an unknown year
(resolved later from the rest of the article) and "early 2019" is a year.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources

import jsonschema

from ..identity import longest_first

_PINNED_BASE = datetime(2000, 1, 1)


@dataclass(frozen=True)
class DateValue:
    """A parsed date: ``year`` may be None for a day or month given without its year."""

    year: int | None
    month: int | None
    day: int | None
    precision: str  # day | month | year
    relative: bool = False

    @property
    def iso(self) -> str | None:
        """ISO 8601 truncated to the precision, or None while the year is unknown."""
        if self.year is None:
            return None
        if self.precision == "year" or self.month is None:
            return f"{self.year:04d}"
        if self.precision == "month" or self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def with_year(self, year: int) -> DateValue:
        """The same date with its year given (a year resolved from the rest of the article)."""
        return DateValue(year, self.month, self.day, self.precision, self.relative)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: its character offsets in that text, its words and its parsed value."""

    start: int
    end: int
    text: str
    value: DateValue


@dataclass(frozen=True)
class _Rules:
    lang: str
    months: dict[str, str]
    patterns: tuple[tuple[str, re.Pattern], ...]
    relative: re.Pattern | None
    order: str
    future: re.Pattern | None
    full_date_only: frozenset[str] = frozenset()
    explicit_past: re.Pattern | None = None
    # "earlier this month", "l'an dernier": (pattern, unit "month"/"year", offset in that unit)
    periods: tuple[tuple[re.Pattern, str, int], ...] = ()
    # "Peru to sign Artemis Accords on Friday": words that make a headline's weekday the next one
    headline_future: re.Pattern | None = None
    # "The following year", "un an plus tôt": (pattern, unit, offset), dated from the latest date before them
    anaphoric: tuple[tuple[re.Pattern, str, int], ...] = ()
    # "IAC 2025", "Winter Satellite Workshop 2025": a bare year after a capitalised word inside a sentence is a name's
    year_after_name_is_no_date: bool = False
    year_qualifiers: frozenset[str] = frozenset()  # lower case: "Spring 2025" stays a date
    # "four days later", "deux ans plus tôt": number, unit, direction (groups n, unit, dir) and their values
    counted: re.Pattern | None = None
    counts: tuple[dict[str, int], dict[str, str], dict[str, int]] = ({}, {}, {})
    # "next October", "en octobre prochain": a month named alone is the next one after the article's
    explicit_next: re.Pattern | None = None
    # "signeront", "fournira": simple-future endings of a word of more than four letters
    future_endings: re.Pattern | None = None
    # every phrase of ``periods`` / ``anaphoric`` in one regex: a text it finds nothing in holds none (one scan for all)
    periods_gate: re.Pattern | None = None
    anaphoric_gate: re.Pattern | None = None
    # "twenty years ago", "il y a dix ans": (pattern, its number maps) counted back from the article's own date
    ago: tuple[re.Pattern, ...] = ()
    ago_exact: dict[str, str] | None = None
    ago_approximate: re.Pattern | None = None
    tens: dict[str, int] | None = None
    joiners: tuple[str, ...] = ()
    # "the day before launch", "la veille du lancement": an anaphoric period pointing at a named event
    anaphoric_anchored: re.Pattern | None = None
    # "avait été perdu mercredi": a past auxiliary before a weekday in its clause
    past: re.Pattern | None = None
    # "rescheduled for Friday", "reporté à vendredi": a weekday ahead whatever tense comes before
    ahead: re.Pattern | None = None
    # "les 15 et 21 décembre 1984": a bare day joined to a full date of the same month
    coordinated_day: re.Pattern | None = None


# all-digit dates, the same in every language: 2022-01-27 (2022-01-27T10:00), and 27/01/2022, 27.01.2022,
# 22-11-2024 and the spaced "11. 01. 2019" of some French sites (day or month first: the numeric_order)
_ISO = re.compile(r"(?<![\w/-])(?P<year>(?:1[89]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
                  r"(?:(?=T\d)|(?![\w-]))")  # a timestamp's time may follow: 2023-07-18T10:00
_NUMERIC = re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/.-])\s?(?P<b>\d{1,2})(?P=sep)\s?"
                      r"(?P<year>(?:1[89]|20)\d\d)(?![\w/-])")


@lru_cache(maxsize=4)
def rules(lang: str) -> _Rules:
    """Compile the date patterns of one language from its data file."""
    package = resources.files(__package__)
    data = json.loads(package.joinpath(f"months_{lang}.json").read_text("utf-8"))
    schema = json.loads(package.joinpath("months.schema.json").read_text("utf-8"))
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError as error:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise ValueError(f"months_{lang}.json: {where}: {error.message}") from error
    # a month name set in capitals ("30 JUL 2025", "12 MARS 2024": date lines of agency and ministry pages) is the
    # same month; the lower-case forms stay as the data file gives them ("may", "march" are words in English)
    months: dict[str, str] = {**{name.upper(): value for name, value in data["months"].items()}, **data["months"]}
    names = sorted(months, key=len, reverse=True)
    month = "(?P<month>" + "|".join(re.escape(m) + (r"(?!\w)" if not m.endswith(".") else "") for m in names) + ")"
    suffix = f"(?:{data['ordinal_suffix']})?"
    year = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
    day = rf"(?P<day>(?:[12]\d|3[01]|0?[1-9])){suffix}"
    qualifiers = "|".join(re.escape(q) for q in sorted(_with_capitals(data["year_qualifiers"]), key=longest_first))
    month_qualifiers = "|".join(re.escape(q) for q in sorted(_with_capitals(data["month_qualifiers"]),
                                                             key=longest_first))
    patterns = [
        ("dmy", rf"(?<![\w/]){day}\s+(?:de\s+|of\s+)?{month}\s*,?\s+{year}"),
        ("mdy", rf"(?<![\w/]){month}\s+{day}(?!\d),?\s+{year}"),
        ("iso", _ISO.pattern),
        ("numeric", _NUMERIC.pattern),
        ("my", rf"(?<![\w/]){month}\s+(?:of\s+|de\s+|d['’]\s*)?{year}"),
        ("dm", rf"(?<![\w/]){day}\s+(?:de\s+|of\s+)?{month}(?!\s*,?\s+(?:1[89]|20)\d\d)"),
        ("md", rf"(?<![\w/]){month}\s+{day}(?![\d:])(?!,?\s+(?:1[89]|20)\d\d)"),
        ("qy", rf"(?<!\w)(?:{qualifiers})[- ]+(?:of\s+|de\s+|d['’]\s*)?{year}"),
        # a month alone after a preposition ("in December", "en mars", "fin mars"): its year comes from the article
        ("m", rf"(?<!\w)(?:{month_qualifiers})[- ]+(?:of\s+|de\s+|d['’]\s*)?{month}(?!\s*,?\s+(?:1[89]|20)\d\d)"),
        ("y", rf"(?<![\w/.-]){year}(?![\w/-])"),
    ]
    compiled = tuple((kind, re.compile(src)) for kind, src in patterns)
    relative = None
    if data.get("relative"):
        words = "|".join(re.escape(r) for r in sorted(data["relative"], key=len, reverse=True))
        relative = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    future = None
    if data.get("future_cues"):
        cues = "|".join(re.escape(c) for c in sorted(data["future_cues"], key=len, reverse=True))
        # "placed its payloads in the planned orbit": a cue after a determiner is an adjective, not a plan
        guards = "".join(rf"(?<!\b{re.escape(w)} )" for w in data.get("future_cue_determiners", ()))
        future = re.compile(rf"(?<!\w){guards}(?:{cues})(?!\w)", re.IGNORECASE)
    explicit_past = None
    if data.get("explicit_past"):
        words = "|".join(re.escape(w) for w in sorted(data["explicit_past"], key=len, reverse=True))
        explicit_past = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    periods = _offset_patterns(data.get("relative_periods", {}))
    anaphoric = _offset_patterns(data.get("anaphoric_periods", {}))
    headline_future = None
    if data.get("headline_future_cues"):
        cues = "|".join(re.escape(c) for c in sorted(data["headline_future_cues"], key=len, reverse=True))
        headline_future = re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE)
    return _Rules(lang, months, compiled, relative, data.get("numeric_order", "DMY"), future,
                  frozenset(data.get("full_date_only", ())), explicit_past, periods, headline_future, anaphoric,
                  bool(data.get("year_after_name_is_no_date")),
                  frozenset(q.lower() for q in data["year_qualifiers"]), *_counted(data.get("anaphoric_counts")),
                  _words(data.get("explicit_next", ())), _endings(data.get("future_endings", ())),
                  _offset_gate(data.get("relative_periods", {})), _offset_gate(data.get("anaphoric_periods", {})),
                  *_ago(data.get("anaphoric_counts"), data.get("article_counts")),
                  _anchored(data.get("anaphoric_anchored", ())), _words(data.get("past_cues", ())),
                  _ending(data.get("weekday_ahead_prepositions", ())),
                  _coordinated_day(data.get("day_coordinators", ()), data.get("day_coordination_openers", ()),
                                   data["ordinal_suffix"]))


def _coordinated_day(words, openers, suffix: str) -> re.Pattern | None:
    """An opener, a bare day number, a ``day_coordinators`` word, then (group ``rest``) where the full date starts."""
    if not words or not openers:
        return None
    joined = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    opened = "|".join(re.escape(w) for w in sorted(openers, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{opened})\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:{suffix})?\s*,?\s*(?:{joined})\s+"
                      rf"(?:(?:le|the)\s+)?(?P<rest>)(?=\d)")


def _ending(words) -> re.Pattern | None:
    """``words`` as the last word of a text (spaces after it), case-insensitive; None when there are none."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})\s*$",
                      re.IGNORECASE)


def _anchored(words) -> re.Pattern | None:
    """``anaphoric_anchored`` words as a pattern matched right after a phrase (spaces first), or None."""
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alternation})(?!\w)", re.IGNORECASE)


def _number_pattern(counts: dict) -> str:
    """A count in digits or words, compound ones included ("forty-seven", "vingt et un", "quatre-vingt-dix")."""
    def alternation(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    units, tens = alternation(counts["numbers"]), alternation(counts.get("tens", {}))
    if not tens:
        return rf"(?:\d{{1,3}}|{units})"
    joiners = alternation(counts.get("joiners", ["-"]))
    return rf"(?:\d{{1,3}}|(?:{tens})(?:(?:{joiners})(?:{units})(?!\w))?|{units})"


def _ago(counts: dict | None, article: dict | None) -> tuple:
    """The ``article_counts`` patterns ("ten years ago", "il y a dix ans jour pour jour") and what reads them."""
    if not counts or not article:
        return (), None, None, None, ()
    def alternation(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    number, unit = _number_pattern(counts), alternation(counts["units"])
    exact = rf"(?:\s+(?P<exact>{alternation(article['exact'])}))?" if article["exact"] else ""
    patterns = []
    if article["after"]:
        patterns.append(re.compile(rf"(?<!\w)(?P<n>{number})\s+(?P<unit>{unit})\s+(?:{alternation(article['after'])})"
                                   rf"{exact}(?!\w)", re.IGNORECASE))
    if article["before"]:
        lead = rf"(?:\s+(?P<lead>{alternation(article['exact'])}))?" if article["exact"] else ""
        patterns.append(re.compile(rf"(?<!\w)(?:{alternation(article['before'])}){lead}\s+(?P<n>{number})\s+"
                                   rf"(?P<unit>{unit}){exact}(?!\w)", re.IGNORECASE))
    approximate = re.compile(rf"(?<!\w)(?:{alternation(article['approximate'])})\s*$", re.IGNORECASE) \
        if article["approximate"] else None
    exact_words = {" ".join(k.lower().replace("’", "'").split()): v for k, v in article["exact"].items()}
    return (tuple(patterns), exact_words, approximate, {k.lower(): v for k, v in counts.get("tens", {}).items()},
            tuple(counts.get("joiners", ["-"])))


def _endings(endings) -> re.Pattern | None:
    """Words of more than four letters that end with one of ``endings`` ("signeront"), or None without any."""
    if not endings:
        return None
    alternation = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?=\w{{5,}}(?!\w))\w*(?:{alternation})(?!\w)", re.IGNORECASE)


def _with_capitals(words: list[str]) -> set[str]:
    """``words`` and their sentence-initial forms: "En juin, ...", "In June, ..." open a sentence with a qualifier."""
    return set(words) | {w[:1].upper() + w[1:] for w in words}


def _words(words) -> re.Pattern | None:
    """Whole-word, case-insensitive alternation of ``words`` (longest first), or None when there are none."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?!\w)",
                      re.IGNORECASE)


def _counted(data: dict | None) -> tuple[re.Pattern | None, tuple[dict[str, int], dict[str, str], dict[str, int]]]:
    """The "four days later" pattern of ``anaphoric_counts`` (number, unit, direction) and its three value maps."""
    if not data:
        return None, ({}, {}, {})
    def alternation(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    unit, direction = (alternation(data[key]) for key in ("units", "directions"))
    pattern = re.compile(rf"(?<!\w)(?P<n>{_number_pattern(data)})\s+(?P<unit>{unit})\s+(?P<dir>{direction})(?!\w)",
                         re.IGNORECASE)
    lower = {key: {k.lower(): v for k, v in data[key].items()} for key in ("numbers", "units", "directions")}
    return pattern, (lower["numbers"], lower["units"], lower["directions"])


def _offset_gate(phrases: dict[str, list]) -> re.Pattern | None:
    """One regex that matches where some pattern of :func:`_offset_patterns` does (None without phrases).

    Each phrase keeps its own boundaries inside the alternation, so the gate finds something in a text exactly when
    one of the phrase patterns would: a sentence with none (most) costs one scan instead of one per phrase.
    """
    if not phrases:
        return None
    body = "|".join(rf"{re.escape(phrase)}(?!\w)" for phrase in sorted(phrases, key=lambda p: -len(p)))
    return re.compile(rf"(?<!\w)(?:{body})", re.IGNORECASE)


def _offset_patterns(phrases: dict[str, list]) -> tuple[tuple[re.Pattern, str, int], ...]:
    """``{phrase: [unit, offset]}`` as (whole-word pattern, unit, offset), longest phrase first.

    Not before a hyphen: "cette année-là" points back at a year already told, it is not the article's year.
    """
    return tuple((re.compile(rf"(?<!\w){re.escape(phrase)}(?![\w-])", re.IGNORECASE), unit, offset)
                 for phrase, (unit, offset) in sorted(phrases.items(), key=lambda item: -len(item[0])))


@lru_cache(maxsize=64)
def _parser(lang: str, order: str, base: datetime, prefer: str,
            parsers: tuple[str, ...] | None):
    """One dateparser parser per language and settings, built once and reused.

    dateparser is imported here, on the first relative date ("last Tuesday"): its import and the first parse of a
    language (~0.5 s) are not paid by a process whose documents only give absolute dates.
    """
    import dateparser

    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": order,
                "PREFER_DATES_FROM": prefer}
    if parsers:
        settings["PARSERS"] = list(parsers)
    return dateparser.DateDataParser(languages=[lang], settings=settings)


@lru_cache(maxsize=4096)
def _dateparser(
    text: str, lang: str, order: str, base: datetime = _PINNED_BASE, prefer: str = "past",
    parsers: tuple[str, ...] | None = None,
) -> datetime | None:
    """``text`` parsed once per distinct string and settings in a process.

    ``parsers`` None is dateparser's default list, needed for relative dates.
    """
    return _parser(lang, order, base, prefer, parsers).get_date_data(text)["date_obj"]


_DIGITS = re.compile(r"\d+")


def _probe_year(year: int | None) -> int:
    """The year written in a dateparser probe: 2000 for a leap year (or none given), else 2001.

    Only the month and the day are read from what dateparser returns, and they depend on the year only
    through February 29th, so a probe per (day, month, leap year or not) reads the same as one per year
    (checked over every day, month and language on years 1850-2099): a few hundred distinct probes to parse
    and cache, not one per year an article names.
    """
    return 2000 if year is None or calendar.isleap(year) else 2001


def parse_candidate(kind: str, match: re.Match, lang: str) -> DateValue | None:
    """Turn one pattern match into a :class:`DateValue` (None when the parts are not a real date)."""
    r = rules(lang)
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind in ("iso", "numeric"):
        return _digits_value(kind, match, r.order)
    if kind in ("qy", "y"):
        return DateValue(year, None, None, "year")
    month_name = r.months[groups["month"]]
    day_text = groups.get("day")
    parsed = _probe(month_name, int(_DIGITS.match(day_text).group(0)) if day_text else None, _probe_year(year))
    if parsed is None:
        return None
    month, day = parsed
    if kind in ("dmy", "mdy", "dm", "md"):
        return DateValue(year, month, day, "day")
    return DateValue(year, month, None, "month")


# the canonical month names of the months_<lang>.json files, in calendar order
_MONTH_NUMBERS = {name: number for names in (
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
     "décembre"),
) for number, name in enumerate(names, start=1)}


def month_number(name: str, lang: str) -> int | None:
    """The number of the month ``name`` names alone ("June", "JUIN", "juin"), None when it names none."""
    months = rules(lang if lang in ("en", "fr") else "en").months
    canonical = months.get(name) or months.get(name.lower())
    return _MONTH_NUMBERS.get(canonical) if canonical else None


def _probe(month_name: str, day: int | None, year: int) -> tuple[int, int] | None:
    """``(month, day)`` of the probe "day month_name year" (day 1 without a day), None when no such day exists.

    What dateparser returns for these probes, which are absolute dates with a canonical month name (the test
    compares both over every day, month, probe year and language), without loading dateparser's language data.
    """
    month = _MONTH_NUMBERS[month_name]
    day = 1 if day is None else day
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return month, day


def _digits_value(kind: str, match: re.Match, order: str) -> DateValue | None:
    """The day an :data:`_ISO` or :data:`_NUMERIC` match gives (``order`` "DMY" or "MDY"), None if no real day."""
    year = int(match.group("year"))
    if kind == "iso":
        month, day = int(match.group("m")), int(match.group("d"))
    else:
        a, b = int(match.group("a")), int(match.group("b"))
        if match.group("sep") == ".":
            order = "DMY"  # "04.02.2015": dotted dates are day first wherever they are written, English pages too
        day, month = (a, b) if order == "DMY" else (b, a)
        if month > 12 and day <= 12:
            day, month = month, day
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    return DateValue(year, month, day, "day")


def numeric_day(text: str) -> DateValue | None:
    """The first all-digit full date of ``text``, ISO or day first ("22-11-2024": date lines' convention).

    The same patterns as :func:`find_dates`; None when ``text`` holds none, or its first is no real day.
    """
    found = [(m.start(), kind, m) for kind, pattern in (("iso", _ISO), ("numeric", _NUMERIC))
             if (m := pattern.search(text)) is not None]
    if not found:
        return None
    _, kind, match = min(found, key=lambda item: item[0])
    return _digits_value(kind, match, "DMY")


_DIGIT = re.compile(r"\d")
_WITHOUT_DIGITS = frozenset({"m"})  # the one date pattern that may match without a digit ("in December")


def find_dates(text: str, lang: str) -> list[DateMatch]:
    """Every date expression in ``text``, longest first where they overlap, in text order."""
    lang = lang if lang in ("en", "fr") else "en"
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    digits = _DIGIT.search(text) is not None
    for kind, pattern in rules(lang).patterns:
        if not digits and kind not in _WITHOUT_DIGITS:
            continue  # every other pattern holds a day, a year or all-digit date: nothing to find without a digit
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind in ("my", "dm", "md", "m") and _month_is_not_a_date(text, match, lang):
                continue
            if "month" in match.re.groupindex and match.group("month") in rules(lang).full_date_only \
                    and kind not in ("dmy", "mdy") and not (kind == "my" and _whole_line(text, start, end)):
                continue  # "Mars" (the planet) is a month only in a full date ("10 Mars 2018") or a date heading
            if kind == "y" and rules(lang).year_after_name_is_no_date and _year_in_name(text, start, lang):
                continue  # "at IAC 2025": the year names the congress, it dates nothing
            value = parse_candidate(kind, match, lang)
            if value is None:
                continue
            found.append(DateMatch(start, end, match.group(0), value))
            taken.append((start, end))
    found += _coordinated_days(text, lang, found)
    return sorted(found, key=lambda d: d.start)


def _coordinated_days(text: str, lang: str, found: list[DateMatch]) -> list[DateMatch]:
    """Bare days joined to a full date of the same month: "les 15 et 21 décembre 1984", "on 6 and 9 March".

    The bare day takes the month (and the year, when written) of the date it is joined to; a range ("du 15 au 21")
    is not a coordination.
    """
    pattern = rules(lang).coordinated_day
    if pattern is None or not found:
        return []
    starts = {d.start: d for d in found if d.value.precision == "day" and d.value.month is not None}
    out = []
    for match in pattern.finditer(text):
        full = starts.get(match.start("rest"))
        if full is None or any(d.start <= match.start("day") < d.end for d in found):
            continue
        day = int(match.group("day"))
        probe = _probe_year(full.value.year)
        if not 1 <= day <= calendar.monthrange(probe, full.value.month)[1] or day >= (full.value.day or 32):
            continue
        out.append(DateMatch(match.start("day"), match.end("day"), match.group("day"),
                             DateValue(full.value.year, full.value.month, day, "day")))
    return out


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s")


def _clause(text: str, position: int) -> tuple[int, int]:
    """The comma/semicolon-delimited clause of ``text`` holding ``position`` (start, end offsets)."""
    start, end = 0, len(text)
    for found in _CLAUSE_BREAK.finditer(text):
        if found.end() <= position:
            start = found.end()
        elif found.start() >= position:
            end = found.start()
            break
    return start, end


_RELATIVE_AFTER = re.compile(r"\s(?:that|which|who|qui|que|dont)\s", re.IGNORECASE)


def _future_reaches(text: str, pattern: re.Pattern | None, match: re.Match, past: re.Pattern | None = None,
                    ahead: re.Pattern | None = None) -> bool:
    """True when a future cue dates the weekday ``match`` forward.

    Only a cue in the weekday's own clause counts ("X signed on Monday an agreement for a probe,
    which will study a comet": Monday is past), or one in the clause right after a clause that is
    only the weekday ("On Friday, Peru will sign").
    """
    if pattern is None:
        return False
    start, end = _clause(text, match.start())
    head = text[start : match.start()]
    if past is not None and past.search(head) and not pattern.search(head) and not (
            ahead is not None and ahead.search(head)):
        return False  # "avait été perdu mercredi, avant l'instant prévu": a past verb dates the weekday
    # a relative clause after the weekday tells of something else: "lifted off on Tuesday with two satellites that
    # will map the gravity field", "a décollé mardi avec deux satellites qui mesureront": Tuesday is past
    relative = _RELATIVE_AFTER.search(text, match.end(), end)
    if pattern.search(text[start : relative.start() if relative else end]):
        return True
    rest = text[start:end].replace(match.group(0), " ", 1)
    if len(rest.split()) <= 1 and end < len(text):
        following = _clause(text, end + 1)
        return bool(pattern.search(text[following[0] : following[1]]))
    return False


def find_relative(text: str, lang: str, article_date: DateValue | None,
                  headline: bool = False) -> Iterator[DateMatch]:
    """Relative dates ("yesterday", "mardi dernier"), resolved only against the article's own date.

    A weekday in a clause about the future ("are set to sign on Tuesday") is the next one; so is
    one in a headline (``headline``) with an infinitive of plan ("Peru to sign Accords on Friday").
    """
    r = rules(lang if lang in ("en", "fr") else "en")
    if r.relative is None or article_date is None or article_date.precision != "day" or article_date.year is None:
        return
    base = datetime(article_date.year, article_date.month or 1, article_date.day or 1)
    ago = list(_ago_dates(text, r, article_date)) if r.ago else []
    for match in r.relative.finditer(text):
        if any(a.start <= match.start() < a.end for a in ago):
            continue  # "twenty years ago today": the day counted back, not the article's
        future = _future_reaches(text, r.future, match, r.past, r.ahead) or (
            headline and r.headline_future is not None and r.headline_future.search(text) is not None)
        prefer = "future" if future else "past"
        if re.match(r"\s+\d", text[match.end() :]):
            continue  # "mardi 13 octobre" is a full date, the weekday only names it
        words = match.group(0)
        explicit = r.explicit_past is not None and r.explicit_past.search(words) is not None
        parsed = _relative_day(words, r.lang, r.order, base, prefer)
        if parsed is None and explicit:
            # "samedi dernier": the weekday alone, taken in the past, and never the article's own day
            assert r.explicit_past is not None
            parsed = _relative_day(" ".join(r.explicit_past.sub(" ", words).split()), r.lang, r.order, base, "past")
            if parsed is not None and parsed.date() == base.date():
                parsed = base - timedelta(days=7)
        elif parsed is not None and prefer == "past" and (base - parsed).days == 7 and not explicit:
            parsed = base  # "launched on Saturday" in an article dated that Saturday is that day
        if parsed is not None:
            value = DateValue(parsed.year, parsed.month, parsed.day, "day", relative=True)
            yield DateMatch(match.start(), match.end(), match.group(0), value)
    yield from ago
    yield from (p for p in _relative_periods(text, r, article_date) if not any(
        a.start <= p.start < a.end for a in ago))


# the relative words read without dateparser (see _relative_day): days from the base, and weekdays from Monday
_DAYS_FROM_BASE = {"en": {"today": 0, "yesterday": -1, "the day before yesterday": -2},
                   "fr": {"aujourd'hui": 0, "hier": -1, "avant-hier": -2}}
_WEEKDAYS = {"en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
             "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")}
_WEEKDAY_PAST_WORDS = {"en": ("last",), "fr": ()}  # "last Monday": the Monday before, whatever the clause says
_WEEKDAY_FILLERS = {"en": ("on",), "fr": ()}  # "on Monday" reads as "Monday"
_NO_DAY_AFTER_WEEKDAY = {"en": (), "fr": ("dernier", "dernière")}  # "mardi dernier": dateparser gives no date


def _relative_day(words: str, lang: str, order: str, base: datetime, prefer: str) -> datetime | None:
    """The day a relative expression of the date rules names ("yesterday", "on Tuesday", "mardi"), from ``base``.

    What dateparser gives for these words (the test compares both over every relative expression of the rule files,
    in several cases, from every weekday and for both preferences), without loading dateparser's language data: a
    weekday is the last one before ``base`` (a week back on ``base``'s own weekday), or the next one when
    ``prefer`` is "future". Words of another shape go to dateparser.
    """
    text = " ".join(words.lower().replace("’", "'").split())
    if lang in _DAYS_FROM_BASE and text in _DAYS_FROM_BASE[lang]:
        return base + timedelta(days=_DAYS_FROM_BASE[lang][text])
    tokens = text.split()
    weekdays = _WEEKDAYS.get(lang, ())
    past = False
    if len(tokens) == 2 and tokens[0] in _WEEKDAY_PAST_WORDS.get(lang, ()) + _WEEKDAY_FILLERS.get(lang, ()):
        past, tokens = tokens[0] in _WEEKDAY_PAST_WORDS[lang], tokens[1:]
    elif len(tokens) == 2 and tokens[0] in weekdays and tokens[1] in _NO_DAY_AFTER_WEEKDAY.get(lang, ()):
        return None
    if len(tokens) != 1 or tokens[0] not in weekdays:
        return _dateparser(words, lang, order, base, prefer)
    weekday = weekdays.index(tokens[0])
    if prefer == "future" and not past:
        return base + timedelta(days=(weekday - base.weekday()) % 7 or 7)
    return base - timedelta(days=(base.weekday() - weekday) % 7 or 7)


def _relative_periods(text: str, r: _Rules, article_date: DateValue) -> Iterator[DateMatch]:
    """Relative periods: "earlier this month" -> the article's month, "l'an dernier" -> the year before.

    Month or year precision, never a day. Longer phrases win over the phrases they contain.
    """
    assert article_date.year is not None and article_date.month is not None
    if r.periods_gate is not None and r.periods_gate.search(text) is None:
        return
    taken: list[tuple[int, int]] = []
    for pattern, unit, offset in r.periods:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            if unit == "year":
                value = DateValue(article_date.year + offset, None, None, "year", relative=True)
            elif unit == "day":
                # "this morning", "a few minutes ago": the article's day (a transcript's, a live blog's)
                day = datetime(article_date.year, article_date.month, article_date.day or 1) + timedelta(days=offset)
                value = DateValue(day.year, day.month, day.day, "day", relative=True)
            elif unit == "week":
                # "this week", "la semaine dernière": the day is not said; the month of that week's day
                day = datetime(article_date.year, article_date.month, article_date.day or 1) + timedelta(weeks=offset)
                value = DateValue(day.year, day.month, None, "month", relative=True)
            else:
                index = article_date.year * 12 + article_date.month - 1 + offset
                value = DateValue(index // 12, index % 12 + 1, None, "month", relative=True)
            yield DateMatch(match.start(), match.end(), match.group(0), value)


def _whole_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a line of its own (a timeline's date heading: "Mars 2018")."""
    before = text[:start].rstrip(" \t*_#")
    after = text[end:].lstrip(" \t*_:")
    return (before == "" or before.endswith("\n")) and (after == "" or after.startswith("\n"))


_NAME_WORD = re.compile(r"(?:[A-ZÀ-Ý][\w'’&-]*|[A-Z]{2,}[\w-]*)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•·«\"“(\n–—]|\s-)\s*$")


def _year_in_name(text: str, start: int, lang: str) -> bool:
    """True when the bare year at ``start`` closes a name ("IAC 2025", "Horizon 2020", "Workshop 2025").

    The word before it is capitalised, is not the first word of its sentence or line ("In 2020, ...", "Fin 2019")
    and is no year qualifier ("Spring 2025").
    """
    word = _NAME_WORD.search(text, max(0, start - 60), start)
    if word is None or not any(c.isalpha() for c in word.group(0)):
        return False
    if word.group(0).strip().lower() in rules(lang).year_qualifiers:
        return False
    return _SENTENCE_START.search(text[max(0, word.start() - 40) : word.start()]) is None


def find_anaphoric(text: str, lang: str) -> Iterator[tuple[int, int, str, str, int]]:
    """Periods dated from the text before them, not from the article: ``(start, end, words, unit, offset)``.

    "The following year" is one year after the latest date before it, "un an plus tôt" one year before; the caller
    finds that date (:mod:`spacerec.analysis.article_dates`). Longer phrases win over the phrases they contain.
    """
    r = rules(lang if lang in ("en", "fr") else "en")
    taken: list[tuple[int, int]] = []
    if r.counted is not None:
        numbers, units, directions = r.counts
        for match in r.counted.finditer(text):
            count = _count(match.group("n"), r)
            if count is None:
                continue
            unit, count = _unit_count(units[match.group("unit").lower()], count)
            taken.append((match.start(), match.end()))
            yield (match.start(), match.end(), match.group(0), unit,
                   count * directions[" ".join(match.group("dir").lower().split())])
    if r.anaphoric_gate is not None and r.anaphoric_gate.search(text) is None:
        return
    for pattern, unit, offset in r.anaphoric:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            if offset and r.anaphoric_anchored is not None and r.anaphoric_anchored.match(text, match.end()):
                continue  # "la veille du lancement", "au lendemain de": a day from that event, not from the text
                # ("le jour même du défilé" is the day just given: the event named is the one dated before)
            yield match.start(), match.end(), match.group(0), unit, offset


def _count(words: str, r: _Rules) -> int | None:
    """The number ``words`` say ("12", "seven", "forty-seven", "vingt et un", "quatre-vingt-dix"), None if unread."""
    text = " ".join(words.lower().replace("’", "'").split())
    if text.isdigit():
        return int(text)
    numbers = r.counts[0]
    if text in numbers:
        return numbers[text]
    for ten, value in sorted((r.tens or {}).items(), key=lambda item: -len(item[0])):
        if not text.startswith(ten):
            continue
        rest = text[len(ten):]
        if rest == "":
            return value
        for joiner in sorted(r.joiners, key=len, reverse=True):
            if rest.startswith(joiner) and rest[len(joiner):] in numbers:
                return value + numbers[rest[len(joiner):]]
    return None


def _unit_count(unit: str, count: int) -> tuple[str, int]:
    """A decade counted as ten years; the other units as they are."""
    return ("year", count * 10) if unit == "decade" else (unit, count)


_AFTER_AGO = re.compile(r"[\s,(:–—-]*(?:(?:le|on|the|en|in)\s+)?", re.IGNORECASE)


def _ago_dates(text: str, r: _Rules, article_date: DateValue) -> Iterator[DateMatch]:
    """"Ten years ago", "il y a dix ans jour pour jour": counted back from the article's own date (``article_counts``).

    A year unit gives the year, a month unit the month, a week unit the month of that week's day (as "last week"), a
    day unit the day; an exact word ("today", "to the day", "jour pour jour") gives the day counted back, "this week"
    its month. A count an approximate word opens ("more than ten years ago", "il y a plus de dix ans") gives nothing,
    nor one a written date follows ("il y a vingt-cinq ans, le 10 décembre 1999"): that date says it.
    """
    assert article_date.year is not None and article_date.month is not None
    base = datetime(article_date.year, article_date.month, article_date.day or 1)
    units = r.counts[1]
    for pattern in r.ago:
        for match in pattern.finditer(text):
            count = _count(match.group("n"), r)
            if count is None or count == 0 or count > 200:
                continue
            if r.ago_approximate is not None and \
                    r.ago_approximate.search(text[max(0, match.start("n") - 30) : match.start("n")]):
                continue  # "more than ten years ago": no date rather than a guess
            rest = _AFTER_AGO.match(text, match.end())
            written = find_dates(text[rest.end() : rest.end() + 40], r.lang) if rest else []
            if written and written[0].start == 0 and written[0].value.precision != "year":
                continue
            unit, count = _unit_count(units[match.group("unit").lower()], count)
            exact_words = next((match.group(g) for g in ("exact", "lead") if g in match.re.groupindex
                                and match.group(g)), None)
            exact = (r.ago_exact or {}).get(" ".join(exact_words.lower().replace("’", "'").split())) \
                if exact_words else None
            value = _counted_back(base, unit, count, exact)
            if value is not None:
                yield DateMatch(match.start(), match.end(), match.group(0), value)


def _counted_back(base: datetime, unit: str, count: int, exact: str | None) -> DateValue | None:
    """``base`` moved ``count`` units back, at the precision the unit (or the exact word) gives."""
    if unit == "year":
        year, month, day = base.year - count, base.month, base.day
    elif unit == "month":
        index = base.year * 12 + base.month - 1 - count
        year, month, day = index // 12, index % 12 + 1, base.day
    else:
        back = base - timedelta(days=count * (7 if unit == "week" else 1))
        year, month, day = back.year, back.month, back.day
    if year < 1800:
        return None
    day = min(day, calendar.monthrange(year, month)[1])  # 29 February counted back to a common year
    precision = exact or {"year": "year", "month": "month", "week": "week", "day": "day"}[unit]
    if precision == "day":
        return DateValue(year, month, day, "day", relative=True)
    if precision in ("week", "month"):
        return DateValue(year, month, None, "month", relative=True)
    return DateValue(year, None, None, "year", relative=True)


def shifted(base: DateValue, unit: str, offset: int) -> DateValue | None:
    """``base`` moved by ``offset`` units, at the unit's precision (a day unit needs a day); None when it cannot be."""
    if base.year is None:
        return None
    if unit == "year":
        return DateValue(base.year + offset, None, None, "year", relative=True)
    if unit == "month":
        if base.month is None:
            return None
        index = base.year * 12 + base.month - 1 + offset
        return DateValue(index // 12, index % 12 + 1, None, "month", relative=True)
    if unit == "day" and offset == 0:
        # "the same day": the day (or, when only the month is said, the month) of the date before; a year is no day
        if base.month is None:
            return None
        return DateValue(base.year, base.month, base.day, base.precision, relative=True)
    if base.month is None or base.day is None or base.precision != "day":
        return None
    day = datetime(base.year, base.month, base.day) + timedelta(days=offset * (7 if unit == "week" else 1))
    return DateValue(day.year, day.month, day.day, "day", relative=True)


def _month_is_not_a_date(text: str, match: re.Match, lang: str) -> bool:
    """French "Mars" (the planet) and English "May" (the verb) are not months without a day or year."""
    month = match.group("month")
    if lang == "fr" and month[:1].isupper():
        # capitalised French month names are months only at the start of a sentence
        before = text[: match.start("month")].rstrip()
        # a sentence's or a bullet's start: "- Août 2023 : ..." in a dated sidebar
        return not (before == "" or before.endswith((".", "!", "?", "\n", "•", "·", "–", "—", "*"))
                    or re.search(r"(?:^|\n)\s*-$", before) is not None)
    return False


def parse_date(text: str, lang: str) -> DateValue | None:
    """Parse a whole string as one date (the first date expression in it), or None."""
    found = find_dates(text, lang)
    return found[0].value if found else None
