"""Signing events and their slot strategies, each with a positive and a negative case in English and French.

The articles are invented (real agencies, invented people); each test asserts the slot the
strategy fills, so a strategy that stops working fails here, not only in the evaluation.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "slots")


def one(extractor, text):
    found = agreements(extractor, text)
    assert len(found) == 1, found
    return found[0]


def signers(record):
    return {(s["name"], s["agency_id"]) for s in record["signatories"]}


# ---- signatories ------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Deal\n\nOn 9 May 2019, ISA concluded an agreement with CNES in Paris. The agreement was signed by "
     "Dana Levin and Marc Dufresne, president of CNES.\n", {("Dana Levin", None), ("Marc Dufresne", "CNES")}),
    ("Accord\n\nLe 6 mai 2019, l'ASI a signé un accord-cadre avec le CNES. Le document a été signé par "
     "Mme Lucia Bellini, présidente de l'ASI, et M. Marc Dufresne, président du CNES.\n",
     {("Lucia Bellini", "ASI"), ("Marc Dufresne", "CNES")}),
])
def test_signatories_in_the_next_sentence(extractor, text, expected):
    assert signers(one(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "Deal\n\nOn 9 May 2019, ISA concluded an agreement with CNES in Paris. The agreement was praised by "
    "Dana Levin and Marc Dufresne.\n",
    "Accord\n\nLe 6 mai 2019, l'ASI a signé un accord-cadre avec le CNES. Le document a été salué par "
    "Lucia Bellini et Marc Dufresne.\n",
])
def test_people_of_the_next_sentence_who_do_not_sign(extractor, text):
    assert one(extractor, text)["signatories"] == []


@pytest.mark.parametrize("heading, role", [("Signers", "President of"), ("Signataires", "présidente de")])
def test_signers_block(extractor, heading, role):
    text = (f"Deal\n\nThe Turkish Space Agency (TUA) and the Brazilian Space Agency (AEB) signed a cooperation "
            f"agreement on 11 September 2024 in Ankara.\n\n{heading}\nDr. Selma Kaya, {role} TUA\n"
            f"Dr. Bruna Costa, {role} AEB\n")
    assert signers(one(extractor, text)) == {("Selma Kaya", "TUA"), ("Bruna Costa", "AEB")}


def test_names_without_a_signers_heading_are_not_signatories(extractor):
    text = ("Deal\n\nThe Turkish Space Agency (TUA) and the Brazilian Space Agency (AEB) signed a cooperation "
            "agreement on 11 September 2024 in Ankara.\n\nSpeakers\nDr. Selma Kaya, President of TUA\n")
    assert one(extractor, text)["signatories"] == []


@pytest.mark.parametrize("text", [
    "Année Lune : le CNES et l'ASC signent une déclaration\n\nLe CNES et l'ASC ont signé le 4 mai 2023 à "
    "Montréal une déclaration commune.\n",
    "Brazil, India Sign Pact to Expand Satellite Data Sharing\n\nAEB and ISRO signed a cooperation agreement "
    "on 21 August 2023 in Brasília.\n",
])
def test_headline_words_are_never_signatories(extractor, text):
    assert one(extractor, text)["signatories"] == []


@pytest.mark.parametrize("text, name", [
    ("Deal\n\nOn 2 May 2022, Dr. Anna Weber, chair of DLR, signed an agreement with CNES.\n", "Anna Weber"),
    ("Accord\n\nLe 2 mai 2022, Mme Anna Weber, présidente du DLR, a signé un accord avec le CNES.\n", "Anna Weber"),
])
def test_honorifics_are_stripped(extractor, text, name):
    assert name in {s["name"] for s in one(extractor, text)["signatories"]}


@pytest.mark.parametrize("text, parties, absent", [
    ("Deal\n\nIn the presence of the Argentine president, Martin Ruiz, ASI and CONAE signed an agreement "
     "on 15 February 2024 in Rome.\n", ["ASI", "CONAE"], "Martin Ruiz"),
    ("Accord\n\nEn présence du président argentin, Martín Ruiz, et du président du Conseil italien, Marco "
     "Bassi, l'ASI et la CONAE ont signé un accord le 15 février 2024 à Rome.\n", ["ASI", "CONAE"], "Marco Bassi"),
])
def test_bystanders_are_neither_parties_nor_signatories(extractor, text, parties, absent):
    record = one(extractor, text)
    assert record["parties"] == parties
    assert absent not in {s["name"] for s in record["signatories"]}


@pytest.mark.parametrize("text, parties", [
    ("Deal\n\nAfter the success of ISRO's Chandrayaan-3 and a visit by JAXA engineers to Bengaluru, ISRO "
     "signed an agreement with CNES in Paris on 14 July 2023. Both agencies welcomed the signing.\n",
     ["CNES", "ISRO"]),
    ("Accord\n\nAprès le succès de Chandrayaan-3 et une visite d'ingénieurs de la JAXA à Bangalore, l'ISRO a "
     "signé un accord avec le CNES à Paris le 14 juillet 2023.\n", ["CNES", "ISRO"]),
])
def test_agencies_of_a_leading_bystander_clause_are_not_parties(extractor, text, parties):
    record = one(extractor, text)
    assert record["parties"] == parties
    assert record["subject"] is None


# ---- parties from the context -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Deal\n\nNASA and JAXA officials met in Tokyo on 3 April 2023. The two agencies signed a memorandum of "
    "understanding.\n",
    "Accord\n\nDes responsables de la NASA et de la JAXA se sont réunis à Tokyo le 3 avril 2023. Les deux "
    "agences ont signé un protocole d'accord.\n",
])
def test_the_two_agencies_are_those_of_the_previous_sentence(extractor, text):
    assert one(extractor, text)["parties"] == ["JAXA", "NASA"]


@pytest.mark.parametrize("text", [
    "Deal\n\nNASA and JAXA officials met in Tokyo on 3 April 2023. A memorandum of understanding was signed.\n",
    "Accord\n\nDes responsables de la NASA et de la JAXA se sont réunis à Tokyo le 3 avril 2023. Un protocole "
    "d'accord a été signé.\n",
])
def test_no_parties_without_a_plural_reference(extractor, text):
    assert agreements(extractor, text) == []


# ---- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, date", [
    ("CSA and ISRO sign joint statement\n\nOn 14 May 2024, CSA and ISRO held a meeting in Montreal. In the "
     "meeting, CSA and ISRO signed a joint statement.\n", "2024-05-14"),
    ("Le CNES et l'ISRO signent\n\nLe 14 mai 2024, le CNES et l'ISRO ont tenu une réunion à Paris. Lors de la "
     "réunion, le CNES et l'ISRO ont signé une déclaration conjointe.\n", "2024-05-14"),
])
def test_date_of_the_occasion_in_the_previous_sentence(extractor, text, date):
    assert one(extractor, text)["date"] == date


@pytest.mark.parametrize("text", [
    "Deal\n\nThe cooperation was formalised in 2016 by an agreement between DLR and JAXA. More recently, DLR "
    "and JAXA concluded a cooperation agreement on MMX.\n",
    "Accord\n\nLa coopération a été formalisée en 2016 par un accord entre le DLR et la JAXA. Plus récemment, le "
    "DLR et la JAXA ont conclu un accord de coopération sur MMX.\n",
])
def test_an_earlier_agreement_keeps_its_date_to_itself(extractor, text):
    found = {(r["subject"], r["date"]) for r in agreements(extractor, text)}
    assert ("MMX", None) in found
    assert ("MMX", "2016") not in found


@pytest.mark.parametrize("text, date", [
    ("UKSA and CSA sign memorandum\n\nBy Jane Hill | 15 March 2024\n\nUKSA and CSA signed a memorandum of "
     "understanding on Thursday in Ottawa.\n", "2024-03-14"),
    ("Le DLR et l'ASI signent un accord\n\nPar Hélène Marchetti | 15 mars 2024\n\nLe DLR et l'ASI ont signé "
     "jeudi à Rome un accord de coopération.\n", "2024-03-14"),
])
def test_weekday_resolved_against_the_byline(extractor, text, date):
    assert one(extractor, text)["date"] == date


@pytest.mark.parametrize("text", [
    "UKSA and CSA sign memorandum\n\nUKSA and CSA signed a memorandum of understanding on Tuesday. The signing "
    "crowned UKSA's first visit to Canada since its founding in April 2010.\n",
    "Le DLR et l'ASI signent un accord\n\nLe DLR et l'ASI ont signé jeudi à Rome un accord de coopération, un "
    "an après le lancement de leur satellite commun en 2022.\n",
])
def test_no_date_from_another_event(extractor, text):
    assert one(extractor, text)["date"] is None


@pytest.mark.parametrize("text, date", [
    ("ISRO and ESA sign astronaut training agreement\n\nNew Delhi | 22-11-2024\n\nISRO and ESA signed an "
     "agreement on November 18 on astronaut training. Under the deal, ESA will train two astronauts by April "
     "2026.\n", "2024-11-18"),
    ("Le CNES et l'AEB signent un accord\n\nParis, le 28 mars 2023\n\nLe 23 mars, un an après le lancement de "
     "leur satellite commun en 2022, le CNES et l'AEB ont signé un accord de coopération.\n", "2023-03-23"),
])
def test_month_day_takes_the_article_year(extractor, text, date):
    assert one(extractor, text)["date"] == date


# ---- what is not a new signing ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Talks\n\nNASA and UKSA held talks in London on 5 March 2025. The Artemis Accords have already been signed "
    "by Japan, Brazil, Poland and Rwanda. Some fifty countries have signed them so far.\n",
    "Discussions\n\nLa NASA et l'UKSA ont tenu des discussions à Londres le 5 mars 2025. Les accords Artemis ont "
    "déjà été signés par le Japon, le Brésil et la Pologne.\n",
])
def test_background_list_gives_no_agreement(extractor, text):
    assert agreements(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Hopes\n\nThe Turkish Space Agency (TUA) is in talks with ISRO and hopes to conclude an agreement soon.\n",
    "Espoir\n\nL'Agence spatiale turque (TUA) discute avec l'ISRO et espère conclure un accord très bientôt.\n",
])
def test_hopes_give_nothing(extractor, text):
    assert agreements(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Pakistan set to join Artemis Accords\n\nPakistan is poised to sign the Artemis Accords in Washington. "
    "SUPARCO chairman Kamran Shah will sign the document alongside NASA officials.\n",
    "Le Pakistan va rejoindre les accords Artemis\n\nLe Pakistan doit signer les accords Artemis à Washington. "
    "Le président de la SUPARCO, Kamran Shah, signera le document avec la NASA.\n",
])
def test_announced_signing_is_planned(extractor, text):
    record = one(extractor, text)
    assert record["status"] == "planned"
    assert record["kind"] == "accords"


@pytest.mark.parametrize("text, kinds", [
    ("Deal\n\nDLR and CNES signed a framework agreement yesterday in Toulouse. The two agencies had already "
     "signed a memorandum of understanding in Berlin in June 2011.\n", {("agreement", None), ("mou", "2011-06")}),
    ("Accord\n\nLe DLR et le CNES ont signé hier à Toulouse un accord-cadre. Les deux agences avaient déjà signé "
     "un mémorandum d'entente à Berlin en juin 2011.\n", {("agreement", None), ("mou", "2011-06")}),
])
def test_a_recalled_agreement_stays_its_own_record(extractor, text, kinds):
    found = agreements(extractor, text)
    assert {(r["kind"], r["date"]) for r in found} == kinds
    assert all(r["parties"] == ["CNES", "DLR"] for r in found)


@pytest.mark.parametrize("text", [
    "Deals\n\nCONAE began the year by signing cooperation agreements with Italy and Spain. On 10 February 2022, "
    "CONAE signed a framework agreement with Italy. On 3 March 2022, CONAE signed an agreement with Spain.\n",
    "Accords\n\nLa CONAE a commencé l'année en signant des accords de coopération avec l'Italie et l'Espagne. Le "
    "10 février 2022, la CONAE a signé un accord-cadre avec l'Italie. Le 3 mars 2022, la CONAE a signé un accord "
    "avec l'Espagne.\n",
])
def test_a_summary_sentence_adds_no_multi_party_record(extractor, text):
    found = agreements(extractor, text)
    assert sorted(r["parties"] for r in found) == [["CONAE", "country:ES"], ["CONAE", "country:IT"]]


# ---- cooperation ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Mars\n\nESA shared orbit data from its Mars Express orbiter with CNSA before CNSA's Tianwen-1 landed on "
    "Mars.\n",
    "Mars\n\nL'ESA a partagé ses données d'orbite de Mars Express avec la CNSA avant l'atterrissage de "
    "Tianwen-1 de la CNSA.\n",
])
def test_data_shared_for_a_landing_is_a_cooperation(extractor, text):
    record = one(extractor, text)
    assert (record["kind"], record["parties"], record["status"]) == ("cooperation", ["CNSA", "ESA"], "ongoing")
    assert record["subject"] == "Tianwen-1"


@pytest.mark.parametrize("text", [
    "Moon\n\nMBRSC's small rover will be carried to the Moon by CNSA's Chang'e 7 mission.\n",
    "Lune\n\nLe petit rover du MBRSC sera emporté vers la Lune par la mission Chang'e 7 de la CNSA.\n",
])
def test_a_carried_payload_is_a_cooperation(extractor, text):
    record = one(extractor, text)
    assert (record["kind"], record["parties"]) == ("cooperation", ["CNSA", "MBRSC"])


@pytest.mark.parametrize("text", [
    "Mars\n\nESA did not share orbit data with CNSA for Tianwen-1.\n",
    "Mars\n\nL'ESA et la CNSA ont discuté de Tianwen-1.\n",
])
def test_no_cooperation_without_a_stated_form(extractor, text):
    assert agreements(extractor, text) == []


# ---- one signing told over several sentences ----------------------------------------------


@pytest.mark.parametrize("text", [
    "Eight nations put their names to the Artemis Accords\n\nWASHINGTON — October 13, 2020\n\n"
    "Eight countries on Tuesday endorsed the Artemis Accords drawn up "
    "by NASA.\n\nThe text was signed during a virtual ceremony. NASA Administrator Jim Hale signed for the United "
    "States. Government representatives of Australia and Japan added their signatures.\n",
    "Huit pays signent les accords Artemis\n\nWASHINGTON, le 13 octobre 2020\n\n"
    "Huit pays ont approuvé mardi les accords Artemis rédigés par la "
    "NASA.\n\nLe texte a été signé lors d'une cérémonie virtuelle. L'administrateur de la NASA, Jim Hale, a signé "
    "pour les États-Unis. Les représentants de l'Australie et du Japon ont apposé leur signature.\n",
])
def test_date_and_signer_of_the_same_signing_in_earlier_sentences(extractor, text):
    found = [r for r in agreements(extractor, text) if r["kind"] == "accords"]
    assert sorted(r["parties"] for r in found) == [["NASA", "country:AU"], ["NASA", "country:JP"]]
    assert {r["date"] for r in found} == {"2020-10-13"}
    assert all(signers(r) == {("Jim Hale", "NASA")} for r in found)


@pytest.mark.parametrize("text", [
    "Deal\n\nOn 3 May 2021, NASA and ESA signed a memorandum of understanding on Gateway. Later, JAXA and CNES "
    "signed a letter of intent on MMX.\n",
    "Accord\n\nLe 3 mai 2021, la NASA et l'ESA ont signé un protocole d'accord sur Gateway. Plus tard, la JAXA et "
    "le CNES ont signé une lettre d'intention sur MMX.\n",
])
def test_a_new_document_takes_no_date_from_the_sentence_before(extractor, text):
    dates = {tuple(r["parties"]): r["date"] for r in agreements(extractor, text)}
    assert dates == {("ESA", "NASA"): "2021-05-03", ("CNES", "JAXA"): None}


@pytest.mark.parametrize("text", [
    "Accords\n\nThe CNES president, Pierre Morel, signed the Artemis Accords on 7 June 2022 in Washington, in the "
    "presence of the NASA administrator, Bill Hart.\n",
    "Accords\n\nLe président du CNES, Pierre Morel, a signé les accords Artemis le 7 juin 2022 à Washington, en "
    "présence de l'administrateur de la NASA, Bill Hart.\n",
])
def test_a_witness_after_the_signing_is_no_signatory(extractor, text):
    record = one(extractor, text)
    assert signers(record) == {("Pierre Morel", "CNES")}


@pytest.mark.parametrize("text", [
    "Trishna\n\nThe CNES president and the ISRO chairman met by videoconference on 6 May 2021. In August 2019, "
    "the two agencies had committed to jointly develop the TRISHNA satellite.\n",
    "Trishna\n\nLe président du CNES et le président de l'ISRO se sont entretenus le 6 mai 2021. En août 2019, "
    "les deux agences s'étaient engagées à développer ensemble le satellite TRISHNA.\n",
])
def test_a_joint_commitment_is_a_dated_cooperation(extractor, text):
    record = one(extractor, text)
    assert (record["kind"], record["parties"], record["subject"]) == ("cooperation", ["CNES", "ISRO"], "TRISHNA")
    assert record["date"] == "2019-08"


@pytest.mark.parametrize("text", [
    "Trishna\n\nThe CNES president and the ISRO chairman met by videoconference on 6 May 2021 to discuss the "
    "TRISHNA satellite.\n",
    "Trishna\n\nLe président du CNES et le président de l'ISRO se sont entretenus le 6 mai 2021 au sujet du "
    "satellite TRISHNA.\n",
])
def test_a_meeting_alone_gives_no_agreement(extractor, text):
    assert agreements(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Deal\n\nNASA and JAXA signed a memorandum of understanding on 3 April 2023 in Tokyo.\n\n"
     "Ellen Park (left) and Kenji Sato (right) after signing the memorandum. Credit: JAXA\n\n"
     "The memorandum covers lunar exploration.\n", {"Ellen Park", "Kenji Sato"}),
    ("Accord\n\nLa NASA et la JAXA ont signé un protocole d'accord le 3 avril 2023 à Tokyo.\n\n"
     "Ellen Park et Kenji Sato signent le protocole. Crédit : JAXA\n\n"
     "Le protocole porte sur l'exploration lunaire.\n", {"Ellen Park", "Kenji Sato"}),
])
def test_signatories_named_in_a_signing_caption(extractor, text, expected):
    assert {s["name"] for s in one(extractor, text)["signatories"]} == expected


@pytest.mark.parametrize("text", [
    "Deal\n\nNASA and JAXA signed a memorandum of understanding on 3 April 2023 in Tokyo.\n\n"
    "Ellen Park and Kenji Sato visit the launch pad. Credit: JAXA\n\nThe memorandum covers lunar exploration.\n",
    "Accord\n\nLa NASA et la JAXA ont signé un protocole d'accord le 3 avril 2023 à Tokyo.\n\n"
    "Ellen Park et Kenji Sato visitent le pas de tir. Crédit : JAXA\n\nLe protocole porte sur l'exploration lunaire.\n",
])
def test_people_of_another_caption_are_not_signatories(extractor, text):
    assert one(extractor, text)["signatories"] == []


@pytest.mark.parametrize("text, second", [
    ("Deals\n\nOn 22 November 2022, the French minister Paul Rey and his counterparts Karl Vogt for Germany and "
     "Marco Neri for Italy signed a joint statement. On 6 November 2023, the same three ministers signed a new "
     "one.\n", "2023-11-06"),
    ("Accords\n\nLe 22 novembre 2022, le ministre français Paul Rey et ses homologues Karl Vogt pour l'Allemagne et "
     "Marco Neri pour l'Italie ont signé une déclaration conjointe. Le 6 novembre 2023, les trois mêmes ministres en "
     "ont signé une nouvelle.\n", "2023-11-06"),
])
def test_the_same_signers_sign_again(extractor, text, second):
    found = agreements(extractor, text)
    assert {r["date"] for r in found} == {"2022-11-22", second}
    assert all(r["parties"] == ["country:DE", "country:FR", "country:IT"] for r in found)
    assert all({s["name"] for s in r["signatories"]} == {"Paul Rey", "Karl Vogt", "Marco Neri"} for r in found)


@pytest.mark.parametrize("text", [
    "Deals\n\nOn 22 November 2022, the French minister Paul Rey and his counterparts Karl Vogt for Germany and "
    "Marco Neri for Italy signed a joint statement. On 6 November 2023, other ministers signed a new one.\n",
    "Accords\n\nLe 22 novembre 2022, le ministre français Paul Rey et ses homologues Karl Vogt pour l'Allemagne et "
    "Marco Neri pour l'Italie ont signé une déclaration conjointe. Le 6 novembre 2023, d'autres ministres en ont "
    "signé une nouvelle.\n",
])
def test_other_signers_are_not_the_same(extractor, text):
    assert [r["date"] for r in agreements(extractor, text)] == ["2022-11-22"]


@pytest.mark.parametrize("text", [
    "Deal\n\nOn 30 September 2014, NASA and ISRO signed an agreement on NISAR. At the same meeting, NASA and ISRO "
    "signed a charter on Mars exploration.\n",
    "Accord\n\nLe 30 septembre 2014, la NASA et l'ISRO ont signé un accord sur NISAR. Lors de la même réunion, la "
    "NASA et l'ISRO ont signé une charte sur l'exploration de Mars.\n",
])
def test_a_new_document_at_the_same_occasion_takes_its_date(extractor, text):
    assert {r["date"] for r in agreements(extractor, text)} == {"2014-09-30"}
