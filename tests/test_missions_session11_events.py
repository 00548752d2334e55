"""Mission events and status of session 11 (issue #11 item 4): kinds the k11e-* kinds articles showed, both languages.

Phrasings written for these tests (not taken from the corpus, the cases or the seed): a wire dateline with a state or
country between the place and the date (its weekday then resolves); a "first ... since" comparison after the event
verb; a noun back-reference ("the mission", "la sonde") that never means a station named before it; an end still ahead
("nearly out of fuel"); a relative clause that speaks of a mission past its owner and a short apposition. Each with
its negatives.
"""

from __future__ import annotations

import pytest
from test_missions_session8_events import events, missions

# --- "CAPE CANAVERAL, Fla., Oct. 17, 2021 —": the article's date, and its weekdays ----------------------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("X-ray eyes\n\nCAPE CANAVERAL, Fla., Dec. 12, 2021 (Wire) — NASA's IXPE observatory lifted off on Thursday aboard"
     " a Falcon 9 rocket.\n", "IXPE", "2021-12-09"),
    ("Gravity\n\nPLESETSK, Russia, March 18, 2009 — A Rockot launcher carrying ESA's GOCE satellite lifted off on"
     " Tuesday.\n", "GOCE", "2009-03-17"),
    ("Lancement\n\nVANDENBERG, Californie, 17 décembre 2022 (AFP) - Le satellite SWOT de la NASA et du CNES a été lancé"
     " vendredi par une fusée Falcon 9.\n", "SWOT", "2022-12-16"),
])
def test_a_dateline_with_a_region_dates_the_weekday(extractor, text, name, date):
    analysis = extractor.analyse(text)
    assert analysis.article_date is not None and analysis.article_date.precision == "day"
    assert ("launch", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "expected"), [
    ("Rocket\n\nTANEGASHIMA, Japan, Feb. 18, 2024 - The H3 rocket lifted off on Saturday and put its satellite in the"
     " planned orbit.\n", "2024-02-17"),
    # a plan: the next Saturday
    ("Rocket\n\nTANEGASHIMA, Japan, Feb. 18, 2024 - The H3 rocket is planned to lift off on Saturday.\n", "2024-02-24"),
    ("Rocket\n\nTANEGASHIMA, Japan, Feb. 18, 2024 - The H3 rocket is scheduled for its second flight on Saturday.\n",
     "2024-02-24"),
])
def test_a_future_word_after_a_determiner_is_no_plan(extractor, text, expected):
    dates = [d for s in extractor.analyse(text).sentences for d in s.dates if d.text.endswith("Saturday")]
    assert [d.value.iso for d in dates] == [expected]


@pytest.mark.parametrize("text", [
    # a place and a region with no date after them: no dateline
    "Probe news\n\nPASADENA, Calif., is where the team built the lander, NASA said on Tuesday.\n",
    "Nouvelles\n\nKOUROU, Guyane, est la base d'où partent les fusées, a dit mardi le CNES.\n",
])
def test_a_place_and_region_without_a_date_is_no_dateline(extractor, text):
    assert extractor.analyse(text).article_date is None


# --- "the first material collected on the Moon since 1976": a comparison, not the event's date -----------------------

@pytest.mark.parametrize(("text", "name", "wrong", "right"), [
    ("Samples\n\nThe Chinese probe Chang'e 5 brought back 1.7 kg of rock on 17 December 2020, the first lunar samples"
     " since 1976.\n", "Chang'e 5", ("sample_return", "1976"), ("sample_return", "2020-12-17")),
    ("Échantillons\n\nLa sonde chinoise Chang'e 5 a rapporté 1,7 kg de roches le 17 décembre 2020, les premiers"
     " échantillons lunaires depuis 1976.\n", "Chang'e 5", ("sample_return", "1976"), ("sample_return", "2020-12-17")),
])
def test_a_first_since_after_the_verb_is_no_date(extractor, text, name, wrong, right):
    found = events(missions(extractor, text)[name])
    assert wrong not in found and right in found


@pytest.mark.parametrize(("text", "name", "event"), [
    # a "since" date with no "first": the event's own date still stands when it is the only one
    ("Samples\n\nChina's Chang'e 5 has brought samples back since December 2020 to labs.\n", "Chang'e 5",
     ("sample_return", "2020-12")),
    # a "first" with no "since": the date is the event's
    ("Samples\n\nChang'e 5 brought back the first lunar samples of the century on 17 December 2020.\n", "Chang'e 5",
     ("sample_return", "2020-12-17")),
])
def test_without_first_since_the_date_stands(extractor, text, name, event):
    assert event in events(missions(extractor, text)[name])


# --- "la mission" after "la mission X vers la Station spatiale internationale": X, never the station -----------------

@pytest.mark.parametrize(("text", "name", "station"), [
    ("Retour\n\nL'astronaute a rejoint la Station spatiale internationale avec la mission Ax-3 le 18 janvier 2024."
     " La mission s'est achevée par un amerrissage le 9 février 2024.\n", "Ax-3", "ISS"),
    ("Return\n\nThe crew flew the Ax-3 mission to the International Space Station in January 2024. The mission ended"
     " with a splashdown on 9 February 2024.\n", "Ax-3", "ISS"),
])
def test_a_mission_anaphor_never_means_the_station(extractor, text, name, station):
    found = missions(extractor, text)
    assert ("landing", "2024-02-09") in events(found[name])
    assert not found[station]["events"] and found[station]["status"] is None


@pytest.mark.parametrize(("text", "name", "event"), [
    ("Mir\n\nRussia's Mir space station hosted crews for fifteen years. The station was deorbited on 23 March 2001.\n",
     "Mir", ("end", "2001-03-23")),
    ("Mir\n\nLa Russie a exploité la station spatiale Mir pendant quinze ans. La station a été désorbitée le 23 mars"
     " 2001.\n", "Mir", ("end", "2001-03-23")),
])
def test_a_station_anaphor_still_means_the_station(extractor, text, name, event):
    assert event in events(missions(extractor, text)[name])


# --- "presque à court de carburant": an end still ahead ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Kepler\n\nLe télescope Kepler de la NASA est toujours en service mais presque à court de carburant.\n",
     "Kepler Space Telescope"),
    ("Kepler\n\nNASA's Kepler telescope is still in service although nearly out of fuel.\n", "Kepler Space Telescope"),
])
def test_an_end_still_ahead_is_no_end(extractor, text, name):
    record = missions(extractor, text)[name]
    assert record["status"] == "active"


@pytest.mark.parametrize(("text", "name"), [
    ("Kepler\n\nLe télescope Kepler de la NASA, à court de carburant, a été mis hors service en 2018.\n",
     "Kepler Space Telescope"),
    ("Kepler\n\nNASA's Kepler telescope ran out of fuel and was retired in 2018.\n", "Kepler Space Telescope"),
])
def test_an_end_that_came_is_completed(extractor, text, name):
    assert missions(extractor, text)[name]["status"] == "completed"


# --- "TESS prend le relais de Kepler de la NASA, lancé en 2009, qui est toujours en service": Kepler's cue -----------

@pytest.mark.parametrize(("text", "subject", "other"), [
    ("TESS\n\nLe satellite TESS prend le relais du télescope Kepler de la NASA, lancé en 2009, qui est toujours en"
     " service.\n", "TESS", "Kepler Space Telescope"),
    ("TESS\n\nNASA's TESS takes over from the Kepler telescope of NASA, launched in 2009, which is still in service.\n",
     "TESS", "Kepler Space Telescope"),
])
def test_a_relative_past_an_owner_and_an_apposition_speaks_of_its_name(extractor, text, subject, other):
    found = missions(extractor, text)
    assert found[other]["status"] == "active" and found[subject]["status"] is None


@pytest.mark.parametrize(("text", "subject"), [
    # the relative opens after a whole clause, not an apposition: the subject's cue stays
    ("TESS\n\nLe satellite TESS, qui est toujours en service, a pris le relais du télescope Kepler.\n", "TESS"),
    ("TESS\n\nNASA's TESS, which is still in service, took over from the Kepler telescope.\n", "TESS"),
])
def test_a_relative_of_the_subject_stays_the_subjects(extractor, text, subject):
    assert missions(extractor, text)[subject]["status"] == "active"


# --- events from verbs in every form: "is due to enter orbit", "return samples", "rapportera", "décolleront" ----------

@pytest.mark.parametrize(("text", "name", "event"), [
    ("Juice\n\nESA's Juice left Kourou on 14 April 2023. It is due to enter orbit around Jupiter in July 2031.\n",
     "JUICE", ("orbit_insertion", "2031-07")),
    ("MMX\n\nJAXA's MMX probe is to return samples from Phobos in 2031.\n", "MMX", ("sample_return", "2031")),
    ("Artemis\n\nNASA's Artemis III crew is expected to touch down near the lunar south pole in 2027.\n", "Artemis III",
     ("landing", "2027")),
    ("Tianwen-2\n\nLa sonde chinoise Tianwen-2 rapportera ses échantillons sur Terre en 2027.\n", "Tianwen-2",
     ("sample_return", "2027")),
    ("Exoplanètes\n\nLes télescopes PLATO et Ariel de l'ESA décolleront en 2029.\n", "Ariel", ("launch", "2029")),
    ("BepiColombo\n\nLes deux sondes de BepiColombo entreront en orbite autour de Mercure en novembre 2026.\n",
     "BepiColombo", ("orbit_insertion", "2026-11")),
])
def test_an_event_verb_in_any_form_is_the_event(extractor, text, name, event):
    assert event in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    # a launch window, a fenêtre de lancement: no launch
    ("Psyche\n\nNASA's Psyche missed its 2022 launch window after software problems.\n", "Psyche"),
    ("Psyche\n\nLa sonde Psyche de la NASA a manqué sa fenêtre de lancement de 2022.\n", "Psyche"),
    # an undated plan to enter orbit: no event
    ("Juice\n\nESA's Juice is due to enter orbit around Jupiter after an eight-year cruise.\n", "JUICE"),
    ("Tianwen-2\n\nLa sonde chinoise Tianwen-2 rapportera un jour ses échantillons sur Terre.\n", "Tianwen-2"),
])
def test_a_window_or_an_undated_plan_is_no_event(extractor, text, name):
    assert not missions(extractor, text)[name]["events"]


# --- "SOHO, launched on 2 December 1995, still watches the Sun": present work past a short apposition ----------------

@pytest.mark.parametrize(("text", "name"), [
    ("SOHO\n\nSOHO, launched on 2 December 1995, still watches the Sun from far away.\n", "SOHO"),
    ("SOHO\n\nLe satellite SOHO, lancé le 2 décembre 1995, observe toujours le Soleil.\n", "SOHO"),
    # a fronted participle, then the pronoun: "Prévu pour dix ans, il observe toujours"
    ("XMM\n\nLe télescope XMM-Newton de l'ESA a été lancé le 10 décembre 1999. Prévu pour dix ans, il observe toujours"
     " les trous noirs.\n", "XMM-Newton"),
])
def test_present_work_past_an_apposition_is_active(extractor, text, name):
    assert missions(extractor, text)[name]["status"] == "active"


@pytest.mark.parametrize(("text", "name"), [
    # the subject of the verb is not the mission
    ("SOHO\n\nThe Sun, seen by SOHO since 1995, still shines.\n", "SOHO"),
    ("SOHO\n\nLe Soleil, vu par SOHO depuis 1995, brille toujours.\n", "SOHO"),
    # two craft before the pronoun: "il" is not resolved
    ("XMM\n\nXMM-Newton et le télescope Hubble ont été lancés en 1999 et 1990. Prévu pour dix ans, il observe"
     " toujours.\n", "XMM-Newton"),
])
def test_present_work_of_another_subject_is_no_status(extractor, text, name):
    assert missions(extractor, text)[name]["status"] is None


# --- "a décollé le 18 juin 2009, en même temps qu'une autre sonde de l'agence, LCROSS": the companion's launch ------

@pytest.mark.parametrize(("text", "name", "event"), [
    ("LRO\n\nLa sonde LRO de la NASA a décollé le 18 juin 2009, en même temps qu'une autre sonde de l'agence,"
     " LCROSS.\n", "LCROSS", ("launch", "2009-06-18")),
    ("LRO\n\nNASA's LRO lifted off on 18 June 2009 at the same time as a second small probe of the agency, LCROSS.\n",
     "LCROSS", ("launch", "2009-06-18")),
])
def test_a_craft_launched_at_the_same_time_shares_the_launch(extractor, text, name, event):
    assert event in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    # a long clause, not an apposition, before the other craft: nothing shared
    ("LRO\n\nLa sonde LRO a décollé le 18 juin 2009, en même temps que les ingénieurs de la NASA préparaient une"
     " autre mission pour plus tard, LCROSS.\n", "LCROSS"),
    ("LRO\n\nNASA's LRO lifted off on 18 June 2009 at the same time as engineers across the country were getting"
     " another mission ready for later, LCROSS.\n", "LCROSS"),
])
def test_a_companion_past_a_long_clause_shares_nothing(extractor, text, name):
    assert not missions(extractor, text)[name]["events"]


# --- "Parker Solar Probe, launched in 2018, is still diving through the corona": a present progressive ------------

@pytest.mark.parametrize(("text", "name"), [
    ("Parker\n\nNASA's Parker Solar Probe, launched in August 2018, is still diving through the solar corona.\n",
     "Parker Solar Probe"),
    ("Voyager\n\nNASA's Voyager 1 is still sending faint signals from interstellar space.\n", "Voyager 1"),
])
def test_a_present_progressive_of_the_mission_is_active(extractor, text, name):
    assert missions(extractor, text)[name]["status"] == "active"


@pytest.mark.parametrize(("text", "name"), [
    # a progressive of waiting or being built is no operation
    ("Roman\n\nNASA's Roman Space Telescope is still awaiting its launch on a Falcon Heavy.\n",
     "Nancy Grace Roman Space Telescope"),
    ("Roman\n\nNASA's Roman Space Telescope is still being assembled in Maryland.\n",
     "Nancy Grace Roman Space Telescope"),
    # the progressive's subject is not the mission
    ("Parker\n\nThe Sun is still puzzling scientists, and NASA's Parker Solar Probe was sent to study it.\n",
     "Parker Solar Probe"),
])
def test_a_progressive_of_waiting_or_of_another_subject_is_not_active(extractor, text, name):
    assert missions(extractor, text)[name]["status"] != "active"


# --- "the pair", "les deux sondes": every craft named together just before -------------------------------------------

@pytest.mark.parametrize(("text", "names", "event"), [
    ("Bepi\n\nJapan built Mio, while ESA provided the Mercury Planetary Orbiter. Launched together from Kourou on 20"
     " October 2018, the pair is due to enter orbit around Mercury in November 2026.\n",
     ("Mio", "Mercury Planetary Orbiter"), ("orbit_insertion", "2026-11")),
    ("Bepi\n\nLe Japon a construit Mio et l'ESA le Mercury Planetary Orbiter. Les deux sondes ont décollé de Kourou le"
     " 20 octobre 2018.\n", ("Mio", "Mercury Planetary Orbiter"), ("launch", "2018-10-20")),
])
def test_a_group_anaphor_gives_each_craft_the_event(extractor, text, names, event):
    found = missions(extractor, text)
    assert all(event in events(found[name]) for name in names)


@pytest.mark.parametrize(("text", "name"), [
    # one craft before: "the pair" is not it
    ("Bepi\n\nJapan built Mio for Mercury. The pair of engineers who led it retired on 20 October 2018.\n", "Mio"),
    # the sentence names its own craft: the group anaphor gives nothing to the others
    ("Bepi\n\nLe Japon a construit Mio et l'ESA le Mercury Planetary Orbiter. Les deux sondes ont été suivies par"
     " SMART-1, lancée le 27 septembre 2003.\n", "Mio"),
])
def test_a_group_anaphor_without_a_group_gives_nothing(extractor, text, name):
    assert not missions(extractor, text)[name]["events"]


@pytest.fixture(scope="module")
def extractor():
    import warnings

    from spacerec import Extractor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Extractor()
