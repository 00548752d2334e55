"""Resuming a run: what a record depends on (the pipeline fingerprint) and which earlier records check out.

A run writes a manifest beside its output (``OUTPUT.manifest.jsonl``): per document, the input
file's SHA-1, the pipeline fingerprint, the number of record lines and their digest. A resumed
run reuses a document's lines from the previous output, or from the partial files a killed run
left behind, only when all of these still match (:func:`find_reusable`); anything else is
extracted again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .extraction import Extracted, file_sha1
from .ingest import DEFAULT_MAX_CHARS
from .io import parse_json, read_jsonl
from .nlp import BLANK


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


def lines_sha1(lines: Iterable[str]) -> str:
    """Digest of a document's record lines, kept in the manifest to check them when they are reused."""
    digest = hashlib.sha1()
    for line in lines:
        digest.update(line.encode("utf-8"))
    return digest.hexdigest()


class RecordIndex:
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
        """The record lines of ``doc_id`` (a key of :attr:`places`), read back from the file."""
        offset, count, _ = self.places[doc_id]
        self._handle.seek(offset)
        return [self._handle.readline().decode("utf-8") for _ in range(count)]

    def close(self) -> None:
        """Close the records file."""
        self._handle.close()


def read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """``doc_id -> manifest entry`` of a manifest file (empty when it does not exist; cut lines skipped)."""
    entries: dict[str, dict[str, Any]] = {}
    if not path.exists():
        return entries
    for line in read_jsonl(path, skip_blank=False):
        row = line.value
        if isinstance(row, dict) and isinstance(row.get("doc_id"), str):
            entries[row["doc_id"]] = row
        # else: a manifest line cut by a killed run, skipped
    return entries


def work_paths(output: Path) -> tuple[Path, Path, Path]:
    """``(partial records, manifest, partial manifest)`` beside ``output``."""
    return (output.with_name(output.name + ".partial"), output.with_name(output.name + ".manifest.jsonl"),
            output.with_name(output.name + ".manifest.jsonl.partial"))


@dataclass
class Reuse:
    """What a resumed run takes from earlier files: ``doc_id -> (manifest entry, records file)`` and their indexes."""

    documents: dict[str, tuple[dict[str, Any], Path]] = field(default_factory=dict)
    sources: dict[Path, RecordIndex] = field(default_factory=dict)
    resume_copy: Path | None = None

    def item(self, doc_id: str, path: Path) -> Extracted:
        """The reused document as an extraction result (its lines read back from the earlier file)."""
        entry, source_path = self.documents[doc_id]
        lines = self.sources[source_path].take(doc_id)
        return Extracted(doc_id, str(path), entry["sha1"], lines, [parse_json(line)["record_type"] for line in lines],
                         list(entry.get("notes") or []), int(entry.get("words") or 0))

    def keep_unwritten(self, partial: Path, partial_manifest: Path, written: set[str]) -> None:
        """After a run stopped before its end: give back the killed run's documents it had not written again.

        A resumed run reads a killed run's partial file from a copy (:attr:`resume_copy`) and writes new
        partial files; when it is stopped in turn (Ctrl-C while ``-j 2`` loads the models, or while it
        extracts a new file that sorts first), the copied documents it had not reached yet are appended to
        its partial files with their manifest entries, so that the next ``--resume`` still reuses them.
        Best effort: a disk that is full only loses what it cannot take.
        """
        if self.resume_copy is None:
            return
        kept = sorted(doc_id for doc_id, (_, source) in self.documents.items()
                      if source == self.resume_copy and doc_id not in written)
        if not kept:
            return
        try:
            with partial.open("a", encoding="utf-8", newline="\n") as out, \
                    partial_manifest.open("a", encoding="utf-8", newline="\n") as manifest:
                for doc_id in kept:
                    out.writelines(self.sources[self.resume_copy].take(doc_id))
                    out.flush()
                    manifest.write(json.dumps(self.documents[doc_id][0], ensure_ascii=False) + "\n")
        except OSError:
            pass

    def close(self) -> None:
        """Close the earlier files and drop the copy of a killed run's partial file."""
        for source in self.sources.values():
            source.close()
        if self.resume_copy is not None:
            self.resume_copy.unlink(missing_ok=True)


def find_reusable(inputs: list[tuple[str, Path]], output: Path, fingerprint: str) -> Reuse:
    """What can be reused: the last complete output, then what a killed run left; each checked."""
    partial, manifest_path, partial_manifest = work_paths(output)
    reuse = Reuse()
    hashes = {doc_id: file_sha1(path) for doc_id, path in inputs}
    if partial.exists() and partial_manifest.exists():
        # the killed run's partial file is about to be rewritten: read it from a copy
        reuse.resume_copy = partial.with_name(partial.name + ".resume")
        os.replace(partial, reuse.resume_copy)
    try:
        for records_path, entries in ((output, read_manifest(manifest_path)),
                                      (reuse.resume_copy, read_manifest(partial_manifest))):
            if records_path is None or not records_path.exists():
                continue
            index = reuse.sources[records_path] = RecordIndex(records_path)
            for doc_id, entry in entries.items():
                if (entry.get("sha1") == hashes.get(doc_id) and entry.get("fingerprint") == fingerprint
                        and index.verified(doc_id, entry)):
                    reuse.documents[doc_id] = (entry, records_path)
    except BaseException:
        for source in reuse.sources.values():
            source.close()
        if reuse.resume_copy is not None and not partial.exists():  # stopped while reading it: put it back
            os.replace(reuse.resume_copy, partial)
        raise
    return reuse
