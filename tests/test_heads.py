"""Head-word guesses from a long form (spacerec.entities.heads): one list for labels and mission kinds."""

from __future__ import annotations

import pytest
from spacerec.entities.heads import guess_label, guess_mission_kind, heads
from spacerec.identity import MISSION_KINDS


@pytest.mark.parametrize("long_form, label", [
    ("Korea Aerospace Administration", "AGENCY"),
    ("Agence spatiale du Rwanda", "AGENCY"),
    ("Satellite Industry Association", None),  # an association is never a mission or an agency
    ("Korea Positioning System", "MISSION"),
    ("International Lunar Research Station", "MISSION"),  # a kind word is a mission head too
    ("Heavy Lift Launcher", "MISSION"),
    ("Bureau of Statistics", None),
])
def test_guess_label(long_form, label):
    assert guess_label(long_form) == label


@pytest.mark.parametrize("long_form, kind", [
    ("International Lunar Research Station", "station"),
    ("Moon Base Alpha", "station"),
    ("Artemis Programme", "programme"),
    ("Small Satellite Launch Vehicle rockets", "launcher"),
    ("lanceur lourd", "launcher"),
    ("Mars Imaging Camera", "instrument"),
    ("Lunar Reconnaissance Orbiter", "spacecraft"),
    ("", "spacecraft"),
])
def test_guess_mission_kind(long_form, kind):
    assert guess_mission_kind(long_form) == kind


def test_every_kind_word_names_a_contract_kind():
    assert {kind for _, kind in heads().kinds} <= set(MISSION_KINDS)
