"""Which signings become records, their sides and their dates (session 7): invented sentences, English and French.

- "the signing" compared with other sides' signings ("follows that of X", "après celles de X et de Y") reports
  those earlier signings: one accords record per side named after the pronoun, dated only by what follows the
  pronoun (GUIDELINES news-dev g-: "The signing follows that of Germany, which joined in September" -> a record);
  the side whose signing the anaphora stands for takes none of their dates;
- in a list of sides each with its own date ("X, on 3 March, and Y, another ..., on 28 March") each side takes
  the first clause after it that is only a date, past the clauses that describe it;
- a same-day body sentence naming a signing's agency side by its country ("the first country to conclude a
  statement of this kind with the United States" after the day's signing with NASA) is that signing.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "sides")


def by_parties(extractor, text):
    return {tuple(r["parties"]): r for r in agreements(extractor, text)}


_PT_EN = ("Portugal joins the Artemis Accords\n\nPortugal signed the NASA-led Artemis Accords on 14 May 2024 in "
          "Lisbon, in a short ceremony at the foreign ministry.\n\n")
_PT_FR = ("Le Portugal rejoint les accords Artemis\n\nLe Portugal a signé le 14 mai 2024 à Lisbonne les accords "
          "Artemis de la NASA, lors d'une courte cérémonie au ministère des Affaires étrangères.\n\n")


@pytest.mark.parametrize("text, expected", [
    (_PT_EN + "Portugal's signing follows that of Sweden, which joined on 16 April.\n",
     {("NASA", "country:SE"): "2024-04-16"}),
    (_PT_EN + "This signing comes a few weeks after those of Sweden and Slovenia.\n",
     {("NASA", "country:SE"): None, ("NASA", "country:SI"): None}),
    (_PT_FR + "La signature portugaise survient trois semaines après celle de la Suède, qui a rejoint les accords "
              "le 16 avril.\n", {("NASA", "country:SE"): "2024-04-16"}),
    (_PT_FR + "Cette signature arrive peu après celles de la Suède et de la Slovénie.\n",
     {("NASA", "country:SE"): None, ("NASA", "country:SI"): None}),
])
def test_signing_compared_with_others_reports_theirs(extractor, text, expected):
    found = by_parties(extractor, text)
    for parties, date in expected.items():
        assert parties in found and found[parties]["kind"] == "accords"
        assert found[parties]["date"] == date
    # the compared signing keeps its own date, never the earlier ones'
    assert found[("NASA", "country:PT")]["date"] == "2024-05-14"


@pytest.mark.parametrize("text", [
    _PT_EN + "Its delegation was larger than that of Sweden.\n",
    _PT_EN + "The signing was welcomed by Sweden's ambassador in Lisbon.\n",
    _PT_EN + "The signing follows that of the new space law in March.\n",
    _PT_FR + "Sa délégation était plus nombreuse que celle de la Suède.\n",
    _PT_FR + "La signature a été saluée par l'ambassadeur de Suède à Lisbonne.\n",
    _PT_FR + "La signature suit celle de la nouvelle loi spatiale en mars.\n",
])
def test_no_other_signing_without_a_compared_signing(extractor, text):
    found = by_parties(extractor, text)
    assert set(found) == {("NASA", "country:PT")}
    assert found[("NASA", "country:PT")]["date"] == "2024-05-14"


@pytest.mark.parametrize("text, expected", [
    ("Accords round-up\n\nLima, 2 April 2024\n\nTwo more countries joined the NASA-led Artemis Accords in 2024: "
     "Peru, on 3 March, and Chile, the second South American signer that month, on 28 March.\n",
     {"country:PE": "2024-03-03", "country:CL": "2024-03-28"}),
    ("Accords : le point\n\nLima, le 2 avril 2024\n\nAu printemps 2024, le Pérou a adhéré aux accords Artemis de "
     "la NASA, le 3 mars, et le Chili, autre pays andin, le 28 mars.\n",
     {"country:PE": "2024-03-03", "country:CL": "2024-03-28"}),
    # one date for both sides: each keeps it
    ("Accords round-up\n\nPeru and Chile joined the NASA-led Artemis Accords on 3 March 2024.\n",
     {"country:PE": "2024-03-03", "country:CL": "2024-03-03"}),
    ("Accords : le point\n\nLe Pérou et le Chili ont adhéré le 3 mars 2024 aux accords Artemis de la NASA.\n",
     {"country:PE": "2024-03-03", "country:CL": "2024-03-03"}),
])
def test_each_listed_side_takes_its_own_trailing_date(extractor, text, expected):
    found = {p: r["date"] for r in agreements(extractor, text) for p in r["parties"] if p.startswith("country:")}
    assert found == expected


_SIGNED_EN = ("Portugal and NASA\n\nOn 5 June 2024, the Portuguese government and NASA signed a joint statement of "
              "intent on lunar exploration. ")
_SIGNED_FR = ("Le Portugal et la NASA\n\nLe 5 juin 2024, le Portugal et la NASA ont signé une déclaration commune "
              "d'intention sur l'exploration lunaire. ")


@pytest.mark.parametrize("text, government_date", [
    (_SIGNED_EN + "Portugal is the first country to conclude a statement of this kind with the United States.\n", None),
    (_SIGNED_FR + "Le Portugal est le premier pays à conclure une déclaration de ce type avec les États-Unis.\n", None),
    # on another date, the governments' agreement stays its own
    (_SIGNED_EN + "In March 2019, Portugal had concluded an agreement with the United States on ocean data.\n",
     "2019-03"),
    (_SIGNED_FR + "En mars 2019, le Portugal avait conclu un accord avec les États-Unis sur les données océaniques.\n",
     "2019-03"),
])
def test_same_day_restatement_by_country_is_the_agency_signing(extractor, text, government_date):
    found = by_parties(extractor, text)
    assert ("NASA", "country:PT") in found
    governments = found.get(("country:PT", "country:US"))
    assert (governments and governments["date"]) == government_date
