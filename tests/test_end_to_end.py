"""The whole pipeline on the seed article and the corpus: gold agreement, evidence, schema, determinism."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from spacerec.ingest import iter_input_files, read_source
from spacerec.records import record_id, record_key
from spacerec.schema import schema_errors

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOC_ID = "russia-china-moon"


@pytest.fixture(scope="module")
def seed_output(seed_text, extractor):  # seed_text first: skip before loading models
    return extractor.extract(seed_text, DOC_ID)


def _by_type(records, kind):
    return [r for r in records if r["record_type"] == kind]


def _keyed(records):
    return {(r["record_type"], tuple(record_key(r))): r for r in records}


def test_every_gold_id_is_in_the_output(seed_output, seed_gold):
    out_ids = {r["id"] for r in seed_output}
    missing = [(g["record_type"], record_key(g)) for g in seed_gold if g["id"] not in out_ids]
    assert missing == []


def test_no_record_the_gold_lacks(seed_output, seed_gold):
    gold_keys = set(_keyed(seed_gold))
    extra = [k for k in _keyed(seed_output) if k not in gold_keys]
    assert extra == []


def test_same_agencies(seed_output, seed_gold):
    assert {r["agency_id"] for r in _by_type(seed_output, "agency")} == \
        {r["agency_id"] for r in _by_type(seed_gold, "agency")}


def test_same_missions_agencies_part_of_and_events(seed_output, seed_gold):
    out = {r["name"]: r for r in _by_type(seed_output, "mission")}
    gold = {r["name"]: r for r in _by_type(seed_gold, "mission")}
    assert set(out) == set(gold)
    for name, g in gold.items():
        o = out[name]
        assert {a["agency_id"] for a in o["agencies"]} == {a["agency_id"] for a in g["agencies"]}, name
        assert o["part_of"] == g["part_of"], name
        assert o["kind"] == g["kind"], name
        assert sorted((e["event"], e["date"]) for e in o["events"]) == \
            sorted((e["event"], e["date"]) for e in g["events"]), name


def test_officials(seed_output, seed_gold):
    out = {r["agency_id"]: {p["name"] for p in r["people"]} for r in _by_type(seed_output, "agency")}
    gold = {r["agency_id"]: {p["name"] for p in r["people"]} for r in _by_type(seed_gold, "agency")}
    assert out == gold


def test_the_mou_and_the_cooperation(seed_output):
    agreements = {a["kind"]: a for a in _by_type(seed_output, "agreement")}
    mou = agreements["mou"]
    assert mou["parties"] == ["CNSA", "ROSCOSMOS"]
    assert mou["subject"] == "ILRS"
    assert (mou["date"], mou["date_precision"]) == ("2021-03-09", "day")
    assert mou["status"] == "signed"
    assert {(s["name"], s["agency_id"]) for s in mou["signatories"]} == {
        ("Zhang Kejian", "CNSA"), ("Dimitri Rogozin", "ROSCOSMOS")}
    # read in the body and in both languages of the caption: one record with evidence from each place
    assert {e["block"] for e in mou["evidence"]} >= {"body", "caption"}
    assert {e["lang"] for e in mou["evidence"]} == {"en", "fr"}
    coop = agreements["cooperation"]
    assert coop["parties"] == ["CNES", "CNSA"]
    assert coop["subject"] == "Chang'e 6"
    assert coop["status"] == "ongoing"
    assert len(_by_type(seed_output, "agreement")) == 2


def test_document_record(seed_output, seed_gold):
    (doc,) = _by_type(seed_output, "document")
    (gold,) = _by_type(seed_gold, "document")
    assert doc["title"] == gold["title"]
    assert doc["languages"] == gold["languages"]
    assert [c["credit"] for c in doc["captions"]] == [c["credit"] for c in gold["captions"]]
    assert [c["texts"]["fr"] for c in doc["captions"]] == [c["texts"]["fr"] for c in gold["captions"]]


def _check_records(text, records):
    assert sum(r["record_type"] == "document" for r in records) == 1
    for record in records:
        assert list(schema_errors(record)) == [], record
        assert record["id"] == record_id(record)
        for e in record["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"], (record["record_type"], e)
            assert e["lang"] in ("en", "fr")
            assert e["block"] in ("title", "body", "caption", "credit")


def test_seed_evidence_and_schema(seed_text, seed_output):
    _check_records(seed_text, seed_output)


def test_seed_gold_validates(seed_gold):
    for record in seed_gold:
        assert list(schema_errors(record)) == []
        assert record["id"] == record_id(record)


CORPUS_FILES = sorted(iter_input_files(CORPUS)) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.relative_to(CORPUS).as_posix() for p in CORPUS_FILES])
def test_corpus_evidence_and_schema(extractor, path):
    source = read_source(path, CORPUS)
    records = extractor.extract_source(source)
    _check_records(source.text, records)
    assert all(r["doc_id"] == source.doc_id for r in records)


def test_corpus_is_present():
    if not CORPUS.is_dir():
        pytest.skip("no corpus folder")
    assert len(CORPUS_FILES) >= 10
    assert not any(p.name in ("README.md", "GUIDELINES.md") for p in CORPUS_FILES)


def test_two_extractions_are_identical(seed_text, seed_output, extractor):
    assert extractor.extract(seed_text, DOC_ID) == seed_output


def test_records_are_sorted(seed_output):
    from spacerec.records import sort_key

    assert seed_output == sorted(seed_output, key=sort_key)


def test_blank_extractor_finds_agencies_and_the_mou(seed_text, seed_gold, blank_extractor):
    records = blank_extractor.extract(seed_text, DOC_ID)
    _check_records(seed_text, records)
    assert {r["agency_id"] for r in _by_type(records, "agency")} == \
        {r["agency_id"] for r in _by_type(seed_gold, "agency")}
    mous = [a for a in _by_type(records, "agreement") if a["kind"] == "mou"]
    assert len(mous) == 1
    assert mous[0]["parties"] == ["CNSA", "ROSCOSMOS"]
    assert mous[0]["date"] == "2021-03-09"


def test_blank_models_named_explicitly_do_not_warn():
    from spacerec import Extractor
    from spacerec.nlp import NoModelWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        extractor = Extractor(models={"en": "blank", "fr": "blank"})
    assert not [w for w in caught if issubclass(w.category, NoModelWarning)]
    assert extractor.warnings == []
    assert extractor.statistical is False
    assert extractor.models == {"en": "blank", "fr": "blank"}


@pytest.fixture
def no_models_installed(monkeypatch):
    import spacerec.nlp

    monkeypatch.setattr(spacerec.nlp, "DEFAULT_MODELS", {"en": ("xx_no_such_model_en",),
                                                         "fr": ("xx_no_such_model_fr",)})


def test_warns_when_no_model_is_installed(no_models_installed):
    from spacerec import Extractor

    with pytest.warns(UserWarning, match="no spaCy model installed") as caught:
        extractor = Extractor()
    assert len([w for w in caught if "no spaCy model installed" in str(w.message)]) == 2
    assert len(extractor.warnings) == 2
    assert extractor.models == {"en": "blank", "fr": "blank"}
    assert extractor.statistical is False
    records = extractor.extract("NASA\n\nNASA and ESA signed a memorandum of understanding on 3 May 2023.\n")
    assert any(r["record_type"] == "agreement" for r in records)


def test_no_model_warning_keeps_its_category(no_models_installed):
    from spacerec import Extractor
    from spacerec.nlp import NoModelWarning

    with pytest.warns(NoModelWarning):
        Extractor()


def test_corpus_gold_names_missions_by_their_kb_canonical_name():
    """GUIDELINES "Mission names": a gold mission written with a KB alias ("International Space Station")
    would score the pipeline's canonical name ("ISS") as an error."""
    import subprocess
    import sys

    golds = sorted(str(p) for p in CORPUS.glob("*/gold.jsonl"))
    tool = CORPUS.parent / "tools" / "canonical_gold_names.py"
    done = subprocess.run([sys.executable, str(tool), *golds, "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
