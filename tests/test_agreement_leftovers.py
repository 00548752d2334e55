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
    assert all(not s["name"].split()[0] in ("President", "Administrator") for s in agreement["signatories"])
