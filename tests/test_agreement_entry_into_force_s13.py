"""The date an agreement enters into force ("entered into force on 1 March", "est entré en vigueur le 1er mars") is not
the date it was signed.

A ``DATE_EXCLUSION`` cue (scope clause) gives that date to the entry into force: the signing keeps the date its own
words give, from the same sentence or the next one, or none. Invented sentences (real agencies and countries), both
languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def dates_of(extractor, text, parties):
    found = by_parties(checked_records(extractor, text, "agreement", "in-force"))
    return sorted(r["date"] or "" for r in found.get(parties, []))


CASES = [
    ("Agreement in force\n\nPublished on 20 March 2024\n\n"
     "The cooperation agreement signed by ESA and Romania entered into force on 1 March 2024.\n", ""),
    ("Agreement in force\n\nPublished on 20 March 2024\n\n"
     "The cooperation agreement between ESA and Romania came into force on 1 March 2024. It had been signed in "
     "Bucharest on 26 September 2023 by the Director General of ESA and the Romanian minister.\n", "2023-09-26"),
    ("Accord en vigueur\n\nPublié le 20 mars 2024\n\n"
     "L'accord de coopération signé par l'ESA et la Roumanie est entré en vigueur le 1er mars 2024.\n", ""),
    ("Accord en vigueur\n\nPublié le 20 mars 2024\n\n"
     "L'accord de coopération entre l'ESA et la Roumanie est entré en vigueur le 1er mars 2024. Il avait été signé "
     "à Bucarest le 26 septembre 2023 par le directeur général de l'ESA et le ministre roumain.\n", "2023-09-26"),
    # the signing's own date stays, the later entry into force is left out
    ("Agreement in force\n\nPublished on 20 March 2024\n\n"
     "ESA and Romania signed a cooperation agreement on 26 September 2023, which took effect on 1 March 2024.\n",
     "2023-09-26"),
    ("Accord en vigueur\n\nPublié le 20 mars 2024\n\n"
     "L'ESA et la Roumanie ont signé le 26 septembre 2023 un accord de coopération, entré en vigueur le 1er mars "
     "2024.\n", "2023-09-26"),
]


@pytest.mark.parametrize(("text", "date"), CASES)
def test_the_entry_into_force_does_not_date_the_signing(extractor, text, date):
    assert dates_of(extractor, text, ("ESA", "country:RO")) == [date]
