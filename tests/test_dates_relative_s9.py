"""Relative dates of session 9 (issue #11 item 4): counted back from the article's own date, or from the date before.

Phrasings written for these tests in the way wire copy, press releases, anniversary columns and machine-translated
French write them (not taken from the corpus, the cases or the seed). Each kind in English and French, with the
negative cases: no article date gives no date, an approximate count gives none, a written date right after the count
keeps its own, an anaphoric day pointing at a named event ("the day before launch") is no date.
"""

from __future__ import annotations

import pytest
from test_date_layer_news import dates

# ---- "ten years ago", "il y a dix ans": counted back from the article's date ----------------------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Column\n\nMarch 4, 2024\n\nThe probe was launched ten years ago from Kourou.\n",
     "ten years ago", (2014, None, None, "year")),
    ("Column\n\n4 March 2024\n\nA decade ago, the two agencies signed their first agreement.\n",
     "A decade ago", (2014, None, None, "year")),
    ("Column\n\n4 March 2024\n\nTwo decades ago the satellite reached orbit.\n",
     "Two decades ago", (2004, None, None, "year")),
    ("Column\n\n4 March 2024\n\nForty-seven years ago today, the second of the twin probes left Florida.\n",
     "Forty-seven years ago today", (1977, 3, 4, "day")),
    ("Column\n\n14 January 2025\n\nTwenty years ago to the day, the probe landed on Titan.\n",
     "Twenty years ago to the day", (2005, 1, 14, "day")),
    ("Wire\n\nJuly 14, 2025\n\nFifty years ago this week, the two capsules lifted off.\n",
     "Fifty years ago this week", (1975, 7, None, "month")),
    ("Wire\n\nMay 28, 2021\n\nThe agency signed the memorandum two months ago.\n",
     "two months ago", (2021, 3, None, "month")),
    ("Wire\n\nMay 28, 2021\n\nThe satellite was launched 5 days ago from Vandenberg.\n",
     "5 days ago", (2021, 5, 23, "day")),
    ("Wire\n\nMay 28, 2021\n\nThe minister signed the accords three weeks ago.\n",
     "three weeks ago", (2021, 5, None, "month")),
    ("Dépêche\n\n25 février 2023\n\nLe satellite a été lancé il y a dix ans depuis Sriharikota.\n",
     "il y a dix ans", (2013, None, None, "year")),
    ("Dépêche\n\n25 février 2023\n\nIl y a vingt-cinq ans, les deux agences signaient leur premier accord.\n",
     "Il y a vingt-cinq ans", (1998, None, None, "year")),
    ("Dépêche\n\n25 février 2023\n\nIl y a quinze ans jour pour jour, la sonde se posait sur Mars.\n",
     "Il y a quinze ans jour pour jour", (2008, 2, 25, "day")),
    ("Dépêche\n\n25 février 2023\n\nIl y a aujourd'hui trente ans, la fusée décollait de Kourou.\n",
     "Il y a aujourd'hui trente ans", (1993, 2, 25, "day")),
    ("Dépêche\n\n25 février 2023\n\nLa sonde a quitté la Terre il y a une décennie.\n",
     "il y a une décennie", (2013, None, None, "year")),
    ("Dépêche\n\n25 février 2023\n\nL'accord a été signé il y a trois mois à Paris.\n",
     "il y a trois mois", (2022, 11, None, "month")),
    ("Dépêche\n\n25 février 2023\n\nIl y a soixante-dix ans, personne n'imaginait un satellite.\n",
     "Il y a soixante-dix ans", (1953, None, None, "year")),
    ("Dépêche\n\n25 février 2023\n\nIl y a vingt et un ans, le satellite était mis en orbite.\n",
     "Il y a vingt et un ans", (2002, None, None, "year")),
])
def test_a_count_back_is_dated_from_the_article(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase", [
    # no article date: nothing (never today's clock)
    ("Column\n\nThe probe was launched ten years ago from Kourou.\n", "ten years ago"),
    ("Chronique\n\nLe satellite a été lancé il y a dix ans depuis Sriharikota.\n", "il y a dix ans"),
    # an approximate count is no date
    ("Column\n\nMarch 4, 2024\n\nThe probe was launched more than ten years ago from Kourou.\n", "ten years ago"),
    ("Column\n\nMarch 4, 2024\n\nThe probe was launched nearly twenty years ago.\n", "twenty years ago"),
    ("Dépêche\n\n25 février 2023\n\nLe satellite a été lancé il y a plus de dix ans.\n", "il y a plus de dix ans"),
    ("Dépêche\n\n25 février 2023\n\nLe satellite a été lancé il y a près de vingt ans.\n", "il y a près de vingt ans"),
])
def test_a_count_back_without_an_article_date_or_approximate_is_no_date(blank_extractor, text, phrase):
    found = dates(blank_extractor, text)
    assert phrase not in found
    assert not any(value[0] is not None and value[0] < 2020 for value in found.values())


@pytest.mark.parametrize("text, written, expected", [
    ("Dépêche\n\n25 février 2023\n\nIl y a dix ans jour pour jour, le 25 février 2013, le satellite quittait la "
     "Terre.\n", "25 février 2013", (2013, 2, 25, "day")),
    ("Dépêche\n\n10 décembre 2024\n\nLe télescope a été lancé il y a vingt-cinq ans, le 10 décembre 1999.\n",
     "10 décembre 1999", (1999, 12, 10, "day")),
    ("Column\n\n14 January 2025\n\nTwenty years ago, on 14 January 2005, the probe landed on Titan.\n",
     "14 January 2005", (2005, 1, 14, "day")),
])
def test_a_count_back_followed_by_its_written_date_leaves_it_the_date(blank_extractor, text, written, expected):
    found = dates(blank_extractor, text)
    assert found[written] == expected
    assert not any(value[3] == "year" for value in found.values())


# ---- "le lendemain", "la veille", "the day before": a day counted from the date before -----------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Revue\n\n5 janvier 2024\n\nLa Suisse a signé les accords le 15 avril 2024. Le lendemain, la Suède l'a suivie.\n",
     "Le lendemain", (2024, 4, 16, "day")),
    ("Revue\n\n5 janvier 2024\n\nLe lancement a eu lieu le 14 avril 2023, après avoir été annulé la veille.\n",
     "la veille", (2023, 4, 13, "day")),
    ("Revue\n\n5 janvier 2024\n\nLe défilé a eu lieu le 14 juillet 2023. Le jour même du défilé, l'ISRO lançait "
     "sa sonde.\n", "Le jour même", (2023, 7, 14, "day")),
    ("Revue\n\n5 janvier 2024\n\nLa capsule s'est posée le 4 mai 2022 ; le surlendemain, les échantillons étaient à "
     "Pékin.\n", "le surlendemain", (2022, 5, 6, "day")),
    ("Wire\n\nJanuary 5, 2024\n\nSwitzerland signed on 15 April 2024. The next morning, Sweden followed.\n",
     "The next morning", (2024, 4, 16, "day")),
    ("Wire\n\nJanuary 5, 2024\n\nThe probe landed on 4 May 2022. The previous day, controllers had adjusted its "
     "orbit.\n", "The previous day", (2022, 5, 3, "day")),
    ("Wire\n\nJanuary 5, 2024\n\nThe launch took place on 14 April 2023, after a scrub the previous day.\n",
     "the previous day", (2023, 4, 13, "day")),
    ("Wire\n\nJanuary 5, 2024\n\nThe rocket lifted off on 2 March 2004, and twenty-one days later the probe made its "
     "first burn.\n", "twenty-one days later", (2004, 3, 23, "day")),
    ("Revue\n\n5 janvier 2024\n\nLa fusée a décollé le 2 mars 2004 et, vingt et un jours plus tard, la sonde a "
     "allumé son moteur.\n", "vingt et un jours plus tard", (2004, 3, 23, "day")),
])
def test_a_day_counted_from_the_date_before(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


@pytest.mark.parametrize("text, phrase", [
    ("Wire\n\nJanuary 5, 2024\n\nThe probe was launched on 4 May 2022. The rocket stood on its pad the day before "
     "launch.\n", "the day before"),
    ("Wire\n\nJanuary 5, 2024\n\nOn 4 May 2022 NASA confirmed the schedule. The crew rested the day before the "
     "landing.\n", "the day before"),
    ("Column\n\n14 July 2025\n\nJuly 20, 1976 – Seven years to the day after Apollo 11's landing, Viking 1 touched "
     "down.\n", "the day after"),
    ("Revue\n\n5 janvier 2024\n\nLe 4 mai 2022, le CNES a confirmé le calendrier. La fusée était prête la veille du "
     "lancement.\n", "la veille"),
    ("Revue\n\n5 janvier 2024\n\nElle s'est insérée en orbite le 10 février 2021, au lendemain de la sonde "
     "émiratie.\n", "lendemain"),
])
def test_a_day_pointing_at_a_named_event_is_no_date(blank_extractor, text, phrase):
    assert not any(phrase.lower() in words.lower() for words in dates(blank_extractor, text))


def test_the_same_day_after_a_count_back_is_the_day_written_before(blank_extractor):
    text = ("Column\n\n14 July 2025\n\nJuly 15, 1975 – Fifty years ago this week, the Apollo capsule and Soyuz 19 "
            "lifted off hours apart on the same day.\n")
    assert dates(blank_extractor, text)["the same day"] == (1975, 7, 15, "day")


# ---- "le 10 février dernier": the latest such day before the article ----------------------------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Dépêche\n\n16 janvier 2024\n\nL'accord a été signé le 26 décembre dernier à Paris.\n", "26 décembre",
     (2023, 12, 26, "day")),
    ("Dépêche\n\n16 janvier 2024\n\nLa sonde a été lancée le 2 février dernier.\n", "2 février", (2023, 2, 2, "day")),
    ("Dépêche\n\n16 mai 2021\n\nElle s'est insérée en orbite le 10 février dernier.\n", "10 février",
     (2021, 2, 10, "day")),
    ("Dépêche\n\n16 janvier 2024\n\nLa sonde a été lancée le 12 janvier dernier.\n", "12 janvier",
     (2024, 1, 12, "day")),
])
def test_a_day_said_past_is_before_the_article(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


def test_a_day_without_past_word_keeps_the_article_year(blank_extractor):
    text = "Dépêche\n\n16 janvier 2024\n\nLa sonde sera lancée le 2 février prochain.\n"
    assert dates(blank_extractor, text)["2 février"] == (2024, 2, 2, "day")


# ---- a weekday after a past auxiliary is past, whatever plan word follows it -----------------------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Dépêche\n\n21/10/2016\n\nLe contact avait été perdu mercredi, une minute avant l'instant prévu de l'arrivée.\n",
     "mercredi", (2016, 10, 19, "day")),
    ("Dépêche\n\n21/10/2016\n\nLa sonde s'était posée mercredi, comme prévu par les ingénieurs.\n",
     "mercredi", (2016, 10, 19, "day")),
    ("Wire\n\nOctober 21, 2016\n\nContact was lost on Wednesday, a minute before the planned touchdown.\n",
     "on Wednesday", (2016, 10, 19, "day")),
    ("Wire\n\nOctober 21, 2016\n\nThe probe had landed on Wednesday, as scheduled by the team.\n",
     "on Wednesday", (2016, 10, 19, "day")),
    # a future cue before the weekday, or a preposition of a later day, still makes it the next one
    ("Wire\n\nOctober 21, 2016\n\nThe launch, which was delayed, will now take place on Wednesday.\n",
     "on Wednesday", (2016, 10, 26, "day")),
    ("Wire\n\nOctober 21, 2016\n\nThe signing was moved to next week and is scheduled on Wednesday.\n",
     "on Wednesday", (2016, 10, 26, "day")),
])
def test_a_weekday_after_a_past_auxiliary_is_past(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


# ---- a year-less day later in a sentence that wrote its year earlier is that year's ----------------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("Wire\n\n16 January 2015\n\nThe pair left Baikonur on 2 June 2003, and the orbiter released the lander on "
     "19 December.\n", "19 December", (2003, 12, 19, "day")),
    ("Wire\n\n16 January 2015\n\nThe probe launched on 2 March 2004 and reached the comet on 6 August.\n",
     "6 August", (2004, 8, 6, "day")),
    ("Dépêche\n\n16 janvier 2015\n\nLa sonde a décollé le 2 juin 2003 et a largué l'atterrisseur le 19 décembre.\n",
     "19 décembre", (2003, 12, 19, "day")),
    ("Dépêche\n\n16 janvier 2015\n\nLancée le 2 mars 2004, la sonde a rejoint la comète le 6 août.\n",
     "6 août", (2004, 8, 6, "day")),
    # a month with its year says less: the article's year (test_another_month_of_the_line_gives_no_year)
    ("Wire\n\n16 September 2015\n\nThe probe launched in March 2004 and the agency signed on 6 August.\n",
     "6 August", (2015, 8, 6, "day")),
    # a day earlier in the calendar than the written one is no continuation: the article's year
    ("Wire\n\n16 January 2015\n\nThe accord signed on 2 June 2003 was renewed on 3 March.\n",
     "3 March", (2015, 3, 3, "day")),
])
def test_a_later_day_of_the_sentence_takes_its_written_year(blank_extractor, text, phrase, expected):
    assert dates(blank_extractor, text)[phrase] == expected


# ---- a counted period restated by its written date gives way to it ---------------------------------------------------

@pytest.mark.parametrize("text, period, written, expected", [
    ("Revue\n\n17 juin 2025\n\nLe satellite a été lancé le 17 juin 1985. Son successeur a été placé en orbite cinq "
     "mois plus tard, en novembre 1985.\n", "cinq mois plus tard", "novembre 1985", (1985, 11, None, "month")),
    ("Revue\n\n17 juin 2025\n\nGiotto fut réveillée en 1990 et, deux ans plus tard, le 10 juillet 1992, passa près "
     "de la comète.\n", "deux ans plus tard", "10 juillet 1992", (1992, 7, 10, "day")),
    ("Column\n\n17 June 2025\n\nThe satellite was launched on 17 June 1985. Its successor followed five months "
     "later, in November 1985.\n", "five months later", "November 1985", (1985, 11, None, "month")),
    ("Column\n\n17 June 2025\n\nGiotto was woken in 1990 and, two years later, on 10 July 1992, flew past the "
     "comet.\n", "two years later", "10 July 1992", (1992, 7, 10, "day")),
])
def test_a_counted_period_restated_by_its_written_date(blank_extractor, text, period, written, expected):
    found = dates(blank_extractor, text)
    assert found[written] == expected
    assert period not in found


# ---- "les 15 et 21 décembre 1984": a bare day joined to a full date --------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Lancées de Baïkonour les 15 et 21 décembre 1984, elles", "fr", [(1984, 12, 15), (1984, 12, 21)]),
    ("launched on 15 and 21 December 1984 from Baikonur", "en", [(1984, 12, 15), (1984, 12, 21)]),
    ("signed on the 3rd and 5th March 2020", "en", [(2020, 3, 3), (2020, 3, 5)]),
    ("Les 6 et 9 mars, les sondes", "fr", [(None, 3, 6), (None, 3, 9)]),
    # a range, a name's number: no date of the bare number
    ("du 15 au 21 décembre 1984", "fr", [(1984, 12, 21)]),
    ("between 3 and 5 March 2020", "en", [(2020, 3, 5)]),
    ("Apollo 11 and 12 March 1970", "en", [(1970, 3, 12)]),
])
def test_a_bare_day_joined_to_a_full_date_shares_its_month(text, lang, expected):
    from spacerec.dates import find_dates

    assert [(d.value.year, d.value.month, d.value.day) for d in find_dates(text, lang)] == expected
