"""The date layer on news pages: the reference date of live blogs and newsletters, relative and anaphoric periods,
years given by a line's own month, and years that belong to a name.

Invented texts (real agencies, invented people and events); English and French, each rule with a positive and a
negative case, so a rule that stops working or starts over-firing fails here.
"""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from checked import checked_records
from spacerec.blocks.header import is_date_line
from spacerec.dates import find_dates


def dates(extractor, text):
    """``{words: (year, month, day, precision)}`` of every date the analysis keeps."""
    analysis = extractor.analyse(text)
    return {d.text: (d.value.year, d.value.month, d.value.day, d.value.precision)
            for s in analysis.sentences for d in s.dates}


# ---- "this week", "la semaine dernière": the month of that week (the day is not said) ----------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Wire\n\nSeoul, May 28, 2021\n\nThe minister signed the Artemis Accords this week.\n",
     "this week", (2021, 5, None, "month")),
    ("Wire\n\nJune 3, 2021\n\nThe minister signed the Artemis Accords last week.\n",
     "last week", (2021, 5, None, "month")),
    ("Dépêche\n\n17.06.2024\n\nLes deux agences ont signé un protocole la semaine dernière.\n",
     "la semaine dernière", (2024, 6, None, "month")),
    ("Dépêche\n\n02.07.2024\n\nLes deux agences ont signé un protocole cette semaine.\n",
     "cette semaine", (2024, 7, None, "month")),
])
def test_week_periods_give_the_month(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase", [
    ("Wire\n\nThe minister signed the Artemis Accords this week.\n", "this week"),
    ("Dépêche\n\nLes deux agences ont signé un protocole la semaine dernière.\n", "la semaine dernière"),
])
def test_week_periods_need_an_article_date(blank_extractor, text, phrase):
    assert phrase not in dates(blank_extractor, text)


# ---- "The following year", "un an plus tôt": counted from the date before them ------------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Blog\n\nThe two agencies signed a memorandum on 2 October 2018. The following year, they signed a joint "
     "statement.\n", "The following year", (2019, None, None, "year")),
    ("Blog\n\nThe probe reached orbit in 2009. Its sister probe had been launched a year earlier.\n",
     "a year earlier", (2008, None, None, "year")),
    ("Lettre\n\nLes deux agences ont signé un protocole le 2 octobre 2018. L'année suivante, elles ont signé une "
     "déclaration commune.\n", "L'année suivante", (2019, None, None, "year")),
    ("Revue\n\nLa sonde est arrivée en 2009. La sonde indienne avait été lancée un an plus tôt par l'ISRO.\n",
     "un an plus tôt", (2008, None, None, "year")),
])
def test_anaphoric_periods_count_from_the_date_before(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase", [
    ("Blog\n\nThe two agencies met in Paris. The following year, they signed a joint statement.\n",
     "The following year"),
    ("Lettre\n\nLes deux agences se sont rencontrées. L'année suivante, elles ont signé une déclaration.\n",
     "L'année suivante"),
])
def test_anaphoric_periods_need_a_date_before(blank_extractor, text, phrase):
    assert phrase not in dates(blank_extractor, text)


# ---- a bare year closing a name is no date ---------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The two agencies renewed the arrangement at IAC 2025 in Sydney.", "en"),
    ("Finland joined at the Winter Satellite Workshop 2025 in Espoo.", "en"),
    ("Le projet est financé par le programme Horizon 2020 de l'Union.", "fr"),
    ("La NASA a présenté la mission Mars 2020 aux journalistes.", "fr"),
])
def test_year_closing_a_name_is_no_date(text, lang):
    assert not [d for d in find_dates(text, lang) if d.value.precision == "year"]


@pytest.mark.parametrize("text, lang, words", [
    ("In 2025, the two agencies renewed the arrangement.", "en", "2025"),
    ("The launch is planned for Spring 2025 from Kourou.", "en", "2025"),
    ("Le lancement est prévu au Printemps 2025 depuis Kourou.", "fr", "2025"),
    ("Bilan : 2024 a vu trois lancements.", "fr", "2024"),
])
def test_year_after_a_sentence_start_or_qualifier_stays_a_date(text, lang, words):
    assert words in {d.text for d in find_dates(text, lang)} or any(
        d.text.endswith(words) for d in find_dates(text, lang))


# ---- "Mars 2018" on its own line is a timeline's date heading ----------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Mars 2018\nÀ Tokyo, les deux agences publient une déclaration commune.", "fr", (2018, 3)),
    ("March 2018\nIn Tokyo, the two agencies publish a joint statement.", "en", (2018, 3)),
])
def test_month_heading_on_its_own_line(text, lang, expected):
    (heading, *_) = find_dates(text, lang)
    assert (heading.value.year, heading.value.month, heading.value.precision) == (*expected, "month")


def test_capitalised_mars_inside_a_line_is_the_planet():
    assert not [d for d in find_dates("Les agences visent Mars 2018 et au-delà.", "fr") if d.value.month]


# ---- a year-less day takes the year of its own line's month ("August 2023: ... on 23 August") -------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Magazine\n\nDecember 23, 2024\n\nMILESTONES\n\n- August 2023: ISRO's Chandrayaan-3 lands near the south pole on "
     "23 August.\n", "23 August", (2023, 8, 23, "day")),
    ("Magazine\n\n23 décembre 2024\n\nREPÈRES\n\n- Août 2023 : Chandrayaan-3 se pose près du pôle Sud le "
     "23 août.\n", "23 août", (2023, 8, 23, "day")),
])
def test_day_takes_the_year_of_its_lines_month(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Magazine\n\nDecember 23, 2024\n\nIn August 2023 the rover drove on, and on 5 December the agency signed.\n",
     "5 December", (2024, 12, 5, "day")),
    ("Magazine\n\n23 décembre 2024\n\nEn août 2023 le rover roulait encore ; le 5 décembre, l'agence a signé.\n",
     "5 décembre", (2024, 12, 5, "day")),
])
def test_another_month_of_the_line_gives_no_year(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


# ---- a newsletter's issue line gives the year of its year-less dates ----------------------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("La Lettre Espace\nLettre mensuelle du réseau – N° 58 – octobre 2020\n\nLe 27 octobre, l'ESA et la NASA ont "
     "signé le protocole d'accord.\n", "27 octobre", (2020, 10, 27, "day")),
    ("The Space Letter\nMonthly letter of the network – Issue 58 – October 2020\n\nOn 27 October, ESA and NASA "
     "signed the memorandum.\n", "27 October", (2020, 10, 27, "day")),
])
def test_issue_line_gives_the_year(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase", [
    ("La Lettre Espace\n\nLe réseau rappelle que la coopération a commencé en octobre 2020 avec une première "
     "rencontre entre les deux agences, puis une seconde en 2021 et une troisième en 2023 à Toulouse.\n\n"
     "Le 27 octobre, l'ESA et la NASA ont signé le protocole d'accord. Le 3 mai 2019, elles avaient signé une "
     "lettre.\n", "27 octobre"),
    ("The Space Letter\n\nThe network recalls that the cooperation began in October 2020 with a first meeting "
     "between the two agencies, then a second one in 2021 and a third in 2023 in Toulouse.\n\nOn 27 October, "
     "ESA and NASA signed the memorandum. On 3 May 2019 they had signed a letter.\n", "27 October"),
])
def test_a_month_in_prose_is_no_issue_line(blank_extractor, text, phrase):
    assert dates(blank_extractor, text)[phrase][0] is None


# ---- a live blog's header date is the day of its entries ------------------------------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("EN DIRECT – Sommet Inde–Japon\n\nVendredi 29 août 2025 – Suivi assuré par notre correspondante à Tokyo.\n\n"
     "14h55 – L'ISRO et la JAXA signent aujourd'hui un arrangement.\n", "aujourd'hui", (2025, 8, 29, "day")),
    ("LIVE – India–Japan summit\n\nFriday 29 August 2025 – Coverage by our correspondent in Tokyo.\n\n"
     "14:55 – ISRO and JAXA sign an arrangement today.\n", "today", (2025, 8, 29, "day")),
])
def test_live_blog_header_date_dates_its_entries(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase", [
    ("Sommet Inde–Japon\n\nLe 29 août 2025, lors du sommet annuel des deux pays à Tokyo, l'ISRO et la JAXA ont "
     "conclu un arrangement de mise en œuvre.\n\nAujourd'hui, les deux agences préparent la mission.\n",
     "Aujourd'hui"),
    ("India–Japan summit\n\nOn 29 August 2025, at the annual summit of the two countries in Tokyo, ISRO and JAXA "
     "concluded an implementing arrangement.\n\nToday the two agencies are preparing the mission.\n", "Today"),
])
def test_dated_first_sentence_without_dash_is_no_page_date(blank_extractor, text, phrase):
    assert phrase not in dates(blank_extractor, text)


# ---- the data files are validated --------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "fr"])
def test_months_files_follow_their_schema(lang):
    package = resources.files("spacerec.dates")
    schema = json.loads(package.joinpath("months.schema.json").read_text("utf-8"))
    data = json.loads(package.joinpath(f"months_{lang}.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    broken = {**data, "anaphoric_periods": {"the following year": ["decade", 1]}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


# ---- a year-less date long after the article, told with no future, is last year's ------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Wire\n\nJanuary 16, 2025\n\nThe mission was launched on 30 December from Sriharikota.\n",
     "30 December", (2024, 12, 30, "day")),
    ("Dépêche\n\n16 janvier 2025\n\nLa mission a été lancée le 30 décembre depuis Sriharikota.\n",
     "30 décembre", (2024, 12, 30, "day")),
    ("Wire\n\nJanuary 16, 2025\n\nThe mission will launch on 30 December from Sriharikota.\n",
     "30 December", (2025, 12, 30, "day")),
    ("Dépêche\n\n16 janvier 2025\n\nLa mission sera lancée le 30 décembre depuis Sriharikota.\n",
     "30 décembre", (2025, 12, 30, "day")),
    ("Wire\n\nFebruary 20, 2025\n\nThe launch window opens on 5 March.\n", "5 March", (2025, 3, 5, "day")),
    ("Dépêche\n\n16 janvier 2025\n\nL'ESA et la JAXA signeront un mémorandum le 14 novembre.\n", "14 novembre",
     (2025, 11, 14, "day")),
])
def test_date_long_after_the_article_told_with_no_future_is_last_year(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


# ---- counted anaphora ("four days later", "Quatre jours plus tôt") and "the same day" -------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Column\n\n14 July 2025\n\nApollo 11 left the Kennedy Space Center on July 16, 1969, and four days later its "
     "lunar module set down.\n", "four days later", (1969, 7, 20, "day")),
    ("Revue\n\n5 janvier 2024\n\nLe 23 août 2023, la sonde s'est posée. Quatre jours plus tôt, la sonde Luna 25 "
     "s'était écrasée.\n", "Quatre jours plus tôt", (2023, 8, 19, "day")),
    ("Interview\n\nSeoul, May 28, 2021\n\nThe minister signed the accords this week. On the same day, our two "
     "governments signed an agreement.\n", "the same day", (2021, 5, None, "month")),
    ("Revue\n\n5 janvier 2024\n\nL'Inde a signé les accords le 21 juin 2023. Le même jour, l'Équateur les a "
     "rejoints.\n", "Le même jour", (2023, 6, 21, "day")),
])
def test_counted_and_same_day_anaphora(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase", [
    ("Column\n\nThe probe left Earth in 2003, and four days later its lander separated.\n", "four days later"),
    ("Revue\n\nLa sonde est partie en 2003. Quatre jours plus tard, l'atterrisseur s'est séparé.\n",
     "Quatre jours plus tard"),
])
def test_counted_days_need_a_day_before(blank_extractor, text, phrase):
    assert phrase not in dates(blank_extractor, text)


# ---- a year written once for coordinated dates ("le 24 juillet et le 31 octobre 2022") ------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Blog\n\n10 mars 2023\n\nWentian et Mengtian, lancés respectivement le 24 juillet et le 31 octobre 2022.\n",
     "24 juillet", (2022, 7, 24, "day")),
    ("Column\n\n14 July 2025\n\nJuly 16 and July 20, 1969 – Apollo 11 launches and lands.\n",
     "July 16", (1969, 7, 16, "day")),
])
def test_coordinated_dates_share_their_year(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Blog\n\n10 août 2023\n\nWentian est parti le 24 juillet, bien avant la décision du 31 octobre 2022.\n",
     "24 juillet", (2023, 7, 24, "day")),
    ("Column\n\n14 July 2025\n\nThe rover left on June 16 from the pad, while the review of July 20, 1969 waited.\n",
     "June 16", (2025, 6, 16, "day")),
])
def test_dates_not_coordinated_keep_the_article_year(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


# ---- "next October", "en octobre prochain" ----------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Wire\n\nOctober 13, 2023\n\nEuropa Clipper is scheduled to launch next October.\n", "next October",
     (2024, 10, None, "month")),
    ("Dépêche\n\n13 novembre 2023\n\nLe lancement est prévu en octobre prochain.\n", "en octobre",
     (2024, 10, None, "month")),
    ("Wire\n\nOctober 13, 2023\n\nThe probe launched in October from Florida.\n", "in October",
     (2023, 10, None, "month")),
    ("Dépêche\n\n13 novembre 2023\n\nLa sonde a été lancée en octobre depuis la Floride.\n", "en octobre",
     (2023, 10, None, "month")),
])
def test_next_month_is_after_the_article(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


# ---- a qualifier opening the sentence ("En juin, ...", "In June, ...") --------------------------------------------

@pytest.mark.parametrize("text, lang, words", [
    ("En juin, l'Inde et l'Équateur ont rejoint les accords.", "fr", "En juin"),
    ("In June, India and Ecuador joined the Accords.", "en", "In June"),
])
def test_sentence_initial_qualifier_names_a_month(text, lang, words):
    (found,) = find_dates(text, lang)
    assert (found.text, found.value.month, found.value.precision) == (words, 6, "month")


@pytest.mark.parametrize("text, lang", [
    ("Entre-temps, l'Inde a rejoint les accords.", "fr"),
    ("Inside the hall, India joined the Accords.", "en"),
])
def test_capitalised_words_are_no_qualifiers(text, lang):
    assert find_dates(text, lang) == []


@pytest.mark.parametrize("text, phrase, expected", [
    ("Revue\n\n29 décembre 2023\n\nLe 3 mai, le Rwanda a signé. En juin, l'Inde et l'Équateur ont rejoint les "
     "accords, le même jour.\n", "le même jour", (2023, 6, None, "month")),
    ("Probe\n\nJuly 1, 2010\n\nHayabusa returned its capsule on 13 June 2010. The spacecraft burned up in the "
     "atmosphere on the same day.\n", "the same day", (2010, 6, 13, "day")),
])
def test_same_day_is_the_day_said_last(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase", [
    ("Revue\n\nL'Inde et l'Équateur ont rejoint les accords le même jour.\n", "le même jour"),
    ("Review\n\nIndia and Ecuador joined the Accords on the same day.\n", "the same day"),
    ("Revue\n\nMOST a été mis hors service en 2019.\n\nNEOSSat n'était pas seul ce jour-là.\n", "ce jour-là"),
    ("Review\n\nMOST was retired in 2019.\n\nNEOSSat was not alone that day.\n", "that day"),
])
def test_same_day_without_a_day_or_month_before_gives_nothing(blank_extractor, text, phrase):
    assert phrase not in dates(blank_extractor, text)


@pytest.mark.parametrize("text, phrase, expected", [
    ("Entretien\n\n3 juillet 2024\n\nLa sonde s'est posée début juin. Notre premier accord date de juin 2023.\n",
     "début juin", (2024, 6, None, "month")),
    ("Interview\n\nJuly 3, 2024\n\nThe probe landed in early June. Our first agreement dates from June 2023.\n",
     "early June", (2024, 6, None, "month")),
])
def test_a_month_elsewhere_gives_no_year_to_a_month_alone(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


# ---- a relative date after a second mission is no gapped event date (events.py) --------------------------------

def _mission_events(extractor, text):
    return {r["name"]: {(e["event"], e["date"]) for e in r["events"]}
            for r in checked_records(extractor, text, "mission", "date-layer")}


@pytest.mark.parametrize("text, station", [
    ("Columbus\n\nESA's Columbus laboratory was launched on 7 February 2008 aboard the Space Shuttle and attached to "
     "the International Space Station four days later.\n", "International Space Station"),
    ("Columbus\n\nLe laboratoire Columbus de l'ESA a été lancé le 7 février 2008 à bord de la navette et amarré à la "
     "Station spatiale internationale quatre jours plus tard.\n", "International Space Station"),
])
def test_relative_date_after_a_second_mission_is_not_its_launch(extractor, text, station):
    found = _mission_events(extractor, text)
    assert ("launch", "2008-02-07") in found["Columbus"]
    assert not found.get(station)


@pytest.mark.parametrize("text", [
    "Sentinel\n\nESA launched Sentinel-2A in 2015, Sentinel-2B in 2017 and Sentinel-2C in 2024.\n",
    "Sentinel\n\nL'ESA a lancé Sentinel-2A en 2015, Sentinel-2B en 2017 et Sentinel-2C en 2024.\n",
])
def test_written_dates_after_listed_missions_still_date_them(extractor, text):
    found = {k.replace(" ", "-"): v for k, v in _mission_events(extractor, text).items()}
    assert found["Sentinel-2B"] == {("launch", "2017")}


# ---- the month of the sentence before gives the year ("followed in November 2022. It was signed on 8 November") ----

@pytest.mark.parametrize("text, phrase, expected", [
    ("Release\n\n14 October 2024\n\nA letter of intent followed in November 2022. It was signed on 8 November by "
     "the two directors.\n", "8 November", (2022, 11, 8, "day")),
    ("Communiqué\n\n14 octobre 2024\n\nUne lettre d'intention a suivi en novembre 2022. Elle a été signée le "
     "8 novembre par les deux directeurs.\n", "8 novembre", (2022, 11, 8, "day")),
])
def test_month_of_the_sentence_before_gives_the_year(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Release\n\n14 October 2024\n\nA letter of intent followed in November 2022.\n\nThe station opens on "
     "8 November.\n", "8 November", (2024, 11, 8, "day")),
    ("Communiqué\n\n14 octobre 2024\n\nUne lettre d'intention a suivi en novembre 2022.\n\nLa station ouvre le "
     "8 novembre.\n", "8 novembre", (2024, 11, 8, "day")),
])
def test_month_of_another_paragraph_gives_no_year(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


# ---- the article's own day: "this morning", "a few minutes ago"; an event line with an ordinal as date line ------

@pytest.mark.parametrize("text, phrase", [
    ("Remarks at the signing\n\n72nd International Astronautical Congress, Dubai, 26 October 2021\n\n"
     "A few minutes ago, I signed the Artemis Accords on behalf of Poland.\n", "A few minutes ago"),
    ("Discours\n\nMardi 26 octobre 2021\n\nIl y a quelques minutes, j'ai signé les accords Artemis au nom de la "
     "Pologne.\n", "Il y a quelques minutes"),
    ("Transcript\n\nWednesday, December 11, 2024\n\nThis morning Panama signed the Accords.\n", "This morning"),
    ("Transcription\n\nMercredi 11 décembre 2024\n\nCe matin, le Panama a signé les accords.\n", "Ce matin"),
])
def test_same_day_phrases_are_the_article_day(blank_extractor, text, phrase):
    article = blank_extractor.analyse(text).article_date
    assert article is not None
    assert dates(blank_extractor, text)[phrase] == (article.year, article.month, article.day, "day")


@pytest.mark.parametrize("text, phrase", [
    ("Remarks\n\nA few minutes ago, I signed the Artemis Accords on behalf of Poland.\n", "A few minutes ago"),
    ("Discours\n\nCe matin, le Panama a signé les accords.\n", "Ce matin"),
])
def test_same_day_phrases_need_an_article_date(blank_extractor, text, phrase):
    assert phrase not in dates(blank_extractor, text)


@pytest.mark.parametrize("line, expected", [
    ("72nd International Astronautical Congress, Dubai, 26 October 2021", True),
    ("70e Congrès, Paris, 21 octobre 2019", True),
    ("The 72nd congress opened on 26 October 2021 in Dubai", False),
    ("Le 70e congrès s'est ouvert le 21 octobre 2019 à Paris", False),
])
def test_event_line_with_an_ordinal_is_a_date_line(line, expected):
    assert is_date_line(line) is expected
