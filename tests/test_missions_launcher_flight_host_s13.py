"""A numbered launcher flight ("PSLV-C51", "fusée PSLV-C51") is no host of the payload it launches (session 13): the
payload's agency is no contributor of the flight, as for a launcher the KB names; a mission that carries an agency's
part still makes the agency a contributor. English and French."""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.records import normalise_name


def agencies(extractor, text, name):
    found = {normalise_name(r["name"]): r for r in checked_records(extractor, text, "mission", "news")}
    key = normalise_name(name)
    return {a["agency_id"] for a in found[key]["agencies"]} if key in found else set()


@pytest.mark.parametrize("text", [
    "Launch\n\nISRO launched the satellite of the AEB, Amazonia-1, on Sunday, carried by the PSLV-C51 rocket.\n",
    "Lancement\n\nL'ISRO a lancé dimanche le satellite de l'AEB, Amazonia-1, à bord de la fusée PSLV-C51.\n",
])
def test_payload_agency_is_no_contributor_of_the_launcher_flight(extractor, text):
    assert "AEB" not in agencies(extractor, text, "PSLV-C51")


@pytest.mark.parametrize("text", [
    "Moon\n\nMBRSC's small rover will be carried by CNSA's Chang'e 7 probe.\n",
    "Lune\n\nLe petit rover de MBRSC sera emporté à bord de la sonde Chang'e 7 de la CNSA.\n",
])
def test_part_carried_by_a_craft_still_contributes(extractor, text):
    assert "MBRSC" in agencies(extractor, text, "Chang'e 7")
