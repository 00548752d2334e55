"""Signing events on news-shaped text: which signings exist, their parties, dates and subjects.

Kinds found on news-dev, each written here as invented articles (real agencies and countries,
invented people and wording), in English and French, with a negative case next to each positive:
- two documents signed at once ("two agreements: one on ..., the other on ...") are two records;
- joining the Artemis Accords worded as a rank ("became the 25th signatory") is a signing;
- a sentence joining two signings of its own gives each its own parties and date;
- a past signing dated by a day without a year is never after the article's date;
- a wire dateline's date is the story's date, not the signing's;
- a share of a returned sample is a cooperation with the mission's lead;
- a contribution to a mission the KB lacks serves the lead the article states;
- "Under the memorandum, X will provide ..." restates the memorandum: no cooperation of its own;
- a title restating the body's signing takes the body's government side.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "events")



# ---- two documents in one signing ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ESA and JAXA deepen ties\n\nUpdated 4 June 2024\n\n"
    "On 3 June 2024 in Tokyo, ESA and JAXA signed two agreements: one on astronaut training, "
    "the other on the exchange of lunar samples.\n",
    "L'ESA et la JAXA renforcent leurs liens\n\nMis à jour le 04.06.2024\n\n"
    "Le 3 juin 2024 à Tokyo, l'ESA et la JAXA ont signé deux accords : l'un sur la formation des astronautes, "
    "l'autre sur l'échange d'échantillons lunaires.\n",
])
def test_two_documents_signed_together_are_two_records(extractor, text):
    found = by_parties(agreements(extractor, text)).get(("ESA", "JAXA"), [])
    assert len(found) == 2
    assert {r["date"] for r in found} == {"2024-06-03"}


@pytest.mark.parametrize("text", [
    "ESA and JAXA deepen ties\n\nUpdated 4 June 2024\n\n"
    "On 3 June 2024 in Tokyo, ESA and JAXA signed an agreement on astronaut training.\n",
    "L'ESA et la JAXA renforcent leurs liens\n\nMis à jour le 04.06.2024\n\n"
    "Le 3 juin 2024 à Tokyo, l'ESA et la JAXA ont signé un accord sur la formation des astronautes.\n",
])
def test_one_document_stays_one_record(extractor, text):
    assert len(by_parties(agreements(extractor, text)).get(("ESA", "JAXA"), [])) == 1


def test_the_same_leaders_sign_again_for_their_agencies(extractor):
    text = ("Roscosmos et la CNSA signent un mémorandum\n\nMis à jour le 10.05.2022\n\n"
            "Le 9 mai 2022, le chef de Roscosmos Ivan Petrov et le chef de la CNSA Li Wen ont signé un mémorandum "
            "d'entente sur une base lunaire.\n\nLa base sera ouverte à d'autres pays.\n\n"
            "Les deux parties veulent avancer vite.\n\n"
            "Les deux mêmes dirigeants avaient déjà signé en septembre 2020 deux accords entre leurs agences : "
            "l'un sur l'exploration lunaire, l'autre sur les débris spatiaux.\n")
    found = by_parties(agreements(extractor, text)).get(("CNSA", "ROSCOSMOS"), [])
    assert sorted(r["date"] for r in found) == ["2020-09", "2020-09", "2022-05-09"]
    assert {r["subject"] for r in found if r["date"] == "2020-09"} == {"lunar exploration", "space debris"}


def test_listed_documents_without_a_known_subject_never_share_an_id(extractor):
    # the contract's key is (parties, subject, date): two listed French documents whose topics are not rendered
    # would have the same key, so they must be one record (an id is unique in a run; loaders upsert on it)
    text = ("Roscosmos et la CNSA renforcent leurs liens\n\nMis à jour le 10.05.2022\n\n"
            "Roscosmos et la CNSA ont signé en septembre 2020 deux accords : l'un sur un relais lunaire, "
            "l'autre sur un centre de données.\n")
    found = by_parties(agreements(extractor, text)).get(("CNSA", "ROSCOSMOS"), [])
    assert {r["date"] for r in found} == {"2020-09"}
    # either each item got its own subject (two keys) or they are one record: never two records with one id
    assert len({(r["subject"], r["date"]) for r in found}) == len(found) == len({r["id"] for r in found})


# ---- joining the Accords worded as a rank ------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Peru joins the Artemis Accords\n\nUpdated June 2, 2024\n\n"
     "Peru signed the Artemis Accords at NASA Headquarters on Friday.\n\n"
     "Norway became the 20th signatory last month, in a ceremony in Oslo.\n", "country:NO"),
    ("Le Pérou rejoint les accords Artemis\n\nMis à jour le 02.06.2024\n\n"
     "Le Pérou a signé les accords Artemis vendredi au siège de la NASA.\n\n"
     "Le mois dernier, la Norvège est devenue le 20e pays signataire, lors d'une cérémonie à Oslo.\n", "country:NO"),
])
def test_joining_as_a_rank_is_a_signing(extractor, text, country):
    found = by_parties(agreements(extractor, text))
    assert (("NASA", country) in found) or ((country,) in found)
    record = found.get(("NASA", country), found.get((country,)))[0]
    assert record["kind"] == "accords" and record["date"] == "2024-05"


@pytest.mark.parametrize("text", [
    "Norway's football club climbs\n\nUpdated June 2, 2024\n\nNorway became the 20th country to join the league.\n",
    "Le club norvégien progresse\n\nMis à jour le 02.06.2024\n\nLa Norvège est devenue le 20e pays à rejoindre "
    "la ligue.\n",
])
def test_a_rank_without_the_accords_is_no_signing(extractor, text):
    assert agreements(extractor, text) == []


# ---- two signings in one sentence ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gateway partners\n\nUpdated 10 March 2022\n\n"
    "ESA signed a memorandum with NASA on 3 February 2022, and on 1 March 2022 the governments of Canada and "
    "Japan signed an agreement on lunar science.\n",
    "Les partenaires de Gateway\n\nMis à jour le 10.03.2022\n\n"
    "L'ESA a signé un mémorandum avec la NASA le 3 février 2022, et le 1er mars 2022 les gouvernements du Canada "
    "et du Japon ont signé un accord sur la science lunaire.\n",
])
def test_each_signing_of_a_sentence_keeps_its_parties_and_date(extractor, text):
    found = {tuple(r["parties"]): r["date"] for r in agreements(extractor, text)}
    assert found.get(("ESA", "NASA")) == "2022-02-03"
    assert found.get(("country:CA", "country:JP")) == "2022-03-01"
    assert not [p for p in found if len(p) > 2]


@pytest.mark.parametrize("text", [
    "ESA and NASA\n\nUpdated 10 March 2022\n\n"
    "ESA signed a memorandum with NASA on 3 February 2022, and the two agencies will meet again in May.\n",
    "L'ESA et la NASA\n\nMis à jour le 10.03.2022\n\n"
    "L'ESA a signé un mémorandum avec la NASA le 3 février 2022, et les deux agences se retrouveront en mai.\n",
])
def test_one_signing_and_another_clause_stay_one_record(extractor, text):
    found = agreements(extractor, text)
    assert [(tuple(r["parties"]), r["date"]) for r in found] == [(("ESA", "NASA"), "2022-02-03")]


# ---- dates ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("ESA and JAXA\n\nUpdated January 20, 2022\n\nESA and JAXA signed a memorandum on Nov. 14 on lunar rovers.\n",
     "2021-11-14"),
    ("L'ESA et la JAXA\n\nMis à jour le 20.01.2022\n\nL'ESA et la JAXA ont signé un mémorandum le 14 novembre.\n",
     "2021-11-14"),
])
def test_a_past_signing_is_not_after_the_article(extractor, text, expected):
    assert [r["date"] for r in agreements(extractor, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("ESA and JAXA\n\nUpdated January 20, 2022\n\nESA and JAXA will sign a memorandum on Nov. 14.\n",
     "2022-11-14"),
    ("L'ESA et la JAXA\n\nMis à jour le 20.01.2022\n\nL'ESA et la JAXA signeront un mémorandum le 14 novembre.\n",
     "2022-11-14"),
])
def test_a_planned_signing_keeps_the_article_year(extractor, text, expected):
    found = agreements(extractor, text)
    assert [(r["date"], r["status"]) for r in found] == [(expected, "planned")]


@pytest.mark.parametrize("text", [
    "NASA and JAXA\n\nUpdated March 3, 2022\n\n"
    "TOKYO, March 2 (Kestrel) - NASA said on Wednesday it had concluded a memorandum with JAXA on lunar rovers.\n",
])
def test_a_wire_dateline_and_a_saying_date_are_not_the_signing_date(extractor, text):
    assert [(tuple(r["parties"]), r["date"]) for r in agreements(extractor, text)] == [(("JAXA", "NASA"), None)]


def test_a_wire_story_signing_dated_in_its_clause_keeps_that_date(extractor):
    text = ("NASA and JAXA\n\nUpdated March 3, 2022\n\n"
            "TOKYO, March 2 (Kestrel) - NASA and JAXA signed a memorandum on lunar rovers on February 28.\n")
    assert [r["date"] for r in agreements(extractor, text)] == ["2022-02-28"]


# ---- cooperation records --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hayabusa2 capsule opened\n\nUpdated 5 May 2021\n\n"
    "JAXA opened the Hayabusa2 capsule in Sagamihara. NASA will receive a portion of the Ryugu material.\n",
    "La capsule de Hayabusa2 ouverte\n\nMis à jour le 05.05.2021\n\n"
    "La JAXA a ouvert la capsule de Hayabusa2 à Sagamihara. La NASA recevra une partie de l'échantillon.\n",
])
def test_a_share_of_the_sample_is_a_cooperation_with_the_mission_lead(extractor, text):
    found = [r for r in agreements(extractor, text) if r["kind"] == "cooperation"]
    assert [(r["parties"], r["subject"], r["status"]) for r in found] == [(["JAXA", "NASA"], "Hayabusa2", "ongoing")]


@pytest.mark.parametrize("text", [
    "Hayabusa2 capsule opened\n\nUpdated 5 May 2021\n\n"
    "The Hayabusa2 capsule was opened in Sagamihara. JAXA will keep a portion of the Ryugu material.\n",
    "La capsule de Hayabusa2 ouverte\n\nMis à jour le 05.05.2021\n\n"
    "La capsule de Hayabusa2 a été ouverte à Sagamihara. La JAXA recevra une partie de l'échantillon.\n",
])
def test_the_lead_keeping_its_sample_is_no_cooperation(extractor, text):
    assert [r for r in agreements(extractor, text) if r["kind"] == "cooperation"] == []


@pytest.mark.parametrize("text", [
    "IXPE reaches orbit\n\nUpdated 10 December 2021\n\n"
    "NASA's IXPE observatory reached orbit on Thursday. IXPE is led by NASA. "
    "The Italian Space Agency (ASI) contributed the detectors of its three telescopes.\n",
    "IXPE en orbite\n\nMis à jour le 10.12.2021\n\n"
    "L'observatoire IXPE de la NASA a atteint son orbite jeudi. La mission IXPE est dirigée par la NASA. "
    "L'Agence spatiale italienne (ASI) a fourni les détecteurs de ses trois télescopes.\n",
])
def test_a_contribution_to_a_mission_the_kb_lacks_serves_its_stated_lead(extractor, text):
    found = [r for r in agreements(extractor, text) if r["kind"] == "cooperation"]
    assert [(r["parties"], r["subject"]) for r in found] == [(["ASI", "NASA"], "IXPE")]


@pytest.mark.parametrize("text", [
    "NASA and Japan sign Gateway memorandum\n\nUpdated 14 January 2021\n\n"
    "On 12 January 2021 NASA signed a memorandum of understanding with the Government of Japan on Gateway. "
    "Under the memorandum, JAXA will provide batteries for Gateway.\n",
    "La NASA et le Japon signent un mémorandum sur Gateway\n\nMis à jour le 14.01.2021\n\n"
    "Le 12 janvier 2021, la NASA a signé un mémorandum d'entente avec le gouvernement du Japon sur Gateway. "
    "Dans le cadre de ce mémorandum, la JAXA fournira des batteries pour Gateway.\n",
])
def test_the_contents_of_a_reported_memorandum_add_no_cooperation(extractor, text):
    found = agreements(extractor, text)
    assert [r for r in found if r["kind"] == "cooperation"] == []
    assert [r["parties"] for r in found] == [["NASA", "country:JP"]]


@pytest.mark.parametrize("text", [
    "Hayabusa2 support\n\nUpdated 14 January 2021\n\n"
    "NASA will provide a tracking antenna for JAXA's Hayabusa2 probe.\n",
    "Soutien à Hayabusa2\n\nMis à jour le 14.01.2021\n\n"
    "La NASA fournira une antenne de suivi pour la sonde Hayabusa2 de la JAXA.\n",
])
def test_a_supply_without_a_document_is_still_a_cooperation(extractor, text):
    found = [r for r in agreements(extractor, text) if r["kind"] == "cooperation"]
    assert [(r["parties"], r["subject"]) for r in found] == [(["JAXA", "NASA"], "Hayabusa2")]


# ---- sides of a sentence listing several joinings --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile joins the Artemis Accords\n\nUpdated 20 March 2024\n\n"
    "Chile signed the Artemis Accords at NASA on 18 March 2024. "
    "Chile's signing comes a week after that of Latvia, which signed on 11 March, and Estonia, on 2 March.\n",
    "Le Chili rejoint les accords Artemis\n\nMis à jour le 20.03.2024\n\n"
    "Le Chili a signé les accords Artemis à la NASA le 18 mars 2024. "
    "L'adhésion du Chili arrive une semaine après celle de la Lettonie, qui a signé le 11 mars, et de l'Estonie, "
    "le 2 mars.\n",
])
def test_each_listed_side_keeps_its_own_date(extractor, text):
    found = {tuple(r["parties"]): r["date"] for r in agreements(extractor, text)}
    assert found.get(("NASA", "country:LV")) == "2024-03-11"
    assert found.get(("NASA", "country:EE")) == "2024-03-02"
    assert found.get(("NASA", "country:CL")) == "2024-03-18"
    assert len(found) == 3


# ---- a title restating the body's signing -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "NASA, Japan seal Gateway memorandum\n\nUpdated 14 January 2021\n\n"
    "On 12 January 2021 NASA signed a memorandum of understanding with the Government of Japan on Gateway. "
    "JAXA will build parts of the station's habitation module.\n",
    "La NASA et le Japon signent un mémorandum sur Gateway\n\nMis à jour le 14.01.2021\n\n"
    "Le 12 janvier 2021, la NASA a signé un mémorandum d'entente avec le gouvernement du Japon sur Gateway. "
    "La JAXA construira des éléments du module d'habitation.\n",
])
def test_a_title_takes_the_body_government_side(extractor, text):
    found = [r for r in agreements(extractor, text) if r["kind"] != "cooperation"]
    assert [r["parties"] for r in found] == [["NASA", "country:JP"]]


# ---- governments: "the two governments" of an earlier signing -----------------------------------------

def test_the_two_governments_of_an_earlier_signing(extractor):
    text = ("Le Brésil et la Chine renouvellent leurs liens\n\nMis à jour le 20.05.2023\n\n"
            "Le 14 mai 2023, le Brésil et la Chine ont signé un traité sur un nouveau satellite.\n\n"
            "Leur coopération remonte loin. Elle est née d'un accord conclu entre les deux gouvernements en 1990.\n")
    found = sorted((r["parties"], r["date"]) for r in agreements(extractor, text) if r["kind"] != "cooperation")
    assert found == [(["country:BR", "country:CN"], "1990"), (["country:BR", "country:CN"], "2023-05-14")]


# ---- a follow-up document names no parties of its own ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("CNES and ISRO\n\nUpdated 2 May 2022\n\n"
     "In March 2019, CNES and ISRO signed a first agreement on human spaceflight. "
     "A second agreement followed on 12 April 2022, during a visit by the French foreign minister.\n",
     [(["CNES", "ISRO"], "2019-03"), (["CNES", "ISRO"], "2022-04-12")]),
    ("Le CNES et l'ISRO\n\nMis à jour le 02.05.2022\n\n"
     "En mars 2019, le CNES et l'ISRO ont signé un premier accord sur le vol habité. "
     "Un second accord a suivi le 12 avril 2022, lors d'une visite du ministre français des Affaires étrangères.\n",
     [(["CNES", "ISRO"], "2019-03"), (["CNES", "ISRO"], "2022-04-12")]),
])
def test_a_second_document_takes_the_parties_of_the_first(extractor, text, expected):
    found = sorted((r["parties"], r["date"]) for r in agreements(extractor, text) if r["kind"] != "cooperation")
    assert found == expected


@pytest.mark.parametrize("text", [
    "CNES\n\nUpdated 2 May 2022\n\nA second agreement followed on 12 April 2022.\n",
    "Le CNES\n\nMis à jour le 02.05.2022\n\nUn second accord a suivi le 12 avril 2022.\n",
])
def test_a_second_document_without_an_earlier_signing_gives_nothing(extractor, text):
    assert agreements(extractor, text) == []


# ---- founding members are background; countries signing with a government are governments -------------

@pytest.mark.parametrize("text, expected", [
    ("Chile signs the Artemis Accords\n\nUpdated 20 March 2024\n\n"
     "Chile signed the Artemis Accords at NASA on 18 March 2024. Italy was among the founding members, and Peru signed "
     "in May 2023.\n", {("NASA", "country:CL"), ("NASA", "country:PE")}),
    ("Le Chili signe les accords Artemis\n\nMis à jour le 20.03.2024\n\n"
     "Le Chili a signé les accords Artemis à la NASA le 18 mars 2024. "
     "L'Italie fait partie des membres fondateurs, et le Pérou a signé en mai 2023.\n",
     {("NASA", "country:CL"), ("NASA", "country:PE")}),
])
def test_founding_members_are_background(extractor, text, expected):
    assert {tuple(r["parties"]) for r in agreements(extractor, text)} == expected


@pytest.mark.parametrize("text", [
    "Thailand and China\n\nUpdated 20 March 2024\n\nThailand's agency GISTDA launched a satellite. "
    "Earlier this year, Thailand signed a memorandum with China on the lunar station.\n",
    "La Thaïlande et la Chine\n\nMis à jour le 20.03.2024\n\nL'agence thaïlandaise GISTDA a lancé un satellite. "
    "Plus tôt dans l'année, la Thaïlande a signé avec la Chine un mémorandum sur la station lunaire.\n",
])
def test_countries_signing_with_a_government_are_governments(extractor, text):
    assert [r["parties"] for r in agreements(extractor, text)] == [["country:CN", "country:TH"]]


@pytest.mark.parametrize("text", [
    "Thailand and NASA\n\nUpdated 20 March 2024\n\nThailand's agency GISTDA launched a satellite. "
    "Earlier this year, Thailand signed a memorandum with NASA on lunar science.\n",
    "La Thaïlande et la NASA\n\nMis à jour le 20.03.2024\n\nL'agence thaïlandaise GISTDA a lancé un satellite. "
    "Plus tôt dans l'année, la Thaïlande a signé avec la NASA un mémorandum sur la science lunaire.\n",
])
def test_a_country_signing_with_an_agency_stays_its_government(extractor, text):
    # GUIDELINES (kinds ka-japan-us-framework-then-rover): the contract maps a country to its agency for mission
    # participation only; a country named as the signing side, with no agency official signing, is the government
    assert [r["parties"] for r in agreements(extractor, text)] == [["NASA", "country:TH"]]


# ---- a country inside a person's name ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "CNES and AEM\n\nUpdated 4 June 2024\n\nOn 3 June 2024, CNES and the Mexican Space Agency (AEM) signed an "
    "agreement on ocean science in the presence of former president François Hollande.\n",
    "Le CNES et l'AEM\n\nMis à jour le 04.06.2024\n\nLe 3 juin 2024, le CNES et l'Agence spatiale mexicaine (AEM) "
    "ont signé un accord sur les océans en présence de l'ancien président François Hollande.\n",
])
def test_a_country_inside_a_person_name_is_no_party(extractor, text):
    assert [r["parties"] for r in agreements(extractor, text)] == [["AEM", "CNES"]]


@pytest.mark.parametrize("text", [
    "CNES and the Netherlands\n\nUpdated 4 June 2024\n\n"
    "On 3 June 2024, CNES signed an agreement on ocean science with the government of the Netherlands.\n",
    "Le CNES et les Pays-Bas\n\nMis à jour le 04.06.2024\n\n"
    "Le 3 juin 2024, le CNES a signé un accord sur les océans avec le gouvernement des Pays-Bas.\n",
])
def test_a_country_named_as_such_stays_a_party(extractor, text):
    assert [r["parties"] for r in agreements(extractor, text)] == [["CNES", "country:NL"]]
