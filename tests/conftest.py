"""Shared fixtures: the extractors (models loaded once per session) and a small inline KB."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
import spacy
from spacerec.kb import KnowledgeBase

REPO = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO / "corpus"
# The project's workspace keeps the founding (seed) article in ../shared/, beside the repository; a user's clone
# has no such folder, nor the failure-kind cases in ../shared/cases/. Only the fixtures below read them, and tests
# that use them skip when they are absent (tests/test_lone_clone.py runs them in a copy of the repository with
# nothing beside it).
SHARED_DIR = REPO.parent / "shared"
SEED_DIR = SHARED_DIR / "seed"
CASES_DIR = SHARED_DIR / "cases"
SEED_FIXTURES = ("seed_text", "seed_gold", "shared_cases")


def _no_seed(what: str, folder: Path = SEED_DIR) -> str:
    return (f"{what} not found: {folder} is outside the repository (only the project's workspace has it); "
            "the tests that need it are skipped, every other test uses the repository's own files")


class SharedCases:
    """The failure-kind cases of ../shared/cases: each a small article ``NAME.txt`` and its gold records."""

    def __init__(self, folder: Path) -> None:
        import json

        self.folder = folder
        lines = (folder / "gold.jsonl").read_text("utf-8").splitlines()
        self.records = [json.loads(line) for line in lines if line.strip()]

    def names(self) -> list[str]:
        """Case names (the doc_id of each), sorted."""
        return sorted(path.stem for path in self.folder.glob("*.txt"))

    def text(self, name: str) -> str:
        """The decoded text of case ``name``; skips the test when the case is not there."""
        from spacerec.ingest import read_source

        path = self.folder / f"{name}.txt"
        if not path.is_file():
            pytest.skip(f"case {name} not found in {self.folder}")
        return read_source(path).text

    def gold(self, name: str, record_type: str | None = None) -> list[dict]:
        """Gold records of case ``name``, of one record type when given."""
        return [r for r in self.records
                if r["doc_id"] == name and (record_type is None or r["record_type"] == record_type)]


def pytest_collection_modifyitems(items):
    """Mark every test that reads ../shared (through the seed fixtures) ``shared``, so it can be selected."""
    for item in items:
        if set(SEED_FIXTURES) & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.shared)


def tracked_copy(destination: Path) -> Path:
    """The repository's tracked files (working-tree content) copied to ``destination``: what a clone holds."""
    import subprocess

    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode("utf-8").split("\0")):
        source = REPO / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    return destination


@pytest.fixture
def repository_copy(tmp_path):
    """A copy of the tracked files in a fresh temporary folder; skips outside a git checkout."""
    import shutil

    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout: the tracked files cannot be listed")
    return tracked_copy(tmp_path / "spacerec")

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


@pytest.fixture
def fast_cli(monkeypatch, blank_extractor):
    """``spacerec run`` reuses the session's rules-only extractor instead of loading one per call."""
    import spacerec.extractor

    monkeypatch.setattr(spacerec.extractor, "Extractor", lambda **kwargs: blank_extractor)


@pytest.fixture
def no_model_load(monkeypatch):
    """Building an extractor (loading models) fails the test: the checks must come first."""
    import spacerec.extractor

    def refuse(**kwargs):
        raise AssertionError("a model was loaded before the checks")

    monkeypatch.setattr(spacerec.extractor, "Extractor", refuse)


@pytest.fixture(scope="session")
def cue_nlps():
    """Blank English and French pipelines holding only the agreement cue component."""
    import spacerec.nlp  # noqa: F401  (registers the factories)

    nlps = {}
    for lang in ("en", "fr"):
        nlp = spacy.blank(lang)
        nlp.add_pipe("spacerec_agreement_cues")
        nlps[lang] = nlp
    return nlps


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
def shared_cases() -> SharedCases:
    if not (CASES_DIR / "gold.jsonl").is_file():
        pytest.skip(_no_seed("the regression cases", CASES_DIR))
    return SharedCases(CASES_DIR)


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SEED_DIR / "russia-china-moon.txt"
    if not path.is_file():
        pytest.skip(_no_seed("seed article"))
    from spacerec.ingest import read_source

    return read_source(path).text


@pytest.fixture(scope="session")
def seed_gold() -> list[dict]:
    import json

    path = SEED_DIR / "russia-china-moon.gold.jsonl"
    if not path.is_file():
        pytest.skip(_no_seed("seed gold"))
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
