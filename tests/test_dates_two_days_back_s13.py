""""Avant-hier" / "the day before yesterday" are two days before the article's day, not "hier" / "yesterday"."""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records
from spacerec.dates import DateValue
from spacerec.dates.parse import find_relative

ARTICLE = DateValue(2024, 3, 22, "day")


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("L'ESA et la JAXA ont signé avant-hier un accord.", "fr", 20),
    ("ESA and JAXA signed an agreement the day before yesterday.", "en", 20),
    ("L'ESA et la JAXA ont signé hier un accord.", "fr", 21),
    ("ESA and JAXA signed an agreement yesterday.", "en", 21),
])
def test_days_back_from_the_article(text, lang, day):
    found = find_relative(text, lang, ARTICLE)
    assert [(m.value.month, m.value.day) for m in found] == [(3, day)]


@pytest.mark.parametrize(("text", "date"), [
    ("L'ESA et la JAXA\n\nPublié le vendredi 22 mars 2024\n\n"
     "L'ESA et la JAXA ont signé avant-hier à Tokyo un accord sur la mission MMX.\n", "2024-03-20"),
    ("ESA and JAXA\n\nPublished on Friday, 22 March 2024\n\n"
     "ESA and JAXA signed an agreement on the MMX mission in Tokyo the day before yesterday.\n", "2024-03-20"),
])
def test_a_signing_two_days_back(extractor, text, date):
    found = by_parties(checked_records(extractor, text, "agreement", "two-days"))
    assert [r["date"] for r in found[("ESA", "JAXA")]] == [date]
