"""A nationality next to a mission names that country's agency, when the article names the agency."""

from __future__ import annotations


def agencies_of(extractor, text: str) -> dict[str, set[str]]:
    return {r["name"]: {a["agency_id"] for a in r["agencies"]}
            for r in extractor.extract(text, doc_id="d") if r["record_type"] == "mission"}


def test_english_adjective_before_the_mission(extractor) -> None:
    found = agencies_of(extractor, "JAXA results\n\nJAXA said the Japanese probe Hayabusa2 delivered its capsule.\n")
    assert found["Hayabusa2"] == {"JAXA"}


def test_french_compound_nationality(extractor) -> None:
    text = "SVOM\n\nLe CNES et la CNSA exploitent la mission franco-chinoise SVOM depuis juin.\n"
    assert agencies_of(extractor, text)["SVOM"] == {"CNES", "CNSA"}


def test_nationality_needs_the_agency_and_the_phrase(extractor) -> None:
    # the agency is never named: no participation is invented from the adjective alone
    assert agencies_of(extractor, "Probes\n\nThe Indian probe Aditya-L1 reached its orbit.\n")["Aditya-L1"] == set()
    # a nationality that does not qualify the mission
    text = "ESA news\n\nA Chinese official praised JUICE, which ESA built. CNSA was not involved.\n"
    assert "CNSA" not in agencies_of(extractor, text)["JUICE"]
