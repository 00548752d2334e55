"""A back-reference that opens a sentence is the member of the programme the sentence names after a membership cue
("L'orbiteur, qui faisait partie du programme ExoMars, ..."), and a programme noun that heads the name after it is
no back-reference to a programme (issue #11: part_of; "the mission"/"la sonde" refers back). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def part_of(extractor, text: str) -> dict[str, str | None]:
    return {r["name"]: r["part_of"] for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Mars\n\nThe CaSSIS camera flies on ESA's Trace Gas Orbiter.\n\nThe orbiter, which was part of the ExoMars "
    "programme of ESA and Roscosmos, was launched in 2016.\n",
    "Mars\n\nLa caméra CaSSIS vole à bord du Trace Gas Orbiter de l'ESA.\n\nL'orbiteur, qui faisait partie du "
    "programme ExoMars mené par l'ESA avec Roscosmos, avait été lancé en 2016.\n",
])
def test_a_back_reference_is_the_member_of_the_programme_named(extractor, text):
    assert part_of(extractor, text)["Trace Gas Orbiter"] == "ExoMars"


@pytest.mark.parametrize("text", [
    # a mission named before the programme is the member, not the craft of the sentence before
    "Mars\n\nThe CaSSIS camera flies on ESA's Trace Gas Orbiter.\n\nThe orbiter relays data, and Schiaparelli was "
    "part of the ExoMars programme.\n",
    # no membership cue: the programme is only named
    "Mars\n\nLa caméra CaSSIS vole à bord du Trace Gas Orbiter de l'ESA.\n\nL'orbiteur relaie les données du "
    "programme ExoMars.\n",
])
def test_no_member_by_back_reference_otherwise(extractor, text):
    assert part_of(extractor, text)["Trace Gas Orbiter"] is None


def launches(extractor, text: str) -> dict[str, list[str]]:
    return {r["name"]: [e["date"] for e in r["events"] if e["event"] == "launch"]
            for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Mars\n\nThe CaSSIS camera flies on ESA's Trace Gas Orbiter.\n\nThe orbiter, which was part of the ExoMars "
    "programme of ESA and Roscosmos, was launched on 14 March 2016 by a Proton rocket.\n",
    "Mars\n\nLa caméra CaSSIS vole à bord du Trace Gas Orbiter de l'ESA.\n\nL'orbiteur, qui faisait partie du "
    "programme ExoMars, avait été lancé le 14 mars 2016 par une fusée Proton.\n",
])
def test_the_craft_referred_to_is_launched_not_its_programme(extractor, text):
    found = launches(extractor, text)
    assert found["Trace Gas Orbiter"] == ["2016-03-14"]
    assert found["ExoMars"] == []


@pytest.mark.parametrize("text", [
    # the sentence does not open on a back-reference: the orbiter named before is not what it speaks of
    "Mars\n\nThe CaSSIS camera flies on ESA's Trace Gas Orbiter.\n\nIn 2016 the ExoMars programme of ESA and "
    "Roscosmos was launched.\n",
    "Mars\n\nLa caméra CaSSIS vole à bord du Trace Gas Orbiter de l'ESA.\n\nEn 2016, le programme ExoMars a été "
    "lancé.\n",
])
def test_no_launch_for_the_craft_without_a_back_reference(extractor, text):
    assert launches(extractor, text)["Trace Gas Orbiter"] == []
