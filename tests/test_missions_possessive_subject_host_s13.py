"""A possessive opening a sentence ("Its two instruments, ...", "Ses deux instruments, ...") stands for the craft
that is the subject of the sentence before (session 13): when that sentence names several crafts, the one opening
it, or, when it opens with a pronoun, the craft opening the sentence the pronoun refers to. With no such subject the
list gets no host from the possessive. English and French."""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.records import normalise_name


def parents(extractor, text):
    return {normalise_name(r["name"]): r["part_of"] for r in checked_records(extractor, text, "mission", "news")}


@pytest.mark.parametrize("text", [
    "Oceansat-3\n\nOceansat-3 is the third satellite of the series. It follows Oceansat-2 and Oceansat-1. Its two "
    "instruments, the imager ZORA and the radiometer TUMI, measure the colour of the ocean.\n",
    "Oceansat-3\n\nOceansat-3 est le troisième satellite de la série. Il succède à Oceansat-2 et à Oceansat-1. "
    "Ses deux instruments, l'imageur ZORA et le radiomètre TUMI, mesurent la couleur de l'océan.\n",
])
def test_possessive_stands_for_the_subject_craft(extractor, text):
    found = parents(extractor, text)
    assert found.get("zora") == "Oceansat-3"
    assert found.get("tumi") == "Oceansat-3"


@pytest.mark.parametrize("text", [
    "Ocean news\n\nThe agency compared Oceansat-2 and Oceansat-1 on Monday. Its two instruments, the imager ZORA and "
    "the radiometer TUMI, measure the colour of the ocean.\n",
    "Océan\n\nL'agence a comparé lundi Oceansat-2 et Oceansat-1. Ses deux instruments, l'imageur ZORA et le "
    "radiomètre TUMI, mesurent la couleur de l'océan.\n",
])
def test_no_subject_craft_no_host(extractor, text):
    found = parents(extractor, text)
    assert found.get("zora") not in ("Oceansat-2", "Oceansat-1")
