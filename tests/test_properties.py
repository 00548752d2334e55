"""Property tests: segmentation and record assembly hold their invariants on any text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacerec.blocks.segment import BLOCK_KINDS, segment
from spacerec.records import record_id
from spacerec.schema import schema_errors

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "Crédit : ", "Credit:", "Credits: ", "© ", "Photo : ", "Image credit: ", "(Credit: ", "(C) ",
    "Photo credit/ ", "Paris, le ", "Published on ", " | ", "TOKYO, Aug 29 (Agency) - ", "Press Release",
    "NASA", "ESA", "CNES", "JAXA", "CNSA",
    "Roscosmos", "l’ASC", "Agence spatiale européenne", "European Space Agency", "Artemis II", "Chang’e-6",
    "Hayabusa2", "Gateway", "ILRS", "MMX", "signed", "a signé", "ont signé", "memorandum of understanding",
    "protocole d’accord", "agreement", "accord", "le 9 mars 2021", "on 12 March 2024", "in October 2020", "2023",
    "à Montréal", "é", "è", "ç", "à", "«", "»", "’", "中国国家航天局", "Роскосмос", "—", ".", ",", ";", ":", "!", "?",
    " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "#", "# ", "(", ")", "\"", "1", "42",
]
alphabet = st.one_of(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    st.sampled_from(list("\n\r\t .,:;©éèàçÉ’«»中文字АБВ")),
)
any_text = st.one_of(
    st.text(alphabet, max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet, max_size=8)), max_size=80).map("".join),
)


def _check_segmentation(text: str) -> None:
    seg = segment(text)
    previous_end = 0
    for n, block in enumerate(seg.blocks):
        assert block.index == n
        assert 0 <= block.start <= block.end <= len(text)
        assert block.text == text[block.start : block.end]
        assert block.start >= previous_end, (block, previous_end)  # in order, no overlap
        previous_end = block.end
        assert block.kind in BLOCK_KINDS
    caption_texts = {b.text for b in seg.blocks if b.kind == "caption"}
    for caption in seg.captions:
        assert set(caption.texts) == {"fr", "en"}
        assert any(caption.texts.values())
        assert any(ch.isalpha() for t in caption.texts.values() if t for ch in t)  # a caption is words
        for value in caption.texts.values():
            assert value is None or value in caption_texts
    if seg.title is not None:
        assert seg.title.kind == "title" and seg.title.text == text[seg.title.start : seg.title.end]
    datelines = [b for b in seg.blocks if b.kind == "dateline"]
    assert seg.dateline is (datelines[0] if datelines else None)
    for block in datelines:
        assert any(ch.isdigit() for ch in block.text)  # a date line holds its date
    for caption in seg.captions:
        assert caption.credit is None or caption.credit.strip() == caption.credit != ""


@SETTINGS
@given(any_text)
def test_segment_any_text(text):
    _check_segmentation(text)


@pytest.mark.parametrize("text", ["", "\n", "\r\n\r\n", "©", "Crédit : ", "Credit:\nCredit:", "\r\r", "x\r\ny\rz\n"])
def test_segment_edge_cases(text):
    _check_segmentation(text)


# ---- caption pairs ---------------------------------------------------------------------------

NAMES = ["Thomas Pesquet", "Sophie Adenot", "Jeremy Hansen", "la Station spatiale internationale", "Tianwen-1",
         "the Moon", "Mars"]
FR_CAPTION = st.builds(
    lambda who, where, n: f"L’astronaute {who} à bord de {where} le {n} mars 2021.", st.sampled_from(NAMES),
    st.sampled_from(NAMES), st.integers(1, 28))
EN_CAPTION = st.builds(
    lambda who, where, n: f"Astronaut {who} aboard {where} on March {n}, 2021.", st.sampled_from(NAMES),
    st.sampled_from(NAMES), st.integers(1, 28))
CREDIT = st.sampled_from(["Crédit : ESA", "Credit: NASA", "© CNES", "Photo : JAXA", "Image credit: ESA/NASA",
                          "Credits: CSA", "(Credit: NASA)", "(photo : Doc. CNES)", "©JAXA", "(C) ESA."])
BODY = st.sampled_from([
    "The European Space Agency and NASA signed an agreement on the Gateway in October 2020.",
    "Le CNES et la JAXA ont signé un accord sur la mission MMX le 3 mai 2023 à Tokyo.",
    "The mission will launch next year, the agency said in a statement on Monday.",
])


@st.composite
def captioned_article(draw):
    parts = [draw(st.sampled_from(["Space news", "# Actualités spatiales", "Nouvelles de l’espace"]))]
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(BODY))
        kind = draw(st.sampled_from(["pair", "pair-inline", "fr", "en", "none"]))
        credit = draw(CREDIT)
        fr, en = draw(FR_CAPTION), draw(EN_CAPTION)
        if kind == "pair":
            parts += [fr, credit, en, credit] if draw(st.booleans()) else [fr, credit, en]
        elif kind == "pair-inline":
            parts += [f"{fr} {credit}", f"{en} {credit}"]
        elif kind == "fr":
            parts += [fr, credit]
        elif kind == "en":
            parts += [f"{en} {credit}"]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    separator = newline * 2 if draw(st.booleans()) else newline
    return separator.join(parts) + newline


@settings(max_examples=80, deadline=None)
@given(captioned_article())
def test_caption_pairs_have_both_language_keys(text):
    _check_segmentation(text)
    seg = segment(text)
    for caption in segment(text).captions:
        assert list(caption.texts) == ["fr", "en"]
    credited = [b for b in seg.blocks if b.kind == "caption" and not b.is_label]
    if credited:
        assert seg.captions, text


# ---- record assembly ------------------------------------------------------------------------

SENTENCE_PARTS = st.lists(st.sampled_from(FRAGMENTS + [
    "The Canadian Space Agency", "la NASA", "l’ESA", "JAXA and CNES", "Roscosmos and CNSA", "signed a deal",
    "ont signé un protocole d’accord", "on the Lunar Gateway", "sur la passerelle lunaire", "launch of",
    "lancement de", "the Japanese agency", "l’agence spatiale chinoise", "its Chinese counterpart",
    "Administrator Bill Nelson", "le président du CNES, Philippe Baptiste,", "9 March 2021", "3 mai 2023",
]), min_size=1, max_size=60)


@st.composite
def article(draw):
    title = " ".join(draw(st.lists(st.sampled_from(FRAGMENTS[6:30]), min_size=1, max_size=6)))
    paragraphs = [" ".join(draw(SENTENCE_PARTS)) for _ in range(draw(st.integers(1, 4)))]
    noise = draw(st.text(alphabet, max_size=30))
    return "\n\n".join([title, *paragraphs, noise])


@SETTINGS
@given(article())
def test_extract_records_are_valid_and_sliced(blank_extractor, text):
    records = blank_extractor.extract(text, doc_id="d")
    assert records[0]["record_type"] == "document"
    assert sum(r["record_type"] == "document" for r in records) == 1
    for record in records:
        assert record["doc_id"] == "d"
        assert list(schema_errors(record)) == [], record
        assert record["id"] == record_id(record)
        for ev in record["evidence"]:
            assert 0 <= ev["start"] < ev["end"] <= len(text)
            assert text[ev["start"] : ev["end"]] == ev["text"], ev
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))


@settings(max_examples=60, deadline=None)
@given(any_text)
def test_extract_never_raises_on_any_text(blank_extractor, text):
    for record in blank_extractor.extract(text, doc_id="x/y"):
        assert list(schema_errors(record)) == [], record
        assert record["id"] == record_id(record)
        for ev in record["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
