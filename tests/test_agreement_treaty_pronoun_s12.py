"""A treaty taken up by an object pronoun ("La France les a rejoints", "France joined them") is the treaty named before.

"Les accords Artemis ont été rédigés par la NASA ... La France les a rejoints le 7 juin 2022, par la signature du
président du CNES": ``ACCORDS_JOIN`` cues that refer back (``les a rejoints``, ``les a signés``, ``joined them``,
``signed them``) take the treaty the sentences before name. Without a treaty before, the pronoun gives no Accords
record. Invented sentences about real agencies and people, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records


@pytest.mark.parametrize("text", [
    ("La France et les accords\n\nParis, le 10 juin 2022\n\nLes accords Artemis ont été rédigés par la NASA et le "
     "département d'État américain. La France les a rejoints le 7 juin 2022, par la signature du président du CNES, "
     "Philippe Baptiste.\n"),
    ("France and the Accords\n\nParis, 10 June 2022\n\nThe Artemis Accords were drafted by NASA and the US State "
     "Department. France joined them on 7 June 2022, with the signature of CNES President Philippe Baptiste.\n"),
])
def test_the_pronoun_takes_the_treaty_named_before(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [(r["kind"], r["parties"], r["date"]) for r in records] == [("accords", ["CNES", "NASA"], "2022-06-07")]


@pytest.mark.parametrize("text", [
    ("Deux rapports\n\nParis, le 10 juin 2022\n\nLa NASA et l'ESA ont préparé deux rapports sur la Lune. La France les "
     "a signés le 7 juin 2022.\n"),
    ("Two reports\n\nParis, 10 June 2022\n\nNASA and ESA prepared two reports on the Moon. France signed them on 7 "
     "June 2022.\n"),
])
def test_without_a_treaty_before_the_pronoun_gives_no_accords(extractor, text):
    assert not [r for r in checked_records(extractor, text, "agreement") if r["kind"] == "accords"]


@pytest.mark.parametrize("text", [
    ("L'Italie et la Lune\n\nRome, le 15 octobre 2020\n\nL'Italie figurait aussi dans la première vague des accords "
     "Artemis, ces principes proposés par la NASA pour encadrer l'exploration de la Lune. Elle les a signés le 13 "
     "octobre avec sept autres pays.\n"),
    ("Italy and the Moon\n\nRome, 15 October 2020\n\nItaly was also among the first wave of the Artemis Accords, the "
     "principles NASA proposed for lunar exploration. It signed them on 13 October with seven other countries.\n"),
])
def test_a_pronoun_subject_of_the_accords_signing_is_the_country_before(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [(r["parties"], r["date"]) for r in records] == [(["NASA", "country:IT"], "2020-10-13")]


@pytest.mark.parametrize("text", [
    ("Les accords\n\nWashington, le 15 octobre 2020\n\nLa NASA a rédigé les accords Artemis. Elle les a signés le 13 "
     "octobre.\n"),
    ("The Accords\n\nWashington, 15 October 2020\n\nNASA drafted the Artemis Accords. It signed them on 13 October.\n"),
])
def test_a_pronoun_for_nasa_gives_no_country_side(extractor, text):
    assert not [r for r in checked_records(extractor, text, "agreement") if any(
        p.startswith("country:") for p in r["parties"])]
