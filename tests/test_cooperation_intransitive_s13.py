"""An agency that "contributes to" a mission without supplying anything takes part in it: no cooperation (session 13).

"JAXA already contributes to the Gateway", "la Belgique contribue au programme Artemis": a supply verb used without
an object names only what it serves. "contributes a camera to", "contributes to ... with a camera", "contribue au
Gateway avec un système de survie" name what is supplied: a cooperation. Invented sentences, both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records

HEAD_EN = "Gateway partners\n\nTokyo, 10 April 2024\n\n"
HEAD_FR = "Les partenaires du Gateway\n\nTokyo, le 10 avril 2024\n\n"

TAKING_PART = [
    HEAD_EN + "JAXA has long contributed to NASA's Gateway and is now building a new cargo ship.\n",
    HEAD_EN + "JAXA contributes to NASA's Gateway, the lunar outpost.\n",
    HEAD_FR + "La JAXA contribue au Gateway de la NASA, la future station lunaire.\n",
    HEAD_FR + "Depuis 2020, la JAXA contribue à la station Gateway de la NASA.\n",
]


@pytest.mark.parametrize("text", TAKING_PART)
def test_contributing_to_a_mission_without_an_object_is_no_cooperation(extractor, text):
    assert ("JAXA", "NASA") not in by_parties(checked_records(extractor, text, "agreement"))


SUPPLYING = [
    HEAD_EN + "JAXA contributes a life-support system to NASA's Gateway.\n",
    HEAD_EN + "JAXA contributes to NASA's Gateway with a life-support system.\n",
    HEAD_FR + "La JAXA contribue au Gateway de la NASA avec un système de survie.\n",
    HEAD_FR + "La JAXA contribue un système de survie au Gateway de la NASA.\n",
    HEAD_EN + "JAXA contributed to the funding of the Gateway, a NASA station.\n",
    HEAD_FR + "La NASA mène le Gateway, qui emporte six modules ; la JAXA a contribué à plusieurs d'entre eux.\n",
]


@pytest.mark.parametrize("text", SUPPLYING)
def test_contributing_something_to_a_mission_is_a_cooperation(extractor, text):
    found = by_parties(checked_records(extractor, text, "agreement"))
    assert [(r["kind"], r["subject"]) for r in found[("JAXA", "NASA")]] == [("cooperation", "Gateway")]
