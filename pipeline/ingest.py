"""Files to decoded text: which files an input folder holds, their ``doc_id`` and their text.

Offsets in every record refer to the text returned here, untouched (newlines included), so
decoding happens once, in one place.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

INPUT_SUFFIXES: tuple[str, ...] = (".txt", ".md")
# News articles are a few thousand characters; a file beyond this is a dump, cut with a warning so that
# memory stays bounded whatever the input (``spacerec run --max-chars``).
DEFAULT_MAX_CHARS = 200_000
# Files that document a corpus rather than belong to it.
DEFAULT_EXCLUDE: tuple[str, ...] = ("README.md", "GUIDELINES.md", "CHANGELOG.md", "LICENSE*", "CONTRIBUTING.md",
                                    "SOURCES.md", "gold*")


class BinaryFileError(ValueError):
    """The file is not text (NUL bytes outside a UTF-16 file)."""


@dataclass
class SourceText:
    """One decoded article with what the decoder had to guess."""

    doc_id: str
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    path: str | None = None


def doc_id_for(path: Path, root: Path) -> str:
    """The contract's ``doc_id``: path relative to the input folder, ``/``-separated, no extension."""
    rel = path.relative_to(root)
    return rel.with_suffix("").as_posix()


def iter_input_files(root: Path, exclude: tuple[str, ...] = DEFAULT_EXCLUDE) -> Iterator[Path]:
    """Every ``.txt``/``.md`` file under ``root`` (recursively), in a stable sorted order.

    Hidden files and folders (``.git``, ``.ipynb_checkpoints``) are skipped. A single file
    given as ``root`` is yielded as it is.
    """
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(INPUT_SUFFIXES):
                continue
            if any(fnmatch.fnmatch(name, pattern) for pattern in exclude):
                continue
            path = Path(dirpath) / name
            try:
                if not stat.S_ISREG(path.stat().st_mode):
                    continue  # a named pipe or device would block the batch
            except OSError:
                pass  # a dangling link: reading it fails later, with an outcome
            yield path


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning.

    Returns ``(text, encoding, warnings)``. Raises :class:`BinaryFileError` for binary data.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig", []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", []
    if b"\x00" in data[:8192]:
        raise BinaryFileError("binary content (NUL bytes): not a text file")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "latin-1"
    return text, encoding, [f"not valid UTF-8 (first bad byte at {first_bad}); decoded as {encoding}"]


def read_source(path: Path, root: Path | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> SourceText:
    """Read and decode one article file, reading at most what ``max_chars`` characters can take."""
    root = root if root is not None else path.parent
    with path.open("rb") as handle:
        data = handle.read(max_chars * 4 + 5)
    doc_id = doc_id_for(path, root) if root != path else path.stem
    return source_from_bytes(data, doc_id, max_chars, str(path))


def source_from_bytes(data: bytes, doc_id: str, max_chars: int = DEFAULT_MAX_CHARS,
                      path: str | None = None) -> SourceText:
    """Decode the first bytes of a file (at most ``max_chars * 4 + 5`` are needed) into a SourceText."""
    limit = max_chars * 4 + 4  # a UTF-8 character is at most 4 bytes
    cut = len(data) > limit
    if cut:
        data = data[:limit]
        data = _drop_partial_utf16(data) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _drop_partial_utf8(data)
    text, encoding, warnings = decode(data)
    if len(text) > max_chars or cut:
        cut_at = text.rfind(" ", 0, max_chars)
        text = text[: cut_at if cut_at > max_chars // 2 else max_chars]
        warnings.append(f"text truncated at {len(text):,} characters (limit --max-chars {max_chars:,})")
    if not text.strip():
        warnings.append("empty file: no text to extract")
    return SourceText(doc_id=doc_id, text=text, encoding=encoding, warnings=warnings, path=path)


def _drop_partial_utf16(data: bytes) -> bytes:
    """A byte-limited read of UTF-16 may end inside a code unit or between a surrogate pair."""
    data = data[: len(data) - len(data) % 2]
    if len(data) >= 4:
        big_endian = data.startswith(b"\xfe\xff")
        last = int.from_bytes(data[-2:], "big" if big_endian else "little")
        if 0xD800 <= last <= 0xDBFF:  # a high surrogate whose pair was cut
            data = data[:-2]
    return data


def _drop_partial_utf8(data: bytes) -> bytes:
    """A byte-limited read may end inside a UTF-8 character: drop that incomplete tail."""
    for back in range(1, 4):
        if len(data) >= back and data[-back] & 0xC0 == 0xC0:  # a lead byte whose continuation was cut
            needed = 2 if data[-back] < 0xE0 else 3 if data[-back] < 0xF0 else 4
            return data[:-back] if needed > back else data
        if len(data) >= back and data[-back] & 0xC0 != 0x80:
            return data
    return data
