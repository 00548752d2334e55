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
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .ingest import bytes_needed, source_from_bytes
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
    location = str(location)
    sha1 = None
    try:
        with open_input(location) as handle:
            data, sha1 = read_prefix(handle, bytes_needed(max_chars))
        source = source_from_bytes(data, doc_id, max_chars, location)
        records, notes = extractor.extract_with_warnings(source.text, doc_id, source.warnings)
    except Exception as exc:  # one bad file never stops the batch
        return Extracted(doc_id, location, sha1, [], [], [], 0, (str(exc) or type(exc).__name__, type(exc).__name__))
    return Extracted(doc_id, location, sha1, [dumps(r) + "\n" for r in records], [r["record_type"] for r in records],
                     notes, len(source.text.split()))
