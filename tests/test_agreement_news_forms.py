"""News-page forms around a signing: byline words are no signatories, "earlier this month" is the article's
month, and each side of a sentence joining several signings keeps its own clause's date.

Invented articles (real agencies and countries, invented people); English and French, each with a
negative case, so a rule that stops working or starts over-firing fails here.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "news-forms")


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


@pytest.mark.parametrize("text, listed, own", [
    ("Chile joins the Artemis Accords\n\nUpdated June 22, 2023\n\nChile signed the Artemis Accords with NASA on "
     "Wednesday. In Latin America, Brazil and Mexico are also among the signatories, and Colombia signed the "
     "Accords on May 10 of last year.\n", {"country:BR", "country:MX"}, ("country:CO", "2022-05-10")),
    ("Le Chili rejoint les accords Artemis\n\n22.06.2023\n\nLe Chili a signé mercredi les accords Artemis avec la "
     "NASA. En Amérique latine, le Brésil et le Mexique sont aussi parmi les signataires, et la Colombie a signé "
     "les accords Artemis le 10 mai de l'an dernier.\n", {"country:BR", "country:MX"}, ("country:CO", "2022-05-10")),
])
def test_a_background_clause_keeps_its_sides_out_but_not_the_signing_clause(extractor, text, listed, own):
    dates = _dates(agreements(extractor, text))
    assert not {side for (side,) in dates} & listed, dates
    assert dates.get((own[0],)) == own[1], dates


@pytest.mark.parametrize("text", [
    "Chile joins the Artemis Accords\n\nUpdated June 22, 2023\n\nChile signed the Artemis Accords with NASA on "
    "Wednesday. Brazil and Mexico are also among the signatories of the Artemis Accords.\n",
    "Le Chili rejoint les accords Artemis\n\n22.06.2023\n\nLe Chili a signé mercredi les accords Artemis avec la "
    "NASA. Le Brésil et le Mexique sont aussi parmi les signataires des accords Artemis.\n",
])
def test_a_background_list_alone_gives_no_record(extractor, text):
    dates = _dates(agreements(extractor, text))
    assert set(dates) == {("country:CL",)}, dates


@pytest.mark.parametrize("text, expected", [
    ("Spain signs the Artemis Accords\n\nPress release\n30 May 2023\n\nSpain has today signed the Artemis Accords."
     "\n\nSigners:\nDiana Morant, Minister of Science, Government of Spain\n\nOther European signatories include "
     "France, which signed the Accords in June 2022, and the Czech Republic, which signed earlier this month.\n",
     {("country:FR",): "2022-06", ("country:CZ",): "2023-05"}),
])
def test_listed_signings_keep_their_relative_clause_date_and_no_signers_block(extractor, text, expected):
    records = agreements(extractor, text)
    dates = _dates(records)
    for side, date in expected.items():
        assert dates.get(side) == date, dates
    listed = [r for r in records if set(r["parties"]) & {"country:FR", "country:CZ", "CNES"}]
    assert listed and not any(r["signatories"] for r in listed)


@pytest.mark.parametrize("text, signer", [
    ("Ecuador joins the Artemis Accords\n\nJune 22, 2023\n\nEcuador signed the Artemis Accords on Wednesday in "
     "Washington. Foreign Minister Gustavo Manrique signed for Ecuador.\n\n(Reporting by Meridian's Washington "
     "bureau)\n", "Gustavo Manrique"),
])
def test_a_possessive_phrase_is_no_signatory(extractor, text, signer):
    found = names(agreements(extractor, text))
    assert signer in found and not {n for n in found if "'s" in n}, found


@pytest.mark.parametrize("text, expected", [
    ("Ecuador joins the Artemis Accords\n\nJune 22, 2023\n\nWASHINGTON, June 22 (Meridian) - Ecuador signed the "
     "Artemis Accords on Wednesday. Foreign Minister Gustavo Manrique signed on behalf of Ecuador.\n", "2023-06-21"),
    ("L'Équateur rejoint les accords Artemis\n\n22.06.2023\n\nWASHINGTON, 22 juin (Meridian) - L'Équateur a signé "
     "mercredi les accords Artemis. Le ministre des Affaires étrangères Gustavo Manrique a signé au nom de "
     "l'Équateur.\n", "2023-06-21"),
])
def test_the_occasion_date_is_the_signing_date_not_the_wire_dateline(extractor, text, expected):
    dates = {r["date"] for r in agreements(extractor, text) if r["kind"] == "accords"}
    assert dates == {expected}, dates


@pytest.mark.parametrize("text, pair", [
    ("Euclid space telescope on its way\n\n1 July 2023\n\nESA's Euclid space telescope lifted off today. "
     "NASA contributed the detectors of the infrared instrument.\n", ["ESA", "NASA"]),
    ("La capsule de Chang'e 5 rapporte des échantillons\n\n17/12/2020\n\nLa capsule de Chang'e 5 s'est posée en "
     "Mongolie-Intérieure, a annoncé l'agence spatiale chinoise (CNSA). L'Agence spatiale européenne (ESA) "
     "a apporté son appui à la mission : sa station de "
     "Kourou a suivi la sonde.\n", ["CNSA", "ESA"]),
])
def test_a_contribution_to_the_article_mission(extractor, text, pair):
    found = [r for r in agreements(extractor, text) if r["kind"] == "cooperation"]
    assert [r["parties"] for r in found] == [pair], found


@pytest.mark.parametrize("text", [
    "SWOT lancé\n\n16/12/2022\n\nSWOT a été lancé aujourd'hui. L'UK Space Agency a également apporté des "
    "contributions à la mission.\n",
])
def test_no_cooperation_for_a_co_led_mission(extractor, text):
    assert not [r for r in agreements(extractor, text) if r["kind"] == "cooperation"]


@pytest.mark.parametrize("text", [
    "Angola joins NASA's Artemis Accords\n\n30 November 2023\n\nAngola signed the Artemis Accords today. Nigeria "
    "and Rwanda were the first African countries to sign the agreement, on 13 December 2022.\n",
    "L'Angola adhère aux accords Artemis de la NASA\n\n30/11/2023\n\nL'Angola a signé aujourd'hui les accords "
    "Artemis. Le Nigeria et le Rwanda ont été les premiers pays africains à adhérer aux accords, le 13 décembre "
    "2022.\n",
])
def test_an_anaphoric_document_is_the_treaty_named_before(extractor, text):
    records = agreements(extractor, text)
    dates = _dates(records)
    assert dates.get(("country:NG",)) == dates.get(("country:RW",)) == "2022-12-13", dates
    assert not [r for r in records if {"country:NG", "country:RW"} <= set(r["parties"])]


@pytest.mark.parametrize("text", [
    "Space cooperation\n\n30 November 2023\n\nNigeria and Rwanda were the first African countries to sign the "
    "agreement, on 13 December 2022.\n",
    "Coopération spatiale\n\n30/11/2023\n\nLe Nigeria et le Rwanda ont été les premiers pays africains à adhérer "
    "aux accords, le 13 décembre 2022.\n",
])
def test_an_anaphoric_document_without_a_treaty_before_is_no_accords(extractor, text):
    assert not [r for r in agreements(extractor, text) if r["kind"] == "accords"]


@pytest.mark.parametrize("text", [
    "ESA and NASA sign a memorandum\n\nPress release\n16 May 2024\n\nESA and NASA today signed a Memorandum of "
    "Understanding on the Rosalind Franklin rover.\n\nSigners:\nDaniel Weber, Director of Exploration, European "
    "Space Agency\nNicola Hart, Associate Administrator, NASA\n\nIn March 2013 ESA and Roscosmos signed an "
    "agreement on the ExoMars programme.\n",
    "L'ESA et la NASA signent un mémorandum\n\nCommuniqué\n16/05/2024\n\nL'ESA et la NASA ont signé aujourd'hui un "
    "protocole d'accord sur le rover Rosalind Franklin.\n\nSignataires :\nDaniel Weber, directeur de l'exploration, "
    "Agence spatiale européenne\nNicola Hart, administratrice associée, NASA\n\nEn mars 2013, l'ESA et Roscosmos "
    "avaient signé un accord sur le programme ExoMars.\n",
])
def test_the_signers_block_belongs_to_the_article_signing(extractor, text):
    records = agreements(extractor, text)
    main = [r for r in records if r["parties"] == ["ESA", "NASA"] and r["date"] == "2024-05-16"]
    assert main and {(s["name"], s["agency_id"]) for s in main[0]["signatories"]} == {
        ("Daniel Weber", "ESA"), ("Nicola Hart", "NASA")}, records
    past = [r for r in records if "ROSCOSMOS" in r["parties"]]
    assert past and all(r["parties"] == ["ESA", "ROSCOSMOS"] and not r["signatories"] for r in past), past


@pytest.mark.parametrize("text", [
    "Rover\n\n16 May 2024\n\nThe ESA rover built with NASA will search for signs of past life on Mars.\n",
    "Rover\n\n16/05/2024\n\nLe rover de l'ESA construit avec la NASA cherchera des signes de vie passée sur Mars.\n",
])
def test_signs_of_life_are_no_signing(extractor, text):
    assert not agreements(extractor, text)
