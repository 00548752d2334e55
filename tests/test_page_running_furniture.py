"""A PDF's running headers and footers (spacerec.blocks.segment): page numbers and a title printed again on each
page are furniture, and the body paragraph stops at them, so two pages' words never make one sentence. Both
languages, with the lines that must stay body."""

from __future__ import annotations

import pytest
from spacerec.blocks import segment


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
    "Lunar data accord\n\nThe European Space Agency signed a lunar data agreement with\nPage 2\n"
    "NASA officials in Houston praised the rover.\n",
    "Accord lunaire\n\nL'Agence spatiale européenne a signé un accord sur les données lunaires avec\n- 2 -\n"
    "la NASA, dont les responsables ont salué le rover.\n",
])
def test_the_next_page_s_agency_is_no_party_when_the_page_ends_the_sentence(extractor, text):
    agreements = [r for r in extractor.extract(text, "pages") if r["record_type"] == "agreement"]
    assert not any("NASA" in r["parties"] for r in agreements)


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
