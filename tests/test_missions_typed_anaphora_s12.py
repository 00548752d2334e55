"""A typed back-reference ("l'atterrisseur", "the lander") means the last craft the text introduced with that noun
when the craft named last was introduced with another one, and a pronoun right after it means that craft (issue #11:
"the mission"/"la sonde" refers back).

Sentences written for these tests. Negative: a craft named last with the same noun, or with no craft noun at all,
stays the referent (it may be anything).
"""

from __future__ import annotations

import pytest
from checked import checked_records


def events(extractor, text: str) -> dict[str, set[tuple[str, str]]]:
    return {r["name"]: {(e["event"], e["date"]) for e in r["events"]}
            for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text, lander, other", [
    ("Lune\n\nL'atterrisseur HAKUTO-R M1 de la société ispace a décollé le 11 décembre 2022. Dans la même coiffe "
     "voyageait Lunar Flashlight, un petit satellite de la NASA.\n\nL'atterrisseur s'est écrasé fin avril 2023.\n",
     "Hakuto-R Mission 1", "Lunar Flashlight"),
    ("Moon\n\nThe HAKUTO-R M1 lander of the company ispace lifted off on 11 December 2022. On the same rocket flew "
     "Lunar Flashlight, a small NASA satellite.\n\nThe lander crashed in late April 2023.\n",
     "Hakuto-R Mission 1", "Lunar Flashlight"),
])
def test_a_typed_back_reference_means_the_craft_of_its_type(extractor, text, lander, other):
    found = events(extractor, text)
    assert ("end", "2023-04") in found[lander]
    assert not any(event == "end" for event, _ in found[other])


@pytest.mark.parametrize("text, last", [
    # the craft named last has the anaphor's own noun
    ("Lune\n\nL'atterrisseur HAKUTO-R M1 a décollé le 11 décembre 2022 avec l'atterrisseur Lunar Flashlight.\n\n"
     "L'atterrisseur s'est écrasé fin avril 2023.\n", "Lunar Flashlight"),
    # the craft named last has no craft noun: it may be a lander
    ("Moon\n\nThe HAKUTO-R M1 lander lifted off on 11 December 2022. Lunar Flashlight flew on the same rocket.\n\n"
     "The lander crashed in late April 2023.\n", "Lunar Flashlight"),
])
def test_the_craft_named_last_stays_the_referent_otherwise(extractor, text, last):
    assert ("end", "2023-04") in events(extractor, text)[last]


def statuses(extractor, text: str) -> dict[str, str | None]:
    return {r["name"]: r["status"] for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    ("Mars\n\nOn 14 March 2016 a Proton rocket launched two ESA craft, the TGO orbiter and the Schiaparelli lander.\n\n"
     "The orbiter entered orbit around Mars on 19 October 2016. It now relays the data of the rovers.\n"),
    ("Mars\n\nLe 14 mars 2016, une fusée Proton a lancé deux engins de l'ESA, l'orbiteur TGO et l'atterrisseur "
     "Schiaparelli.\n\nL'orbiteur s'est placé en orbite autour de Mars le 19 octobre 2016. Il relaie aujourd'hui les "
     "données des rovers.\n"),
])
def test_a_pronoun_after_a_back_reference_means_its_craft(extractor, text):
    found = statuses(extractor, text)
    assert found["Trace Gas Orbiter"] == "active"
    assert found["Schiaparelli"] != "active"


@pytest.mark.parametrize("text", [
    # the sentence before refers to nothing it can resolve: "It" stays unresolved when two craft may be meant
    ("Mars\n\nOn 14 March 2016 a Proton rocket launched the TGO orbiter and the Schiaparelli lander.\n\n"
     "It now relays the data of the rovers on the surface.\n"),
    ("Mars\n\nLe 14 mars 2016, une fusée Proton a lancé l'orbiteur TGO et l'atterrisseur Schiaparelli.\n\n"
     "Il relaie aujourd'hui les données des rovers.\n"),
])
def test_a_pronoun_with_two_craft_before_stays_unresolved(extractor, text):
    found = statuses(extractor, text)
    assert found["Trace Gas Orbiter"] is None and found["Schiaparelli"] is None
