"""An anaphora's noun names the treaty it stands for (session 13).

"les accords", "the accords" after a sentence naming the 1967 Outer Space Treaty still stand for the Artemis Accords
the title and the first sentence name: a nearer treaty whose name lacks the anaphora's noun is passed over for one
further back that has it. Invented sentences about real countries, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records

ANAPHORA = [
    "Portugal signs the Artemis Accords\n\nLisbon, 12 March 2024\n\nPortugal signed the Artemis Accords on 11 March "
    "2024. The principles build on the 1967 Outer Space Treaty. Among its neighbours, Spain signed the accords on "
    "30 May 2023.\n",
    "Le Portugal signe les accords Artemis\n\nLisbonne, le 12 mars 2024\n\nLe Portugal a signé les accords Artemis "
    "le 11 mars 2024. Ces principes s'appuient sur le traité de l'espace de 1967. Parmi ses voisins, l'Espagne a "
    "signé les accords le 30 mai 2023.\n",
]


@pytest.mark.parametrize("text", ANAPHORA)
def test_the_anaphora_noun_names_its_treaty_over_a_nearer_one(extractor, text):
    records = checked_records(extractor, text, "agreement")
    spain = [r for r in records if "country:ES" in r["parties"]]
    assert [(r["kind"], r["subject"], r["date"]) for r in spain] == [("accords", "Artemis Accords", "2023-05-30")]
