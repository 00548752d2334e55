"""Crew forms of participation (session 13): the agency of an astronaut takes part in the flight the astronaut flies,
whether the crew phrase comes before the flight ("an astronaut of the X agency, is the pilot of F"), after it ("aboard
F, with an astronaut of the X agency") or in a sentence opening "On board" after the flight's sentence; a country
adjective ("U.S. astronaut") or a station ("aboard the ISS") gives nothing this way. English and French."""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.records import normalise_name


def agencies(extractor, text, name):
    found = {normalise_name(r["name"]): r for r in checked_records(extractor, text, "mission", "news")}
    key = normalise_name(name)
    return {a["agency_id"] for a in found[key]["agencies"]} if key in found else set()


@pytest.mark.parametrize("text", [
    "Crew news\n\nMaria Lopez, an astronaut of the Japan Aerospace Exploration Agency (JAXA), is the pilot of "
    "Axiom Mission 4 (Ax-4), a private flight.\n",
    "Crew news\n\nMaria Lopez, astronaute de la JAXA, est le pilote de la mission Ax-4, un vol privé.\n",
])
def test_astronaut_of_agency_with_crew_role(extractor, text):
    assert "JAXA" in agencies(extractor, text, "Ax-4")


@pytest.mark.parametrize("text", [
    "Crew news\n\nThe crew lifted off aboard Soyuz MS-30 on Monday, with Russian commander Ivan Petrov and the "
    "JAXA astronaut Maria Lopez.\n",
    "Équipage\n\nL'équipage a décollé lundi à bord du Soyouz MS-30, en compagnie de l'astronaute de la JAXA Maria "
    "Lopez.\n",
])
def test_crew_after_the_flight(extractor, text):
    assert "JAXA" in agencies(extractor, text, "Soyuz MS-30")


@pytest.mark.parametrize("text", [
    "Crew news\n\nA Falcon 9 rocket launched the Axiom Mission 4 (Ax-4) crew on Monday. On board was Maria Lopez, "
    "a JAXA astronaut, with two private pilots.\n",
    "Équipage\n\nUne fusée Falcon 9 a lancé lundi l'équipage de la mission Ax-4. À son bord, Maria Lopez, astronaute "
    "de la JAXA, et deux pilotes privés.\n",
])
def test_on_board_sentence_after_the_flight(extractor, text):
    assert "JAXA" in agencies(extractor, text, "Ax-4")


@pytest.mark.parametrize("text, name", [
    ("Crew news\n\nJAXA said on Monday that its budget had grown. The crew lifted off aboard Soyuz MS-30, with "
     "U.S. astronaut Maria Lopez.\n", "Soyuz MS-30"),
    ("Crew news\n\nThe crew worked aboard the International Space Station this month, with the JAXA astronaut "
     "Maria Lopez.\n", "ISS"),
    ("Équipage\n\nLa JAXA a présenté son budget lundi. L'équipage a décollé à bord du Soyouz MS-30, avec "
     "l'astronaute américaine Maria Lopez.\n", "Soyuz MS-30"),
])
def test_country_crew_or_station_gives_no_partner(extractor, text, name):
    assert "JAXA" not in agencies(extractor, text, name)
