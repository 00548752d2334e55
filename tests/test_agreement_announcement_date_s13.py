"""A reporting verb's date ("NASA announced on Tuesday", "a annoncé mardi") dates the announcement, not the signing.

A date a few words after a ``SPEAKER`` cue in its clause, with no "that" / "que" and no signing word between them,
dates the announcement: the signing it reports keeps no date from it. After "that" / "que", or before the reporting
verb, the date is the signing's. Invented sentences (real agencies and countries), both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def dates_of(extractor, text, side):
    found = by_parties(checked_records(extractor, text, "agreement", "announced"))
    return sorted(r["date"] or "" for parties, records in found.items() if side in parties for r in records)


ANNOUNCED = [
    ("NASA and Japan\n\nPublished on 20 March 2024\n\n"
     "ISRO and JAXA have signed an agreement on lunar exploration, the Indian agency announced on Monday.\n", "JAXA"),
    ("NASA and Japan\n\nPublished on 20 March 2024\n\n"
     "Kenya has signed the Artemis Accords, its foreign ministry said in a statement on Tuesday.\n", "country:KE"),
    ("La NASA et le Japon\n\nPublié le 20 mars 2024\n\n"
     "L'ISRO et la JAXA ont signé un accord sur l'exploration lunaire, a indiqué lundi l'agence indienne.\n", "JAXA"),
    ("La NASA et le Kenya\n\nPublié le 20 mars 2024\n\n"
     "Le Kenya a signé les accords Artemis, a annoncé mardi la NASA dans un communiqué.\n", "country:KE"),
]


@pytest.mark.parametrize(("text", "side"), ANNOUNCED)
def test_the_announcement_day_does_not_date_the_signing(extractor, text, side):
    assert dates_of(extractor, text, side) == [""]


REPORTED = [
    ("NASA and Japan\n\nPublished on 20 March 2024\n\n"
     "The Indian agency announced that ISRO and JAXA signed an agreement on lunar exploration on Monday.\n",
     "JAXA", "2024-03-18"),
    ("NASA and Kenya\n\nPublished on 20 March 2024\n\n"
     "Kenya signed the Artemis Accords on Tuesday, NASA said.\n", "country:KE", "2024-03-19"),
    ("La NASA et le Japon\n\nPublié le 20 mars 2024\n\n"
     "L'agence indienne a indiqué que l'ISRO et la JAXA avaient signé lundi un accord sur l'exploration lunaire.\n",
     "JAXA", "2024-03-18"),
    ("La NASA et le Kenya\n\nPublié le 20 mars 2024\n\n"
     "Le Kenya a signé mardi les accords Artemis, a annoncé la NASA.\n", "country:KE", "2024-03-19"),
]


@pytest.mark.parametrize(("text", "side", "date"), REPORTED)
def test_a_date_of_the_reported_signing_stays(extractor, text, side, date):
    assert dates_of(extractor, text, side) == [date]
