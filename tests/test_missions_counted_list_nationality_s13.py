"""A counted list whose head carries a nationality word gives each listed mission the country's agencies.

"Two French-Indian satellites already fly: A and B", "Deux satellites franco-indiens volent déjà : A et B", "deux
sondes chinoises, A et B": the number says how many missions follow (after a predicate that names none, up to a
colon); each country's agency the article names takes part in each. A head that is no craft noun ('two French
rockets launched two satellites: A and B') gives nothing. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agencies(extractor, text: str) -> dict[str, set[str]]:
    return {r["name"]: {a["agency_id"] for a in r["agencies"]}
            for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Satellites\n\nCNES and ISRO work together. Two French-Indian satellites already fly: Megha-Tropiques, "
    "launched in 2011, and SARAL.\n",
    "Satellites\n\nLe CNES et l'ISRO coopèrent. Deux satellites franco-indiens volent déjà : Megha-Tropiques, "
    "lancé en 2011, et SARAL.\n",
    "Satellites\n\nLe CNES et l'ISRO coopèrent depuis longtemps, avec deux satellites franco-indiens, "
    "Megha-Tropiques et SARAL.\n",
])
def test_each_mission_of_the_counted_list_takes_the_nationalities(extractor, text):
    found = agencies(extractor, text)
    assert "CNES" in found["Megha-Tropiques"]
    assert "CNES" in found["SARAL"]


@pytest.mark.parametrize("text", [
    "Satellites\n\nCNES and NASA work together. Two French rockets launched two satellites: Megha-Tropiques and "
    "SARAL.\n",
    "Satellites\n\nLe CNES et la NASA coopèrent. Deux fusées françaises ont lancé deux satellites : Megha-Tropiques "
    "et SARAL.\n",
])
def test_a_nationality_on_another_noun_gives_nothing(extractor, text):
    found = agencies(extractor, text)
    assert "CNES" not in found["Megha-Tropiques"] and "CNES" not in found["SARAL"]
