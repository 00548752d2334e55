"""A rank naming the signers that came after this one names no side of it (session 13).

"which made Hungary the first European Cooperating State, before the Czech Republic the same year", "avant la
République tchèque": like "after Italy" (EARLIER_SIDES), a LATER_SIDES cue ("before", "ahead of", "avant") leaves
the countries after it in its clause out of the signing's sides, and adds no record of their own (only earlier
signers with their own year do). A country the signing itself names after "before" in another clause stays.
Invented sentences about real countries, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records

RANKED = [
    "Hungary and ESA\n\nBudapest, 10 October 2008\n\nIn 2003 Hungary signed an agreement with ESA that made it the "
    "first European Cooperating State, ahead of Poland and Romania.\n",
    "Hungary and ESA\n\nBudapest, 10 October 2008\n\nIn 2003 Hungary signed an agreement with ESA, the first of its "
    "kind, before Poland and Romania.\n",
    "La Hongrie et l'ESA\n\nBudapest, le 10 octobre 2008\n\nEn 2003, la Hongrie a signé avec l'ESA un accord qui en a "
    "fait le premier État européen coopérant, avant la Pologne et la Roumanie.\n",
]


@pytest.mark.parametrize("text", RANKED)
def test_later_signers_a_rank_names_are_no_sides(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [(r["parties"], r["date"]) for r in records] == [(["ESA", "country:HU"], "2003")]


def test_a_side_named_before_the_word_stays(extractor):
    text = ("Hungary and ESA\n\nBudapest, 10 October 2008\n\nOn 26 September 2008, Hungary and ESA signed an "
            "extension of their cooperation plan, a week before the launch of a new call for proposals.\n")
    records = checked_records(extractor, text, "agreement")
    assert [r["parties"] for r in records] == [["ESA", "country:HU"]]


def test_a_side_named_before_the_word_stays_fr(extractor):
    text = ("La Hongrie et l'ESA\n\nBudapest, le 10 octobre 2008\n\nLe 26 septembre 2008, la Hongrie et l'ESA ont "
            "signé une prolongation de leur plan de coopération, une semaine avant le lancement d'un appel "
            "à projets.\n")
    records = checked_records(extractor, text, "agreement")
    assert [r["parties"] for r in records] == [["ESA", "country:HU"]]
