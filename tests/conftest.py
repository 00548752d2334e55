"""Shared fixtures: the extractors (models loaded once per session) and a small inline KB."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
import spacy
from spacerec.kb import KnowledgeBase

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"
REPO = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO / "corpus"

INLINE_AGENCIES = [
    {"id": "CSA", "canonical_name": "Canadian Space Agency", "country": "CA",
     "acronyms": {"en": ["CSA"], "fr": ["ASC"]},
     "names": {"en": ["Canadian Space Agency"], "fr": ["Agence spatiale canadienne"]},
     "country_names": {"en": ["Canada"], "fr": ["Canada"]},
     "adjectives": {"en": ["Canadian"], "fr": ["canadien", "canadienne"]}},
    {"id": "JAXA", "canonical_name": "Japan Aerospace Exploration Agency", "country": "JP",
     "acronyms": {"en": ["JAXA"], "fr": ["JAXA"]},
     "names": {"en": ["Japan Aerospace Exploration Agency"], "fr": ["Agence japonaise d'exploration aérospatiale"]},
     "country_names": {"en": ["Japan"], "fr": ["Japon"]},
     "adjectives": {"en": ["Japanese"], "fr": ["japonais", "japonaise"]}},
    {"id": "CNSA", "canonical_name": "China National Space Administration", "country": "CN",
     "acronyms": {"en": ["CNSA"], "fr": ["CNSA"]},
     "names": {"en": ["China National Space Administration"], "fr": ["Administration spatiale nationale chinoise"]},
     "country_names": {"en": ["China"], "fr": ["Chine"]},
     "adjectives": {"en": ["Chinese"], "fr": ["chinois", "chinoise"]}},
]
INLINE_MISSIONS = [
    {"id": "change6", "canonical_name": "Chang'e 6", "kind": "spacecraft", "lead": "CNSA", "family": "Chang'e",
     "target": "Moon"},
    {"id": "gateway", "canonical_name": "Gateway", "kind": "station", "lead": "NASA", "part_of": "Artemis",
     "aliases": ["Lunar Gateway"], "aliases_fr": ["passerelle lunaire"]},
    {"id": "hayabusa2", "canonical_name": "Hayabusa2", "kind": "spacecraft", "lead": "JAXA", "family": "Hayabusa",
     "target": "Ryugu"},
]


@pytest.fixture(scope="session")
def extractor():
    from spacerec import Extractor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Extractor()


@pytest.fixture(scope="session")
def blank_extractor():
    from spacerec import Extractor

    return Extractor(models={"en": "blank", "fr": "blank"})


@pytest.fixture(scope="session")
def inline_kb() -> KnowledgeBase:
    return KnowledgeBase.from_records(INLINE_AGENCIES, INLINE_MISSIONS)


@pytest.fixture(scope="session")
def shipped_kb() -> KnowledgeBase:
    from spacerec.kb import default_kb

    return default_kb()


def _blank_nlp(lang: str, kb: KnowledgeBase):
    import spacerec.nlp  # noqa: F401  (registers the spacerec factories)

    nlp = spacy.blank(lang)
    nlp.add_pipe("spacerec_sentences")
    nlp.add_pipe("spacerec_mentions")
    nlp.get_pipe("spacerec_mentions").kb = kb
    return nlp


@pytest.fixture(scope="session")
def inline_nlps(inline_kb):
    """Blank EN and FR pipelines whose linker uses the three-agency inline KB."""
    return {lang: _blank_nlp(lang, inline_kb) for lang in ("en", "fr")}


@pytest.fixture(scope="session")
def shipped_nlps(shipped_kb):
    """Blank EN and FR pipelines whose linker uses the shipped KB."""
    return {lang: _blank_nlp(lang, shipped_kb) for lang in ("en", "fr")}


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SEED_DIR / "russia-china-moon.txt"
    if not path.is_file():
        pytest.skip("seed article not available")
    from spacerec.ingest import read_source

    return read_source(path).text


@pytest.fixture(scope="session")
def seed_gold() -> list[dict]:
    import json

    path = SEED_DIR / "russia-china-moon.gold.jsonl"
    if not path.is_file():
        pytest.skip("seed gold not available")
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
