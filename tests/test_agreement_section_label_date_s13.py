"""A signing with no date of its own takes the date of its section's label.

A paragraph opened by a label ("JUNE – A harvest of signatures", "4 February 2021: ...") or following a line that is
only a date (a timeline's "March 2019"), or a live blog's entry opened by a clock time ("14h55 –", the article's day).
Never a recalled signing ("had signed") nor a label that is no date. Invented articles (real agencies), both
languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def dates_of(extractor, text, parties):
    found = by_parties(checked_records(extractor, text, "agreement", "section"))
    return sorted(r["date"] or "" for r in found.get(parties, []))


POSITIVES = [
    ("ESA and JAXA: a timeline\n\nPublished on Friday, 22 March 2024\n\nMarch 2019\n\n"
     "In Tokyo, ESA and JAXA signed a joint statement on Mars exploration.\n", ("ESA", "JAXA"), ["2019-03"]),
    ("A year of cooperation\n\nPublished on 29 December 2023\n\nJUNE – A harvest of signatures\n"
     "At the Paris Air Show, CNES and JAXA signed an agreement on the MMX rover.\n", ("CNES", "JAXA"), ["2023-06"]),
    ("LIVE: the summit in Tokyo\n\nFriday 29 August 2025\n\n14:55 – Done. "
     "ISRO and JAXA have signed the implementing arrangement on the lunar mission.\n", ("ISRO", "JAXA"),
     ["2025-08-29"]),
    ("L'ESA et la JAXA : chronologie\n\nPublié le vendredi 22 mars 2024\n\nMars 2019\n\n"
     "À Tokyo, l'ESA et la JAXA ont signé une déclaration commune sur l'exploration de Mars.\n", ("ESA", "JAXA"),
     ["2019-03"]),
    ("Une année de coopération\n\nPublié le 29 décembre 2023\n\nJUIN – Une moisson de signatures\n"
     "Au salon du Bourget, le CNES et la JAXA ont signé un accord sur le rover de MMX.\n", ("CNES", "JAXA"),
     ["2023-06"]),
    ("EN DIRECT – Le sommet de Tokyo\n\nVendredi 29 août 2025\n\n14h55 – C'est fait. "
     "L'ISRO et la JAXA ont signé l'arrangement de mise en œuvre de la mission lunaire.\n", ("ISRO", "JAXA"),
     ["2025-08-29"]),
]


@pytest.mark.parametrize(("text", "parties", "dates"), POSITIVES)
def test_a_section_label_dates_an_undated_signing(extractor, text, parties, dates):
    assert dates_of(extractor, text, parties) == dates


NEGATIVES = [
    # a recalled signing in a dated section: history, no date from the label
    ("A year of cooperation\n\nPublished on 29 December 2023\n\nJUNE – Old friends\n"
     "At the Paris Air Show, the heads of CNES and JAXA recalled that the two agencies had signed an agreement "
     "on the MMX rover.\n", ("CNES", "JAXA")),
    # a label that is no date
    ("Une année de coopération\n\nPublié le 29 décembre 2023\n\nCONTEXTE – Une moisson de signatures\n"
     "Au salon du Bourget, le CNES et la JAXA ont signé un accord sur le rover de MMX.\n", ("CNES", "JAXA")),
]


@pytest.mark.parametrize(("text", "parties"), NEGATIVES)
def test_no_label_date_for_history_or_a_label_that_is_no_date(extractor, text, parties):
    assert dates_of(extractor, text, parties) == [""]
