"""An undated, unsigned signing told in country terms restates the article's agency signing (invented sentences).

"Brazil has just signed an agreement with India" in the introduction of an article whose body tells the dated
memorandum signed by the two countries' agencies is one record with the agencies as parties; a government
document with its own date or signers, or countries whose agencies are not the other signing's sides, stays apart.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def parties(extractor, text):
    return sorted(tuple(r["parties"]) for r in checked_records(extractor, text, "agreement", "government"))


@pytest.mark.parametrize("text", [
    ("Brazil and India look to the Moon\n\nSeveral nations are sending probes to the Moon. In this context, Brazil "
     "has just signed an agreement with India.\n\nOn 4 March 2024 in Bengaluru, the Brazilian Space Agency (AEB) "
     "and the Indian Space Research Organisation (ISRO) signed a memorandum of understanding on lunar "
     "exploration.\n"),
    ("Le Brésil et l'Inde regardent vers la Lune\n\nPlusieurs nations envoient des sondes vers la Lune. Dans ce "
     "contexte, le Brésil vient de signer un accord avec l'Inde.\n\nLe 4 mars 2024 à Bangalore, l'Agence spatiale "
     "brésilienne (AEB) et l'Organisation indienne de recherche spatiale (ISRO) ont signé un protocole d'accord "
     "sur l'exploration lunaire.\n"),
])
def test_country_terms_restating_the_agency_signing_are_one_record(extractor, text):
    assert parties(extractor, text) == [("AEB", "ISRO")]


_AGENCIES_EN = ("On 4 March 2024 in Bengaluru, the Brazilian Space Agency (AEB) and the Indian Space Research "
                "Organisation (ISRO) signed a memorandum of understanding on lunar exploration.\n")
_AGENCIES_FR = ("Le 4 mars 2024 à Bangalore, l'Agence spatiale brésilienne (AEB) et l'Organisation indienne de "
                "recherche spatiale (ISRO) ont signé un protocole d'accord sur l'exploration lunaire.\n")


@pytest.mark.parametrize("text, government", [
    # the governments' document has its own date: two documents
    ("Brazil and India look to the Moon\n\nOn 2 February 2024, Brazil signed an intergovernmental agreement with "
     "India on space cooperation.\n\n" + _AGENCIES_EN, ("country:BR", "country:IN")),
    ("Le Brésil et l'Inde regardent vers la Lune\n\nLe 2 février 2024, le Brésil a signé un accord "
     "intergouvernemental avec l'Inde sur la coopération spatiale.\n\n" + _AGENCIES_FR, ("country:BR", "country:IN")),
    # other countries than the agencies' ones: nothing to align
    ("Moon partners\n\nIn this context, Brazil has just signed an agreement with Japan.\n\n" + _AGENCIES_EN,
     ("country:BR", "country:JP")),
    ("Partenaires lunaires\n\nDans ce contexte, le Brésil vient de signer un accord avec le Japon.\n\n"
     + _AGENCIES_FR, ("country:BR", "country:JP")),
])
def test_a_dated_government_document_or_other_countries_stay_apart(extractor, text, government):
    found = parties(extractor, text)
    assert ("AEB", "ISRO") in found
    assert government in found
