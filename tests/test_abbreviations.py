"""Acronyms defined in the text (spacerec.entities.abbreviations) and their later uses."""

from __future__ import annotations

from spacerec.entities.abbreviations import find_abbreviations


def _pairs(text):
    found = find_abbreviations(text)
    for a in found:
        assert text[a.short_start:a.short_end] == a.short
        assert text[a.long_start:a.long_end] == a.long
    return [(a.short, a.long) for a in found]


def test_long_form_then_acronym():
    text = "China plans an International Lunar Research Station (ILRS) near the south pole."
    assert _pairs(text) == [("ILRS", "International Lunar Research Station")]


def test_reversed_acronym_then_long_form():
    text = "The ILRS (International Lunar Research Station) is planned for the 2030s."
    assert _pairs(text) == [("ILRS", "International Lunar Research Station")]


def test_french_elision_before_the_long_form():
    text = "Selon l’Agence spatiale européenne (ASE), la sonde est prête."
    assert _pairs(text) == [("ASE", "Agence spatiale européenne")]
    text = "Le projet d'Imaging X-ray Polarimetry Explorer (IXPE) avance."
    assert ("IXPE", "Imaging X-ray Polarimetry Explorer") in _pairs(text)


def test_two_definitions_in_one_sentence():
    text = "The Japan Aerospace Exploration Agency (JAXA) leads the Lunar Polar Exploration Mission (LUPEX)."
    assert _pairs(text) == [("JAXA", "Japan Aerospace Exploration Agency"),
                            ("LUPEX", "Lunar Polar Exploration Mission")]


def test_non_matching_parenthesis_is_ignored():
    assert _pairs("The probe (NASA) is ready. It carries a camera (FOO).") == []
    assert _pairs("The rover was built in 2020 (see the NASA site) and tested.") == []
    assert _pairs("Il a été lancé (en 2021) depuis Kourou.") == []


def test_acronym_of_an_unknown_mission_links_later_bare_uses(blank_extractor, extractor):
    text = ("NASA and ASI\n\nNASA launched the Imaging X-ray Polarimetry Explorer (IXPE) in December 2021. "
            "The Italian Space Agency ASI supplied the detectors.\n\n"
            "IXPE measures the polarisation of X-rays. Scientists use IXPE data every day.\n")
    for ex in (blank_extractor, extractor):
        records = ex.extract(text, "ixpe")
        missions = [r for r in records if r["record_type"] == "mission"]
        assert [m["name"] for m in missions] == ["IXPE"]
        mission = missions[0]
        bare = [e for e in mission["evidence"] if e["text"] == "IXPE"]
        assert len(bare) == 3  # the definition and both later uses
        assert any(e["text"] == "Imaging X-ray Polarimetry Explorer" for e in mission["evidence"])
        for e in mission["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]


def test_acronym_of_a_known_agency_in_french(extractor):
    text = ("Vers la Lune\n\nL’Agence spatiale européenne (ASE) prépare Argonaut. "
            "Selon l’ASE, l'atterrisseur partira vers 2030.\n")
    records = extractor.extract(text, "ase")
    agencies = [r for r in records if r["record_type"] == "agency"]
    assert [a["agency_id"] for a in agencies] == ["ESA"]
    assert "ASE" in agencies[0]["mentions"]
    assert sum(e["text"] == "ASE" for e in agencies[0]["evidence"]) == 2
