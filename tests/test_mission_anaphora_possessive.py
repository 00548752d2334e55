""""Sa mission" / "its mission" opening a sentence refers back to the craft the sentence before named (the French
list lacked it while the English one had it): an end told that way is that craft's end."""

from __future__ import annotations

import pytest
from spacerec.extractor import Extractor


def _events(extractor: Extractor, text: str, name: str) -> list[tuple[str, str | None]]:
    return [(e["event"], e["date"]) for r in extractor.extract(text, "doc")
            if r["record_type"] == "mission" and r["name"] == name for e in r.get("events", [])]


@pytest.mark.parametrize("text", [
    "Fin de mission\n\nLe satellite CALIPSO de la NASA et du CNES a été lancé le 28 avril 2006. Sa mission s'est "
    "achevée en août 2023.\n",
    "End of mission\n\nThe CALIPSO satellite of NASA and CNES was launched on 28 April 2006. Its mission ended in "
    "August 2023.\n",
])
def test_the_possessive_mission_is_the_craft_named_before(blank_extractor: Extractor, text: str) -> None:
    assert ("end", "2023-08") in _events(blank_extractor, text, "CALIPSO")


@pytest.mark.parametrize("text", [
    "Agence\n\nLe satellite CALIPSO a été lancé le 28 avril 2006. Le CNES poursuit sa mission de service public "
    "depuis 1961.\n",
    "Agency\n\nThe CALIPSO satellite was launched on 28 April 2006. CNES has pursued its mission of public service "
    "since 1961.\n",
])
def test_an_agency_pursuing_its_mission_ends_nothing(blank_extractor: Extractor, text: str) -> None:
    assert [kind for kind, _ in _events(blank_extractor, text, "CALIPSO")] == ["launch"]
