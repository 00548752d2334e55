"""A name the KB lacks read by an instrument descriptor ("l'imageur de la couleur de l'océan ZORA", "ZORA, the ocean
colour imager") is an instrument (session 13): its record's kind is instrument and it takes no launch of the craft
that carries it, which a carried craft would. English and French."""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Oceansat-3\n\nOceansat-3 was launched on 26 November 2022. It carries ZORA, the ocean colour imager.\n",
    "Oceansat-3\n\nOceansat-3 a été lancé le 26 novembre 2022. Il emporte l'imageur de la couleur de l'océan ZORA.\n",
])
def test_descriptor_name_is_an_instrument_without_the_host_launch(extractor, text):
    found = missions(extractor, text)
    assert found["ZORA"]["kind"] == "instrument"
    assert found["ZORA"]["events"] == []
    assert any(e["event"] == "launch" for e in found["Oceansat-3"]["events"])


@pytest.mark.parametrize("text", [
    "Oceansat-3\n\nOceansat-3 was launched on 26 November 2022 with the small satellite ZORA-1.\n",
    "Oceansat-3\n\nOceansat-3 a été lancé le 26 novembre 2022 avec le petit satellite ZORA-1.\n",
])
def test_craft_named_after_a_craft_noun_is_no_instrument(extractor, text):
    found = missions(extractor, text)
    assert "ZORA-1" not in found or found["ZORA-1"]["kind"] != "instrument"
