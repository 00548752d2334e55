"""A clause that names no mission does not give its event to one named in a contrasting clause after it (session 13).

"Its two satellites stopped working in 2008, while the Hubble telescope is still operating": the end is not
Hubble's, and the contrast clause (", while", ", tandis que") is a status scope of its own: Hubble is active.
Negative: the mission named in the cue's own clause still takes the event. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records

HUBBLE = "Hubble Space Telescope"


def mission(extractor, text: str, name: str) -> dict:
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}[name]


@pytest.mark.parametrize("text", [
    "Magnetosphere\n\nIts two satellites stopped working in 2008, while the Hubble telescope is still operating.\n",
    "Magnétosphère\n\nSes deux satellites ont cessé de fonctionner en 2008, tandis que le télescope Hubble est"
    " toujours en activité.\n",
])
def test_the_mission_of_the_contrast_clause_does_not_end(extractor, text):
    found = mission(extractor, text, HUBBLE)
    assert found["events"] == []
    assert found["status"] == "active"


@pytest.mark.parametrize("text", [
    "Magnetosphere\n\nThe Hubble telescope stopped working in 2024, while its successor is still being designed.\n",
    "Magnétosphère\n\nLe télescope Hubble a cessé de fonctionner en 2024, tandis que son successeur est encore à"
    " l'étude.\n",
])
def test_the_mission_of_the_cue_clause_ends(extractor, text):
    found = mission(extractor, text, HUBBLE)
    assert [(e["event"], e["date"]) for e in found["events"]] == [("end", "2024")]
