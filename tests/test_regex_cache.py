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
