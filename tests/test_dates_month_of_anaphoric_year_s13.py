"""A month written with an anaphoric year ("in October of the same year") takes the year of the date before it.

"In June 2000 ... In October of the same year, X signed": October 2000, not October of the article's year; "en
décembre de l'année suivante" is December of the year after. An anaphoric year with no month before it stays a year
("That year, ...", "Cette même année, ..."). Invented articles (real agencies), both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def dates_of(extractor, text, parties):
    found = by_parties(checked_records(extractor, text, "agreement", "anaphoric-year"))
    return sorted(r["date"] or "" for r in found.get(parties, []))


CASES = [
    ("Canada and Europe\n\nPublished on 6 June 2025\n\n"
     "In June 2000, the Canadian Space Agency opened a new office in Paris. In October of the same year, the CSA "
     "and ESA signed a charter on disaster imagery.\n",
     ("CSA", "ESA"), ["2000-10"]),
    ("Canada and Europe\n\nPublished on 6 June 2025\n\n"
     "In June 2000, the Canadian Space Agency opened a new office in Paris. In March of the following year, the CSA "
     "and ESA signed a charter on disaster imagery.\n",
     ("CSA", "ESA"), ["2001-03"]),
    ("Le Canada et l'Europe\n\nPublié le 6 juin 2025\n\n"
     "En juin 2000, l'Agence spatiale canadienne a ouvert un bureau à Paris. En octobre de la même année, l'ASC et "
     "l'ESA ont signé une charte sur l'imagerie des catastrophes.\n",
     ("CSA", "ESA"), ["2000-10"]),
    ("Le Canada et l'Europe\n\nPublié le 6 juin 2025\n\n"
     "En juin 2000, l'Agence spatiale canadienne a ouvert un bureau à Paris. Au mois de mars de l'année suivante, "
     "l'ASC et l'ESA ont signé une charte sur l'imagerie des catastrophes.\n",
     ("CSA", "ESA"), ["2001-03"]),
    # no month before the anaphoric year: the year alone
    ("Canada and Europe\n\nPublished on 6 June 2025\n\n"
     "In June 2000, the Canadian Space Agency opened a new office in Paris. That year, the CSA and ESA also signed "
     "a charter on disaster imagery.\n",
     ("CSA", "ESA"), ["2000"]),
    ("Le Canada et l'Europe\n\nPublié le 6 juin 2025\n\n"
     "En juin 2000, l'Agence spatiale canadienne a ouvert un bureau à Paris. Cette même année, l'ASC et l'ESA ont "
     "aussi signé une charte sur l'imagerie des catastrophes.\n",
     ("CSA", "ESA"), ["2000"]),
]


@pytest.mark.parametrize(("text", "parties", "dates"), CASES)
def test_a_month_takes_the_anaphoric_year_after_it(extractor, text, parties, dates):
    assert dates_of(extractor, text, parties) == dates


def test_a_month_with_no_anaphoric_year_keeps_the_article_year(extractor):
    text = ("Canada and Europe\n\nPublished on 6 December 2025\n\n"
            "In June 2000, the Canadian Space Agency opened a new office in Paris. In October, the CSA and ESA "
            "signed a charter on disaster imagery.\n")
    assert dates_of(extractor, text, ("CSA", "ESA")) == ["2025-10"]
