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
    return _engine(pattern, parts)


def _engine(pattern: str, parts: tuple):
    """The compiled pattern the regex engine builds from :func:`_compile_parts` (its own copy of the group dict)."""
    out_flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, out_flags, code.tolist(), groups, dict(groupindex), indexgroup)


def _store(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path`` atomically (a temporary file renamed into place); creates the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
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
            compiled = _engine(p, parts)
        except Exception:  # noqa: BLE001 - private CPython API of another version: compile as re does
            return original(p, flags)
        try:
            _store(path, (p, parts))
        except OSError:
            pass  # a read-only home: compile every time, as without the cache
        return compiled

    _compiler.compile = compile_cached
    try:
        yield
    finally:
        _compiler.compile = original


# patterns the bundle file keeps (see :class:`KeptCompiles`): a run's start-up compiles about 700
BUNDLE_LIMIT = 2000
# a pattern no process has used over this many saves of the bundle leaves it (patterns built in an order that
# varies between processes, such as from a set, are a new text in each process)
BUNDLE_SAVES_KEPT = 20


def _bundle_path() -> Path:
    digest = hashlib.sha1(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:16]
    return cache_dir() / f"re-bundle-{digest}.pickle"


class KeptCompiles:
    """The compiled code of a process's patterns, kept in one file for the next process (time to first record).

    A new ``spacerec run`` compiles about 700 regular expressions before its first record (spaCy's tokenizer
    rules, the rule files' phrase lists, the linker's alternations), most on first use, about a second of CPU.
    While :attr:`recording`, every pattern compiled (under :data:`MIN_LENGTH` characters; longer ones have files
    of their own, see :func:`cached_compiles`) is looked up in the bundle read from ``path`` and, when missing,
    compiled as ``re`` does and added; :meth:`save` writes the bundle back. The patterns built from a document's
    names are few after the first document: recording stops there (:meth:`stop_recording`), so the bundle holds
    what start-up needs. Patterns given from the bundle are those ``re.compile`` builds (same code, flags and
    groups). The bundle keeps at most :data:`BUNDLE_LIMIT` patterns, those used by one of the last
    :data:`BUNDLE_SAVES_KEPT` processes that saved it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recording = True
        self._pid = os.getpid()  # a worker forked from this process compiles as usual (its bundle is never saved)
        self._saves = 0  # how many times the bundle was saved before this process read it
        self._entries: dict[tuple[str, int], tuple[tuple, int]] | None = None  # read on the first compile
        self._used: dict[tuple[str, int], None] = {}
        self._added = 0

    def _read(self) -> dict[tuple[str, int], tuple[tuple, int]]:
        """Pattern key -> (what :func:`_compile_parts` gives, the save that last kept it used); {} if none."""
        try:
            with self.path.open("rb") as handle:
                saves, entries = pickle.load(handle)
            if not isinstance(entries, dict) or not isinstance(saves, int):
                return {}
        except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, AttributeError, ImportError):
            return {}  # absent or damaged: compile as usual
        self._saves = saves
        return entries

    def compile(self, original, pattern, flags: int = 0):
        """What ``re._compiler.compile(pattern, flags)`` returns, from the bundle when it holds the pattern."""
        if not self.recording or not isinstance(pattern, str) or len(pattern) >= MIN_LENGTH \
                or flags & re.DEBUG or os.getpid() != self._pid:
            return original(pattern, flags)
        if self._entries is None:
            self._entries = self._read()
        key = (pattern, int(flags))
        entry = self._entries.get(key)
        if entry is not None:
            try:
                found = _engine(pattern, entry[0])
            except Exception:  # noqa: BLE001 - a damaged entry: compile as re does
                found = None
            if found is not None:
                self._used[key] = None
                return found
        try:
            parts = _compile_parts(pattern, flags)
            built = _engine(pattern, parts)
        except re.error:
            raise
        except Exception:  # noqa: BLE001 - private CPython API of another version: compile as re does
            return original(pattern, flags)
        self._entries[key] = (parts, self._saves)
        self._used[key] = None
        self._added += 1
        return built

    def stop_recording(self) -> None:
        """From now on compile as usual (the patterns of documents' names stay out of the bundle); save it."""
        self.recording = False
        self.save()

    def save(self) -> None:
        """Write the bundle if this process added patterns: those it used, then the others still kept."""
        if not self._added or self._entries is None:
            return
        saves = self._saves + 1
        kept = {key: (self._entries[key][0], saves) for key in self._used}
        recent = sorted(((entry[1], key) for key, entry in self._entries.items()
                         if key not in kept and entry[1] > saves - BUNDLE_SAVES_KEPT), reverse=True)
        for _, key in recent[:max(0, BUNDLE_LIMIT - len(kept))]:
            kept[key] = self._entries[key]
        try:
            _store(self.path, (saves, kept))
        except OSError:
            return  # a read-only cache: compile every time, as without the bundle
        self._added = 0


@contextmanager
def kept_compiles(path: Path | None = None) -> Iterator[KeptCompiles | None]:
    """Within the block, patterns compile from the bundle file of :class:`KeptCompiles` (yielded).

    None is yielded when this Python has no ``re._compiler``. The bundle is saved when the block ends. Not
    thread-safe: meant for the whole of a ``spacerec`` process.
    """
    if _compiler is None:
        yield None
        return
    kept = KeptCompiles(path or _bundle_path())
    original = _compiler.compile

    def compile_kept(p, flags=0):
        return kept.compile(original, p, flags)

    _compiler.compile = compile_kept
    _ACTIVE.append(kept)
    try:
        yield kept
    finally:
        _ACTIVE.remove(kept)
        _compiler.compile = original
        kept.save()


_ACTIVE: list[KeptCompiles] = []  # the bundles of the open kept_compiles blocks


def stop_recording() -> None:
    """:meth:`KeptCompiles.stop_recording` of every open :func:`kept_compiles` block (none open: nothing)."""
    for kept in _ACTIVE:
        kept.stop_recording()
