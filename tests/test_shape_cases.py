"""Page shapes of the failure-kind regression cases (captions, titles, date lines) against their gold.

Each case reproduces one kind of error found on real news; the test asserts the gold's
relevant fields (document title, languages, captions; the date line and the agreement
date it resolves), not only a score. The cases come through conftest's ``shared_cases`` fixture, which skips
cleanly when the workspace folder is absent.
"""

from __future__ import annotations

import pytest
from spacerec.blocks import segment
from spacerec.schema import schema_errors

# cases whose failure kind is a page shape: the document record's fields are what they test
DOCUMENT_CASES = [
    "h14-parenthesised-caption-credit",
    "k24-caption-lines-merged",
    "k25-image-label-and-credit-period",
    "k26-unmarked-caption-missed",
    "k27-one-paragraph-article-as-title",
    "l5-short-title-language",
    "h04-weekday-only-date",
    "h05-month-day-wrong-year",
    "h17-month-day-future-year",
]
# cases with a date line (byline, numeric date line): the line, the published date, and the
# agreement date that needs it as the reference date
DATELINE_CASES = {
    "h04-weekday-only-date": ("Par Hélène Marchetti | 15 mars 2024", "2024-03-15"),
    "h05-month-day-wrong-year": ("Paris, le 28 mars 2023", "2023-03-28"),
    "h17-month-day-future-year": ("New Delhi | 22-11-2024", "2024-11-22"),
}
AGREEMENT_DATE_CASES = ["h04-weekday-only-date", "h17-month-day-future-year"]


def _case(cases, doc_id: str) -> tuple[str, list[dict]]:
    return cases.text(doc_id), cases.gold(doc_id)


def _by_type(records: list[dict], record_type: str) -> list[dict]:
    return [r for r in records if r["record_type"] == record_type]


@pytest.mark.parametrize("doc_id", DOCUMENT_CASES)
def test_case_document_record_matches_gold(doc_id, extractor, shared_cases):
    text, gold = _case(shared_cases, doc_id)
    expected = _by_type(gold, "document")[0]
    records = extractor.extract(text, doc_id)
    document = _by_type(records, "document")[0]
    assert document["title"] == expected["title"]
    assert document["languages"] == expected["languages"]
    assert document["captions"] == expected["captions"]
    assert list(schema_errors(document)) == []
    if expected["title"] is None:
        # no title: no evidence may claim a title block
        assert all(e["block"] != "title" for r in records for e in r["evidence"])


@pytest.mark.parametrize("doc_id", sorted(DATELINE_CASES))
def test_case_date_line_is_found_and_published(doc_id, extractor, shared_cases):
    text, _ = _case(shared_cases, doc_id)
    line, value = DATELINE_CASES[doc_id]
    seg = segment(text)
    assert seg.dateline is not None and seg.dateline.kind == "dateline" and seg.dateline.text == line
    document = _by_type(extractor.extract(text, doc_id), "document")[0]
    published = document["published"]
    assert published["value"] == value and published["precision"] == "day"
    evidence = published["evidence"]
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert evidence["start"] >= seg.dateline.start and evidence["end"] <= seg.dateline.end


@pytest.mark.parametrize("doc_id", AGREEMENT_DATE_CASES)
def test_case_agreement_date_resolved_against_the_date_line(doc_id, extractor, shared_cases):
    text, gold = _case(shared_cases, doc_id)
    expected = {(tuple(r["parties"]), r["date"], r["date_precision"]) for r in _by_type(gold, "agreement")}
    found = {(tuple(r["parties"]), r["date"], r["date_precision"])
             for r in _by_type(extractor.extract(text, doc_id), "agreement")}
    assert expected <= found


def test_every_shared_case_has_a_schema_valid_document_record(blank_extractor, shared_cases):
    for name in shared_cases.names():
        text = shared_cases.text(name)
        seg = segment(text)
        for caption in seg.captions:
            assert caption.texts["fr"] or caption.texts["en"], name
        document = _by_type(blank_extractor.extract(text, name), "document")[0]
        assert list(schema_errors(document)) == [], name
