"""A launch verb with a list of craft after it launches each of them (issue #11: events from verbs, each with its date).

"une fusée Proton a lancé l'orbiteur TGO et l'atterrisseur Schiaparelli", "a Proton rocket launched the TGO orbiter
and the Schiaparelli lander": both craft take the launch and its date. Negative: a name after a preposition is no
conjunct ("launched TGO with data from Mars Express"), and "respectively" pairs dates in order. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def launches(extractor, text: str) -> dict[str, list[str]]:
    return {r["name"]: [e["date"] for e in r["events"] if e["event"] == "launch"]
            for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Mars\n\nOn 14 March 2016 a Proton rocket launched the TGO orbiter and the Schiaparelli lander.\n",
    "Mars\n\nLe 14 mars 2016, une fusée Proton a lancé l'orbiteur TGO et l'atterrisseur Schiaparelli.\n",
    "Mars\n\nLe 14 mars 2016, une fusée Proton a lancé TGO et Schiaparelli.\n",
])
def test_each_craft_of_the_object_list_is_launched(extractor, text):
    found = launches(extractor, text)
    assert found["Trace Gas Orbiter"] == found["Schiaparelli"] == ["2016-03-14"]
    assert found["Proton"] == []


@pytest.mark.parametrize("text", [
    "Mars\n\nOn 14 March 2016 a Proton rocket launched the TGO orbiter, built with data from Mars Express.\n",
    "Mars\n\nLe 14 mars 2016, une fusée Proton a lancé l'orbiteur TGO, conçu d'après Mars Express.\n",
])
def test_a_name_outside_the_list_is_not_launched(extractor, text):
    found = launches(extractor, text)
    assert found["Trace Gas Orbiter"] == ["2016-03-14"]
    assert found["Mars Express"] == []
