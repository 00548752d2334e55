"""An intent verb with an infinitive makes planned only the mission it is about (session 13, kind "intent object").

"JAXA plans to launch the ALOS-4 satellite": ALOS-4 is planned. "Norway intends to strengthen the role of its
industry in the Artemis programme", "les deux agences prévoient d'étudier des expériences à bord de Kibo": the
agent's plan only mentions the mission, which is not made planned by it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def _status(extractor, text: str, name: str) -> str | None:
    missions = {r["name"]: r for r in checked_records(extractor, text, "mission")}
    assert name in missions, sorted(missions)
    return missions[name]["status"]


@pytest.mark.parametrize(("text", "name"), [
    ("Norway intends to strengthen the role of its industry in NASA's Artemis programme.", "Artemis"),
    ("La Norvège entend renforcer sa place et prévoit d'accroître le rôle de son industrie dans le programme Artemis.",
     "Artemis"),
    ("The two agencies also intend to study student experiments on Kibo, the Japanese module.", "Kibo"),
    ("Les deux agences prévoient d'étudier des expériences d'étudiants à bord de Kibo, le module japonais.", "Kibo"),
])
def test_a_mission_the_plan_only_mentions_is_not_planned(extractor, text, name):
    assert _status(extractor, text, name) is None


@pytest.mark.parametrize("text", [
    "JAXA plans to launch the ALOS-4 radar satellite on an H3 rocket.",
    "La JAXA prévoit de lancer le satellite radar ALOS-4 sur une fusée H3.",
])
def test_the_object_of_the_planned_verb_is_planned(extractor, text):
    assert _status(extractor, text, "ALOS-4") == "planned"
