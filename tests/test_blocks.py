"""Text -> blocks: title, body, captions, credits, datelines (spacerec.blocks.segment)."""

from __future__ import annotations

import pytest
from spacerec.blocks import segment


def _check_offsets(text: str, seg) -> None:
    for block in seg.blocks:
        assert block.text == text[block.start:block.end], block
        assert block.lang in ("en", "fr")
        assert block.kind in ("title", "body", "caption", "credit")


def test_repeated_title_is_one_title_and_markdown_heading_is_stripped():
    text = ("# Juice heads for Jupiter\n\nJuice heads for Jupiter\n\n"
            "The European Space Agency launched its probe on Friday. It will reach Jupiter in 2031.\n\n"
            "A second paragraph about the mission and its instruments.\n")
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.title is not None and seg.title.text == "Juice heads for Jupiter"
    titles = [b for b in seg.blocks if b.kind == "title"]
    assert len([b for b in titles if not b.is_duplicate_title]) == 1
    assert sum(b.is_duplicate_title for b in titles) == 1
    bodies = [b.text for b in seg.blocks if b.kind == "body"]
    assert bodies == ["The European Space Agency launched its probe on Friday. It will reach Jupiter in 2031.",
                      "A second paragraph about the mission and its instruments."]
    assert seg.captions == []


def test_french_title_language():
    text = "La sonde européenne quitte la Terre\n\nLa sonde a décollé de Kourou vendredi matin avec succès.\n"
    seg = segment(text)
    assert seg.title.lang == "fr"
    assert seg.languages == ["fr"]


def test_caption_with_inline_french_credit():
    text = ("A title\n\nLa sonde Juice quitte la Terre à bord d'une Ariane 5. Crédit : ESA/M. Pédoussaut\n\n"
            "The body of the article goes here and it is long enough to be a paragraph.\n")
    seg = segment(text)
    _check_offsets(text, seg)
    assert len(seg.captions) == 1
    cap = seg.captions[0]
    assert cap.texts == {"fr": "La sonde Juice quitte la Terre à bord d'une Ariane 5.", "en": None}
    assert cap.credit == "ESA/M. Pédoussaut"
    kinds = [b.kind for b in seg.blocks]
    assert kinds == ["title", "caption", "credit", "body"]
    credit = next(b for b in seg.blocks if b.kind == "credit")
    assert credit.text == "Crédit : ESA/M. Pédoussaut"


@pytest.mark.parametrize(
    "credit_line, value, lang_caption",
    [
        ("Credit: NASA/JPL-Caltech", "NASA/JPL-Caltech", "The Perseverance rover on the floor of Jezero crater."),
        ("© CNES", "CNES", "The lander seen from orbit over the plains."),
        ("Photo : ESA", "ESA", "Le lanceur sur son pas de tir à Kourou."),
        ("Crédit : CNSA/CLEP", "CNSA/CLEP", "La surface de la Lune vue par la sonde."),
    ],
)
def test_credit_on_its_own_line(credit_line, value, lang_caption):
    text = f"Title\n\n{lang_caption}\n{credit_line}\n\nA body paragraph follows with some words in it.\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert len(seg.captions) == 1
    cap = seg.captions[0]
    assert cap.credit == value
    assert lang_caption in cap.texts.values()
    # the credit line is not part of the caption text
    assert all(credit_line not in (t or "") for t in cap.texts.values())
    assert [b.kind for b in seg.blocks] == ["title", "caption", "credit", "body"]


def test_french_caption_and_english_translation_are_one_caption():
    text = ("Un titre en français\n\nLe texte de l'article commence ici, avec des mots.\n\n"
            "La sonde Hayabusa2 au-dessus de l'astéroïde Ryugu en 2018. Crédit : JAXA\n\n"
            "The Hayabusa2 probe above the asteroid Ryugu in 2018.\nCredit: JAXA\n\n"
            "La suite de l'article, dans un autre paragraphe.\n")
    seg = segment(text)
    _check_offsets(text, seg)
    assert len(seg.captions) == 1
    cap = seg.captions[0]
    assert cap.texts["fr"] == "La sonde Hayabusa2 au-dessus de l'astéroïde Ryugu en 2018."
    assert cap.texts["en"] == "The Hayabusa2 probe above the asteroid Ryugu in 2018."
    assert cap.credit == "JAXA"
    groups = {b.caption_group for b in seg.blocks if b.kind in ("caption", "credit")}
    assert groups == {0}
    assert seg.languages == ["en", "fr"]
    # the body after the captions is body again
    assert seg.blocks[-1].kind == "body" and seg.blocks[-1].lang == "fr"


def test_translation_without_its_own_credit_joins_the_caption():
    text = ("Un titre en français\n\nLe texte de l'article commence ici, avec des mots.\n\n"
            "La sonde Hayabusa2 au-dessus de l'astéroïde Ryugu en 2018.\nCrédit : JAXA\n\n"
            "The Hayabusa2 probe above the asteroid Ryugu in 2018.\n\n"
            "La suite de l'article, dans un autre paragraphe.\n")
    seg = segment(text)
    assert len(seg.captions) == 1
    assert seg.captions[0].texts["en"] == "The Hayabusa2 probe above the asteroid Ryugu in 2018."
    assert seg.captions[0].credit == "JAXA"


def test_two_separate_captions_stay_two():
    text = ("Title\n\nThe Perseverance rover on the floor of Jezero crater.\nCredit: NASA/JPL-Caltech\n\n"
            "A body paragraph follows with some words in it.\n\n"
            "The Ingenuity helicopter before its first flight on Mars.\nCredit: NASA\n")
    seg = segment(text)
    assert [c.credit for c in seg.captions] == ["NASA/JPL-Caltech", "NASA"]


def test_image_label_with_credit_is_not_a_caption_and_crlf():
    text = "Title\r\n\r\nSpace Image\r\nCredit: CNSA\r\n\r\nBody of the article, with words.\r\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.captions == []
    label = next(b for b in seg.blocks if b.kind == "caption")
    assert label.is_label and label.text == "Space Image"
    assert all("\r" not in b.text and "\n" not in b.text for b in seg.blocks)
    assert seg.title.text == "Title"
    body = next(b for b in seg.blocks if b.kind == "body")
    assert body.text == "Body of the article, with words."


def test_crlf_caption_pair():
    text = ("Titre\r\n\r\nLe texte de l'article commence ici, avec des mots.\r\n\r\n"
            "La sonde au-dessus de l'astéroïde Ryugu en 2018. Crédit : JAXA\r\n\r\n"
            "The probe above the asteroid Ryugu in 2018.\r\nCredit: JAXA\r\n")
    seg = segment(text)
    _check_offsets(text, seg)
    assert len(seg.captions) == 1
    assert seg.captions[0].credit == "JAXA"
    assert seg.captions[0].texts["en"] == "The probe above the asteroid Ryugu in 2018."


@pytest.mark.parametrize(
    "line, lang",
    [("Paris, 20 mars 2023", "fr"), ("Washington, June 8, 2022 —", "en"), ("Published on 2024-06-02", "en")],
)
def test_dateline_detected(line, lang):
    body = ("Le corps de l'article commence ici avec des mots." if lang == "fr"
            else "The body of the article starts here with words.")
    text = f"Title of the article\n\n{line}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.dateline is not None
    assert seg.dateline.text == line
    # a dateline takes the language of the body
    assert seg.dateline.lang == lang


def test_no_dateline_for_an_ordinary_first_paragraph():
    text = "Title\n\nThe probe landed on 3 January 2019 on the far side of the Moon.\n"
    assert segment(text).dateline is None


def test_every_block_slices_the_text_on_a_mixed_document():
    text = ("\ufeff# Titre\n\n# Titre\n\nParis, 9 mars 2021\n\nPremier paragraphe. Second sentence in English is "
            "here now for you.\n\nSpace Image\n© NASA\n\nUne légende sans fin. Photo : ESA\n\n\n\nFin.")
    seg = segment(text)
    _check_offsets(text, seg)
    starts = [b.start for b in seg.blocks]
    assert starts == sorted(starts)
    assert [b.index for b in seg.blocks] == list(range(len(seg.blocks)))
