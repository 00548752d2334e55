"""A possessive owner with one modifier before the mission ("ISRO's own SLV-3 rocket", "NASA's new Orion") owns it,
launchers included (session 13: the gap was read stripped, so the modifier forms never matched); a possessive that
heads another noun phrase owns nothing. The French owner form ("de l'ISRO") for comparison."""

from __future__ import annotations

import pytest
from checked import checked_records


def agencies(extractor, text, name):
    found = {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}
    return {a["agency_id"] for a in found[name]["agencies"]} if name in found else set()


@pytest.mark.parametrize("text", [
    "India\n\nIn 1980 ISRO's own SLV-3 rocket put a small satellite into orbit.\n",
    "India\n\nISRO's new SLV-3 rocket flew in 1980.\n",
    "Inde\n\nEn 1980, le lanceur SLV-3 de l'ISRO a placé un petit satellite en orbite.\n",
])
def test_possessive_with_modifier_owns_the_launcher(extractor, text):
    assert agencies(extractor, text, "SLV-3") == {"ISRO"}


@pytest.mark.parametrize("text", [
    "India\n\nISRO's chairman praised the SLV-3 rocket in 1980.\n",
    "Inde\n\nLe président de l'ISRO a salué en 1980 le lanceur SLV-3 construit par l'industrie.\n",
])
def test_possessive_of_another_noun_owns_nothing(extractor, text):
    assert "ISRO" not in agencies(extractor, text, "SLV-3")
