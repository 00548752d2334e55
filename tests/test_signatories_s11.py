"""Signatory kinds of real pages (session 11), positive and negative, in English and French.

Sentences of our own (real agencies, invented people): a name suffix before an apposed post, a relative clause
"who signed" on a name the sentence puts elsewhere, a fronted signing verb with its subject after it ("Signing
the memorandum were ...", "Pour la Belgique ont signé ..."), and a caption naming the signer whose post the body
gave without a name.
"""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.analysis.persons import _trim_person


def signers_of(extractor, text):
    """(name, agency, kind of side) of every signatory of every agreement record."""
    return {(s["name"], s["agency_id"]) for r in checked_records(extractor, text, "agreement", "s11")
            for s in r["signatories"]}


def parties_of(extractor, text):
    return {tuple(r["parties"]) for r in checked_records(extractor, text, "agreement", "s11")}


# ---- a name suffix keeps its period, so the post after it is the name's ------------------------------------


@pytest.mark.parametrize(("surface", "kept"), [
    ("Carlos Reyes Jr.", "Carlos Reyes Jr."),
    ("Carlos Reyes Sr.", "Carlos Reyes Sr."),
    ("Carlos Reyes.", "Carlos Reyes"),
    ("Carlos Reyes's", "Carlos Reyes"),
])
def test_a_name_suffix_keeps_its_period(surface, kept):
    start, end = _trim_person(surface, 0, len(surface))
    assert surface[start:end] == kept


@pytest.mark.parametrize("text", [
    ("PhilSA and KASA sign memorandum\n\nJuly 3, 2025\n\nThe Philippine Space Agency (PhilSA) and the Korea "
     "AeroSpace Administration (KASA) concluded a memorandum of cooperation on Tuesday. Carlos Reyes Jr., PhilSA's "
     "Director General, who signed the memorandum for the Philippine agency, said it covers satellite data.\n"),
    ("La PhilSA et la KASA signent un mémorandum\n\nManille, le 3 juillet 2025\n\nL'Agence spatiale philippine "
     "(PhilSA) et la KASA ont conclu mardi un mémorandum de coopération. Carlos Reyes Jr., directeur général de la "
     "PhilSA, qui a signé le mémorandum pour l'agence philippine, a indiqué qu'il porte sur les données "
     "satellitaires.\n"),
])
def test_a_signer_with_a_name_suffix_gets_the_agency_of_his_post(extractor, text):
    assert ("Carlos Reyes Jr.", "PHILSA") in signers_of(extractor, text)


# ---- a relative clause "who signed" on a name the sentence puts elsewhere ----------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("JAXA and CNES sign agreement\n\nTokyo, 4 March 2025\n\nCNES and JAXA concluded an agreement on Monday. JAXA "
     "was represented by its President, Kenji Morita, who signed for the Japanese side.\n",
     ("Kenji Morita", "JAXA")),
    ("La JAXA et le CNES signent un accord\n\nTokyo, le 4 mars 2025\n\nLe CNES et la JAXA ont conclu lundi un "
     "accord. La JAXA était représentée par son président, Kenji Morita, qui a signé pour la partie japonaise.\n",
     ("Kenji Morita", "JAXA")),
])
def test_a_relative_clause_on_the_name_makes_a_signer(extractor, text, expected):
    assert expected in signers_of(extractor, text)


@pytest.mark.parametrize("text", [
    ("JAXA and CNES sign agreement\n\nTokyo, 4 March 2025\n\nCNES and JAXA concluded an agreement on Monday. The "
     "ceremony was opened by Kenji Morita, whose agency signed for the Japanese side.\n"),
    ("La JAXA et le CNES signent un accord\n\nTokyo, le 4 mars 2025\n\nLe CNES et la JAXA ont conclu lundi un "
     "accord. La cérémonie a été ouverte par Kenji Morita, dont l'agence a signé pour la partie japonaise.\n"),
])
def test_a_relative_clause_with_its_own_subject_makes_no_signer(extractor, text):
    assert not any(name == "Kenji Morita" for name, _ in signers_of(extractor, text))


# ---- a fronted signing verb, its subject after it ------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("ESA and NASA agree on a lander\n\n2 June 2025\n\nESA and NASA signed a memorandum of understanding on "
     "Monday. Putting their names to the memorandum were Ingrid Solberg, ESA's Director of Science, and Paul "
     "Whitfield, NASA's Associate Administrator.\n",
     {("Ingrid Solberg", "ESA"), ("Paul Whitfield", "NASA")}),
    ("ESA and NASA agree on a lander\n\n2 June 2025\n\nESA and NASA signed a memorandum of understanding on "
     "Monday. Signing the memorandum were ESA Director of Science Ingrid Solberg and NASA Associate Administrator "
     "Paul Whitfield.\n",
     {("Ingrid Solberg", "ESA"), ("Paul Whitfield", "NASA")}),
    ("La Belgique signe les accords Artemis\n\nBruxelles, le 24 janvier 2024\n\nLa Belgique a signé mardi les "
     "accords Artemis de la NASA. Pour la Belgique ont signé, lors d'une cérémonie organisée au palais d'Egmont, "
     "la ministre des Affaires étrangères, Claire Dufour, et le secrétaire d'État chargé de la Politique "
     "scientifique et de la Relance économique du pays, Marc Lenoir.\n",
     {("Claire Dufour", None), ("Marc Lenoir", None)}),
])
def test_a_fronted_signing_verb_names_its_signers_after_it(extractor, text, expected):
    assert expected <= signers_of(extractor, text)


@pytest.mark.parametrize("text", [
    ("ESA and NASA agree on a lander\n\n2 June 2025\n\nESA and NASA signed a memorandum of understanding on "
     "Monday. Signing the memorandum was a milestone for both agencies, said Paul Whitfield, a NASA "
     "spokesman.\n"),
    ("La Belgique signe les accords Artemis\n\nBruxelles, le 24 janvier 2024\n\nLa Belgique a signé mardi les "
     "accords Artemis de la NASA. Ont assisté à la signature, au palais d'Egmont, l'ambassadeur Marc Lenoir et "
     "l'historien Paul Whitfield.\n"),
])
def test_no_fronted_signers_without_the_fronted_shape(extractor, text):
    names = {name for name, _ in signers_of(extractor, text)}
    assert "Paul Whitfield" not in names and "Marc Lenoir" not in names


# ---- a caption names the signer whose post the body gave without a name -----------------------------------


@pytest.mark.parametrize("text", [
    ("Italy joins the Artemis Accords\n\nROME, March 5, 2025 — Italy's space agency signed the Artemis Accords on "
     "Tuesday.\n\nThe document was signed by the president of the Italian Space Agency.\n\nMarco Ferrante signs "
     "the Artemis Accords as NASA Administrator Paul Whitfield looks on.\nCredit: NASA\n"),
    ("L'Italie rejoint les accords Artemis\n\nRome, le 5 mars 2025\n\nL'agence spatiale italienne a signé mardi "
     "les accords Artemis de la NASA.\n\nLe texte a été signé par le président de l'Agence spatiale italienne.\n\n"
     "Marco Ferrante signe les accords Artemis sous le regard de l'administrateur de la NASA, Paul Whitfield.\n"
     "Crédit : NASA\n"),
])
def test_a_caption_signer_holds_the_post_the_body_named(extractor, text):
    found = signers_of(extractor, text)
    assert ("Marco Ferrante", "ASI") in found
    assert not any(name == "Paul Whitfield" for name, _ in found)


@pytest.mark.parametrize("text", [
    ("Italy joins the Artemis Accords\n\nROME, March 5, 2025 — Italy's space agency signed the Artemis Accords on "
     "Tuesday.\n\nThe document was signed by the president of the Italian Space Agency and by the Italian "
     "Minister of Enterprises.\n\nMarco Ferrante signs the Artemis Accords as NASA Administrator Paul Whitfield "
     "looks on.\nCredit: NASA\n"),
])
def test_two_unnamed_posts_give_the_caption_signer_neither(extractor, text):
    assert ("Marco Ferrante", "ASI") not in signers_of(extractor, text)


# ---- bystanders: a name in apposition continues the "sous le regard de" list; "à laquelle prendront part" -----


@pytest.mark.parametrize(("text", "signer", "bystander"), [
    ("La Bolivie signe les accords Artemis\n\nWashington, le 6 mai 2025\n\nLa Bolivie a signé mardi les accords "
     "Artemis de la NASA. Le ministre bolivien des Affaires étrangères, Luis Mendoza, a apposé sa signature au siège "
     "de la NASA, sous le regard de l'administrateur de la NASA, Paul Whitfield, et de l'ambassadrice de Bolivie "
     "aux États-Unis, Ana Quispe.\n", "Luis Mendoza", "Ana Quispe"),
    ("Bolivia signs the Artemis Accords\n\nWashington, May 6, 2025\n\nBolivia signed NASA's Artemis Accords on "
     "Tuesday. Bolivia's Foreign Minister, Luis Mendoza, signed the document at NASA headquarters, watched by NASA "
     "Administrator Paul Whitfield and by the Bolivian ambassador to the United States, Ana Quispe.\n",
     "Luis Mendoza", "Ana Quispe"),
])
def test_every_name_of_a_bystander_list_looks_on(extractor, text, signer, bystander):
    names = {name for name, _ in signers_of(extractor, text)}
    assert signer in names and bystander not in names


@pytest.mark.parametrize(("text", "signer"), [
    ("Israël doit signer les accords Artemis\n\nIsraël doit signer mercredi les accords Artemis de la NASA. Le "
     "directeur général de l'Agence spatiale israélienne (ISA), Dan Levi, apposera sa signature lors d'une "
     "cérémonie virtuelle, à laquelle prendront part l'administrateur de la NASA, Paul Whitfield, et la ministre "
     "de l'Innovation, Noa Katz.\n", ("Dan Levi", "ISA")),
    ("Israel to sign the Artemis Accords\n\nIsrael is to sign NASA's Artemis Accords on Wednesday. The Director "
     "General of the Israel Space Agency (ISA), Dan Levi, will sign the Accords at a virtual ceremony attended by "
     "NASA Administrator Paul Whitfield and by the Minister of Innovation, Noa Katz.\n", ("Dan Levi", "ISA")),
])
def test_a_future_signer_signs_and_the_attendees_do_not(extractor, text, signer):
    found = signers_of(extractor, text)
    assert signer in found
    assert not any(name in ("Paul Whitfield", "Noa Katz") for name, _ in found)


# ---- posts: a department is no name; "then ESA Director of ..."; a ministry's list of departments; "le ministre X" --


@pytest.mark.parametrize("text", [
    ("Estonia and ESA\n\nTallinn, 3 March 2025\n\nThe accession fee is foreseen in the budget of the Ministry of "
     "Economic Affairs and Communications. The road to membership started on 20 June 2007, when Pierre Lamont, then "
     "ESA Director of Legal Affairs, and Jaan Tamm, Minister of Economic Affairs and Communications, signed a "
     "cooperation agreement between Estonia and ESA.\n"),
    ("L'Estonie et l'ESA\n\nTallinn, le 3 mars 2025\n\nLa contribution est prévue au budget du ministère des "
     "Affaires économiques et des Communications. Le chemin a commencé le 20 juin 2007, lorsque Pierre Lamont, alors "
     "directeur des Affaires juridiques de l'ESA, et Jaan Tamm, ministre des Affaires économiques et des "
     "Communications, ont signé un accord de coopération entre l'Estonie et l'ESA.\n"),
])
def test_department_words_are_no_signer_and_both_officials_sign(extractor, text):
    names = {name for name, _ in signers_of(extractor, text)}
    assert not any("Affair" in name or "Communication" in name for name in names)
    assert {"Pierre Lamont", "Jaan Tamm"} <= names


@pytest.mark.parametrize(("text", "signer"), [
    ("Brazil joins the Artemis Accords\n\nBrasília, 16 June 2025\n\nBrazil signed the Artemis Accords on Tuesday. "
     "The document was signed by the Minister of Science, Technology and Innovation, Rui Barros, in a ceremony "
     "attended by the President.\n", "Rui Barros"),
    ("Le Brésil rejoint les accords Artemis\n\nBrasília, le 16 juin 2025\n\nLe Brésil a signé mardi les accords "
     "Artemis. Le document a été signé par le ministre de la Science, Technologie et Innovations, Rui Barros, "
     "lors d'une cérémonie en présence du président.\n", "Rui Barros"),
    ("Le Brésil et la NASA\n\nBrasília, le 16 juin 2025\n\nUne déclaration d'intention a été signée en décembre "
     "2024 par le ministre Rui Barros et l'administrateur de la NASA, Paul Whitfield.\n", "Rui Barros"),
])
def test_a_minister_named_after_his_post_signs(extractor, text, signer):
    assert (signer, None) in signers_of(extractor, text)


def test_a_government_post_followed_by_a_place_is_no_name(extractor):
    text = ("Le Brésil et la NASA\n\nBrasília, le 16 juin 2025\n\nUne déclaration d'intention a été signée en "
            "décembre 2024 à Brasília par le ministre, en présence du président Rui Barros.\n")
    assert ("Rui Barros", None) not in signers_of(extractor, text)


# ---- a signers block with bulleted lines the NER did not read -------------------------------------------------


@pytest.mark.parametrize("text", [
    ("ISRO and ASA sign recovery agreement\n\nBENGALURU, 21 November 2024 — ISRO and the Australian Space Agency "
     "signed an implementation agreement on Wednesday.\n\nSigners\n- Ravi Menon, Director of the Human Space Flight "
     "Centre, for ISRO\n- Dr. Tamsin Hollow, General Manager of the Space Capability Branch, for the Australian "
     "Space Agency\n"),
    ("L'ISRO et l'ASA signent un accord\n\nBangalore, le 21 novembre 2024\n\nL'ISRO et l'Agence spatiale "
     "australienne ont signé mercredi un accord de mise en œuvre.\n\nSignataires\n- Ravi Menon, directeur du Human "
     "Space Flight Centre, pour l'ISRO\n- Dr. Tamsin Hollow, directrice générale de la branche Capacités "
     "spatiales, pour l'Agence spatiale australienne\n"),
])
def test_bulleted_signers_lines_name_each_signer(extractor, text):
    found = signers_of(extractor, text)
    assert ("Tamsin Hollow", "ASA") in found
    assert not any(name.startswith(("-", "Dr")) for name, _ in found)


def test_a_bulleted_contact_line_is_no_signer(extractor):
    text = ("ISRO and ASA sign recovery agreement\n\nBENGALURU, 21 November 2024 — ISRO and the Australian Space "
            "Agency signed an implementation agreement on Wednesday.\n\nSigners\n- For more information: Tamsin "
            "Hollow, press office\n")
    assert not any(name == "Tamsin Hollow" for name, _ in signers_of(extractor, text))


# ---- a speaker signing in the first person: the headline's one person -------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Remarks by Dr. Anna Kowal, President of the Polish Space Agency (POLSA), at the signing of the Artemis "
     "Accords\n\nDubai, 26 October 2021\n\nThank you all for being here. A few minutes ago, I signed the Artemis "
     "Accords on behalf of Poland. Poland becomes the thirteenth nation to endorse these principles.\n",
     ("Anna Kowal", "POLSA")),
    ("Discours de Marta Kowal, présidente de l'Agence spatiale polonaise (POLSA), lors de la signature des accords "
     "Artemis\n\nDubaï, le 26 octobre 2021\n\nMerci à tous d'être ici. Il y a quelques minutes, j'ai signé les "
     "accords Artemis au nom de la Pologne.\n",
     ("Marta Kowal", "POLSA")),
])
def test_a_first_person_signer_is_the_headline_speaker(extractor, text, expected):
    assert expected in signers_of(extractor, text)


def test_a_first_person_signer_needs_one_person_in_the_headline(extractor):
    text = ("Remarks by Dr. Anna Kowal and Paul Whitfield at the signing of the Artemis Accords\n\nDubai, 26 October "
            "2021\n\nThank you all for being here. A few minutes ago, I signed the Artemis Accords on behalf of "
            "Poland.\n")
    assert not signers_of(extractor, text)


# ---- a government post that signs with no name gives its government as a side -----------------------------------


@pytest.mark.parametrize("text", [
    ("Hungary and ESA\n\nBudapest, 14 March 2023\n\nAt a ceremony in Budapest on Tuesday, the Director General of "
     "ESA and the Hungarian Minister of Foreign Affairs signed a cooperation agreement.\n"),
    ("La Hongrie et l'ESA\n\nBudapest, le 14 mars 2023\n\nLors d'une cérémonie mardi à Budapest, le directeur "
     "général de l'ESA et le ministre hongrois des Affaires étrangères ont signé un accord de coopération.\n"),
])
def test_an_unnamed_minister_signs_for_his_government(extractor, text):
    assert ("ESA", "country:HU") in parties_of(extractor, text)
    assert not any("Affair" in name for name, _ in signers_of(extractor, text))


@pytest.mark.parametrize("text", [
    ("CNES and ISRO\n\nBengaluru, 13 April 2022\n\nCNES and ISRO signed an agreement on 12 April 2022, during a "
     "visit by the French foreign minister.\n"),
    ("Le CNES et l'ISRO\n\nBangalore, le 13 avril 2022\n\nLe CNES et l'ISRO ont signé un accord le 12 avril 2022, "
     "lors d'une visite du ministre français des Affaires étrangères.\n"),
])
def test_a_visiting_minister_gives_no_government_side(extractor, text):
    assert parties_of(extractor, text) == {("CNES", "ISRO")}
