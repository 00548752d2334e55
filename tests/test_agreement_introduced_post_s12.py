"""A signer whose government post an earlier sentence gives ("X est le ministre ...") signs for his government.

"Marcos Pontes est le ministre de la Science ..." in the first paragraph, then "En décembre 2020, Marcos Pontes et
l'administrateur de la NASA de l'époque, Jim Bridenstine, avaient signé une déclaration d'intention": the side of
Pontes is Brazil (``country:BR``), so the declaration is a record of its own. Only a copula right between the name
and the post counts; a signer the article gives no post leaves no government side. Invented sentences about real
people and agencies, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def _letters(extractor, text):
    return [(r["parties"], r["date"]) for r in checked_records(extractor, text, "agreement")
            if r["kind"] == "letter_of_intent"]


@pytest.mark.parametrize("text", [
    ("Le Brésil et la NASA\n\nBrasília, le 16 juin 2021\n\nPremier astronaute brésilien, Marcos Pontes est le ministre "
     "de la Science, de la Technologie et de l'Innovation. Il a reçu hier une délégation.\n\nEn décembre 2020, Marcos "
     "Pontes et l'administrateur de la NASA de l'époque, Jim Bridenstine, avaient signé une déclaration d'intention "
     "sur le programme Artemis.\n"),
    ("Brazil and NASA\n\nBrasília, 16 June 2021\n\nBrazil's first astronaut, Marcos Pontes is the minister of science, "
     "technology and innovation. He received a delegation yesterday.\n\nIn December 2020, Marcos Pontes and then NASA "
     "Administrator Jim Bridenstine had signed a letter of intent on the Artemis programme.\n"),
])
def test_a_post_given_earlier_makes_the_government_the_side(extractor, text):
    assert _letters(extractor, text) == [(["NASA", "country:BR"], "2020-12")]


@pytest.mark.parametrize("text", [
    ("Le Brésil et la NASA\n\nBrasília, le 16 juin 2021\n\nMarcos Pontes a rencontré le ministre de la Science. Il a "
     "reçu hier une délégation.\n\nEn décembre 2020, Marcos Pontes et l'administrateur de la NASA de l'époque, Jim "
     "Bridenstine, avaient signé une déclaration d'intention sur le programme Artemis.\n"),
    ("Brazil and NASA\n\nBrasília, 16 June 2021\n\nMarcos Pontes met the minister of science. He received a delegation "
     "yesterday.\n\nIn December 2020, Marcos Pontes and then NASA Administrator Jim Bridenstine had signed a letter of "
     "intent on the Artemis programme.\n"),
])
def test_a_post_the_signer_does_not_hold_gives_no_government(extractor, text):
    assert not [p for p, _ in _letters(extractor, text) if "country:BR" in p]
