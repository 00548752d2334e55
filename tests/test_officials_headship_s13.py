"""Officials stated by a headship predicate (session 13): invented people, English and French.

- a phrase standing for an agency named earlier, even a paragraph before ("The agency, founded in 2017, is headed
  by X", "L'Agence est présidée par X"), holds the post; "the centre" stands only for an agency whose name has it;
- a copula links a possessive post to its holder ("Its director general is X", "Son directeur général est X");
- a headship participle may open the sentence ("Headed by X, the agency ...") or take a time phrase ("présidé
  depuis avril par X");
- a post written with its agency's name elsewhere wins over the one an anaphor gives.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def officials_of(extractor, text):
    return {(r["agency_id"], p["name"]) for r in checked_records(extractor, text, "agency") for p in r["people"]}


@pytest.mark.parametrize("text, expected", [
    ("Lunar rover\n\nThe rover grew out of an agreement between the Kenya Space Agency and NASA, signed in 2021.\n\n"
     "The agency, founded in 2017, is headed by Amina Otieno.\n", {("KSA", "Amina Otieno")}),
    ("Rover lunaire\n\nLe rover est né d'un accord entre l'Agence spatiale kényane et la NASA, signé en 2021.\n\n"
     "L'Agence est présidée par Amina Otieno.\n", {("KSA", "Amina Otieno")}),
    ("Satellite\n\nThe satellite was built for the Senegalese Space Studies Agency (ASES). Its director general is "
     "Moussa Diop.\n", {("ASES", "Moussa Diop")}),
    ("Satellite\n\nLe satellite a été construit pour l'Agence sénégalaise d'études spatiales (ASES). Son directeur "
     "général est Moussa Diop.\n", {("ASES", "Moussa Diop")}),
    ("Orbit\n\nThe Luxembourg Space Agency (LSA) was founded in 2018. Headed by Marc Weber, the agency develops the "
     "national space sector.\n", {("LSA", "Marc Weber")}),
    ("Orbite\n\nLa Luxembourg Space Agency (LSA) a été créée en 2018. Dirigée par Marc Weber, l'agence développe le "
     "secteur spatial.\n", {("LSA", "Marc Weber")}),
    ("Orbit\n\nCNES, headed since April by Paul Morel, will lower the satellite's orbit.\n", {("CNES", "Paul Morel")}),
    ("Orbite\n\nLe CNES, présidé depuis avril par Paul Morel, prévoit d'abaisser l'orbite du satellite.\n",
     {("CNES", "Paul Morel")}),
])
def test_headship_predicate_names_an_official(extractor, text, expected):
    assert officials_of(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # NASA's name holds no "centre": the centre is another place
    "Launch site\n\nNASA launched the probe from Florida.\n\nThe centre is headed by Rita Vance.\n",
    "Site\n\nLa NASA a lancé la sonde depuis la Floride.\n\nLe centre est dirigé par Rita Vance.\n",
    # a headship verb with no agency before it
    "Rover\n\nThe rover team, founded in 2017, is headed by Rita Vance.\n",
    "Rover\n\nL'équipe du rover est dirigée par Rita Vance.\n",
])
def test_no_agency_for_the_headship_no_official(extractor, text):
    assert officials_of(extractor, text) == set()


@pytest.mark.parametrize("text", [
    "Talks\n\nRita Vance, head of the Kenya Space Agency, visited Washington.\n\nNASA showed its rovers. For the "
    "head of the agency, Rita Vance, the visit was a success.\n",
    "Visite\n\nRita Vance, cheffe de l'Agence spatiale kényane, était à Washington.\n\nLa NASA a présenté ses rovers. "
    "Pour la cheffe de l'agence, Rita Vance, la visite est un succès.\n",
])
def test_named_agency_wins_over_an_anaphor(extractor, text):
    assert officials_of(extractor, text) == {("KSA", "Rita Vance")}
