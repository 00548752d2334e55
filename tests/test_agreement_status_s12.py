"""A signing told as done stays ``signed`` when another event of its sentence is planned (issue 9).

"Le CNES et l'ISRO ont signé en 2018 un accord ..., alors que le lancement est prévu pour 2026": the plan is the
launch's, the signing verb's own tense (a finite past, or a participle with a finite non-future auxiliary) says it
happened. A signing that is itself announced ("signeront", "doit être signé", "will sign", "is to be signed") stays
``planned``. Invented sentences about real agencies, both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records

HEAD_FR = "Coopération spatiale\n\nParis, le 12 mars 2024\n\n"
HEAD_EN = "Space cooperation\n\nParis, 12 March 2024\n\n"

DONE = [
    (HEAD_FR + "Le CNES et l'ISRO ont signé en mars 2018 un accord sur la surveillance maritime, alors que le "
     "lancement du satellite commun est prévu pour 2026.\n", ("CNES", "ISRO"), "2018-03"),
    (HEAD_FR + "Le CNES et l'ISRO ont signé en mars 2018 un accord sur la surveillance maritime alors que le "
     "lancement du satellite est prévu pour 2026.\n", ("CNES", "ISRO"), "2018-03"),
    (HEAD_FR + "L'accord entre la NASA et l'ESA sur le Gateway avait été signé en 2020, et sa mise en œuvre est "
     "prévue dès 2026.\n", ("ESA", "NASA"), "2020"),
    (HEAD_EN + "NASA and ESA signed an agreement on Gateway in 2020, while the first crew is planned to arrive in "
     "2028 and the launch will come next year.\n", ("ESA", "NASA"), "2020"),
]


@pytest.mark.parametrize(("text", "parties", "date"), DONE)
def test_a_done_signing_is_not_made_planned_by_another_events_plan(extractor, text, parties, date):
    found = by_parties(checked_records(extractor, text, "agreement"))
    assert [(r["status"], r["date"]) for r in found[parties]] == [("signed", date)]


PLANNED = [
    HEAD_FR + "La signature d'un accord entre la NASA et l'ESA sur le Gateway est prévue en juin.\n",
    HEAD_FR + "Un accord entre la NASA et l'ESA sur le Gateway doit être signé en juin.\n",
    HEAD_FR + "La NASA et l'ESA signeront en juin un accord sur le Gateway, prévu de longue date.\n",
    HEAD_EN + "NASA and ESA will sign an agreement on Gateway in June.\n",
    HEAD_EN + "An agreement between NASA and ESA on Gateway is to be signed in June.\n",
]


@pytest.mark.parametrize("text", PLANNED)
def test_an_announced_signing_stays_planned(extractor, text):
    found = by_parties(checked_records(extractor, text, "agreement"))
    assert [r["status"] for r in found[("ESA", "NASA")]] == ["planned"]


HU_EN = "Hungary and the Accords\n\nBudapest, 14 March 2023\n\n"
HU_FR = "La Hongrie et les accords\n\nBudapest, le 14 mars 2023\n\n"


@pytest.mark.parametrize("text", [
    HU_EN + "Hungary is set to join the Artemis Accords, which were first signed in 2020 by eight countries.\n",
    HU_FR + "La Hongrie doit rejoindre les accords Artemis, qui ont été signés en 2020 par huit pays.\n",
])
def test_a_plan_never_takes_the_date_of_a_done_signing_in_its_sentence(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [(r["parties"], r["status"], r["date"]) for r in records] == [(["country:HU"], "planned", None)]


@pytest.mark.parametrize("text", [
    HU_EN + "Hungary will sign the Artemis Accords next week, the minister said, after Poland signed them in 2021.\n",
    HU_FR + "La Hongrie signera les accords Artemis la semaine prochaine, a indiqué le ministre, après la Pologne qui "
    "les a signés en 2021.\n",
])
def test_an_earlier_side_the_plan_names_with_its_own_year_signed_already(extractor, text):
    records = checked_records(extractor, text, "agreement")
    by_side = {next(p for p in r["parties"] if p != "NASA"): (r["status"], r["date"]) for r in records}
    assert by_side == {"country:HU": ("planned", None), "country:PL": ("signed", "2021")}


@pytest.mark.parametrize("text", [
    HU_EN + "Hungary will sign the Artemis Accords on 20 March in Budapest.\n",
    HU_FR + "La Hongrie signera les accords Artemis le 20 mars à Budapest.\n",
])
def test_a_plan_keeps_its_own_date(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [(r["status"], r["date"]) for r in records] == [("planned", "2023-03-20")]
