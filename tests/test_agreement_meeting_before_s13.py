"""An undated signing right after a sentence that dates a meeting of the same sides took place on that day.

"On Monday, the heads of ESA and JAXA met in Paris. The two agencies signed an agreement": Monday. Not when the
sentence before names other sides, reports no meeting, or the signing is recalled history. Invented articles (real
agencies), both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def dates_of(extractor, text, parties):
    found = by_parties(checked_records(extractor, text, "agreement", "meeting"))
    return sorted(r["date"] or "" for r in found.get(parties, []))


CASES = [
    ("ESA and JAXA\n\nPublished on Friday, 22 March 2024\n\n"
     "On Monday, the heads of ESA and JAXA met in Paris for their annual review. The two agencies signed an "
     "agreement on the MMX mission.\n", ["2024-03-18"]),
    ("L'ESA et la JAXA\n\nPublié le vendredi 22 mars 2024\n\n"
     "Lundi, les dirigeants de l'ESA et de la JAXA se sont réunis à Paris pour leur bilan annuel. Les deux "
     "agences ont signé un accord sur la mission MMX.\n", ["2024-03-18"]),
    # the sentence before names another side: its meeting is not this signing's
    ("ESA and JAXA\n\nPublished on Friday, 22 March 2024\n\n"
     "On Monday, the heads of ESA and NASA met in Paris for their annual review. ESA and JAXA signed an "
     "agreement on the MMX mission.\n", [""]),
    # no meeting before: a launch's day is not the signing's
    ("L'ESA et la JAXA\n\nPublié le vendredi 22 mars 2024\n\n"
     "Lundi, une fusée de la JAXA a décollé avec un instrument de l'ESA. L'ESA et la JAXA ont signé un accord sur "
     "la mission MMX.\n", [""]),
]


@pytest.mark.parametrize(("text", "dates"), CASES)
def test_the_meeting_day_before_dates_the_signing(extractor, text, dates):
    assert dates_of(extractor, text, ("ESA", "JAXA")) == dates
