"""Signing verbs beyond "sign": strong ones alone, weak ones only with a named document."""

from __future__ import annotations


def agreements(extractor, text: str) -> list[tuple[str, list[str], str | None]]:
    return [(r["kind"], r["parties"], r["date"]) for r in extractor.extract(text, doc_id="d")
            if r["record_type"] == "agreement"]


def test_reached_an_agreement(extractor) -> None:
    text = "Gateway\n\nNASA and ESA reached an agreement on the Gateway on 27 October 2020.\n"
    assert agreements(extractor, text) == [("agreement", ["ESA", "NASA"], "2020-10-27")]


def test_reached_without_a_document_is_no_agreement(extractor) -> None:
    assert agreements(extractor, "Probes\n\nNASA and ESA reached Mars orbit with their probes in 2021.\n") == []


def test_french_formalised_agreement(extractor) -> None:
    text = "Coopération\n\nLe CNES et l'ISRO ont officialisé le 15 avril 2021 un accord sur le programme Gaganyaan.\n"
    assert agreements(extractor, text) == [("agreement", ["CNES", "ISRO"], "2021-04-15")]
