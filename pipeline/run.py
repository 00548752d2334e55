"""Batch runs: a folder of articles -> one JSON Lines file, with per-file outcomes.

Documents are read, extracted and written one by one in ``doc_id`` order, so two runs give
byte-identical files and memory never grows with the corpus. Work in progress goes to
``OUTPUT.partial`` and ``OUTPUT.manifest.jsonl.partial`` (content hash and pipeline fingerprint per
document, appended once the document's records are flushed); both are renamed into place at the
end. ``resume=True`` reuses the records of every document whose file and pipeline are unchanged,
from the previous output or from the partial files a killed run left behind (see :mod:`spacerec.resume`).
``jobs > 1`` extracts in worker processes that load the models once and send back serialised records.
Documents are extracted in batches (:func:`batches`: one document first, so the first record comes early, then
doubling up to :data:`BATCH_DOCUMENTS`), the statistical model reading the sentences of a whole batch at once.

One writer per output: ``OUTPUT.lock`` is held (``filelock``) for the whole run, and a second run
on the same output fails at once with :class:`OutputLockedError`. What ``resume`` reuses is
checked against the manifest (record count and digest of the document's lines); a document whose
records do not check out is extracted again.
"""

from __future__ import annotations

import fnmatch
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from .extraction import Extracted, extract_documents
from .extractor import Extractor
from .ingest import (
    DEFAULT_EXCLUDE,
    DEFAULT_MAX_CHARS,
    INPUT_SUFFIXES,
    doc_id_for,
    printable_path,
    scan_inputs,
)
from .nlp import LANGUAGES, resolve_model
from .output import dumps, publish
from .resume import Reuse, find_reusable, lines_sha1, model_identity, pipeline_fingerprint, work_paths

# the largest batch of documents extracted together: the model's cost per sentence stops falling around here
BATCH_DOCUMENTS = 32


def batches(items: list[Any], largest: int = BATCH_DOCUMENTS) -> Iterator[list[Any]]:
    """``items`` in consecutive batches, in order: one item first, then each batch twice the last, up to ``largest``.

    The first record of a run waits for one document, not a whole batch. ``largest`` below 1 counts as 1.
    """
    size, position, largest = 1, 0, max(1, largest)
    while position < len(items):
        yield items[position : position + size]
        position += size
        size = min(size * 2, largest)


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
    skipped with a reason, a link to an article read anyway is skipped with a warning, a ``doc_id``
    collision fails the later file, and the run's own ``outputs`` are never read as inputs.
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
    candidates, repeats = _drop_repeated_files(candidates)
    inputs, collisions = assign_doc_ids(candidates)
    return inputs, skipped + repeats + collisions


def _drop_repeated_files(candidates: list[tuple[str, Path]]) -> tuple[list[tuple[str, Path]], list[Outcome]]:
    """Keep one path per file: a symbolic link to an article that is read anyway is skipped, with a warning.

    Read twice, one article would give two documents and every agreement twice (a cross-document merge would
    count it as reported by two sources). The path that is not a link is kept, else the first by ``doc_id``.
    """
    by_file: dict[Path, list[tuple[str, Path]]] = {}
    for doc_id, path in candidates:
        by_file.setdefault(_resolved(path), []).append((doc_id, path))
    kept: list[tuple[str, Path]] = []
    repeats: list[Outcome] = []
    for paths in by_file.values():
        paths.sort(key=lambda item: (item[1].is_symlink(), item[0]))
        kept.append(paths[0])
        for doc_id, path in paths[1:]:
            repeats.append(Outcome(str(path), doc_id, "warning",
                                   f"symbolic link to {paths[0][1]}, read as doc_id {paths[0][0]!r}: skipped "
                                   "(its records would repeat that document's)"))
    return kept, repeats


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
    foreign = None if _resolved(errors) == _resolved(errors_path_for(output)) else _not_an_errors_file(errors)
    if foreign:  # the default OUT.errors.jsonl is the run's own; a file named with --errors may be anything
        raise PathConflictError(f"--errors {errors} already exists and {foreign}: a run replaces its errors file "
                                "(or removes it when nothing failed), so it would be lost; give another --errors file")


def _not_an_errors_file(path: Path) -> str | None:
    """Why the existing file ``path`` is not a run's errors file (which a run may replace), or None.

    A run rewrites its errors file, and deletes it when no file failed or warned, so ``--errors`` naming a
    records file, a gold file or any other file would destroy it. An empty file, or one whose first line
    is an errors-file row (an object with ``path`` and no ``record_type``), is a run's own.
    """
    from .io import read_jsonl

    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with path.open("rb") as handle:
            first = next(read_jsonl(handle), None)
    except OSError:
        return None  # unreadable: writing it fails later with exit 3, and nothing is lost
    if first is None:
        return None
    value = first.value if first.ok else None
    if isinstance(value, dict) and "record_type" in value:
        return f"holds records (line 1 has record_type {value['record_type']!r}), not a run's failures and warnings"
    if isinstance(value, dict) and "path" in value:
        return None
    return "is not a run's errors file (its line 1 is not a row with the path of a file)"


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


def _worker_signals() -> None:
    """Ctrl-C is the parent's to handle (it stops the pool and says how to resume): a worker ignores it.

    SIGTERM gets its default action back: ``Pool.terminate`` stops workers with it, and a Python-level
    handler inherited from the parent (the CLI's) can miss it. A signal that lands just before a worker
    blocks in the task queue's lock is recorded but its Python handler only runs when the lock returns,
    which it never does while the parent holds it; the run then hung at its very end.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _init_worker(config: dict[str, Any], max_chars: int) -> None:
    """Load the models once per spawned worker process (which leaves Ctrl-C to the parent)."""
    _worker_signals()
    _WORKER["extractor"] = _quiet_extractor(config)
    _WORKER["max_chars"] = max_chars


def _work(batch: list[tuple[str, str]]) -> list[Extracted]:
    return extract_documents(_WORKER["extractor"], batch, _WORKER["max_chars"])


def errors_path_for(output: str | Path) -> Path:
    """Where a run's failures and warnings go by default: ``OUT.errors.jsonl`` beside ``OUT.jsonl``."""
    output = Path(output)
    return output.with_name(output.name.removesuffix(".jsonl") + ".errors.jsonl")


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
            pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_signals)
        else:
            pool = multiprocessing.get_context("spawn").Pool(jobs, initializer=_init_worker,
                                                             initargs=(config, max_chars))
        # batches small enough that every worker gets several (the last ones finish together)
        largest = min(BATCH_DOCUMENTS, max(1, len(todo) // (jobs * 4)))
        done = pool.imap(_work, batches(todo, largest), chunksize=1)
        return pool, (item for batch in done for item in batch)
    extractor = extractor if extractor is not None else Extractor(**config)
    return None, (item for batch in batches(todo) for item in extract_documents(extractor, batch, max_chars))


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
    reuse = find_reusable(inputs, output, fingerprint) if resume else Reuse()
    todo = [(doc_id, str(path)) for doc_id, path in inputs if doc_id not in reuse.documents]
    written: set[str] = set()  # documents this run wrote to its partial files
    try:
        pool, results = _extract_all(todo, extractor, config, jobs, max_chars)
    except BaseException:  # stopped while the workers load the models: the killed run's documents stay reusable
        reuse.keep_unwritten(partial, partial_manifest, written)
        reuse.close()
        raise
    iterator: Iterable = progress(inputs) if progress else inputs
    completed = False
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
                written.add(doc_id)
                out.writelines(item.lines)
                out.flush()
                manifest.write(dumps({"doc_id": doc_id, "sha1": item.sha1, "fingerprint": fingerprint,
                                      "records": len(item.lines), "digest": lines_sha1(item.lines),
                                      "notes": item.notes, "words": item.words}) + "\n")
                manifest.flush()
            out.flush()
            os.fsync(out.fileno())
        completed = True
    finally:
        if pool is not None:
            pool.terminate()
            _WORKER.clear()
        if not completed:  # stopped: what a killed run extracted and this one had not reached stays reusable
            reuse.keep_unwritten(partial, partial_manifest, written)
        reuse.close()
    publish(partial, output)
    os.replace(partial_manifest, manifest_path)
    summary.outcomes.sort(key=lambda o: (o.doc_id, o.path))
    summary.seconds = time.perf_counter() - started
    return summary
