"""A signing told right after a lead sentence that names the article's day relatively takes that day.

"X today took a step. At a ceremony ..., A and B signed the agreement": the signing names no date, the sentence before
it (same paragraph, no signing of its own) says "today" / "aujourd'hui" / "on Tuesday" under a date line. Invented
articles (real agencies and countries, invented people and wording), positives and negatives in both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "news-day")


POSITIVES = [
    ("Hungary signs cooperation agreement with ESA\n\nBudapest, 14 March 2023\n\n"
     "Hungary today took another step towards Europe's space programmes. At a ceremony in Budapest, the Director "
     "General of ESA and the Hungarian Minister of Foreign Affairs signed a cooperation agreement.\n",
     ("ESA", "country:HU"), "2023-03-14"),
    ("Portugal and ESA sign\n\nLisbon, 9 May 2022 – PRESS RELEASE\n\n"
     "The Portuguese government today welcomed a new chapter of its work with the European Space Agency. "
     "During a ceremony in Lisbon, Portugal's minister and ESA's Director General signed an agreement on a "
     "space centre in the Azores.\n",
     ("ESA", "country:PT"), "2022-05-09"),
    ("CNES and ISRO deepen ties\n\nPublished 21 June 2024\n\n"
     "CNES and ISRO on Friday opened a new chapter of their long partnership. In Bengaluru, the heads of the two "
     "agencies signed an implementing arrangement on a joint thermal-infrared satellite.\n",
     ("CNES", "ISRO"), "2024-06-21"),
    ("La Hongrie signe un accord avec l'ESA\n\nBudapest, le 14 mars 2023\n\n"
     "La Hongrie a franchi aujourd'hui une nouvelle étape vers les programmes spatiaux européens. Lors d'une "
     "cérémonie à Budapest, le directeur général de l'ESA et le ministre des Affaires étrangères de la "
     "Hongrie ont signé un accord de coopération.\n",
     ("ESA", "country:HU"), "2023-03-14"),
    ("Le Portugal et l'ESA signent\n\nLisbonne, le 9 mai 2022 – COMMUNIQUÉ\n\n"
     "Le gouvernement portugais a salué aujourd'hui une nouvelle étape de sa coopération avec l'Agence spatiale "
     "européenne. À Lisbonne, le ministre du Portugal et le directeur général de l'ESA ont signé un accord sur "
     "un centre spatial aux Açores.\n",
     ("ESA", "country:PT"), "2022-05-09"),
    ("Le CNES et l'ISRO renforcent leurs liens\n\nPublié le vendredi 21 juin 2024\n\n"
     "Le CNES et l'ISRO ont ouvert ce vendredi un nouveau chapitre de leur partenariat. À Bangalore, les "
     "présidents des deux agences ont signé un arrangement de mise en œuvre sur un satellite infrarouge "
     "thermique commun.\n",
     ("CNES", "ISRO"), "2024-06-21"),
]


@pytest.mark.parametrize(("text", "parties", "date"), POSITIVES)
def test_a_signing_after_a_lead_naming_the_day_takes_it(extractor, text, parties, date):
    found = by_parties(agreements(extractor, text))
    assert [r["date"] for r in found.get(parties, [])] == [date]


NEGATIVES = [
    # the signing is history: "had signed" / "avait signé"
    ("Hungary and ESA\n\nBudapest, 14 March 2023\n\n"
     "Hungary today took another step towards Europe's space programmes. Its minister had signed a cooperation "
     "agreement with ESA.\n",
     ("ESA", "country:HU")),
    ("La Hongrie et l'ESA\n\nBudapest, le 14 mars 2023\n\n"
     "La Hongrie a franchi aujourd'hui une nouvelle étape vers les programmes spatiaux européens. Son ministre "
     "avait signé un accord de coopération avec l'ESA.\n",
     ("ESA", "country:HU")),
    # the sentence before names another day than the article's
    ("CNES and ISRO\n\nPublished 21 June 2024\n\n"
     "CNES and ISRO opened a new chapter of their partnership in 2015. In Bengaluru, the heads of the two agencies "
     "signed an implementing arrangement on a joint satellite.\n",
     ("CNES", "ISRO")),
    # "today" is in another paragraph
    ("Le CNES et l'ISRO\n\nPublié le vendredi 21 juin 2024\n\n"
     "Le CNES et l'ISRO ont ouvert aujourd'hui un nouveau chapitre de leur partenariat.\n\n"
     "À Bangalore, les présidents des deux agences ont signé un arrangement sur un satellite commun.\n",
     ("CNES", "ISRO")),
]


@pytest.mark.parametrize(("text", "parties"), NEGATIVES)
def test_no_news_day_for_history_or_another_day(extractor, text, parties):
    found = by_parties(agreements(extractor, text))
    assert "2023-03-14" not in [r["date"] for r in found.get(parties, [])]
    assert "2024-06-21" not in [r["date"] for r in found.get(parties, [])]
