"""HTML pasted into an article file (spacerec.markup, applied by spacerec.ingest.NormalisedText): tags and entities
are out of the text the rules read, a block tag is a paragraph break and an inline tag nothing, and evidence still
slices the file as it is. Both languages, with the "<" and "&" of prose that must stay text."""

from __future__ import annotations

import pytest
from spacerec.ingest import NormalisedText
from spacerec.markup import citation_edits, markup_edits


def _view(text: str) -> NormalisedText:
    return NormalisedText(text, editors=[markup_edits])


@pytest.mark.parametrize(("original", "seen"), [
    ("<p>ESA signed.</p><p>NASA agreed.</p>", "\n\nESA signed.\n\n\n\nNASA agreed.\n\n"),
    ("with the <a href=\"/jaxa?a=1&amp;b=2\">Japan Aerospace Exploration Agency</a> (JAXA)",
     "with the Japan Aerospace Exploration Agency (JAXA)"),
    ("l'Agence spatiale europ&eacute;enne et le Centre national d&#8217;&#233;tudes spatiales",
     "l'Agence spatiale européenne et le Centre national d’études spatiales"),
    ("Centre&nbsp;national d&#x27;&Eacute;tudes spatiales<br>Paris", "Centre national d'Études spatiales\nParis"),
    ("<b>ESA</b> &amp; <i>JAXA</i><!-- <p>hidden</p> --><script>var p = '<p>';</script>", "ESA & JAXA"),
    ("<td>ESA</td><td>JAXA</td>", " ESA  JAXA "),
])
def test_tags_and_entities_are_out_of_the_view(original, seen):
    assert _view(original).text == seen


@pytest.mark.parametrize("original", [
    "The probe came within x < 5 km of the asteroid, and y > 3 of its rocks were sampled.",
    "AT&T and Procter & Gamble sponsored it; &foo; is no entity.",
    "See <https://www.esa.int> for the agreement.",
    "L'accord <ESA-JAXA> a été signé le 5 mai.",
])
def test_the_lt_and_amp_of_prose_stay_text(original):
    assert _view(original).text == original


def test_a_name_with_an_entity_maps_back_to_the_file_s_characters():
    original = "<p>Le Centre national d&#8217;&#233;tudes spatiales (CNES) a sign&eacute;.</p>"
    view = _view(original)
    start = view.text.index("Centre")
    end = view.text.index(")") + 1
    s, e = view.to_original(start, end)
    assert original[s:e] == "Centre national d&#8217;&#233;tudes spatiales (CNES)"
    # a span inside an entity's character takes the whole entity
    at = view.text.index("é")
    assert original[slice(*view.to_original(at, at + 1))] == "&#233;"


EN_HTML = ("<h1>Agencies agree on lunar rover work</h1>\n<p>The <a href=\"/asi\">Italian Space Agency</a> signed a "
           "rover agreement with the <b>German Aerospace Center</b> in Rome on 4&nbsp;May 2024.</p><p>Engineers of "
           "NASA &amp; the European Space Agency will test the rover in Houston.</p>\n")
FR_HTML = ("<h1>Accord sur un rover lunaire</h1>\n<p>L'<a href=\"/asi\">Agence spatiale italienne</a> a sign&eacute; "
           "le 4&nbsp;mai 2024 &agrave; Rome un accord sur un rover avec le <b>Centre a&eacute;rospatial "
           "allemand</b>.</p><p>Des ing&eacute;nieurs de la NASA &amp; de l'Agence spatiale europ&eacute;enne "
           "testeront le rover &agrave; Houston.</p>\n")


@pytest.mark.parametrize("text", [EN_HTML, FR_HTML])
def test_a_pasted_page_gives_its_agreement_with_no_markup_in_mentions(extractor, text):
    records = extractor.extract(text, "html")
    agreements = [r for r in records if r["record_type"] == "agreement"]
    assert [sorted(r["parties"]) for r in agreements] == [["ASI", "DLR"]]
    assert agreements[0]["date"] == "2024-05-04"
    spans = []

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
                spans.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(records)
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)
    document = next(r for r in records if r["record_type"] == "document")
    assert "<" not in (document.get("title") or "") and "&" not in (document.get("title") or "")
    # the next paragraph's agencies are in no agreement: </p><p> ends the sentence
    assert not any({"ESA", "NASA"} & set(r["parties"]) for r in agreements)


def test_a_warning_names_the_file_s_offsets_not_the_view_s(extractor):
    german = ("Die Europäische Weltraumorganisation und die Deutsche Zentrum für Luft- und Raumfahrt haben heute in "
              "Köln eine neue Vereinbarung über die Zusammenarbeit bei der Erforschung des Mondes unterzeichnet.")
    text = ("<h1>Lunar cooperation</h1>\n<p>The <b>European Space Agency</b> &amp; the German Aerospace Center signed "
            f"a lunar agreement in Cologne in 2024.</p>\n<p>{german}</p>\n")
    _, notes = extractor.extract_with_warnings(text, "html")
    note = next(n for n in notes if "other than English or French" in n)
    start, end = (int(x) for x in note.rsplit("characters ", 1)[1].rstrip(")").split("-"))
    assert text[start:end] == german


# ---- property: every span of the view maps back onto the original, in order ------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from spacerec.blocks.segment import page_break_edits  # noqa: E402

_PIECES = st.lists(st.sampled_from(["ESA", "signed", "with the", " ", "\n", "\n\n", "<p>", "</p>", "<b>", "</b>",
                                    "<br>", "&amp;", "&#233;", "&nbsp;", "e\u0301", "Page 2\n", "\f", "Explora-\n",
                                    "tion", "<!-- x -->", "<", "&", "[3]", "."]), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_every_span_of_the_edited_view_maps_back_in_order(pieces):
    original = "".join(pieces)
    view = NormalisedText(original, lambda w: w.lower() == "exploration",
                          editors=[markup_edits, citation_edits, page_break_edits])
    assert view.to_original(0, len(view.text))[1] <= len(original)
    last = (0, 0)
    for start in range(len(view.text) + 1):
        s, e = view.to_original(start, min(len(view.text), start + 4))
        assert 0 <= s <= e <= len(original)
        assert s >= last[0]  # spans further on in the view are further on in the file
        last = (s, e)
        # a span of the file that holds nothing an edit changes reads the same in the view
        if not any(ch in original[s:e] for ch in "<&\n\f-\u0301[") and "Page" not in original[s:e]:
            assert original[s:e] == view.text[start:start + 4]


# ---- reference marks pasted from an encyclopedia page or a report ------------------------------------------------

@pytest.mark.parametrize(("original", "seen"), [
    ("signed on 13 October 2020.[3] The agency", "signed on 13 October 2020. The agency"),
    ("NASA[12][13] said", "NASA said"),
    ("praised it.[citation needed]", "praised it."),
    ("ont signé l'accord.[réf. nécessaire] Le CNES", "ont signé l'accord. Le CNES"),
    ("l'accord[n 1] a été signé[Quand ?] à Paris", "l'accord a été signé à Paris"),
])
def test_reference_marks_are_out_of_the_view(original, seen):
    assert NormalisedText(original, editors=[citation_edits]).text == seen


@pytest.mark.parametrize("original", [
    "see [3] and [4] for the text", "[a] the first item", "the [ESA] logo", "[Photo] The signing", "refs][1] here",
    "le texte [ESA-CNES] publié", "un tableau[ESA] ici",
])
def test_brackets_that_are_no_reference_mark_stay(original):
    assert NormalisedText(original, editors=[citation_edits]).text == original


@pytest.mark.parametrize("text", [
    "Lunar cooperation\n\nThe founding signatories signed the Artemis Accords in October 2020.[3] The Italian Space "
    "Agency signed a rover agreement with the German Aerospace Center in Rome on 4 May 2024.[4][5] NASA praised "
    "it.[citation needed]\n",
    "Coopération lunaire\n\nLes signataires fondateurs ont signé les accords Artemis en octobre 2020.[3] L'Agence "
    "spatiale italienne a signé un accord sur un rover avec le Centre aérospatial allemand à Rome le 4 mai 2024.[4]"
    "[5] La NASA l'a salué.[réf. nécessaire]\n",
])
def test_a_pasted_encyclopedia_paragraph_gives_the_agreement_its_marks_hid(extractor, text):
    agreements = [r for r in extractor.extract(text, "wiki") if r["record_type"] == "agreement"]
    rover = [r for r in agreements if sorted(r["parties"]) == ["ASI", "DLR"]]
    assert rover and rover[0]["date"] == "2024-05-04"
    assert all(text[e["start"]:e["end"]] == e["text"] for r in agreements for e in r["evidence"])
