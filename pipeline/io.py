"""Reading JSON Lines, once for every reader, and the error type that points at a bad line.

Every file the pipeline reads back (records, gold, manifests, canonical records) is JSON Lines.
They are all read through :func:`read_jsonl`, built on the ``jsonlines`` library, which hands out
each line with its number and byte offset, so a caller can report ``FILE:LINE: reason``, seek
back to a line, or digest its bytes. What a caller then requires of a line (a schema, an id) is
the caller's own; what cannot be parsed is said the same way everywhere (:attr:`JsonLine.reason`).
This module imports nothing from the pipeline: any step may use it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import jsonlines

__all__ = ["JsonLine", "RecordFileError", "parse_json", "read_jsonl"]

# byte-order marks of the wide encodings (UTF-32 first: its little-endian mark begins with UTF-16's)
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
              (b"\xfe\xff", "utf-16"))


class RecordFileError(ValueError):
    """A line of a JSON Lines file that cannot be used; the message points at it as ``FILE:LINE: reason``.

    ``path`` is the file as the user named it, ``line_number`` counts from 1, ``reason`` says why
    in words (``not JSON (...)``, ``schema: ...``, ``duplicate id ...``).
    """

    def __init__(self, path: str | Path, line_number: int, reason: str) -> None:
        super().__init__(f"{path}:{line_number}: {reason}")
        self.path = str(path)
        self.line_number = line_number
        self.reason = reason


@dataclass(frozen=True)
class JsonLine:
    """One line of a JSON Lines file: where it is, its bytes, and its value or why it has none.

    ``number`` counts lines from 1 (blank lines included); ``offset`` is the byte offset of the
    line's first byte; ``raw`` is the line's bytes as stored, newline included. Exactly one of
    ``value`` (the parsed JSON value, which may be any JSON type, ``null`` included) and ``error``
    (the ``UnicodeDecodeError`` or ``json.JSONDecodeError`` met) is meaningful: see :attr:`ok`.
    """

    number: int
    offset: int
    raw: bytes
    value: Any = None
    error: ValueError | None = None

    @property
    def ok(self) -> bool:
        """True when the line was parsed (``value`` holds it)."""
        return self.error is None

    @property
    def reason(self) -> str | None:
        """Why the line could not be parsed, in the project's words, or None when it was."""
        if self.error is None:
            return None
        if isinstance(self.error, UnicodeDecodeError):
            if self.error.encoding != "utf-8":  # a byte-order mark: the whole file is in another encoding
                return (f"the file is {self.error.encoding.upper()} (byte-order mark at its start), not UTF-8: "
                        "save it as UTF-8 (the rest of the file is not read)")
            where = self.error.start - (len(self.error.object) - len(self.raw)) if self.raw else self.error.start
            byte = self.error.object[self.error.start:self.error.start + 1]
            shown = (f"byte 0x{byte[0]:02X} at byte {max(where, 0) + 1} of the line" if byte
                     else f"cut short at byte {max(where, 0) + 1} of the line")
            return f"not UTF-8 ({shown}; latin-1 or cp1252? save the file as UTF-8)"
        if isinstance(self.error, json.JSONDecodeError):
            # the decoder counts lines inside the text it got, the line's newline included: an error just past
            # the end reads "line 2 column 1"; say the column on this line, and that the line ends there
            text = self.error.doc.rstrip("\r\n") if isinstance(self.error.doc, str) else ""
            if self.error.pos >= len(text.rstrip()):
                return f"not JSON ({self.error.msg}, column {len(text) + 1}: the line ends there; cut short?)"
            return f"not JSON ({self.error.msg}, column {self.error.pos + 1})"
        return f"not JSON ({self.error})"


def _cause(err: jsonlines.InvalidLineError) -> ValueError:
    """The decoding error ``jsonlines`` wraps (it chains the original one), or the wrapper itself."""
    cause = err.__cause__
    return cause if isinstance(cause, ValueError) else err


def read_jsonl(source: str | Path | IO[bytes] | Iterable[bytes], *, skip_blank: bool = True) -> Iterator[JsonLine]:
    """Every line of a JSON Lines file, parsed, in file order; a bad line is yielded with its error, never raised.

    ``source`` is a path, or a file opened in binary mode (left open: a caller may seek back to a
    line by its ``offset``), or any iterable of byte lines. Blank lines (whitespace only) are
    skipped unless ``skip_blank`` is False, in which case they come back as errors (they are not JSON).
    A leading UTF-8 byte-order mark is ignored, as ``jsonlines`` does; a file that starts with a UTF-16 or
    UTF-32 one gives a single error (its line 1) and nothing more. ``OSError`` from opening or
    reading propagates.
    """
    if isinstance(source, (str, Path)):
        with open(source, "rb") as handle:
            yield from read_jsonl(handle, skip_blank=skip_blank)
        return
    source = iter(source)
    first = next(source, None)
    if first is None:
        return
    bom = next((name for mark, name in _WIDE_BOMS if first.startswith(mark)), None)
    if bom is not None:  # every "line" of a UTF-16/32 file is noise to a UTF-8 reader: one error, not one per line
        yield JsonLine(1, 0, first, error=UnicodeDecodeError(bom, first, 0, 2, "byte-order mark"))
        return
    source = itertools.chain([first], source)
    current: list[tuple[int, int, bytes]] = []  # the line the reader is on: (number, offset, raw)

    def lines() -> Iterator[bytes]:
        offset = 0
        for number, raw in enumerate(source, start=1):
            here, offset = offset, offset + len(raw)
            if skip_blank and not raw.strip():
                continue
            current[:] = [(number, here, raw)]
            yield raw

    reader = jsonlines.Reader(lines())
    while True:
        try:
            value = reader.read(allow_none=True)
        except EOFError:
            return
        except jsonlines.InvalidLineError as err:
            yield JsonLine(*current[0], error=_cause(err))
            continue
        yield JsonLine(*current[0], value=value)


def parse_json(raw: bytes | str) -> Any:
    """The JSON value of one line (bytes or text) read back by offset; ``ValueError`` when it is not JSON.

    For a line already checked by :func:`read_jsonl` (a second pass over the same file). Raises
    ``UnicodeDecodeError`` or ``json.JSONDecodeError`` (both ``ValueError``) as ``json.loads`` would.
    """
    line = next(read_jsonl([raw if isinstance(raw, bytes) else raw.encode("utf-8")], skip_blank=False))
    if line.error is not None:
        raise line.error
    return line.value


def cache_dir() -> Path:
    """The machine's spacerec cache folder (compiled regular expressions, KB files already checked).

    ``$SPACEREC_CACHE_DIR``, else ``$XDG_CACHE_HOME/spacerec``, else ``~/.cache/spacerec``; it may not exist
    yet, and an unusable one only means computing again.
    """
    configured = os.environ.get("SPACEREC_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "spacerec"


def checked_marker(data: bytes, schema: bytes) -> Path:
    """The cache file that says ``data`` passed its check against ``schema`` (with this jsonschema) on this machine.

    A data file shipped with the code (KB files, rule files) is checked against its JSON Schema when it is read; the
    check of bytes already checked is skipped when the marker exists (the start-up of a run). The marker's name
    is a digest of the data, the schema and the jsonschema version, so any change checks again.
    """
    digest = hashlib.sha1(data)
    digest.update(b"|" + schema + f"|{_jsonschema_version()}".encode())
    return cache_dir() / "kb-checked" / digest.hexdigest()


def remember_checked(marker: Path | None) -> None:
    """Create ``marker`` (:func:`checked_marker`) once its data passed the check (failing only means checking again)."""
    if marker is None:
        return
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        pass


@lru_cache(maxsize=1)
def _jsonschema_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jsonschema")
    except PackageNotFoundError:  # pragma: no cover - a vendored copy
        return "unknown"
