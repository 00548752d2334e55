"""The cascade's routing: which sentences go through which statistical components (spacerec.relations.model_needs)."""

from __future__ import annotations

import pytest
from spacerec.relations import model_needs

COOPERATION_EN = "The DORN instrument was supplied to CNSA by CNES for the Chang'e 6 mission."
COOPERATION_FR = "L'instrument DORN a été fourni à la CNSA par le CNES pour la mission Chang'e 6."


@pytest.mark.parametrize(("text", "lang", "need"), [
    ("NASA and JAXA signed an agreement on Tuesday.", "en", "parse"),
    ("Le CNES et l'ISRO ont signé un accord mardi.", "fr", "parse"),
    ("Peru joined the Artemis Accords.", "en", "parse"),
    (COOPERATION_EN, "en", "persons"),
    (COOPERATION_FR, "fr", "persons"),
    ("The minister of science visited the launch site.", "en", "persons"),
    ("The rocket lifted off at dawn from Kourou.", "en", None),
])
def test_model_needs(text, lang, need):
    assert model_needs(text, lang) == need


@pytest.fixture(scope="module")
def extractors():
    from spacerec.extractor import Extractor

    cascade = Extractor()
    if not cascade.statistical:
        pytest.skip("the statistical models are not installed (pip install 'spacerec[models]')")
    return cascade, Extractor(cascade=False)


@pytest.mark.parametrize("text", [
    # (a title saying the two agencies "work together" would make Chang'e 6 a joint mission: no cooperation record)
    f"Chang'e 6 carries a French instrument.\n\n{COOPERATION_EN} The instrument measures radon.\n",
    f"Chang'e 6 emporte un instrument français.\n\n{COOPERATION_FR} L'instrument mesure le radon.\n",
])
def test_a_cooperation_sentence_reads_no_parse(extractors, text):
    """The cooperation rule reads persons (NER) only: without the parse its records are those of the full pipeline."""
    cascade, full = extractors
    records = cascade.extract(text, "coop")
    assert any(r["record_type"] == "agreement" for r in records)
    assert records == full.extract(text, "coop")
