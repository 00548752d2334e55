"""Page shapes of real news the block reader and the linker must read right, both languages, each with the
shape that must not be caught: caption labels ("Légende :", "Caption:"), bracketed credits without a credit
word, tag lines and a newsletter's table of contents (furniture), agency acronyms in title case ("Esa")."""

from __future__ import annotations

import pytest
from spacerec.blocks import segment
from spacerec.blocks.segment import BLOCK_KINDS
from spacerec.entities.linker import SPAN_KEY

EN_TITLE = "Luxembourg and Korea plan a joint resource survey"
EN_BODY = ("Officials from Luxembourg and the Republic of Korea said on Friday in Seoul that they would study "
           "a shared survey of lunar resources over the next two years.")
FR_TITLE = "Le Luxembourg et la Corée préparent une étude commune"
FR_BODY = ("Des responsables luxembourgeois et coréens ont annoncé vendredi à Séoul qu'ils étudieraient "
           "ensemble les ressources lunaires au cours des deux prochaines années.")
EN_CAPTION = "The two delegations after the signing in Ottawa."
FR_CAPTION = "Les deux délégations après la signature à Ottawa."


def _page(lang: str, *middle: str) -> str:
    title, body = (FR_TITLE, FR_BODY) if lang == "fr" else (EN_TITLE, EN_BODY)
    return f"{title}\n\n{body}\n\n" + "\n\n".join(middle) + f"\n\n{body}\n"


def _check_offsets(text: str, seg) -> None:
    for block in seg.blocks + seg.furniture:
        assert block.text == text[block.start:block.end], block
        assert block.kind in BLOCK_KINDS


def _caption_texts(seg) -> list[str]:
    return [t for c in seg.captions for t in c.texts.values() if t]


# ---- caption labels -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "lines", "caption", "credit"), [
    # a caption label is not part of the caption
    ("en", ["Caption: " + EN_CAPTION, "Photo: Museum photography studio"], EN_CAPTION, "Museum photography studio"),
    ("en", ["Photo caption: " + EN_CAPTION + " (Photo: CSA)"], EN_CAPTION, "CSA"),
    ("en", ["Caption: " + EN_CAPTION], EN_CAPTION, None),  # a short caption with no credit: the label says it
    ("fr", ["Légende : " + FR_CAPTION + " Crédit : ASC"], FR_CAPTION, "ASC"),
    ("fr", ["Légende : " + FR_CAPTION, "© Agence spatiale canadienne"], FR_CAPTION, "Agence spatiale canadienne"),
    ("fr", ["Légende : " + FR_CAPTION + " ( Photo : Marc Dubois/ASC )"], FR_CAPTION, "Marc Dubois/ASC"),
    # a bracketed name closing a marked caption is its credit, with or without a credit word
    ("en", [f"[Photo] {EN_CAPTION} (Ministry of Science and ICT)"], EN_CAPTION, "Ministry of Science and ICT"),
    ("en", [f"[Photo] {EN_CAPTION} (Xinhua)"], EN_CAPTION, "Xinhua"),
    ("fr", [f"Photo : {FR_CAPTION} (photo Agence spatiale luxembourgeoise)"], FR_CAPTION,
     "Agence spatiale luxembourgeoise"),
    ("fr", [f"[Photo] {FR_CAPTION} (Ministère de l'Économie)"], FR_CAPTION, "Ministère de l'Économie"),
    # a bracketed credit opening the caption
    ("en", [f"(Photo: Ministry of Communications and Information, Singapore) {EN_CAPTION}"], EN_CAPTION,
     "Ministry of Communications and Information, Singapore"),
    ("fr", [f"(Crédit : JAXA) {FR_CAPTION}"], FR_CAPTION, "JAXA"),
    # a credit word naming a stock or illustration picture, on its own line above the caption
    ("fr", [f"Photo d'illustration : ISRO\n{FR_CAPTION}"], FR_CAPTION, "ISRO"),
    ("en", [f"File photo: Reuters\n{EN_CAPTION}"], EN_CAPTION, "Reuters"),
    # a gallery number with a dash before the caption
    ("fr", [f"2/2 - {FR_CAPTION} Crédit : ESA"], FR_CAPTION, "ESA"),
    ("en", [f"1/3 – {EN_CAPTION} © ESA/ATG medialab"], EN_CAPTION, "ESA/ATG medialab"),
])
def test_caption_label_and_bracketed_credit_are_not_caption_text(lang, lines, caption, credit):
    text = _page(lang, "\n".join(lines))
    seg = segment(text, lang)
    _check_offsets(text, seg)
    assert _caption_texts(seg) == [caption]
    assert seg.captions[0].credit == credit


# ---- bracketed names that are no credit -----------------------------------------------------------------

@pytest.mark.parametrize(("lang", "line", "caption"), [
    # lower case in the brackets, or inside the sentence: part of the caption, no credit
    ("en", "[Photo] The Integral telescope in orbit (artist's impression).", "The Integral telescope in orbit "
                                                                             "(artist's impression)."),
    ("fr", "[Photo] Integral en orbite. (vue d'artiste)", "Integral en orbite. (vue d'artiste)"),
])
def test_a_bracketed_remark_is_no_credit(lang, line, caption):
    text = _page(lang, line)
    seg = segment(text, lang)
    assert _caption_texts(seg) == [caption]
    assert seg.captions[0].credit is None


@pytest.mark.parametrize(("lang", "placeholder"), [
    ("en", "Image : capsule / Bennu / Utah / OSIRIS-REx"),
    ("fr", "[image : vega-vv24-sentinel-2c.jpg]"),
    ("fr", "Photo : lanceur, Kourou, nuit"),
])
def test_an_image_placeholder_credits_no_paragraph(lang, placeholder):
    prose = EN_BODY + " " + EN_BODY if lang == "en" else FR_BODY + " " + FR_BODY
    text = _page(lang, prose, placeholder)
    seg = segment(text, lang)
    _check_offsets(text, seg)
    assert seg.captions == []
    assert prose in [b.text for b in seg.blocks if b.kind == "body"]
    assert not any(b.kind == "credit" for b in seg.blocks)


@pytest.mark.parametrize(("lang", "credit_line", "credit"), [
    ("en", "Image: ESA / NASA / JPL", "ESA / NASA / JPL"),  # names, not keywords
    ("fr", "Crédit : NASA/JPL-Caltech/MSSS", "NASA/JPL-Caltech/MSSS"),
])
def test_a_credit_of_several_names_stays_a_credit(lang, credit_line, credit):
    caption = EN_CAPTION if lang == "en" else FR_CAPTION
    text = _page(lang, f"{caption}\n{credit_line}")
    seg = segment(text, lang)
    assert _caption_texts(seg) == [caption] and seg.captions[0].credit == credit


def test_photo_marker_with_a_bracketed_credit_leaves_the_standfirst_alone():
    standfirst = "Le secrétaire américain était de passage au Grand-Duché hier. Il est reparti avec un accord."
    line = f"Photo : {FR_CAPTION} (photo Agence spatiale luxembourgeoise)"
    text = f"{FR_TITLE}\n\nPublié le samedi 11 mai 2019\n\n{standfirst}\n\n{line}\n\n{FR_BODY}\n"
    seg = segment(text, "fr")
    assert _caption_texts(seg) == [FR_CAPTION]
    assert standfirst in [b.text for b in seg.blocks if b.kind == "body"]


# ---- tag lines and tables of contents --------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Tags: ISRO, ESA, human spaceflight, Ax-4, Gaganyaan"),
    ("en", "Keywords: Hera; DART; planetary defence"),
    ("fr", "Mots-clés : Vega, Sentinel-2C, Copernicus, ESA, Kourou, observation de la Terre"),
    ("fr", "**Étiquettes :** JAXA | ESA | Hera"),
])
def test_a_tag_line_is_furniture(lang, line):
    text = _page(lang, line)
    seg = segment(text, lang)
    _check_offsets(text, seg)
    assert [b.furniture for b in seg.furniture] == ["tags"]
    assert seg.captions == []
    assert not any("ESA" in b.text or "Hera" in b.text for b in seg.blocks)


@pytest.mark.parametrize(("lang", "contents"), [
    ("en", ["In this issue", "1. Italy and the United States sign a declaration on Artemis",
            "2. Artemis Accords: eight first signatories", "3. Agenda"]),
    ("fr", ["Au sommaire de ce numéro", "1. L'Italie et les États-Unis signent une déclaration d'intention",
            "2. Accords Artemis : huit premiers signataires", "3. Agenda"]),
])
def test_a_table_of_contents_is_furniture(lang, contents):
    text = _page(lang, "\n".join(contents))
    seg = segment(text, lang)
    _check_offsets(text, seg)
    assert [b.text for b in seg.furniture] == contents
    assert all(b.furniture == "contents" for b in seg.furniture)
    assert not any("Artemis" in b.text for b in seg.blocks)


def test_no_agreement_comes_from_a_table_of_contents(blank_extractor):
    text = (f"{FR_TITLE}\n\nAu sommaire de ce numéro\n1. Le CNES et la JAXA signent un accord sur MMX\n2. Agenda\n\n"
            f"{FR_BODY}\n")
    records = blank_extractor.extract(text, doc_id="sommaire")
    assert not [r for r in records if r["record_type"] == "agreement"]
    assert not [r for r in records if r["record_type"] == "agency" and r["agency_id"] in ("CNES", "JAXA")]


@pytest.mark.parametrize(("lang", "line"), [
    # a sentence opening with a caption word, a tag word or a contents word
    ("en", "Captions of the mission's first images were written by the science team in Ottawa last week."),
    ("fr", "Légendes et images de la mission seront publiées par les deux agences le mois prochain."),
    ("en", "Topics: the agencies discussed how to share the data, and they will meet again in June."),
    ("fr", "Sujets : les deux agences ont discuté du partage des données et se reverront en juin."),
    ("en", "Contents of the agreement were not made public by either agency on Tuesday."),
    ("fr", "Sommaire et calendrier de la coopération seront publiés par les deux agences."),
    # a bracket opening a sentence is a credit only with a credit word in it
    ("en", "(Updated) The agreement was signed by both ministers in Seoul on Tuesday morning."),
    ("fr", "(Source de l'agence) Les deux ministres ont signé l'accord mardi matin à Luxembourg."),
    # no caption marker: a sentence ending with a bracketed name is body, the name no credit
    ("en", "The agreement was signed by both ministers in Seoul on Tuesday. (Ministry of Science and ICT)"),
    ("fr", "L'accord a été signé par les deux ministres à Luxembourg mardi. (Agence spatiale luxembourgeoise)"),
])
def test_a_sentence_that_only_opens_or_ends_like_page_furniture_stays_body(lang, line):
    text = _page(lang, line)
    seg = segment(text, lang)
    assert seg.captions == [] and seg.furniture == []
    assert line in [b.text for b in seg.blocks if b.kind == "body"]


@pytest.mark.parametrize(("lang", "heading"), [
    ("en", "2. JAPAN'S SLIM LANDS ON THE MOON UPSIDE DOWN AFTER A PERFECT DESCENT"),
    ("en", "3. Ax-3 brings the first astronaut of Türkiye to the International Space Station"),
    ("fr", "2. LE JAPON POSE SA SONDE SLIM SUR LA LUNE, MAIS À L'ENVERS"),
    ("fr", "IV. La sonde japonaise SLIM se pose sur la Lune mais finit la tête en bas"),
])
def test_a_section_heading_over_its_text_is_no_caption(lang, heading):
    body = EN_BODY if lang == "en" else FR_BODY
    text = _page(lang, f"{heading}\n{body}")
    seg = segment(text, lang)
    assert seg.captions == []
    assert heading in [b.text for b in seg.blocks if b.kind == "body"] or any(
        b.kind == "body" and b.text.startswith(heading) for b in seg.blocks)


@pytest.mark.parametrize(("lang", "unmarked"), [
    ("en", "The SLIM lander resting on its side on the slope of Shioli crater, seen by a rover"),
    ("fr", "L'atterrisseur SLIM couché sur le flanc dans le cratère Shioli, vu par un petit rover"),
])
def test_an_unmarked_caption_inside_prose_is_still_a_caption(lang, unmarked):
    body = EN_BODY if lang == "en" else FR_BODY
    text = _page(lang, f"{body}\n{unmarked}\n{body}")
    seg = segment(text, lang)
    assert _caption_texts(seg) == [unmarked]


@pytest.mark.parametrize(("lang", "label", "title"), [
    ("en", "TRANSCRIPT", "Artemis Accords signing ceremonies: Republic of Panama and Republic of Austria"),
    ("fr", "Transcription", "Cérémonie de signature des accords Artemis : la République du Panama"),
])
def test_a_page_label_above_the_title_leaves_the_title_to_the_next_line(lang, label, title):
    body = EN_BODY if lang == "en" else FR_BODY
    text = f"{label}\n\n{title}\n\n{body}\n"
    seg = segment(text, lang)
    assert seg.title is not None and seg.title.text == title
    assert seg.captions == []


@pytest.mark.parametrize(("first", "second"), [
    ("Le satellite SMILE lors de ses essais au centre technique de l'ESA, aux Pays-Bas.",
     "The SMILE satellite during testing at ESA's technical centre in the Netherlands."),
    ("JAXA's H3 rocket on its pad at Tanegashima before the launch.",
     "La fusée H3 de la JAXA sur son pas de tir à Tanegashima avant le lancement."),
])
def test_a_possessive_name_is_shared_by_a_caption_and_its_translation(first, second):
    text = f"{FR_TITLE}\n\n{FR_BODY}\n\n{first}\n{second}\nCrédit : ESA\n\n{FR_BODY}\n"
    seg = segment(text, "fr")
    assert len(seg.captions) == 1
    assert sorted(t for t in seg.captions[0].texts.values() if t) == sorted([first, second])


def test_captions_with_no_shared_name_stay_apart():
    first = "Le satellite SMILE lors de ses essais au centre technique, aux Pays-Bas."
    second = "NASA's Perseverance rover photographed at Jezero crater by its own arm camera."
    text = f"{FR_TITLE}\n\n{FR_BODY}\n\n{first}\nCrédit : ESA\n\n{second}\nCredit: NASA\n\n{FR_BODY}\n"
    seg = segment(text, "fr")
    assert len(seg.captions) == 2


# ---- agency acronyms in title case -----------------------------------------------------------------------

def _agencies(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans[SPAN_KEY] if s.label_ == "AGENCY"]


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("en", "Esa will build the habitation module.", [("Esa", "ESA")]),
    ("en", "Esa Director General Jan Wörner and Nasa Administrator Jim Bridenstine signed it.",
     [("Esa", "ESA"), ("Nasa", "NASA")]),
    ("en", "The module was built with Dlr and Asi engineers.", [("Dlr", "DLR"), ("Asi", "ASI")]),
    ("fr", "L'Esa et la Nasa ont signé le protocole.", [("Esa", "ESA"), ("Nasa", "NASA")]),
    ("fr", "Le directeur de l'Asi a salué l'accord.", [("Asi", "ASI")]),
])
def test_three_letter_agency_acronym_in_title_case_is_the_agency(shipped_nlps, lang, text, found):
    assert _agencies(shipped_nlps[lang], text) == found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Esa Kuusisto, a Finnish engineer, joined the mission team."),  # a first name before a surname
    ("en", "Prime Minister Abe welcomed the astronauts."),  # a name the KB lists as one in title case
    ("en", "Asa Hutchinson visited the launch site."),
    ("fr", "Isa Martin, ingénieure, a rejoint l'équipe."),
    ("en", "The esa of the text is a typo."),  # lower case
])
def test_a_title_case_word_that_is_a_name_is_no_agency(shipped_nlps, lang, text):
    assert _agencies(shipped_nlps[lang], text) == []


def test_generic_plural_stays_no_agency(shipped_nlps):
    assert _agencies(shipped_nlps["en"], "Space agencies of Europe met in Paris.") == []
    assert _agencies(shipped_nlps["fr"], "Les agences spatiales européennes se sont réunies.") == []
