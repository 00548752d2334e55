"""A sentence opener taken into a person span ("Selon M. Ruiz", "According to Dr Ruiz") is never part of the name:
``name_lead_words.json`` lists them, and the title after them goes as an honorific."""

from __future__ import annotations

import pytest
from spacerec.analysis.persons import _trim_person


@pytest.mark.parametrize(("span", "name"), [
    ("Selon M. Okafor", "M. Okafor"),
    ("D'après Mme Duval", "Mme Duval"),
    ("According to Dr Ruiz", "Dr Ruiz"),
    ("But Maria Ruiz", "Maria Ruiz"),
    ("Mais Karim Benali", "Karim Benali"),
])
def test_openers_leave_the_span(span: str, name: str) -> None:
    start, end = _trim_person(span, 0, len(span))
    assert span[start:end] == name


@pytest.mark.parametrize("span", ["Lee Min-ho", "Said Benali", "Andrew Forbes", "Grâce Mbemba", "Asif Khan"])
def test_names_that_begin_like_an_opener_are_kept(span: str) -> None:
    start, end = _trim_person(span, 0, len(span))
    assert span[start:end] == span
