"""Dates to ISO values with a precision (spacerec.dates) and year inference in the article."""

from __future__ import annotations

import pytest
from spacerec.dates import find_dates
from spacerec.dates.parse import DateValue, parse_date


@pytest.mark.parametrize(
    "text, lang, iso, precision",
    [
        ("9 mars 2021", "fr", "2021-03-09", "day"),
        ("le 09/03/2021", "fr", "2021-03-09", "day"),
        ("1er juin 2024", "fr", "2024-06-01", "day"),
        ("en sept. 2018", "fr", "2018-09", "month"),
        ("le 30 sept. 2014", "fr", "2014-09-30", "day"),
        ("début 2019", "fr", "2019", "year"),
        ("mai 2021", "fr", "2021-05", "month"),
        ("March 9th, 2021", "en", "2021-03-09", "day"),
        ("on 3 January 2019", "en", "2019-01-03", "day"),
        ("early 2019", "en", "2019", "year"),
        ("In Sept. 2018 it flew", "en", "2018-09", "month"),
        ("2024-06-02", "en", "2024-06-02", "day"),
        ("2024-06-02", "fr", "2024-06-02", "day"),
        ("03/09/2021", "en", "2021-03-09", "day"),  # month first in English
        ("in May 2021", "en", "2021-05", "month"),
    ],
)
def test_parse(text, lang, iso, precision):
    value = parse_date(text, lang)
    assert value is not None
    assert value.iso == iso
    assert value.precision == precision


def test_match_offsets():
    text = "La sonde a décollé le 1er juin 2024 à 12 h."
    (found,) = find_dates(text, "fr")
    assert text[found.start:found.end] == found.text == "1er juin 2024"


def test_september_abbreviation_is_month_nine_not_seven():
    value = parse_date("en sept. 2018", "fr")
    assert (value.year, value.month) == (2018, 9)


def test_french_mars_2020_is_not_a_date_in_march():
    for text in ("La sonde Mars 2020 a atterri dans le cratère Jezero.", "Mars 2020 a atterri."):
        for found in find_dates(text, "fr"):
            assert found.value.month != 3, found


def test_lowercase_mars_is_a_month():
    assert parse_date("en mars 2020", "fr").iso == "2020-03"


def test_day_without_year_keeps_unknown_year():
    value = parse_date("le 14 mars", "fr")
    assert value == DateValue(None, 3, 14, "day")
    assert value.iso is None
    assert value.with_year(2023).iso == "2023-03-14"
    value = parse_date("on March 14", "en")
    assert (value.year, value.month, value.day) == (None, 3, 14)


def test_impossible_dates_are_dropped():
    assert parse_date("le 31/02/2021", "fr") is None
    assert parse_date("2021-13-01", "en") is None


def test_iso_truncation():
    assert DateValue(2019, 1, None, "month").iso == "2019-01"
    assert DateValue(2019, None, None, "year").iso == "2019"
    assert DateValue(2019, 1, 3, "day").iso == "2019-01-03"


def _dates(analysis):
    return [(d.text, d.value.iso) for s in analysis.sentences for d in s.dates]


def test_year_from_dateline_fr(extractor):
    text = ("Accord spatial\n\nParis, 20 mars 2023\n\n"
            "Le CNES et l'Agence spatiale canadienne ont signé un protocole d'entente le 14 mars à Montréal.\n")
    analysis = extractor.analyse(text, "d")
    assert analysis.article_date is not None and analysis.article_date.iso == "2023-03-20"
    assert ("14 mars", "2023-03-14") in _dates(analysis)
    records = extractor.extract(text, "d")
    (agreement,) = [r for r in records if r["record_type"] == "agreement"]
    assert agreement["date"] == "2023-03-14"
    assert agreement["date_precision"] == "day"
    (document,) = [r for r in records if r["record_type"] == "document"]
    assert document.get("date") == "2023-03-20"


def test_year_from_dateline_en(extractor):
    text = ("Space deal\n\nWashington, March 20, 2023\n\n"
            "NASA and JAXA signed a memorandum of understanding on March 14 in Tokyo.\n")
    analysis = extractor.analyse(text, "d")
    assert ("March 14", "2023-03-14") in _dates(analysis)


def test_year_from_the_same_day_elsewhere(extractor):
    text = ("Lune\n\nLe 9 mars 2021, la CNSA et Roscosmos ont parlé de la Lune.\n\n"
            "The two agencies spoke on 9 March about the station.\n")
    analysis = extractor.analyse(text, "d")
    assert ("9 March", "2021-03-09") in _dates(analysis)


def test_year_unknown_stays_unknown(blank_extractor):
    text = "Lune\n\nLa CNSA a parlé le 9 mars. Elle a parlé de 2021 et de 2022 aussi.\n"
    analysis = blank_extractor.analyse(text, "d")
    assert ("9 mars", None) in _dates(analysis)


def test_mission_name_is_not_a_date_in_analysis(extractor):
    text = "Mars\n\nLa NASA a posé Mars 2020 sur Mars le 18 février 2021.\n"
    analysis = extractor.analyse(text, "d")
    dates = _dates(analysis)
    assert ("18 février 2021", "2021-02-18") in dates
    assert all(iso != "2020" and not (iso or "").startswith("2020-03") for _, iso in dates)


# ---- the article's own date as the reference date ------------------------------------------------

@pytest.mark.parametrize("text, published, relative, resolved", [
    ("CNES and JAXA sign an agreement\n\nParis, 15 March 2024\n\n"
     "CNES and JAXA signed an agreement on Thursday in Paris.\n", "2024-03-15", "on Thursday", (2024, 3, 14)),
    ("Le CNES et la JAXA signent un accord\n\nPublié le 27/01/2022 à 14h30\n\n"
     "Le CNES et la JAXA ont signé un accord mardi à Paris.\n", "2022-01-27", "mardi", (2022, 1, 25)),
    ("JAXA and ISRO to sign\n\nTOKYO, Aug 29 (Kyodo) - JAXA said yesterday it would sign an agreement with "
     "ISRO, after a first meeting on 12 March 2024.\n", "2024-08-29", "yesterday", (2024, 8, 28)),
])
def test_date_line_is_published_and_the_reference_for_relative_dates(blank_extractor, text, published, relative,
                                                                     resolved):
    from spacerec.analysis import reference_date

    analysis = blank_extractor.analyse(text)
    assert analysis.published is not None and analysis.published.value == published
    evidence = analysis.published.evidence
    assert text[evidence.start : evidence.end] == evidence.text and evidence.block == "body"
    assert reference_date(analysis) == analysis.article_date
    assert (analysis.article_date.year, analysis.article_date.month, analysis.article_date.day) == \
        tuple(int(p) for p in published.split("-"))
    found = [d for s in analysis.sentences for d in s.dates if d.text == relative]
    assert [(d.value.year, d.value.month, d.value.day) for d in found] == [resolved]
    document = next(r for r in blank_extractor.extract(text) if r["record_type"] == "document")
    assert document["published"]["value"] == published and document["published"]["precision"] == "day"


@pytest.mark.parametrize("text, relative", [
    ("CNES and JAXA sign an agreement\n\nCNES and JAXA signed an agreement on Thursday in Paris.\n", "on Thursday"),
    ("Le CNES et la JAXA signent un accord\n\nLe CNES et la JAXA ont signé un accord mardi à Paris.\n", "mardi"),
])
def test_without_a_date_line_relative_dates_stay_unresolved(blank_extractor, text, relative):
    analysis = blank_extractor.analyse(text)
    assert analysis.published is None and analysis.article_date is None
    assert not [d for s in analysis.sentences for d in s.dates if d.text == relative]
    document = next(r for r in blank_extractor.extract(text) if r["record_type"] == "document")
    assert "published" not in document


def test_wire_dateline_without_a_year_and_no_single_year_gives_no_date(blank_extractor):
    text = ("JAXA and ISRO\n\nTOKYO, Aug 29 (Kyodo) - JAXA signed yesterday; it flew in 2019 and on "
            "3 May 2021 and on 4 June 2022.\n")
    analysis = blank_extractor.analyse(text)
    assert analysis.segmentation.dateline is not None
    assert analysis.published is None


@pytest.mark.parametrize("text, lang, expected", [
    ("The satellite lifted off on Saturday from Xichang.", "en", "2024-06-22"),
    ("Le satellite a décollé samedi de Xichang.", "fr", "2024-06-22"),
    ("The satellite lifted off last Saturday from Xichang.", "en", "2024-06-15"),
    ("Le satellite a décollé samedi dernier de Xichang.", "fr", "2024-06-15"),
    # a week, not a day: the month of the week before (GUIDELINES: "this week" / "la semaine dernière" -> month)
    ("The agreement was signed last week.", "en", "2024-06"),
])
def test_a_bare_weekday_of_the_article_day_is_that_day(text, lang, expected):
    from spacerec.dates import find_relative

    article = DateValue(2024, 6, 22, "day")  # a Saturday
    assert [m.value.iso for m in find_relative(text, lang, article)] == [expected]


def _document_with(published) -> dict:
    from spacerec.records import DocumentRecord

    record = DocumentRecord("d", "Title", ["en"]).to_dict()
    record["published"] = published
    return record


def test_published_field_in_the_schema():
    from spacerec.schema import schema_errors

    evidence = {"start": 7, "end": 20, "text": "15 March 2024", "lang": "en", "block": "body"}
    assert list(schema_errors(_document_with({"value": "2024-03-15", "precision": "day", "evidence": evidence}))) == []
    for bad in ({"value": "15/03/2024", "precision": "day", "evidence": evidence},
                {"value": "2024-03-15", "precision": "week", "evidence": evidence},
                {"value": "2024-03-15", "precision": "day"},
                {"value": "2024-03-15", "precision": "day", "evidence": {**evidence, "block": "dateline"}}):
        assert list(schema_errors(_document_with(bad))), bad
    # optional: a document without it stays valid, and its other fields keep their meaning
    from spacerec.records import DocumentRecord

    assert "published" not in DocumentRecord("d", "Title", ["en"]).to_dict()


@pytest.mark.parametrize("text, iso", [
    ("New Delhi | 22-11-2024", "2024-11-22"),
    ("Mis à jour le 11. 01. 2019", "2019-01-11"),
    ("05/11/2024 10:30", "2024-11-05"),  # day first, whatever the language: a date line's convention
    ("12/25/2024", "2024-12-25"),  # a month first is read so when the day-first reading is no date
    ("Posted 2023-07-18T10:00", "2023-07-18"),
    ("31/02/2024", None),  # no such day
    ("ref 12/03/45", None),
    ("Page 3 of 12", None),
])
def test_numeric_day_is_the_parser_numeric_pattern_read_day_first(text, iso):
    from spacerec.dates.parse import numeric_day

    value = numeric_day(text)
    assert (value.iso if value else None) == iso
    if value is not None:
        assert value.precision == "day"


def test_an_iso_timestamp_is_a_day():
    (found,) = find_dates("Posted 2023-07-18T10:00:00Z by the agency.", "en")
    assert (found.text, found.value.iso) == ("2023-07-18", "2023-07-18")


@pytest.mark.parametrize(("text", "lang", "iso"), [
    ("Posted On: 30 JUL 2025 7:52PM", "en", "2025-07-30"),
    ("UPDATED MARCH 4, 2024", "en", "2024-03-04"),
    ("PUBLIÉ LE 12 MARS 2024", "fr", "2024-03-12"),
    ("mis à jour le 3 JUIL. 2023", "fr", "2023-07-03"),
])
def test_a_month_in_capitals_is_the_month(text, lang, iso):
    assert [(found.value.iso, found.value.precision) for found in find_dates(text, lang)] == [(iso, "day")]


def test_an_english_month_word_in_lower_case_stays_a_word():
    # "may" and "march" are English words: only the capitalised or all-capital forms are months
    assert [found.value.precision for found in find_dates("the agencies may 2025 plans", "en")] == ["year"]


def test_month_probes_read_as_dateparser_reads_them():
    """The pure-Python probe reader gives what dateparser gave for every probe a date match can build."""
    import calendar

    from spacerec.dates.parse import _MONTH_NUMBERS, _dateparser, _probe, rules

    for lang in ("en", "fr"):
        r = rules(lang)
        assert set(r.months.values()) <= set(_MONTH_NUMBERS)
        for name in sorted(set(r.months.values())):
            for year in (2000, 2001):
                for day in (None, *range(1, 32)):
                    probe = " ".join(p for p in (day and str(day), name, str(year)) if p)
                    parsed = _dateparser(probe, lang, r.order, parsers=("absolute-time",))
                    expected = None if parsed is None else (parsed.month, parsed.day)
                    assert _probe(name, day, year) == expected, (lang, probe)
    assert _probe("February", 29, 2001) is None and _probe("février", 29, 2000) == (2, 29)
    assert calendar.isleap(2000) and not calendar.isleap(2001)


def test_relative_days_read_as_dateparser_reads_them():
    """The relative expressions of the rule files give, without dateparser, the day dateparser gave."""
    import json
    from datetime import datetime, timedelta
    from importlib import resources

    from spacerec.dates.parse import _dateparser, _relative_day, rules

    bases = [datetime(2023, 12, 28) + timedelta(days=n) for n in range(7)] + [datetime(2024, 2, 29)]
    for lang in ("en", "fr"):
        r = rules(lang)
        data = json.loads(resources.files("spacerec.dates").joinpath(f"months_{lang}.json").read_text("utf-8"))
        phrases = set(data["relative"])
        phrases |= {" ".join(r.explicit_past.sub(" ", p).split()) for p in phrases}
        for phrase in sorted(phrases):
            for words in {phrase, phrase.upper(), phrase.capitalize(), phrase.title()}:
                for base in bases:
                    for prefer in ("past", "future"):
                        expected = _dateparser(words, lang, r.order, base, prefer)
                        assert _relative_day(words, lang, r.order, base, prefer) == expected, \
                            (lang, words, base, prefer)


@pytest.mark.parametrize("lang, words, days", [
    ("en", "Yesterday", -1), ("en", "last  Friday", -5), ("en", "on Friday", -5), ("en", "Wednesday", -7),
    ("fr", "aujourd’hui", 0), ("fr", "HIER", -1), ("fr", "vendredi", -5), ("fr", "mercredi", -7),
])
def test_relative_day_counts_back_from_the_base(lang, words, days):
    from datetime import datetime, timedelta

    from spacerec.dates.parse import _relative_day, rules

    base = datetime(2024, 3, 6)  # a Wednesday
    assert _relative_day(words, lang, rules(lang).order, base, "past") == base + timedelta(days=days)


@pytest.mark.parametrize("lang, words, days", [("en", "on Friday", 2), ("en", "last Friday", -5),
                                                ("fr", "vendredi", 2), ("fr", "mercredi", 7)])
def test_relative_weekday_in_a_future_clause_is_the_next_unless_last(lang, words, days):
    from datetime import datetime, timedelta

    from spacerec.dates.parse import _relative_day, rules

    base = datetime(2024, 3, 6)
    assert _relative_day(words, lang, rules(lang).order, base, "future") == base + timedelta(days=days)


def test_french_weekday_with_dernier_gives_no_day_itself():
    from datetime import datetime

    from spacerec.dates.parse import _relative_day, rules

    assert _relative_day("mardi dernier", "fr", rules("fr").order, datetime(2024, 3, 6), "past") is None
