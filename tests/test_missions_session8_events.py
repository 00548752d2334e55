"""Mission events on fresh news, session 8 (issue #11 item 4), each rule in English and French, positive and negative.

Phrasings a journalist or a press officer uses, written for these tests (not taken from the corpus, the cases or the
seed): ends told as a last command, a switch-off, a break-up or a passivation; launches told with the launcher as the
subject and the payload carried; a local date restated in UTC; a weekday written before its date; a comparison ("the
first landing since 1976"); a sample-return craft named as such; several events with their own dates in one sentence;
timeline lines; a launcher's last flight; the same event with a coarse and a fine date.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


def events(record):
    return {(e["event"], e["date"]) for e in record["events"]}


# --- ends: a last command, a switch-off, a break-up, a passivation (every tense and voice) ---------------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("Rosetta\n\nESA's Rosetta probe received its final command on 30 September 2016, after twelve years in space.\n",
     "Rosetta", "2016-09-30"),
    ("Planck\n\nControllers sent ESA's Gaia observatory its last command on 27 March 2025.\n", "Gaia", "2025-03-27"),
    ("Gaia\n\nESA's Gaia observatory was passivated and turned off on 27 March 2025 after a decade of sky surveys.\n",
     "Gaia", "2025-03-27"),
    ("Aeolus\n\nThe wind satellite Aeolus disintegrated over Antarctica on 28 July 2023, ESA said.\n",
     "Aeolus", "2023-07-28"),
    ("Kepler\n\nNASA's Kepler space telescope ran out of fuel and stopped working in October 2018.\n",
     "Kepler Space Telescope", "2018-10"),
    ("Cassini\n\nNASA's Cassini probe was brought to an end on 15 September 2017 in the clouds of Saturn.\n",
     "Cassini-Huygens", "2017-09-15"),
    ("Gaia\n\nLe télescope Gaia de l'ESA a reçu sa dernière commande le 27 mars 2025.\n", "Gaia", "2025-03-27"),
    ("Aeolus\n\nLe satellite Aeolus s'est désintégré au-dessus de l'Antarctique le 28 juillet 2023.\n",
     "Aeolus", "2023-07-28"),
    ("Kepler\n\nLe télescope spatial Kepler de la NASA a cessé de fonctionner en octobre 2018, à court de carburant.\n",
     "Kepler Space Telescope", "2018-10"),
    ("Rosetta\n\nLa sonde Rosetta a terminé sa mission le 30 septembre 2016 en se posant sur la comète.\n",
     "Rosetta", "2016-09-30"),
    ("Gaia\n\nL'observatoire Gaia de l'ESA a été mis hors tension le 27 mars 2025, au terme de onze ans "
     "d'observations.\n",
     "Gaia", "2025-03-27"),
])
def test_an_end_told_in_any_words_is_an_end(extractor, text, name, date):
    assert ("end", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    ("Gaia\n\nGaia turned its telescope toward the galactic centre on 27 March 2024.\n", "Gaia"),
    ("Gaia\n\nGaia a tourné son télescope vers le centre galactique le 27 mars 2024.\n", "Gaia"),
])
def test_a_command_or_a_turn_that_ends_nothing_is_no_end(extractor, text, name):
    found = missions(extractor, text)
    assert not any(e == "end" for e, _ in events(found[name]))


# --- launches and landings in more words ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "event", "date"), [
    ("Crew\n\nThe Crew Dragon capsule splashed down off Florida on 9 August 2024.\n", "Crew Dragon", "landing",
     "2024-08-09"),
    ("Equipage\n\nLa capsule Crew Dragon a amerri au large de la Floride le 9 août 2024.\n", "Crew Dragon", "landing",
     "2024-08-09"),
    ("Ariane\n\nAriane 6 made its debut on 9 July 2024 from Kourou.\n", "Ariane 6", "launch", "2024-07-09"),
    ("Ariane\n\nAriane 6 a fait ses débuts le 9 juillet 2024 depuis Kourou.\n", "Ariane 6", "launch", "2024-07-09"),
    ("Mars\n\nLa sonde Hope s'envole le 20 juillet 2020 vers Mars.\n", "Hope", "launch", "2020-07-20"),
])
def test_launches_and_landings_in_more_words(extractor, text, name, event, date):
    assert (event, date) in events(missions(extractor, text)[name])


# --- a launcher as subject carrying its payload -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "payload", "launcher"), [
    ("Weather\n\nA Falcon 9 rocket lifted off on 22 May 2024 carrying the weather satellite Sentinel-6B.\n",
     "Sentinel-6B", "Falcon 9"),
    ("Weather\n\nAn Ariane 5 rocket blasted off on 14 April 2023 with a large probe bound for Jupiter. ESA's JUICE "
     "probe will reach the giant planet in 2031.\n", "JUICE", "Ariane 5"),
    ("Météo\n\nUne fusée Vega a décollé le 8 octobre 2023 avec à son bord le satellite THEOS-2.\n",
     "THEOS-2", "Vega"),
    ("Météo\n\nUne fusée Ariane 5 s'est envolée le 14 avril 2023 emportant une grande sonde vers Jupiter. La sonde "
     "JUICE de l'ESA atteindra la planète géante en 2031.\n", "JUICE", "Ariane 5"),
])
def test_a_launcher_that_carries_a_payload_launches_the_payload(extractor, text, payload, launcher):
    found = missions(extractor, text)
    assert {e for e, _ in events(found[payload])} >= {"launch"}
    assert not any(e == "launch" for e, _ in events(found[launcher]))


@pytest.mark.parametrize(("text", "launcher", "date"), [
    ("Rocket\n\nAriane 6 made its maiden flight on 9 July 2024 with several small satellites.\n",
     "Ariane 6", "2024-07-09"),
    ("Fusée\n\nAriane 6 a effectué son vol inaugural le 9 juillet 2024 avec plusieurs petits satellites.\n",
     "Ariane 6", "2024-07-09"),
])
def test_a_launchers_first_flight_stays_its_own(extractor, text, launcher, date):
    assert ("launch", date) in events(missions(extractor, text)[launcher])


# --- UTC restatement, weekday before a date, comparisons ---------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "event", "date"), [
    ("Moon\n\nChang'e 4 lifted off at 2:23 a.m. on 8 December 2018 Beijing time, which was 18:23 GMT on "
     "7 December.\n", "Chang'e 4", "launch", "2018-12-07"),
    ("Moon\n\nChang'e 4 lifted off on 8 December 2018 at 2:23 a.m. local time (18:23 UTC on 7 December).\n",
     "Chang'e 4", "launch", "2018-12-07"),
    ("Lune\n\nChang'e 4 a décollé le 8 décembre 2018 à 2 h 23, heure de Pékin (18 h 23 TU le 7 décembre).\n",
     "Chang'e 4", "launch", "2018-12-07"),
    ("Lune\n\nChang'e 4 a décollé à 2 h 23 heure locale le 8 décembre 2018, soit 18 h 23 TU le 7 décembre.\n",
     "Chang'e 4", "launch", "2018-12-07"),
])
def test_a_local_date_restated_in_utc_takes_the_utc_date(extractor, text, name, event, date):
    assert (event, date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize("text", [
    "Moon\n\nChang'e 4 lifted off on 8 December 2018 at 2:23 a.m. Beijing time and reached lunar orbit on "
    "12 December at 08:45 UTC.\n",
    "Lune\n\nChang'e 4 a décollé le 8 décembre 2018 à 2 h 23, heure de Pékin, puis est entrée en orbite lunaire le "
    "12 décembre à 8 h 45 TU.\n",
])
def test_a_utc_date_of_the_next_event_stays_that_events(extractor, text):
    found = events(missions(extractor, text)["Chang'e 4"])
    assert ("launch", "2018-12-08") in found
    assert ("launch", "2018-12-12") not in found


@pytest.mark.parametrize(("text", "date"), [
    ("Moon\n\nBEIJING, Dec. 14, 2013 - Chang'e 3 entered lunar orbit on Friday, Dec. 6, after its cruise.\n",
     "2013-12-06"),
    ("Lune\n\nPékin, le 14 décembre 2013 - Chang'e 3 est entrée en orbite lunaire vendredi, 6 décembre, après sa "
     "croisière.\n", "2013-12-06"),
])
def test_a_weekday_before_its_date_is_that_date(extractor, text, date):
    assert ("orbit_insertion", date) in events(missions(extractor, text)["Chang'e 3"])


@pytest.mark.parametrize("text", [
    "Moon\n\nChang'e 3 made the first soft landing on the Moon since 1976.\n",
    "Lune\n\nChang'e 3 a réussi le premier atterrissage en douceur sur la Lune depuis 1976.\n",
])
def test_the_first_event_since_a_year_is_not_dated_by_it(extractor, text):
    assert ("landing", "1976") not in events(missions(extractor, text)["Chang'e 3"])


@pytest.mark.parametrize("text", [
    "Juno\n\nNASA's Juno has been in orbit since 2016 and keeps sending images.\n",
    "Juno\n\nLa sonde Juno est en orbite depuis 2016 et envoie toujours des images.\n",
])
def test_in_orbit_since_still_dates(extractor, text):
    assert any(d == "2016" for _, d in events(missions(extractor, text)["Juno"]))


@pytest.mark.parametrize(("text", "name"), [
    ("Moon\n\nThe last craft to land there was the Soviet Luna 24 sample-return probe, in 1976.\n", "Luna 24"),
    ("Lune\n\nLe dernier engin à s'y poser fut la sonde de retour d'échantillons soviétique Luna 24, en 1976.\n",
     "Luna 24"),
])
def test_a_sample_return_craft_named_so_returns_nothing_then(extractor, text, name):
    assert not any(e == "sample_return" for e, _ in events(missions(extractor, text)[name]))


# --- several events with their own dates; the previous event's date is its own ---------------------------------

@pytest.mark.parametrize("text", [
    "Moon\n\nESA stations tracked Chang'e 1 after its launch in October 2007, including during its arrival at the "
    "Moon.\n",
    "Lune\n\nLes stations de l'ESA ont suivi Chang'e 1 après son lancement en octobre 2007, y compris lors de son "
    "entrée en orbite lunaire.\n",
])
def test_the_date_of_the_previous_event_does_not_date_the_next(extractor, text):
    found = events(missions(extractor, text)["Chang'e 1"])
    assert ("launch", "2007-10") in found
    assert ("orbit_insertion", "2007-10") not in found


@pytest.mark.parametrize("text", [
    "Moon\n\nChang'e 5 lifted off on 23 November 2020, entered lunar orbit on 28 November and touched down on "
    "1 December.\n",
    "Lune\n\nChang'e 5 a décollé le 23 novembre 2020, est entrée en orbite lunaire le 28 novembre, puis s'est posée le "
    "1er décembre.\n",
])
def test_several_events_of_one_sentence_keep_their_dates(extractor, text):
    found = events(missions(extractor, text)["Chang'e 5"])
    assert {("launch", "2020-11-23"), ("orbit_insertion", "2020-11-28"), ("landing", "2020-12-01")} <= found


@pytest.mark.parametrize("text", [
    "Key dates\n\nMilestones:\n• 14 July 2023: Chandrayaan-3 lifts off.\n• 23 August 2023: the lander Vikram "
    "touches down.\n• 2 September 2023: Aditya-L1 lifts off.\n",
    "Repères\n\nLes dates :\n• 14 juillet 2023 : Chandrayaan-3 décolle.\n• 23 août 2023 : l'atterrisseur Vikram se "
    "pose.\n• 2 septembre 2023 : Aditya-L1 décolle.\n",
])
def test_a_timeline_line_takes_its_own_date_not_the_next_lines(extractor, text):
    found = missions(extractor, text)
    assert ("landing", "2023-09-02") not in events(found["Vikram"])
    assert ("launch", "2023-08-23") not in events(found["Chandrayaan-3"])


# --- a launcher's last flight is the launch told before it -----------------------------------------------------

@pytest.mark.parametrize(("text", "launcher"), [
    ("Cargo\n\nThe cargo ship Progress MS-11 lifted off on 4 April 2019 from Baikonur. It was the last flight of the "
     "Soyuz-U rocket.\n", "Soyuz-U"),
    ("Cargo\n\nLe cargo Progress MS-11 a décollé le 4 avril 2019 de Baïkonour. C'était le dernier vol de la fusée "
     "Soyuz-U.\n", "Soyuz-U"),
])
def test_a_launchers_undated_last_flight_takes_the_launch_before(extractor, text, launcher):
    found = missions(extractor, text)
    rocket = next(r for r in found.values() if r["kind"] == "launcher")
    assert ("end", "2019-04-04") in events(rocket)


@pytest.mark.parametrize("text", [
    "Cargo\n\nThe Soyuz-U rocket will be retired. Its last flight is not yet scheduled.\n",
    "Cargo\n\nLa fusée Soyuz-U sera retirée. Son dernier vol n'est pas encore fixé.\n",
])
def test_a_last_flight_with_no_launch_before_stays_undated(extractor, text):
    found = missions(extractor, text)
    assert all(d is None or e != "end" for r in found.values() for e, d in events(r))


# --- one event, a coarse and a fine date: the fine one -----------------------------------------------------------

def test_a_coarse_date_refined_by_a_fine_one_is_dropped():
    from spacerec.merge import _add_event
    from spacerec.records import Event

    class Record:
        events: list = []

    record = Record()
    record.events = []
    _add_event(record, Event("launch", "2013-12", "month"))
    _add_event(record, Event("launch", "2013-12-01", "day"))
    _add_event(record, Event("launch", "2013", "year"))
    _add_event(record, Event("landing", "2013", "year"))
    _add_event(record, Event("launch", "2009-09", "month"))
    assert [(e.event, e.date) for e in record.events] == [
        ("launch", "2009-09"), ("landing", "2013"), ("launch", "2013-12-01")]


# --- fresh-news shapes: a lede's weekday, launch services, slips, releases, attributions ----------------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("Gravity\n\nMay 22, 2018\n\nVANDENBERG, May 22 (Wire) - A Falcon 9 rocket lifted off on Tuesday with a pair "
     "of satellites that will map the gravity field. The two GRACE-FO spacecraft separated later.\n", "GRACE-FO",
     "2018-05-22"),
    ("Gravité\n\nPublié le mardi 22 mai 2018\n\nUne fusée Falcon 9 a décollé mardi avec deux satellites qui "
     "mesureront le champ de gravité. Les deux engins GRACE-FO se sont séparés ensuite.\n", "GRACE-FO", "2018-05-22"),
])
def test_a_lede_weekday_before_a_relative_clause_in_the_future_stays_past(extractor, text, name, date):
    assert ("launch", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    ("Orbit\n\nMitsubishi Heavy Industries, which sells its launch services, won the order to carry KhalifaSat in "
     "2015.\n", "KhalifaSat"),
    ("Orbite\n\nLe satellite KhalifaSat a été présenté en 2015 sur la base de lancement de Tanegashima.\n",
     "KhalifaSat"),
    ("Orbit\n\nSwarm had originally been due to fly in 2012, but its launch was pushed back several times.\n",
     "Swarm"),
    ("Orbite\n\nLa mission Swarm aurait dû partir en 2012, mais son lancement a été repoussé plusieurs fois.\n",
     "Swarm"),
])
def test_launch_services_sites_and_slipped_plans_are_no_launch(extractor, text, name):
    assert not any(e == "launch" for e, _ in events(missions(extractor, text)[name]))


@pytest.mark.parametrize(("text", "name", "date"), [
    ("Field\n\nA Rockot launcher lifted off on 22 November 2013 and released three European satellites. The Swarm "
     "trio will map Earth's magnetic field.\n", "Swarm", "2013-11-22"),
    ("Champ\n\nUne fusée Rockot a décollé le 22 novembre 2013 et a libéré trois satellites européens. Le trio Swarm "
     "de l'ESA cartographiera le champ magnétique.\n", "Swarm", "2013-11-22"),
])
def test_a_launcher_that_releases_its_payload_launches_it(extractor, text, name, date):
    found = missions(extractor, text)
    assert ("launch", date) in events(found[name])
    assert not any(e == "launch" for r in found.values() if r["kind"] == "launcher" for e, _ in events(r))


@pytest.mark.parametrize(("text", "name", "date"), [
    ("Mars\n\nNASA said on 10 November 2008 that its Phoenix Mars Lander has stopped communicating.\n",
     "Phoenix", "2008-11-10"),
    ("Mars\n\nLa NASA a indiqué le 10 novembre 2008 que son atterrisseur Phoenix a cessé de communiquer.\n",
     "Phoenix", "2008-11-10"),
])
def test_a_craft_that_stopped_communicating_ends(extractor, text, name, date):
    assert ("end", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name", "date"), [
    ("Mars\n\nThe Schiaparelli lander crashed on the surface on 19 October 2016, ESA said on 21 October 2016.\n",
     "Schiaparelli", "2016-10-21"),
    ("Mars\n\nL'atterrisseur Schiaparelli s'est écrasé sur Mars le 19 octobre 2016, a indiqué le 21 octobre 2016 "
     "l'ESA.\n", "Schiaparelli", "2016-10-21"),
])
def test_the_day_of_the_announcement_does_not_date_the_event(extractor, text, name, date):
    found = events(missions(extractor, text)[name])
    assert ("end", "2016-10-19") in found
    assert ("end", date) not in found
