"""A second signing that shares the first one's verb ("and Sweden the next day") takes the date of its own conjunct.

"X signed the Accords on 15 April, and Y on 16 April": Y's verbless conjunct gives Y's date, X keeps the date before
it; a side of another clause that names no date of its own gets none. Invented sentences (real countries), both
languages, positives and negatives.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def accords_dates(extractor, text):
    """Dates per side (NASA, a party only when the article names it, left out of the key)."""
    found = by_parties(checked_records(extractor, text, "agreement", "gapped"))
    dates: dict[str, list[str]] = {}
    for parties, records in found.items():
        side = ",".join(p for p in parties if p != "NASA")
        dates.setdefault(side, []).extend(r["date"] or "" for r in records)
    return {side: sorted(values) for side, values in dates.items()}


POSITIVES = [
    ("Space news\n\nPublished on 20 May 2024\n\n"
     "Chile signed the Artemis Accords in Washington on 3 March, and Norway in Oslo two days later.\n",
     {"country:CL": ["2024-03-03"], "country:NO": ["2024-03-05"]}),
    ("Space news\n\nPublished on 20 May 2024\n\n"
     "Portugal had signed the Artemis Accords in January 2023 and Finland in March 2023.\n",
     {"country:PT": ["2023-01"], "country:FI": ["2023-03"]}),
    ("Actualité spatiale\n\nPublié le 20 mai 2024\n\n"
     "Le Chili avait signé les accords Artemis à Washington le 3 mars, et la Norvège à Oslo le lendemain.\n",
     {"country:CL": ["2024-03-03"], "country:NO": ["2024-03-04"]}),
    ("Actualité spatiale\n\nPublié le 20 mai 2024\n\n"
     "Le Portugal avait signé les accords Artemis en janvier 2023, et la Finlande en mars 2023.\n",
     {"country:PT": ["2023-01"], "country:FI": ["2023-03"]}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_a_gapped_conjunct_gives_its_side_its_own_date(extractor, text, expected):
    found = accords_dates(extractor, text)
    for parties, dates in expected.items():
        assert found.get(parties) == dates


NEGATIVES = [
    # one verb, one date for both sides: no conjunct of its own
    ("Space news\n\nPublished on 20 May 2024\n\n"
     "Chile and Norway signed the Artemis Accords in Washington on 3 March.\n",
     {"country:CL": ["2024-03-03"], "country:NO": ["2024-03-03"]}),
    # the second side has a verb of its own and no date: it shares nothing
    ("Actualité spatiale\n\nPublié le 20 mai 2024\n\n"
     "Le Chili avait signé les accords Artemis le 3 mars, et la Norvège les a rejoints le 9 mars ; la Finlande et "
     "le Portugal ont suivi.\n",
     {"country:CL": ["2024-03-03"], "country:NO": ["2024-03-09"]}),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_no_gapped_date_without_a_verbless_conjunct(extractor, text, expected):
    found = accords_dates(extractor, text)
    for parties, dates in expected.items():
        assert found.get(parties) == dates
