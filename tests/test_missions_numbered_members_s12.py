"""Numbered family members keep their own name, and a pair written with a slash is two coordinated members (issue #11,
names; GUIDELINES "Mission names": "Numbered family members keep their number").

"SAOCOM 1A" and "SAOCOM 1B" are two satellites, each with its own launch; "HAKUTO-R M1" is ispace's first lander,
"Hakuto-R Mission 1" as the KB's "Hakuto-R Mission 2" is its second. "SAOCOM 1A/1B", "Sentinel-1A/1B" name two members
joined as by "and": a cue, an owner or a list of dates in order speaks of both. A KB name written with a slash
("TOPEX/Poseidon") stays one mission. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text: str) -> dict[str, dict]:
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


def launches(record: dict) -> list[str]:
    return [e["date"] for e in record["events"] if e["event"] == "launch"]


@pytest.mark.parametrize("text", [
    "Radar\n\nSAOCOM 1A was launched on 8 October 2018 and SAOCOM 1B on 30 August 2020.\n",
    "Radar\n\nSAOCOM 1A a été lancé le 8 octobre 2018 et SAOCOM 1B le 30 août 2020.\n",
])
def test_numbered_members_are_missions_of_their_own(extractor, text):
    found = missions(extractor, text)
    assert launches(found["SAOCOM 1A"]) == ["2018-10-08"]
    assert launches(found["SAOCOM 1B"]) == ["2020-08-30"]
    assert "SAOCOM" not in found


@pytest.mark.parametrize("text, name", [
    ("Lander\n\nThe ispace lander Hakuto-R Mission 1 crashed in April 2023.\n", "Hakuto-R Mission 1"),
    ("Atterrisseur\n\nL'atterrisseur HAKUTO-R M1 de ispace s'est écrasé fin avril 2023.\n", "Hakuto-R Mission 1"),
    # the family head written alone stays the KB's head
    ("Lander\n\nThe Hakuto-R lander crashed in April 2023.\n", "Hakuto-R"),
])
def test_a_numbered_lander_is_named_with_its_number(extractor, text, name):
    assert list(missions(extractor, text)) == [name]


@pytest.mark.parametrize("text, first, second", [
    ("Radar\n\nThe SAOCOM 1A/1B satellites are operated by CONAE.\n", "SAOCOM 1A", "SAOCOM 1B"),
    ("Radar\n\nLes satellites Sentinel-1A/1B de l'ESA ont été lancés en 2014 et 2016.\n", "Sentinel-1A", "Sentinel-1B"),
])
def test_a_slash_pair_is_two_coordinated_members(extractor, text, first, second):
    found = missions(extractor, text)
    assert {a["agency_id"] for a in found[first]["agencies"]} == {a["agency_id"] for a in found[second]["agencies"]}
    assert found[first]["agencies"]
    if "2014" in text:
        assert (launches(found[first]), launches(found[second])) == (["2014"], ["2016"])


@pytest.mark.parametrize("text", [
    "Altimetry\n\nTOPEX/Poseidon was launched in 1992 by NASA and CNES.\n",
    "Altimétrie\n\nTOPEX/Poséidon a été lancé en 1992 par la NASA et le CNES.\n",
])
def test_a_kb_name_with_a_slash_stays_one_mission(extractor, text):
    found = missions(extractor, text)
    assert list(found) == ["TOPEX/Poseidon"]
    assert launches(found["TOPEX/Poseidon"]) == ["1992"]
