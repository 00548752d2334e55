"""Slots of a signing read from around its sentence, in English and French (invented articles, real agencies).

- a sentence that names the occasion with a demonstrative ("on the sidelines of this seminar", "en marge de ce
  séminaire", "au cours de la mission") takes the date of the paragraph before, and "the two agencies" its agencies;
- "the document" signed right after a sentence dating the document takes that day (never a year of its history);
- a date in a clause that tells a launch or a founding ("was launched in 1992", "lancée en décembre 2017") is not the
  signing's;
- a date line closing the page ("Mis à jour le ...") is the article's date when none opens it;
- a post with a complement before the name ("vice-président de la JAXA chargé de l'ISAS, X") names an official.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "occasion")


def dates(extractor, text):
    return {tuple(r["parties"]): r["date"] for r in agreements(extractor, text)}


# ---- the occasion the paragraph before dates -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Space seminar in Rabat\n\nPublished 12 May 2022\n\nRABAT, 12 May (Wire) - Morocco and France opened on Tuesday "
    "their first joint space seminar, organised by the French space agency CNES with the Royal Centre for Remote "
    "Sensing (CRTS).\n\nOn the sidelines of this seminar, a framework agreement was signed by the two agencies.\n",
    "Séminaire spatial à Rabat\n\nPublié le 12/05/2022\n\nRABAT, 12 mai (Agence) - Le Maroc et la France ont ouvert "
    "mardi leur premier séminaire spatial, organisé par le CNES avec le Centre royal de télédétection spatiale "
    "(CRTS).\n\nC'est en marge de ce séminaire qu'un accord-cadre a été signé entre les deux agences.\n",
])
def test_the_occasion_of_the_paragraph_before_dates_the_signing(extractor, text):
    assert dates(extractor, text).get(("CNES", "CRTS")) == "2022-05-10"


@pytest.mark.parametrize("text", [
    "Space seminar in Rabat\n\nPublished 12 May 2022\n\nRABAT, 12 May (Wire) - CNES and the Royal Centre for Remote "
    "Sensing (CRTS) opened on Tuesday their first joint space seminar.\n\nThe two agencies signed a framework "
    "agreement on Earth observation, officials said.\n",
    "Séminaire spatial à Rabat\n\nPublié le 12/05/2022\n\nRABAT, 12 mai (Agence) - Le CNES et le Centre royal de "
    "télédétection spatiale (CRTS) ont ouvert mardi leur premier séminaire spatial.\n\nLes deux agences ont signé "
    "un accord-cadre sur l'observation de la Terre, selon leurs responsables.\n",
])
def test_without_an_occasion_word_the_paragraph_before_gives_no_date(extractor, text):
    assert dates(extractor, text).get(("CNES", "CRTS")) is None


@pytest.mark.parametrize("text", [
    "Trade mission to Japan\n\nUpdated 17.06.2024\n\nThe official trade mission to Japan ended last week with a "
    "series of space deals.\n\nDuring the mission, the Luxembourg Space Agency (LSA) and the Japan Aerospace "
    "Exploration Agency (JAXA) signed a cooperation memorandum.\n",
    "Mission au Japon\n\nMis à jour le 17.06.2024\n\nLa mission économique au Japon s'est achevée la semaine "
    "dernière sur une série d'accords dans le domaine spatial.\n\nAu cours de la mission, la Luxembourg Space Agency "
    "(LSA) et l'Agence japonaise d'exploration aérospatiale (JAXA) ont signé un protocole de coopération.\n",
])
def test_during_the_mission_takes_the_week_of_the_paragraph_before(extractor, text):
    assert dates(extractor, text).get(("JAXA", "LSA")) == "2024-06"


# ---- the document the sentence before dates ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya joins the Accords\n\nKenya became a signatory of NASA's Artemis Accords on 9 March 2025, at a ceremony in "
    "Washington. Kenya's ambassador to the United States, Daniel Otieno, signed the document on behalf of his "
    "government.\n",
    "Le Kenya rejoint les accords\n\nLe Kenya a rejoint les accords Artemis de la NASA le 9 mars 2025, lors d'une "
    "cérémonie à Washington. L'ambassadeur du Kenya aux États-Unis, Daniel Otieno, a signé le document au nom de son "
    "gouvernement.\n",
])
def test_the_document_signed_takes_the_day_the_sentence_before_gives(extractor, text):
    found = [r["date"] for r in agreements(extractor, text) if "country:KE" in r["parties"]]
    assert found == ["2025-03-09"]


@pytest.mark.parametrize("text", [
    "Kenya and the Accords\n\nThe Artemis Accords were drawn up by NASA and the State Department in 2020. Kenya's "
    "ambassador, Daniel Otieno, signed the document on behalf of his government.\n",
    "Le Kenya et les accords\n\nLes accords Artemis ont été rédigés par la NASA et le département d'État en 2020. "
    "L'ambassadeur du Kenya, Daniel Otieno, a signé le document au nom de son gouvernement.\n",
])
def test_a_year_of_the_document_history_is_not_the_signing_date(extractor, text):
    found = [r["date"] for r in agreements(extractor, text) if "country:KE" in r["parties"]]
    assert found and all(date is None for date in found)


# ---- a date that belongs to a launch or a founding ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "CNES and NASA\n\nPARIS, 21 June 2017 —\n\nOn 19 June, twenty-five years after their first joint satellite was "
    "launched in 1992, CNES and NASA signed a joint statement on oceanography.\n",
    "Le CNES et la CNSA\n\nLe 25 juin 2018 à Pékin, le CNES et la CNSA ont conclu un accord pour mettre en œuvre "
    "l'Observatoire spatial du climat, une initiative lancée à Paris en décembre 2017.\n",
])
def test_a_launch_date_in_the_signing_sentence_is_not_the_signing_date(extractor, text):
    found = dates(extractor, text)
    assert found.get(("CNES", "NASA"), found.get(("CNES", "CNSA"))) in ("2017-06-19", "2018-06-25")


@pytest.mark.parametrize("text, parties, date", [
    ("CNES and NASA\n\nPARIS, 21 June 2017 —\n\nCNES and NASA signed a joint statement on oceanography in 1992.\n",
     ("CNES", "NASA"), "1992"),
    ("Le CNES et la CNSA\n\nLe CNES et la CNSA ont conclu en décembre 2017 un accord sur l'Observatoire spatial du "
     "climat.\n", ("CNES", "CNSA"), "2017-12"),
])
def test_a_date_of_the_signing_clause_itself_is_kept(extractor, text, parties, date):
    assert dates(extractor, text).get(parties) == date


# ---- a date line closing the page ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Angola joins the Artemis Accords\n\nWashington (Special correspondent) - The Angolan government signed NASA's "
    "Artemis Accords on Thursday 30 November in Washington DC.\n\nUpdated 1 December 2023 10:22\n",
    "L'Angola adhère aux accords Artemis\n\nWashington (De l'envoyé spécial) - Le gouvernement angolais a signé le "
    "jeudi 30 novembre, à Washington, les accords Artemis de la NASA.\n\nMis à jour le 01/12/2023 à 10:22\n",
])
def test_a_closing_date_line_gives_the_year_of_a_month_day(extractor, text):
    assert dates(extractor, text).get(("NASA", "country:AO")) == "2023-11-30"


@pytest.mark.parametrize("text", [
    "Angola joins the Artemis Accords\n\nWashington (Special correspondent) - The Angolan government signed NASA's "
    "Artemis Accords on Thursday 30 November in Washington DC.\n\nThe next ceremony is planned for 01/12/2023, in "
    "Luanda, with the ministers of both countries.\n",
    "L'Angola adhère aux accords Artemis\n\nWashington (De l'envoyé spécial) - Le gouvernement angolais a signé le "
    "jeudi 30 novembre, à Washington, les accords Artemis.\n\nLa prochaine cérémonie est prévue le 01/12/2023 à "
    "Luanda, avec les ministres des deux pays.\n",
])
def test_a_closing_sentence_is_no_date_line(extractor, text):
    assert extractor.analyse(text, "occasion").article_date is None


# ---- a post with a complement before the name ---------------------------------------------------------------------

def officials(extractor, text):
    return {(r["agency_id"], p["name"]) for r in checked_records(extractor, text, "agency", "occasion")
            for p in r["people"]}


@pytest.mark.parametrize("text", [
    "JAXA and ESA\n\nPublished 5 March 2021\n\nThe text was signed by the JAXA vice-president in charge of space "
    "science, Kenji Morita, and by Anna Berg.\n",
    "La JAXA et l'ESA\n\nPublié le 5 mars 2021\n\nLe texte porte la signature du vice-président de la JAXA chargé de "
    "la science spatiale, Kenji Morita, et d'Anna Berg.\n",
])
def test_a_post_with_a_complement_names_its_holder(extractor, text):
    assert ("JAXA", "Kenji Morita") in officials(extractor, text)


@pytest.mark.parametrize("text", [
    "JAXA and ESA\n\nPublished 5 March 2021\n\nThe JAXA vice-president spoke about the talks in charge of the "
    "budget; later, in Tokyo, Kenji Morita arrived.\n",
    "La JAXA et l'ESA\n\nPublié le 5 mars 2021\n\nLe vice-président de la JAXA a parlé des discussions ; plus tard, "
    "à Tokyo, Kenji Morita est arrivé.\n",
])
def test_a_name_far_after_a_post_is_not_its_holder(extractor, text):
    assert ("JAXA", "Kenji Morita") not in officials(extractor, text)


# ---- a transcript's speaker label and its stage directions --------------------------------------------------------

def signers(extractor, text):
    return {(s["name"], r["date"]) for r in agreements(extractor, text) for s in r["signatories"]}


@pytest.mark.parametrize("text", [
    "TRANSCRIPT\n\nPoland joins the Artemis Accords\n\nWednesday, May 14, 2025\n\nAMBASSADOR ANNA MARIA NOWAK "
    "(Ambassador of Poland to the United States): Thank you, Administrator.\n\n[Ambassador Nowak signs NASA's "
    "Artemis Accords on behalf of the Government of Poland. Applause.]\n",
    "TRANSCRIPTION\n\nLa Pologne rejoint les accords Artemis\n\nMercredi 14 mai 2025\n\nAMBASSADRICE ANNA MARIA "
    "NOWAK (ambassadrice de Pologne aux États-Unis) : Merci, monsieur l'administrateur.\n\n[L'ambassadrice Nowak "
    "signe les accords Artemis de la NASA au nom du gouvernement polonais. Applaudissements.]\n",
])
def test_a_stage_direction_names_the_speaker_of_the_label_on_the_article_day(extractor, text):
    assert signers(extractor, text) == {("Anna Maria Nowak", "2025-05-14")}


@pytest.mark.parametrize("text", [
    "TRANSCRIPT\n\nPoland joins the Artemis Accords\n\nWednesday, May 14, 2025\n\nAMBASSADOR ANNA MARIA NOWAK "
    "(Ambassador of Poland to the United States): Thank you, Administrator.\n\n[Minister Nowak has signed NASA's "
    "Artemis Accords on behalf of the Government of Poland.]\n",
    "TRANSCRIPTION\n\nLa Pologne rejoint les accords Artemis\n\nMercredi 14 mai 2025\n\nAMBASSADRICE ANNA MARIA "
    "NOWAK (ambassadrice de Pologne aux États-Unis) : Merci, monsieur l'administrateur.\n\n[Le ministre Nowak a "
    "signé les accords Artemis de la NASA au nom du gouvernement polonais.]\n",
])
def test_another_post_before_the_surname_is_not_the_speaker_and_a_past_tense_has_no_day(extractor, text):
    assert not any(name == "Anna Maria Nowak" or date == "2025-05-14" for name, date in signers(extractor, text))


# ---- people who only watch, and places named after people --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Armenia and the Accords\n\nPublished 13 June 2024\n\nArmenia's minister of high-tech industry, Aram Petrosyan, "
    "signed NASA's Artemis Accords on 12 June 2024 in the Mary W. Jackson Building, watched by NASA Administrator "
    "Bill Nelson.\n",
    "L'Arménie et les accords\n\nPublié le 13 juin 2024\n\nLe ministre arménien de l'Industrie, Aram Petrosyan, a "
    "signé les accords Artemis de la NASA le 12 juin 2024 dans le bâtiment Mary W. Jackson, sous le regard de "
    "l'administrateur de la NASA, Bill Nelson.\n",
])
def test_a_watcher_and_a_building_are_no_signers(extractor, text):
    assert {name for name, _ in signers(extractor, text)} == {"Aram Petrosyan"}


@pytest.mark.parametrize("text", [
    "Armenia and the Accords\n\nPublished 13 June 2024\n\nArmenia's minister of high-tech industry, Aram Petrosyan, "
    "and NASA Administrator Bill Nelson signed NASA's Artemis Accords on 12 June 2024 in Washington.\n",
    "L'Arménie et les accords\n\nPublié le 13 juin 2024\n\nLe ministre arménien de l'Industrie, Aram Petrosyan, et "
    "l'administrateur de la NASA, Bill Nelson, ont signé les accords Artemis de la NASA le 12 juin 2024 à "
    "Washington.\n",
])
def test_two_people_who_sign_are_both_signers(extractor, text):
    assert {name for name, _ in signers(extractor, text)} == {"Aram Petrosyan", "Bill Nelson"}


@pytest.mark.parametrize("text", [
    "Chile joins the Accords\n\nPublished 3 May 2024\n\nChile signed NASA's Artemis Accords on 2 May 2024 in Santiago. "
    "The head of the Chilean Space Agency, Rosa Campos, signed the text. The science minister, Luis Vera, and the "
    "US ambassador, Ann Hale, attended the signing.\n\nRosa Campos, Luis Vera and Ann Hale after the signing in "
    "Santiago.\n",
    "Le Chili rejoint les accords\n\nPublié le 3 mai 2024\n\nLe Chili a signé les accords Artemis de la NASA le 2 mai "
    "2024 à Santiago. La directrice de l'agence spatiale chilienne, Rosa Campos, a signé le texte. Le ministre de la "
    "Science, Luis Vera, et l'ambassadrice des États-Unis, Ann Hale, assistaient à la signature.\n\nRosa Campos, "
    "Luis Vera et Ann Hale après la signature à Santiago.\n",
])
def test_people_listed_as_watching_are_no_signers_of_the_caption(extractor, text):
    assert {name for name, _ in signers(extractor, text)} == {"Rosa Campos"}


@pytest.mark.parametrize("text", [
    "Chile joins the Accords\n\nPublished 3 May 2024\n\nChile's science minister, Luis Vera, signed NASA's Artemis "
    "Accords on 2 May 2024. NASA was represented by its deputy administrator, Ann Hale, in a recorded video "
    "message. She said the signature showed Chile's commitment to peaceful exploration.\n",
    "Le Chili rejoint les accords\n\nPublié le 3 mai 2024\n\nLe ministre chilien de la Science, Luis Vera, a signé "
    "les accords Artemis de la NASA le 2 mai 2024. La NASA était représentée par son administratrice adjointe, Ann "
    "Hale, par un message vidéo. Elle a déclaré que la signature montrait l'engagement du Chili.\n",
])
def test_a_speaker_by_video_message_is_no_signer(extractor, text):
    assert {name for name, _ in signers(extractor, text)} == {"Luis Vera"}


@pytest.mark.parametrize("text", [
    "CNES and ISRO\n\nPublished 3 May 2024\n\nISRO Chairman Ravi Kumar visited Toulouse on 2 May 2024. He signed an "
    "agreement with CNES on Earth observation.\n",
    "Le CNES et l'ISRO\n\nPublié le 3 mai 2024\n\nLe président de l'ISRO, Ravi Kumar, était à Toulouse le 2 mai 2024. "
    "Il a signé un accord avec le CNES sur l'observation de la Terre.\n",
])
def test_a_pronoun_that_signs_is_the_person_before(extractor, text):
    assert {name for name, _ in signers(extractor, text)} == {"Ravi Kumar"}


@pytest.mark.parametrize("text, expected", [
    ("CNSA and ESA\n\nPublished 5 March 2021\n\nLi Wen, a senior official of the CNSA, and the Secretary General of "
     "ESA, Marta Ruiz, opened the meeting.\n", {("CNSA", "Li Wen"), ("ESA", "Marta Ruiz")}),
    ("La CNSA et l'ESA\n\nPublié le 5 mars 2021\n\nLe secrétaire général de la CNSA, Li Wen, et la directrice "
     "scientifique de l'ESA, Marta Ruiz, ont ouvert la réunion. Paul Roy, administrateur associé de la NASA chargé des "
     "sciences, était présent.\n", {("CNSA", "Li Wen"), ("ESA", "Marta Ruiz"), ("NASA", "Paul Roy")}),
])
def test_more_posts_name_officials(extractor, text, expected):
    assert expected <= officials(extractor, text)


@pytest.mark.parametrize("text", [
    "CNSA and ESA\n\nPublished 5 March 2021\n\nThe Secretary General of the United Nations, Ana Costa, praised the "
    "work of ESA.\n",
    "La CNSA et l'ESA\n\nPublié le 5 mars 2021\n\nLa secrétaire générale des Nations unies, Ana Costa, a salué le "
    "travail de l'ESA.\n",
])
def test_a_post_of_another_body_names_no_agency_official(extractor, text):
    assert not {name for _, name in officials(extractor, text)} & {"Ana Costa"}
