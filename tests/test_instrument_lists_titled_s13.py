"""Described instrument lists whose items are names in title case ending in their instrument noun (session 13):
"the three other instruments: the Atmospheric Lidar (ATLID), the Multispectral Imager and the Broadband Radiometer"
gives each name as an instrument of the craft; the lower-case descriptor lists keep working in both languages, and
title-case words that end in no instrument noun make no list."""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.analysis.instrument_lists import instrument_lists


def test_titled_items_are_listed():
    text = ("ESA supplied the three other instruments: the Atmospheric Lidar (ATLID), the Wide Swath Imager and "
            "the Broadband Radiometer.")
    names = [n for names in instrument_lists(text, "en") for _, _, n in names]
    assert names == ["Atmospheric Lidar", "Wide Swath Imager", "Broadband Radiometer"]


@pytest.mark.parametrize("text, lang", [
    ("The probe has two instruments: the Solar Orbiter and the Big Bang.", "en"),
    ("La sonde a deux instruments : le Grand Prix et la Belle Époque.", "fr"),
])
def test_title_case_without_instrument_noun_is_no_list(text, lang):
    assert instrument_lists(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Its three instruments, the ocean colour monitor OCM-9 and the radiometer SSTX, work well.", "en",
     ["OCM-9", "SSTX"]),
    ("Ses deux instruments, l'imageur de la couleur de l'océan OCM-9 et le radiomètre SSTX, fonctionnent.", "fr",
     ["OCM-9", "SSTX"]),
])
def test_descriptor_lists_still_read(text, lang, expected):
    assert [n for names in instrument_lists(text, lang) for _, _, n in names] == expected


def test_titled_items_belong_to_the_craft(extractor):
    text = ("EarthCARE\n\nESA's EarthCARE satellite was launched on Tuesday. ESA supplied three of the satellite's "
            "instruments: the Atmospheric Lidar (ATLID), the Wide Swath Imager and the Broadband Radiometer.\n")
    found = {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}
    for name in ("Wide Swath Imager", "Broadband Radiometer"):
        assert found[name]["part_of"] == "EarthCARE"
        assert found[name]["kind"] == "instrument"
