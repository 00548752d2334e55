"""Countries that say where non-government bodies are ("ten organisations from Serbia, ...") are no sides (issue 9).

"The Deep Space Exploration Laboratory, the Chinese institute that coordinates the project, signed memoranda with ten
organisations from Serbia, Switzerland, the United Arab Emirates ...": an institute signing with organisations gives
no record (project-wide), the listed countries are where those organisations are (party rules ``origin_nouns``,
``origin_links``). A government signing with the same countries keeps them as sides. Invented sentences about real
bodies, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records

EN = "ILRS grows\n\nBeijing, 5 September 2024\n\n"
FR = "L'ILRS s'étend\n\nPékin, le 5 septembre 2024\n\n"


def _parties(extractor, text):
    return [set(r["parties"]) for r in checked_records(extractor, text, "agreement")]


@pytest.mark.parametrize("text", [
    EN + "The same day, the Deep Space Exploration Laboratory, the Chinese institute that coordinates the project, "
    "signed memoranda with ten organisations from Serbia, Switzerland, the United Arab Emirates, Indonesia, Pakistan, "
    "Panama and South Africa.\n",
    FR + "La même journée, le Laboratoire d'exploration de l'espace lointain, l'institut chinois qui coordonne le "
    "projet, a signé des protocoles d'entente avec dix organisations de Serbie, de Suisse, des Émirats arabes unis, "
    "d'Indonésie, du Pakistan, du Panama et d'Afrique du Sud.\n",
    FR + "Le même jour, l'institut a signé des accords avec des universités de Serbie et de Suisse.\n",
])
def test_countries_where_the_bodies_are_are_no_sides(extractor, text):
    assert not [p for p in _parties(extractor, text) if p & {"country:RS", "country:CH"}]


@pytest.mark.parametrize("text", [
    EN + "The same day, China signed memoranda with Serbia, Switzerland and Pakistan.\n",
    FR + "Le même jour, la Chine a signé des protocoles d'entente avec la Serbie, la Suisse et le Pakistan.\n",
])
def test_countries_that_sign_stay_sides(extractor, text):
    # plural memoranda one side signs with several others are one per other side (session 13): each country is a
    # side of one of them
    assert {"country:RS", "country:CH", "country:PK"} <= set().union(*_parties(extractor, text))
