"""Batch runs: a folder of articles -> one JSON Lines file, with per-file outcomes.

Documents are read, extracted and written one by one in ``doc_id`` order, so two runs give
byte-identical files and memory never grows with the corpus. Work in progress goes to
``OUTPUT.partial`` and ``OUTPUT.manifest.jsonl.partial`` (content hash and pipeline fingerprint per
document, appended once the document's records are flushed); both are renamed into place at the
end. ``resume=True`` reuses the records of every document whose file and pipeline are unchanged,
from the previous output or from the partial files a killed run left behind. ``jobs > 1``
extracts in worker processes that load the models once and send back serialised records.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .extractor import Extractor
from .ingest import DEFAULT_EXCLUDE, DEFAULT_MAX_CHARS, doc_id_for, iter_input_files, read_source
from .nlp import LANGUAGES, resolve_model
from .output import dumps, publish


@dataclass
class Outcome:
    path: str
    doc_id: str
    status: str  # extracted | warning | failed
    reason: str | None = None
    error_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "doc_id": self.doc_id, "status": self.status, "reason": self.reason,
                "error_type": self.error_type}


@dataclass
class RunSummary:
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
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def warned(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "warning"]


@dataclass
class Extracted:
    """What one document gives back from a worker: serialised lines, never spaCy objects."""

    doc_id: str
    path: str
    sha1: str | None
    lines: list[str]
    record_types: list[str]
    notes: list[str]
    words: int
    error: tuple[str, str] | None = None  # (reason, exception type)


def collect_inputs(root: Path, exclude: tuple[str, ...] = DEFAULT_EXCLUDE) -> list[tuple[str, Path]]:
    """``(doc_id, path)`` of every input file, sorted by ``doc_id``."""
    base = root if root.is_dir() else root.parent
    return sorted(((doc_id_for(p, base), p) for p in iter_input_files(root, exclude)), key=lambda x: x[0])


@lru_cache(maxsize=1)
def pipeline_fingerprint(models: tuple[tuple[str, str], ...] = ()) -> str:
    """Version, models and every rule and KB data file: a change to any of them re-extracts on resume."""
    digest = hashlib.sha1(__version__.encode())
    digest.update(repr(models).encode())
    package = Path(str(resources.files("spacerec")))
    for path in sorted(package.rglob("*")):
        if path.suffix in (".json", ".jsonl", ".py") and path.is_file():
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _file_sha1(path: Path) -> str | None:
    """Content hash for resuming, read in chunks so that a huge file never sits in memory."""
    digest = hashlib.sha1()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def extract_one(extractor: Extractor, doc_id: str, path: Path, base: Path, max_chars: int) -> Extracted:
    """Read and extract one file; any failure becomes an outcome, never an exception."""
    sha1 = _file_sha1(path)
    try:
        source = read_source(path, base, max_chars)
        records, notes = extractor.extract_with_warnings(source.text, source.doc_id, source.warnings)
    except Exception as exc:  # one bad file never stops the batch
        return Extracted(doc_id, str(path), sha1, [], [], [], 0, (str(exc) or type(exc).__name__, type(exc).__name__))
    return Extracted(doc_id, str(path), sha1, [dumps(r) + "\n" for r in records], [r["record_type"] for r in records],
                     notes, len(source.text.split()))


# ---- worker processes -------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(config: dict[str, Any], base: str, max_chars: int) -> None:
    """Load the models once per worker process."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _WORKER["extractor"] = Extractor(**config)
    _WORKER["base"], _WORKER["max_chars"] = Path(base), max_chars


def _work(item: tuple[str, str]) -> Extracted:
    doc_id, path = item
    return extract_one(_WORKER["extractor"], doc_id, Path(path), _WORKER["base"], _WORKER["max_chars"])


# ---- resuming ------------------------------------------------------------------------------
class _SortedRecordFile:
    """Forward-only reader of a JSONL file sorted by doc_id: ``take(doc_id)`` returns that document's lines."""

    def __init__(self, path: Path):
        self._handle = path.open(encoding="utf-8", newline="")
        self._pending: tuple[str, str] | None = None

    def _next(self) -> tuple[str, str] | None:
        for line in self._handle:
            if not line.endswith("\n"):
                return None  # a line cut by a killed run
            try:
                return json.loads(line)["doc_id"], line
            except (ValueError, KeyError, TypeError):
                continue
        return None

    def take(self, doc_id: str) -> list[str]:
        lines: list[str] = []
        while True:
            current = self._pending or self._next()
            self._pending = None
            if current is None:
                return lines
            if current[0] < doc_id:
                continue
            if current[0] > doc_id:
                self._pending = current
                return lines
            lines.append(current[1])

    def close(self) -> None:
        self._handle.close()


def _read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    if not path.exists():
        return entries
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                row = json.loads(line)
                entries[row["doc_id"]] = row
            except (ValueError, KeyError, TypeError):
                continue  # a manifest line cut by a killed run
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
) -> RunSummary:
    """Extract every article under ``root`` into ``output`` (JSON Lines)."""
    summary = RunSummary()
    started = time.perf_counter()
    config = extractor_config or {}
    inputs = collect_inputs(root, exclude)
    base = root if root.is_dir() else root.parent
    partial, manifest_path, partial_manifest = work_paths(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    if extractor is None and jobs <= 1:
        extractor = Extractor(**config)
    if extractor is not None:
        models = dict(extractor.models)
    else:
        requested = config.get("models") or {}
        models = {lang: resolve_model(lang, requested.get(lang)) for lang in LANGUAGES}
    settings = {k: str(v) for k, v in config.items() if k != "models"}
    fingerprint = pipeline_fingerprint(tuple(sorted({**models, **settings}.items())))

    # what can be reused: the last complete output, then what a killed run left
    reuse: dict[str, tuple[str, Path]] = {}
    sources: dict[Path, _SortedRecordFile] = {}
    resume_copy: Path | None = None
    if resume:
        hashes = {doc_id: _file_sha1(path) for doc_id, path in inputs}
        for records_path, entries in ((output, _read_manifest(manifest_path)),
                                      (partial, _read_manifest(partial_manifest))):
            if not records_path.exists():
                continue
            for doc_id, entry in entries.items():
                if entry.get("sha1") == hashes.get(doc_id) and entry.get("fingerprint") == fingerprint:
                    reuse[doc_id] = (entry["sha1"], records_path)
        if any(p == partial for _, p in reuse.values()):
            # the killed run's partial file is about to be rewritten: read it from a copy
            resume_copy = partial.with_name(partial.name + ".resume")
            os.replace(partial, resume_copy)
            reuse = {d: (s, resume_copy if p == partial else p) for d, (s, p) in reuse.items()}
        for _, records_path in set(reuse.values()):
            sources[records_path] = _SortedRecordFile(records_path)

    todo = [(doc_id, str(path)) for doc_id, path in inputs if doc_id not in reuse]
    pool = None
    if jobs > 1 and todo:
        context = multiprocessing.get_context("spawn")
        pool = context.Pool(jobs, initializer=_init_worker, initargs=(config, str(base), max_chars))
        results: Iterator[Extracted] = pool.imap(_work, todo, chunksize=2)
    else:
        assert extractor is not None
        results = (extract_one(extractor, d, Path(p), base, max_chars) for d, p in todo)

    iterator: Iterable = progress(inputs) if progress else inputs
    try:
        with partial.open("w", encoding="utf-8", newline="\n") as out, \
                partial_manifest.open("w", encoding="utf-8", newline="\n") as manifest:
            for doc_id, path in iterator:
                if doc_id in reuse:
                    sha1, source_path = reuse[doc_id]
                    lines = sources[source_path].take(doc_id)
                    item = Extracted(doc_id, str(path), sha1, lines,
                                     [json.loads(line)["record_type"] for line in lines], [], 0)
                    summary.reused += 1
                else:
                    item = next(results)
                if not summary.add(item):
                    continue
                out.writelines(item.lines)
                out.flush()
                manifest.write(dumps({"doc_id": doc_id, "sha1": item.sha1, "fingerprint": fingerprint,
                                      "records": len(item.lines)}) + "\n")
                manifest.flush()
            out.flush()
            os.fsync(out.fileno())
    finally:
        if pool is not None:
            pool.terminate()
        for source in sources.values():
            source.close()
        if resume_copy is not None:
            resume_copy.unlink(missing_ok=True)
    publish(partial, output)
    os.replace(partial_manifest, manifest_path)
    summary.seconds = time.perf_counter() - started
    return summary
