"""A nationality word in an apposition right after a mission names the country's agency, as before the name.

"TRMM, another U.S.-Japanese satellite, ...", "TRMM, un autre satellite américano-japonais, ...": each country's
agency the article names takes part in the mission. Any other word in the apposition ends it ("a satellite launched
by a Japanese rocket" says nothing of the satellite's own country). "U.S.-Japanese" is one word with two countries.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agencies(extractor, text: str) -> dict[str, set[str]]:
    return {r["name"]: {a["agency_id"] for a in r["agencies"]}
            for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Weather\n\nNASA and JAXA want a new satellite. It would succeed TRMM, another U.S.-Japanese satellite, "
    "which flew from 1997.\n",
    "Météo\n\nLa NASA et la JAXA veulent un nouveau satellite. Il succéderait à TRMM, un autre satellite "
    "américano-japonais, qui a volé dès 1997.\n",
    "Weather\n\nNASA and JAXA want a new satellite. It would succeed the Tropical Rainfall Measuring Mission (TRMM), "
    "a U.S.-Japanese satellite.\n",
])
def test_nationality_in_apposition_names_each_country_agency(extractor, text):
    assert {"NASA", "JAXA"} <= agencies(extractor, text)["TRMM"]


@pytest.mark.parametrize("text", [
    "Weather\n\nNASA and JAXA want a new satellite. It would succeed TRMM, a satellite launched by a Japanese "
    "rocket in 1997.\n",
    "Météo\n\nLa NASA et la JAXA veulent un nouveau satellite. Il succéderait à TRMM, un satellite lancé par une "
    "fusée japonaise en 1997.\n",
])
def test_a_nationality_past_another_word_of_the_apposition_gives_nothing(extractor, text):
    assert "JAXA" not in agencies(extractor, text)["TRMM"]


def test_a_nationality_whose_agency_is_not_named_gives_nothing(extractor):
    text = "Weather\n\nNASA wants a new satellite. It would succeed TRMM, another U.S.-Japanese satellite.\n"
    assert agencies(extractor, text)["TRMM"] <= {"NASA"}
