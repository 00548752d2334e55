"""Mission events and status, session 6 (issue #11 item 4), each rule in English and French, positive and negative.

Events: a carried craft takes its host's launch ("X carried Y", "It carries Y", "the rocket also carried Y", "Y
travelled aboard X"), a craft carried by a lander or rover takes its landing and not its launch; more event verbs
(re-entry, last flight, "lifts off", "due to fly", "quittait la Terre", "partira", "dernières observations").
Status: a present-tense verb of its own work right after a launched mission's name or back-reference ("CHEOPS
measures", "La sonde étudie") -> active; coordinated missions and the objects of a cue share it; "the launch" after a
crew's vehicle ("aboard the Orion spacecraft") refers to the flight, not the vehicle.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


def events(record):
    return {(e["event"], e["date"]) for e in record["events"]}


# --- a carried craft takes its host's launch --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "host", "carried", "date"), [
    ("Mars\n\nESA's Mars Express was launched on 2 June 2003. Mars Express carried a small lander, Beagle 2, built in "
     "Britain.\n", "Mars Express", "Beagle 2", "2003-06-02"),
    ("Mars\n\nLa sonde Mars Express de l'ESA a été lancée le 2 juin 2003. Mars Express emportait un petit "
     "atterrisseur britannique, Beagle 2.\n", "Mars Express", "Beagle 2", "2003-06-02"),
    ("Asteroid\n\nNASA's DART spacecraft was launched in November 2021. The Italian cubesat LICIACube travelled to "
     "the asteroid aboard DART.\n", "DART", "LICIACube", "2021-11"),
    ("Astéroïde\n\nLa sonde DART de la NASA a été lancée en novembre 2021. Le cubesat italien LICIACube a voyagé "
     "attaché à DART jusqu'à l'astéroïde.\n", "DART", "LICIACube", "2021-11"),
])
def test_carried_craft_takes_its_host_launch(extractor, text, host, carried, date):
    found = missions(extractor, text)
    assert ("launch", date) in events(found[host])
    assert ("launch", date) in events(found[carried])


@pytest.mark.parametrize("text", [
    "Mars\n\nNASA's Perseverance rover landed on Mars on 18 February 2021, after its launch on 30 July 2020. The "
    "rover carries the small helicopter Ingenuity under its belly.\n",
    "Mars\n\nLe rover Perseverance de la NASA s'est posé sur Mars le 18 février 2021, après son lancement le 30 "
    "juillet 2020. Le rover transporte le petit hélicoptère Ingenuity sous sa caisse.\n",
])
def test_craft_carried_by_a_rover_takes_its_landing_and_its_launch(extractor, text):
    # session 7: the reader's decision "carried craft take their host's stated launch" (GUIDELINES) replaced "the
    # landing, not the launch"
    found = missions(extractor, text)
    assert ("landing", "2021-02-18") in events(found["Ingenuity"])
    assert ("launch", "2020-07-30") in events(found["Ingenuity"])


@pytest.mark.parametrize("text", [
    # session 7: in another paragraph (a craft the KB makes part of Mars Express takes its launch when a paragraph
    # names both: tests/test_missions_session7_events.py)
    "Mars\n\nESA's Mars Express was launched on 2 June 2003.\n\nScientists compared its images with those of "
    "Beagle 2 engineers.\n",
    "Mars\n\nLa sonde Mars Express de l'ESA a été lancée le 2 juin 2003.\n\nLes chercheurs comparent ses images "
    "avec celles de l'équipe de Beagle 2.\n",
])
def test_a_craft_named_near_a_launch_without_a_carry_word_takes_nothing(extractor, text):
    found = missions(extractor, text)
    assert not events(found["Beagle 2"])


# --- more event verbs ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "event", "date"), [
    ("Re-entry\n\nESA's Cluster satellite Salsa reentered the atmosphere on 8 September 2024.\n", "Salsa", "end",
     "2024-09-08"),
    ("Rentrée\n\nLe satellite Salsa de la mission Cluster de l'ESA est rentré dans l'atmosphère le 8 septembre "
     "2024.\n", "Salsa", "end", "2024-09-08"),
    ("Launch\n\n5 December 2024: ESA's Proba-3 lifts off from Sriharikota.\n", "Proba-3", "launch", "2024-12-05"),
    ("Lancement\n\nLe 25 février 2013, le microsatellite NEOSSat quittait la Terre depuis Sriharikota.\n", "NEOSSat",
     "launch", "2013-02-25"),
    ("Plans\n\nESA's PLATO mission is due to fly at the end of 2026.\n", "PLATO", "launch", "2026"),
    ("Projets\n\nLe rover IDEFIX du CNES et du DLR partira en 2026 vers Phobos.\n", "IDEFIX", "launch", "2026"),
    ("Integral\n\nL'observatoire Integral de l'ESA a mené le 28 février 2025 ses dernières observations.\n",
     "Integral", "end", "2025-02-28"),
    ("Integral\n\nESA's Integral observatory made its final observations on 28 February 2025.\n", "Integral", "end",
     "2025-02-28"),
])
def test_more_event_verbs(extractor, text, name, event, date):
    assert (event, date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    ("Plans\n\nESA's PLATO team met in 2024 to discuss how the telescope would fly.\n", "PLATO"),
    ("Projets\n\nLe CNES a présenté le rover IDEFIX en 2023, qui ne partira pas seul.\n", "IDEFIX"),
])
def test_no_event_without_its_verb(extractor, text, name):
    assert not events(missions(extractor, text)[name])


# --- status ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jason\n\nJason-2 and Jason-3 are in orbit, and CNES prepares SWOT.\n",
    "Jason\n\nJason-2 et Jason-3 sont en orbite, et le CNES prépare SWOT.\n",
])
def test_coordinated_subjects_share_the_cue(extractor, text):
    found = missions(extractor, text)
    assert found["Jason-2"]["status"] == "active"
    assert found["Jason-3"]["status"] == "active"


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Exoplanets\n\nESA's CHEOPS telescope was launched in December 2019. CHEOPS measures the size of known "
     "exoplanets.\n", "CHEOPS", "active"),
    ("Exoplanètes\n\nLe télescope CHEOPS de l'ESA a été lancé en décembre 2019. Le télescope mesure la taille "
     "d'exoplanètes connues.\n", "CHEOPS", "active"),
    # not launched in the text: a description of what it is to do
    ("Exoplanets\n\nESA's PLATO telescope measures stellar oscillations, according to its design team.\n", "PLATO",
     None),
    ("Exoplanètes\n\nLe télescope PLATO de l'ESA mesure les oscillations des étoiles, selon ses concepteurs.\n",
     "PLATO", None),
    # launched, but the verb is not its own: another subject stands before it
    ("Exoplanets\n\nESA's CHEOPS telescope was launched in December 2019. The university studies its data.\n",
     "CHEOPS", None),
    ("Exoplanètes\n\nLe télescope CHEOPS de l'ESA a été lancé en décembre 2019. L'université étudie ses données.\n",
     "CHEOPS", None),
])
def test_present_work_right_after_a_launched_subject_is_active(extractor, text, name, want):
    assert missions(extractor, text)[name]["status"] == want


@pytest.mark.parametrize(("text", "flight", "vehicle"), [
    ("Moon\n\nThe crew of Artemis II was named on Monday. The four astronauts will spend ten days aboard the Orion "
     "spacecraft. The launch is targeted for November 2024.\n", "Artemis II", "Orion"),
    ("Lune\n\nL'équipage d'Artemis II a été nommé lundi. Les quatre astronautes passeront dix jours à bord du "
     "vaisseau Orion. La NASA vise novembre 2024 pour le lancement.\n", "Artemis II", "Orion"),
])
def test_the_launch_after_a_crew_vehicle_is_the_flight_s(extractor, text, flight, vehicle):
    found = missions(extractor, text)
    assert ("launch", "2024-11") in events(found[flight])
    assert not any(e == "launch" for e, _ in events(found[vehicle]))
    assert found[vehicle]["status"] is None


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Telescopes\n\nNASA and ESA are partners in the Hubble Space Telescope and the James Webb Space Telescope.\n",
     "Hubble Space Telescope", "James Webb Space Telescope"),
    ("Télescopes\n\nLa NASA et l'ESA sont partenaires du télescope spatial Hubble et du télescope spatial James "
     "Webb.\n", "Hubble Space Telescope", "James Webb Space Telescope"),
    ("Mars\n\nESA's Mars Express shares the sky with ESA's Trace Gas Orbiter.\n", "Mars Express",
     "Trace Gas Orbiter"),
    ("Mars\n\nLa sonde Mars Express de l'ESA partage le ciel avec le Trace Gas Orbiter de l'ESA.\n", "Mars Express",
     "Trace Gas Orbiter"),
])
def test_objects_joined_to_a_cue_share_it(extractor, text, first, second):
    found = missions(extractor, text)
    assert found[first]["status"] == "active"
    assert found[second]["status"] == "active"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_event_rule_files_load_with_every_list(lang):
    from spacerec.relations.missions.rule_file import EVENT_RULES as REQUIRED
    from spacerec.relations.missions.rule_file import event_rules
    table = event_rules(lang)
    assert set(table) == set(REQUIRED)
    assert table["carrier_verbs"].search("carries" if lang == "en" else "transportait")


def test_malformed_event_rule_file_names_the_file_and_the_key(monkeypatch):
    from spacerec.relations.lexicon import RuleFileError
    from spacerec.relations.missions import rule_file
    rule_file.event_rules.cache_clear()
    monkeypatch.setattr(rule_file, "load_rules", lambda *a, **k: {key: [] for key in rule_file.EVENT_RULES})
    try:
        with pytest.raises(RuleFileError, match=r"events_en\.json: key 'carrier_verbs'"):
            rule_file.event_rules("en")
    finally:
        monkeypatch.undo()
        rule_file.event_rules.cache_clear()


@pytest.mark.parametrize("text", [
    "Kourou\n\nA Soyuz rocket launched ESA's Cheops telescope on 18 December 2019 from Kourou. The rocket also carried "
    "CSG-1, an Italian radar satellite.\n",
    "Kourou\n\nUne fusée Soyouz a lancé le télescope Cheops de l'ESA le 18 décembre 2019 depuis Kourou. Le lanceur "
    "transportait aussi CSG-1, un satellite radar italien.\n",
])
def test_a_rocket_s_other_passenger_takes_the_launch_of_its_payload(extractor, text):
    found = missions(extractor, text)
    assert ("launch", "2019-12-18") in events(found["CHEOPS"])
    assert ("launch", "2019-12-18") in events(found["CSG-1"])
    assert not any(e == "launch" for e, _ in events(found.get("Soyuz", {"events": []})))


@pytest.mark.parametrize(("text", "host", "other"), [
    ("Timeline\n\n• 2008: launch of India's Chandrayaan-1, which carries a NASA instrument. • 2009: impact of "
     "LCROSS in Cabeus crater.\n", "Chandrayaan-1", "LCROSS"),
    ("Repères\n\n• 2008 : lancement de Chandrayaan-1 (Inde), qui emporte un instrument de la NASA. • 2009 : impact de "
     "LCROSS dans le cratère Cabeus.\n", "Chandrayaan-1", "LCROSS"),
])
def test_a_carrier_verb_carries_nothing_past_its_list_item(extractor, text, host, other):
    found = missions(extractor, text)
    assert not any(e == "launch" for e, _ in events(found[other]))


def test_a_carrier_verb_in_the_passive_names_no_carried_craft(extractor):
    text = ("Methane\n\nMethaneSAT was launched on 4 March 2024 from Vandenberg. MethaneSAT was carried on "
            "Transporter-10, a rideshare flight.\n")
    found = missions(extractor, text)
    assert ("launch", "2024-03-04") in events(found["MethaneSAT"])
    assert all(not events(r) for name, r in found.items() if name != "MethaneSAT")


@pytest.mark.parametrize(("text", "launcher", "payload"), [
    ("Vega\n\nESA's Vega rocket made its last flight on 5 September 2024, carrying the Sentinel-2C satellite.\n",
     "Vega", "Sentinel 2C"),
    ("Vega\n\nLe lanceur Vega de l'ESA a effectué son dernier vol le 5 septembre 2024, en emportant le satellite "
     "Sentinel-2C.\n", "Vega", "Sentinel 2C"),
])
def test_a_last_flight_ends_the_launcher_not_its_payload(extractor, text, launcher, payload):
    found = missions(extractor, text)
    assert ("end", "2024-09-05") in events(found[launcher])
    assert not any(e == "end" for e, _ in events(found[payload]))
