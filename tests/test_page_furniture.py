"""Page furniture the block reader must see for what it is: breadcrumbs, related links, caption
markers and Markdown emphasis, bold date lines (spacerec.blocks.segment). Both languages, with the
shapes that must not be caught."""

from __future__ import annotations

import pytest
from spacerec.blocks import segment
from spacerec.blocks.segment import BLOCK_KINDS

EN_TITLE = "Two agencies agree to share lunar orbit data"
EN_BODY = ("The Korea Aerospace Research Institute and the Canadian Space Agency agreed on Tuesday in Ottawa "
           "to share orbit data from their lunar missions.")
FR_TITLE = "Deux agences s'accordent sur les données lunaires"
FR_BODY = ("L'Agence spatiale canadienne et l'Institut coréen de recherche aérospatiale ont conclu mardi à Ottawa "
           "un accord pour partager les données de leurs missions lunaires.")


def _check_offsets(text: str, seg) -> None:
    for block in seg.blocks:
        assert block.text == text[block.start:block.end], block
        assert block.kind in BLOCK_KINDS


# ---- Markdown emphasis and date lines in bold ------------------------------------------------------------

@pytest.mark.parametrize(("title", "line", "body", "date"), [
    (EN_TITLE, "**Ottawa, 12 March 2025**", EN_BODY, "Ottawa, 12 March 2025"),
    (EN_TITLE, "*Published on 12 March 2025*", EN_BODY, "Published on 12 March 2025"),
    (FR_TITLE, "**12 mars 2025**", FR_BODY, "12 mars 2025"),
    (FR_TITLE, "__Ottawa, le 12 mars 2025__", FR_BODY, "Ottawa, le 12 mars 2025"),
])
def test_bold_date_line_is_the_dateline_without_its_markers(title, line, body, date):
    text = f"{title}\n{line}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.title is not None and seg.title.text == title
    assert seg.dateline is not None and seg.dateline.text == date


@pytest.mark.parametrize(("title", "body", "prefix"), [
    (EN_TITLE, EN_BODY, "**OTTAWA, 12 March 2025** - "),
    (EN_TITLE, EN_BODY, "**OTTAWA, 12 March 2025 -** "),
    (FR_TITLE, FR_BODY, "**Ottawa, le 12 mars 2025** – "),
])
def test_bold_wire_dateline_opens_the_first_paragraph(title, body, prefix):
    text = f"{title}\n\n{prefix}{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.dateline is not None and "12 ma" in seg.dateline.text.lower()
    first_body = next(b for b in seg.blocks if b.kind == "body")
    assert first_body.text == body


def test_bold_text_that_is_not_a_date_is_no_dateline():
    for title, body in ((EN_TITLE, EN_BODY), (FR_TITLE, FR_BODY)):
        text = f"{title}\n**{body}**\n\nA last short paragraph follows here.\n"
        seg = segment(text)
        _check_offsets(text, seg)
        assert seg.dateline is None


@pytest.mark.parametrize(("caption_line", "caption", "credit"), [
    ("*The two delegations after the signing in Ottawa.* *(Credit: CSA/J. Tremblay)*",
     "The two delegations after the signing in Ottawa.", "CSA/J. Tremblay"),
    ("*The two delegations after the signing in Ottawa.* (Photo: KARI)",
     "The two delegations after the signing in Ottawa.", "KARI"),
    ("_Les deux délégations après la signature à Ottawa. Crédit : ASC/J. Tremblay_",
     "Les deux délégations après la signature à Ottawa.", "ASC/J. Tremblay"),
    ("**Les deux délégations après la signature à Ottawa.** © KARI",
     "Les deux délégations après la signature à Ottawa.", "KARI"),
])
def test_markdown_emphasis_is_left_out_of_caption_and_credit(caption_line, caption, credit):
    lead = FR_BODY if "Les deux" in caption_line else EN_BODY
    text = f"{FR_TITLE if 'Les deux' in caption_line else EN_TITLE}\n\n{lead}\n\n{caption_line}\n\n{lead}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert len(seg.captions) == 1
    texts = [t for t in seg.captions[0].texts.values() if t]
    assert texts == [caption]
    assert seg.captions[0].credit == credit


def test_emphasis_inside_a_line_is_kept():
    text = f"{EN_TITLE}\n\n{EN_BODY}\n\nThe *Danuri* orbiter and the **Canadian** rover will share data.\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.blocks[-1].text == "The *Danuri* orbiter and the **Canadian** rover will share data."


# ---- caption markers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("caption_line", "caption", "credit"), [
    ("[Photo] The two delegations after the signing in Ottawa. (Credit: CSA/J. Tremblay)",
     "The two delegations after the signing in Ottawa.", "CSA/J. Tremblay"),
    ("(Photo) The two delegations after the signing in Ottawa. © KARI",
     "The two delegations after the signing in Ottawa.", "KARI"),
    ("Photo: The two delegations after the signing in Ottawa. Credit: CSA/J. Tremblay",
     "The two delegations after the signing in Ottawa.", "CSA/J. Tremblay"),
    ("[Vidéo] Les deux délégations après la signature à Ottawa. Crédit : ASC",
     "Les deux délégations après la signature à Ottawa.", "ASC"),
    ("Photo : Les deux délégations après la signature à Ottawa. Crédit : ASC/J. Tremblay",
     "Les deux délégations après la signature à Ottawa.", "ASC/J. Tremblay"),
    ("**Photo :** Les deux délégations après la signature à Ottawa. © KARI",
     "Les deux délégations après la signature à Ottawa.", "KARI"),
])
def test_caption_marker_is_left_out_of_the_caption(caption_line, caption, credit):
    french = "Les deux" in caption_line
    title, body = (FR_TITLE, FR_BODY) if french else (EN_TITLE, EN_BODY)
    text = f"{title}\n\n{body}\n\n{caption_line}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert len(seg.captions) == 1
    assert [t for t in seg.captions[0].texts.values() if t] == [caption]
    assert seg.captions[0].credit == credit
    block = next(b for b in seg.blocks if b.kind == "caption")
    assert block.text == caption and text[block.start:block.end] == caption


@pytest.mark.parametrize(("title", "body", "caption", "credit_line", "credit"), [
    (EN_TITLE, EN_BODY, "The two delegations after the signing in Ottawa.", "Photo: CSA/J. Tremblay",
     "CSA/J. Tremblay"),
    (FR_TITLE, FR_BODY, "Les deux délégations après la signature à Ottawa.", "Photo : Agence spatiale canadienne",
     "Agence spatiale canadienne"),
])
def test_photo_colon_before_a_name_stays_a_credit(title, body, caption, credit_line, credit):
    text = f"{title}\n\n{body}\n\n{caption}\n{credit_line}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert len(seg.captions) == 1
    assert [t for t in seg.captions[0].texts.values() if t] == [caption]
    assert seg.captions[0].credit == credit


@pytest.mark.parametrize(("title", "body", "line"), [
    (EN_TITLE, EN_BODY, "Photographs of the landing site were released by both agencies on Wednesday morning."),
    (FR_TITLE, FR_BODY, "Images et données seront publiées par les deux agences dès le mois prochain."),
])
def test_a_sentence_opening_with_a_marker_word_is_body(title, body, line):
    text = f"{title}\n\n{body}\n\n{line}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.captions == []
    assert seg.blocks[-1].kind == "body" and seg.blocks[-1].text == line
