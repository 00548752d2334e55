"""The KB schema check is remembered per exact file content: a changed file is always checked again."""

from __future__ import annotations

import json

import pytest
from spacerec.kb import kb as kb_module
from spacerec.kb.kb import KnowledgeBase, KnowledgeBaseError


def _agency(**extra) -> str:
    return json.dumps({"id": "XSA", "canonical_name": "X Space Agency", "acronyms": {"en": ["XSA"]}, **extra}) + "\n"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SPACEREC_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "kb-checked"


def test_a_checked_file_is_not_checked_again(tmp_path, cache, monkeypatch):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "agencies.jsonl").write_text(_agency(), encoding="utf-8")
    KnowledgeBase.from_dir(folder)
    assert len(list(cache.iterdir())) == 1

    def no_check(family):
        raise AssertionError(f"{family} checked again")

    monkeypatch.setattr(kb_module, "_validator", no_check)
    assert KnowledgeBase.from_dir(folder).agencies["XSA"].canonical_name == "X Space Agency"


def test_a_changed_file_is_checked_again(tmp_path, cache):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "agencies.jsonl").write_text(_agency(), encoding="utf-8")
    KnowledgeBase.from_dir(folder)
    (folder / "agencies.jsonl").write_text(_agency(primary="yes"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"agencies\.jsonl:1: primary"):
        KnowledgeBase.from_dir(folder)
    assert len(list(cache.iterdir())) == 1  # a file that failed is never remembered


def test_an_unwritable_cache_only_means_checking(tmp_path, monkeypatch):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("SPACEREC_CACHE_DIR", str(blocker))
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "agencies.jsonl").write_text(_agency(), encoding="utf-8")
    assert "XSA" in KnowledgeBase.from_dir(folder).agencies
