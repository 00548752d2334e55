"""A PDF's running headers and footers (spacerec.blocks.segment): page numbers and a title printed again on each
page are furniture, and the body paragraph stops at them; a sentence the page break cut goes on across them for the
rules (spacerec.blocks.segment.page_break_edits), with evidence slicing the original. Both languages, with the
lines that must stay body and the breaks that must stay breaks."""

from __future__ import annotations

import pytest
from spacerec.blocks import segment
from spacerec.blocks.segment import page_break_edits


def _bodies(text: str) -> list[str]:
    seg = segment(text)
    for block in seg.blocks + seg.furniture:
        assert block.text == text[block.start:block.end]
    return [b.text for b in seg.blocks if b.kind == "body"]


def _running(text: str) -> list[str]:
    return [b.text for b in segment(text).furniture if b.furniture == "running"]


EN = ("Lunar rover cooperation review\n\n"
      "The Italian Space Agency signed a rover agreement with the\n{furniture}\n"
      "German Aerospace Center later that year, officials said.\n")
FR = ("Bilan de la coopération lunaire\n\n"
      "L'Agence spatiale italienne a signé un accord sur les rovers avec\n{furniture}\n"
      "le Centre aérospatial allemand la même année, selon les responsables.\n")


@pytest.mark.parametrize("template", [EN, FR])
@pytest.mark.parametrize("furniture", ["Page 2", "page 2 of 7", "Page 2 sur 7", "p. 2", "- 2 -", "— 14 —", "2 / 7",
                                       "Lunar rover cooperation review | Page 2",
                                       "Bilan de la coopération lunaire | page 2"])
def test_a_page_number_line_is_furniture_and_ends_the_paragraph(template, furniture):
    text = template.format(furniture=furniture)
    assert _running(text) == [furniture]
    bodies = _bodies(text)
    assert len(bodies) == 2 and not any(furniture in b for b in bodies)


@pytest.mark.parametrize("template", [EN, FR])
def test_the_title_printed_again_inside_the_text_is_a_running_header(template):
    title = template.split("\n")[0]
    text = template.format(furniture=title)
    assert _running(text) == [title]
    assert len(_bodies(text)) == 2


@pytest.mark.parametrize(("first", "second"), [
    ("The Italian Space Agency signed a rover agreement with the", "German Aerospace Center later that year."),
    ("L'Agence spatiale italienne a signé un accord avec", "le Centre aérospatial allemand la même année."),
])
def test_a_short_line_repeated_on_every_page_is_furniture_and_bare_page_numbers_too(first, second):
    text = (f"Annual cooperation digest\n\n{first}\nSpace Policy Digest 2024\n12\n{second}\n"
            f"Another paragraph of the report follows here.\nSpace Policy Digest 2024\n13\nThe end of the report.\n")
    assert _running(text) == ["Space Policy Digest 2024", "12", "Space Policy Digest 2024", "13"]
    assert first in _bodies(text)


@pytest.mark.parametrize("text", [
    # a sentence about a page, a number inside prose, a lone number, a date: body
    "Lunar report\n\nThe agency put the agreement on page 2 of its report.\nIt was signed in 2024.\n",
    "Rapport lunaire\n\nL'agence a publié l'accord en page 2 de son rapport.\nIl a été signé en 2024.\n",
    "Lunar report\n\nThe agencies listed their rovers:\n42\nThat is the whole fleet, they said.\n",
    "Lunar report\n\nThe accord was signed on\n4 May 2024\nin Rome by both agencies.\n",
    # a sentence said twice is the article's, not a running header
    "Lunar report\n\nThe agency said so.\nThe rover is ready.\nThe agency said so.\n",
])
def test_lines_that_are_not_running_furniture_stay_body(text):
    assert _running(text) == []


@pytest.mark.parametrize(("text", "parties"), [
    ("Lunar data accord\n\nThe European Space Agency signed a lunar data agreement with the Japan Aerospace "
     "Exploration Agency\nPage 2\nNASA officials in Houston praised the rover.\n", ["ESA", "JAXA"]),
    ("Accord sur les données lunaires\n\n"
     "L'Agence spatiale européenne a signé un accord avec l'Agence d'exploration aérospatiale japonaise à Tokyo "
     "pour partager des données lunaires\n- 2 -\nl'Agence spatiale canadienne a testé son rover au Québec.\n",
     ["ESA", "JAXA"]),
])
def test_an_agreement_takes_no_party_from_the_next_page(extractor, text, parties):
    agreements = [r for r in extractor.extract(text, "pages") if r["record_type"] == "agreement"]
    assert agreements and sorted(agreements[0]["parties"]) == parties


@pytest.mark.parametrize("text", [
    "Lunar data accord\n\nThe European Space Agency signed a lunar data agreement with the Japan Aerospace "
    "Exploration Agency.\nPage 2\nNASA officials in Houston praised the rover.\n",
    "Accord lunaire\n\nL'Agence spatiale européenne a signé un accord sur les données lunaires avec l'Agence "
    "d'exploration aérospatiale japonaise.\n- 2 -\nLa NASA a salué le rover, selon ses responsables.\n",
])
def test_the_next_page_s_agency_is_no_party_when_the_page_ends_the_sentence(extractor, text):
    agreements = [r for r in extractor.extract(text, "pages") if r["record_type"] == "agreement"]
    assert agreements and not any("NASA" in r["parties"] for r in agreements)


# ---- a sentence the page break cut goes on across the page's furniture ---------------------------------------

EN_CUT = ("Lunar rover cooperation review\n\nThe Italian Space Agency signed a rover agreement with the\n{furniture}"
          "German Aerospace Center in 2024, officials said.\n")
FR_CUT = ("Bilan de la coopération lunaire\n\nL'Agence spatiale italienne a signé un accord sur les rovers avec\n"
          "{furniture}le Centre aérospatial allemand en 2024, selon les responsables.\n")


@pytest.mark.parametrize("template", [EN_CUT, FR_CUT])
@pytest.mark.parametrize("furniture", ["Page 2\n", "\n- 2 -\n\n", "\f", "\fPage 2 of 7\n",
                                       "Page 12\n{title}\n"])  # the title printed again on top of page 12
def test_a_sentence_cut_by_a_page_break_is_joined_and_its_party_found(extractor, template, furniture):
    furniture = furniture.format(title=template.split("\n")[0])
    text = template.format(furniture=furniture)
    (edit,) = page_break_edits(text)
    assert text[edit[0]:edit[1]].strip() == furniture.strip() and edit[2] == " "
    agreements = [r for r in extractor.extract(text, "pages") if r["record_type"] == "agreement"]
    assert [sorted(r["parties"]) for r in agreements] == [["ASI", "DLR"]]
    evidence = [e for r in agreements for e in r["evidence"]]
    assert evidence and all(text[e["start"]:e["end"]] == e["text"] for e in evidence)
    # the evidence sentence spans the page break: it slices the original, furniture and all
    assert any(furniture.strip().split("\n")[0] in e["text"] for e in evidence)


@pytest.mark.parametrize(("before", "after"), [
    ("The agency signed a rover agreement with the", "German Aerospace Center in 2024."),  # an unfinished word
    ("The agency signed a rover agreement with the German", "space agency in 2024."),  # a lower-case line after
    ("L'agence a signé un accord avec l'", "Agence spatiale allemande en 2024."),  # an elision
    ("L'agence a signé, en 2024,", "un accord avec le Centre aérospatial allemand."),  # a comma
])
def test_the_signs_of_a_sentence_going_on_across_the_page(before, after):
    text = f"Lunar review\n\n{before}\nPage 2\n{after}\n"
    assert [(text[s:e], r) for s, e, r in page_break_edits(text)] == [("\nPage 2\n", " ")]


@pytest.mark.parametrize(("before", "after"), [
    ("The agency signed a rover agreement with the German Aerospace Center.", "It starts in 2024."),
    ("The agency signed a rover agreement with the German Aerospace Center", "NASA officials praised it."),
    ("Les agences ont signé deux accords :", "le premier porte sur les rovers."),
    ("L'agence a signé un accord avec le Centre aérospatial allemand !", "Il commence en 2024."),
])
def test_a_page_break_after_a_finished_sentence_or_before_a_new_one_stays_a_break(before, after):
    text = f"Lunar review\n\n{before}\nPage 2\n{after}\n"
    assert page_break_edits(text) == []


@pytest.mark.parametrize(("first", "second"), [
    ("The Italian Space Agency signed a rover agreement with the", "German Aerospace Center later that year."),
    ("L'Agence spatiale italienne a signé un accord avec", "le Centre aérospatial allemand la même année."),
])
def test_a_form_feed_page_break_ends_the_paragraph(first, second):
    text = f"Lunar rover cooperation review\n\n{first}\n\f{second}\n"
    assert _bodies(text) == [first, second]


@pytest.mark.parametrize("line", ["\f", "\fPage 3", "\f- 3 -"])
def test_a_form_feed_between_paragraphs_or_before_a_page_number_changes_nothing_else(line):
    body = "The Italian Space Agency signed a rover agreement with the German Aerospace Center."
    text = f"Lunar rover cooperation review\n\n{body}\n{line}\nIt starts next year, officials said.\n"
    assert _bodies(text) == [body, "It starts next year, officials said."]


# ---- a line end inside a sentence (a hard-wrapped PDF dump, plain-text release or Markdown source) -------------

@pytest.mark.parametrize(("text", "parties"), [
    ("Lunar rover cooperation review\n\nThe Italian Space Agency signed a rover agreement with the\n"
     "German Aerospace Center in Rome in 2024, officials said.\n", ["ASI", "DLR"]),
    ("Bilan de la coopération lunaire\n\nL'Agence spatiale italienne a signé en 2024 un accord sur les rovers avec\n"
     "le Centre aérospatial allemand, selon les responsables.\n", ["ASI", "DLR"]),
])
def test_a_sentence_hard_wrapped_inside_its_paragraph_keeps_its_party(extractor, text, parties):
    (edit,) = page_break_edits(text)
    assert text[edit[0]:edit[1]] == "\n" and edit[2] == " "
    agreements = [r for r in extractor.extract(text, "wrap") if r["record_type"] == "agreement"]
    assert [sorted(r["parties"]) for r in agreements] == [parties]
    evidence = [e for r in agreements for e in r["evidence"]]
    assert evidence and all(text[e["start"]:e["end"]] == e["text"] for e in evidence)


@pytest.mark.parametrize("text", [
    # a signers' list whose items end on a comma, a FAQ's question, a heading over its paragraph, a blank line
    "Signing\n\nSigners:\n- Walther Pelzer, for the\n- German Aerospace Center,\n- Bill Nelson, for NASA\n",
    "Hera FAQ\n\nWhen did Hera launch?\nIt lifted off in October 2024.\n",
    "Review\n\nA Canadian project with two heads\nNEOSSat was funded by the agency and the ministry.\n",
    "Review\n\nThe agency signed a rover agreement with the\n\nGerman Aerospace Center in 2024.\n",
    "Bilan\n\nLes signataires :\nle Centre aérospatial allemand et l'Agence spatiale italienne.\n",
])
def test_line_ends_that_end_a_sentence_list_item_or_paragraph_stay(text):
    assert page_break_edits(text) == []


@pytest.mark.parametrize(("original", "seen", "word", "spanned"), [
    ("Review\n\nESA signed it with the Japan Aerospace Explora-\nPage 2\ntion Agency in 2024.\n",
     "Review\n\nESA signed it with the Japan Aerospace Exploration Agency in 2024.\n", "Exploration",
     "Explora-\nPage 2\ntion"),
    ("Bilan\n\nL'ESA l'a signé avec l'Agence spatiale euro-\n- 2 -\npéenne en 2024.\n",
     "Bilan\n\nL'ESA l'a signé avec l'Agence spatiale européenne en 2024.\n", "européenne", "euro-\n- 2 -\npéenne"),
])
def test_a_word_broken_across_the_page_break_is_joined_whole(original, seen, word, spanned):
    from spacerec.ingest import NormalisedText

    view = NormalisedText(original, lambda w: w.lower() in {"exploration", "européenne"}, editors=[page_break_edits])
    assert view.text == seen
    start = seen.index(word)
    s, e = view.to_original(start, start + len(word))
    assert original[s:e] == spanned


# ---- a text wrapped at a fixed width (plain-text release, e-mail, Markdown source) -----------------------------

EN_WRAPPED = ("PhilSA and JAXA sign a memorandum\n\n"
              "On 11 June 2021 the Philippine Space Agency signed a memorandum of\n"
              "cooperation with the Japan Aerospace Exploration Agency. PhilSA Director\n"
              "General Joel Marciano Jr. and JAXA President Hiroshi Yamakawa signed the\n"
              "memorandum at a ceremony held by video link.\n\n"
              "The memorandum covers satellite development, space science and capacity\n"
              "building, and it opens the way for exchanges of engineers.\n")
FR_WRAPPED = ("Le CNES et l'ISRO signent un accord\n\n"
              "Le 6 mars 2019 à Bangalore, le Centre national d'études spatiales et\n"
              "l'Organisation indienne de recherche spatiale ont signé un accord pour\n"
              "installer en Inde un centre de surveillance maritime. Le président du\n"
              "CNES, Jean-Yves Le Gall, et le président de l'ISRO, K. Sivan, ont signé\n"
              "le texte au siège de l'agence indienne.\n")


@pytest.mark.parametrize(("text", "parties", "signers"), [
    (EN_WRAPPED, ["JAXA", "PHILSA"], {"Joel Marciano Jr.", "Hiroshi Yamakawa"}),
    (FR_WRAPPED, ["CNES", "ISRO"], {"Jean-Yves Le Gall", "K. Sivan"}),
])
def test_a_text_wrapped_at_a_fixed_width_is_read_as_its_paragraphs(extractor, text, parties, signers):
    from spacerec.blocks.credits import read_lines
    from spacerec.blocks.furniture import wrap_width

    assert 70 <= wrap_width(text, read_lines(text)) <= 74
    joined = [text[s:e] for s, e, _ in page_break_edits(text)]
    assert joined and set(joined) == {"\n"}
    agreements = [r for r in extractor.extract(text, "wrapped") if r["record_type"] == "agreement"]
    assert [sorted(r["parties"]) for r in agreements] == [parties]
    assert {s["name"] for s in agreements[0]["signatories"]} == signers
    evidence = [e for r in agreements for e in r["evidence"]]
    assert all(text[e["start"]:e["end"]] == e["text"] for e in evidence)


@pytest.mark.parametrize("text", [
    # a signers' block and an address: lines of every length, no width
    "Signing\n\nSigned for the agencies by\nWalther Pelzer, Member of the Executive Board of the German Aerospace "
    "Center\nBill Nelson, NASA Administrator\nMatthias Maurer, astronaut of the European Space Agency, looking on\n"
    "Media contact\nGerman Aerospace Center (DLR)\nLinder Höhe, 51147 Cologne, Germany\n",
    # a signers' block of lines of about one width: each line opens with a name, no wrap
    "Signing\n\nJosef Aschbacher, directeur général de l'Agence spatiale européenne, ESA\n"
    "Bill Nelson, administrateur de la NASA, pour les États-Unis d'Amérique\n"
    "Philippe Baptiste, président-directeur général du Centre national d'études\n"
    "Walther Pelzer, directeur général de l'Agence spatiale allemande au DLR\n",
    # one paragraph per line: no line end inside a paragraph
    "Review\n\nThe agency signed a rover agreement with the German Aerospace Center in Rome in 2024.\n\n"
    "It starts next year, officials said, and covers two rovers.\n\nThe agencies will meet again in May.\n",
])
def test_lines_of_no_common_width_are_no_wrapped_text(text):
    from spacerec.blocks.credits import read_lines
    from spacerec.blocks.furniture import wrap_width

    assert wrap_width(text, read_lines(text)) is None


# ---- a newspaper's jump line ("Continued on page 4", "Suite page 4") -------------------------------------------

@pytest.mark.parametrize(("template", "jump"), [
    (EN_CUT, "Continued on page 4\n"), (EN_CUT, "(Continued on Page 4)\n\nContinued from page 1\n"),
    (FR_CUT, "Suite page 4\n"), (FR_CUT, "(Suite en page 12)\n\nSuite de la page 1\n"),
])
def test_a_jump_line_is_furniture_and_the_sentence_goes_on_after_it(extractor, template, jump):
    text = template.format(furniture=jump)
    assert _running(text) == [line for line in jump.split("\n") if line]
    agreements = [r for r in extractor.extract(text, "jump") if r["record_type"] == "agreement"]
    assert [sorted(r["parties"]) for r in agreements] == [["ASI", "DLR"]]


@pytest.mark.parametrize("text", [
    "Lunar report\n\nThe agency said: see page 4 for the text of the agreement.\nIt was signed in 2024.\n",
    "Rapport lunaire\n\nLa suite page 4 du rapport décrit l'accord signé en 2024.\nIl a été bien reçu.\n",
])
def test_a_sentence_that_sends_to_a_page_is_no_jump_line(text):
    assert _running(text) == []
