"""The organisation a signed document creates is not one of its sides (session 13).

"signed the Convention of the Asia-Pacific Space Cooperation Organization", "l'accord de constitution de l'ALCE",
"the convention establishing the European Space Agency": the governments that sign are the sides, the body they
create is what the document is about (the subject is left to the subject rules: naming the body as the subject
gave one more wrong subject on each held-out check split, session 13). A document of an agency with another side
("the agreement of ESA with Estonia") keeps the agency. Invented sentences about real bodies, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records

HEAD_EN = "Space history\n\nParis, 30 May 2025\n\n"
HEAD_FR = "Histoire spatiale\n\nParis, le 30 mai 2025\n\n"

FOUNDED = [
    (HEAD_EN + "On 30 May 1975, France, Germany and Italy signed the agreement establishing the European Space "
     "Agency.\n", ["country:DE", "country:FR", "country:IT"]),
    (HEAD_EN + "On 28 October 2005, Peru, Thailand and Mongolia signed the Convention of the Asia-Pacific Space "
     "Cooperation Organization (APSCO).\n", ["country:MN", "country:PE", "country:TH"]),
    (HEAD_FR + "Le 30 mai 1975, la France, l'Allemagne et l'Italie ont signé la convention portant création de "
     "l'Agence spatiale européenne.\n", ["country:DE", "country:FR", "country:IT"]),
    (HEAD_FR + "Le 24 juillet 2021, le Mexique, l'Équateur et la Bolivie ont signé l'accord de constitution de "
     "l'Agence latino-américaine et caribéenne de l'espace (ALCE).\n", ["country:BO", "country:EC", "country:MX"]),
]


@pytest.mark.parametrize(("text", "parties"), FOUNDED)
def test_the_body_a_document_creates_is_no_side(extractor, text, parties):
    records = checked_records(extractor, text, "agreement")
    assert [r["parties"] for r in records] == [parties]


KEPT = [
    HEAD_EN + "On 12 May 2025, Estonia signed the cooperation agreement of ESA with its new member.\n",
    HEAD_EN + "On 12 May 2025, Estonia signed an agreement with ESA establishing a cooperation plan.\n",
    HEAD_FR + "Le 12 mai 2025, l'Estonie a signé avec l'ESA un accord portant création d'un plan de coopération.\n",
    HEAD_FR + "Le 12 mai 2025, l'Estonie a signé l'accord de coopération de l'ESA.\n",
]


@pytest.mark.parametrize("text", KEPT)
def test_an_agency_that_signs_stays_a_side(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [r["parties"] for r in records] == [["ESA", "country:EE"]]

