"""Sample exchanges stated from the giver's side, and noun-phrase agreement subjects (issue 9, items 2 and 4).

Every sentence here is written for the test (real agencies and missions, invented wording), in both
languages, with a negative beside each positive.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "topic-samples")


def cooperations(extractor, text):
    return sorted((r["parties"], r["subject"]) for r in agreements(extractor, text) if r["kind"] == "cooperation")


@pytest.mark.parametrize("text", [
    "Ryugu grains for Europe\n\nParis, 3 March 2025\n\n"
    "The Japan Aerospace Exploration Agency handed the European Space Agency a few grains of the samples "
    "returned by Hayabusa2, JAXA said.\n",
    "Ryugu grains for Europe\n\nParis, 3 March 2025\n\n"
    "JAXA will share Hayabusa2 samples with ESA next year.\n",
    "Des grains de Ryugu pour l'Europe\n\nParis, le 3 mars 2025\n\n"
    "L'agence spatiale japonaise (JAXA) a confié à l'Agence spatiale européenne (ESA) quelques grains des "
    "échantillons rapportés par Hayabusa2.\n",
    "Des grains de Ryugu pour l'Europe\n\nParis, le 3 mars 2025\n\n"
    "La JAXA partagera des échantillons de Hayabusa2 avec l'ESA.\n",
])
def test_an_agency_giving_part_of_its_samples_cooperates_with_the_receiver(extractor, text):
    assert cooperations(extractor, text) == [(["ESA", "JAXA"], "Hayabusa2")]


@pytest.mark.parametrize("text", [
    # negated
    "No Artemis samples for China\n\nWashington, 3 March 2025\n\n"
    "NASA did not share any Artemis samples with CNSA, officials said.\n",
    "Pas d'échantillons d'Artemis pour la Chine\n\nWashington, le 3 mars 2025\n\n"
    "La NASA n'a pas partagé d'échantillons d'Artemis avec la CNSA.\n",
    # an earlier exchange the article recalls in a relative or an "after ... had" clause
    "Lunar grains\n\nParis, 3 March 2025\n\n"
    "ISRO, which had given ESA part of the samples collected by Chandrayaan-3, hopes for more.\n",
    "Lunar grains\n\nParis, 3 March 2025\n\n"
    "The visit came after ISRO had given ESA samples collected by Chandrayaan-3.\n",
    "Grains lunaires\n\nParis, le 3 mars 2025\n\n"
    "L'ISRO, qui avait remis à l'ESA des échantillons de Chandrayaan-3, espère davantage.\n",
    # samples given to laboratories, no receiving agency
    "Lunar grains\n\nBeijing, 3 March 2025\n\n"
    "CNSA gave research teams in several countries part of the samples returned by Chang'e 5.\n",
])
def test_no_cooperation_for_a_negated_recalled_or_agencyless_sample_exchange(extractor, text):
    assert cooperations(extractor, text) == []


def subjects(extractor, text):
    return [r["subject"] for r in agreements(extractor, text) if r["kind"] != "cooperation"]


@pytest.mark.parametrize(("text", "subject"), [
    ("ESA and CNES sign\n\nParis, 3 March 2025\n\n"
     "ESA and CNES signed an agreement on 2 March 2025 on cooperation in space weather, climate and oceans.\n",
     "space weather, climate and oceans"),
    ("ISRO and JAXA sign\n\nTokyo, 3 March 2025\n\n"
     "ISRO and JAXA signed a memorandum of understanding on Monday on Moon surface sampling.\n",
     "Moon surface sampling"),
    ("Le CNES et l'ESA signent\n\nParis, le 3 mars 2025\n\n"
     "Le CNES et l'ESA ont signé le 2 mars 2025 un accord sur l'observation de la Terre.\n",
     "Earth observation"),
    ("Le CNES et la JAXA signent\n\nParis, le 3 mars 2025\n\n"
     "Le CNES et la JAXA ont signé le 2 mars 2025 un protocole d'accord portant sur les débris spatiaux.\n",
     "space debris"),
])
def test_a_noun_phrase_after_the_document_is_its_subject(extractor, text, subject):
    assert subjects(extractor, text) == [subject]


@pytest.mark.parametrize("text", [
    # a date, a named place or a title-case name after "on" is no subject
    "ESA and CNES sign\n\nParis, 3 March 2025\n\n"
    "ESA and CNES signed an agreement on 2 March 2025 in Toulouse.\n",
    "ESA and CNES sign\n\nParis, 3 March 2025\n\n"
    "ESA and CNES signed an agreement on Monday on Joint Statement Procedures.\n",
    # a French topic outside the glossary and the word lexicon stays null (the contract wants an English phrase)
    "Le CNES et l'ESA signent\n\nParis, le 3 mars 2025\n\n"
    "Le CNES et l'ESA ont signé le 2 mars 2025 un accord sur la gestion des fréquences.\n",
    # "sur" that does not follow the document noun
    "Le CNES et l'ESA signent\n\nParis, le 3 mars 2025\n\n"
    "Le CNES et l'ESA ont signé un accord le 2 mars 2025 ; les discussions ont porté sur l'exploration lunaire.\n",
])
def test_no_noun_phrase_subject_without_one_after_the_document(extractor, text):
    assert subjects(extractor, text) == [None]


def test_a_named_mission_stays_the_subject_over_a_phrase(extractor):
    text = ("CNES and ISRO sign\n\nParis, 3 March 2025\n\n"
            "CNES and ISRO signed an agreement on 2 March 2025 on the TRISHNA satellite.\n")
    assert subjects(extractor, text) == ["TRISHNA"]


@pytest.mark.parametrize("text", [
    "ESA signs with CNES as Gaia ends its mission\n\nParis, 3 March 2025\n\n"
    "ESA and CNES signed an agreement on 2 March 2025 on cooperation in space weather.\n",
    "L'ESA signe avec le CNES alors que Gaia termine sa mission\n\nParis, le 3 mars 2025\n\n"
    "L'ESA et le CNES ont signé le 2 mars 2025 un accord sur la météorologie spatiale.\n",
])
def test_a_headline_signing_is_the_body_signing_whatever_mission_it_names(extractor, text):
    found = [(r["parties"], r["subject"], r["date"]) for r in agreements(extractor, text) if r["kind"] != "cooperation"]
    assert found == [(["CNES", "ESA"], "space weather", "2025-03-02")]
