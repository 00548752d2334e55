"""Names that are no signer's, and a signer's name without its title (session 13): invented people, en and fr.

- capitalised words after a place preposition and before a comma and a post are a place ("à New Delhi, le
  président du CNES, X"), neither an official nor a signer;
- a British title opens no name ("Dame X", "Sir Y" sign as "X", "Y");
- the names of a wire's bracketed credit ("(Reporting by X; Editing by Y)") are the reporters', never a signer's.
"""

from __future__ import annotations

import warnings

import pytest
from checked import checked_records
from spacerec.relations.agreement_signers import _introduced_as_no_name


def signers_of(extractor, text):
    return {(s["name"], s["agency_id"]) for r in checked_records(extractor, text, "agreement")
            for s in r["signatories"]}


def officials_of(extractor, text):
    return {(r["agency_id"], p["name"]) for r in checked_records(extractor, text, "agency") for p in r["people"]}


@pytest.mark.parametrize("text", [
    "Satellites\n\nLe samedi 10 mars 2018 à New Delhi, le président du CNES, Jean Dupont, et le président de l'ISRO, "
    "Ravi Menon, ont signé un accord.\n",
    "Satellites\n\nOn Saturday 10 March 2018 in New Delhi, the president of CNES, Jean Dupont, and the chairman of "
    "ISRO, Ravi Menon, signed an agreement.\n",
])
def test_place_before_a_post_is_no_person(extractor, text):
    assert signers_of(extractor, text) == {("Jean Dupont", "CNES"), ("Ravi Menon", "ISRO")}
    assert officials_of(extractor, text) == {("CNES", "Jean Dupont"), ("ISRO", "Ravi Menon")}


@pytest.mark.parametrize("text", [
    "Safeguards\n\nThe UK and the US signed a Technology Safeguards Agreement in Washington on 16 June 2020. It was "
    "signed by Dame Anna Hale, UK Ambassador to the United States, and by Sir Tom Reed, US Assistant Secretary of "
    "State.\n",
])
def test_british_title_is_not_in_the_name(extractor, text):
    assert signers_of(extractor, text) == {("Anna Hale", None), ("Tom Reed", None)}


@pytest.mark.parametrize("text, name, expected", [
    ("Accords\n\nGreece signed the Artemis Accords on Friday.\n\n(Reporting by Orbit Press; Editing by Anna Kell)\n",
     "Orbit Press", True),
    ("Accords\n\nGreece signed the Artemis Accords on Friday.\n\n(Reporting by Orbit Press; Editing by Anna Kell)\n",
     "Anna Kell", True),
    ("Accords\n\nLa Grèce a signé vendredi les accords Artemis.\n\n(Reportage de Orbit Presse ; édité par Anna "
     "Kell)\n", "Anna Kell", True),
    # a name in brackets that open no credit is a name
    ("Accords\n\nGreece signed the Artemis Accords on Friday (Anna Kell signed for Greece).\n", "Anna Kell", False),
    ("Accords\n\nLa Grèce a signé vendredi les accords Artemis (Anna Kell a signé pour la Grèce).\n", "Anna Kell",
     False),
])
def test_wire_credit_names_no_signer(extractor, text, name, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analysis = extractor.analyse(text, "doc")
    assert _introduced_as_no_name(analysis, name) is expected
