"""Files to decoded text: which files an input folder holds, their ``doc_id`` and their text.

Offsets in every record refer to the text returned here, untouched (newlines included), so
decoding happens once, in one place.
"""

from __future__ import annotations

import bisect
import codecs
import fnmatch
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

INPUT_SUFFIXES: tuple[str, ...] = (".txt", ".md")
# News articles are a few thousand characters; a file beyond this is a dump, cut with a warning so that
# memory stays bounded whatever the input (``spacerec run --max-chars``).
DEFAULT_MAX_CHARS = 200_000
# Files that document a corpus rather than belong to it. Gold notes are "gold" and a separator ("gold.txt",
# "gold-notes.md"), not every name that starts with the word: "goldstone-antenna.txt" is an article.
DEFAULT_EXCLUDE: tuple[str, ...] = ("README.md", "GUIDELINES.md", "CHANGELOG.md", "LICENSE*", "CONTRIBUTING.md",
                                    "SOURCES.md", "gold.*", "gold-*", "gold_*")


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
    """Every ``.txt``/``.md`` file under ``root`` (recursively) that can be read, in a stable sorted order.

    Hidden files and folders (``.git``, ``.ipynb_checkpoints``) are skipped. A single file
    given as ``root`` is yielded as it is. Files :func:`scan_inputs` skips with a reason are left out.
    """
    for path, reason in scan_inputs(root, exclude):
        if reason is None:
            yield path


def scan_inputs(root: Path, exclude: tuple[str, ...] = DEFAULT_EXCLUDE, *,
                follow_links: bool = False) -> Iterator[tuple[Path, str | None]]:
    """Every candidate article under ``root`` with ``None``, or with why it is skipped.

    Skipped, with a reason (so that every path gets an outcome): named pipes, devices and sockets
    (reading them would block or never end), a file name that is not valid UTF-8 (its ``doc_id``
    could not be written), and symbolic links to a file or folder outside ``root`` unless
    ``follow_links``. Links inside ``root`` are read; a dangling link is yielded (reading it fails
    later with an outcome). Hidden files and names matching ``exclude`` are left out silently.
    """
    if root.is_file():
        yield root, None
        return
    real_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=follow_links):
        here = Path(dirpath).resolve()
        kept = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            folder = Path(dirpath) / name
            if folder.is_symlink() and not follow_links and _outside(folder, real_root):
                yield folder, "symbolic link to a folder outside the input folder: not followed (see --follow-links)"
                continue
            if folder.is_symlink() and follow_links:
                reason = _folder_link_reason(folder, here, real_root)
                if reason:
                    yield folder, reason
                if reason is not None:
                    continue
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(INPUT_SUFFIXES):
                continue
            if any(fnmatch.fnmatch(name, pattern) for pattern in exclude):
                continue
            path = Path(dirpath) / name
            yield path, _skip_reason(path, root, real_root, follow_links)


def _folder_link_reason(link: Path, here: Path, real_root: Path) -> str | None:
    """Under ``--follow-links``: None to walk a linked folder, "" to leave it silently, or why it is not walked.

    A link to a folder that holds it (``loop -> ..``) would be walked again and again, each article read
    under ever longer ``doc_id``s until the system's link limit: it is named and not followed. A link to
    a folder inside the input folder is left to the walk of that folder itself (read once, as without
    ``--follow-links``, where no linked folder is walked).
    """
    try:
        real = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return "symbolic link to a folder that cannot be resolved (dangling, or a loop of links): not followed"
    if here.is_relative_to(real):
        return f"symbolic link to {real}, a folder that contains it (a loop): not followed"
    if real.is_relative_to(real_root):
        return ""
    return None


def _outside(path: Path, real_root: Path) -> bool:
    """True when ``path`` (a link) resolves to somewhere outside ``real_root``."""
    try:
        return not path.resolve().is_relative_to(real_root)
    except (OSError, RuntimeError):  # a link loop
        return True


def _skip_reason(path: Path, root: Path, real_root: Path, follow_links: bool) -> str | None:
    """Why ``path`` is not read, or None when it is an article to read."""
    try:
        str(path.relative_to(root)).encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8: no doc_id can be written for it (rename the file)"
    if path.is_symlink() and not follow_links and path.exists() and _outside(path, real_root):
        return "symbolic link to a file outside the input folder: not followed (see --follow-links)"
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # a dangling link or a vanished file: reading it fails later, with an outcome
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO), not a regular file: skipped (reading it could block the run)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device, not a regular file: skipped"
    if not stat.S_ISREG(mode):
        return "not a regular file (socket or other special file): skipped"
    return None


def printable_path(path: str | Path) -> str:
    r"""A path as text that can always be written as UTF-8: undecodable bytes of its name shown as ``\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_BOMS: tuple[tuple[bytes, str, str], ...] = (  # longest first: a UTF-32-LE BOM starts like a UTF-16-LE one
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)


def sniff(data: bytes) -> tuple[str | None, int, str]:
    """``(codec, BOM length, label)`` of article bytes; codec None means "UTF-8, else a legacy 8-bit code".

    A byte-order mark decides. Without one, NUL bytes in a regular pattern betray UTF-32 (two NULs
    in every four bytes at the same places) or UTF-16 (a NUL in most code units, always on the same
    side), which is how text in Latin scripts looks in those encodings; other NULs mean binary data.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return codec, len(bom), label
    if b"\x00" not in data:
        return None, 0, "utf-8"
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 4]
    if len(sample) >= 8:
        def nul_share(position: int, step: int) -> float:
            units = sample[position::step]
            return units.count(0) / len(units)

        if nul_share(2, 4) > 0.95 and nul_share(3, 4) > 0.95 and nul_share(0, 4) < 0.5:
            return "utf-32-le", 0, "utf-32-le"
        if nul_share(0, 4) > 0.95 and nul_share(1, 4) > 0.95 and nul_share(3, 4) < 0.5:
            return "utf-32-be", 0, "utf-32-be"
        if nul_share(1, 2) > 0.3 and nul_share(0, 2) < 0.02:
            return "utf-16-le", 0, "utf-16-le"
        if nul_share(0, 2) > 0.3 and nul_share(1, 2) < 0.02:
            return "utf-16-be", 0, "utf-16-be"
    return None, 0, "binary"


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 or UTF-32 (BOM, or detected), else cp1252.

    A file that is not valid UTF-8 but holds UTF-8 characters (two or more, or as many as its stray bytes: UTF-8
    with cp1252 bytes pasted in) is decoded as UTF-8 with only the stray bytes read as cp1252.

    Returns ``(text, encoding, warnings)``; a guess (no BOM, legacy code page) adds a warning. Raises
    :class:`BinaryFileError` for binary data: NUL bytes anywhere in ``data`` outside a UTF-16/32 text,
    or NUL characters in the decoded text.
    """
    codec, skip, label = sniff(data)
    if codec is not None:
        try:
            text = data[skip:].decode(codec)
        except UnicodeDecodeError as exc:
            raise BinaryFileError(f"not valid {codec.upper()} (byte {exc.start + skip}): not a text file") from None
        if "\x00" in text:
            raise BinaryFileError(f"NUL characters in the {codec.upper()} text: not a text file")
        warnings = [] if skip else [f"no byte-order mark; decoded as {codec.upper()} (detected from its NUL bytes)"]
        return text, label, warnings
    if b"\x00" in data:
        kind = binary_kind(data)
        raise BinaryFileError(f"binary content (NUL byte at {data.index(0)}): not a text file"
                              + (f"; it is {kind}: convert it to text first" if kind else ""))
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    utf8_characters = len(_UTF8_SEQUENCE.findall(data))
    bad_bytes = len(data.translate(None, _ASCII)) - sum(map(len, _UTF8_SEQUENCE.findall(data)))
    # UTF-8 text with bytes of a legacy code page pasted in. Two UTF-8 characters are enough: in text written in
    # cp1252 they are pairs such as "Ã©" (an accented capital then a symbol), next to never seen by chance.
    if utf8_characters >= min(bad_bytes, 2):
        text = data.decode("utf-8", _LEGACY_BYTES)
        return text, "utf-8", [f"not valid UTF-8 (first bad byte at {first_bad}); decoded as UTF-8, its "
                               f"{bad_bytes:,} byte(s) that are not UTF-8 as cp1252"]
    try:
        text = data.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "latin-1"
    return text, encoding, [f"not valid UTF-8 (first bad byte at {first_bad}); decoded as {encoding}"]


# A file that is mostly UTF-8 with a few cp1252 bytes in it (a quote or an accented word pasted from another
# page) is read as UTF-8 with only those bytes read as cp1252: decoding it all as cp1252 would turn every
# accented letter of the UTF-8 part into two ("signé" -> "signÃ©"), and the rules would miss those words.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_ASCII = bytes(range(128))
_LEGACY_CHARACTERS = [bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in range(256)]
_LEGACY_BYTES = "spacerec-legacy-bytes"


def _legacy_bytes(error: UnicodeError) -> tuple[str, int]:
    """``codecs`` error handler: the bytes UTF-8 could not decode, each read as cp1252 (latin-1 where undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "".join(_LEGACY_CHARACTERS[byte] for byte in error.object[error.start:error.end]), error.end


codecs.register_error(_LEGACY_BYTES, _legacy_bytes)

# What a binary file given as an article usually is, by its first bytes: said in the failure reason, so
# that a PDF or a word-processor file saved with a .txt name is recognised for what it is.
_BINARY_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (also what .docx, .odt and .epub files are)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
)


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file ``data`` starts like (PDF, ZIP/.docx, image...), or None."""
    head = data[:1024].lstrip()
    return next((kind for magic, kind in _BINARY_KINDS if head.startswith(magic)), None)


def bytes_needed(max_chars: int) -> int:
    """How many bytes of a file to read for ``max_chars`` characters: 4 per character (UTF-8's most), plus 5.

    The extra bytes tell a file that is longer than the limit from one that just fits
    (:func:`source_from_bytes` then cuts it with a warning).
    """
    return max_chars * 4 + 5


def read_source(path: Path, root: Path | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> SourceText:
    """Read and decode one article file, reading at most what ``max_chars`` characters can take."""
    root = root if root is not None else path.parent
    with path.open("rb") as handle:
        data = handle.read(bytes_needed(max_chars))
        size = os.fstat(handle.fileno()).st_size
    doc_id = doc_id_for(path, root) if root != path else path.stem
    return source_from_bytes(data, doc_id, max_chars, str(path), size)


# Tags that a saved web page is full of and an article's prose never holds (a "<" in prose is not one of them)
_HTML_TAG = re.compile(r"<(?:!doctype|/?(?:html|head|body|div|span|p|a|br|h[1-6]|ul|ol|li|table|tr|td|script|style|meta"
                       r"|link|img|figure|figcaption|article|section|nav|header|footer))\b[^<>]{0,500}>", re.IGNORECASE)
_HTML_SAMPLE = 20_000
_HTML_TAGS_ENOUGH = 5


def source_from_bytes(data: bytes, doc_id: str, max_chars: int = DEFAULT_MAX_CHARS,
                      path: str | None = None, size: int | None = None) -> SourceText:
    """Decode the first bytes of a file (at most ``max_chars * 4 + 5`` are needed) into a SourceText.

    ``size`` is the whole file's length in bytes when known: the truncation warning states it, so a user can
    tell a page with a long tail from a file that is not an article at all.
    """
    limit = max_chars * 4 + 4  # a UTF-8 character is at most 4 bytes
    cut = len(data) > limit
    if cut:
        data = data[:limit]
        codec, skip, _ = sniff(data)
        if codec is None or codec == "utf-8":
            data = _drop_partial_utf8(data)
        elif codec.startswith("utf-32"):
            data = data[: len(data) - (len(data) - skip) % 4]
        else:
            data = _drop_partial_utf16(data, skip, big_endian=codec.endswith("be"))
    text, encoding, warnings = decode(data)
    if len(text) > max_chars or cut:
        cut_at = text.rfind(" ", 0, max_chars)
        text = text[: cut_at if cut_at > max_chars // 2 else max_chars]
        whole = f"; the file has {size:,} bytes" if size is not None else ""
        warnings.append(f"text truncated at {len(text):,} characters (limit --max-chars {max_chars:,}{whole})")
    if not text.strip():
        warnings.append("empty file: no text to extract")
    tags = len(_HTML_TAG.findall(text, 0, _HTML_SAMPLE))
    if tags >= _HTML_TAGS_ENOUGH:
        warnings.append(f"the file looks like HTML ({tags} tags in its first {_HTML_SAMPLE:,} characters): tags and "
                        "entities are left out of what the rules read, but a saved page's menus and footers are read "
                        "as article text; convert pages to text first")
    return SourceText(doc_id=doc_id, text=text, encoding=encoding, warnings=warnings, path=path)


def _drop_partial_utf16(data: bytes, skip: int = 2, *, big_endian: bool = False) -> bytes:
    """A byte-limited read of UTF-16 may end inside a code unit or between a surrogate pair."""
    data = data[: len(data) - (len(data) - skip) % 2]
    if len(data) >= skip + 2:
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


# ---- NFC for matching, offsets into the original ----------------------------------------------
class Edit(NamedTuple):
    """Replace ``[start, end)`` of a text by ``text`` in the view the rules read; mapped back as a whole."""

    start: int
    end: int
    text: str


Editor = Callable[[str], Iterable[tuple[int, int, str]]]


class EditMap:
    """A text with some spans replaced (or taken out), and the map from the new text's offsets back to the old.

    Outside the edits an offset moves by what the edits before it added or took out; a span that starts or ends
    inside a replacement takes the whole replaced span; a span starting where something was taken out starts
    after it, and one ending there ends before it.
    """

    def __init__(self, source: str, edits: Iterable[tuple[int, int, str]]) -> None:
        kept = sorted({Edit(*e) for e in edits if e[0] < e[1] or e[2]})
        parts: list[str] = []
        self._out_starts: list[int] = []
        self._out_ends: list[int] = []
        self._in_starts: list[int] = []
        self._in_ends: list[int] = []
        self._shift: list[int] = []  # source minus view offset after each edit
        last = length = shift = 0
        for edit in kept:
            if edit.start < last:  # an edit overlapping the one before it is dropped: edits never nest
                continue
            parts.append(source[last : edit.start])
            length += edit.start - last
            self._out_starts.append(length)
            self._in_starts.append(edit.start)
            parts.append(edit.text)
            length += len(edit.text)
            self._out_ends.append(length)
            self._in_ends.append(edit.end)
            shift += (edit.end - edit.start) - len(edit.text)
            self._shift.append(shift)
            last = edit.end
        parts.append(source[last:])
        self.text = "".join(parts)

    def __bool__(self) -> bool:
        return bool(self._out_starts)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Offsets ``[start, end)`` of :attr:`text` -> offsets of the source text."""
        k = bisect.bisect_right(self._out_ends, start) - 1  # edits ending at or before ``start`` (deletions there too)
        if k + 1 < len(self._out_starts) and self._out_starts[k + 1] <= start < self._out_ends[k + 1]:
            source_start = self._in_starts[k + 1]
        else:
            source_start = start + (self._shift[k] if k >= 0 else 0)
        k = bisect.bisect_left(self._out_ends, end) - 1  # edits ending before ``end``
        if k + 1 < len(self._out_starts) and self._out_starts[k + 1] < end <= self._out_ends[k + 1]:
            source_end = self._in_ends[k + 1]
        else:
            source_end = end + (self._shift[k] if k >= 0 else 0)
        return source_start, max(source_start, source_end)  # an empty span at an edit stays empty


class NormalisedText:
    """The NFC form of a text for matching, with the map from its offsets back to the original text.

    French articles arrive in NFC or NFD ("é" as one character or as "e" + combining accent); the
    rules and the knowledge base match NFC. The text is cut into clusters (a starter and the
    combining marks that follow it), each normalised alone, so that every cluster boundary in the
    normalised text corresponds to one in the original: evidence found in the NFC text is mapped
    back with :meth:`to_original` and slices the original exactly. A text already in NFC (the usual
    case) is used as it is, at no cost.

    ``editors`` then change the NFC text in turn (markup taken out, a page break inside a sentence joined:
    each a function giving ``(start, end, replacement)`` spans of the text it reads), and ``known`` joins the
    words a line end broke; every step is an :class:`EditMap`, undone in reverse order by :meth:`to_original`.
    """

    def __init__(self, original: str, known: Callable[[str], bool] | None = None,
                 editors: Sequence[Editor] = ()) -> None:
        self.original = original
        self.changed = not unicodedata.is_normalized("NFC", original)
        self._norm_starts: list[int] = []
        self._orig_starts: list[int] = []
        self._layers: list[EditMap] = []
        if not self.changed:
            self.text = original
        else:
            self._normalise(original)
        for editor in editors:
            self._apply(list(editor(self.text)))
        if known is not None and _LINE_BREAK_HYPHEN.search(self.text):
            self._join_broken_words(known)

    def _apply(self, edits: list[tuple[int, int, str]]) -> None:
        if not edits:
            return
        layer = EditMap(self.text, edits)
        if layer:
            self._layers.append(layer)
            self.text = layer.text
            self.changed = True

    def _join_broken_words(self, known: Callable[[str], bool]) -> None:
        r"""Join the words a PDF dump broke at a line end ("Explora-\ntion", "Decem-\nber").

        The hyphen and the line break go when ``known`` knows the joined word (a KB name's word, a month, a word of
        the language); otherwise the hyphen is the word's own ("Soyuz-\nFG", "long-\nterm") and only the line break
        goes. Offsets map back over what was taken out: evidence spanning the join slices the original with its
        hyphen and line break.
        """
        text = self.text
        edits = []
        for found in _LINE_BREAK_HYPHEN.finditer(text):
            before = _WORD_END.search(text, max(0, found.start() - 80), found.start())
            after = _WORD_START.match(text, found.end())
            joined = (before.group(0) if before else "") + (after.group(0) if after else "")
            edits.append((found.start() if known(joined) else found.start() + 1, found.end(), ""))
        self._apply(edits)

    def _normalise(self, original: str) -> None:
        parts: list[str] = []
        normalised_length = 0
        cluster_start = 0
        for index in range(1, len(original) + 1):
            if index < len(original) and not _starts_cluster(original[cluster_start:index], original[index]):
                continue
            self._norm_starts.append(normalised_length)
            self._orig_starts.append(cluster_start)
            part = unicodedata.normalize("NFC", original[cluster_start:index])
            parts.append(part)
            normalised_length += len(part)
            cluster_start = index
        self._norm_starts.append(normalised_length)
        self._orig_starts.append(len(original))
        self.text = "".join(parts)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Offsets ``[start, end)`` of :attr:`text` -> offsets of the original text (widened to whole clusters)."""
        if not self.changed:
            return start, end
        for layer in reversed(self._layers):
            start, end = layer.to_source(start, end)
        if not self._norm_starts:
            return start, end
        first = bisect.bisect_right(self._norm_starts, start) - 1
        last = bisect.bisect_left(self._norm_starts, end)
        return self._orig_starts[max(first, 0)], self._orig_starts[min(last, len(self._orig_starts) - 1)]

    def remap_note(self, note: str) -> str:
        """A warning the analysis wrote with offsets of :attr:`text` ("characters 120-480"), with the file's offsets.

        The offsets a user looks up are the file's: they differ from the view's once markup is out or lines joined.
        """
        if not self.changed:
            return note

        def original(found: re.Match) -> str:
            start, end = self.to_original(int(found.group(1)), int(found.group(2)))
            return f"characters {start}-{end}"

        return _NOTE_SPAN.sub(original, note)

    def remap(self, value: Any) -> None:
        """Rewrite, in place, every evidence-like ``{"start", "end", "text"}`` found in records to the original text."""
        if not self.changed:
            return
        if isinstance(value, list):
            for item in value:
                self.remap(item)
        elif isinstance(value, dict):
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
                value["start"], value["end"] = self.to_original(value["start"], value["end"])
                value["text"] = self.original[value["start"]:value["end"]]
            for item in value.values():
                if isinstance(item, (list, dict)):
                    self.remap(item)


# the offsets of a span a warning names ("first at characters 120-480")
_NOTE_SPAN = re.compile(r"characters (\d+)-(\d+)")
# a hyphen ending a line between two letters: a word broken by a PDF's line end, or a compound's own hyphen
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*(?:\r\n|\r|\n)[ \t]*(?=[^\W\d_])")
_WORD_END = re.compile(r"[^\W\d_]+$")
_WORD_START = re.compile(r"[^\W\d_]+")


def _starts_cluster(previous: str, char: str) -> bool:
    """True when ``char`` can start a new cluster: a starter that does not compose with the cluster before it.

    ``previous`` is the whole cluster so far, not its last character: a Hangul final consonant composes with the
    syllable its initial and vowel jamo make together (U+1100 U+1161 U+11A8 -> U+AC01), never with the vowel alone.
    """
    if unicodedata.combining(char):
        return False
    if char < "\u0300":  # nothing below the combining marks composes as a second character
        return True
    return unicodedata.normalize("NFC", previous + char) == (
        unicodedata.normalize("NFC", previous) + unicodedata.normalize("NFC", char))
