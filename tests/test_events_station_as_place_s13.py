"""A station named as where a flight goes or leaves from takes no event (session 13, kind "station as place").

"X lifted off for the International Space Station", "released into orbit from the Kibo module", "a décollé vers la
Station spatiale internationale": the station is the destination or the origin, the event is the craft's. Negative:
a station (or a module) that is the subject of its verb is launched ("Zarya was launched on 20 November 1998").
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def events(extractor, text: str) -> dict[str, list[tuple[str, str]]]:
    return {r["name"]: [(e["event"], e["date"]) for e in r["events"]]
            for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Crew flight\n\nA crew blasted off for the International Space Station on 30 October 2002 aboard the Soyuz TMA-1"
    " spacecraft.\n",
    "Vol habité\n\nUn équipage a décollé vers la Station spatiale internationale le 30 octobre 2002 à bord du vaisseau"
    " Soyouz TMA-1.\n",
])
def test_the_destination_station_is_not_launched(extractor, text):
    found = events(extractor, text)
    assert found["ISS"] == []
    assert found["Soyuz TMA-1"] == [("launch", "2002-10-30")]


@pytest.mark.parametrize("text", [
    "Small satellites\n\nA cubesat was deployed into orbit from the Kibo module on 5 May 2021.\n",
    "Petits satellites\n\nUn cubesat a été mis en orbite depuis le module Kibo le 5 mai 2021.\n",
])
def test_the_station_a_craft_leaves_from_is_not_launched(extractor, text):
    assert events(extractor, text)["Kibo"] == []


@pytest.mark.parametrize("text", [
    "Station history\n\nThe Zarya module was launched on 20 November 1998 from Baikonur.\n",
    "Histoire de la station\n\nLe module Zarya a été lancé le 20 novembre 1998 depuis Baïkonour.\n",
])
def test_a_station_that_is_the_subject_is_launched(extractor, text):
    assert events(extractor, text)["Zarya"] == [("launch", "1998-11-20")]
