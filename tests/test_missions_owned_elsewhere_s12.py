"""An agency that owns one mission of a sentence by a possessive is not named with the others (issue #11).

"Le télescope XRISM de la JAXA a décollé en compagnie de l'atterrisseur SLIM": JAXA is the owner of XRISM; the sentence
does not tie it to SLIM, so SLIM takes no KB lead from it (a KB lead only where the article names the agency with the
mission). The owner of a host or a programme stays named with its parts and flights (Vikram of ISRO's Chandrayaan-3),
the owner of a coordinated list owns each name, and the owner of a vehicle is named with the flight it carries.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agencies(extractor, text: str) -> dict[str, set[str]]:
    return {r["name"]: {a["agency_id"] for a in r["agencies"]}
            for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text, owned, other, agency", [
    ("Telescope\n\nJAXA's XRISM telescope lifted off from Tanegashima together with the SLIM lunar lander.\n",
     "XRISM", "SLIM", "JAXA"),
    ("Télescope\n\nLe télescope XRISM de la JAXA a décollé en compagnie de l'atterrisseur lunaire SLIM.\n",
     "XRISM", "SLIM", "JAXA"),
    ("Station\n\nLa station lunaire Gateway de la NASA doit être assemblée en orbite dans le cadre du programme "
     "Artemis.\n", "Gateway", "Artemis", "NASA"),
    ("Station\n\nNASA's Gateway station is to be assembled in lunar orbit as part of the Artemis programme.\n",
     "Gateway", "Artemis", "NASA"),
])
def test_the_owner_of_one_mission_is_not_the_kb_lead_of_another(extractor, text, owned, other, agency):
    found = agencies(extractor, text)
    assert agency in found[owned]
    assert agency not in found[other]


@pytest.mark.parametrize("text, name, agency", [
    # a part or a flight of the owned mission
    ("Lander\n\nVikram, the lander of ISRO's Chandrayaan-3, touched down near the south pole.\n", "Vikram", "ISRO"),
    ("Atterrisseur\n\nVikram, l'atterrisseur de la sonde Chandrayaan-3 de l'ISRO, s'est posé près du pôle Sud.\n",
     "Vikram", "ISRO"),
    # every name of a coordinated list
    ("Relay\n\nNASA's Mars Reconnaissance Orbiter and Mars Odyssey relayed the lander's data.\n", "Mars Odyssey",
     "NASA"),
    # the owner of a vehicle is named with the flight it carries
    ("Navette\n\nLe 17 juin 1985, la navette Discovery de la NASA décollait du centre spatial Kennedy pour la mission "
     "STS-51-G.\n", "STS 51G", "NASA"),
])
def test_the_owner_stays_named_with_parts_lists_and_carried_flights(extractor, text, name, agency):
    assert agency in agencies(extractor, text)[name]


@pytest.mark.parametrize("text", [
    "Rockets\n\nISRO's PSLV and LVM3 rockets flew ten times last year.\n",
    "Fusées\n\nLes fusées PSLV et LVM3 de l'ISRO ont volé dix fois l'an dernier.\n",
])
def test_the_possessive_owner_of_a_list_owns_each_name(extractor, text):
    found = agencies(extractor, text)
    assert found["PSLV"] == found["LVM3"] == {"ISRO"}


@pytest.mark.parametrize("text", [
    "Jupiter\n\nESA's Juice and NASA's Europa Clipper will both study Europa.\n",
    "Jupiter\n\nLa sonde Juice de l'ESA et la sonde Europa Clipper de la NASA étudieront Europe.\n",
])
def test_each_owner_keeps_to_its_own_name(extractor, text):
    found = agencies(extractor, text)
    assert "NASA" not in found["JUICE"] and "ESA" not in found["Europa Clipper"]
