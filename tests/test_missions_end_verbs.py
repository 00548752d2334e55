"""Mission `end` stated by verbs other than crash (session 5, findings h: h-hera, h-magazine, h-podcast, h-psyche):
an impact ("struck", "a précipité", "a percuté"), fuel running out ("ran out of fuel", "à court de carburant") and
silence ("fell silent", "s'est tue") end the mission that is the verb's subject or object. "struck a deal" is an
agreement, not an impact: no event."""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


def events(record):
    return {(e["event"], e["date"]) for e in record["events"]}


@pytest.mark.parametrize("text, name, date", [
    ("Asteroid\n\nNASA's DART struck Dimorphos on 26 September 2022 and shortened its orbit.\n", "DART", "2022-09-26"),
    ("Vesta\n\nNASA's Dawn visited Vesta and Ceres before it ran out of fuel in 2018.\n", "Dawn", "2018"),
    ("Pioneer\n\nNASA's Pioneer 10 fell silent in 2003.\n", "Pioneer 10", "2003"),
    ("Pôle Sud\n\nLe 9 octobre 2009, la NASA a précipité sa sonde LCROSS dans le cratère Cabeus.\n", "LCROSS",
     "2009-10-09"),
    ("Astéroïde\n\nLa sonde DART de la NASA a percuté Dimorphos le 26 septembre 2022.\n", "DART", "2022-09-26"),
    ("Pioneer\n\nLa sonde Pioneer 10 de la NASA s'est tue en 2003.\n", "Pioneer 10", "2003"),
])
def test_end_stated_by_impact_fuel_or_silence(extractor, text, name, date):
    assert ("end", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize("text, name", [
    ("Deal\n\nNASA struck a deal with ESA on 3 May 2023 about the Hera mission.\n", "Hera"),
    ("Dawn\n\nNASA's Dawn was launched in 2007 and reached Vesta in 2011 with fuel to spare.\n", "Dawn"),
    ("Accord\n\nLa sonde DART de la NASA a été lancée le 24 novembre 2021 avec du carburant en réserve.\n", "DART"),
])
def test_no_end_without_an_end_verb(extractor, text, name):
    assert not any(e == "end" for e, _ in events(missions(extractor, text)[name]))


# ---- a landing told in the imperfect or pluperfect ("se posait", "s'était posé"), subject a back-reference ------

@pytest.mark.parametrize("text, name, date", [
    ("InSight\n\nNASA's InSight was launched in May 2018. On 26 November 2018, the lander had touched down on "
     "Elysium Planitia.\n", "InSight", "2018-11-26"),
    ("InSight\n\nLa sonde InSight de la NASA a été lancée en mai 2018. Le 26 novembre 2018, l'atterrisseur se posait "
     "sans encombre sur Elysium Planitia.\n", "InSight", "2018-11-26"),
    ("InSight\n\nLa sonde InSight de la NASA s'était posée sur Mars le 26 novembre 2018.\n", "InSight", "2018-11-26"),
])
def test_landing_in_past_tenses_of_description(extractor, text, name, date):
    assert ("landing", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize("text, name", [
    ("InSight\n\nNASA's InSight was launched on 5 May 2018. The question of where it would land was posed in "
     "2012.\n", "InSight"),
    ("InSight\n\nLa sonde InSight de la NASA a été lancée le 5 mai 2018. La question de son site se posait dès "
     "2012.\n", "InSight"),
])
def test_no_landing_from_posed_question(extractor, text, name):
    assert not any(e == "landing" for e, _ in events(missions(extractor, text)[name]))


# ---- "X landed its lander Y", "X a posé son atterrisseur Y": the owner mission lands too ------------------------

@pytest.mark.parametrize("text", [
    "Moon\n\nISRO's Chandrayaan-3 mission landed its Vikram lander on 23 August 2023 near the south pole.\n",
    "Lune\n\nLa mission Chandrayaan-3 de l'ISRO a posé son atterrisseur Vikram le 23 août 2023 près du pôle Sud.\n",
])
def test_mission_that_sets_down_its_lander_lands(extractor, text):
    found = missions(extractor, text)
    assert ("landing", "2023-08-23") in events(found["Chandrayaan-3"])
    assert ("landing", "2023-08-23") in events(found["Vikram"])


@pytest.mark.parametrize("text", [
    "Moon\n\nISRO's Chandrayaan-3 mission was launched in July 2023; the Vikram lander landed on 23 August 2023.\n",
    "Lune\n\nLa mission Chandrayaan-3 de l'ISRO a été lancée en juillet 2023 ; l'atterrisseur Vikram s'est posé le "
    "23 août 2023.\n",
])
def test_lander_landing_without_possessive_stays_the_landers(extractor, text):
    found = missions(extractor, text)
    assert ("landing", "2023-08-23") in events(found["Vikram"])
    assert not any(e == "landing" for e, _ in events(found["Chandrayaan-3"]))
