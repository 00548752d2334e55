"""A plan participle that only qualifies another noun gives no planned status (session 13, kind "plan attribute").

"placed the satellite in the planned orbit", "près du site d'atterrissage prévu": the orbit or the landing site was
planned, the mission is not yet to fly. Negative: a plan with its time ("planned for 2030", "prévue en 2030"), a
predicate ("is planned", "est prévue") or a mission noun it qualifies ("a planned lunar rover", "la mission prévue")
still makes the mission planned. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def _status(extractor, text: str, name: str) -> str | None:
    missions = {r["name"]: r for r in checked_records(extractor, text, "mission")}
    assert name in missions, sorted(missions)
    return missions[name]["status"]


@pytest.mark.parametrize("text", [
    "On Monday a PSLV rocket placed the Oceansat-3 satellite in the planned orbit.",
    "Lundi, une fusée PSLV a placé le satellite Oceansat-3 sur l'orbite prévue.",
    "Pictures taken by Mars Express show the debris near its planned landing site.",
    "Des images de Mars Express montrent les débris près du site d'atterrissage prévu, dans une plaine.",
])
def test_a_planned_orbit_or_site_is_no_planned_mission(extractor, text):
    name = "Oceansat-3" if "Oceansat" in text else "Mars Express"
    assert _status(extractor, text, name) != "planned"


@pytest.mark.parametrize(("text", "name"), [
    ("Chandrayaan-4, planned for 2028, will bring lunar samples back to Earth.", "Chandrayaan-4"),
    ("Chandrayaan-4, prévue en 2028, doit rapporter des échantillons lunaires.", "Chandrayaan-4"),
    ("ISRO unveiled Chandrayaan-4, a planned lunar sample-return mission.", "Chandrayaan-4"),
    ("L'ISRO a présenté la mission Chandrayaan-4 prévue vers 2028.", "Chandrayaan-4"),
    ("China and Russia are working together on a planned International Lunar Research Station.", "ILRS"),
    ("La Chine et la Russie travaillent à une future Station internationale de recherche lunaire.", "ILRS"),
])
def test_a_plan_with_its_time_or_its_mission_noun_stays_planned(extractor, text, name):
    assert _status(extractor, text, name) == "planned"
