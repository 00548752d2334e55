"""A post the statistical NER takes for a person ("the Director General of ESA") is never a signatory's name.

Sentences of our own, English and French. The post is one of the role lexicon's phrases in either language
(relations/rules/roles_{en,fr}.json); a real name beside a post still signs.
"""

from __future__ import annotations

import pytest


def _signatories(extractor, text: str) -> list[list[str]]:
    records = extractor.extract(text, doc_id="posts")
    return [[s["name"] for s in r.get("signatories", [])] for r in records if r["record_type"] == "agreement"]


_POSTS = [
    ("Accession signed\n\nWARSAW, 14 March 2024 - At a ceremony in Warsaw on Thursday, the Director General of ESA "
     "and the Polish Minister of Development signed the agreement on Poland's accession to the ESA Convention.\n"),
    ("Agreement signed\n\nLISBON, 3 June 2025 - The Director General of ESA and the Portuguese Minister of Science "
     "signed a cooperation agreement between ESA and Portugal in Lisbon on Tuesday.\n"),
    ("Signature à Varsovie\n\nVARSOVIE, 14 mars 2024 - Lors d'une cérémonie jeudi à Varsovie, le Directeur Général "
     "de l'ESA et la Ministre polonaise du Développement ont signé l'accord d'adhésion de la Pologne à la "
     "Convention de l'ESA.\n"),
    ("Accord signé\n\nLISBONNE, 3 juin 2025 - Le Directeur Général de l'ESA et la Présidente de l'agence "
     "portugaise ont signé mardi un accord de coopération à Lisbonne.\n"),
]


@pytest.mark.parametrize("text", _POSTS)
def test_a_post_is_no_signatory_name(extractor, text):
    found = _signatories(extractor, text)
    assert found, "the signing itself is still read"
    for names in found:
        assert not any(name.lower().startswith(("director", "directeur", "présidente", "minist")) for name in names)


@pytest.mark.parametrize(("text", "name"), [
    ("Accession signed\n\nWARSAW, 14 March 2024 - At a ceremony in Warsaw on Thursday, ESA Director General Josef "
     "Aschbacher and Polish Minister of Development Krzysztof Hetman signed the agreement on Poland's accession to "
     "the ESA Convention.\n", "Josef Aschbacher"),
    ("Signature à Varsovie\n\nVARSOVIE, 14 mars 2024 - Jeudi à Varsovie, le directeur général de l'ESA, Josef "
     "Aschbacher, et le ministre polonais du Développement, Krzysztof Hetman, ont signé l'accord d'adhésion de la "
     "Pologne à la Convention de l'ESA.\n", "Josef Aschbacher"),
])
def test_a_name_beside_its_post_still_signs(extractor, text, name):
    assert any(name in names for names in _signatories(extractor, text))
