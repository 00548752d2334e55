"""A part of the day ("In the afternoon", "Dans l'après-midi") or "the same day" dates a signing by the last day told.

"Monday 18 March was a busy day for ESA. In the morning ... In the afternoon, ESA and JAXA signed": the day given
before. "The same day" looks back past a bare year ("late 2024") to the last day told, a few paragraphs up. With no
day told before, a part of the day dates nothing. Invented articles (real agencies), both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def dates_of(extractor, text, parties):
    found = by_parties(checked_records(extractor, text, "agreement", "day-anaphora"))
    return sorted(r["date"] or "" for r in found.get(parties, []))


CASES = [
    ("ESA and JAXA\n\nPublished on Friday, 22 March 2024\n\n"
     "Monday 18 March was a busy day for ESA in Paris. In the morning, its Director General met the press. "
     "In the afternoon, ESA and JAXA signed an agreement on the MMX mission.\n", ("ESA", "JAXA"), ["2024-03-18"]),
    ("L'ESA et la JAXA\n\nPublié le vendredi 22 mars 2024\n\n"
     "Le lundi 18 mars a été chargé pour l'ESA à Paris. Le directeur général a d'abord rencontré la presse. "
     "Dans l'après-midi, l'ESA et la JAXA ont signé un accord sur la mission MMX.\n", ("ESA", "JAXA"),
     ["2024-03-18"]),
    ("ESA and JAXA\n\nPublished on Friday, 22 March 2024\n\n"
     "ESA's council met in Paris on Monday.\n\nThe agency plans a new launcher by late 2026. Its budget grew in "
     "2023.\n\nThe same day, ESA and JAXA signed an agreement on the MMX mission.\n", ("ESA", "JAXA"),
     ["2024-03-18"]),
    ("L'ESA et la JAXA\n\nPublié le vendredi 22 mars 2024\n\n"
     "Le conseil de l'ESA s'est réuni lundi à Paris.\n\nL'agence prévoit un nouveau lanceur d'ici fin 2026. Son "
     "budget a augmenté en 2023.\n\nLe même jour, l'ESA et la JAXA ont signé un accord sur la mission MMX.\n",
     ("ESA", "JAXA"), ["2024-03-18"]),
    # no day told before: a part of the day dates nothing
    ("ESA and JAXA\n\nESA's council met in Paris. In the afternoon, ESA and JAXA signed an agreement on the MMX "
     "mission.\n", ("ESA", "JAXA"), [""]),
    ("L'ESA et la JAXA\n\nLe conseil de l'ESA s'est réuni à Paris. Dans l'après-midi, l'ESA et la JAXA ont signé "
     "un accord sur la mission MMX.\n", ("ESA", "JAXA"), [""]),
]


@pytest.mark.parametrize(("text", "parties", "dates"), CASES)
def test_a_day_anaphora_dates_the_signing_by_the_last_day_told(extractor, text, parties, dates):
    assert dates_of(extractor, text, parties) == dates
