"""News-page forms around a signing: byline words are no signatories, "earlier this month" is the article's
month, and each side of a sentence joining several signings keeps its own clause's date.

Invented articles (real agencies and countries, invented people); English and French, each with a
negative case, so a rule that stops working or starts over-firing fails here.
"""

from __future__ import annotations

import pytest


def agreements(extractor, text):
    out = extractor.extract(text, "news-forms")
    for record in out:
        for e in record["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]
    return [r for r in out if r["record_type"] == "agreement"]


def names(records):
    return {s["name"] for r in records for s in r["signatories"]}


@pytest.mark.parametrize("text, signer", [
    ("Chile signs the Artemis Accords\n\nBy Andes staff\nUpdated May 3, 2024 10:00 AM UTC\n\n"
     "SANTIAGO, May 3 (Andes) - Chile on Friday became the latest country to sign the Artemis Accords. "
     "Science Minister Aisen Etcheverry signed on behalf of the government.\n", "Aisen Etcheverry"),
    ("Le Chili signe les accords Artemis\n\nPar Rédaction Andes\nMis à jour le 03.05.2024\n\n"
     "Le Chili a signé vendredi les accords Artemis. Les accords ont été signés par Marta Rojas, "
     "ministre des Sciences, au nom du gouvernement.\n", "Marta Rojas"),
])
def test_byline_words_are_no_signatories(extractor, text, signer):
    found = names(agreements(extractor, text))
    assert signer in found
    assert not {n for n in found if n.split()[0] in ("By", "Updated", "Par", "Mis", "Rédaction")}


@pytest.mark.parametrize("text, phrase, expected", [
    ("Wire\n\nUpdated May 31, 2021\n\nSouth Korea signed the accords earlier this month.\n",
     "earlier this month", (2021, 5, None, "month")),
    ("Wire\n\nUpdated January 10, 2021\n\nThe agency signed a deal last month.\n",
     "last month", (2020, 12, None, "month")),
    ("Dépêche\n\n09.03.2021\n\nLa Corée du Sud a signé les accords plus tôt ce mois-ci.\n",
     "plus tôt ce mois-ci", (2021, 3, None, "month")),
    ("Dépêche\n\n09.03.2021\n\nLes deux agences avaient signé un accord l'an dernier.\n",
     "l'an dernier", (2020, None, None, "year")),
])
def test_relative_periods_take_the_article_month_or_year(blank_extractor, text, phrase, expected):
    analysis = blank_extractor.analyse(text)
    found = [d.value for s in analysis.sentences for d in s.dates if d.text == phrase]
    assert [(v.year, v.month, v.day, v.precision) for v in found] == [expected]


@pytest.mark.parametrize("text, phrase", [
    ("Wire\n\nSouth Korea signed the accords earlier this month.\n", "earlier this month"),
    ("Dépêche\n\nLa Corée du Sud a signé les accords plus tôt ce mois-ci.\n", "plus tôt ce mois-ci"),
])
def test_relative_periods_need_an_article_date(blank_extractor, text, phrase):
    analysis = blank_extractor.analyse(text)
    assert not [d for s in analysis.sentences for d in s.dates if d.text == phrase]


def _dates(records):
    return {tuple(p for p in r["parties"] if p != "NASA"): r["date"] for r in records if r["kind"] == "accords"}


@pytest.mark.parametrize("text, expected", [
    ("New Zealand signs the Artemis Accords\n\nUpdated May 31, 2021\n\nNew Zealand signed the Artemis Accords "
     "with NASA on Monday. Ukraine joined the Accords later in 2020, and South Korea signed earlier this month.\n",
     {("country:UA",): "2020", ("country:KR",): "2021-05"}),
    ("La Nouvelle-Zélande signe les accords Artemis\n\n31.05.2021\n\nLa Nouvelle-Zélande a signé lundi les "
     "accords Artemis avec la NASA. L'Ukraine a rejoint les accords Artemis en 2020, et la Corée du Sud les a signés "
     "plus tôt ce mois-ci.\n",
     {("country:UA",): "2020", ("country:KR",): "2021-05"}),
])
def test_each_side_keeps_the_date_of_its_own_clause(extractor, text, expected):
    dates = _dates(agreements(extractor, text))
    for side, date in expected.items():
        assert dates.get(side) == date, dates


@pytest.mark.parametrize("text", [
    "Accords\n\nUpdated May 31, 2021\n\nUkraine and South Korea joined the Artemis Accords with NASA in 2020.\n",
    "Accords\n\n31.05.2021\n\nL'Ukraine et la Corée du Sud ont rejoint les accords Artemis avec la NASA en 2020.\n",
])
def test_one_signing_clause_gives_every_side_its_date(extractor, text):
    dates = _dates(agreements(extractor, text))
    assert dates.get(("country:UA",)) == dates.get(("country:KR",)) == "2020", dates
