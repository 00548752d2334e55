"""A title naming every side of the body's signing the other way is that signing (session 13).

"Japan and US sign space framework agreement" over a body where the two governments sign: the title's sides read as
the agencies (a headline's country is shorthand for its agency) each stand for one government side of the body's
signing, so the title restates it: one record. Invented sentences about real countries, both languages.
"""

from __future__ import annotations

import pytest
from checked import checked_records

RESTATED = [
    "Japan and US sign space framework agreement, opening the door to closer work with NASA\n\nTokyo, 1 June 2022\n\n"
    "Japan and the United States signed a framework agreement on space cooperation in Tokyo today. JAXA welcomed "
    "it.\n",
    "Le Japon et les États-Unis signent un accord spatial\n\nTokyo, le 1er juin 2022\n\nLe Japon et les États-Unis "
    "ont signé aujourd'hui à Tokyo un accord-cadre sur la coopération spatiale. La JAXA et la NASA s'en félicitent.\n",
]


@pytest.mark.parametrize("text", RESTATED)
def test_a_title_restating_the_governments_signing_is_one_record(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert [(r["parties"], r["date"]) for r in records] == [(["country:JP", "country:US"], "2022-06-01")]
    assert {e["block"] for e in records[0]["evidence"]} == {"title", "body"}


OTHER = [
    "NASA and JAXA sign rover arrangement\n\nTokyo, 1 June 2022\n\nNASA and JAXA signed an arrangement on a rover "
    "today. In 2020, Japan and the United States had signed a framework agreement.\n",
    "La NASA et la JAXA signent un arrangement\n\nTokyo, le 1er juin 2022\n\nLa NASA et la JAXA ont signé aujourd'hui "
    "un arrangement sur un rover. En 2020, le Japon et les États-Unis avaient signé un accord-cadre.\n",
]


@pytest.mark.parametrize("text", OTHER)
def test_a_title_of_the_agencies_own_signing_stays_theirs(extractor, text):
    records = checked_records(extractor, text, "agreement")
    assert sorted((tuple(r["parties"]), r["date"]) for r in records) == [
        (("JAXA", "NASA"), "2022-06-01"), (("country:JP", "country:US"), "2020")]
