"""A supply verb in a dative relative after a mission makes the agency its contributor ("the Gateway, to which ESA
will supply modules", "la station Gateway, à laquelle l'ESA fournira des modules"); issue #11 item 2, suppliers.
Sentences written for these tests; negative: another verb, or no agency in the relative.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def roles(extractor, text: str) -> dict[str, dict[str, str]]:
    return {r["name"]: {a["agency_id"]: a["role"] for a in r["agencies"]}
            for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Station\n\nThe Gateway station, to which ESA will supply habitation modules, will orbit the Moon.\n",
    "Station\n\nLa station lunaire Gateway, à laquelle l'ESA fournira des modules d'habitation, sera assemblée en "
    "orbite.\n",
])
def test_a_dative_relative_names_the_supplier(extractor, text):
    assert roles(extractor, text)["Gateway"] == {"ESA": "contributor"}


@pytest.mark.parametrize("text", [
    "Station\n\nThe Gateway station, to which astronauts will travel, will orbit the Moon; ESA studies it.\n",
    "Station\n\nLa station lunaire Gateway, à laquelle l'ESA s'intéresse de près, sera assemblée en orbite.\n",
])
def test_no_supplier_without_a_supply_verb_of_an_agency(extractor, text):
    assert "ESA" not in roles(extractor, text)["Gateway"]
