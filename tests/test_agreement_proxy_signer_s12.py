"""An ambassador or minister signing "for" an agency ("au nom du président de l'agence indienne") signs as its proxy.

GUIDELINES: a memorandum between two agencies signed for one of them by an ambassador "au nom du président de l'agence
indienne" has that agency as the party, the ambassador a signatory with ``agency_id`` null. Without the proxy link the
contract's convention stays: an ambassador signing makes the party ``country:XX``. Invented sentences about real
agencies and people, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records

PROXY = [
    ("L'ISRO et la JAXA\n\nTokyo, le 12 novembre 2016\n\nLe 11 novembre 2016, l'ISRO et la JAXA ont conclu un "
     "protocole d'accord. Le président de la JAXA, Naoki Okumura, a signé le texte ; pour l'ISRO, la signature a été "
     "apposée par l'ambassadeur de l'Inde au Japon, Sujan R. Chinoy, au nom du président de l'agence indienne.\n"),
    ("ISRO and JAXA\n\nTokyo, 12 November 2016\n\nOn 11 November 2016, ISRO and JAXA concluded a memorandum of "
     "understanding. JAXA President Naoki Okumura signed the text; for ISRO, India's ambassador to Japan, Sujan R. "
     "Chinoy, signed on behalf of the chairman of the Indian agency.\n"),
]


@pytest.mark.parametrize("text", PROXY)
def test_an_ambassador_signing_for_an_agency_leaves_the_agency_the_party(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [(r["parties"], r["date"]) for r in records] == [(["ISRO", "JAXA"], "2016-11-11")]
    assert {s["name"]: s["agency_id"] for s in records[0]["signatories"]} == {
        "Naoki Okumura": "JAXA", "Sujan R. Chinoy": None}


@pytest.mark.parametrize("text", [
    ("ISRO and JAXA\n\nTokyo, 12 November 2016\n\nOn 11 November 2016, India's ambassador to Japan, Sujan R. Chinoy, "
     "and JAXA President Naoki Okumura signed a memorandum of understanding.\n"),
    ("L'Inde et la JAXA\n\nTokyo, le 12 novembre 2016\n\nLe 11 novembre 2016, l'ambassadeur de l'Inde au Japon, Sujan "
     "R. Chinoy, et le président de la JAXA, Naoki Okumura, ont signé un protocole d'accord.\n"),
])
def test_an_ambassador_signing_without_a_proxy_link_makes_the_country_the_party(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [r["parties"] for r in records] == [["JAXA", "country:IN"]]
