"""Missions of session 11 (issue #11 items 3 and 4): names, back-references and events the k11m articles showed.

Sentences written for these tests (not taken from the corpus, the cases or the seed), each kind in both languages with
its negatives: a KB name written with a lower-case first letter and capitals after it ("eROSITA"); a demonstrative
back-reference ("this probe", "cette sonde") meaning the craft just named, not the headline mission; a launcher that
launches the craft a possessive stands for ("will launch its modules"); a clause whose subject pronoun stands for the
craft that opens the sentence ("...; it was launched ..."); sample returns written as nouns or with a pronoun object;
a landing verb in a compound tense with its lander as object ("qui a posé le rover Zhurong"); "ending the mission";
a completed survey that is not the end of the mission.
"""

from __future__ import annotations

import pytest
from spacerec.identity import normalise_name
from test_missions_session8_events import events
from test_missions_session8_events import missions as named


def missions(extractor, text):
    """The mission records of a text by normalised name ("CryoSat-2" and "CryoSat 2" are one key)."""
    return _Normalised(named(extractor, text))


class _Normalised(dict):
    def __init__(self, records):
        super().__init__((normalise_name(k), v) for k, v in records.items())

    def __getitem__(self, name):
        return super().__getitem__(normalise_name(name))

    def __contains__(self, name):
        return super().__contains__(normalise_name(name))

# --- a KB name with capitals after a lower-case first letter ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "X-ray survey\n\nThe observatory carries the German eROSITA telescope, supplied by DLR.\n",
    "Rayons X\n\nL'observatoire emporte le télescope allemand eROSITA, fourni par le DLR.\n",
])
def test_a_camel_case_kb_name_is_the_mission(extractor, text):
    assert "eROSITA" in missions(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Breakfast\n\nThe crew drank juice before the launch of Crew-9 in 2024.\n", "JUICE"),
    ("Commerce\n\nLe port sert de gateway commerciale vers l'Asie depuis 2019, selon la NASA.\n", "Gateway"),
])
def test_a_lower_case_common_word_is_still_no_mission(extractor, text, absent):
    assert absent not in missions(extractor, text)


# --- "this probe", "cette sonde": the craft just named -----------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "other"), [
    ("Gaia and after\n\nESA's Gaia mapped two billion stars. ESA also runs Euclid. "
     "Launched on 1 July 2023, this telescope studies the dark universe.\n", "Euclid", "Gaia"),
    ("Gaia et après\n\nGaia, de l'ESA, a cartographié deux milliards d'étoiles. L'ESA exploite aussi Euclid. "
     "Lancé le 1er juillet 2023, ce télescope étudie l'Univers sombre.\n", "Euclid", "Gaia"),
    ("La Chine vise 2028 pour Tianwen-3\n\nLa CNSA prépare Tianwen-3. Elle s'appuie sur Tianwen-1 et Tianwen-2. "
     "Lancée le 29 mai 2025, cette sonde doit visiter un astéroïde.\n", "Tianwen-2", "Tianwen-3"),
])
def test_a_demonstrative_means_the_craft_just_named(extractor, text, name, other):
    found = missions(extractor, text)
    assert any(e == "launch" for e, _ in events(found[name]))
    assert not any(e == "launch" for e, _ in events(found[other]))


@pytest.mark.parametrize(("text", "headline", "other"), [
    # no demonstrative: "the mission" still means the headline mission named in the sentences before
    ("The Gaia observatory\n\nESA's Gaia mapped two billion stars, as Hipparcos had before it. "
     "The mission was switched off on 27 March 2025.\n", "Gaia", "Hipparcos"),
    ("L'observatoire Gaia\n\nGaia, de l'ESA, a cartographié deux milliards d'étoiles, comme Hipparcos avant elle. "
     "La mission a été désactivée le 27 mars 2025.\n", "Gaia", "Hipparcos"),
])
def test_without_a_demonstrative_the_headline_mission_stays_the_referent(extractor, text, headline, other):
    found = missions(extractor, text)
    assert ("end", "2025-03-27") in events(found[headline])
    assert not events(found[other])


# --- a launcher that launches "its modules": the craft the possessive stands for ----------------------------------

@pytest.mark.parametrize("text", [
    "Mars samples\n\nThe CNSA is preparing its Tianwen-3 mission. Two Long March 5 rockets will launch its modules "
    "in 2028.\n",
    "Échantillons martiens\n\nLa CNSA prépare la mission Tianwen-3. Deux fusées Longue Marche 5 lanceront ses modules "
    "vers 2028.\n",
])
def test_a_launcher_launches_the_craft_a_possessive_stands_for(extractor, text):
    found = missions(extractor, text)
    assert ("launch", "2028") in events(found["Tianwen-3"])
    assert not events(found["Long March 5"])


@pytest.mark.parametrize("text", [
    # no possessive object: the launcher's own (first) flight, not the craft's
    "Mars samples\n\nThe CNSA is preparing its Tianwen-3 mission. The first Long March 5 rocket lifted off in 2016.\n",
    "Échantillons martiens\n\nLa CNSA prépare la mission Tianwen-3. Le premier lanceur Longue Marche 5 a décollé "
    "en 2016.\n",
])
def test_a_launcher_without_a_possessive_object_launches_no_craft_named_before(extractor, text):
    found = missions(extractor, text)
    assert not any(e == "launch" for e, _ in events(found["Tianwen-3"]))


# --- sample returns: "the return of the samples", "le retour des échantillons", "les rapporter" -------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("Mars samples\n\nThe CNSA is preparing its Tianwen-3 mission. Two Long March 5 rockets will launch its modules in "
     "2028, and the return of the samples is planned for 2031.\n", "Tianwen-3", "2031"),
    ("Échantillons\n\nLa CNSA prépare la mission Tianwen-3. Deux fusées Longue Marche 5 lanceront ses modules vers "
     "2028, et le retour des échantillons est prévu vers 2031.\n", "Tianwen-3", "2031"),
    ("Astéroïde\n\nLa sonde Tianwen-2 doit prélever des échantillons d'un astéroïde et les rapporter en 2027.\n",
     "Tianwen-2", "2027"),
])
def test_a_sample_return_noun_or_pronoun_object_is_the_event(extractor, text, name, date):
    assert ("sample_return", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    ("Station\n\nThe crew of Shenzhou-18 flew to Tiangong; the return of the crew is planned for 2024.\n",
     "Shenzhou-18"),
    ("Station\n\nL'équipage de Shenzhou-18 a rejoint Tiangong ; le retour des astronautes est prévu en 2024.\n",
     "Shenzhou-18"),
])
def test_a_return_of_something_else_is_no_sample_return(extractor, text, name):
    assert not any(e == "sample_return" for e, _ in events(missions(extractor, text)[name]))


# --- "...; il a été lancé ...": the subject pronoun of a later clause ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Water\n\nSMOS measures soil moisture; it was launched on 2 November 2009 on a Rockot rocket. "
    "CryoSat-2 maps ice.\n",
    "L'eau\n\nSMOS mesure l'humidité des sols ; il a été lancé le 2 novembre 2009 par une fusée Rockot. CryoSat-2 "
    "suit les glaces.\n",
])
def test_a_clause_pronoun_is_the_craft_that_opens_the_sentence(extractor, text):
    found = missions(extractor, text)
    assert ("launch", "2009-11-02") in events(found["SMOS"])
    assert not events(found["CryoSat-2"])


@pytest.mark.parametrize("text", [
    # a clause with a noun subject: no pronoun stands for SMOS
    "Water\n\nSMOS measures soil moisture; a Rockot rocket lifted off on 2 November 2009 with two satellites. "
    "CryoSat-2 maps ice.\n",
    "L'eau\n\nSMOS mesure l'humidité des sols ; une fusée Rockot a décollé le 2 novembre 2009 avec deux satellites. "
    "CryoSat-2 suit les glaces.\n",
])
def test_a_clause_with_a_noun_subject_is_not_read_as_the_pronoun(extractor, text):
    assert not events(missions(extractor, text)["SMOS"])


# --- "qui a posé le rover Zhurong": a transitive landing verb -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mars\n\nTianwen-1, qui a posé le rover Zhurong sur Mars le 15 mai 2021, reste en orbite.\n",
    "Moon\n\nChang'e 4, which landed the Yutu-2 rover on the far side on 3 January 2019, is still working.\n",
])
def test_a_craft_that_set_its_rover_down_lands_with_it(extractor, text):
    found = missions(extractor, text)
    host = "Tianwen-1" if "Tianwen-1" in found else "Chang'e 4"
    assert any(e == "landing" for e, _ in events(found[host]))


@pytest.mark.parametrize("text", [
    "Mars\n\nTianwen-1 a photographié le rover Zhurong, posé sur Mars le 15 mai 2021.\n",
    "Moon\n\nChang'e 4 relays data from the Yutu-2 rover, landed on the far side on 3 January 2019.\n",
])
def test_a_craft_that_only_watches_a_landed_rover_does_not_land(extractor, text):
    found = missions(extractor, text)
    host = "Tianwen-1" if "Tianwen-1" in found else "Chang'e 4"
    assert not any(e == "landing" for e, _ in events(found[host]))


# --- "ending the mission"; a completed survey -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Saturn\n\nNASA's Cassini probe dived into Saturn's atmosphere on 15 September 2017, ending the mission.\n",
    "Saturne\n\nLa sonde Cassini de la NASA a plongé vers Saturne le 15 septembre 2017, mettant fin à la mission.\n",
])
def test_ending_the_mission_is_the_end(extractor, text):
    assert ("end", "2017-09-15") in events(missions(extractor, text)["Cassini-Huygens"])


@pytest.mark.parametrize("text", [
    "X-rays\n\nThe German eROSITA telescope completed four all-sky surveys before 2022.\n",
    "Rayons X\n\nLe télescope allemand eROSITA a achevé quatre relevés du ciel avant 2022.\n",
])
def test_a_completed_survey_is_not_the_end_of_the_mission(extractor, text):
    assert missions(extractor, text)["eROSITA"]["status"] != "completed"


# --- plural participles of the French lead cues ("menés par", "développés par") -----------------------------------

def _pairs(record):
    return {a["agency_id"] for a in record["agencies"]}


@pytest.mark.parametrize(("text", "names", "agency"), [
    ("Eau\n\nLes satellites SMOS et CryoSat-2, menés par l'Agence spatiale européenne, sont toujours en orbite.\n",
     ("SMOS", "CryoSat-2"), "ESA"),
    ("Météo\n\nLes satellites MetOp-A, -B et -C, développés par l'ESA et exploités par EUMETSAT, sont en orbite "
     "polaire.\n", ("MetOp-A", "MetOp-B", "MetOp-C"), "ESA"),
    ("Water\n\nThe SMOS and CryoSat-2 satellites, led by the European Space Agency, are still in orbit.\n",
     ("SMOS", "CryoSat-2"), "ESA"),
])
def test_a_plural_lead_participle_gives_every_listed_mission_its_agency(extractor, text, names, agency):
    found = missions(extractor, text)
    assert all(agency in _pairs(found[name]) for name in names)


@pytest.mark.parametrize(("text", "name", "agency"), [
    # a participle that is no lead cue: the agency after it does not run the satellites
    ("Eau\n\nLes satellites SMOS et CryoSat-2, suivis par des chercheurs de la NASA, sont en orbite.\n", "SMOS",
     "NASA"),
    ("Water\n\nThe SMOS and CryoSat-2 satellites, watched by researchers at NASA, are still in orbit.\n", "SMOS",
     "NASA"),
])
def test_a_plural_participle_that_is_no_lead_cue_gives_nothing(extractor, text, name, agency):
    assert agency not in _pairs(missions(extractor, text)[name])


# --- "le projet" / "the project" after a craft: its participants -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Odin\n\nLe satellite suédois Odin a été lancé en 2001. Mené par l'Agence spatiale suédoise (SNSA), le projet a "
    "associé le CNES et l'Agence spatiale canadienne.\n",
    "Odin\n\nThe Swedish satellite Odin was launched in 2001. Led by the Swedish National Space Agency (SNSA), the "
    "project involved CNES and the Canadian Space Agency as partners.\n",
])
def test_the_project_after_a_craft_takes_its_participants(extractor, text):
    assert {"CNES", "CSA"} <= _pairs(missions(extractor, text)["Odin"])


@pytest.mark.parametrize("text", [
    # a programme named before: "the project" is the programme's, not the craft's
    "Odin\n\nLe programme Copernicus compte le satellite Sentinel-1A, lancé en 2014. Le projet associe le CNES.\n",
    "Odin\n\nThe Copernicus programme counts the Sentinel-1A satellite, launched in 2014. The project involves CNES.\n",
])
def test_the_project_after_a_programme_is_not_the_craft(extractor, text):
    assert "CNES" not in _pairs(missions(extractor, text)["Sentinel-1A"])


# --- the agency that runs a craft of a programme with no lead agency (Copernicus, Galileo) contributes to it ---------

@pytest.mark.parametrize(("text", "programme"), [
    ("Copernicus\n\nThe Sentinel-2 mission, developed by ESA for the European Union's Copernicus programme, now has "
     "three satellites in orbit.\n", "Copernicus"),
    ("Copernicus\n\nLe satellite Sentinel-1C, développé par l'Agence spatiale européenne (ESA) pour le programme "
     "Copernicus de l'Union européenne, a été lancé le 5 décembre 2024.\n", "Copernicus"),
    ("Copernicus\n\nESA's Sentinel-3B satellite, launched in 2018, belongs to the European Union's Copernicus "
     "programme.\n", "Copernicus"),
])
def test_the_agency_of_a_programme_craft_contributes_to_a_programme_without_lead(extractor, text, programme):
    assert "ESA" in _pairs(missions(extractor, text)[programme])


@pytest.mark.parametrize(("text", "programme", "agency"), [
    # the programme's name only qualifies the craft: no craft of ESA's is said to be part of it
    ("Vega-C\n\nESA's Biomass flew on Vega-C, which returned to flight with the Copernicus Sentinel-1C satellite.\n",
     "Copernicus", "ESA"),
    # the knowledge base does not list NASA in the programme
    ("Copernicus\n\nLe satellite SWOT de la NASA fait partie du programme Copernicus de l'Union européenne.\n",
     "Copernicus", "NASA"),
])
def test_no_contribution_without_a_craft_of_the_agency_in_the_programme(extractor, text, programme, agency):
    assert agency not in _pairs(missions(extractor, text)[programme])


# --- known leftovers: "Europe's 2009 observatory", "ELDO built the Europa rocket" -----------------------------------

@pytest.mark.parametrize("text", [
    "Planck\n\nEurope's 2009 observatory Planck mapped the cosmic background; ESA ran it.\n",
    "Planck\n\nLe 2009 satellite Planck, de l'ESA, a cartographié le fond diffus cosmologique.\n",
])
def test_a_year_left_after_the_owner_is_no_mission(extractor, text):
    found = missions(extractor, text)
    assert "2009" not in found and "Planck" in found


@pytest.mark.parametrize(("text", "name"), [
    # a name with letters after a head noun stays a mission the KB lacks
    ("Kenya\n\nKenya's Taifa-1 satellite was launched in April 2023.\n", "Taifa-1"),
    ("Kenya\n\nLe satellite Taifa-1 du Kenya a été lancé en avril 2023.\n", "Taifa-1"),
])
def test_a_kb_less_name_with_letters_is_still_a_mission(extractor, text, name):
    assert name in missions(extractor, text)


@pytest.mark.parametrize(("text", "name", "agency"), [
    ("Europe\n\nELDO built the Europa rocket in the 1960s, but it never reached orbit.\n", "Europa rocket", "ELDO"),
    ("Japan\n\nJAXA built the H3 rocket to replace the H-IIA.\n", "H3", "JAXA"),
])
def test_an_agency_that_built_a_rocket_runs_it(extractor, text, name, agency):
    assert agency in _pairs(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name", "agency"), [
    # supplying a launch is no ownership of the launcher (session-7 reader)
    ("Webb\n\nESA supplied the Ariane 5 rocket that launched Webb in December 2021.\n", "Ariane 5", "ESA"),
    ("Solar Orbiter\n\nNASA provided the Atlas V launch of Solar Orbiter in February 2020.\n", "Atlas V", "NASA"),
])
def test_an_agency_that_supplied_a_launcher_does_not_run_it(extractor, text, name, agency):
    assert agency not in _pairs(missions(extractor, text)[name])


# --- a count after a family name is no member ("Soyouz 2 fois"), a member stays one ---------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Lune\n\nLa sonde Chang'e 7 de la CNSA doit partir en 2026.\n", "Chang'e 7"),
    ("Moon\n\nThe CNSA's Chang'e 7 probe is due to launch in 2026.\n", "Chang'e 7"),
])
def test_a_numbered_family_member_still_links(extractor, text, name):
    assert name in missions(extractor, text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Station\n\nLe cargo Progress 3 jours plus tard a quitté la station.\n", "Progress 3"),
    ("Station\n\nThe Shenzhou 2 times larger cabin was shown in 2024.\n", "Shenzhou 2"),
])
def test_a_count_after_a_family_name_is_no_member(extractor, text, wrong):
    assert wrong not in missions(extractor, text)


# --- "le spectrographe OSIRIS" of another craft than the KB's ambiguous OSIRIS -------------------------------------

def test_an_instrument_named_after_its_noun_is_read_even_when_an_ambiguous_kb_name(extractor):
    text = ("Odin\n\nÀ bord du satellite Odin, le spectrographe OSIRIS, fourni par l'Agence spatiale canadienne, "
            "mesure l'ozone.\n")
    found = missions(extractor, text)
    assert "OSIRIS" in found and found["OSIRIS"]["part_of"] == "Odin"


@pytest.mark.parametrize("text", [
    # near its context words the KB's OSIRIS (Rosetta's camera) is linked as before
    "Rosetta\n\nLa caméra OSIRIS de la sonde Rosetta a photographié la comète 67P en 2014.\n",
    "Rosetta\n\nThe OSIRIS camera of ESA's Rosetta probe imaged comet 67P in 2014.\n",
])
def test_an_ambiguous_kb_instrument_near_its_context_keeps_its_kb_host(extractor, text):
    assert missions(extractor, text)["OSIRIS"]["part_of"] == "Rosetta"


def test_a_genitive_du_projet_is_no_back_reference_to_a_craft(extractor):
    text = ("SVOM\n\nLe satellite SVOM emporte le moniteur GRM. Le comité de pilotage du projet a discuté de la "
            "date de lancement, alors espérée avant mars 2024.\n")
    found = missions(extractor, text)
    assert not events(found["GRM"]) and not events(found["SVOM"])


# --- "the spacecraft" after "X ..., carrying Y": the carrier, not what it carries ------------------------------------

@pytest.mark.parametrize("text", [
    "Saturn\n\nNASA's Cassini probe left Earth on 15 October 1997, carrying ESA's Huygens probe. After a long cruise, "
    "the spacecraft entered orbit around Saturn on 1 July 2004.\n",
    "Saturne\n\nLa sonde Cassini de la NASA a quitté la Terre le 15 octobre 1997 avec à son bord la sonde Huygens de "
    "l'ESA. Après une longue croisière, l'engin est entré en orbite autour de Saturne le 1er juillet 2004.\n",
])
def test_the_spacecraft_after_a_carrier_sentence_is_the_carrier(extractor, text):
    found = missions(extractor, text)
    assert ("orbit_insertion", "2004-07-01") in events(found["Cassini-Huygens"])
    assert ("orbit_insertion", "2004-07-01") not in events(found["Huygens"])


@pytest.mark.parametrize("text", [
    # the carried craft named on its own before the back-reference is still its referent
    "Titan\n\nESA's Huygens probe separated from its carrier on 25 December 2004. The spacecraft landed on Titan on "
    "14 January 2005.\n",
    "Titan\n\nLa sonde Huygens de l'ESA s'est séparée de son porteur le 25 décembre 2004. L'engin s'est posé sur Titan "
    "le 14 janvier 2005.\n",
])
def test_a_craft_named_alone_stays_the_referent(extractor, text):
    assert ("landing", "2005-01-14") in events(missions(extractor, text)["Huygens"])
