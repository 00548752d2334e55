"""Four digits before a time-zone word are a time of day, not a year (session 13, kind "clock time as year").

"lifted off on 21 November 2020 (1917 GMT)": the launch is dated 21 November 2020, not 1917 (the UTC restatement of
a local date takes the UTC date only when it is a date). Negative: a year after "in" with no zone word still dates
the event. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def launches(extractor, text: str, name: str) -> list[str]:
    missions = {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}
    return [e["date"] for e in missions[name]["events"] if e["event"] == "launch"]


@pytest.mark.parametrize("text", [
    "Satellites\n\nThe Sentinel-6B satellite lifted off on 21 November 2020 at 9:17 a.m. local time (1917 GMT).\n",
    "Satellites\n\nLe satellite Sentinel-6B a décollé le 21 novembre 2020 à 9 h 17 heure locale (1917 GMT).\n",
])
def test_a_time_of_day_is_no_year(extractor, text):
    assert launches(extractor, text, "Sentinel-6B") == ["2020-11-21"]


@pytest.mark.parametrize("text", [
    "Satellites\n\nThe Sentinel-6B satellite was launched in 2020 from California.\n",
    "Satellites\n\nLe satellite Sentinel-6B a été lancé en 2020 depuis la Californie.\n",
])
def test_a_year_still_dates_the_event(extractor, text):
    assert launches(extractor, text, "Sentinel-6B") == ["2020"]
