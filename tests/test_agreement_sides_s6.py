"""Which signings become records and their sides (session 6): invented sentences, English and French.

- a consortium (one lead with the partners it works with) that supplies one part is one supplier: one multi-party
  `cooperation` with the host's lead; co-leads each supply (one record per builder);
- a founding signing dated to the day and listing its countries ("Le 13 octobre 2020, huit pays ont signé le
  texte : ...") gives one accords record per country; a count of signatories as of a date gives nothing;
- "the text" refers to the document of the sentences before, not to a treaty that an earlier sentence's own
  "the text" was said to build on, nor to a document a negation reaches;
- a country named as a signing side stays the government (`country:XX`) even when its agency is named nearby,
  unless that agency's official signs (the contract maps countries to agencies for mission participation only).
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "sides")


def parties(extractor, text, kind=None):
    return {tuple(r["parties"]) for r in agreements(extractor, text) if kind is None or r["kind"] == kind}


@pytest.mark.parametrize("text, expected", [
    ("Philae\n\nLa sonde Rosetta de l'ESA emportait l'atterrisseur Philae, réalisé par un consortium mené par le DLR "
     "avec le CNES et l'ASI.\n", ("ASI", "CNES", "DLR", "ESA")),
    ("Philae\n\nESA's Rosetta probe carried the Philae lander. Philae was built by a consortium led by DLR, with "
     "CNES and ASI as partners.\n", ("ASI", "CNES", "DLR", "ESA")),
])
def test_consortium_supplying_one_part_is_one_cooperation(extractor, text, expected):
    found = parties(extractor, text, "cooperation")
    assert expected in found
    assert not any(len(p) == 2 and "ESA" in p for p in found)  # no pair per consortium member


@pytest.mark.parametrize("text", [
    "Idefix\n\nLe rover Idefix, conçu par le CNES et le DLR, sera emporté vers Phobos par la sonde MMX de la JAXA.\n",
    "Idefix\n\nThe Idefix rover, designed by CNES and DLR, will be carried to Phobos by JAXA's MMX probe.\n",
])
def test_co_leads_one_cue_names_are_one_supplier(extractor, text):
    # GUIDELINES "Project-wide decisions": a consortium jointly supplying one item is one multi-party cooperation
    found = parties(extractor, text, "cooperation")
    assert ("CNES", "DLR", "JAXA") in found
    assert not {("CNES", "JAXA"), ("DLR", "JAXA")} & found


@pytest.mark.parametrize("text, sides", [
    ("Les accords Artemis\n\nLe 13 octobre 2020, à Washington, sept pays ont signé le texte : l'Australie, le "
     "Canada, l'Italie et le Japon, entre autres.\n", {"country:AU", "country:CA", "country:IT", "country:JP"}),
    ("The Artemis Accords\n\nOn 13 October 2020, in Washington, seven countries signed the text: Australia, Canada, "
     "Italy and Japan, among others.\n", {"country:AU", "country:CA", "country:IT", "country:JP"}),
    # a count of signatories as of a date: no signing
    ("Les accords Artemis\n\nAu 1er janvier 2024, 36 pays ont signé les accords Artemis, dont le Canada et le "
     "Japon.\n", set()),
    ("The Artemis Accords\n\nAs of 1 January 2024, 36 countries have signed the Artemis Accords, including Canada "
     "and Japan.\n", set()),
])
def test_dated_founding_signing_lists_its_sides(extractor, text, sides):
    records = agreements(extractor, text)
    assert {p for r in records for p in r["parties"] if p.startswith("country:")} == sides
    assert all(r["kind"] == "accords" and r["date"] == "2020-10-13" and len(r["parties"]) <= 2 for r in records)


@pytest.mark.parametrize("text", [
    "Les accords Artemis\n\nCe texte n'a pas la valeur d'un traité. Le texte reprend le traité de l'espace de 1967. "
    "Le 13 octobre 2020, sept pays ont signé le texte : l'Australie, le Canada et le Japon, entre autres.\n",
    "The Artemis Accords\n\nThey do not have the force of a treaty. The text builds on the Outer Space Treaty of 1967. "
    "On 13 October 2020, seven countries signed the text: Australia, Canada and Japan, among others.\n",
])
def test_the_text_is_not_the_treaty_it_builds_on(extractor, text):
    records = agreements(extractor, text)
    assert records and all(r["kind"] == "accords" for r in records)
    assert not any(len(r["parties"]) > 2 for r in records)


@pytest.mark.parametrize("text, expected", [
    ("Lunar rover\n\nOn 10 April 2024, Japan and NASA concluded an agreement under which JAXA will build a "
     "pressurized rover.\n", {("NASA", "country:JP")}),
    ("Rover lunaire\n\nLe 10 avril 2024, le Japon et la NASA ont conclu un accord en vertu duquel la JAXA construira "
     "un rover pressurisé.\n", {("NASA", "country:JP")}),
    # the agency's head signs: the side is the agency
    ("Lunar rover\n\nOn 10 April 2024, Japan and NASA signed an agreement on a pressurized rover. JAXA President "
     "Hiroshi Yamakawa and NASA Administrator Bill Nelson signed it.\n", {("JAXA", "NASA")}),
    ("Rover lunaire\n\nLe 10 avril 2024, le Japon et la NASA ont signé un accord sur un rover pressurisé. Le "
     "président de la JAXA, Hiroshi Yamakawa, et l'administrateur de la NASA, Bill Nelson, l'ont signé.\n",
     {("JAXA", "NASA")}),
])
def test_country_named_as_side_stays_the_government_unless_its_agency_signs(extractor, text, expected):
    found = parties(extractor, text)
    assert expected <= found
    assert not ({("NASA", "country:JP"), ("JAXA", "NASA")} - expected) & found


@pytest.mark.parametrize("text, expected", [
    ("Luxembourg\n\nOn 5 May 2019, Luxembourg signed a memorandum with Japan. Luxembourg had earlier concluded similar "
     "agreements with Portugal and the United Arab Emirates.\n",
     {("country:AE", "country:LU"), ("country:LU", "country:PT"), ("country:JP", "country:LU")}),
    ("Luxembourg\n\nLe 5 mai 2019, le Luxembourg a signé un protocole avec le Japon. Le Luxembourg avait auparavant "
     "conclu des accords comparables avec le Portugal et les Émirats arabes unis.\n",
     {("country:AE", "country:LU"), ("country:LU", "country:PT"), ("country:JP", "country:LU")}),
    # one document: one multi-party record
    ("ESA\n\nOn 5 May 2019, ESA signed an agreement with Italy and Spain on launchers.\n",
     {("ESA", "country:ES", "country:IT")}),
    ("ESA\n\nLe 5 mai 2019, l'ESA a signé un accord avec l'Italie et l'Espagne sur les lanceurs.\n",
     {("ESA", "country:ES", "country:IT")}),
])
def test_plural_documents_with_several_sides_are_pairs(extractor, text, expected):
    assert parties(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("CNES\n\nLe CNES, l'agence française, coopère avec l'Inde. Le CNES forme des ingénieurs. « Nous avons signé avec "
     "l'ISRO, en avril 2021, un accord sur Gaganyaan », explique un responsable.\n", {("CNES", "ISRO")}),
    ("CNES\n\nCNES, the French agency, works with India. CNES trains engineers. \"We signed an agreement with ISRO in "
     "April 2021 on Gaganyaan,\" an official said.\n", {("CNES", "ISRO")}),
    # a hope in the first person: no signing
    ("CNES\n\nLe CNES coopère avec l'Inde. « Nous espérons signer avec l'ISRO un accord », explique un responsable.\n",
     set()),
    ("CNES\n\nCNES works with India. \"We hope to sign an agreement with ISRO,\" an official said.\n", set()),
])
def test_first_person_signing_has_the_speakers_agency(extractor, text, expected):
    assert parties(extractor, text) == expected
