"""Caches for compiled regular expressions: patterns rules build at run time, and very large ones on disk.

Rules that build a pattern from a rule file's word list on every call ("|".join of escaped words) pay the
escaping and joining each time, and the pattern's compile whenever Python's ``re`` cache (512 entries,
oldest out first) has dropped it, which the patterns built from each document's names make happen
constantly. :func:`alternation` and :func:`compiled` keep both in caches of their own: the pattern text
is the same string the rule built, so matching is unchanged.

The rest of this module is a disk cache for the compiled code of very large regular expressions (start-up time).

Importing ``spacy.lang.fr`` compiles the French tokenizer exceptions into one 1.4 MB pattern; Python's
``re`` takes 5-20 s for it, in every new process, before the first French record. What ``re`` computes
from a pattern (its opcode list, flags and groups) depends only on the pattern, its flags and the Python
version, so :func:`cached_compiles` keeps it on disk and gives it straight to the regex engine the next
time: the compiled pattern is the same object ``re.compile`` would build (equal, same behaviour).

The cache lives in ``$SPACEREC_CACHE_DIR``, else ``$XDG_CACHE_HOME/spacerec``, else ``~/.cache/spacerec``;
an unreadable or unwritable cache only means compiling as usual. On a Python without ``re._compiler``
(the layout of 3.11 and later) nothing is cached.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from .io import cache_dir  # where compiled code is kept (see the module docstring)

try:  # CPython 3.11+: re's compiler and parser modules, and the engine's constructor
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter or layout: no cache
    _compiler = None

MIN_LENGTH = 100_000  # characters: only patterns this long are worth a file
COMPILED_CACHE = 4096  # patterns kept by :func:`compiled` (rule-file patterns, and names seen in documents)


@lru_cache(maxsize=COMPILED_CACHE)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept in a cache of its own (least recently used out first).

    For patterns a rule builds at run time: unlike ``re``'s own cache, patterns built from document
    names do not push the rule files' patterns out. Raises ``re.error`` as ``re.compile`` does.
    """
    return re.compile(pattern, flags)


def alternation(words: Iterable[str], *, longest_first: bool = True, spaced: bool = False) -> str:
    r"""``"|".join`` of the escaped ``words``, the string a rule would build by hand, built once per word list.

    ``longest_first`` sorts by length, longest first (stable: equal lengths keep their order), so a longer
    phrase wins over its prefix; ``spaced`` lets any whitespace (``\s+``) stand between a phrase's words.
    """
    return _alternation(words if isinstance(words, tuple) else tuple(words), longest_first, spaced)


@lru_cache(maxsize=1024)
def _alternation(words: tuple[str, ...], longest_first: bool, spaced: bool) -> str:
    ordered = sorted(words, key=len, reverse=True) if longest_first else words
    if spaced:
        return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in ordered)
    return "|".join(re.escape(phrase) for phrase in ordered)


def _key(pattern: str, flags: int) -> str:
    digest = hashlib.sha1(pattern.encode("utf-8", "surrogatepass"))
    digest.update(f"|{flags}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    return digest.hexdigest()


def _compile_parts(pattern: str, flags: int) -> tuple[int, array, int, dict, tuple]:
    """What ``re._compiler.compile`` hands the engine: (flags, code, groups, groupindex, indexgroup)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, array("I", code), parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _load(path: Path, pattern: str):
    with path.open("rb") as handle:
        stored, parts = pickle.load(handle)
    if stored != pattern:
        return None
    out_flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, out_flags, code.tolist(), groups, groupindex, indexgroup)


def _store(path: Path, pattern: str, parts: tuple) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump((pattern, parts), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def cached_compiles(min_length: int = MIN_LENGTH) -> Iterator[None]:
    """Within the block, patterns of ``min_length`` characters or more compile from the disk cache.

    A miss compiles as usual and fills the cache. Meant around imports that compile such patterns
    (``spacy.lang.fr``); not thread-safe.
    """
    if _compiler is None:
        yield
        return
    original = _compiler.compile

    def compile_cached(p, flags=0):
        if not isinstance(p, str) or len(p) < min_length:
            return original(p, flags)
        path = cache_dir() / f"re-{_key(p, flags)}.pickle"
        try:
            found = _load(path, p)
            if found is not None:
                return found
        except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, RuntimeError):
            pass  # absent or damaged: compile
        try:
            parts = _compile_parts(p, flags)
            out_flags, code, groups, groupindex, indexgroup = parts
            compiled = _sre.compile(p, out_flags, code.tolist(), groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 - private CPython API of another version: compile as re does
            return original(p, flags)
        try:
            _store(path, p, parts)
        except OSError:
            pass  # a read-only home: compile every time, as without the cache
        return compiled

    _compiler.compile = compile_cached
    try:
        yield
    finally:
        _compiler.compile = original
