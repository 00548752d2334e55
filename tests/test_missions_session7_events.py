"""Mission events, session 7 (issue #11 item 4), each rule in English and French, positive and negative.

Putting a craft into orbit ("le Kenya a mis en orbite son premier satellite", "the satellite, put into orbit in
2018") is its launch, not an orbit insertion, unless a body follows ("placed in orbit around Mars"). A plan participle
with its date after a craft's name ("Chang'e 7, prévue vers 2026", "Chang'e 8, the CNSA mission planned for 2028") is
its planned launch.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


def events(record):
    return {(e["event"], e["date"]) for e in record["events"]}


# --- "put into orbit" by whoever launches it is the launch ------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("Ocean winds\n\nThe joint oceanography satellite CFOSAT, put into orbit in October 2018, still maps the waves of "
     "the southern seas.\n", "CFOSAT", "2018-10"),
    ("Radar\n\nA Vega-C rocket placed into orbit "
     "on 5 December 2024 the radar satellite Sentinel-1C of the Copernicus fleet.\n", "Sentinel 1C", "2024-12-05"),
    ("Océans\n\nLe Kenya a mis en orbite le 15 avril 2023 son satellite Taifa-1, conçu par des ingénieurs "
     "kényans.\n", "Taifa-1", "2023-04-15"),
    ("Vents\n\nLes deux agences saluent CFOSAT, leur satellite placé en orbite en octobre 2018, dont les mesures "
     "servent aux prévisionnistes.\n", "CFOSAT", "2018-10"),
])
def test_putting_a_craft_into_orbit_is_its_launch(extractor, text, name, date):
    found = missions(extractor, text)
    assert ("launch", date) in events(found[name])
    assert not any(e == "orbit_insertion" for e, _ in events(found[name]))


@pytest.mark.parametrize(("text", "name", "date"), [
    ("Mars\n\nThe Hope probe was placed in orbit around Mars on 9 February 2021 after a seven-month cruise.\n",
     "Hope", "2021-02-09"),
    ("Mars\n\nLa sonde Tianwen-1 a été placée en orbite autour de Mars le 10 février 2021, après sept mois de "
     "voyage.\n", "Tianwen-1", "2021-02-10"),
    ("Mars\n\nLa sonde Tianwen-1 s'est placée en orbite le 10 février 2021, après sept mois de voyage.\n",
     "Tianwen-1", "2021-02-10"),
])
def test_put_into_orbit_around_a_body_stays_an_orbit_insertion(extractor, text, name, date):
    found = missions(extractor, text)
    assert ("orbit_insertion", date) in events(found[name])
    assert not any(e == "launch" for e, _ in events(found[name]))


# --- a plan participle with its date after a craft's name is its planned launch ------------------------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("Moon\n\nA small Pakistani rover will ride to the lunar south pole on Chang'e 8, the lunar mission of the China "
     "National Space Administration (CNSA) planned for 2028.\n", "Chang'e 8", "2028"),
    ("Lune\n\nLe relais servira ensuite la mission chinoise Chang'e 7, prévue vers 2026 pour étudier le pôle Sud "
     "lunaire.\n", "Chang'e 7", "2026"),
    ("Lune\n\nDeux mannequins voleront à bord de la capsule Orion lors de la mission Artemis I, prévue en 2022.\n",
     "Artemis I", "2022"),
])
def test_a_plan_with_its_date_after_a_craft_is_its_planned_launch(extractor, text, name, date):
    found = missions(extractor, text)
    assert ("launch", date) in events(found[name])
    assert found[name]["status"] == "planned"


@pytest.mark.parametrize(("text", "name", "event"), [
    ("Moon\n\nNASA's Gateway, planned for 2028, will circle the Moon; CNSA prepares Chang'e 7, whose landing is "
     "planned for 2026.\n", "Chang'e 7", "landing"),
    ("Lune\n\nLa station Gateway, prévue pour 2028, tournera autour de la Lune ; la CNSA prépare Chang'e 7, dont "
     "l'atterrissage est prévu en 2026.\n", "Chang'e 7", "landing"),
])
def test_a_plan_of_a_station_or_of_another_event_is_no_launch(extractor, text, name, event):
    found = missions(extractor, text)
    assert not events(found["Gateway"])
    assert {e for e, _ in events(found[name])} == {event}


@pytest.mark.parametrize("text", [
    "Mars\n\nThe European rover Rosalind Franklin was planned for 2018, long before the war stopped the project.\n",
    "Mars\n\nLe rover européen Rosalind Franklin, initialement prévu pour 2018, attend toujours son départ.\n",
])
def test_a_past_or_first_plan_is_no_launch(extractor, text):
    assert not events(missions(extractor, text)["Rosalind Franklin"])
