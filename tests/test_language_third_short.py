"""Short Spanish, Italian and German blocks are a third language (skipped with a warning), not French or English
because they share a few function words ("la", "de", "un"; "in", "was") (spacerec.blocks.language, session-11
trial finding 4). Short English and French lines of the same shapes stay ours."""

from __future__ import annotations

import pytest
from spacerec.blocks import segment
from spacerec.blocks.language import OTHER, is_other_language


@pytest.mark.parametrize("text", [
    "La agencia firmó un acuerdo con la NASA para la exploración de la Luna.",  # Spanish, "la" and "un"
    "El lanzador despegó de la base con un satélite de observación.",
    "L'agenzia ha firmato un accordo con la NASA per la missione lunare.",  # Italian
    "Die Raumfahrtagentur plant eine neue Mission zum Mond.",  # German
    "Deutschland unterzeichnet das Artemis-Abkommen",  # a four-word German headline
    "Neue Satelliten für die Erdbeobachtung",
])
def test_short_third_language_blocks_are_other(text):
    assert is_other_language(text)


@pytest.mark.parametrize("text", [
    "La France signe les accords Artemis",
    "L'agence a signé un accord avec la NASA pour la Lune.",
    "Une mission spatiale européenne vers Mars",
    "Le lanceur a décollé de Kourou mardi matin.",
    "Germany signs the Artemis Accords",
    "Mars sample return mission delayed",
    "The rocket lifted off from Kourou on Tuesday morning.",
    "India joins lunar data pact",
    "Vega VV23 | THEOS-2 | GISTDA",  # names only
])
def test_short_english_and_french_lines_are_not_other(text):
    assert not is_other_language(text)


@pytest.mark.parametrize(("title", "body"), [
    ("Deutschland unterzeichnet das Artemis-Abkommen",
     "Germany signed the Artemis Accords on Tuesday in Washington, officials said."),
    ("Alemania firma los Acuerdos Artemis",
     "L'Allemagne a signé mardi à Washington les accords Artemis, selon les responsables."),
])
def test_a_third_language_title_is_not_tagged_with_the_body_s_language(title, body):
    seg = segment(f"{title}\n\n{body}\n")
    assert seg.title is not None and seg.title.lang == OTHER
    assert [b.lang for b in seg.blocks if b.kind == "body"] != [OTHER]


def test_a_spanish_paragraph_on_an_english_page_is_skipped_with_a_warning(extractor):
    text = ("Spain joins the lunar effort\n\nThe Spanish Space Agency signed the Artemis Accords on Tuesday in "
            "Madrid, officials said.\n\nLa agencia española firmó los acuerdos con la NASA el martes en Madrid.\n")
    records, warnings = extractor.extract_with_warnings(text, "es")
    assert any("language other than English or French" in w for w in warnings)
    assert any(r["record_type"] == "agency" for r in records)
