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

def test_photo_colon_before_a_caption_sentence_marks_a_caption():
    for title, body, caption in (
            (EN_TITLE, EN_BODY, "The two delegations pose in front of the station's antenna after the signing."),
            (FR_TITLE, FR_BODY, "Les deux délégations posent devant l'antenne de la station après la signature.")):
        text = f"{title}\n\n{body}\n\nPhoto: {caption}\n\n{body}\n"
        seg = segment(text)
        _check_offsets(text, seg)
        assert len(seg.captions) == 1 and seg.captions[0].credit is None
        assert [t for t in seg.captions[0].texts.values() if t] == [caption]


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


# ---- breadcrumbs ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("crumb", "title", "body"), [
    ("Home > Space > Policy", EN_TITLE, EN_BODY),
    ("Home » News", EN_TITLE, EN_BODY),
    ("Science › Space › Moon", EN_TITLE, EN_BODY),
    ("Accueil / Espace / Coopération", FR_TITLE, FR_BODY),
    ("Accueil | Actualités", FR_TITLE, FR_BODY),
    # the trail ends with the page's own headline, longer than a section name
    ("Home > News > 2024 > Two agencies sign a memorandum on lunar science", EN_TITLE, EN_BODY),
    ("Accueil > Actualités > Espace > Le CNES et la JAXA signent un accord sur une sonde martienne", FR_TITLE,
     FR_BODY),
])
def test_breadcrumb_is_furniture_and_the_headline_after_it_is_the_title(crumb, title, body):
    text = f"{crumb}\n{title}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.title is not None and seg.title.text == title
    assert [(b.furniture, b.text) for b in seg.furniture] == [("breadcrumb", crumb)]
    assert all(b.start >= text.index(title) for b in seg.blocks)  # no block a later step reads holds it
    crumb_block = seg.furniture[0]
    assert crumb_block.is_label and text[crumb_block.start:crumb_block.end] == crumb


@pytest.mark.parametrize(("title", "body"), [
    ("ESA / JAXA sign lunar pact", EN_BODY),  # a slash in a headline, no root word
    ("Earth > Moon: a new route", EN_BODY),  # one chevron, no root word
    ("CNES / ISRO : un accord", FR_BODY),
    # no root word and only two short items before a long last one: a headline, not a trail
    ("Earth > Moon > Mars: how NASA and ESA plan the next twenty years of exploration", EN_BODY),
])
def test_a_headline_with_a_separator_stays_the_title(title, body):
    text = f"{title}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.title is not None and seg.title.text == title
    assert seg.furniture == []


# ---- related links --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "body", "links", "footer"), [
    (EN_TITLE, EN_BODY, ["Related: Danuri orbiter extends its lunar mission to 2027"],
     "© 2025 Orbit Weekly. All rights reserved."),
    (EN_TITLE, EN_BODY, ["READ ALSO | Danuri orbiter extends its lunar mission to 2027"], None),
    (EN_TITLE, EN_BODY, ["Related articles", "Danuri orbiter extends its lunar mission to 2027",
                         "Canada picks its lunar rover team"], "© 2025 Orbit Weekly. All rights reserved."),
    (FR_TITLE, FR_BODY, ["Lire aussi : L'orbiteur Danuri prolonge sa mission lunaire jusqu'en 2027"],
     "© 2025 Orbite Hebdo. Tous droits réservés."),
    (FR_TITLE, FR_BODY, ["**À lire aussi** – L'orbiteur Danuri prolonge sa mission lunaire"], None),
])
def test_related_link_is_furniture_not_a_caption(title, body, links, footer):
    text = f"{title}\n\n{body}\n\n" + "\n".join(links) + "\n\n" + (f"{footer}\n" if footer else "")
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.captions == []
    assert [b.text for b in seg.furniture] == [link.strip("*") if link.startswith("**") and link.endswith("**")
                                               else link for link in links]
    assert all(b.furniture == "link" for b in seg.furniture)
    assert not any(b.kind == "caption" for b in seg.blocks)
    assert not any("Danuri" in b.text for b in seg.blocks)


@pytest.mark.parametrize(("title", "body", "cue", "headline"), [
    (EN_TITLE, EN_BODY, "Read more", "Danuri orbiter extends its lunar mission to 2027"),
    (FR_TITLE, FR_BODY, "À lire aussi", "L'orbiteur Danuri prolonge sa mission lunaire jusqu'en 2027"),
])
def test_a_link_cue_alone_takes_the_headline_of_the_next_paragraph(title, body, cue, headline):
    text = f"{title}\n\n{body}\n\n{cue}\n\n{headline}\n\n{body}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert [b.text for b in seg.furniture] == [cue, headline]
    assert [b.text for b in seg.blocks if b.kind == "body"] == [body, body]


@pytest.mark.parametrize(("title", "body", "line"), [
    (EN_TITLE, EN_BODY, "Related missions include the Danuri orbiter and the Canadian rover, both due in 2027."),
    (EN_TITLE, EN_BODY, "Read more about the agreement in the agencies' joint statement."),
    (FR_TITLE, FR_BODY, "Lire aussi les conclusions du rapport publié par les deux agences en 2024."),
    (EN_TITLE, EN_BODY, "See also: " + EN_BODY + " " + EN_BODY),  # a paragraph, not a linked headline
])
def test_a_sentence_opening_with_a_link_word_stays_body(title, body, line):
    text = f"{title}\n\n{body}\n\n{line}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.furniture == []
    assert seg.blocks[-1].kind == "body" and seg.blocks[-1].text == line


@pytest.mark.parametrize(("title", "body", "footer"), [
    (EN_TITLE, EN_BODY, "© 2025 Orbit Weekly. All rights reserved."),
    (FR_TITLE, FR_BODY, "© 2025 Orbite Hebdo. Tous droits réservés."),
])
def test_a_copyright_footer_credits_no_paragraph(title, body, footer):
    last = body.split(" ")[0] + " and its partner will meet again in spring"
    text = f"{title}\n\n{body}\n\n{last}\n\n{footer}\n"
    seg = segment(text)
    _check_offsets(text, seg)
    assert seg.captions == []
    assert [b.text for b in seg.blocks if b.kind == "body"] == [body, last]
    footer_block = seg.blocks[-1]
    assert footer_block.kind == "credit" and footer_block.caption_group is None
    assert footer_block.lang == ("fr" if title == FR_TITLE else "en")


def test_no_record_comes_from_a_related_link(blank_extractor):
    text = (f"{EN_TITLE}\n\n{EN_BODY}\n\n"
            "Related: NASA and JAXA launch the Hayabusa2 extended mission\n\n"
            "© 2025 Orbit Weekly. All rights reserved.\n")
    link_start = text.index("Related:")
    link_end = text.index("\n", link_start)
    records = blank_extractor.extract(text, doc_id="related")
    document = next(r for r in records if r["record_type"] == "document")
    assert document["captions"] == []

    def offsets(value):
        if isinstance(value, dict):
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
                yield value["start"], value["end"]
            for item in value.values():
                yield from offsets(item)
        elif isinstance(value, list):
            for item in value:
                yield from offsets(item)

    spans = [span for record in records for span in offsets(record)]
    assert spans  # the body's agencies are found
    assert not any(link_start <= start < link_end for start, _ in spans)


@pytest.mark.parametrize(("text", "value"), [
    (f"{EN_TITLE}\n**Ottawa, 12 March 2025**\n\n{EN_BODY}\n", "2025-03-12"),
    (f"{EN_TITLE}\n\n**OTTAWA, 12 March 2025** - {EN_BODY}\n", "2025-03-12"),
    (f"{FR_TITLE}\n**12 mars 2025**\n\n{FR_BODY}\n", "2025-03-12"),
    (f"{FR_TITLE}\n\n**Ottawa, le 12 mars 2025** – {FR_BODY}\n", "2025-03-12"),
])
def test_bold_date_line_is_the_documents_published_date(blank_extractor, text, value):
    records = blank_extractor.extract(text, doc_id="bold")
    document = next(r for r in records if r["record_type"] == "document")
    published = document.get("published")
    assert published is not None and published["value"] == value and published["precision"] == "day"
    evidence = published["evidence"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    assert "*" not in evidence["text"]
