"""Documents a signing sentence lists with a date each give one record per date.

"had signed memoranda in 2004, 2007 and 2010, then a letter of intent in 2013": each listed date after a plural
document is a document of that kind, and a second document after "then" / "and" / "puis" with a date of its own is
one of its kind. A singular document with a date list, or a second document with no date of its own, stays one date.
Invented sentences (real agencies), both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def kinds_and_dates(extractor, text, parties):
    found = by_parties(checked_records(extractor, text, "agreement", "dated-documents"))
    return sorted((r["kind"], r["date"] or "") for r in found.get(parties, []))


CASES = [
    ("CNES and ISRO\n\nPublished on 10 March 2018\n\n"
     "CNES and ISRO had already signed memoranda of understanding in 2004, 2007 and 2010, then a letter of intent "
     "in 2013.\n",
     [("letter_of_intent", "2013"), ("mou", "2004"), ("mou", "2007"), ("mou", "2010")]),
    ("Le CNES et l'ISRO\n\nPublié le 10 mars 2018\n\n"
     "Le CNES et l'ISRO avaient déjà signé des protocoles d'accord en 2004, 2007 et 2010, puis une déclaration "
     "d'intention en 2013.\n",
     [("letter_of_intent", "2013"), ("mou", "2004"), ("mou", "2007"), ("mou", "2010")]),
    # a singular document with a list of years: the first only
    ("CNES and ISRO\n\nPublished on 10 March 2018\n\n"
     "CNES and ISRO had already signed a memorandum of understanding in 2004, 2007 and 2010.\n",
     [("mou", "2004")]),
    # a later date of something else is no listed document
    ("Le CNES et l'ISRO\n\nPublié le 10 mars 2018\n\n"
     "Le CNES et l'ISRO avaient signé des protocoles d'accord en 2004 ; leur coopération s'est renforcée en 2007.\n",
     [("mou", "2004")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_record_per_dated_document(extractor, text, expected):
    assert kinds_and_dates(extractor, text, ("CNES", "ISRO")) == expected
