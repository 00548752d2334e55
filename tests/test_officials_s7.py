"""Agency officials and the signatories they place (session 7): invented people, English and French.

- a post coordinated right after another official's ("NASA Administrator X and Deputy Administrator Y", "X, et
  l'administratrice adjointe, Y") is a post in that official's agency;
- "deputy" before any post qualifies it ("deputy associate administrator"), and a name the NER missed is still
  introduced by its post after a time word and an agency's possessive ("Y, then NASA's deputy ...");
- an agency's long form written before its bracketed acronym ("de l'Agence thaïlandaise de géo-informatique
  (GISTDA), X"), which links to nothing itself, is the agency of the post before it.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def records(extractor, text, record_type):
    return checked_records(extractor, text, record_type, "officials")


def officials_of(extractor, text):
    return {(r["agency_id"], p["name"]) for r in records(extractor, text, "agency") for p in r["people"]}


def signers_of(extractor, text):
    return {(s["name"], s["agency_id"]) for r in records(extractor, text, "agreement") for s in r["signatories"]}


@pytest.mark.parametrize("text, expected", [
    ("Moon talks\n\nNASA Administrator Tom Hale and Deputy Administrator Rita Vance met the Korean delegation on "
     "Tuesday.\n", {("NASA", "Tom Hale"), ("NASA", "Rita Vance")}),
    ("Lune\n\nL'administrateur de la NASA, Tom Hale, et l'administratrice adjointe, Rita Vance, ont reçu mardi la "
     "délégation coréenne.\n", {("NASA", "Tom Hale"), ("NASA", "Rita Vance")}),
    # another post with no agency of its own, or not coordinated: no official of that agency
    ("Moon talks\n\nNASA Administrator Tom Hale and Senator Rita Vance met the Korean delegation on Tuesday.\n",
     {("NASA", "Tom Hale")}),
    ("Lune\n\nL'administrateur de la NASA, Tom Hale, a reçu mardi la délégation coréenne ; la ministre Rita Vance "
     "était absente.\n", {("NASA", "Tom Hale")}),
])
def test_coordinated_post_is_in_the_first_officials_agency(extractor, text, expected):
    assert officials_of(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ground station\n\nThe letter was signed on 3 May 2023 by Ana Silva, director-general of Portugal's science "
     "ministry, and Dorel Kasprak, then NASA's deputy associate administrator for communications.\n",
     ("Dorel Kasprak", "NASA")),
    ("Station sol\n\nLa lettre a été signée le 3 mai 2023 par Ana Silva, directrice générale du ministère des Sciences "
     "du Portugal, et par Dorel Kasprak, alors administrateur associé adjoint de la NASA.\n",
     ("Dorel Kasprak", "NASA")),
])
def test_signer_introduced_by_a_qualified_post(extractor, text, expected):
    assert expected in signers_of(extractor, text)


@pytest.mark.parametrize("text, agency", [
    ("Bangkok\n\nLe directeur exécutif de l'Agence thaïlandaise de géo-informatique (GISTDA), Somchai Prasert, a "
     "présenté mardi le programme.\n", "GISTDA"),
    ("Bangkok\n\nThe executive director of the Thai Office of Geo-Informatics (GISTDA), Somchai Prasert, presented "
     "the programme on Tuesday.\n", "GISTDA"),
])
def test_long_form_before_acronym_is_the_posts_agency(extractor, text, agency):
    assert (agency, "Somchai Prasert") in officials_of(extractor, text)


@pytest.mark.parametrize("text", [
    "Bangkok\n\nLe directeur exécutif, Somchai Prasert, a salué le travail de l'Agence thaïlandaise de "
    "géo-informatique (GISTDA).\n",
    "Bangkok\n\nThe executive director, Somchai Prasert, praised the work of the Thai Office of Geo-Informatics "
    "(GISTDA).\n",
])
def test_long_form_after_the_holder_names_no_post(extractor, text):
    assert not any(name == "Somchai Prasert" for _, name in officials_of(extractor, text))


@pytest.mark.parametrize("text, signer, signs", [
    ("Hungary joins the Accords\n\nHungary has signed the Artemis Accords, said on Thursday the acting administrator "
     "of NASA, Karl Weber.\n", "Karl Weber", False),
    ("La Hongrie rejoint les accords\n\nLa Hongrie a signé les accords Artemis, a annoncé jeudi l'administrateur par "
     "intérim de la NASA, Karl Weber, sur son compte officiel.\n", "Karl Weber", False),
    # the speaking verb opens a clause whose subject signs: that person signs
    ("Hungary joins the Accords\n\nNASA announced on Thursday that Hungary's foreign minister, Karl Weber, signed the "
     "Artemis Accords in Washington.\n", "Karl Weber", True),
    ("La Hongrie rejoint les accords\n\nLa NASA a annoncé jeudi que le ministre des Affaires étrangères de la "
     "Hongrie, Karl Weber, a signé les accords Artemis à Washington.\n", "Karl Weber", True),
])
def test_speaker_introduced_by_post_after_the_verb_signs_nothing(extractor, text, signer, signs):
    assert any(name == signer for name, _ in signers_of(extractor, text)) == signs
