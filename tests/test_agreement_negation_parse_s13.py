"""A signing the parse denies reports no agreement (session 13).

The negation may sit on the subject ("Neither X nor Y has signed", "Ni X ni Y n'ont signé", "No country signed") or
on the verb in a form no phrase rule lists ("has still not formally signed", "n'a toujours pas signé"). A French
"ne ... que" restricts and does not deny. Invented sentences about real agencies, both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records

HEAD_EN = "Space cooperation\n\nParis, 12 March 2024\n\n"
HEAD_FR = "Coopération spatiale\n\nParis, le 12 mars 2024\n\n"

DENIED = [
    HEAD_EN + "Neither Brazil nor Mexico has signed the Artemis Accords.\n",
    HEAD_EN + "Neither Portugal nor Greece signed the agreement with ESA.\n",
    HEAD_EN + "No Asian country signed the memorandum with ESA last year.\n",
    HEAD_EN + "Portugal has still not formally signed the agreement with ESA.\n",
    HEAD_FR + "Ni le Brésil ni le Mexique n'ont signé les accords Artemis.\n",
    HEAD_FR + "Aucun pays asiatique n'a signé de protocole d'accord avec l'ESA.\n",
    HEAD_FR + "Le Portugal n'a toujours pas formellement signé l'accord avec l'ESA.\n",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_denied_signing_gives_no_agreement(extractor, text):
    assert checked_records(extractor, text, "agreement") == []


KEPT = [
    (HEAD_EN + "Portugal signed the agreement with ESA on 11 March 2024, without any reservation.\n",
     ("ESA", "country:PT")),
    (HEAD_EN + "Mexico signed the Artemis Accords on 9 March 2024, and no other country joined that week.\n",
     ("country:MX",)),
    (HEAD_FR + "Le Portugal n'a signé que l'accord avec l'ESA, le 11 mars 2024.\n", ("ESA", "country:PT")),
    (HEAD_FR + "Le Mexique a signé les accords Artemis le 9 mars 2024 ; aucun autre pays ne l'a suivi.\n",
     ("country:MX",)),
]


@pytest.mark.parametrize(("text", "parties"), KEPT)
def test_a_negation_elsewhere_keeps_the_signing(extractor, text, parties):
    found = by_parties(checked_records(extractor, text, "agreement"))
    assert [r["status"] for r in found.get(parties, [])] == ["signed"]


CORRECTED = [
    (HEAD_EN + "The arrangement was not signed in Paris but in Rome, on 11 March 2024, by ASI and CNES.\n",
     ("ASI", "CNES")),
    (HEAD_FR + "L'accord n'a pas été signé à Paris mais à Rome, le 11 mars 2024, par l'ASI et le CNES.\n",
     ("ASI", "CNES")),
]


@pytest.mark.parametrize(("text", "parties"), CORRECTED)
def test_a_negation_a_but_corrects_denies_only_a_circumstance(extractor, text, parties):
    found = by_parties(checked_records(extractor, text, "agreement"))
    assert [(r["status"], r["date"]) for r in found.get(parties, [])] == [("signed", "2024-03-11")]
