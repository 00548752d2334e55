"""Plans dated by the article's own year (issue #11: events from verbs, each with its own date).

"will launch later this year", "doit partir cette année", "dont le lancement est prévu d'ici la fin de l'année": the
year of the date line, year precision. "cette année-là" points back at a year already told (anaphoric), never at the
article's. Phrasings written for these tests in the way wire copy and French agency releases write them.
"""

from __future__ import annotations

import pytest
from test_date_layer_news import dates


@pytest.mark.parametrize("text, phrase", [
    ("Wire\n\nMarch 8, 2024\n\nThe orbiter is due to launch this year from Kourou.\n", "this year"),
    ("Wire\n\nMarch 8, 2024\n\nThe agency plans to launch the lander later this year.\n", "later this year"),
    ("Wire\n\nMarch 8, 2024\n\nThe satellite should fly by the end of the year.\n", "by the end of the year"),
    ("Dépêche\n\n8 mars 2024\n\nLa sonde doit partir cette année vers la Lune.\n", "cette année"),
    ("Dépêche\n\n8 mars 2024\n\nLe satellite sera lancé d'ici la fin de l'année.\n", "d'ici la fin de l'année"),
    ("Dépêche\n\n8 mars 2024\n\nLe satellite sera lancé avant la fin de l’année.\n", "avant la fin de l’année"),
])
def test_this_year_is_the_article_year(blank_extractor, text, phrase):
    assert dates(blank_extractor, text)[phrase] == (2024, None, None, "year")


def test_cette_annee_la_is_not_the_article_year(blank_extractor):
    text = "Chronique\n\n8 mars 2024\n\nLa sonde est partie en juillet 1985. Cette année-là, une autre la suivait.\n"
    found = dates(blank_extractor, text)
    assert found["juillet 1985"] == (1985, 7, None, "month")
    assert not [words for words in found if words.lower().startswith("cette année")]


def _launches(extractor, text: str) -> dict[str, list[tuple[str, str]]]:
    return {r["name"]: [(e["event"], e["date"]) for e in r["events"]]
            for r in extractor.extract(text) if r["record_type"] == "mission"}


@pytest.mark.parametrize("text, name", [
    ("Wire\n\nMarch 8, 2024\n\nNASA's Europa Clipper probe will launch later this year on a Falcon Heavy.\n",
     "Europa Clipper"),
    ("Dépêche\n\n8 mars 2024\n\nLa sonde chinoise Chang'e 6, qui doit partir cette année, rapportera des "
     "échantillons.\n",
     "Chang'e 6"),
    ("Communiqué\n\nParis, le 8 mars 2024\n\nLe CNES et la NASA préparent le satellite SWOT, dont le lancement est "
     "prévu d'ici la fin de l'année.\n", "SWOT"),
])
def test_a_plan_for_this_year_is_a_dated_launch(extractor, text, name):
    assert _launches(extractor, text)[name] == [("launch", "2024")]


@pytest.mark.parametrize("text, name", [
    # the anniversary of a past launch is no launch this year
    ("Wire\n\nMarch 8, 2024\n\nThis year marks the anniversary of Giotto, which ESA launched in July 1985.\n",
     "Giotto"),
    ("Chronique\n\n8 mars 2024\n\nLa sonde Giotto de l'ESA a été lancée en juillet 1985. Cette année-là, elle a "
     "quitté la Terre.\n", "Giotto"),
])
def test_this_year_does_not_redate_a_past_launch(extractor, text, name):
    assert _launches(extractor, text)[name] == [("launch", "1985-07")]
