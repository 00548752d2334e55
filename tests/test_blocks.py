"""Text -> blocks: title, body, captions, credits, datelines (spacerec.blocks.segment)."""

from __future__ import annotations

import pytest
from spacerec.blocks import segment
from spacerec.blocks.segment import BLOCK_KINDS


def _check_offsets(text: str, seg) -> None:
    for block in seg.blocks:
        assert block.text == text[block.start:block.end], block
        assert block.lang in ("en", "fr")
        assert block.kind in BLOCK_KINDS


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


# ---- real page shapes: captions ----------------------------------------------------------------

EN_BODY = "The agencies signed the agreement on Tuesday and will start work on the instrument next year."
FR_BODY = "Les deux agences ont signé l'accord mardi et commenceront à travailler sur l'instrument l'an prochain."


def _one_caption(text: str):
    seg = segment(text)
    _check_offsets(text, seg)
    assert len(seg.captions) == 1, seg.captions
    return seg, seg.captions[0]


@pytest.mark.parametrize(
    "caption, credit_text, credit",
    [
        ("Engineers inspect the drill prototype in a clean room.", "(Credit: CNES/Mathilde Garnier)",
         "CNES/Mathilde Garnier"),
        ("The rover on the plains of Jezero crater.", "(photo credit: NASA/JPL-Caltech)", "NASA/JPL-Caltech"),
        ("The rover on the plains of Jezero crater.", "(Photo: NASA)", "NASA"),
        ("The crew of the mission before the launch.", "(photo: Doc. NASA)", "Doc. NASA"),
        ("The crew of the mission before the launch.", "Image Credit: ESA/ATG medialab", "ESA/ATG medialab"),
        ("The crew of the mission before the launch.", "Photo credit/ JAXA", "JAXA"),
        ("The crew of the mission before the launch.", "(C) ESA", "ESA"),
        ("The crew of the mission before the launch.", "©ESA", "ESA"),
        ("Les ingénieurs inspectent le prototype de la foreuse.", "(Crédit : CNES/Mathilde Garnier)",
         "CNES/Mathilde Garnier"),
        ("Les ingénieurs inspectent le prototype de la foreuse.", "(Crédit photo : CNES)", "CNES"),
        ("Les ingénieurs inspectent le prototype de la foreuse.", "(photo : Doc. CNES)", "Doc. CNES"),
        ("Les ingénieurs inspectent le prototype de la foreuse.", "Crédit photo/ CNES", "CNES"),
        ("Les ingénieurs inspectent le prototype de la foreuse.", "©CNES", "CNES"),
    ],
)
def test_credit_forms_at_the_end_of_a_one_language_caption(caption, credit_text, credit):
    french = "ingénieurs" in caption
    body = FR_BODY if french else EN_BODY
    text = f"A title for the page\n\n{body}\n\n{caption} {credit_text}\n\n{body}\n"
    seg, cap = _one_caption(text)
    lang = "fr" if french else "en"
    other = "en" if french else "fr"
    assert cap.texts[lang] == caption and cap.texts[other] is None
    assert cap.credit == credit
    credit_block = next(b for b in seg.blocks if b.kind == "credit")
    assert credit_block.text == credit_text


@pytest.mark.parametrize("lang, caption, credit_line, credit", [
    ("en", "Astronaut Jeremy Hansen during training in Houston.", "Credit: NASA", "NASA"),
    ("fr", "L'astronaute Jeremy Hansen lors d'un entraînement à Houston.", "Crédit : NASA", "NASA"),
    ("en", "Astronaut Jeremy Hansen during training in Houston.", "Photo credit/ NASA/James Blair", "NASA/James Blair"),
    ("fr", "L'astronaute Jeremy Hansen lors d'un entraînement à Houston.", "© NASA/James Blair", "NASA/James Blair"),
])
@pytest.mark.parametrize("before", [True, False])
def test_credit_on_its_own_line_before_or_after_the_caption(lang, caption, credit_line, credit, before):
    body = FR_BODY if lang == "fr" else EN_BODY
    pair = f"{credit_line}\n{caption}" if before else f"{caption}\n{credit_line}"
    text = f"Title line\n\n{body}\n\n{pair}\n\n{body}\n"
    seg, cap = _one_caption(text)
    assert cap.texts[lang] == caption and cap.credit == credit
    credit_block = next(b for b in seg.blocks if b.kind == "credit")
    caption_block = next(b for b in seg.blocks if b.kind == "caption")
    assert credit_block.caption_group == caption_block.caption_group


@pytest.mark.parametrize("lang, captions", [
    ("en", ["The launch pad at Wenchang before the launch.", "The lander on the far side of the Moon.",
            "The sample container back on Earth."]),
    ("fr", ["Le pas de tir de Wenchang avant le lancement.", "L'atterrisseur sur la face cachée de la Lune.",
            "Le conteneur d'échantillons de retour sur Terre."]),
])
def test_numbered_gallery_captions_stay_separate(lang, captions):
    body = FR_BODY if lang == "fr" else EN_BODY
    gallery = "\n".join(f"{n}. {c} ©CNSA / CLEP" for n, c in enumerate(captions, 1))
    text = f"Title line\n\n{body}\n\n{gallery}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert [c.texts[lang] for c in seg.captions] == captions
    assert {c.credit for c in seg.captions} == {"CNSA / CLEP"}


@pytest.mark.parametrize("lang, first, second", [
    ("en", "ISRO Chairman Arjun Nair at the signing ceremony in Bengaluru.",
     "The delegations of both agencies after the meeting in the capital."),
    ("fr", "Le président de l'ISRO lors de la cérémonie de signature à Bengaluru.",
     "Les délégations des deux agences après la réunion dans la capitale."),
])
def test_consecutive_caption_lines_stay_separate_captions(lang, first, second):
    body = FR_BODY if lang == "fr" else EN_BODY
    text = f"Title line\n\n{body}\n\n{first} (Credit: ISRO)\n{second} (Credit: CNES)\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert [(c.texts[lang], c.credit) for c in seg.captions] == [(first, "ISRO"), (second, "CNES")]


@pytest.mark.parametrize("lang, caption", [
    ("en", "The probe during its tests in the clean room."),
    ("fr", "La sonde pendant ses essais en salle blanche."),
])
def test_a_caption_repeated_on_the_page_is_one_caption(lang, caption):
    body = FR_BODY if lang == "fr" else EN_BODY
    text = f"Title line\n\n{caption} © ESA\n\n{body}\n\n{caption} © ESA\n\n{body}\n"
    seg, cap = _one_caption(text)
    assert cap.texts[lang] == caption


@pytest.mark.parametrize("lang, label, caption", [
    ("en", "Space Image", "Model of the pressurised rover shown in Tokyo."),
    ("fr", "Rover lunaire", "Maquette du rover pressurisé exposée à Tokyo."),
    ("en", "rover, moon, Toyota, JAXA, exhibition", "Model of the pressurised rover shown in Tokyo."),
    ("fr", "rover, Lune, Toyota, JAXA, exposition", "Maquette du rover pressurisé exposée à Tokyo."),
])
def test_image_label_and_alt_text_keywords_are_not_glued_to_the_caption(lang, label, caption):
    body = FR_BODY if lang == "fr" else EN_BODY
    credit = "Crédit : JAXA." if lang == "fr" else "Credit: JAXA."
    text = f"Title line\n\n{body}\n\n{label}\n{caption} {credit}\n\n{body}\n"
    seg, cap = _one_caption(text)
    assert cap.texts[lang] == caption
    assert cap.credit == "JAXA"  # the sentence's final period is not part of the credit
    labels = [b for b in seg.blocks if b.is_label]
    assert [b.text for b in labels] == [label]


def test_alt_text_line_repeating_the_caption_opening_is_not_a_caption():
    alt = "ISRO Chairman Arjun Nair, left, and CNES President Camille Roux sit at a desk."
    caption = "ISRO Chairman Arjun Nair, left, and CNES President Camille Roux sign the arrangement in Bengaluru."
    text = f"Title line\n\n{alt}\n{caption}\nCredit: ISRO\n\n{EN_BODY}\n"
    seg, cap = _one_caption(text)
    assert cap.texts == {"fr": None, "en": caption} and cap.credit == "ISRO"


@pytest.mark.parametrize("credit_text, credit", [
    ("Crédit : Agence japonaise d'exploration aérospatiale.", "Agence japonaise d'exploration aérospatiale"),
    ("Credit: Japan Aerospace Exploration Agency.", "Japan Aerospace Exploration Agency"),
    ("Credit: Acme Inc.", "Acme Inc."),
    ("Crédit : J. Dupont/CNES.", "J. Dupont/CNES"),
])
def test_trailing_period_stripped_from_credits(credit_text, credit):
    text = f"Title line\n\n{EN_BODY}\n\nThe rover model on show in Tokyo. {credit_text}\n\n{EN_BODY}\n"
    _, cap = _one_caption(text)
    assert cap.credit == credit


def test_captions_in_two_languages_pair_only_when_one_translates_the_other():
    fr = "La sonde Juice quitte Kourou à bord d'Ariane 5 le 14 avril 2023."
    en = "The Juice probe leaves Kourou on Ariane 5 on 14 April 2023."
    unrelated = "A technician checks the solar arrays of another satellite in the clean room at Toulouse."
    paired = segment(f"Title line\n\n{EN_BODY}\n\n{fr} Crédit : ESA\n\n{en} Credit: ESA\n\n{EN_BODY}\n")
    assert [(c.texts["fr"], c.texts["en"]) for c in paired.captions] == [(fr, en)]
    apart = segment(f"Title line\n\n{EN_BODY}\n\n{fr} Crédit : ESA\n\n{unrelated} Credit: CNES\n\n{EN_BODY}\n")
    assert [(c.texts["fr"], c.texts["en"]) for c in apart.captions] == [(fr, None), (None, unrelated)]


def test_untranslated_caption_before_its_credited_translation_joins_it():
    fr = "Canadarm2 sur la Station spatiale internationale, avec la Terre en arrière-plan."
    en = "Canadarm2 on the International Space Station, with the Earth in the background."
    text = f"Title line\n\n{EN_BODY}\n\n{fr}\n\n{en}\n© NASA\n\n{EN_BODY}\n"
    _, cap = _one_caption(text)
    assert cap.texts == {"fr": fr, "en": en} and cap.credit == "NASA"


@pytest.mark.parametrize("lang, caption, before, after", [
    ("fr", "Les délégations des deux agences après la signature de l'accord à Buenos Aires",
     "L'agence brésilienne et la commission argentine ont signé un accord le 14 avril 2023.",
     "L'accord est valable cinq ans."),
    ("en", "The delegations of both agencies after the signing of the agreement in Buenos Aires",
     "The Brazilian agency and the Argentine commission signed an agreement on 14 April 2023.",
     "The agreement is valid for five years."),
])
def test_unmarked_caption_line_inside_prose(lang, caption, before, after):
    text = f"Title line\n\n{before}\n{caption}\n{after}\n"
    seg, cap = _one_caption(text)
    assert cap.texts[lang] == caption and cap.credit is None
    assert [b.text for b in seg.blocks if b.kind == "body"] == [before, after]


def test_subheading_between_paragraphs_is_not_a_caption():
    text = (f"Title line\n\n{FR_BODY}\n\nUne mission européenne, des partenaires américain et japonais\n\n"
            f"{FR_BODY}\n")
    assert segment(text).captions == []


@pytest.mark.parametrize("text", ['0\nA0A0A0L0È0Ì"CREDIT:0', "Titre\n\nПодпись к фото. Crédit : Роскосмос\n",
                                  "T\n\n1. © NASA\n\nBody.", 'T\n\n" Credit: X\n\nBody.'])
def test_a_caption_always_has_a_text(text):
    seg = segment(text)
    for caption in seg.captions:
        assert any(t and any(ch.isalpha() for ch in t) for t in caption.texts.values()), caption


# ---- real page shapes: the article's own date ----------------------------------------------------

@pytest.mark.parametrize("line, lang", [
    ("November 20, 2024 (JST)", "en"),
    ("10 Mars 2018", "fr"),
    ("Published on Tuesday, 09 March 2021", "en"),
    ("Tue Jul 18 2023", "en"),
    ("Mis à jour le 11. 01. 2019", "fr"),
    ("Publié le 27/01/2022 à 14h30", "fr"),
    ("Par Hélène Marchetti | 15 mars 2024", "fr"),
    ("By Jane Doe | March 15, 2024", "en"),
    ("New Delhi | 22-11-2024", "en"),
    ("Ibadan, 8 April 2024", "en"),
    ("Kourou (Guyane), le 14 avril 2023", "fr"),
    ("Posted On: 30 JUL 2025 7:52PM by PIB Delhi", "en"),  # a month in capitals
    ("PUBLIÉ LE 12 MARS 2024", "fr"),
    ("Live coverage from the launch site, Kourou | Friday 14 April 2023", "en"),  # a short place part, a date part
    ("En direct du Centre spatial guyanais | vendredi 14 avril 2023", "fr"),
])
def test_date_line_under_the_title_is_a_dateline_block(line, lang):
    body = FR_BODY if lang == "fr" else EN_BODY
    text = f"Title of the article\n\n{line}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.dateline is not None and seg.dateline.kind == "dateline" and seg.dateline.text == line
    assert seg.dateline.lang == lang
    assert seg.title is not None and seg.title.text == "Title of the article"


@pytest.mark.parametrize("lang, paragraph, prefix", [
    ("en", "TOKYO, Aug 29 (Kyodo) - Japan's space agency said on Friday it would sign an agreement with ISRO.",
     "TOKYO, Aug 29 (Kyodo) -"),
    ("fr", "PARIS, 12 mars 2024 (AFP) - Le CNES a annoncé vendredi la signature d'un accord avec la JAXA.",
     "PARIS, 12 mars 2024 (AFP) -"),
    ("fr", "Paris, le 14 juin 2023 - Le CNES et la JAXA ont signé la veille un accord sur la mission MMX.",
     "Paris, le 14 juin 2023 -"),
    ("fr", "Paris, le Centre national d'études spatiales - qui fête ses 63 ans - a signé le 14 juin 2023 un accord.",
     None),
])
def test_wire_dateline_opening_the_first_paragraph(lang, paragraph, prefix):
    text = f"Title of the article\n\n{paragraph}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    if prefix is None:  # the date must follow the place (or "le"/"the") directly
        assert seg.dateline is None
        return
    assert seg.dateline is not None and seg.dateline.text == prefix
    body = [b for b in seg.blocks if b.kind == "body"]
    assert body[0].start == len("Title of the article\n\n") + len(prefix) + 1
    assert all(b.lang == lang for b in body)


def test_a_date_inside_a_sentence_is_no_date_line():
    text = "Title\n\nThe agencies signed on 3 January 2019 in Paris.\n\nAnother paragraph follows here.\n"
    assert segment(text).dateline is None


@pytest.mark.parametrize("line", [
    "The agencies signed the memorandum in Paris after long talks | 3 January 2019",  # a sentence-long part
    "Agencies met. | 3 January 2019",  # a part that is a sentence
    "Launch | Moon | Mars | Jupiter",  # no date at all
])
def test_a_barred_line_is_a_date_line_only_with_a_date_part_and_short_parts(line):
    text = f"Title of the article\n\n{line}\n\n{EN_BODY}\n"
    assert segment(text).dateline is None


# ---- real page shapes: titles ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'agence luxembourgeoise et le CNES ont signé hier une lettre d'intention. Les deux agences avaient "
    "déjà conclu un accord en mars 2019.\n",
    "The Luxembourg agency and CNES signed a letter of intent in Luxembourg yesterday, the two agencies said "
    "in a joint statement.\n",
    "Le CNES et la JAXA ont signé hier un accord à Tokyo.\n",
])
def test_one_paragraph_article_is_body_not_title(text):
    seg = segment(text)
    assert seg.title is None
    assert [b.kind for b in seg.blocks] == ["body"]


_LONG_EN = ("The Canadian Space Agency and the German Aerospace Center signed a framework arrangement in Ottawa on "
            "Tuesday to work together on Earth observation, robotics and lunar science. Officials of both agencies "
            "said that the first joint studies would begin next year and that young researchers would be exchanged "
            "between the two countries over the coming five years, starting with two students from each side. "
            "Related stories")
_LONG_FR = ("L'Agence spatiale canadienne et le Centre allemand pour l'aéronautique et l'astronautique ont signé mardi "
            "à Ottawa un arrangement-cadre pour travailler ensemble sur l'observation de la Terre, la robotique et la "
            "science lunaire. Les responsables des deux agences ont indiqué que les premières études communes "
            "commenceraient l'an prochain et que de jeunes chercheurs seraient échangés. Articles liés")


@pytest.mark.parametrize("text", [_LONG_EN, _LONG_FR, _LONG_EN + "\n\nA second paragraph.\n"])
def test_a_line_longer_than_any_headline_is_no_title_whatever_it_ends_with(text):
    # a page saved as one line: no final stop (a trailing link), yet the whole article
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.title is None
    assert seg.blocks[0].kind == "body" and seg.blocks[0].text.startswith(text[:40])


@pytest.mark.parametrize("title", [
    "CSA and DLR sign a framework arrangement on Earth observation, robotics and lunar science in Ottawa",
    "L'ASC et le DLR signent à Ottawa un arrangement-cadre sur l'observation de la Terre et la robotique",
])
def test_a_long_headline_without_a_final_stop_stays_the_title(title):
    text = f"{title}\n\n{_LONG_EN}.\n"
    assert segment(text).title is not None and segment(text).title.text == title


@pytest.mark.parametrize("label, lang", [("Press Release", "en"), ("Communiqué de presse", "fr"),
                                         ("PRESS RELEASE 24-031", "en"), ("Communiqué de presse n° 45", "fr")])
def test_page_label_above_the_title_is_not_the_title(label, lang):
    title = "CNES and JAXA sign an agreement" if lang == "en" else "Le CNES et la JAXA signent un accord"
    body = EN_BODY if lang == "en" else FR_BODY
    text = f"{label}\n\n{title}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.title is not None and seg.title.text == title
    label_block = next(b for b in seg.blocks if b.text == label)
    assert label_block.is_label and label_block.lang == lang


def test_source_date_line_above_the_title_is_not_the_title():
    text = f"NASA | March 3, 2024\n\nNASA and ISRO sign a radar agreement\n\n{EN_BODY}\n"
    seg = segment(text)
    assert seg.title.text == "NASA and ISRO sign a radar agreement"
    assert seg.dateline.text == "NASA | March 3, 2024"


@pytest.mark.parametrize("title, body, lang", [
    ("TUA satellites", "TUA has ordered two new satellites. They will be launched next year.", "en"),
    ("Satellites de la TUA", "La TUA a commandé deux nouveaux satellites. Ils seront lancés l'an prochain.", "fr"),
    ("ISRO Gaganyaan", "L'ISRO prépare le premier vol habité de son programme, prévu l'an prochain.", "fr"),
])
def test_short_title_takes_the_document_language_when_unsure(title, body, lang):
    seg = segment(f"{title}\n\n{body}\n")
    assert seg.title.lang == lang


@pytest.mark.parametrize("label, body, lang", [
    ("Space Image", FR_BODY, "fr"),
    ("Image spatiale", EN_BODY, "en"),
])
def test_an_image_label_takes_the_page_language(label, body, lang):
    text = f"Title line\n\n{body}\n\n{label}\nCredit: NASA\n\n{body}\n"
    seg = segment(text)
    label_block = next(b for b in seg.blocks if b.is_label)
    assert label_block.text == label and label_block.lang == lang
    assert seg.captions == []


@pytest.mark.parametrize("lang, caption, credit_text, credit", [
    ("en", "The probe above the asteroid Ryugu in 2018.", "(Courtesy of JAXA)", "JAXA"),
    ("en", "The probe above the asteroid Ryugu in 2018.", "(Photo by NASA/Bill Ingalls)", "NASA/Bill Ingalls"),
    ("en", "The probe above the asteroid Ryugu in 2018.", "[Credit: JAXA]", "JAXA"),
    ("fr", "La sonde au-dessus de l'astéroïde Ryugu en 2018.", "(Avec l'aimable autorisation de la JAXA)", "la JAXA"),
    ("fr", "La sonde au-dessus de l'astéroïde Ryugu en 2018.", "[Crédit : JAXA]", "JAXA"),
])
def test_credits_without_a_colon_or_in_brackets(lang, caption, credit_text, credit):
    body = FR_BODY if lang == "fr" else EN_BODY
    _, cap = _one_caption(f"Title line\n\n{body}\n\n{caption} {credit_text}\n\n{body}\n")
    assert cap.texts[lang] == caption and cap.credit == credit


def test_a_line_opening_with_a_photo_word_is_not_a_credit():
    text = f"Title line\n\n{FR_BODY}\n\nPhoto de groupe des participants à la conférence de Paris.\n\n{FR_BODY}\n"
    seg = segment(text)
    assert not [b for b in seg.blocks if b.kind == "credit"]


@pytest.mark.parametrize("line, lang, caption, credit", [
    ("The lander on the far side of the Moon. | Credit: CNSA", "en", "The lander on the far side of the Moon.",
     "CNSA"),
    ("L'atterrisseur sur la face cachée de la Lune — Crédit : CNSA", "fr",
     "L'atterrisseur sur la face cachée de la Lune", "CNSA"),
    ("3/12 The lander on the far side of the Moon. © CNSA", "en", "The lander on the far side of the Moon.", "CNSA"),
])
def test_caption_separators_and_gallery_counters_are_not_caption_text(line, lang, caption, credit):
    body = FR_BODY if lang == "fr" else EN_BODY
    seg, cap = _one_caption(f"Title line\n\n{body}\n\n{line}\n\n{body}\n")
    assert cap.texts[lang] == caption and cap.credit == credit


@pytest.mark.parametrize("standfirst, byline, lang", [
    ("The two agencies will work together on a lunar rover for the Artemis programme.",
     "By Jane Doe published March 3, 2024", "en"),
    ("Les deux agences travailleront ensemble sur un rover lunaire pour le programme Artemis.",
     "Par Hélène Marchetti, publié le 3 mars 2024 à 10h32", "fr"),
])
def test_byline_under_a_standfirst_is_the_date_line(standfirst, byline, lang):
    body = FR_BODY if lang == "fr" else EN_BODY
    text = f"Title of the article\n\n{standfirst}\n\n{byline}\n\n{body}\n\n{body}\n"
    seg = segment(text)
    assert seg.dateline is not None and seg.dateline.text == byline


def test_a_date_line_after_the_article_has_begun_is_not_its_date():
    text = (f"Title of the article\n\n{EN_BODY}\n\n{EN_BODY} It continues with more words.\n\n"
            "Washington, 3 March 2024\n\nMore text.\n")
    assert segment(text).dateline is None
