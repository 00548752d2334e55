"""Shapes of files saved from PDFs and static-site Markdown (session 11): words broken by a hyphen at a line end
(spacerec.ingest.NormalisedText, joined for the rules, evidence still slicing the original), and YAML front
matter (spacerec.blocks.segment). Both languages, with the shapes that must be left alone."""

from __future__ import annotations

import pytest
from spacerec.blocks import segment
from spacerec.ingest import NormalisedText

KNOWN = {"exploration", "december", "gateway", "décembre", "européenne"}.__contains__


def _known(word: str) -> bool:
    return KNOWN(word.lower())


def _evidence_slices(value, text: str) -> int:
    """Check every evidence-like span of records against ``text``; how many were checked."""
    count = 0
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
            assert text[value["start"]:value["end"]] == value["text"], value
            count += 1
        for item in value.values():
            count += _evidence_slices(item, text)
    elif isinstance(value, list):
        for item in value:
            count += _evidence_slices(item, text)
    return count


# ---- the view: joined words and offsets back ----------------------------------------------------------------

@pytest.mark.parametrize(("original", "joined", "word"), [
    ("the Japan Aerospace Explora-\ntion Agency said", "the Japan Aerospace Exploration Agency said",
     "Exploration"),
    ("signed on 5 Decem-\r\nber 2023.", "signed on 5 December 2023.", "December"),
    ("l'Agence spatiale euro-\n  péenne a signé", "l'Agence spatiale européenne a signé", "européenne"),
    ("le 5 décem-\nbre 2023", "le 5 décembre 2023", "décembre"),
])
def test_a_known_word_broken_at_a_line_end_is_joined_and_maps_back(original, joined, word):
    view = NormalisedText(original, _known)
    assert view.text == joined
    start = joined.index(word)
    s, e = view.to_original(start, start + len(word))
    assert original[s:e].replace("-", "").replace("\r", "").replace("\n", "").replace(" ", "") == word
    assert "\n" in original[s:e]
    # a span ending right before the join, or starting right after it, does not take the break
    before = joined[:start]
    assert view.to_original(0, len(before)) == (0, len(before))
    tail_start = start + len(word)
    s2, e2 = view.to_original(tail_start, len(joined))
    assert original[s2:e2] == joined[tail_start:]


@pytest.mark.parametrize(("original", "kept"), [
    ("launched on a Soyuz-\nFG rocket", "launched on a Soyuz-FG rocket"),
    ("un partenariat à long-\nterme", "un partenariat à long-terme"),
])
def test_an_unknown_joined_word_keeps_its_hyphen_and_loses_only_the_line_end(original, kept):
    view = NormalisedText(original, _known)
    assert view.text == kept
    start = kept.index("-") - 5
    s, e = view.to_original(start, start + 8)
    assert original[s:e].replace("\n", "") == kept[start:start + 8]


@pytest.mark.parametrize("original", [
    "the Explora-\n\ntion heading",  # a paragraph break is no broken word
    "phase 2-\n3 of the mission",  # digits are not letters of a word
    "Explora- tion on one line",
    "the agency -\nand its partners",  # a dash after a space
])
def test_no_line_end_hyphen_between_letters_leaves_the_text_alone(original):
    view = NormalisedText(original, _known)
    assert view.text == original
    assert view.to_original(3, 9) == (3, 9)


def test_nfd_text_and_a_broken_word_map_back_together():
    original = "L'Agence spatiale europe\u0301enne et le 5 de\u0301cem-\nbre 2023"
    view = NormalisedText(original, _known)
    assert view.text == "L'Agence spatiale européenne et le 5 décembre 2023"
    start = view.text.index("décembre")
    s, e = view.to_original(start, start + len("décembre"))
    assert original[s:e] == "de\u0301cem-\nbre"
    without = NormalisedText(original)  # no word list: NFC only, the break stays
    assert "décem-\nbre" in without.text


# ---- end to end: names and dates found, evidence slicing the original -----------------------------------------

EN_PDF = ("Agencies agree on lunar station work\n\n"
          "The European Space Agency and the Japan Aerospace Explora-\ntion Agency signed an agreement on 5 Decem-\n"
          "ber 2023 to cooperate on the Lunar Gate-\nway, the two agencies said in a joint statement.\n")
FR_PDF = ("Accord sur la station lunaire\n\n"
          "L'Agence spatiale euro-\npéenne et l'Agence d'exploration aérospatiale japonaise ont signé le 5 décem-\n"
          "bre 2023 un accord de coopération sur la station lunaire Gate-\nway, ont indiqué les deux agences.\n")


@pytest.mark.parametrize(("text", "agencies", "mission"), [
    (EN_PDF, {"ESA", "JAXA"}, "Gateway"),
    (FR_PDF, {"ESA", "JAXA"}, "Gateway"),
])
def test_pdf_line_breaks_keep_names_and_the_day_of_the_signing(extractor, text, agencies, mission):
    records = extractor.extract(text, "pdf")
    assert _evidence_slices(records, text) > 0
    found = {r["agency_id"] for r in records if r["record_type"] == "agency"}
    assert agencies <= found
    assert mission in {r["name"] for r in records if r["record_type"] == "mission"}
    agreements = [r for r in records if r["record_type"] == "agreement"]
    assert agreements and agreements[0]["date"] == "2023-12-05"


def test_a_compound_hyphen_at_a_line_end_is_kept(extractor):
    text = ("Crew flight lifts off\n\nThe crew reached orbit on a Soyuz-\nFG launcher from Baikonur, "
            "the Russian agency Roscosmos said on Monday.\n")
    records = extractor.extract(text, "soyuz")
    assert _evidence_slices(records, text) > 0
    names = {r["name"] for r in records if r["record_type"] == "mission"}
    assert "Soyuz-FG" in names


# ---- YAML front matter ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "date", "body"), [
    ("ESA and JAXA sign a lunar data pact", "2024-03-05",
     "The European Space Agency and the Japan Aerospace Exploration Agency signed a data agreement on Tuesday."),
    ("Le CNES et l'ASI signent un accord", "2024-03-05",
     "Le Centre national d'études spatiales et l'Agence spatiale italienne ont signé mardi un accord."),
])
@pytest.mark.parametrize("quote", ['"', "'", ""])
def test_front_matter_gives_the_title_and_stays_out_of_the_body(title, date, body, quote):
    text = (f"---\nlayout: post\ntitle: {quote}{title}{quote}\ndate: {date}\nauthor: A. Writer\n"
            f"tags:\n  - space\n  - agreements\n---\n\n{body}\n")
    seg = segment(text)
    for block in seg.blocks + seg.furniture:
        assert block.text == text[block.start:block.end]
    assert seg.title is not None and seg.title.text == title
    assert seg.dateline is not None and date in seg.dateline.text
    bodies = [b.text for b in seg.blocks if b.kind == "body"]
    assert bodies == [body]
    assert not any("---" in b.text or "layout" in b.text for b in seg.blocks)


def test_a_markdown_heading_repeating_the_front_matter_title_is_its_repeat():
    title = "ESA and JAXA sign a lunar data pact"
    text = f"---\ntitle: \"{title}\"\n---\n\n# {title}\n\nThe two agencies signed the pact in Tokyo on Tuesday.\n"
    seg = segment(text)
    assert seg.title is not None and seg.title.text == title
    assert [b.text for b in seg.blocks if b.kind == "body"] == ["The two agencies signed the pact in Tokyo on Tuesday."]


@pytest.mark.parametrize("text", [
    # a horizontal rule under a title, prose between the rules: no front matter
    "ESA and JAXA sign a lunar data pact\n---\nThe two agencies signed the pact: it covers data.\n---\n",
    # a rule first, then prose lines: no front matter
    "---\nThe two agencies signed the pact in Tokyo on Tuesday, officials said.\nIt covers lunar data.\n---\n",
    # never closed
    "---\ntitle: A pact\nThe two agencies signed the pact in Tokyo on Tuesday.\n",
])
def test_rules_that_are_not_front_matter_are_left_alone(text):
    seg = segment(text)
    assert not any(b.furniture == "front_matter" for b in seg.furniture)


# ---- property: every span of the joined view maps back onto the original --------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.lists(st.sampled_from(["Decem", "ber", "Gate", "way", "Soyuz", "FG", "e\u0301", "é", "a", " ", "-\n",
                                    "-\r\n", "- \n ", "\n", "-", "2"]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_PIECES)
def test_every_view_span_maps_back_to_a_span_of_the_original(pieces):
    import unicodedata

    original = "".join(pieces)
    view = NormalisedText(original, lambda w: w.lower() in {"december", "gateway"})

    def bare(text: str) -> str:
        return unicodedata.normalize("NFC", "".join(ch for ch in text if ch not in "-\r\n \t"))

    assert view.to_original(0, len(view.text)) == (0, len(original)) or bare(original) == bare(view.text)
    for start in range(len(view.text) + 1):
        for end in range(start, min(len(view.text), start + 6) + 1):
            s, e = view.to_original(start, end)
            assert 0 <= s <= e <= len(original)
            assert bare(original[s:e]) == bare(view.text[start:end])
