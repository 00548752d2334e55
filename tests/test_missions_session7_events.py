"""Mission events, session 7 (issue #11 item 4), each rule in English and French, positive and negative.

Putting a craft into orbit ("le Kenya a mis en orbite son premier satellite", "the satellite, put into orbit in
2018") is its launch, not an orbit insertion, unless a body follows ("placed in orbit around Mars"). A plan participle
with its date after a craft's name ("Chang'e 7, prévue vers 2026", "Chang'e 8, the CNSA mission planned for 2028") is
its planned launch. A craft part of another craft (a lander, rover, sub-probe) takes that craft's stated launch
(GUIDELINES, session-7 reader); an instrument, named so by the KB or by its words, takes none, also "aboard" its host.
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


# --- a lander, rover or sub-probe takes the launch of the craft it is part of --------------------------------------

@pytest.mark.parametrize("text", [
    "Moon\n\nISRO launched Chandrayaan-3 on 14 July 2023. Its lander Vikram, which carried the small rover Pragyan, "
    "touched down on 23 August 2023.\n",
    "Lune\n\nL'ISRO a lancé Chandrayaan-3 le 14 juillet 2023. Son atterrisseur Vikram, qui transportait le petit rover "
    "Pragyan, s'est posé le 23 août 2023.\n",
])
def test_a_part_of_a_craft_takes_its_launch(extractor, text):
    found = missions(extractor, text)
    assert ("launch", "2023-07-14") in events(found["Vikram"])
    assert ("launch", "2023-07-14") in events(found["Pragyan"])


@pytest.mark.parametrize("text", [
    "Orion\n\nNASA launched Artemis I on 16 November 2022. ESA supplied the European Service Module of the Orion "
    "spacecraft.\n",
    "Orion\n\nLa NASA a lancé Artemis I le 16 novembre 2022. L'ESA a fourni le module de service européen du vaisseau "
    "Orion.\n",
])
def test_only_the_parents_own_launch_passes_one_level(extractor, text):
    found = missions(extractor, text)
    assert ("launch", "2022-11-16") in events(found["Artemis I"])
    assert not events(found["Orion"])
    assert all(not r["events"] for name, r in found.items() if "Service Module" in name)


@pytest.mark.parametrize("text", [
    "Asteroid\n\nESA launched Hera on 7 October 2024. JAXA supplied TIRI, the thermal infrared imager of Hera.\n",
    "Astéroïde\n\nL'ESA a lancé Hera le 7 octobre 2024. La JAXA a fourni l'instrument TIRI à bord de Hera.\n",
    "Asteroid\n\nESA launched Hera on 7 October 2024. JAXA supplied the TIRI instrument aboard Hera.\n",
])
def test_a_supplied_instrument_takes_no_launch(extractor, text):
    found = missions(extractor, text)
    assert ("launch", "2024-10-07") in events(found["Hera"])
    assert not events(found["TIRI"])
