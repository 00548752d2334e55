"""A resumed run that is itself stopped keeps what the killed run before it had extracted.

``--resume`` moves a killed run's ``OUTPUT.partial`` aside to read it while it writes a new one. When
that resumed run is stopped in turn (Ctrl-C while ``-j 2`` loads the models, or while it extracts a new
file that sorts before the reused ones), the documents of the moved file that it had not yet written
again must stay reusable: the README promises that the same command with ``--resume`` reuses every
article already extracted.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacerec.run as run_module
from spacerec.run import run, work_paths

ARTICLE = "Gateway deal {n}\n\nNASA and ESA signed a memorandum of understanding on 12 March 2024 on Gateway.\n"
ARTICLE_FR = ("Accord {n}\n\nLe CNES et la JAXA ont signé un accord de coopération le 3 mai 2023 à Tokyo "
              "sur la mission MMX.\n")


def _folder(tmp_path: Path, count: int = 6) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for n in range(count):
        text = (ARTICLE if n % 2 else ARTICLE_FR).format(n=n)
        (root / f"b{n:02d}.txt").write_text(text, encoding="utf-8")
    return root


def _killed_run(root: Path, out: Path, extractor) -> bytes:
    """The state a run killed just before publishing leaves: every document in the partial files."""
    run(root, out, extractor)
    complete = out.read_bytes()
    partial, manifest, partial_manifest = work_paths(out)
    os.replace(out, partial)
    os.replace(manifest, partial_manifest)
    return complete


def _interrupt(*args, **kwargs):
    raise KeyboardInterrupt


def test_resume_stopped_before_it_writes_keeps_the_killed_runs_documents(blank_extractor, tmp_path, monkeypatch):
    """Ctrl-C while ``-j 2`` loads the models (before anything is written): nothing extracted is lost."""
    root = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    complete = _killed_run(root, out, blank_extractor)
    (root / "b00.txt").write_text(ARTICLE.format(n=100), encoding="utf-8")  # one document left to extract
    with monkeypatch.context() as patch:
        patch.setattr(run_module, "_extract_all", _interrupt)
        with pytest.raises(KeyboardInterrupt):
            run(root, out, blank_extractor, resume=True)
    assert not out.exists()
    summary = run(root, out, blank_extractor, resume=True)
    assert summary.reused == 5 and summary.documents == 6
    fresh = tmp_path / "fresh.jsonl"
    run(root, fresh, blank_extractor)
    assert out.read_bytes() == fresh.read_bytes() != complete


def test_resume_stopped_while_extracting_a_new_first_file_keeps_the_others(blank_extractor, tmp_path, monkeypatch):
    """A new file sorting first is being extracted when the resumed run stops: the killed run's work stays."""
    root = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    _killed_run(root, out, blank_extractor)
    (root / "a-new.txt").write_text(ARTICLE.format(n=99), encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(run_module, "extract_documents", _interrupt)
        with pytest.raises(KeyboardInterrupt):
            run(root, out, blank_extractor, resume=True)
    summary = run(root, out, blank_extractor, resume=True)
    assert summary.reused == 6 and summary.documents == 7
    fresh = tmp_path / "fresh.jsonl"
    run(root, fresh, blank_extractor)
    assert out.read_bytes() == fresh.read_bytes()


def test_resume_stopped_midway_keeps_both_what_it_wrote_and_what_it_had_not_reached(blank_extractor, tmp_path,
                                                                                    monkeypatch):
    """Stopped after writing some reused documents: those and the ones after the stop are all reused next time."""
    root = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    _killed_run(root, out, blank_extractor)
    (root / "b03.txt").write_text(ARTICLE.format(n=103), encoding="utf-8")  # changed: extracted again, and stops
    with monkeypatch.context() as patch:
        patch.setattr(run_module, "extract_documents", _interrupt)
        with pytest.raises(KeyboardInterrupt):
            run(root, out, blank_extractor, resume=True)
    summary = run(root, out, blank_extractor, resume=True)
    assert summary.reused == 5 and summary.documents == 6
    fresh = tmp_path / "fresh.jsonl"
    run(root, fresh, blank_extractor)
    assert out.read_bytes() == fresh.read_bytes()


def test_a_completed_resume_leaves_no_work_files(blank_extractor, tmp_path):
    """The negative side: once a resumed run completes, the moved copy and the partial files are gone."""
    root = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    _killed_run(root, out, blank_extractor)
    summary = run(root, out, blank_extractor, resume=True)
    assert summary.reused == 6
    partial, manifest, partial_manifest = work_paths(out)
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out.jsonl"))
    assert left == ["out.jsonl", "out.jsonl.lock", "out.jsonl.manifest.jsonl"]
    assert not partial.exists() and not partial_manifest.exists() and manifest.exists()
