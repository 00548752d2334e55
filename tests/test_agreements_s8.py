"""Agreements on fresh news (session 8, issue #9): invented sentences, English and French.

Phrasings a journalist or press officer uses for each kind, written before the rule, each kind with negatives that
look close but are not the fact:

- the date of a signing given by the next sentence, which tells the same signing again without naming a new
  document or a new side: "It was signed on Tuesday in Tokyo", "The document was signed in Tokyo on Tuesday, JAXA
  said in a statement", "The signing took place on 5 March", "Le texte a été signé mardi", "La signature a eu lieu
  le 5 mars", "Il a été signé mardi, à distance, a précisé l'agence"; not a first agreement recalled, another side's
  signing, a statement's own day or a signing that did not happen;
- "the two countries" / "les deux pays" (every determiner: the, both, their, these; les, des, aux, ces, leurs) when
  the paragraph names only one of them: the only two countries (by name or adjective) the article names so far, or
  its only two agencies ("the two sides", "les deux parties" in an article naming no agency: its two countries);
  never when three are named, never for a hope, never for a document named without a signing verb;
- negation in every form: "no document has been signed", "wasn't signed", "nothing has been signed yet", "Aucun
  texte n'a encore été signé", "ne l'a jamais signé", "Rien n'a été signé".
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "s8")


# ---- the date in the next sentence that tells the same signing ------------------------------------------------

_EN = ("Lunar relay deal\n\nPublished on Thursday 7 March 2024\n\nNASA and JAXA signed a memorandum of understanding "
       "on lunar relay satellites.\n\n")
_FR = ("Accord sur un relais lunaire\n\nPublié le jeudi 7 mars 2024\n\nLe CNES et la JAXA ont signé un protocole "
       "d'accord sur un satellite relais lunaire.\n\n")


@pytest.mark.parametrize("text", [
    _EN + "It was signed on Tuesday in Tokyo.\n",
    _EN + "The document was signed in Tokyo on Tuesday, JAXA said in a statement.\n",
    _EN + "The memorandum was signed on 5 March at the agency's Tokyo office by its president.\n",
    _EN + "The signing took place on 5 March in Tokyo.\n",
    _EN + "The signing ceremony was held on Tuesday at JAXA's headquarters.\n",
    _EN.replace(".\n\n", ". ", 1).rstrip("\n") + " The text was signed on Tuesday by video link.\n",
    _FR + "Le texte a été signé mardi à Tokyo.\n",
    _FR + "Il a été signé mardi, à distance, a précisé l'agence japonaise dans un communiqué diffusé jeudi.\n",
    _FR + "La signature a eu lieu le 5 mars au siège de la JAXA.\n",
    _FR + "Le protocole a été signé le 5 mars par les présidents des deux agences.\n",
    _FR + "La cérémonie a eu lieu mardi à Tokyo.\n",
    _FR.replace(".\n\n", ". ", 1).rstrip("\n") + " Le document a été signé mardi par visioconférence.\n",
])
def test_next_sentence_dates_the_same_signing(extractor, text):
    found = by_parties(agreements(extractor, text))
    pair = ("JAXA", "NASA") if "NASA" in text else ("CNES", "JAXA")
    assert [r["date"] for r in found[pair]] == ["2024-03-05"]


@pytest.mark.parametrize("text", [
    _EN + "The two agencies had signed a first agreement on 12 May 2019.\n",
    _EN + "A similar memorandum was signed with ESA on Tuesday.\n",
    _EN + "JAXA announced the news in a statement on Tuesday.\n",
    _EN + "Another memorandum, with CNES, was signed on Tuesday.\n",
    _EN + "The agreement follows one signed on 5 March 2019 with CNES.\n",
    _FR + "Les deux agences avaient déjà signé un premier accord le 12 mai 2019.\n",
    _FR + "Un protocole semblable a été signé mardi avec l'ESA.\n",
    _FR + "La JAXA l'a annoncé mardi dans un communiqué.\n",
    _FR + "Ce texte fait suite à un accord conclu le 5 mars 2019 avec la NASA.\n",
])
def test_no_date_from_a_sentence_about_another_signing(extractor, text):
    found = by_parties(agreements(extractor, text))
    pair = ("JAXA", "NASA") if "NASA and JAXA" in text else ("CNES", "JAXA")
    assert [r["date"] for r in found[pair] if r["kind"] == "mou"] == [None]


# ---- "the two countries" when the paragraph names one of them ---------------------------------------------------

_SAT_EN = ("Kenya gets a second satellite with help from Japan\n\nNAIROBI, 4 March 2024 - The Kenyan observation "
           "satellite Taifa-2 was launched on Monday.\n\nThe project is financed by Tokyo. ")
_SAT_FR = ("Le Kenya a son deuxième satellite avec l'aide du Japon\n\nNAIROBI, 4 mars 2024 - Le satellite kényan "
           "d'observation Taifa-2 a été lancé lundi.\n\nLe projet est financé par Tokyo. ")


@pytest.mark.parametrize("text", [
    _SAT_EN + "The governments of the two countries signed the agreement on 21 January 2019 in Nairobi.",
    _SAT_EN + "Both countries signed a framework agreement in January 2019.",
    _SAT_EN + "An agreement between the two countries was signed in January 2019.",
    _SAT_EN + "The two nations' governments concluded the deal in January 2019.",
    _SAT_EN + "Their governments signed the agreement in January 2019.",
    _SAT_EN + "The two sides signed the contract in January 2019.",
    _SAT_EN + "The agreement was signed by both states in January 2019.",
    _SAT_FR + "Les gouvernements des deux pays en ont signé l'accord le 21 janvier 2019 à Nairobi.",
    _SAT_FR + "Un accord entre les deux pays a été signé en janvier 2019.",
    _SAT_FR + "Les deux parties ont conclu le contrat en janvier 2019.",
    _SAT_FR + "Leurs gouvernements avaient signé l'accord en janvier 2019.",
    _SAT_FR + "L'accord a été signé par les deux États en janvier 2019.",
    _SAT_FR + "Un accord-cadre a été conclu entre ces deux pays en janvier 2019.",
    _SAT_FR + "Les deux nations ont signé l'accord en janvier 2019.",
])
def test_two_countries_are_the_article_pair(extractor, text):
    assert ("country:JP", "country:KE") in by_parties(agreements(extractor, text + "\n"))


@pytest.mark.parametrize("text", [
    _SAT_EN + "The two countries hope to sign a second agreement next year.\n",
    _SAT_EN.replace("launched on Monday", "launched on Monday with help from Russia")
    + "The two countries signed the agreement in January 2019.\n",
    _SAT_EN + "Officials of both countries presented the agreements as a model for the region.\n",
    _SAT_FR + "Les deux pays espèrent signer un second accord l'an prochain.\n",
    _SAT_FR.replace("lancé lundi", "lancé lundi avec l'aide de la Russie")
    + "Les deux pays ont signé l'accord en janvier 2019.\n",
    _SAT_FR + "Les responsables des deux pays présentent les accords comme un modèle pour la région.\n",
])
def test_no_article_pair_for_hopes_three_countries_or_no_signing(extractor, text):
    assert ("country:JP", "country:KE") not in by_parties(agreements(extractor, text))


def test_two_agencies_are_the_article_pair(extractor):
    en = ("Lunar relay\n\nThe Kenya Space Agency will fly a camera on a JAXA lunar orbiter.\n\nThe instrument is "
          "built in Nairobi. Both space agencies signed the agreement in May 2023.\n")
    fr = ("Relais lunaire\n\nL'Agence spatiale kényane fera voler une caméra sur un orbiteur lunaire de la JAXA.\n\n"
          "L'instrument est construit à Nairobi. Les deux agences spatiales ont signé l'accord en mai 2023.\n")
    for text in (en, fr):
        assert ("JAXA", "KSA") in by_parties(agreements(extractor, text))


# ---- negation in every form -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "No document has been signed yet by NASA and ESA.",
    "The memorandum between NASA and ESA wasn't signed in the end.",
    "Nothing has been signed between NASA and ESA so far.",
    "NASA and ESA have never signed the text they negotiated.",
    "NASA and ESA could not sign the agreement before the summit.",
    "No formal text was signed by NASA and ESA during the visit.",
    "Aucun texte n'a encore été signé par la NASA et l'ESA.",
    "La NASA et l'ESA ne l'ont jamais signé.",
    "Rien n'a été signé entre la NASA et l'ESA à ce stade.",
    "Le protocole entre la NASA et l'ESA n'a finalement pas été signé.",
    "La NASA et l'ESA n'ont toujours pas conclu l'accord négocié.",
    "Aucune convention n'a été signée par la NASA et l'ESA pendant la visite.",
])
def test_negated_signing_gives_nothing(extractor, sentence):
    assert not agreements(extractor, "Négociations\n\n" + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "NASA and ESA signed a memorandum on 3 May 2024, which has not been published.",
    "La NASA et l'ESA ont signé un protocole le 3 mai 2024, qui n'a pas été publié.",
    "NASA and ESA signed the agreement on 3 May 2024 after talks that did not end until dawn.",
    "La NASA et l'ESA ont signé l'accord le 3 mai 2024, même si le texte n'est pas encore public.",
])
def test_negation_in_another_clause_leaves_the_signing(extractor, sentence):
    found = by_parties(agreements(extractor, "Signing\n\n" + sentence + "\n"))
    assert [r["date"] for r in found[("ESA", "NASA")]] == ["2024-05-03"]


# ---- signers lines that open with the side ---------------------------------------------------------------------

_SIGNERS_EN = ("Kenya and Japan sign a space agreement\n\nNairobi, 5 March 2024\n\nKenya and JAXA signed an agreement "
               "on Earth observation on Tuesday in Nairobi.\n\nSignatories\n")
_SIGNERS_FR = ("Le Kenya et le Japon signent un accord spatial\n\nNairobi, le 5 mars 2024\n\nLe Kenya et la JAXA ont "
               "signé mardi à Nairobi un accord sur l'observation de la Terre.\n\nSignataires\n")


@pytest.mark.parametrize("text", [
    _SIGNERS_EN + "For the Government of the Republic of Kenya: Zawadi Mwangi Otieno, Minister of Defence\n"
                  "For JAXA: Hiroshi Yamakawa, President\nFor more information: Jeanne Martin, press office\n",
    _SIGNERS_EN + "On behalf of the Government of Kenya: Zawadi Mwangi Otieno, Minister of Defence\n"
                  "Signing for JAXA: Hiroshi Yamakawa, President\n",
    _SIGNERS_FR + "Pour le gouvernement de la République du Kenya : Zawadi Mwangi Otieno, ministre de la Défense\n"
                  "Pour la JAXA : Hiroshi Yamakawa, président\n"
                  "Pour en savoir plus : Jeanne Martin, service de presse\n",
    _SIGNERS_FR + "Au nom du gouvernement kényan : Zawadi Mwangi Otieno, ministre de la Défense\n"
                  "Au nom de la JAXA : Hiroshi Yamakawa, président\n",
])
def test_signers_line_opening_with_its_side(extractor, text):
    found = by_parties(agreements(extractor, text))
    signers = {s["name"]: s.get("agency_id") for s in found[("JAXA", "country:KE")][0]["signatories"]}
    assert signers == {"Zawadi Mwangi Otieno": None, "Hiroshi Yamakawa": "JAXA"}


_ONE_EN = ("Kenya and Japan sign a space agreement\n\nNairobi, 5 March 2024\n\nKenya and JAXA signed an agreement on "
           "Earth observation on Tuesday in Nairobi. It was signed by JAXA President Hiroshi Yamakawa and by the "
           "Kenyan defence minister.\n\nSignatories\n")
_ONE_FR = ("Le Kenya et le Japon signent un accord spatial\n\nNairobi, le 5 mars 2024\n\nLe Kenya et la JAXA ont signé "
           "mardi à Nairobi un accord sur l'observation de la Terre. Il a été signé par le président de la JAXA, "
           "Hiroshi Yamakawa, et par la ministre kényane de la Défense.\n\nSignataires\n")


@pytest.mark.parametrize("text, expected", [
    (_ONE_EN + "For the Government of Kenya: Zawadi Mwangi Otieno, Minister of Defence\n"
               "For JAXA: Hiroshi Yamakawa, President\n", {"Zawadi Mwangi Otieno", "Hiroshi Yamakawa"}),
    (_ONE_FR + "Pour le gouvernement du Kenya : Zawadi Mwangi Otieno, ministre de la Défense\n"
               "Pour la JAXA : Hiroshi Yamakawa, président\n", {"Zawadi Mwangi Otieno", "Hiroshi Yamakawa"}),
    # a block naming none of the sentence's signers lists another signing's: nothing added
    (_ONE_EN + "For the Kenya Space Agency: Hillary Kipkorir Barchok, Director General\n"
               "For ESA: Josef Aschbacher, Director General\n", {"Hiroshi Yamakawa"}),
    (_ONE_FR + "Pour l'Agence spatiale kényane : Hillary Kipkorir Barchok, directeur général\n"
               "Pour l'ESA : Josef Aschbacher, directeur général\n", {"Hiroshi Yamakawa"}),
])
def test_signers_block_completes_the_sentence_signers(extractor, text, expected):
    found = by_parties(agreements(extractor, text))
    assert {s["name"] for s in found[("JAXA", "country:KE")][0]["signatories"]} == expected


# ---- an agreement a mission article recalls by reference, with its own sides ------------------------------------

_LAUNCH_EN = ("Kenyan satellite launched\n\nNairobi, 5 March 2024\n\nThe Kenyan satellite Taifa-2 was launched on "
              "Monday. ")
_LAUNCH_FR = "Satellite kényan lancé\n\nNairobi, le 5 mars 2024\n\nLe satellite kényan Taifa-2 a été lancé lundi. "


@pytest.mark.parametrize("text, date", [
    (_LAUNCH_EN + "It flew under a 2019 agreement between the Kenya Space Agency and CNSA.\n", "2019"),
    (_LAUNCH_EN + "It flew under an agreement between the Kenya Space Agency and CNSA.\n", None),
    (_LAUNCH_EN + "It was built within the framework of a 2019 memorandum between the Kenya Space Agency and CNSA.\n",
     "2019"),
    (_LAUNCH_FR + "Il a volé en vertu d'un accord de 2019 entre l'Agence spatiale kényane et la CNSA.\n", "2019"),
    (_LAUNCH_FR + "Il a été construit dans le cadre d'un accord entre l'Agence spatiale kényane et la CNSA.\n", None),
    (_LAUNCH_FR + "Le lancement s'inscrit dans le cadre d'un accord de 2019 entre l'Agence spatiale kényane et la "
                  "CNSA.\n", "2019"),
])
def test_referenced_agreement_with_its_own_sides(extractor, text, date):
    found = by_parties(agreements(extractor, text))
    assert [r["date"] for r in found[("CNSA", "KSA")]] == [date]


@pytest.mark.parametrize("text", [
    "Lunar module\n\nNASA and ESA signed an agreement on the lunar module on 3 May 2024. Under the agreement, ESA "
    "will build the module with Thales.\n",
    "Module lunaire\n\nLa NASA et l'ESA ont signé le 3 mai 2024 un accord sur le module lunaire. Dans le cadre de "
    "l'accord, l'ESA construira le module avec Thales.\n",
    "Lunar module\n\nNASA and ESA signed an agreement on the lunar module on 3 May 2024. Under this agreement, ESA "
    "builds the module, and NASA flies it.\n",
    "Module lunaire\n\nLa NASA et l'ESA ont signé le 3 mai 2024 un accord sur le module lunaire. En vertu de cet "
    "accord, l'ESA construit le module, et la NASA le fait voler.\n",
])
def test_reference_to_the_article_agreement_adds_none(extractor, text):
    assert set(by_parties(agreements(extractor, text))) == {("ESA", "NASA")}


@pytest.mark.parametrize("text", [
    _LAUNCH_EN + "The launch was sold by the commercial arm of CNSA under a contract with the Kenya Space Agency.\n",
    _LAUNCH_FR + "Le lancement a été vendu par la branche commerciale de la CNSA dans le cadre d'un contrat avec "
                 "l'Agence spatiale kényane.\n",
])
def test_reference_to_a_contract_with_a_customer_adds_none(extractor, text):
    assert ("CNSA", "KSA") not in by_parties(agreements(extractor, text))


# ---- a compound nationality adjective names both sides ----------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Space cooperation\n\nSino-French space cooperation rests on an intergovernmental agreement concluded in 1997.\n",
     ("country:CN", "country:FR")),
    ("Space cooperation\n\nThe German-Japanese agreement on space research was signed in Bonn in 1993.\n",
     ("country:DE", "country:JP")),
    ("Space cooperation\n\nThe Indo-Russian accord on satellite navigation, signed in 2004, is still in force.\n",
     ("country:IN", "country:RU")),
    ("Coopération\n\nLa coopération spatiale franco-chinoise repose sur un accord intergouvernemental conclu en "
     "1997.\n", ("country:CN", "country:FR")),
    ("Coopération\n\nL'accord germano-japonais sur la recherche spatiale a été signé à Bonn en 1993.\n",
     ("country:DE", "country:JP")),
    ("Coopération\n\nUn accord italo-argentin sur l'observation de la Terre a été conclu en 2005.\n",
     ("country:AR", "country:IT")),
])
def test_compound_adjective_names_both_sides(extractor, text, pair):
    assert pair in by_parties(agreements(extractor, text))


@pytest.mark.parametrize("text", [
    "Space cooperation\n\nSino-French space cooperation has grown for thirty years.\n",
    "Space cooperation\n\nSino-French talks on a new agreement opened in Paris on Monday.\n",
    "Space cooperation\n\nNASA and ESA signed the agreement in 2019, a post-Cold-War landmark.\n",
    "Coopération\n\nLa coopération spatiale franco-chinoise s'est développée depuis trente ans.\n",
    "Coopération\n\nDes négociations franco-chinoises sur un nouvel accord ont commencé lundi à Paris.\n",
    "Coopération\n\nLa NASA et l'ESA ont signé l'accord en 2019 dans un climat d'après-guerre froide.\n",
])
def test_no_compound_sides_without_a_signing_or_nationalities(extractor, text):
    found = by_parties(agreements(extractor, text))
    assert not [p for p in found if p != ("ESA", "NASA")]
