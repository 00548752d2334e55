"""Two documents one signing joins with "and" / "ainsi qu'" are two agreements (issue 9: two stay two).

"NASA and ISRO signed an agreement on NISAR and a charter setting up a joint Mars working group": each document keeps
the signing's parties, date and signers, with its own kind and its own subject (the mission named after it, else its
topic phrase). A coordination inside one topic ("on the exchange of data and samples") or one document signed with
two sides stays one record. Invented sentences about real agencies and missions, both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def _records(extractor, text, parties):
    found = by_parties(checked_records(extractor, text, "agreement"))
    return sorted((r["kind"], r["subject"] or "", r["date"] or "") for r in found.get(parties, []))


TWO = [
    ("NASA and ISRO\n\nToronto, 1 October 2014\n\nOn 30 September 2014, NASA and ISRO signed an agreement on NISAR "
     "and a charter setting up a joint Mars working group.\n", ("ISRO", "NASA"),
     [("agreement", "Mars working group", "2014-09-30"), ("agreement", "NISAR", "2014-09-30")]),
    ("La NASA et l'ISRO\n\nToronto, le 1er octobre 2014\n\nLe 30 septembre 2014, la NASA et l'ISRO ont signé un accord "
     "sur la mission NISAR ainsi qu'une charte qui crée un groupe de travail conjoint.\n", ("ISRO", "NASA"),
     [("agreement", "", "2014-09-30"), ("agreement", "NISAR", "2014-09-30")]),
    ("CNES and ISRO\n\nParis, 12 March 2018\n\nOn 10 March 2018, CNES and ISRO signed a memorandum on Oceansat-3 "
     "and an agreement on maritime surveillance.\n", ("CNES", "ISRO"),
     [("agreement", "maritime surveillance", "2018-03-10"), ("mou", "Oceansat-3", "2018-03-10")]),
    ("Le CNES et l'ISRO\n\nParis, le 12 mars 2018\n\nLe 10 mars 2018, le CNES et l'ISRO ont signé un protocole "
     "d'accord sur Oceansat-3 et un accord sur la surveillance maritime.\n", ("CNES", "ISRO"),
     [("agreement", "maritime surveillance", "2018-03-10"), ("mou", "Oceansat-3", "2018-03-10")]),
]


@pytest.mark.parametrize(("text", "parties", "expected"), TWO)
def test_two_joined_documents_are_two_records(extractor, text, parties, expected):
    assert _records(extractor, text, parties) == expected


ONE = [
    ("ESA and NASA\n\nParis, 12 March 2018\n\nOn 10 March 2018, ESA and NASA signed an agreement on the exchange of "
     "data and samples.\n", ("ESA", "NASA")),
    ("L'ESA et la NASA\n\nParis, le 12 mars 2018\n\nLe 10 mars 2018, l'ESA et la NASA ont signé un accord sur "
     "l'échange de données et d'échantillons.\n", ("ESA", "NASA")),
]


@pytest.mark.parametrize(("text", "parties"), ONE)
def test_a_coordination_inside_one_topic_stays_one_record(extractor, text, parties):
    assert len(_records(extractor, text, parties)) == 1
