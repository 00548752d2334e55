"""Agreement kinds left over from the breaker's articles, each as a general rule, in English and French.

Invented articles (real agencies and countries, invented people and wording), a negative next to each positive:
- a condition ("If it signs, Spain would become ...", "Si elle signe ...", "Should X sign", "une fois l'accord
  signé") reports no signing;
- a planned signing ("next year", "l'an prochain", "in the coming months") gets its own date or none, never the
  date of the done signing before it;
- at a multi-country Accords ceremony each side gets only its own signer (positional lists, "for"/"au nom de");
- a month without a year ("in March", "en mars") takes the article's year; "mars dernier" the latest one before;
- a first name the NER cut off after a post ("Director General Salem Obaid Salem Al Zaabi") is given back.
"""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.dates import find_dates


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "leftovers")


def by_parties(records):
    return {tuple(r["parties"]): r for r in records}


# ---- conditions ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Spain weighs the Artemis Accords\n\nPublished 12 March 2024\n\n"
    "The government is studying the Artemis Accords. If it signs, Spain would become the 37th signatory of the "
    "Accords. Should Madrid sign the text, the Spanish Space Agency (AEE) would join NASA's lunar programme.\n",
    "L'Espagne étudie les accords Artemis\n\nPublié le 12 mars 2024\n\n"
    "Le gouvernement étudie les accords Artemis. Si elle signe, l'Espagne deviendrait le 37e pays signataire des "
    "accords Artemis. Une fois l'accord signé, l'Agence spatiale espagnole (AEE) rejoindra le programme de la NASA.\n",
])
def test_a_condition_reports_no_signing(extractor, text):
    found = by_parties(agreements(extractor, text))
    assert not [p for p in found if "country:ES" in p or "AEE" in p]


@pytest.mark.parametrize("text", [
    "Spain joins the Artemis Accords\n\nPublished 12 March 2024\n\n"
    "Even if talks took two years, Spain signed the Artemis Accords on 11 March 2024 in Madrid.\n",
    "L'Espagne rejoint les accords Artemis\n\nPublié le 12 mars 2024\n\n"
    "Même si les discussions ont duré deux ans, l'Espagne a signé les accords Artemis le 11 mars 2024 à Madrid.\n",
])
def test_a_concession_is_no_condition(extractor, text):
    found = [r for r in agreements(extractor, text) if "country:ES" in r["parties"]]
    assert [(r["status"], r["date"]) for r in found] == [("signed", "2024-03-11")]


def test_a_condition_after_the_signing_leaves_it_signed(extractor):
    text = ("ESA and JAXA sign\n\nPublished 5 June 2024\n\n"
            "ESA and JAXA signed an agreement on 4 June 2024 that lets ESA astronauts fly if seats are available.\n")
    found = by_parties(agreements(extractor, text))
    assert found[("ESA", "JAXA")]["status"] == "signed"
    assert found[("ESA", "JAXA")]["date"] == "2024-06-04"


# ---- a plan's own date --------------------------------------------------------------------------

@pytest.mark.parametrize("text,planned_date", [
    ("Sweden joins the Artemis Accords\n\nPublished 17 April 2024\n\n"
     "Sweden signed the Artemis Accords on 16 April 2024 in Stockholm. Norway is expected to sign the Accords next "
     "year, officials said.\n", "2025"),
    ("Sweden joins the Artemis Accords\n\nPublished 17 April 2024\n\n"
     "Sweden signed the Artemis Accords on 16 April 2024 in Stockholm. Norway is expected to sign the Accords in the "
     "coming months, officials said.\n", None),
    ("La Suède rejoint les accords Artemis\n\nPublié le 17 avril 2024\n\n"
     "La Suède a signé les accords Artemis le 16 avril 2024 à Stockholm. La Norvège devrait signer les accords l'an "
     "prochain, selon des responsables.\n", "2025"),
    ("La Suède rejoint les accords Artemis\n\nPublié le 17 avril 2024\n\n"
     "La Suède a signé les accords Artemis le 16 avril 2024 à Stockholm. La Norvège devrait signer les accords dans "
     "les prochains mois, selon des responsables.\n", None),
])
def test_a_plan_never_borrows_the_signing_date_before_it(extractor, text, planned_date):
    found = {p: r for p, r in by_parties(agreements(extractor, text)).items()}
    norway = next(r for p, r in found.items() if "country:NO" in p)
    sweden = next(r for p, r in found.items() if "country:SE" in p)
    assert (norway["status"], norway["date"]) == ("planned", planned_date)
    assert (sweden["status"], sweden["date"]) == ("signed", "2024-04-16")


def test_a_later_sentence_of_the_same_signing_still_takes_its_date(extractor):
    text = ("Sweden joins the Artemis Accords\n\nPublished 17 April 2024\n\n"
            "On 16 April 2024 Sweden joined the Artemis Accords. Minister Eva Lund signed the Accords in Stockholm.\n")
    sweden = next(r for r in agreements(extractor, text) if "country:SE" in r["parties"])
    assert sweden["date"] == "2024-04-16"


# ---- each side its own signer -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Three nations join the Artemis Accords\n\nPublished 20 May 2024\n\n"
    "Brazil, Colombia and Peru signed the Artemis Accords on 19 May 2024 in Washington, represented by Carlos "
    "Mendes, Lucia Herrera and Jorge Paredes respectively.\n",
    "Three nations join the Artemis Accords\n\nPublished 20 May 2024\n\n"
    "Brazil, Colombia and Peru signed the Artemis Accords on 19 May 2024 in Washington. Carlos Mendes signed for "
    "Brazil, Lucia Herrera for Colombia and Jorge Paredes for Peru.\n",
    "Trois pays rejoignent les accords Artemis\n\nPublié le 20 mai 2024\n\n"
    "Le Brésil, la Colombie et le Pérou ont signé les accords Artemis le 19 mai 2024 à Washington. Carlos Mendes a "
    "signé au nom du Brésil, Lucia Herrera au nom de la Colombie et Jorge Paredes au nom du Pérou.\n",
])
def test_each_side_of_a_ceremony_gets_only_its_own_signer(extractor, text):
    signers = {next(p for p in r["parties"] if p != "NASA"): [s["name"] for s in r["signatories"]]
               for r in agreements(extractor, text)}
    assert signers == {"country:BR": ["Carlos Mendes"], "country:CO": ["Lucia Herrera"],
                       "country:PE": ["Jorge Paredes"]}


def test_lists_of_different_lengths_pair_nothing(extractor):
    text = ("Three nations join the Artemis Accords\n\nPublished 20 May 2024\n\n"
            "Brazil, Colombia and Peru signed the Artemis Accords on 19 May 2024, represented by Carlos Mendes and "
            "Lucia Herrera.\n")
    found = agreements(extractor, text)
    assert len(found) == 3
    # no pairing is possible: nobody is given to one side alone
    assert not any(len(r["signatories"]) == 1 for r in found)


# ---- a month without a year ---------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("ISRO and CNES sign\n\nBENGALURU, 14 March 2024\n\n"
     "ISRO and CNES signed a memorandum of understanding in March on space weather research.\n", "2024-03"),
    ("L'ISRO et le CNES signent\n\nPublié le 14 mars 2024\n\n"
     "L'ISRO et le CNES ont signé en mars un protocole d'entente sur la météorologie spatiale.\n", "2024-03"),
    ("La NASA et le CNES\n\nPublié le 6 mars 2019\n\n"
     "La NASA et le CNES ont signé en mars dernier un protocole d'entente.\n", "2018-03"),
    ("NASA and CNES\n\nPublished 14 January 2024\n\n"
     "NASA and CNES signed a memorandum of understanding in December.\n", "2023-12"),
])
def test_a_month_without_a_year_takes_the_article_year(extractor, text, date):
    assert [r["date"] for r in agreements(extractor, text)] == [date]


@pytest.mark.parametrize("text,lang", [
    ("The agreement may be signed soon.", "en"),
    ("Le rover roule en Mars depuis 2021.", "fr"),
    ("Le rover a atterri sur Mars.", "fr"),
])
def test_no_month_without_a_month_name(text, lang):
    assert [d for d in find_dates(text, lang) if d.value.precision == "month"] == []


# ---- names cut after a post ---------------------------------------------------------------------

def test_a_first_name_cut_after_a_post_is_given_back(extractor):
    text = ("UAE and ISRO sign memorandum\n\nPublished 5 June 2024\n\n"
            "UAESA Director General Salem Obaid Salem Al Zaabi and ISRO chairman S. Somanath signed a memorandum "
            "of understanding on 4 June 2024 in Abu Dhabi.\n")
    records = checked_records(extractor, text)
    agreement = next(r for r in records if r["record_type"] == "agreement")
    assert {(s["name"], s["agency_id"]) for s in agreement["signatories"]} == {
        ("Salem Obaid Salem Al Zaabi", "UAESA"), ("S. Somanath", "ISRO")}
    uaesa = next(r for r in records if r["record_type"] == "agency" and r["agency_id"] == "UAESA")
    assert [p["name"] for p in uaesa["people"]] == ["Salem Obaid Salem Al Zaabi"]


@pytest.mark.parametrize("text,name,agency", [
    ("NASA and CNES\n\nPublished 5 June 2024\n\nNASA Administrator Bill Nelson and CNES President Philippe "
     "Baptiste signed an agreement on 4 June 2024.\n", "Bill Nelson", "NASA"),
    ("La CONAE et l'AEB\n\nPublié le 5 juin 2024\n\nLa présidente de la CONAE, María José Fernández Ortiz, et le "
     "président de l'AEB, Marco Antonio Chamon, ont signé le 4 juin 2024 un accord.\n", "María José Fernández Ortiz",
     "CONAE"),
])
def test_a_name_right_after_its_post_keeps_its_words(extractor, text, name, agency):
    agreement = next(r for r in agreements(extractor, text))
    assert (name, agency) in {(s["name"], s["agency_id"]) for s in agreement["signatories"]}
    assert all(s["name"].split()[0] not in ("President", "Administrator") for s in agreement["signatories"])


# ---- kinds found on the writers' new development text ------------------------------------------

@pytest.mark.parametrize("text", [
    "Romania joins the Artemis Accords\n\nPublished 2 March 2022\n\n"
    "Romania signed the Artemis Accords on 1 March 2022. Romania is the fourth member state of the European Union "
    "to sign them, after Italy, Luxembourg and Poland.\n",
    "La Roumanie rejoint les accords Artemis\n\nPublié le 2 mars 2022\n\n"
    "La Roumanie a signé les accords Artemis le 1er mars 2022. La Roumanie est le quatrième État membre de l'Union "
    "européenne à les signer, après l'Italie, le Luxembourg et la Pologne.\n",
])
def test_sides_listed_as_having_signed_before_give_no_record(extractor, text):
    sides = {p for r in agreements(extractor, text) for p in r["parties"] if p != "NASA"}
    assert sides == {"country:RO"}


def test_an_earlier_side_with_its_own_dated_signing_keeps_its_record(extractor):
    text = ("L'Uruguay rejoint les accords Artemis\n\nPublié le 16 février 2024\n\n"
            "L'Uruguay a signé les accords Artemis le 15 février 2024. Son adhésion arrive quelques jours après celle "
            "de la Grèce, qui a signé le 9 février 2024.\n")
    dates = {p: r["date"] for r in agreements(extractor, text) for p in r["parties"] if p != "NASA"}
    assert dates == {"country:UY": "2024-02-15", "country:GR": "2024-02-09"}


@pytest.mark.parametrize("text", [
    "Nigeria joins the Artemis Accords\n\nPublished 14 December 2022\n\n"
    "Nigeria signed the Artemis Accords on 13 December 2022 in Washington. It is the first African country to join "
    "the principles, which NASA and the State Department launched in 2020.\n\n"
    "The Accords were signed by Isa Pantami, Nigeria's Minister of Communications.\n",
    "Le Nigeria rejoint les accords Artemis\n\nPublié le 14 décembre 2022\n\n"
    "Le Nigeria a signé les accords Artemis le 13 décembre 2022 à Washington. C'est le premier pays africain à "
    "rejoindre ces principes, que la NASA et le département d'État ont lancés en 2020.\n\n"
    "Les accords ont été signés par Isa Pantami, ministre nigérian des Communications.\n",
])
def test_a_date_in_a_relative_clause_without_a_signing_is_no_signing_date(extractor, text):
    assert {r["date"] for r in agreements(extractor, text)} == {"2022-12-13"}


@pytest.mark.parametrize("text", [
    "NISAR\n\nPublished 31 July 2025\n\nOn 30 September 2014, ISRO Chairman K. Radhakrishnan and NASA "
    "Administrator Charles Bolden signed the agreement for NISAR in Toronto, Canada.\n",
    "NISAR\n\nPublié le 31 juillet 2025\n\nLe 30 septembre 2014, le président de l'ISRO, K. Radhakrishnan, et "
    "l'administrateur de la NASA, Charles Bolden, ont signé l'accord sur NISAR à Toronto, au Canada.\n",
])
def test_the_country_of_the_venue_is_no_party(extractor, text):
    assert [r["parties"] for r in agreements(extractor, text)] == [["ISRO", "NASA"]]


def test_a_country_that_signs_is_a_party(extractor):
    text = ("Canada and NASA\n\nPublished 17 December 2020\n\n"
            "Canada and NASA signed a treaty on the Gateway on 16 December 2020.\n")
    assert [r["parties"] for r in agreements(extractor, text)] == [["NASA", "country:CA"]]


@pytest.mark.parametrize("text", [
    "Italy and NASA\n\nPublished 26 September 2020\n\n"
    "On 25 September 2020, the Italian government and NASA signed a joint declaration of intent on Artemis.\n",
    "L'Italie et la NASA\n\nPublié le 26 septembre 2020\n\n"
    "Le 25 septembre 2020, le gouvernement italien et la NASA ont signé une déclaration conjointe d'intention sur "
    "le programme Artemis.\n",
])
def test_a_government_named_by_its_adjective_is_the_party(extractor, text):
    found = agreements(extractor, text)
    assert [(r["parties"], r["kind"]) for r in found] == [(["NASA", "country:IT"], "letter_of_intent")]


@pytest.mark.parametrize("text", [
    "NISAR\n\nPublished 1 October 2014\n\nOn 30 September 2014, NASA Administrator Charles Bolden and ISRO Chairman "
    "K. Radhakrishnan met in Toronto. During the meeting, the two leaders signed an agreement on NISAR.\n",
    "NISAR\n\nPublié le 1er octobre 2014\n\nLe 30 septembre 2014, l'administrateur de la NASA, Charles Bolden, et le "
    "président de l'ISRO, K. Radhakrishnan, se sont retrouvés à Toronto. Au cours de cette rencontre, les deux "
    "dirigeants ont signé un accord sur la mission NISAR.\n",
])
def test_the_meeting_sentence_gives_date_and_signers(extractor, text):
    found = agreements(extractor, text)
    assert [(r["parties"], r["date"]) for r in found] == [(["ISRO", "NASA"], "2014-09-30")]
    assert {(s["name"], s["agency_id"]) for s in found[0]["signatories"]} == {
        ("Charles Bolden", "NASA"), ("K. Radhakrishnan", "ISRO")}


def test_a_meeting_without_posts_gives_no_signers(extractor):
    text = ("NISAR\n\nPublished 1 October 2014\n\nOn 30 September 2014, Charles Bolden visited Toronto. During the "
            "visit, the two leaders signed an agreement between NASA and ISRO.\n")
    assert [r["signatories"] for r in agreements(extractor, text)] == [[]]


@pytest.mark.parametrize("text", [
    "Switzerland signs the Artemis Accords\n\nPublished 16 April 2024\n\n"
    "Federal Councillor Guy Parmelin signed the Artemis Accords on behalf of Switzerland on 15 April 2024. NASA "
    "Administrator Bill Nelson presided over the ceremony.\n\n"
    "Guy Parmelin and NASA Administrator Bill Nelson after the signing.\nCredit: NASA/Bill Ingalls\n",
    "La Suisse signe les accords Artemis\n\nPublié le 16 avril 2024\n\n"
    "Le conseiller fédéral Guy Parmelin a signé les accords Artemis au nom de la Suisse le 15 avril 2024. "
    "L'administrateur de la NASA, Bill Nelson, a présidé la cérémonie.\n\n"
    "Guy Parmelin et l'administrateur de la NASA Bill Nelson lors de la signature.\nCrédit : NASA/Bill Ingalls\n",
])
def test_who_presides_is_no_signer_even_in_a_caption(extractor, text):
    names = {s["name"] for r in agreements(extractor, text) for s in r["signatories"]}
    assert names == {"Guy Parmelin"}


@pytest.mark.parametrize("text,date", [
    ("Ukraine and the United States\n\nPublished 2 June 2021\n\nCooperation was framed in 2008 by a framework "
     "agreement between the governments of Ukraine and the United States, which expired in 2019.\n", "2008"),
    ("L'Ukraine et les États-Unis\n\nPublié le 2 juin 2021\n\nLa coopération a été encadrée en 2008 par un "
     "accord-cadre entre les gouvernements de l'Ukraine et des États-Unis, arrivé à expiration en 2019.\n", "2008"),
])
def test_an_expiry_year_is_no_signing_date(extractor, text, date):
    assert [r["date"] for r in agreements(extractor, text)] == [date]


@pytest.mark.parametrize("text,agency,name", [
    ("ASI and NASA\n\nPublished 24 October 2019\n\nThe statement was signed on 23 October 2019 by ASI President "
     "Dr. Giorgio Saccoccia and NASA Administrator Jim Bridenstine.\n", "ASI", "Giorgio Saccoccia"),
    ("L'ASI et la NASA\n\nPublié le 26 septembre 2020\n\nLe président de l'Agence spatiale italienne (ASI), "
     "M. Giorgio Saccoccia, assistait à la cérémonie.\n", "ASI", "Giorgio Saccoccia"),
    ("Australia\n\nPublished 14 October 2020\n\nThe Accords were signed for Australia by Megan Clark on 13 October "
     "2020. Clark was then head of the Australian Space Agency.\n", "ASA", "Megan Clark"),
])
def test_officials_with_an_honorific_or_a_past_post(extractor, text, agency, name):
    records = checked_records(extractor, text, "agency")
    people = {r["agency_id"]: [p["name"] for p in r["people"]] for r in records}
    assert name in people.get(agency, [])


def test_a_signers_list_line_takes_its_own_agency(extractor):
    text = ("L'ASI et la NASA\n\nPublié le 24 octobre 2019\n\nL'ASI et la NASA ont signé une déclaration conjointe "
            "le 23 octobre 2019.\n\nSignataires :\nGiorgio Saccoccia, président de l'ASI\n"
            "Jim Bridenstine, administrateur de la NASA\n")
    found = agreements(extractor, text)
    assert {(s["name"], s["agency_id"]) for s in found[0]["signatories"]} == {
        ("Giorgio Saccoccia", "ASI"), ("Jim Bridenstine", "NASA")}
    people = {r["agency_id"]: [p["name"] for p in r["people"]] for r in checked_records(extractor, text, "agency")}
    assert people == {"ASI": ["Giorgio Saccoccia"], "NASA": ["Jim Bridenstine"]}


def test_a_credit_line_lends_no_full_name(extractor):
    text = ("L'Espagne signe les accords Artemis\n\nPublié le 31 mai 2023\n\n"
            "La ministre Diana Morant a signé les accords Artemis le 30 mai 2023 au palais de la Moncloa.\n\n"
            "La ministre Diana Morant signe les accords Artemis au palais de la Moncloa.\nCrédit : Pool Moncloa\n")
    assert {s["name"] for r in agreements(extractor, text) for s in r["signatories"]} == {"Diana Morant"}


def test_a_post_only_one_country_has_names_that_government(extractor):
    text = ("Japan and the United States\n\nPublished 3 April 2024\n\n"
            "On January 13, 2023, Secretary of State Antony Blinken and Japan's foreign minister Yoshimasa Hayashi "
            "signed in Washington a Framework Agreement for cooperation in space.\n")
    found = agreements(extractor, text)
    assert [(r["parties"], r["date"]) for r in found] == [(["country:JP", "country:US"], "2023-01-13")]


def test_a_minister_without_a_country_of_his_own_takes_none_from_the_other(extractor):
    text = ("Japan and France\n\nPublished 3 April 2024\n\n"
            "On January 13, 2023, the foreign minister Jean Martin and Japan's foreign minister Yoshimasa Hayashi "
            "signed in Paris a framework agreement.\n")
    assert not any(r["parties"] == ["country:JP", "country:US"] for r in agreements(extractor, text))


# ---- a French subject outside the glossary ------------------------------------------------------

@pytest.mark.parametrize("text,subject", [
    ("Accords du jour\n\nPublié le 5 juin 2024\n\nLe 4 juin 2024, le CNES et l'ISRO ont signé un protocole "
     "d'entente sur la surveillance des océans.\n", "ocean surveillance"),
    ("Accords du jour\n\nPublié le 5 juin 2024\n\nLe 4 juin 2024, la DLR et l'ASI ont conclu un accord relatif à la "
     "propulsion à hydrogène.\n", "hydrogen propulsion"),
    ("Accords du jour\n\nPublié le 5 juin 2024\n\nLe 4 juin 2024, le CNES et la JAXA ont signé un accord concernant "
     "la formation des astronautes.\n", "astronaut training"),
    ("Agreements today\n\nPublished 5 June 2024\n\nOn 4 June 2024, ESA and JAXA signed an agreement on space "
     "weather forecasting.\n", "space weather forecasting"),
    ("Agreements today\n\nPublished 5 June 2024\n\nOn 4 June 2024, CNES and DLR signed a memorandum concerning "
     "hydrogen propulsion research.\n", "hydrogen propulsion research"),
])
def test_a_document_name_gives_a_noun_phrase_subject(extractor, text, subject):
    assert [r["subject"] for r in agreements(extractor, text)] == [subject]


@pytest.mark.parametrize("text", [
    "Accords du jour\n\nPublié le 5 juin 2024\n\nLe 4 juin 2024, le CNES et l'ISRO ont signé un protocole "
    "d'entente sur plusieurs sujets.\n",
    "Accords du jour\n\nPublié le 5 juin 2024\n\nLe 4 juin 2024, le CNES et l'ISRO ont signé un protocole "
    "d'entente sur Paris.\n",
])
def test_an_unknown_french_phrase_gives_no_subject(extractor, text):
    assert [r["subject"] for r in agreements(extractor, text)] == [None]


# ---- an intention without a date is no plan yet -------------------------------------------------

@pytest.mark.parametrize("text", [
    "TUA wants an agreement with Russia\n\nPublished 20 April 2021\n\n"
    "The Turkish Space Agency (TUA) plans to sign a cooperation agreement with Russia, its president said in an "
    "interview published in April 2021.\n",
    "La TUA veut un accord avec la Russie\n\nPublié le 20 avril 2021\n\n"
    "L'Agence spatiale turque (TUA) prévoit de signer prochainement un accord de coopération avec la Russie, a déclaré "
    "son président dans un entretien publié en avril 2021.\n",
])
def test_an_intention_without_a_date_gives_no_record(extractor, text):
    assert agreements(extractor, text) == []


@pytest.mark.parametrize("text,date", [
    ("Peru to sign\n\nPublished 20 May 2024\n\nPeru plans to sign the Artemis Accords on 30 May 2024 in "
     "Washington.\n", "2024-05-30"),
    ("Le Pérou va signer\n\nPublié le 20 mai 2024\n\nLe Pérou prévoit de signer les accords Artemis le 30 mai 2024 à "
     "Washington.\n", "2024-05-30"),
])
def test_an_intention_with_its_date_is_a_plan(extractor, text, date):
    found = agreements(extractor, text)
    assert [(r["status"], r["date"]) for r in found] == [("planned", date)]


@pytest.mark.parametrize("text", [
    "JAXA forum\n\nPublished 5 June 2024\n\nThe Japan Aerospace Exploration Agency (JAXA), whose president is "
    "Hiroshi Yamakawa, hosted the forum.\n",
    "Forum\n\nPublié le 5 juin 2024\n\nL'Agence japonaise d'exploration aérospatiale (JAXA), dont le président est "
    "Hiroshi Yamakawa, a accueilli le forum.\n",
])
def test_whose_president_is_names_an_official(extractor, text):
    people = {r["agency_id"]: [p["name"] for p in r["people"]] for r in checked_records(extractor, text, "agency")}
    assert people == {"JAXA": ["Hiroshi Yamakawa"]}


def test_whose_mission_is_names_no_official(extractor):
    text = ("JAXA forum\n\nPublished 5 June 2024\n\nThe Japan Aerospace Exploration Agency (JAXA), whose mission is "
            "clear, met Hiroshi Yamakawa.\n")
    people = {r["agency_id"]: r["people"] for r in checked_records(extractor, text, "agency")}
    assert people == {"JAXA": []}


@pytest.mark.parametrize("text", [
    "Roscosmos and CNSA\n\nPublished 18 September 2019\n\nDmitry Rogozin, head of Roscosmos, and Zhang Kejian, head "
    "of the China National Space Administration (CNSA), met in St Petersburg on 17 September 2019. There the two "
    "heads of agency signed an agreement on a joint lunar data centre.\n",
])
def test_there_refers_to_the_meeting_before(extractor, text):
    found = agreements(extractor, text)
    assert [(r["parties"], r["date"]) for r in found] == [(["CNSA", "ROSCOSMOS"], "2019-09-17")]


def test_there_is_no_occasion(extractor):
    text = ("Roscosmos and CNSA\n\nPublished 18 September 2019\n\nRoscosmos and CNSA met in St Petersburg on 17 "
            "September 2019. There is no sign of a deal yet, but the two agencies signed an agreement in 2020.\n")
    found = agreements(extractor, text)
    assert [r["date"] for r in found] == ["2020"]


@pytest.mark.parametrize("text", [
    "JAXA, DLR and CNES sign\n\nPARIS, 20 June 2023 - JAXA, DLR and CNES today signed a memorandum of cooperation "
    "on the MMX rover.\n\nSigning for JAXA: Hiroshi Yamakawa, President\nSigning for DLR: Anke Kaysser-Pyzalla, "
    "Chair of the Executive Board\nSigning for CNES: Philippe Baptiste, Chairman and CEO\n",
    "La JAXA, la DLR et le CNES signent\n\nPARIS, 20 juin 2023 - La JAXA, la DLR et le CNES ont signé aujourd'hui "
    "un mémorandum de coopération sur le rover de MMX.\n\nSigné pour la JAXA : Hiroshi Yamakawa, président\n"
    "Signé pour la DLR : Anke Kaysser-Pyzalla, présidente du directoire\nSigné pour le CNES : Philippe Baptiste, "
    "président-directeur général\n",
])
def test_signing_for_lines_give_each_signer_the_agency_of_the_line(extractor, text):
    found = agreements(extractor, text)
    assert {(s["name"], s["agency_id"]) for s in found[0]["signatories"]} == {
        ("Hiroshi Yamakawa", "JAXA"), ("Anke Kaysser-Pyzalla", "DLR"), ("Philippe Baptiste", "CNES")}


# ---- a headline restating an older agreement ----------------------------------------------------

@pytest.mark.parametrize("title", [
    "NASA and ISRO signed the NISAR agreement in 2014",
    "NASA and ISRO signed the NISAR agreement",
])
def test_a_headline_restating_an_older_agreement_joins_that_one(extractor, title):
    text = (f"{title}\n\nPublished 6 May 2024\n\nNASA and ISRO signed an agreement on lunar exploration on 5 May "
            "2024 in Bengaluru. The two agencies had signed an agreement on NISAR on 30 September 2014 in Toronto.\n")
    found = agreements(extractor, text)
    assert sorted((r["subject"], r["date"]) for r in found) == [("NISAR", "2014-09-30"),
                                                                 ("lunar exploration", "2024-05-05")]
    nisar = next(r for r in found if r["subject"] == "NISAR")
    assert "title" in {e["block"] for e in nisar["evidence"]}


def test_un_titre_qui_rappelle_un_accord_ancien_le_rejoint(extractor):
    text = ("La NASA et l'ISRO ont signé l'accord NISAR en 2014\n\nPublié le 6 mai 2024\n\n"
            "La NASA et l'ISRO ont signé le 5 mai 2024 à Bengaluru un accord sur l'exploration lunaire. Les deux "
            "agences avaient signé un accord sur NISAR le 30 septembre 2014 à Toronto.\n")
    found = agreements(extractor, text)
    assert sorted(r["date"] for r in found) == ["2014-09-30", "2024-05-05"]


def test_two_agreements_of_one_year_stay_apart(extractor):
    text = ("ESA and NASA\n\nPublished 1 December 2024\n\nESA and NASA signed a memorandum on Gateway on 3 March "
            "2024. ESA and NASA signed a second memorandum on lunar samples on 9 October 2024.\n")
    assert sorted(r["date"] for r in agreements(extractor, text)) == ["2024-03-03", "2024-10-09"]


@pytest.mark.parametrize("text,subjects", [
    ("NISAR\n\nPublished 1 October 2014\n\nOn 30 September 2014 NASA and ISRO signed an agreement on NISAR. At the "
     "same meeting the two agencies signed a charter establishing a NASA-ISRO Mars Working Group.\n",
     ["Mars Working Group", "NISAR"]),
    ("CNES and ISRO\n\nBENGALURU, March 7, 2019 - On March 6, CNES and ISRO signed an agreement to set up a maritime "
     "surveillance centre in India.\n", ["maritime surveillance centre"]),
])
def test_what_a_document_sets_up_is_its_subject(extractor, text, subjects):
    assert sorted(r["subject"] for r in agreements(extractor, text)) == subjects


def test_a_purpose_clause_of_another_verb_is_no_subject(extractor):
    text = ("CNES and ISRO\n\nPublished 7 March 2019\n\nCNES and ISRO signed an agreement on 6 March 2019. Both plan "
            "to set up a centre later.\n")
    assert [r["subject"] for r in agreements(extractor, text)] == [None]
