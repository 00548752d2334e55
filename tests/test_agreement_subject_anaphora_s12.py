"""A document "on the orbiter" / "sur la sonde" is about the craft named before; supply under it is no extra record.

"Danuri ... lifted off on 4 August. KARI and NASA signed an implementing arrangement on the orbiter in December 2016.
Under it, NASA supplied ShadowCam": the subject is Danuri (a ``SUBJECT_ANAPHORA`` cue right after the document's topic
connector), not the phrase "orbiter"; and the supply that the arrangement covers (same parties, same mission) is
that arrangement's content, not a ``cooperation`` of its own (GUIDELINES: hardware supplied under a named
agreement). Invented sentences about real agencies and missions, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records

HEAD_EN = ("Danuri heads for the Moon\n\nDaejeon, 5 August 2022\n\n"
           "Danuri, the Korea Pathfinder Lunar Orbiter, lifted off on 4 August. ")
HEAD_FR = ("Danuri part vers la Lune\n\nDaejeon, le 5 août 2022\n\n"
           "Danuri, l'orbiteur lunaire coréen, a décollé le 4 août. ")


def _agreements(extractor, text):
    return [(r["kind"], r["subject"]) for r in checked_records(extractor, text, "agreement")]


@pytest.mark.parametrize("text", [
    HEAD_EN + "KARI and NASA signed an implementing arrangement on the orbiter in December 2016.\n",
    HEAD_EN + "KARI and NASA signed an implementing arrangement on the probe in December 2016.\n",
    HEAD_FR + "Le KARI et la NASA avaient signé un arrangement sur l'orbiteur en décembre 2016.\n",
    HEAD_FR + "Le KARI et la NASA avaient signé un arrangement sur la sonde en décembre 2016.\n",
])
def test_a_craft_word_after_the_topic_connector_is_the_mission_named_before(extractor, text):
    assert _agreements(extractor, text) == [("agreement", "Danuri")]


@pytest.mark.parametrize("text", [
    # the craft word is not the document's topic: the topic phrase stays
    HEAD_EN + "KARI and NASA signed an implementing arrangement on data exchange in December 2016, for the orbiter.\n",
])
def test_a_craft_word_elsewhere_leaves_the_topic_phrase(extractor, text):
    assert _agreements(extractor, text) == [("agreement", "data exchange")]


@pytest.mark.parametrize("text", [
    HEAD_EN + "KARI and NASA signed an implementing arrangement on the orbiter in December 2016. Under it, NASA "
    "supplied ShadowCam, a camera for the shadowed craters near the lunar poles.\n",
    HEAD_FR + "Le KARI et la NASA avaient signé un arrangement sur l'orbiteur en décembre 2016. La NASA a fourni la "
    "caméra ShadowCam pour observer les cratères des pôles lunaires.\n",
])
def test_supply_under_the_arrangement_adds_no_cooperation(extractor, text):
    assert _agreements(extractor, text) == [("agreement", "Danuri")]


@pytest.mark.parametrize("text", [
    "CNES and CNSA\n\nParis, 3 May 2024\n\nCNES and CNSA signed an agreement on SVOM in 2014. CNES supplied the DORN "
    "instrument for CNSA's Chang'e 6 probe.\n",
    "Le CNES et la CNSA\n\nParis, le 3 mai 2024\n\nLe CNES et la CNSA ont signé un accord sur SVOM en 2014. Le CNES a "
    "fourni l'instrument DORN pour la sonde Chang'e 6 de la CNSA.\n",
])
def test_supply_for_another_mission_than_the_documents_stays_a_cooperation(extractor, text):
    found = _agreements(extractor, text)
    assert ("cooperation", "Chang'e 6") in found and ("agreement", "SVOM") in found
