"""Mention finding and linking on blank pipelines (spacerec.entities.linker)."""

from __future__ import annotations

import pytest
from spacerec.entities.linker import SPAN_KEY


def mentions(nlp, text):
    doc = nlp(text)
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans[SPAN_KEY]]


def ids_of(nlp, text, label=None):
    return [kb_id for _, lab, kb_id in mentions(nlp, text) if label is None or lab == label]


@pytest.fixture(params=["inline", "shipped"])
def nlps(request, inline_nlps, shipped_nlps):
    return inline_nlps if request.param == "inline" else shipped_nlps


def test_alias_linking_en(nlps):
    found = mentions(nlps["en"], "The CSA and JAXA met; the Canadian Space Agency agreed with CNSA.")
    assert ("CSA", "AGENCY", "CSA") in found
    assert ("JAXA", "AGENCY", "JAXA") in found
    assert ("CNSA", "AGENCY", "CNSA") in found
    assert any(text.endswith("Canadian Space Agency") and kb_id == "CSA" for text, _, kb_id in found)


def test_alias_linking_fr(nlps):
    found = mentions(nlps["fr"], "L'ASC et l'Agence spatiale canadienne travaillent avec la CNSA.")
    assert ("ASC", "AGENCY", "CSA") in found
    assert ("CNSA", "AGENCY", "CNSA") in found
    assert any("Agence spatiale canadienne" in text and kb_id == "CSA" for text, _, kb_id in found)


def test_mention_offsets_slice_the_doc(nlps):
    text = "Hier, l’ASC et la JAXA ont parlé de Chang’e 6."
    doc = nlps["fr"](text)
    for span in doc.spans[SPAN_KEY]:
        assert text[span.start_char:span.end_char] == span.text


@pytest.mark.parametrize("surface", ["Chang'e-6", "Chang’e 6", "Chang'E 6", "Chang’e-6", "CHANG'E 6"])
def test_numbering_variants_link_to_one_id(nlps, surface):
    for lang in ("en", "fr"):
        text = f"Hier, {surface} est parti vers la Lune." if lang == "fr" else f"{surface} landed."
        found = mentions(nlps[lang], text)
        assert [(t, k) for t, lab, k in found if lab == "MISSION"] == [(surface, "change6")], (lang, found)


@pytest.mark.parametrize("text", ["Chang'e 6 a atterri sur la face cachée.", "Tianwen-1 a atteint Mars."])
def test_french_auxiliary_a_is_not_a_letter_suffix(shipped_nlps, text):
    found = mentions(shipped_nlps["fr"], text)
    missions = [(t, k) for t, lab, k in found if lab == "MISSION"]
    assert len(missions) == 1
    assert not missions[0][0].endswith(" a")
    assert missions[0][1] in ("change6", "tianwen1")


def test_letter_suffix_written_in_the_name_is_kept(shipped_nlps):
    # "Long March 4B"-style names: the letter touches the number
    found = [(t, k) for t, lab, k in mentions(shipped_nlps["en"], "A Long March 4B lifted off.") if lab == "MISSION"]
    assert found and found[0][0] == "Long March 4B"


def test_roman_numeral_variant_links(nlps):
    assert ids_of(nlps["en"], "Chang'e VI landed.", "MISSION") == ["change6"]


def test_unknown_family_member_gets_a_family_id(inline_nlps, shipped_nlps):
    doc = inline_nlps["en"]("Chang'e 9 will follow in a few years.")
    spans = [s for s in doc.spans[SPAN_KEY] if s.label_ == "MISSION"]
    assert [(s.text, s.kb_id_) for s in spans] == [("Chang'e 9", "family:change9")]
    assert (spans[0]._.kb_ids, spans[0]._.link_via, spans[0]._.link_name) == (
        ("family:change9",), "family", "Chang'e 9")
    assert ids_of(shipped_nlps["en"], "Tianwen-9 will fly to Jupiter.", "MISSION") == ["family:tianwen9"]
    assert ids_of(shipped_nlps["fr"], "La sonde Tianwen-9 partira vers Jupiter.", "MISSION") == ["family:tianwen9"]
    # a family stem alone, without a number, is not a mission
    assert ids_of(inline_nlps["en"], "The Chang'e programme is vast.", "MISSION") == []


def test_descriptive_forms_en(shipped_nlps):
    doc = shipped_nlps["en"]("Officials of the Japanese agency met the Russian and Chinese space agencies.")
    found = [(s.text, s.label_, s.kb_id_) for s in doc.spans[SPAN_KEY]]
    assert ("the Japanese agency", "AGENCY", "JAXA") in found
    # a coordinated phrase links to both agencies: kb_id_ is the first, span._.kb_ids has them all
    both = [(s.kb_id_, s._.kb_ids) for s in doc.spans[SPAN_KEY] if s.text == "the Russian and Chinese space agencies"]
    assert both == [("ROSCOSMOS", ("ROSCOSMOS", "CNSA"))]


def test_descriptive_forms_fr(shipped_nlps):
    found = mentions(shipped_nlps["fr"], "Selon l'agence spatiale chinoise, son homologue indien est d'accord.")
    assert ("l'agence spatiale chinoise", "AGENCY", "CNSA") in found
    assert ("son homologue indien", "AGENCY", "ISRO") in found


def test_descriptive_form_inline_kb(inline_nlps):
    assert ids_of(inline_nlps["en"], "They met the Japanese agency in Tokyo.", "AGENCY") == ["JAXA"]
    assert ids_of(inline_nlps["fr"], "Ils ont rencontré l'agence spatiale japonaise.", "AGENCY") == ["JAXA"]


def test_that_of_country_needs_another_agency(nlps):
    assert ("that of Canada", "AGENCY", "CSA") in mentions(nlps["en"], "JAXA has partners, such as that of Canada.")
    found = mentions(nlps["en"], "The winter here is like that of Canada.")
    assert not any(lab == "AGENCY" for _, lab, _ in found)
    assert ("celle du Canada", "AGENCY", "CSA") in mentions(nlps["fr"], "La JAXA et celle du Canada coopèrent.")
    assert not any(lab == "AGENCY" for _, lab, _ in mentions(nlps["fr"], "Le climat ressemble à celui du Canada."))


def test_lowercase_gateway_is_not_a_mission(nlps):
    assert ids_of(nlps["en"], "The port is a gateway to the sea.", "MISSION") == []
    assert ids_of(nlps["en"], "NASA plans the Gateway in lunar orbit.", "MISSION") == ["gateway"]


def test_companies_are_not_agencies(shipped_nlps):
    found = mentions(shipped_nlps["en"], "SpaceX and CAST built the spacecraft.")
    assert not any(lab == "AGENCY" for _, lab, _ in found)
    assert ("SpaceX", "ORG", "SPACEX") in found
    assert ("CAST", "ORG", "CAST") in found
    assert not any(lab == "AGENCY" for _, lab, _ in mentions(shipped_nlps["fr"], "La CAST a construit la sonde."))


def test_inline_kb_knows_no_company(inline_nlps):
    assert mentions(inline_nlps["en"], "SpaceX and CAST built it.") == []


def test_lowercase_acronym_is_not_linked(nlps):
    assert ids_of(nlps["en"], "The jaxa in lower case is a typo.", "AGENCY") == []


def test_countries_are_countries(shipped_nlps):
    found = mentions(shipped_nlps["en"], "Japan and Canada agreed.")
    assert ("Japan", "COUNTRY", "country:JP") in found
    assert ("Canada", "COUNTRY", "country:CA") in found


def test_swapping_the_kb_changes_the_index(inline_kb, shipped_kb):
    import spacerec.nlp  # noqa: F401
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("spacerec_sentences")
    linker = nlp.add_pipe("spacerec_mentions")
    linker.kb = inline_kb
    assert ids_of(nlp, "NASA and JAXA.", "AGENCY") == ["JAXA"]
    linker.kb = shipped_kb
    assert ids_of(nlp, "NASA and JAXA.", "AGENCY") == ["NASA", "JAXA"]
