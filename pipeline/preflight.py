"""Checks a command makes before its slow part (loading models, extracting, loading a database).

A wrong output path, database URL or input folder is reported in one line, within a second, and
before anything is created: ``spacerec run`` only loads its models once every check has passed.
Each check raises :class:`PreflightError`, whose ``exit_code`` follows the README (2: usage error,
1: nothing to do, 3: the output cannot be written).
"""

from __future__ import annotations

import fnmatch
import os
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .ingest import INPUT_SUFFIXES, iter_input_files

EXIT_NOTHING_TO_DO = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
CONNECT_TIMEOUT_S = 5


class PreflightError(Exception):
    """A problem found before the slow part; ``str()`` is the one-line message, ``exit_code`` the exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# What a folder of articles may hold beside them without a mention: records, gold and a run's own files.
_NOT_WORTH_A_NOTE = (".jsonl", ".lock", ".partial")


def other_files(input_dir: str | Path) -> Counter[str]:
    """Files under ``input_dir`` that ``spacerec run`` does not read because of their extension, by extension.

    A scraped folder often holds ``.html`` pages or extension-less files that a user expects to be read;
    counting them lets the run say so instead of skipping them silently. Hidden files and folders, and
    JSON Lines files (records, gold, a run's own files), are not counted; ``(none)`` stands for no extension.
    """
    root = Path(input_dir)
    found: Counter[str] = Counter()
    if not root.is_dir():
        return found
    for _, dirnames, filenames in os.walk(root):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            lowered = name.lower()
            if name.startswith(".") or lowered.endswith(INPUT_SUFFIXES) or lowered.endswith(_NOT_WORTH_A_NOTE):
                continue
            found[Path(lowered).suffix or "(none)"] += 1
    return found


def excluded_files(input_dir: str | Path, exclude: tuple[str, ...]) -> list[str]:
    """Article files (``.txt``/``.md``) under ``input_dir`` that ``spacerec run`` skips for their name (``exclude``).

    The default list names files that document a corpus (``README.md``, ``gold-notes.md``), but an article
    can carry such a name too ("gold-rush-asteroid-mining.txt"): the run names them rather than skip them
    silently. Paths relative to ``input_dir``, sorted; hidden files and folders are not listed.
    """
    root = Path(input_dir)
    found: list[str] = []
    if not root.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(INPUT_SUFFIXES):
                continue
            if any(fnmatch.fnmatch(name, pattern) for pattern in exclude):
                found.append((Path(dirpath) / name).relative_to(root).as_posix())
    return sorted(found)


def describe_excluded_files(names: list[str], exclude: tuple[str, ...], shown: int = 3) -> str:
    """``1 file skipped for its name (--exclude ...): a/gold-x.txt; ...``; empty when there is none."""
    if not names:
        return ""
    listed = ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")
    count = f"{len(names)} file{'s' if len(names) != 1 else ''}"
    return (f"{count} skipped for {'its' if len(names) == 1 else 'their'} name (--exclude: {', '.join(exclude)}): "
            f"{listed}; rename an article that has such a name, or give --exclude, which replaces that list")


def describe_other_files(found: Counter[str]) -> str:
    """``3 other files (.html: 2, (none): 1)``, most frequent extension first; empty when there are none."""
    if not found:
        return ""
    total = sum(found.values())
    kinds = ", ".join(f"{suffix}: {n}" for suffix, n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"{total} other file{'s' if total != 1 else ''} ({kinds})"


def check_input(input_dir: str | Path, exclude: tuple[str, ...]) -> int:
    """Number of article files under ``input_dir`` (a folder or one file).

    Raises PreflightError (exit 2) when the path does not exist or is one JSON file (a records or gold file
    given by mistake would be read as one long article), and (exit 1) when it holds no
    article at all once the excluded names are skipped: an empty run is almost always a wrong folder.
    The message then counts the files of other extensions it does hold (``.html`` pages, say).
    """
    path = Path(input_dir)
    if not path.exists():
        raise PreflightError(f"input {input_dir} does not exist")
    if path.is_file() and path.suffix.lower() in (".jsonl", ".json"):  # one file is read whatever its extension
        raise PreflightError(f"input {input_dir} is a JSON file, not an article (spacerec's records, gold, errors and "
                             "manifest files are JSON Lines; eval, load and merge read them): give an article "
                             "(.txt, .md) or the folder of articles")
    count = sum(1 for _ in iter_input_files(path, exclude))
    if count == 0:
        others = describe_other_files(other_files(path))
        held = f"; not read: {others}" if others else ""
        raise PreflightError(
            f"no article under {input_dir}: no {'/'.join(INPUT_SUFFIXES)} file once hidden files and "
            f"--exclude ({', '.join(exclude)}) are skipped{held}; nothing written", EXIT_NOTHING_TO_DO)
    return count


def _probe_folder(folder: Path, what: str) -> None:
    """Create and remove a temporary file in ``folder``: the only test of writability that holds for root too."""
    try:
        handle, name = tempfile.mkstemp(prefix=".spacerec-probe.", dir=folder)
    except OSError as exc:
        # "{folder}: No such file or directory" (what /proc answers) would say an existing folder is missing
        raise PreflightError(f"cannot write {what}: no file can be created in {folder} ({exc.strerror or exc})",
                             EXIT_OUTPUT) from None
    os.close(handle)
    os.unlink(name)


def check_output(output: str | Path, option: str = "--output", example: str = "records.jsonl") -> None:
    """The output must be a file path whose folder exists or can be made; nothing is created here.

    Missing folders of the path are made by the run itself, after every check has passed; here the
    nearest existing one must be a folder this user can write into. Raises PreflightError with exit 3
    (the README's "output could not be written") for a directory, a path under a regular file, an
    unwritable folder or an unwritable existing file; with exit 2 for ``-``, which would otherwise
    create a file named ``-`` where a user expects standard output. ``example`` is the file name the
    messages suggest.
    """
    if str(output) == "-":
        raise PreflightError(f"{option} -: standard output is not supported (the output is written to a temporary "
                             f"file and renamed into place); give a file name such as {example}")
    path = Path(output)
    if path.is_dir():
        raise PreflightError(f"cannot write {option} {output}: it is a directory; give a file name such as "
                             f"{path / example}", EXIT_OUTPUT)
    if path.exists() and not path.is_file():
        raise PreflightError(f"cannot write {option} {output}: not a regular file", EXIT_OUTPUT)
    existing = path.absolute().parent
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise PreflightError(f"cannot write {option} {output}: {existing} is a file, not a folder", EXIT_OUTPUT)
    if path.exists() and not os.access(path, os.W_OK):
        raise PreflightError(f"cannot write {option} {output}: permission denied", EXIT_OUTPUT)
    _probe_folder(existing, f"{option} {output}")


def _same_file(one: Path, other: Path) -> bool:
    """True when two paths name one file (links and ``..`` resolved; an existing pair compared by inode)."""
    try:
        if one.exists() and other.exists():
            return one.samefile(other)
        return one.resolve() == other.resolve()
    except OSError:
        return False


def check_outputs_spare_inputs(outputs: Iterable[tuple[str, Path | None]],
                               inputs: Iterable[tuple[str, Path | None]]) -> None:
    """No output option names an input file, or the file another output option names (exit 2, nothing written).

    ``spacerec merge r.jsonl -o r.jsonl`` replaced the records with canonical ones, ``network c.jsonl -o c.jsonl``
    and ``eval --html PRED`` with an HTML page: the input was lost. ``spacerec run`` refuses its own cases
    (:func:`spacerec.run.check_paths`); this is the same rule for the commands that read records files.
    """
    named = [(option, path) for option, path in outputs if path is not None]
    sources = [(label, path) for label, path in inputs if path is not None]
    for index, (option, path) in enumerate(named):
        for label, source in sources:
            if _same_file(path, source):
                raise PreflightError(f"{option} {path} is the input {label} {source}: it would be overwritten; "
                                     "give another file")
        for other_option, other in named[:index]:
            if _same_file(path, other):
                raise PreflightError(f"{option} {path} is the file {other_option} names: give each its own file")


def check_database_url(url: str) -> None:
    """Parse a ``--db`` URL; for SQLite, its folder must exist and the path must not be a directory.

    Nothing is created: a SQLite URL whose folder does not exist is an error (it would otherwise
    create folders wherever a mistyped URL points, such as the filesystem root). Raises
    PreflightError (exit 2) with the URL's password redacted.
    """
    from .db.connect import DatabaseURLError, parse_url, redact

    try:
        target = parse_url(url)
    except DatabaseURLError as exc:
        raise PreflightError(f"--db: {exc}") from None
    if target.dialect == "sqlite" and target.address != ":memory:":
        path = Path(target.address)
        if not path.parent.is_dir():
            hint = ("sqlite:///PATH is relative to the current folder, sqlite:////PATH absolute"
                    if path.is_absolute() else "create the folder first")
            raise PreflightError(f"--db {redact(url)}: folder {path.parent} does not exist ({hint}); "
                                 "nothing was created")
        if path.is_dir():
            raise PreflightError(f"--db {redact(url)}: {path} is a directory, not a database file")


def check_database(url: str) -> None:
    """Check a database URL (:func:`check_database_url`), then try to connect.

    Opens a SQLite file read-only (or probes its folder when the file is new), connects to
    PostgreSQL with a 5 s timeout. Raises PreflightError (exit 2).
    """
    from .db.connect import parse_url, redact

    check_database_url(url)
    target = parse_url(url)
    shown = redact(url)
    if target.dialect == "sqlite":
        if target.address == ":memory:":
            return
        path = Path(target.address)
        if not path.exists():
            try:
                _probe_folder(path.parent, f"--db {shown}")
            except PreflightError as exc:
                raise PreflightError(str(exc)) from None
            return
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=CONNECT_TIMEOUT_S)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise PreflightError(f"--db {shown}: cannot open {path}: {exc}") from None
        return
    try:
        import psycopg
    except ImportError:
        from .extras import install_command

        raise PreflightError(f"--db {shown}: PostgreSQL needs psycopg 3: {install_command('db')}") from None
    try:
        with psycopg.connect(target.address, connect_timeout=CONNECT_TIMEOUT_S) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise PreflightError(f"--db {shown}: cannot connect: {reason}") from None


RECORD_TYPES = ("document", "agency", "mission", "agreement")


def _what_it_is(value: object) -> str:
    """What to give instead of a file whose first line is ``value``: named when spacerec writes such files."""
    keys = set(value) if isinstance(value, dict) else set()
    if {"path", "status", "reason"} <= keys:
        return "it looks like a run's errors file (OUT.errors.jsonl): give the records file itself"
    if {"sha1", "fingerprint", "digest"} <= keys:
        return "it looks like a run's manifest (OUT.manifest.jsonl): give the records file itself"
    if isinstance(value, dict) and str(value.get("record_type", "")).startswith("canonical_"):
        return "it holds canonical records (spacerec merge's output): give the records file they were merged from"
    return "give spacerec run's output or a gold file"


def other_spacerec_file(path: str | Path) -> str | None:
    """What to give instead of ``path`` when its first line shows another file spacerec writes, else None.

    For a reader that met a bad line: a run's errors file, its manifest or canonical records read as
    records fail on line 1 with "lacks record_type" or "lacks doc_id"; this names the file's kind.
    """
    from .io import read_jsonl

    try:
        first = next(read_jsonl(path), None)
    except OSError:
        return None
    if first is None or not first.ok:
        return None
    hint = _what_it_is(first.value)
    return None if hint == _what_it_is(None) else hint


HAND_MADE_GOLD = ("no record has an id: it reads as a gold file written by hand (records without id, schema_version "
                  "and evidence), which spacerec eval scores as it is; to load, merge or validate it, give each record "
                  "those fields first (python tools/fill_ids.py FILE, in a clone of the repository, fills them in "
                  "place)")


def hand_made_gold(path: str | Path) -> bool:
    """True when ``path`` holds records and none of them has an ``id`` (a gold file written by hand)."""
    from .io import read_jsonl

    found = False
    try:
        for line in read_jsonl(path):
            value = line.value if line.ok else None
            if isinstance(value, dict) and value.get("record_type") in RECORD_TYPES:
                if "id" in value:
                    return False
                found = True
    except OSError:
        return False
    return found


def check_records_file(path: str | Path) -> None:
    """The file holds at least one line that is a record (a JSON object with a known ``record_type``).

    Reads up to the first such line, so a records file costs one line. Raises PreflightError (exit 2)
    for a file none of whose lines is a record: another JSON Lines file (a run's errors file or
    manifest, canonical records), a binary or text file given by mistake, or an empty file (a run
    always writes a document record per article, so an empty one is a wrong or cut copy). Without this
    check such a file "loads" 0 records and exits 0. So is a file whose records all lack their ``id`` (a gold
    file written by hand, which only ``eval`` takes as it is): every line would be skipped.
    """
    from .io import read_jsonl

    lines = 0
    first_problem, hint = "", ""
    hand_made = False
    try:
        for line in read_jsonl(path):
            lines += 1
            value = line.value if line.ok else None
            if isinstance(value, dict) and value.get("record_type") in RECORD_TYPES:
                if "id" in value:
                    return
                hand_made = True  # a record without its id: look on for one that has it
                continue
            if lines == 1:
                hint = _what_it_is(value)
                first_problem = (f"line 1: {line.reason}" if not line.ok
                                 else "line 1 is not a JSON object" if not isinstance(value, dict)
                                 else "line 1 has no record_type" if "record_type" not in value
                                 else f"line 1 has record_type {value['record_type']!r}")
    except OSError as exc:
        raise PreflightError(f"cannot read {path}: {exc.strerror or exc}") from None
    if hand_made:
        raise PreflightError(f"{path}: {HAND_MADE_GOLD}")
    if lines:
        raise PreflightError(f"{path} is not a records file: no record in its {lines} line(s) ({first_problem}); "
                             f"{hint}")
    raise PreflightError(f"{path} holds no record (the file is empty or blank): nothing to do")


def check_one_copy_per_document(path: str | Path) -> None:
    """No doc_id has two ``document`` records in the file (one streaming pass over its lines).

    A run writes one document record per article, so a repeat means two runs' records concatenated:
    loaded line by line, every record of the second copy is a duplicate id, so each repeated document
    would be left unloaded while the command says "loaded". Raises PreflightError (exit 2).
    """
    from .io import read_jsonl

    counts: dict[str, int] = {}
    try:
        for line in read_jsonl(path):
            value = line.value if line.ok else None
            if isinstance(value, dict) and value.get("record_type") == "document":
                doc_id = str(value.get("doc_id"))
                counts[doc_id] = counts.get(doc_id, 0) + 1
    except OSError as exc:
        raise PreflightError(f"cannot read {path}: {exc.strerror or exc}") from None
    repeated = sorted(d for d, n in counts.items() if n > 1)
    if repeated:
        more = f" (and {len(repeated) - 1} more doc_id(s))" if len(repeated) > 1 else ""
        raise PreflightError(f"{path} holds {counts[repeated[0]]} document records for doc_id {repeated[0]!r}{more}: "
                             "two copies of the same documents (two runs' records concatenated?), whose second copy "
                             "would be skipped line by line and leave those documents unloaded; give one copy "
                             f"(spacerec validate {path} names the repeated lines)")


def check_models(models: dict[str, str | None]) -> None:
    """Every pipeline named with --model-en/--model-fr is ``blank``, an existing folder or an installed package.

    Raises PreflightError (exit 2) naming the option and the value: a typo would otherwise fail every
    document of that language one by one, after the whole run.
    """
    from .models import BLANK, installed

    for lang, name in models.items():
        if not name or name == BLANK or Path(name).is_dir():
            continue
        if not name.isidentifier() or not installed(name):
            raise PreflightError(f"--model-{lang} {name}: no installed spaCy pipeline or folder of that name "
                                 f"(install it with pip, give a folder, or use 'blank')")


def check_kb(folder: str | Path | None) -> None:
    """A --kb folder holds at least an ``agencies*.jsonl`` file; raises PreflightError (exit 2) otherwise."""
    if folder is None:
        return
    path = Path(folder)
    if not path.is_dir() or not any(path.glob("agencies*.jsonl")):
        raise PreflightError(f"--kb {folder}: no agencies*.jsonl there, so it is no knowledge base "
                             "(see the README's 'The knowledge base' section for the files it holds)")
