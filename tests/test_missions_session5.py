"""Mission kinds of session 5 (issue 11), each rule in both languages with a positive and a negative text: a year-less
date far after the article's is last year's, launchers with a country adjective, counted agent lists, nationality
adjectives inside a mention, joint building verbs, KB partners around a cue, KB programme membership, possessive
pronouns and fronted participles before a subject pronoun."""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


def events(record):
    return {(e["event"], e["date"]) for e in record["events"]}


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


# ---- a launcher written with a country adjective is the agency's the article names ----------------------------

def agencies(record):
    return {a["agency_id"] for a in record["agencies"]}


@pytest.mark.parametrize("text, launcher, agency", [
    ("Proba-3\n\nAn Indian PSLV rocket placed ESA's Proba-3 in orbit. ISRO confirmed the launch.\n", "PSLV", "ISRO"),
    ("Proba-3\n\nUne fusée indienne PSLV a placé en orbite la mission Proba-3 de l'ESA. L'ISRO a confirmé le "
     "lancement.\n", "PSLV", "ISRO"),
])
def test_launcher_with_a_country_adjective_takes_the_named_agency(extractor, text, launcher, agency):
    assert agency in agencies(missions(extractor, text)[launcher])


@pytest.mark.parametrize("text", [
    "Proba-3\n\nA PSLV rocket placed ESA's Proba-3 in orbit. ISRO confirmed the launch.\n",
    "Proba-3\n\nUne fusée indienne PSLV a placé en orbite la mission Proba-3 de l'ESA.\n",
])
def test_launcher_without_country_word_or_named_agency_keeps_none(extractor, text):
    assert agencies(missions(extractor, text)["PSLV"]) == set()


# ---- a lead cue opening a counted list of agencies with a colon ----------------------------------------------

@pytest.mark.parametrize("text", [
    "ISS\n\nThe International Space Station (ISS) is operated by five partner agencies: NASA, Roscosmos, the "
    "European Space Agency (ESA), the Japanese agency JAXA and the Canadian Space Agency (CSA).\n",
    "ISS\n\nLa Station spatiale internationale (ISS) est exploitée par cinq agences partenaires : la NASA, Roscosmos, "
    "l'Agence spatiale européenne (ESA), l'agence japonaise JAXA et l'Agence spatiale canadienne (ASC).\n",
])
def test_lead_cue_with_a_counted_list_of_agencies(extractor, text):
    assert agencies(missions(extractor, text)["ISS"]) == {"NASA", "ROSCOSMOS", "ESA", "JAXA", "CSA"}


@pytest.mark.parametrize("text", [
    "ISS\n\nThe International Space Station (ISS) is operated by five crews a year: NASA, Roscosmos and ESA "
    "publish the schedule.\n",
    "ISS\n\nLa Station spatiale internationale (ISS) est exploitée par cinq équipages par an : la NASA, Roscosmos et "
    "l'ESA publient le calendrier.\n",
])
def test_colon_after_other_words_opens_no_agent_list(extractor, text):
    assert agencies(missions(extractor, text)["ISS"]) == set()


# ---- a nationality adjective inside a mission's mention ("le module japonais Kibo") ----------------------------

@pytest.mark.parametrize("text, mission, agency", [
    ("Kibo\n\nJAXA astronauts work in the station's Japanese Experiment Module.\n", "Kibo", "JAXA"),
    ("Kibo\n\nVous voyez aussi le module japonais Kibo. La JAXA l'a construit.\n", "Kibo", "JAXA"),
    ("Columbus\n\nVous voyez aussi le laboratoire européen Columbus. L'ESA l'exploite.\n", "Columbus", "ESA"),
])
def test_nationality_inside_the_mention_names_the_agency(extractor, text, mission, agency):
    assert agency in agencies(missions(extractor, text)[mission])


@pytest.mark.parametrize("text, mission", [
    ("Kibo\n\nAstronauts work in the station's Japanese Experiment Module.\n", "Kibo"),
    ("Kibo\n\nVous voyez aussi le module japonais Kibo, fixé sur la station.\n", "Kibo"),
])
def test_nationality_inside_the_mention_needs_the_agency_named(extractor, text, mission):
    assert agencies(missions(extractor, text)[mission]) == set()


# ---- a building verb, its object, then "together": the agencies of the clause take part ------------------------

@pytest.mark.parametrize("text", [
    "CALIPSO\n\nCNES and NASA have studied clouds for decades. France and the United States also built the CALIPSO "
    "satellite together, whose lidar measured aerosols.\n",
    "CALIPSO\n\nLe CNES et la NASA étudient les nuages depuis des décennies. Les deux agences ont construit le "
    "satellite CALIPSO ensemble, dont le lidar mesurait les aérosols.\n",
])
def test_building_verb_with_together_makes_partners(extractor, text):
    assert {"CNES", "NASA"} <= agencies(missions(extractor, text)["CALIPSO"])


@pytest.mark.parametrize("text", [
    "CALIPSO\n\nCNES and NASA engineers watched the CALIPSO satellite leave the pad together.\n",
    "CALIPSO\n\nDes ingénieurs du CNES et de la NASA ont regardé le satellite CALIPSO quitter le pas de tir "
    "ensemble.\n",
])
def test_other_verbs_with_together_make_no_partner(extractor, text):
    assert "CNES" not in agencies(missions(extractor, text)["CALIPSO"])


# ---- KB partners named around a participation cue: not from a neighbour about another mission --------------------

@pytest.mark.parametrize("text", [
    "Japan\n\nThe agreement covers the Moon under NASA's Artemis programme. Japan has long been a partner of the "
    "International Space Station.\n",
    "Japon\n\nL'accord couvre la Lune dans le cadre du programme Artemis de la NASA. Le Japon est depuis longtemps "
    "un partenaire de la Station spatiale internationale.\n",
])
def test_kb_partner_not_taken_from_a_neighbour_about_another_mission(extractor, text):
    assert "NASA" not in agencies(missions(extractor, text)["ISS"])


@pytest.mark.parametrize("text", [
    "Japan\n\nThe agreement was welcomed by NASA. Japan has long been a partner of the International Space "
    "Station.\n",
    "Japon\n\nL'accord a été salué par la NASA. Le Japon est depuis longtemps un partenaire de la Station spatiale "
    "internationale.\n",
])
def test_kb_partner_named_in_a_neighbour_about_the_mission(extractor, text):
    assert "NASA" in agencies(missions(extractor, text)["ISS"])


# ---- a craft the KB puts in a programme belongs to it only where a sentence names both ---------------------------

@pytest.mark.parametrize("text", [
    "Artemis\n\nSpain signed the Artemis Accords on Tuesday.\n\nESA's European Service Module powers the Orion "
    "spacecraft.\n",
    "Artemis\n\nL'Espagne a signé mardi les accords Artemis.\n\nLe module de service européen de l'ESA propulse le "
    "vaisseau Orion.\n",
])
def test_kb_programme_membership_needs_a_sentence_naming_both(extractor, text):
    found = missions(extractor, text)
    assert "Artemis" in found and found["Orion"]["part_of"] is None


@pytest.mark.parametrize("text", [
    "Gateway\n\nThe Gateway station will orbit the Moon as part of the Artemis programme.\n",
    "Gateway\n\nLa station Gateway doit être assemblée en orbite lunaire dans le cadre du programme Artemis.\n",
])
def test_kb_programme_membership_with_both_in_one_sentence(extractor, text):
    assert missions(extractor, text)["Gateway"]["part_of"] == "Artemis"


@pytest.mark.parametrize("text", [
    "Artemis\n\nNASA runs the Artemis programme.\n\nArtemis I flew in November 2022.\n",
    "Artemis\n\nLa NASA dirige le programme Artemis.\n\nArtemis I a volé en novembre 2022.\n",
])
def test_a_flight_named_after_its_programme_always_belongs(extractor, text):
    assert missions(extractor, text)["Artemis I"]["part_of"] == "Artemis"


# ---- a possessive pronoun before a mission stands for its clause's agency subject ------------------------------

@pytest.mark.parametrize("text, mission, agency", [
    ("XPoSat\n\nISRO launched XPoSat, its first X-ray satellite, on 1 January 2024 on its PSLV rocket.\n", "PSLV",
     "ISRO"),
    ("XPoSat\n\nL'ISRO a commencé l'année par un lancement. Sa fusée PSLV a décollé le 1er janvier 2024.\n", "PSLV",
     "ISRO"),
    ("LUPEX\n\nThe mission shares out the work: India builds the lander, while Japan will launch the spacecraft on "
     "its H3 rocket. JAXA and ISRO signed the plan.\n", "H3", "JAXA"),
])
def test_possessive_pronoun_names_the_subject_agency(extractor, text, mission, agency):
    assert agency in agencies(missions(extractor, text)[mission])


@pytest.mark.parametrize("text, mission, agency", [
    ("Launch\n\nNew Zealand's launch industry has grown since Rocket Lab began flying its Electron rocket. The New "
     "Zealand Space Agency welcomed it.\n", "Electron", "NZSA"),
    ("Bennu\n\nJAXA, which gave NASA part of the samples its Hayabusa2 probe brought back, will receive Bennu "
     "material.\n", "Hayabusa2", "NASA"),
    ("Bennu\n\nLa JAXA, qui a donné à la NASA une partie des échantillons de sa sonde Hayabusa2, recevra des "
     "échantillons.\n", "Hayabusa2", "NASA"),
])
def test_possessive_pronoun_of_a_possessor_or_a_relative_names_no_owner(extractor, text, mission, agency):
    assert agency not in agencies(missions(extractor, text)[mission])


# ---- a fronted participle with a lead cue, then a subject pronoun: the mission the sentence before names --------

@pytest.mark.parametrize("text", [
    "Vega\n\nThe Vega rocket first flew in February 2012. Developed by ESA with a large share from Italy, it has "
    "launched dozens of satellites.\n",
    "Vega\n\nVega avait fait son vol inaugural en février 2012. Développé sous la conduite de l'ESA, il a lancé des "
    "dizaines de satellites.\n",
])
def test_fronted_lead_cue_before_a_pronoun_subject(extractor, text):
    assert "ESA" in agencies(missions(extractor, text)["Vega"])


@pytest.mark.parametrize("text", [
    "Vega\n\nThe Vega rocket and the Ariane 5 rocket both flew from Kourou in 2012. Developed by ESA with a large "
    "share from Italy, it has launched dozens of satellites.\n",
    "Vega\n\nLa fusée Vega et la fusée Ariane 5 ont volé depuis Kourou en 2012. Développé sous la conduite de "
    "l'ESA, il a lancé des dizaines de satellites.\n",
])
def test_fronted_lead_cue_with_an_ambiguous_pronoun_names_no_lead(extractor, text):
    assert "ESA" not in agencies(missions(extractor, text)["Vega"])


@pytest.mark.parametrize("text, expected", [
    ("Docking\n\nJanuary 16, 2025\n\nThe SpaDeX mission will be launched on 30 December from Sriharikota.\n",
     "2025-12-30"),
    ("Amarrage\n\nPublié le 16 janvier 2025\n\nLa mission SpaDeX doit être lancée le 30 décembre depuis "
     "Sriharikota.\n", "2025-12-30"),
])
def test_year_less_date_in_a_future_sentence_keeps_the_article_year(extractor, text, expected):
    assert ("launch", expected) in events(missions(extractor, text)["SpaDeX"])
