"""One document in, serialised record lines out: the extraction path every executor shares.

The local run (in-process or a pool of worker processes, :mod:`spacerec.run`) and the Dask engine
(:mod:`spacerec.engines.dask_engine`) both call :func:`extract_document`: the same read (a bounded
prefix, :func:`spacerec.ingest.bytes_needed`), the same content hash (SHA-1 of the *whole* file,
as resuming compares it), the same decoding and the same record lines. An executor only decides
where this runs and in which order results are written.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .ingest import SourceText, bytes_needed, source_from_bytes
from .output import dumps

if TYPE_CHECKING:
    from .extractor import Extractor

_CHUNK = 1 << 20  # bytes hashed at a time: a huge file never sits in memory


@dataclass
class Extracted:
    """What one document gives back from a worker: serialised lines, never spaCy objects.

    ``lines`` are the document's records as JSON Lines (newline included) in output order, with
    their ``record_types``; ``sha1`` is the hex SHA-1 of the whole input file (None when it could not
    be read); ``notes`` are the document's warnings; ``words`` counts whitespace-separated words of
    the text read; ``error`` is ``(reason, exception type name)`` when extraction failed.
    """

    doc_id: str
    path: str
    sha1: str | None
    lines: list[str]
    record_types: list[str]
    notes: list[str]
    words: int
    error: tuple[str, str] | None = None  # (reason, exception type)


def open_input(location: str) -> IO[bytes]:
    """An input file opened for reading bytes: a local path directly, a URL (``s3://``, ``memory://``) through fsspec.

    Raises ``OSError`` (``FileNotFoundError``, ``PermissionError``...) as opening the file does.
    """
    if "://" in location:
        import fsspec

        return fsspec.open(location, "rb").open()
    try:
        return open(location, "rb")
    except FileNotFoundError:
        if not os.path.islink(location):
            raise
        # "No such file" about a name that is listed reads as a vanished file: say it is a link whose target is gone
        raise FileNotFoundError(errno.ENOENT, f"dangling symbolic link: its target {os.readlink(location)} does "
                                              "not exist") from None


def read_prefix(handle: IO[bytes], size: int) -> tuple[bytes, str]:
    """``(first size bytes, hex SHA-1 of the whole stream)``: what is extracted is bounded, what is hashed is not."""
    data = handle.read(size)
    digest = hashlib.sha1(data)
    for chunk in iter(lambda: handle.read(_CHUNK), b""):
        digest.update(chunk)
    return data, digest.hexdigest()


def file_sha1(path: str | Path) -> str | None:
    """Hex SHA-1 of a file's content (what resuming compares), or None when it cannot be read."""
    try:
        with open_input(str(path)) as handle:
            return read_prefix(handle, 0)[1]
    except OSError:
        return None


def extract_document(extractor: Extractor, doc_id: str, location: str | Path, max_chars: int) -> Extracted:
    """Read, hash, decode and extract one input file; any failure becomes ``Extracted.error``, never an exception.

    ``location`` is a local path or an fsspec URL; at most ``max_chars`` characters are extracted
    (a longer text is cut, with a warning among the notes).
    """
    return extract_documents(extractor, [(doc_id, location)], max_chars)[0]


def extract_documents(extractor: Extractor, items: Sequence[tuple[str, str | Path]], max_chars: int) -> list[Extracted]:
    """:func:`extract_document` of several ``(doc_id, location)``, in their order, the model batched over them.

    Each file is read and decoded alone (a file that cannot be read fails alone); the texts go to
    :meth:`Extractor.extract_many` together, whose statistical batches span the documents. Any failure is that
    document's ``Extracted.error``, never an exception.
    """
    read: list[tuple[str, str, str | None, SourceText | None, tuple[str, str] | None]] = []
    for doc_id, location in items:
        location, sha1 = str(location), None
        try:
            with open_input(location) as handle:
                data, sha1 = read_prefix(handle, bytes_needed(max_chars))
                size = handle.tell()  # read_prefix read the whole stream to hash it
            read.append((doc_id, location, sha1, source_from_bytes(data, doc_id, max_chars, location, size), None))
        except Exception as exc:  # one bad file never stops the batch
            read.append((doc_id, location, sha1, None, _error(exc)))
    sources = [source for *_, source, _ in read if source is not None]
    results = iter(extractor.extract_many([(s.text, s.doc_id, s.warnings) for s in sources]) if sources else ())
    extracted = []
    for doc_id, location, sha1, source, error in read:
        result = next(results) if source is not None else None
        if isinstance(result, Exception):
            error = _error(result)
        if source is None or not isinstance(result, tuple):
            extracted.append(Extracted(doc_id, location, sha1, [], [], [], 0, error))
            continue
        records, notes = result
        extracted.append(Extracted(doc_id, location, sha1, [dumps(r) + "\n" for r in records],
                                   [r["record_type"] for r in records], notes, len(source.text.split())))
    return extracted


def _error(exc: Exception) -> tuple[str, str]:
    """``Extracted.error`` of an exception: (its message, or its type's name when it has none; its type's name)."""
    return str(exc) or type(exc).__name__, type(exc).__name__
