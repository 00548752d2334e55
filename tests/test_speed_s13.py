"""Session 13's speed work: what is read once per document gives what was read every time."""

from __future__ import annotations

from dataclasses import asdict, fields

import spacy
from spacerec.analysis.document import Analysis
from spacerec.blocks import segment
from spacerec.blocks.segment import _page_lines, page_break_edits, shared_page_lines
from spacerec.doc_text import doc_text, make_doc
from spacerec.extractor import Extractor
from spacerec.kb import default_kb
from spacerec.records import Evidence

ARTICLE = ("NASA and ESA sign a lunar agreement\n\nParis, 20 March 2023\n\n"
           "NASA and the European Space Agency (ESA) signed an agreement on Artemis on Monday.\n\n"
           "A view of the Moon. Credit: NASA\n")


def test_doc_text_is_the_doc_text_and_kept_with_the_doc() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc("The agency signed. L'agence a signé.\n\nA second paragraph.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # joined once, then read from the doc


def test_doc_text_of_a_doc_given_another_doc_s_user_data() -> None:
    nlp = spacy.blank("en")
    first, second = nlp.make_doc("Short text."), nlp.make_doc("A longer text than the first one.")
    doc_text(first)
    second.user_data.update(first.user_data)  # copied by a caller: the kept text is not this doc's
    assert doc_text(second) == "A longer text than the first one."
    assert doc_text(nlp.make_doc("")) == ""


def test_page_lines_read_again_in_a_batch_are_the_first_reading_s() -> None:
    alone = _page_lines(ARTICLE)
    with shared_page_lines():
        first = _page_lines(ARTICLE)
        first[0].kind = "changed by a caller"  # the reader's own lines: the kept copies do not change
        again = _page_lines(ARTICLE)
        assert again is not first and again == alone
        assert _page_lines(ARTICLE) == alone  # taken once: a third reading reads the text again
    with shared_page_lines():
        page_break_edits(ARTICLE)  # the view's reading before segment's: the same blocks as without it
        assert segment(ARTICLE) == segment(ARTICLE)


def test_agency_ids_named_follows_forget() -> None:
    analysis: Analysis = Extractor(models={"en": "blank", "fr": "blank"}).analyse(ARTICLE)
    named = analysis.agency_ids_named()
    assert named == {"NASA", "ESA"}
    assert analysis.agency_ids_named() is named  # built once per document
    for sentence in analysis.sentences:
        sentence.mentions = [m for m in sentence.mentions if m.label != "AGENCY"]
    analysis.forget()
    assert analysis.agency_ids_named() == set()


def test_make_doc_keeps_the_text_it_was_made_from() -> None:
    nlp = spacy.blank("fr")
    text = "L'agence a signé un accord.\n\nUn second paragraphe."
    doc = make_doc(nlp, text)
    assert doc_text(doc) is text
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]


def test_evidence_to_dict_is_asdict() -> None:
    evidence = Evidence(3, 7, "NASA", "en", "body")
    assert evidence.to_dict() == asdict(evidence)
    assert list(evidence.to_dict()) == [f.name for f in fields(Evidence)]  # every field, in the contract's order


def test_primary_agency_from_the_country_index_is_the_scan_s() -> None:
    kb = default_kb()
    for code in {a.country for a in kb.agencies.values()} | {"ZZ"}:
        found = [a for a in kb.agencies.values() if a.country == code]
        assert kb.primary_agency(code) == next((a for a in found if a.primary), found[0] if found else None)
