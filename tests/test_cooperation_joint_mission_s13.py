"""What an agency supplies to a mission the article calls its joint one is participation, no cooperation (session 13).

"GPM is run jointly by NASA and JAXA ... the Japanese agency supplied the radar", "Webb is led by NASA in partnership
with ESA": a body sentence naming the mission and the supplier with a joint-mission phrase makes the mission the
supplier's own. Without it, the supply is a cooperation. Invented sentences, both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records

HEAD_EN = "Telescope\n\nKourou, 25 December 2021\n\n"
HEAD_FR = "Télescope\n\nKourou, le 25 décembre 2021\n\n"
SUPPLY_EN = "ESA supplied the NIRSpec spectrograph for NASA's James Webb Space Telescope.\n"
SUPPLY_FR = "L'ESA a fourni le spectrographe NIRSpec au télescope James Webb de la NASA.\n"

JOINT = [
    HEAD_EN + "The James Webb Space Telescope is led by NASA in partnership with ESA. " + SUPPLY_EN,
    HEAD_EN + "NASA and ESA run the James Webb Space Telescope jointly. " + SUPPLY_EN,
    HEAD_FR + "Le télescope James Webb est mené par la NASA en partenariat avec l'ESA. " + SUPPLY_FR,
    HEAD_FR + "La NASA et l'ESA exploitent conjointement le télescope James Webb. " + SUPPLY_FR,
]


@pytest.mark.parametrize("text", JOINT)
def test_a_supply_to_a_joint_mission_is_no_cooperation(extractor, text):
    assert ("ESA", "NASA") not in by_parties(checked_records(extractor, text, "agreement"))


SUPPLY = [
    HEAD_EN + "The James Webb Space Telescope is led by NASA. " + SUPPLY_EN,
    HEAD_EN + "ESA and NASA are partners. " + SUPPLY_EN,
    HEAD_FR + "Le télescope James Webb est mené par la NASA. " + SUPPLY_FR,
    HEAD_FR + "La NASA a conçu le télescope James Webb. " + SUPPLY_FR,
]


@pytest.mark.parametrize("text", SUPPLY)
def test_a_supply_to_another_agencys_mission_is_a_cooperation(extractor, text):
    found = by_parties(checked_records(extractor, text, "agreement"))
    assert [r["kind"] for r in found[("ESA", "NASA")]] == ["cooperation"]


ANOTHER = [
    HEAD_EN + "ESA supplied the NIRSpec spectrograph for NASA's James Webb Space Telescope, which will be followed by "
    "a joint mission of the two agencies.\n",
    HEAD_FR + "L'ESA a fourni le spectrographe NIRSpec au télescope James Webb de la NASA, qui sera suivi plus tard "
    "par une mission commune des deux agences.\n",
]


@pytest.mark.parametrize("text", ANOTHER)
def test_a_joint_mission_phrase_about_another_mission_keeps_the_cooperation(extractor, text):
    found = by_parties(checked_records(extractor, text, "agreement"))
    assert [r["kind"] for r in found[("ESA", "NASA")]] == ["cooperation"]
