"""A signing the body tells without its sides, dated days before the date line, is the headline's signing (issue 9).

"On 9 March, the heads of CNES and ISRO met ... During the meeting they signed ..." under "14 March 2023" and the
title "CNES and ISRO sign": the occasion sentence dates the signing, the pronoun names no side, so the sides are the
title's; a date in the ``NEWS_DAYS`` before the article's is its news, one record with the title. A year earlier, or
told as a recall ("had already signed"), it stays an earlier agreement of its own. Invented sentences about real
agencies, both languages.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records
from spacerec.dates import DateValue
from spacerec.relations.agreements import NEWS_DAYS, _days_before

NEWS = [
    ("CNES and ISRO sign\n\nParis, 14 March 2023\n\nOn 9 March, the heads of CNES and ISRO met in Bengaluru. During "
     "the meeting they signed an agreement on maritime surveillance.\n"),
    ("Le CNES et l'ISRO signent\n\nParis, le 14 mars 2023\n\nLe 9 mars, les présidents du CNES et de l'ISRO se sont "
     "rencontrés à Bangalore. Au cours de cette rencontre, ils ont signé un accord sur la surveillance maritime.\n"),
]


@pytest.mark.parametrize("text", NEWS)
def test_a_sideless_signing_of_the_last_days_is_the_headlines(extractor, text):
    found = by_parties(checked_records(extractor, text, "agreement"))
    records = found[("CNES", "ISRO")]
    assert [(r["date"], r["subject"]) for r in records] == [("2023-03-09", "maritime surveillance")]
    assert {e["block"] for e in records[0]["evidence"]} == {"title", "body"}


HISTORY = [
    ("CNES and ISRO sign\n\nParis, 14 March 2023\n\nOn 9 March 2022, the heads of CNES and ISRO met in Bengaluru. "
     "During the meeting they signed an agreement on maritime surveillance.\n", "2022-03-09"),
    ("Le CNES et l'ISRO signent\n\nParis, le 14 mars 2023\n\nLe 9 mars 2022, les présidents du CNES et de l'ISRO se "
     "sont rencontrés à Bangalore. Au cours de cette rencontre, ils ont signé un accord sur la surveillance "
     "maritime.\n", "2022-03-09"),
]


@pytest.mark.parametrize(("text", "date"), HISTORY)
def test_a_sideless_signing_of_an_earlier_year_stays_its_own_record(extractor, text, date):
    found = by_parties(checked_records(extractor, text, "agreement"))
    assert sorted((r["date"] or "") for r in found[("CNES", "ISRO")]) == ["", date]


def test_the_news_window_counts_calendar_days():
    article = DateValue(2023, 3, 14, "day")
    assert _days_before(DateValue(2023, 3, 9, "day"), article) == 5
    assert _days_before(DateValue(2023, 2, 28, "day"), article) == NEWS_DAYS
    assert _days_before(DateValue(2023, 2, 27, "day"), article) is None  # 15 days: history
    assert _days_before(DateValue(2023, 3, 15, "day"), article) is None  # after the date line
    assert _days_before(DateValue(2023, 3, None, "month"), article) is None  # not a day
    assert _days_before(DateValue(2023, 3, 9, "day"), None) is None  # no date line
