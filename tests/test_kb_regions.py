"""A continent or region that contains a country's short name ("South America", "Amérique du Sud") is not that
country: the KB names the regions (organisations of type ``region``) so the longest mention wins over "America"."""

from __future__ import annotations

import pytest
from spacerec.extractor import Extractor


def _parties(extractor: Extractor, text: str) -> list[list[str]]:
    return [r["parties"] for r in extractor.extract(text, "doc") if r["record_type"] == "agreement"]


@pytest.mark.parametrize("text", [
    "Radar deal\n\nThe Argentine space agency CONAE signed an agreement with ESA on 4 June 2024 on a radar satellite "
    "that will watch the forests of South America.\n",
    "Accord radar\n\nLa CONAE a signé le 4 juin 2024 avec l'ESA un accord sur un satellite radar qui observera les "
    "forêts d'Amérique du Sud et d'Amérique centrale.\n",
])
def test_a_region_named_in_a_signing_sentence_is_no_party(blank_extractor: Extractor, text: str) -> None:
    assert _parties(blank_extractor, text) == [["CONAE", "ESA"]]


@pytest.mark.parametrize("text", [
    "Deal\n\nAmerica and Argentina signed a space agreement on 4 June 2024.\n",
    "Accord\n\nL'Amérique et l'Argentine ont signé le 4 juin 2024 un accord spatial.\n",
])
def test_america_alone_is_still_the_united_states(blank_extractor: Extractor, text: str) -> None:
    assert _parties(blank_extractor, text) == [["country:AR", "country:US"]]
