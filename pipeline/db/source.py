"""Read records for loading: validate every line first, then hand them out one document at a time.

Two passes over a file. The first parses and validates each line (JSON, JSON Schema, the
contract id, duplicates) and remembers where each document's good lines are; nothing is
kept in memory but those offsets. The second re-reads one document at a time. So a bad line
is known before anything is written (``--strict`` can refuse the whole file), and a document
whose records are not contiguous in the file is still loaded as one unit, never in two halves.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacerec.io import JsonLine, RecordFileError, parse_json, read_jsonl
from spacerec.records import record_id
from spacerec.schema import calendar_errors, schema, schema_errors


@dataclass(frozen=True)
class Record:
    """A validated record with its canonical JSON (what is stored) and that JSON's hash (to skip unchanged ones)."""

    data: dict[str, Any]
    body: str
    content_hash: str
    line: int | None

    @property
    def id(self) -> str:
        """The record's contract id (40 hex digits)."""
        return self.data["id"]


def canonical(record: dict[str, Any]) -> str:
    """Key-sorted compact JSON: the same record always gives the same text, so the same hash."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def make_record(data: dict[str, Any], line: int | None) -> Record:
    """A validated record dict -> :class:`Record` with its canonical JSON and that JSON's SHA-1.

    ``line`` is the record's line number in its file (None for records given as items).
    """
    body = canonical(data)
    return Record(data, body, hashlib.sha1(body.encode("utf-8")).hexdigest(), line)


@lru_cache(maxsize=1)
def _fast_check() -> Any:
    """Fastjsonschema's compiled validator when installed (~15x faster than jsonschema), else None.

    It only says yes or no; a "no" is explained by ``schema_errors`` (jsonschema stays the reference).
    """
    try:
        import fastjsonschema
    except ImportError:
        return None
    draft7 = dict(schema(), **{"$schema": "http://json-schema.org/draft-07/schema#"})
    return fastjsonschema.compile(draft7)


def record_problem(record: Any) -> str | None:
    """Why a parsed line cannot be loaded, or None: schema violations first, then the contract id."""
    fast = _fast_check()
    valid = False
    if fast is not None:
        try:
            fast(record)
            valid = True
        except Exception:  # JsonSchemaException or a type error on odd input: let jsonschema explain
            valid = False
    if not valid or calendar_errors(record):
        errors = list(schema_errors(record))
        if errors:
            more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
            return f"schema: {errors[0]}{more}"
    try:
        expected = record_id(record)
    except (KeyError, TypeError, AttributeError, ValueError) as err:
        return f"no usable key ({err!r})"
    if record["id"] != expected:
        return f"id {record['id']} does not match the contract key (expected {expected})"
    return None


_NUL = "contains a NUL character (PostgreSQL text cannot hold it)"


def check_line(line: JsonLine) -> tuple[dict[str, Any] | None, str | None]:
    """One line of a records file -> (record, None) or (None, reason).

    Checked in order: UTF-8, no NUL character, JSON, a JSON object, then :func:`record_problem`.
    """
    if isinstance(line.error, UnicodeDecodeError):
        return None, line.reason
    if b"\\u0000" in line.raw or b"\x00" in line.raw:
        return None, _NUL
    if not line.ok:
        return None, line.reason
    if not isinstance(line.value, dict):
        return None, f"not a JSON object but {type(line.value).__name__}"
    problem = record_problem(line.value)
    return (None, problem) if problem else (line.value, None)


class RecordSource:
    """Records of a JSONL file (streamed, two passes) or of an iterable of dicts (grouped in memory)."""

    def __init__(self, source: str | Path | Iterable[dict[str, Any]], *, name: str | None = None) -> None:
        self.path: Path | None = Path(source) if isinstance(source, (str, Path)) else None
        self._items = None if self.path is not None else source
        self.name = name or (str(self.path) if self.path is not None else "<records>")
        self.errors: list[RecordFileError] = []
        self.records = 0
        self._offsets: dict[str, list[tuple[int, int]]] = {}  # doc_id -> [(byte offset, line number)]
        # documents with a bad line: what the file says of them is incomplete, so they are not loaded
        self.incomplete: dict[str, list[int]] = {}
        self._groups: dict[str, list[Record]] = {}
        self._scanned = False
        self._handle: Any = None

    def _error(self, line: int, reason: str) -> None:
        self.errors.append(RecordFileError(self.name, line, reason))

    def scan(self) -> list[RecordFileError]:
        """First pass: validate everything, collect the bad lines (nothing is written yet)."""
        if self._scanned:
            return self.errors
        if self.path is not None:
            # One handle for both passes: a file replaced in between (atomic writes) is not mixed in.
            self._handle = open(self.path, "rb")  # closed by documents() or close()
            self._scan_file(self._handle)
        else:
            self._scan_items(self._items or ())
        self._scanned = True
        return self.errors

    def _scan_file(self, handle: Any) -> None:
        seen: dict[str, int] = {}
        for line in read_jsonl(handle):
            record, reason = check_line(line)
            if record is None:
                self._error(line.number, reason or "invalid")
                self._taint(_doc_id_of(line), line.number)
            elif record["id"] in seen:
                self._error(line.number, f"duplicate id {record['id']} (first on line {seen[record['id']]})")
                self._taint(record["doc_id"], line.number)
            else:
                seen[record["id"]] = line.number
                self._offsets.setdefault(record["doc_id"], []).append((line.offset, line.number))
                self.records += 1

    def _scan_items(self, items: Iterable[Any]) -> None:
        seen: dict[str, int] = {}
        for number, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                self._error(number, f"not a record but {type(item).__name__}")
                continue
            problem = record_problem(item)
            rec = None if problem else make_record(item, number)
            if rec is not None and "\\u0000" in rec.body:
                problem = _NUL
            if problem or rec is None:
                self._error(number, problem or "invalid")
                self._taint(item.get("doc_id") if isinstance(item.get("doc_id"), str) else None, number)
            elif rec.id in seen:
                self._error(number, f"duplicate id {rec.id} (first at item {seen[rec.id]})")
                self._taint(rec.data["doc_id"], number)
            else:
                seen[rec.id] = number
                self._groups.setdefault(item["doc_id"], []).append(rec)
                self.records += 1

    def _taint(self, doc_id: str | None, line: int) -> None:
        if doc_id is not None:
            self.incomplete.setdefault(doc_id, []).append(line)

    def documents(self) -> Iterator[tuple[str, list[Record]]]:
        """Second pass: (doc_id, its records) in order of first appearance, each document complete.

        A document with a bad line (see :attr:`incomplete`) is not handed out: loading the rest of
        its records would delete the stored ones the bad line stands for.
        """
        self.scan()
        if self.path is None:
            yield from ((d, recs) for d, recs in self._groups.items() if d not in self.incomplete)
            return
        handle, position = self._handle, -1
        try:
            for doc_id, places in self._offsets.items():
                if doc_id in self.incomplete:
                    continue
                records = []
                for offset, number in places:
                    if offset != position:
                        handle.seek(offset)
                    raw = handle.readline()
                    position = offset + len(raw)
                    data = parse_json(raw)
                    if data.get("doc_id") != doc_id:
                        raise RuntimeError(f"{self.name}:{number}: the file changed while it was being loaded")
                    records.append(make_record(data, number))
                yield doc_id, records
        finally:
            self.close()

    def close(self) -> None:
        """Close the file left open between the two passes (safe to call twice)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None


_DOC_ID = re.compile(rb'"doc_id"\s*:\s*("(?:[^"\\]|\\.)*")')


def _doc_id_of(line: JsonLine) -> str | None:
    """The doc_id a bad line was meant for, when it can still be read from it (else None)."""
    if line.ok and isinstance(line.value, dict) and isinstance(line.value.get("doc_id"), str):
        return line.value["doc_id"]
    raw = line.raw
    match = _DOC_ID.search(raw)
    if match is None:
        return None
    try:
        value = json.loads(match.group(1))
    except ValueError:
        return None
    return value if isinstance(value, str) else None
