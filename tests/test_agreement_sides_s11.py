"""Session 11: sides a signing names only by a pronoun, by the document's own name, or as earlier signers.

Real histories of a country's ties with an agency ("In 1994 Poland ... In April 2007 it signed the European
Cooperating State agreement") name one side by a pronoun and the other only through the document; a rank after the
signing ("the third country to do so after Hungary and the Czech Republic") names earlier signers, not sides. Each
strategy has a positive and a negative case in both languages; the texts are invented (real agencies and countries).
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "sides")


def sides(extractor, text):
    return sorted((tuple(r["parties"]), r["date"]) for r in agreements(extractor, text))


# ---- a pronoun subject stands for the side an earlier sentence names ------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Latvia and space\n\nLatvia has a small but growing space industry. In 2013 it signed a cooperation agreement "
     "with ESA.\n", [(("ESA", "country:LV"), "2013")]),
    ("La Lettonie et l'espace\n\nLa Lettonie possède une petite industrie spatiale. Le pays a signé en 2013 un "
     "accord de coopération avec l'ESA.\n", [(("ESA", "country:LV"), "2013")]),
])
def test_pronoun_subject_is_the_earlier_side(extractor, text, expected):
    assert sides(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # no pronoun: the passive names one side only
    "Latvia and space\n\nLatvia has a small but growing space industry. In 2013 a cooperation agreement with ESA "
    "was signed.\n",
    "La Lettonie et l'espace\n\nLa Lettonie possède une petite industrie spatiale. Un accord de coopération avec "
    "l'ESA a été signé en 2013.\n",
    # a pronoun, but no earlier sentence names another side
    "Space news\n\nThe industry is growing fast. In 2013 it signed a cooperation agreement with ESA.\n",
    "Actualité\n\nL'industrie grandit vite. Le pays a signé en 2013 un accord de coopération avec l'ESA.\n",
])
def test_no_side_without_a_pronoun_or_a_referent(extractor, text):
    assert agreements(extractor, text) == []


# ---- a document whose own name makes ESA a side ---------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Slovenia and ESA\n\nSlovenia has worked with the European Space Agency for years. In January 2010 the "
     "country signed the European Cooperating State agreement.\n", [(("ESA", "country:SI"), "2010-01")]),
    ("La Slovénie et l'ESA\n\nLa Slovénie travaille avec l'Agence spatiale européenne depuis des années. En "
     "janvier 2010, le pays a signé l'accord d'État européen coopérant.\n", [(("ESA", "country:SI"), "2010-01")]),
])
def test_document_name_makes_esa_a_side(extractor, text, expected):
    assert sides(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Slovenia and ESA\n\nSlovenia has worked with the European Space Agency for years. In January 2010 the "
    "country signed a trade agreement.\n",
    "La Slovénie et l'ESA\n\nLa Slovénie travaille avec l'Agence spatiale européenne depuis des années. En "
    "janvier 2010, le pays a signé un accord commercial.\n",
])
def test_other_documents_name_no_side(extractor, text):
    assert agreements(extractor, text) == []


# ---- a rank after the signing names earlier signers, not sides -------------------------------------------


@pytest.mark.parametrize("text", [
    "Slovakia and ESA\n\nSlovakia signed a European Cooperating State agreement with ESA on 28 April 2010, the "
    "sixth country to do so after Hungary, the Czech Republic and Poland.\n",
    "La Slovaquie et l'ESA\n\nLa Slovaquie a signé un accord d'État européen coopérant avec l'ESA le 28 avril 2010, "
    "sixième pays à le faire après la Hongrie, la République tchèque et la Pologne.\n",
])
def test_earlier_signers_after_the_signing_are_not_sides(extractor, text):
    assert sides(extractor, text) == [(("ESA", "country:SK"), "2010-04-28")]


@pytest.mark.parametrize("text, expected", [
    ("Hungary and ESA\n\nHungary signed an agreement with ESA on 7 April 2003 after long talks.\n",
     [(("ESA", "country:HU"), "2003-04-07")]),
    ("La Hongrie et l'ESA\n\nLa Hongrie a signé un accord avec l'ESA le 7 avril 2003 après de longues "
     "négociations.\n", [(("ESA", "country:HU"), "2003-04-07")]),
])
def test_sides_before_the_rank_stay(extractor, text, expected):
    assert sides(extractor, text) == expected


# ---- plural memorandums: one document per other side ----------------------------------------------------


def mous(extractor, text):
    return sorted((tuple(r["parties"]), r["kind"]) for r in agreements(extractor, text))


@pytest.mark.parametrize("text", [
    "Renewals\n\nIn April 2024 the Canadian Space Agency signed updated memorandums of understanding with the UK "
    "Space Agency and with the Australian Space Agency.\n",
    "Renouvellements\n\nEn avril 2024, l'Agence spatiale canadienne a signé de nouveaux mémorandums d'entente avec "
    "l'Agence spatiale britannique et avec l'Agence spatiale australienne.\n",
])
def test_plural_memorandums_are_one_per_other_side(extractor, text):
    assert mous(extractor, text) == [(("ASA", "CSA"), "mou"), (("CSA", "UKSA"), "mou")]


@pytest.mark.parametrize("text", [
    "Renewal\n\nIn April 2024 the Canadian Space Agency signed an updated memorandum of understanding with the UK "
    "Space Agency and the Australian Space Agency.\n",
    "Renouvellement\n\nEn avril 2024, l'Agence spatiale canadienne a signé un nouveau mémorandum d'entente avec "
    "l'Agence spatiale britannique et l'Agence spatiale australienne.\n",
])
def test_one_memorandum_with_two_others_stays_one(extractor, text):
    assert mous(extractor, text) == [(("ASA", "CSA", "UKSA"), "mou")]


@pytest.mark.parametrize("text", [
    "Latvia and space\n\nLatvia and NASA held talks on Monday. It was signed in Riga by the minister, Anna Berzina.\n",
    "La Lettonie et l'espace\n\nLa Lettonie et la NASA ont discuté lundi. Il a été signé à Riga par la ministre, "
    "Anna Berzina.\n",
])
def test_the_subject_of_a_passive_signing_is_no_side(extractor, text):
    assert agreements(extractor, text) == []


# ---- a dotted numeric date is day first, also on an English page -----------------------------------------


@pytest.mark.parametrize("line, expected", [
    ("04.02.2015 17:45", "2015-02-04"),  # day first: 4 February, a Wednesday
    ("02/04/2015", "2015-02-04"),  # an English page's slashes stay month first: 4 February, a Wednesday
])
def test_dotted_date_line_is_day_first_on_an_english_page(extractor, line, expected):
    text = (f"Estonia and ESA\n\n{line}\n\nEstonia's minister Anna Tamm and ESA's Director General Jean-Jacques "
            f"Dordain signed the accession agreement on Wednesday in Paris.\n")
    assert [r["date"] for r in agreements(extractor, text)] == [expected]


def test_dotted_date_line_is_day_first_on_a_french_page(extractor):
    text = ("L'Estonie et l'ESA\n\n04.02.2015 17:45\n\nLa ministre estonienne Anna Tamm et le directeur général de "
            "l'ESA, Jean-Jacques Dordain, ont signé mercredi à Paris l'accord d'adhésion.\n")
    assert [r["date"] for r in agreements(extractor, text)] == ["2015-02-04"]


# ---- an earlier signing told without its sides is between the headline's sides ---------------------------

_HEADLINE = {
    "en": "Latvia signs ESA association agreement\n\nRiga, 27 June 2020\n\nLatvia and the European Space Agency "
          "signed an association agreement today in Riga.\n\n",
    "fr": "La Lettonie signe un accord d'association avec l'ESA\n\nRiga, le 27 juin 2020\n\nLa Lettonie et l'Agence "
          "spatiale européenne (ESA) ont signé aujourd'hui à Riga un accord d'association.\n\n",
}


@pytest.mark.parametrize("lang, history", [
    ("en", "The relationship began in 2013 with the signing of a first cooperation agreement.\n"),
    ("fr", "La relation avait commencé en 2013 avec la signature d'un premier accord de coopération.\n"),
])
def test_sideless_earlier_signing_is_between_the_headline_sides(extractor, lang, history):
    assert sides(extractor, _HEADLINE[lang] + history) == [
        (("ESA", "country:LV"), "2013"), (("ESA", "country:LV"), "2020-06-27")]


@pytest.mark.parametrize("lang, history", [
    ("en", "In 2013 a contract was signed with Airbus for a new satellite.\n"),  # a company is the other side
    ("fr", "En 2013, un contrat avait été signé avec Airbus pour un nouveau satellite.\n"),
    ("en", "Ratified by parliament, it entered into force in 2021.\n"),  # no document named, no signing
    ("fr", "Ratifié par le Parlement, il est entré en vigueur en 2021.\n"),
])
def test_no_history_record_for_other_sides_or_no_document(extractor, lang, history):
    assert sides(extractor, _HEADLINE[lang] + history) == [(("ESA", "country:LV"), "2020-06-27")]


# ---- a future step after "after"/"après que ... aura" reports no signing ---------------------------------

_ACCESSION = {
    "en": "Estonia signs ESA accession agreement\n\nParis, 4 February 2015\n\nEstonia and the European Space Agency "
          "signed the accession agreement today in Paris. ",
    "fr": "L'Estonie signe l'accord d'adhésion à l'ESA\n\nParis, le 4 février 2015\n\nL'Estonie et l'Agence spatiale "
          "européenne (ESA) ont signé aujourd'hui à Paris l'accord d'adhésion. ",
}


@pytest.mark.parametrize("lang, step", [
    ("en", "After the Riigikogu ratifies the agreement and Estonia deposits its instrument of ratification with the "
           "French government, Estonia will become a member.\n"),
    ("fr", "Après que le Riigikogu aura ratifié l'accord et que l'Estonie aura déposé son instrument de ratification "
           "auprès du gouvernement français, l'Estonie deviendra membre.\n"),
])
def test_future_ratification_step_is_no_signing(extractor, lang, step):
    assert sides(extractor, _ACCESSION[lang] + step) == [(("ESA", "country:EE"), "2015-02-04")]


@pytest.mark.parametrize("lang, step", [
    ("en", "After long talks, Estonia also signed an agreement with France on 4 February 2015.\n"),
    ("fr", "Après de longues négociations, l'Estonie a aussi signé le 4 février 2015 un accord avec la France.\n"),
])
def test_a_past_signing_after_talks_stays(extractor, lang, step):
    assert (("country:EE", "country:FR"), "2015-02-04") in sides(extractor, _ACCESSION[lang] + step)


# ---- earlier signers a rank lists with their own years are their own records -----------------------------


@pytest.mark.parametrize("text", [
    "Slovakia and ESA\n\nSlovakia signed a European Cooperating State agreement with ESA on 28 April 2010, the "
    "sixth country to do so after Hungary and the Czech Republic in 2003, Romania in 2006 and Poland in 2007.\n",
    "La Slovaquie et l'ESA\n\nLa Slovaquie a signé un accord d'État européen coopérant avec l'ESA le 28 avril 2010, "
    "sixième pays à le faire après la Hongrie et la République tchèque en 2003, la Roumanie en 2006 et la Pologne "
    "en 2007.\n",
])
def test_dated_earlier_signers_are_their_own_records(extractor, text):
    assert sides(extractor, text) == [
        (("ESA", "country:CZ"), "2003"), (("ESA", "country:HU"), "2003"), (("ESA", "country:PL"), "2007"),
        (("ESA", "country:RO"), "2006"), (("ESA", "country:SK"), "2010-04-28")]


# ---- a signing told with its month, then with its day, is one record ---------------------------------------


@pytest.mark.parametrize("text", [
    "ESA and JAXA sign memorandum\n\nESA and JAXA signed a memorandum of understanding in March 2019.\n\nOn 4 March "
    "2019, ESA and JAXA signed the memorandum of understanding in Tokyo.\n",
    "L'ESA et la JAXA signent un mémorandum\n\nL'ESA et la JAXA ont signé un mémorandum d'entente en mars 2019.\n\n"
    "Le 4 mars 2019, l'ESA et la JAXA ont signé le mémorandum d'entente à Tokyo.\n",
])
def test_month_restatement_joins_the_dated_signing(extractor, text):
    assert sides(extractor, text) == [(("ESA", "JAXA"), "2019-03-04")]


@pytest.mark.parametrize("text", [
    "ESA and JAXA\n\nIn March 2019 ESA and JAXA signed a letter of intent. On 4 March 2019 ESA and JAXA also "
    "signed a memorandum of understanding.\n",
    "L'ESA et la JAXA\n\nEn mars 2019, l'ESA et la JAXA ont signé une lettre d'intention. Le 4 mars 2019, l'ESA et "
    "la JAXA ont aussi signé un mémorandum d'entente.\n",
])
def test_documents_of_other_kinds_stay_apart(extractor, text):
    assert sides(extractor, text) == [(("ESA", "JAXA"), "2019-03"), (("ESA", "JAXA"), "2019-03-04")]
