"""Batch runs at scale: worker processes, the Dask engine and resuming give the records of a plain run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacerec.run as run_module
from spacerec.run import run, work_paths

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """Eight corpus articles in two sub-folders (English, French, bilingual)."""
    folder = tmp_path_factory.mktemp("articles")
    picked = sorted((ROOT / "corpus" / "dev").rglob("*.txt"))[::3][:8]
    for path in picked:
        target = folder / path.parent.name / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(path, target)
    return folder


@pytest.fixture(scope="module")
def reference(articles: Path, extractor, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("ref") / "records.jsonl"
    run(articles, out, extractor)
    return out.read_bytes()


def test_two_worker_processes_give_the_same_bytes(articles: Path, reference: bytes, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    summary = run(articles, out, jobs=2)
    assert summary.documents == 8
    assert out.read_bytes() == reference


def test_dask_local_cluster_gives_the_same_bytes(articles: Path, reference: bytes, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from spacerec.engines.dask_engine import run_dask

    out = tmp_path / "records.jsonl"
    summary = run_dask(str(articles), str(out), n_workers=2)
    assert summary.documents == 8 and not summary.failed
    assert out.read_bytes() == reference


def test_killed_run_resumes_to_the_same_output(articles: Path, reference: bytes, extractor, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "records.jsonl"
    real = run_module.extract_documents
    done = {"documents": 0}

    def dies_on_the_fifth(extractor_, batch, *args, **kwargs):
        if done["documents"] + len(batch) >= 5:
            raise KeyboardInterrupt  # the run is killed half-way, in the batch holding the fifth document
        done["documents"] += len(batch)
        return real(extractor_, batch, *args, **kwargs)

    monkeypatch.setattr(run_module, "extract_documents", dies_on_the_fifth)
    with pytest.raises(KeyboardInterrupt):
        run(articles, out, extractor)
    partial, _, partial_manifest = work_paths(out)
    assert not out.exists() and partial.exists()
    assert 0 < done["documents"] < 5
    assert len(partial_manifest.read_text().splitlines()) == done["documents"]
    monkeypatch.setattr(run_module, "extract_documents", real)

    summary = run(articles, out, extractor, resume=True)
    assert summary.reused == done["documents"] and summary.documents == 8
    assert out.read_bytes() == reference
    assert not partial.exists()


def test_resume_reextracts_a_changed_file(articles: Path, extractor, tmp_path: Path) -> None:
    copy = tmp_path / "articles"
    shutil.copytree(articles, copy)
    out = tmp_path / "records.jsonl"
    run(copy, out, extractor)
    changed = sorted(copy.rglob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nNASA and ESA signed a memorandum of understanding"
                       " on 3 May 2023.\n", encoding="utf-8")
    summary = run(copy, out, extractor, resume=True)
    assert summary.reused == 7
    fresh = tmp_path / "fresh.jsonl"
    run(copy, fresh, extractor)
    assert out.read_bytes() == fresh.read_bytes()
