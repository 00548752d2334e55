"""Short forms of lettered units are found once per sentence, not once per unit (issue 13; issue 11 names).

"Sentinel-2A was launched in June 2015 and 2B in March 2017", "MetOp-A, -B et -C": the linker links the short form
written after a unit. It read the rest of the sentence again for every unit named in it (quadratic on a long board);
it now reads the sentence's short forms once and each unit takes those after it. The same sibling mentions, in both
languages; a short form that is no sibling (the unit's own letter, another number) stays unlinked.
"""

from __future__ import annotations

import re

import pytest
from spacerec.analysis import mission_names

_BOARDS = {
    "en": "Series board\n\nESA lists its units. " + " ".join(
        f"Sentinel-{n}A flew first, and {n}B followed, then MetOp-A, -B and -C." for n in (1, 2, 3, 5) * 3) + "\n",
    "fr": "Tableau des séries\n\nL'ESA liste ses unités. " + " ".join(
        f"Sentinel-{n}A est parti d'abord, puis {n}B, et MetOp-A, -B et -C." for n in (1, 2, 3, 5) * 3) + "\n",
}


class _Counting:
    """A compiled pattern whose ``finditer`` calls are counted."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def finditer(self, text: str):
        self.calls += 1
        return self.pattern.finditer(text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_short_forms_are_linked_reading_each_sentence_once(blank_extractor, monkeypatch, lang):
    numbered = _Counting(mission_names._NUMBERED_SIBLING)
    lettered = _Counting(mission_names._LETTER_SIBLING)
    monkeypatch.setattr(mission_names, "_NUMBERED_SIBLING", numbered)
    monkeypatch.setattr(mission_names, "_LETTER_SIBLING", lettered)
    analysis = blank_extractor.analyse(_BOARDS[lang])
    short = [m for s in analysis.sentences for m in s.mentions if m.label == "MISSION" and len(m.text) <= 2]
    # every "1B"/"2B"/... and every "-B"/"-C" of the board is linked as its unit
    assert len([m for m in short if m.text[0].isdigit()]) == 12
    assert len([m for m in short if m.text.isalpha()]) == 24
    assert all(m.ids for m in short)
    with_units = sum(1 for s in analysis.sentences if s.missions())
    assert numbered.calls <= with_units and lettered.calls <= with_units


@pytest.mark.parametrize("text", [
    "Unit\n\nSentinel-2A flew, and 2A again later.\n",
    "Unité\n\nSentinel-2A a volé, puis 3B plus tard.\n",
])
def test_no_sibling_is_read_where_none_is_written(blank_extractor, text):
    analysis = blank_extractor.analyse(text)
    names = [m.text for s in analysis.sentences for m in s.mentions if m.label == "MISSION"]
    assert not [n for n in names if len(n) <= 2]
