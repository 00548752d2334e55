"""An organisation that held its country's space agency role until a day (KB ``agency_until``): KARI before KASA.

KARI ran South Korea's space programme until the Korea AeroSpace Administration opened on 27 May 2024; since then it
is a research institute under KASA. In an article dated before that day it is an agency and a party, as ESRO's
agreements are ESRO's; in one dated since, or undated, it is the institute the contract names (an ORG mention: no
agency record, no party), even where the article recalls a signing of its agency years. Invented sentences about
real bodies.
"""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.kb import default_kb


def _agencies_and_parties(extractor, text):
    records = checked_records(extractor, text)
    agencies = {r["agency_id"] for r in records if r["record_type"] == "agency"}
    parties = [(tuple(r["parties"]), r["date"]) for r in records if r["record_type"] == "agreement"]
    return agencies, parties


def test_the_kb_keeps_kasa_as_koreas_agency_and_kari_as_its_forerunner():
    kb = default_kb()
    kari = kb.agencies["KARI"]
    assert (kari.country, kari.primary, kari.agency_until) == ("KR", False, "2024-05-27")
    assert kb.agencies["KASA"].primary and kb.agencies["KASA"].agency_until is None
    assert "KARI" not in kb.organisations


AGENCY = [
    ("NASA and KARI sign lunar orbiter arrangement\n\nSeoul, 20 December 2016\n\nKARI and NASA signed an "
     "implementing arrangement on a Korean lunar orbiter on Friday.\n", "2016-12-16"),
    ("La NASA et le KARI signent\n\nSéoul, le 20 décembre 2016\n\nLe KARI et la NASA ont signé vendredi un "
     "arrangement sur un orbiteur lunaire coréen.\n", "2016-12-16"),
    ("Korea's lunar orbiter\n\nSeoul, 20 September 2022\n\nKARI and NASA signed an implementing arrangement on a "
     "Korean lunar orbiter in December 2016.\n", "2016-12"),
]


@pytest.mark.parametrize(("text", "date"), AGENCY)
def test_kari_told_of_its_agency_years_is_an_agency_and_a_party(extractor, text, date):
    agencies, parties = _agencies_and_parties(extractor, text)
    assert "KARI" in agencies
    assert (("KARI", "NASA"), date) in parties


INSTITUTE = [
    ("Korea's lunar orbiter\n\nSeoul, 20 September 2024\n\nKARI engineers continue to fly the orbiter from "
     "Daejeon, while NASA supplies one of its cameras.\n"),
    ("L'orbiteur lunaire coréen\n\nSéoul, le 20 septembre 2024\n\nLes ingénieurs du KARI continuent de piloter "
     "l'orbiteur depuis Daejeon, et la NASA fournit l'une de ses caméras.\n"),
    # no date anywhere: the institute it is now
    "Korea's lunar orbiter\n\nKARI engineers continue to fly the orbiter from Daejeon.\n",
    # an article written since KASA opened sees the institute, even recalling a signing of the earlier years
    ("Korea's lunar orbiter\n\nSeoul, 20 September 2025\n\nKARI and NASA signed an implementing arrangement on a "
     "Korean lunar orbiter in December 2016.\n"),
    ("L'orbiteur lunaire coréen\n\nSéoul, le 20 septembre 2025\n\nLe KARI et la NASA avaient signé un arrangement "
     "sur un orbiteur lunaire coréen en décembre 2016.\n"),
]


@pytest.mark.parametrize("text", INSTITUTE)
def test_kari_told_of_a_later_or_no_time_is_the_institute(extractor, text):
    agencies, parties = _agencies_and_parties(extractor, text)
    assert "KARI" not in agencies
    assert not [p for p, _ in parties if "KARI" in p]
