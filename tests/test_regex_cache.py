"""The disk cache of large compiled patterns gives the pattern ``re.compile`` gives (start-up, not speed)."""

from __future__ import annotations

import re

import pytest
from spacerec import regex_cache

PATTERN = r"(?P<word>\b(?:" + "|".join(f"w{i}x" for i in range(300)) + r")\b)|(?P<num>\d+)"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SPACEREC_CACHE_DIR", str(tmp_path))
    re.purge()  # re's own in-memory cache would answer before the disk cache is asked
    return tmp_path


def test_a_miss_fills_the_cache_and_a_hit_gives_an_equal_pattern(cache):
    if regex_cache._compiler is None:
        pytest.skip("this Python has no re._compiler: nothing is cached")
    fresh = re.compile(PATTERN)
    re.purge()
    with regex_cache.cached_compiles(min_length=100):
        first = re.compile(PATTERN)
    assert len(list(cache.glob("re-*.pickle"))) == 1
    re.purge()
    with regex_cache.cached_compiles(min_length=100):
        second = re.compile(PATTERN)
    for compiled in (first, second):
        assert compiled == fresh
        assert compiled.groupindex == fresh.groupindex
        assert [m.groupdict() for m in compiled.finditer("w7x and 42, w299x but not w300x")] == \
            [m.groupdict() for m in fresh.finditer("w7x and 42, w299x but not w300x")]


def test_a_damaged_cache_file_compiles_as_usual(cache):
    if regex_cache._compiler is None:
        pytest.skip("this Python has no re._compiler: nothing is cached")
    with regex_cache.cached_compiles(min_length=100):
        re.compile(PATTERN)
    (path,) = cache.glob("re-*.pickle")
    path.write_bytes(b"not a pickle")
    re.purge()
    with regex_cache.cached_compiles(min_length=100):
        again = re.compile(PATTERN)
    assert again.match("w3x").group("word") == "w3x"


def test_short_patterns_are_not_cached(cache):
    with regex_cache.cached_compiles(min_length=100_000):
        re.compile(PATTERN + "|short")
    assert not list(cache.glob("re-*"))


def _bundle_entries(path):
    import pickle

    with path.open("rb") as handle:
        return pickle.load(handle)


def test_the_bundle_gives_the_pattern_re_compile_gives(tmp_path):
    if regex_cache._compiler is None:
        pytest.skip("this Python has no re._compiler: nothing is kept")
    path = tmp_path / "bundle.pickle"
    fresh = re.compile(PATTERN + "|bundle", re.IGNORECASE)
    re.purge()
    with regex_cache.kept_compiles(path) as kept:
        first = re.compile(PATTERN + "|bundle", re.IGNORECASE)
    assert kept._added == 0 and path.exists()  # saved when the block ended
    saves, entries = _bundle_entries(path)
    assert saves == 1 and (PATTERN + "|bundle", int(re.IGNORECASE)) in entries
    re.purge()
    with regex_cache.kept_compiles(path) as kept:
        second = re.compile(PATTERN + "|bundle", re.IGNORECASE)
        assert kept._added == 0 and len(kept._used) == 1  # from the bundle, not compiled
    for compiled in (first, second):
        assert compiled == fresh and compiled.groupindex == fresh.groupindex and compiled.flags == fresh.flags
        text = "W7X and 42, w299x, BUNDLE but not w300x"
        assert [m.groupdict() for m in compiled.finditer(text)] == [m.groupdict() for m in fresh.finditer(text)]


def test_the_bundle_stops_recording_and_a_damaged_one_compiles_as_usual(tmp_path):
    if regex_cache._compiler is None:
        pytest.skip("this Python has no re._compiler: nothing is kept")
    path = tmp_path / "bundle.pickle"
    path.write_bytes(b"not a pickle")
    re.purge()
    with regex_cache.kept_compiles(path) as kept:
        assert re.compile(r"start-up (\w+)").match("start-up words").group(1) == "words"
        regex_cache.stop_recording()  # what the run does once its first document is written: saved now
        assert not kept.recording
        saves, entries = _bundle_entries(path)
        assert list(entries) == [(r"start-up (\w+)", 0)]
        assert re.compile(r"a document's (name)").search("a document's name").group(1) == "name"
    assert list(_bundle_entries(path)[1]) == [(r"start-up (\w+)", 0)]
    with pytest.raises(re.error), regex_cache.kept_compiles(path):
        re.compile(r"(?:unclosed")


def test_patterns_no_recent_process_used_leave_the_bundle(tmp_path, monkeypatch):
    if regex_cache._compiler is None:
        pytest.skip("this Python has no re._compiler: nothing is kept")
    monkeypatch.setattr(regex_cache, "BUNDLE_SAVES_KEPT", 2)
    path = tmp_path / "bundle.pickle"
    for n in range(4):  # each process compiles one pattern of its own (as a set's order would make)
        re.purge()
        with regex_cache.kept_compiles(path):
            re.compile(f"process {n}")
    saves, entries = _bundle_entries(path)
    assert saves == 4 and sorted(key[0] for key in entries) == ["process 2", "process 3"]


def test_a_forked_worker_compiles_as_usual_and_keeps_nothing(tmp_path, monkeypatch):
    if regex_cache._compiler is None:
        pytest.skip("this Python has no re._compiler: nothing is kept")
    path = tmp_path / "bundle.pickle"
    re.purge()
    with regex_cache.kept_compiles(path) as kept:
        monkeypatch.setattr(kept, "_pid", -1)  # as in a worker process forked from the run
        assert re.compile(r"in a worker (\d+)").match("in a worker 2").group(1) == "2"
        assert kept._added == 0 and kept._entries is None
    assert not path.exists()
