"""Missions the knowledge base does not hold are still found from how news names them."""

from __future__ import annotations


def mission_names(extractor, text: str) -> list[str]:
    return sorted(r["name"] for r in extractor.extract(text, doc_id="d") if r["record_type"] == "mission")


def test_named_craft_in_english(extractor) -> None:
    # names the KB does not hold (Gaofen, NigeriaSat and RWASAT are KB entries since the mission KB grew)
    text = "Chinese satellites\n\nThe Jilin-1 satellite was launched last year, after the Ziyuan-3 probe.\n"
    assert mission_names(extractor, text) == ["Jilin-1", "Ziyuan-3"]


def test_named_craft_in_french(extractor) -> None:
    text = ("Satellites indiens\n\nLe satellite Oceansat-3 a été lancé par l'agence spatiale indienne, "
            "comme la sonde Aditya-L1.\n")
    assert "Oceansat-3" in mission_names(extractor, text)


def test_generic_phrases_and_possessors_are_not_missions(extractor) -> None:
    text = ("Moon plans\n\nNASA's Perseverance rover, the Chinese probe, the Moon mission, the Phobos lander and "
            "the European satellite were discussed.\n")
    assert mission_names(extractor, text) == ["Perseverance"]


def test_named_satellite_series(extractor) -> None:
    text = "African satellites\n\nPearlAfricaSat-1 and TunSat-1 were built with foreign help.\n"
    assert mission_names(extractor, text) == ["PearlAfricaSat-1", "TunSat-1"]
