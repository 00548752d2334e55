"""Mission kinds of session 5 (issue 11), each rule in both languages with a positive and a negative text: a craft
carried aboard another takes its launch, a year-less date far after the article's is last year's."""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


def events(record):
    return {(e["event"], e["date"]) for e in record["events"]}


# ---- a craft carried aboard a spacecraft leaves Earth with it ------------------------------------------------

@pytest.mark.parametrize("text, part", [
    ("Hera\n\nESA's Hera probe was launched on 7 October 2024 aboard a Falcon 9 rocket. "
     "The spacecraft carries two cubesats, Milani and Juventas.\n", "Milani"),
    ("Chandrayaan-2\n\nLa sonde Chandrayaan-2 de l'ISRO a été lancée le 22 juillet 2019. "
     "Elle emporte l'atterrisseur Vikram.\n", "Vikram"),
])
def test_carried_craft_takes_its_hosts_launch(extractor, text, part):
    found = missions(extractor, text)
    host = next(r for r in found.values() if r["name"] != part and r["kind"] == "spacecraft" and r["events"])
    launch = next(e["date"] for e in host["events"] if e["event"] == "launch")
    assert found[part]["part_of"] == host["name"]
    assert ("launch", launch) in events(found[part])


@pytest.mark.parametrize("text, instrument", [
    ("Satellite\n\nThe SWOT satellite was launched on 16 December 2022. The SWOT satellite carries the KaRIn "
     "instrument.\n", "KaRIn"),
    ("SWOT\n\nLe satellite SWOT a été lancé le 16 décembre 2022. Le satellite SWOT porte l'instrument "
     "KaRIn.\n", "KaRIn"),
])
def test_instrument_does_not_take_its_hosts_launch(extractor, text, instrument):
    found = missions(extractor, text)
    assert found[instrument]["part_of"] == "SWOT"
    assert ("launch", "2022-12-16") in events(found["SWOT"])
    assert found[instrument]["events"] == []


@pytest.mark.parametrize("text", [
    "MMX\n\nJAXA plans to launch its MMX probe in 2026. MMX will carry the Idefix rover.\n",
    "MMX\n\nLa JAXA prévoit de lancer sa sonde MMX en 2026. MMX emportera le rover Idefix.\n",
])
def test_a_planned_launch_is_not_passed_to_the_part(extractor, text):
    found = missions(extractor, text)
    assert found["IDEFIX"]["events"] == []


# ---- a year-less date more than half a year after the article is last year's ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Docking\n\nJanuary 16, 2025\n\nThe SpaDeX mission was launched on 30 December from Sriharikota.\n",
     "2024-12-30"),
    ("Amarrage\n\nPublié le 16 janvier 2025\n\nLa mission SpaDeX a été lancée le 30 décembre depuis Sriharikota.\n",
     "2024-12-30"),
])
def test_year_less_date_far_after_the_article_is_last_years(extractor, text, expected):
    assert ("launch", expected) in events(missions(extractor, text)["SpaDeX"])


@pytest.mark.parametrize("text, expected", [
    ("Review\n\nDecember 29, 2023\n\nThe SpaDeX mission was launched on 14 April from Sriharikota.\n", "2023-04-14"),
    ("Bilan\n\nPublié le 29 décembre 2023\n\nLa mission SpaDeX a été lancée le 14 avril depuis Sriharikota.\n",
     "2023-04-14"),
])
def test_year_less_date_before_the_article_keeps_its_year(extractor, text, expected):
    assert ("launch", expected) in events(missions(extractor, text)["SpaDeX"])
