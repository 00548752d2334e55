"""Memoranda one side signs with several others are one memorandum per other side (session 13).

"NASA's Administrator signed memoranda of understanding with three counterparts: X of ESA, Y of JAXA and Z of the
CSA": the plural noun (marked plural in the rule file, since the small English tagger calls "memoranda" singular)
gives one pair per side after "with", each with its own two signers. "a memorandum with ESA, JAXA and the CSA" stays
one record. Invented sentences about real agencies, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records

HEAD_EN = "Station partners\n\nWashington, 30 January 2024\n\n"
HEAD_FR = "Les partenaires de la station\n\nWashington, le 30 janvier 2024\n\n"

PLURAL = [
    HEAD_EN + "On 29 January 2024, NASA Administrator Bill Nelson signed memoranda of understanding with three "
    "counterparts: Josef Aschbacher, Director General of ESA; Lisa Campbell, President of the Canadian Space Agency; "
    "and Hiroshi Yamakawa, President of JAXA.\n",
    HEAD_FR + "Le 29 janvier 2024, l'administrateur de la NASA, Bill Nelson, a signé des mémorandums d'entente avec "
    "trois homologues : Josef Aschbacher, directeur général de l'ESA ; Lisa Campbell, présidente de l'Agence spatiale "
    "canadienne ; et Hiroshi Yamakawa, président de la JAXA.\n",
]


@pytest.mark.parametrize("text", PLURAL)
def test_plural_memoranda_give_one_pair_per_counterpart(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert sorted(tuple(r["parties"]) for r in records) == [("CSA", "NASA"), ("ESA", "NASA"), ("JAXA", "NASA")]
    for record in records:
        agencies = {s["agency_id"] for s in record["signatories"]}
        assert agencies <= set(record["parties"])


SINGULAR = [
    HEAD_EN + "On 29 January 2024, NASA signed a memorandum of understanding with ESA, JAXA and the Canadian Space "
    "Agency.\n",
    HEAD_FR + "Le 29 janvier 2024, la NASA a signé un mémorandum d'entente avec l'ESA, la JAXA et l'Agence spatiale "
    "canadienne.\n",
]


@pytest.mark.parametrize("text", SINGULAR)
def test_one_memorandum_with_several_sides_stays_one_record(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [r["parties"] for r in records] == [["CSA", "ESA", "JAXA", "NASA"]]


OTHER_SIGNER = [
    HEAD_EN + "CSA President Lisa Campbell travelled to Washington. On 29 January 2024, the CSA signed memoranda of "
    "understanding with NASA, whose Administrator, Bill Nelson, signed with Ms. Campbell, and with ESA.\n",
    HEAD_FR + "La présidente de l'ASC, Lisa Campbell, s'est rendue à Washington. Le 29 janvier 2024, l'ASC a signé "
    "des mémorandums d'entente avec la NASA, dont l'administrateur, Bill Nelson, a signé avec Mme Campbell, et avec "
    "l'ESA.\n",
]


@pytest.mark.parametrize("text", OTHER_SIGNER)
def test_a_side_without_a_signer_signed_with_nobody_named(extractor, text):
    records = {tuple(r["parties"]): r for r in checked_records(extractor, text, "agreement")}
    assert {s["name"] for s in records[("CSA", "NASA")]["signatories"]} == {"Lisa Campbell", "Bill Nelson"}
    assert records[("CSA", "ESA")]["signatories"] == []
