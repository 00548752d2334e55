"""A "put ... in orbit" written apart launches the craft between the verb and its tail (session 13).

"The agency placed the country's first satellite, Taifa-1, in orbit in 2023" ("in orbit" as well as "into orbit"),
"L'agence a placé le premier satellite du pays, Taifa-1, en orbite en 2023". Negative: with no craft between the verb
and the tail ("placed two instruments in orbit"), nothing is launched. A last flight told right after the placement
ends the launcher on the placement's date ("..., the last flight of the launcher").
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def events(extractor, text: str) -> dict[str, list[tuple[str, str]]]:
    return {r["name"]: [(e["event"], e["date"]) for e in r["events"]]
            for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Kenya\n\nThe Kenya Space Agency placed the country's first satellite, Taifa-1, in orbit in 2023.\n",
    "Kenya\n\nL'Agence spatiale du Kenya a placé le premier satellite du pays, Taifa-1, en orbite en 2023.\n",
])
def test_the_craft_between_verb_and_tail_is_launched(extractor, text):
    assert events(extractor, text)["Taifa-1"] == [("launch", "2023")]


@pytest.mark.parametrize("text", [
    "Kenya\n\nThe agency placed two instruments in orbit in 2023 with help from Taifa-1 engineers.\n",
    "Kenya\n\nL'agence a placé deux instruments en orbite en 2023 avec l'aide des ingénieurs de Taifa-1.\n",
])
def test_no_craft_between_verb_and_tail_is_no_launch(extractor, text):
    assert events(extractor, text).get("Taifa-1", []) == []


@pytest.mark.parametrize("text", [
    "Rockets\n\nA Black Arrow rocket placed the Prospero satellite in orbit on 28 October 1971, the last flight of the"
    " launcher.\n",
    "Fusées\n\nUne fusée Black Arrow a placé le satellite Prospero en orbite le 28 octobre 1971, le dernier vol du"
    " lanceur.\n",
])
def test_a_last_flight_after_the_placement_shares_its_date(extractor, text):
    found = events(extractor, text)
    assert found["Prospero"] == [("launch", "1971-10-28")]
    assert found["Black Arrow"] == [("end", "1971-10-28")]
