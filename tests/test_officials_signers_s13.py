"""Officials read from signings (session 13): invented people, English and French.

A person who signs for an agency holds a post in it, even where no post is written next to the name ("his ISRO
counterpart, X", "par X pour la NASA"); a minister signing for a government holds no agency post, and a person who
only attends a signing is no official of it.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def officials_of(extractor, text):
    return {(r["agency_id"], p["name"]) for r in checked_records(extractor, text, "agency") for p in r["people"]}


@pytest.mark.parametrize("text, expected", [
    ("Microsatellites\n\nThe memorandum was signed in Paris on 4 May 2021 by CNES president Jean Dupont and his "
     "ISRO counterpart, Ravi Menon.\n", {("CNES", "Jean Dupont"), ("ISRO", "Ravi Menon")}),
    ("Microsatellites\n\nLe protocole a été signé à Paris le 4 mai 2021 par le président du CNES, Jean Dupont, et par "
     "son homologue de l'ISRO, Ravi Menon.\n", {("CNES", "Jean Dupont"), ("ISRO", "Ravi Menon")}),
])
def test_signer_for_an_agency_is_its_official(extractor, text, expected):
    assert officials_of(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Moon\n\nThe agreement was signed in Lisbon on 4 May 2021 by Ana Silva, Portugal's minister of science, and by "
    "Tom Hale for NASA.\n",
    "Lune\n\nL'accord a été signé à Lisbonne le 4 mai 2021 par Ana Silva, ministre portugaise des Sciences, et par "
    "Tom Hale pour la NASA.\n",
])
def test_government_signer_is_no_agency_official(extractor, text):
    assert officials_of(extractor, text) == {("NASA", "Tom Hale")}


@pytest.mark.parametrize("text", [
    "Moon\n\nPortugal signed the Artemis Accords in Lisbon on 4 May 2021, in the presence of Tom Hale.\n",
    "Lune\n\nLe Portugal a signé les accords Artemis à Lisbonne le 4 mai 2021, en présence de Tom Hale.\n",
])
def test_person_present_at_a_signing_is_no_official(extractor, text):
    assert officials_of(extractor, text) == set()
