"""Officials holding a project or unit post at an agency (session 13): invented people, English and French.

"X, responsable scientifique de la mission à l'ESA", "le responsable du projet à la JAXA, X", "la directrice des
programmes d'observation de la Terre de l'ESA, X", "X, project scientist for the mission at ESA", "the mission
manager at JAXA, X": the post joins its agency by "at"/"à"/"au siège de" after its complement, or by the complement
of its unit; a post at a place that is no agency names no official.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def officials_of(extractor, text):
    return {(r["agency_id"], p["name"]) for r in checked_records(extractor, text, "agency") for p in r["people"]}


@pytest.mark.parametrize("text, expected", [
    ("Sonde\n\n« C'est un succès », a résumé Léa Martin, responsable scientifique de la mission à l'ESA.\n",
     {("ESA", "Léa Martin")}),
    ("Sonde\n\nSelon le responsable du projet à la JAXA, Ken Sato, la capsule est intacte.\n", {("JAXA", "Ken Sato")}),
    ("Sonde\n\nLa directrice des programmes d'observation de la Terre de l'ESA, Léa Martin, a salué la mission.\n",
     {("ESA", "Léa Martin")}),
    ("Sonde\n\n« La sonde répond », a déclaré Tom Reed, scientifique du programme au siège de la NASA.\n",
     {("NASA", "Tom Reed")}),
    ("Probe\n\n\"It is a success,\" said Lea Martin, project scientist for the mission at ESA.\n",
     {("ESA", "Lea Martin")}),
    ("Probe\n\nThe mission manager at JAXA, Ken Sato, said the capsule was intact.\n", {("JAXA", "Ken Sato")}),
])
def test_unit_post_at_an_agency(extractor, text, expected):
    assert officials_of(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Probe\n\n\"It is a success,\" said Lea Martin, project scientist for the mission at the University of Leeds, "
    "which built the camera for ESA.\n",
    "Sonde\n\n« C'est un succès », a résumé Léa Martin, responsable scientifique de la mission à l'université de "
    "Leeds, qui a construit la caméra pour l'ESA.\n",
])
def test_post_at_another_place_no_official(extractor, text):
    assert officials_of(extractor, text) == set()
