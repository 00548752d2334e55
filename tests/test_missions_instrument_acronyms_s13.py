"""Instruments written "Long Name (ACRONYM)" (session 13): a name the KB lacks is recorded by its acronym when the
long form's head is an instrument noun (imager, radiometer, altimeter, lidar ...), in English and French; a long form
with no such head names no mission. KB instruments the articles write that way keep the acronym as their name."""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text, name", [
    ("Ocean probe\n\nThe new ocean satellite carries the Wide Swath Ocean Radiometer (WSOR), which measures sea "
     "surface temperature.\n", "WSOR"),
    ("Sonde océanique\n\nLe nouveau satellite océanique emporte ROLF (Radiomètre océanique à large fauchée), "
     "qui mesure la température de surface.\n", "ROLF"),
    ("Ice probe\n\nThe mission also carries a Polar Ice Thickness Altimeter (PITA) built in Norway.\n", "PITA"),
    ("Sonde glaciaire\n\nLa mission emporte aussi l'Imageur hyperspectral des glaces (IHG), construit en "
     "Norvège.\n", "IHG"),
])
def test_kb_less_instrument_is_named_by_its_acronym(extractor, text, name):
    found = missions(extractor, text)
    assert name in found
    assert found[name]["kind"] == "instrument"


@pytest.mark.parametrize("text", [
    "Ocean probe\n\nThe data go to the Ocean Heat Working Party (OHWP), which meets in Oslo.\n",
    "Sonde océanique\n\nLes données vont au Comité de suivi des océans (CSO), qui se réunit à Brest.\n",
])
def test_long_form_without_instrument_head_is_no_mission(extractor, text):
    found = missions(extractor, text)
    assert not {"OHWP", "CSO"} & set(found)


@pytest.mark.parametrize("text, name, host", [
    ("EarthCARE\n\nJAXA supplied the Cloud Profiling Radar of ESA's EarthCARE satellite.\n", "CPR", "EarthCARE"),
    ("EarthCARE\n\nLa JAXA a fourni le radar de profilage des nuages du satellite EarthCARE de l'ESA.\n", "CPR",
     "EarthCARE"),
    ("GPM\n\nJAXA supplied the Dual-frequency Precipitation Radar of the GPM satellite.\n", "DPR", "GPM"),
])
def test_kb_instrument_written_in_full_takes_its_acronym(extractor, text, name, host):
    found = missions(extractor, text)
    assert name in found
    assert found[name]["part_of"] == host
