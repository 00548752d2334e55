"""Batch runs: a folder of articles -> one JSON Lines file, with per-file outcomes.

Documents are read, extracted and written one by one (records never accumulate), in
``doc_id`` order so that two runs give byte-identical files. A file that cannot be read or
extracted is reported with its path, reason and exception type, and the batch goes on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extractor import Extractor
from .ingest import DEFAULT_EXCLUDE, DEFAULT_MAX_CHARS, doc_id_for, iter_input_files, read_source
from .output import atomic_jsonl


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
    records: Counter = field(default_factory=Counter)
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    words: int = 0

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def warned(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "warning"]


def collect_inputs(root: Path, exclude: tuple[str, ...] = DEFAULT_EXCLUDE) -> list[tuple[str, Path]]:
    """``(doc_id, path)`` of every input file, sorted by ``doc_id``."""
    base = root if root.is_dir() else root.parent
    return sorted(((doc_id_for(p, base), p) for p in iter_input_files(root, exclude)), key=lambda x: x[0])


def run(
    root: Path,
    output: Path,
    extractor: Extractor,
    *,
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE,
    progress: Callable[[Iterable], Iterable] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> RunSummary:
    """Extract every article under ``root`` into ``output`` (JSON Lines)."""
    summary = RunSummary()
    started = time.perf_counter()
    inputs = collect_inputs(root, exclude)
    base = root if root.is_dir() else root.parent
    iterator: Iterable = progress(inputs) if progress else inputs
    with atomic_jsonl(output) as writer:
        for doc_id, path in iterator:
            try:
                source = read_source(path, base, max_chars)
                records, notes = extractor.extract_with_warnings(source.text, source.doc_id, source.warnings)
            except Exception as exc:  # one bad file never stops the batch
                summary.outcomes.append(Outcome(str(path), doc_id, "failed", str(exc) or type(exc).__name__,
                                                type(exc).__name__))
                continue
            writer.write_all(records)
            summary.documents += 1
            summary.words += len(source.text.split())
            summary.records.update(r["record_type"] for r in records)
            status = "warning" if notes else "extracted"
            summary.outcomes.append(Outcome(str(path), doc_id, status, "; ".join(notes) or None))
    summary.seconds = time.perf_counter() - started
    return summary
