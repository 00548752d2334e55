"""A sentence opening 'Among its instruments' / 'Parmi ses instruments' names parts of the craft the possessive means.

Every mission named after the opener is part_of the one craft of the sentence before, or, when that sentence names
none and opens with a pronoun, the craft the pronoun stands for; the part's agency then contributes to the craft.
An opener about anything but parts ('Among its partners') gives nothing. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text: str) -> dict[str, dict]:
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Weather\n\nMetOp-A was launched in 2006. It was built by ESA.\n\n"
    "Among its instruments was the IASI infrared sounder, designed by CNES.\n",
    "Météo\n\nMetOp-A a été lancé en 2006. Il a été construit par l'ESA.\n\n"
    "Parmi ses instruments figurait le sondeur infrarouge IASI, conçu par le CNES.\n",
    "Weather\n\nESA launched MetOp-A in 2006. Among its instruments was the IASI sounder, designed by CNES.\n",
    "Météo\n\nL'ESA a lancé MetOp-A en 2006. Parmi ses instruments figurait le sondeur IASI, conçu par le CNES.\n",
])
def test_a_part_among_the_craft_s_instruments_is_part_of_it(extractor, text):
    found = missions(extractor, text)
    assert found["IASI"]["part_of"] == "MetOp-A"
    assert "CNES" in {a["agency_id"] for a in found["MetOp-A"]["agencies"]}


@pytest.mark.parametrize("text", [
    "Weather\n\nESA launched MetOp-A in 2006. Among its partners was CNES, which later built IASI.\n",
    "Météo\n\nL'ESA a lancé MetOp-A en 2006. Parmi ses partenaires figurait le CNES, qui a construit IASI.\n",
])
def test_an_opener_about_partners_names_no_part(extractor, text):
    assert missions(extractor, text)["IASI"]["part_of"] is None
