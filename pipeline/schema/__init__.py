"""The JSON Schemas of the records and of canonical records, shipped with the package, and validators built once."""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any


@cache
def _load(name: str) -> dict[str, Any]:
    """A JSON Schema shipped in this folder, read once."""
    return json.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))


@cache
def _validator_for(name: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_load(name))


def _readable(errors: Iterable[Any]) -> Iterator[str]:
    """Errors of a jsonschema validator in path order as ``where: message`` (``(record)`` for the record itself)."""
    for error in sorted(errors, key=lambda e: list(e.absolute_path)):
        yield f"{'.'.join(str(p) for p in error.absolute_path) or '(record)'}: {error.message}"


_DATE_FORM = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _calendar_problem(value: Any) -> str | None:
    """Why a date the schema's pattern lets through names no day of the calendar ("2023-06-31"), or None."""
    found = _DATE_FORM.fullmatch(value) if isinstance(value, str) else None
    if found is None:  # not a date string: the schema's own pattern says so
        return None
    year, month, day = (int(part) if part else None for part in found.groups())
    if month is not None and not 1 <= month <= 12:
        return f"{value!r} is not a date: month {month:02d} does not exist (write YYYY, YYYY-MM or YYYY-MM-DD)"
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return f"{value!r} is not a date: {calendar.month_name[month]} {year} has {last} days"
    return None


def calendar_errors(record: Any) -> list[str]:
    """Dates of a record (or canonical record) that match the schema's pattern but no calendar day.

    The pattern ``YYYY(-MM(-DD)?)?`` takes "2023-06-31" or "2024-13"; such a gold date could never match a
    prediction, and a database or a date library would refuse it. Checked: ``date``, ``published.value``
    and each ``events[].date``; messages read as the schema's ("events.0.date: ...").
    """
    if not isinstance(record, dict):
        return []
    found: list[tuple[str, Any]] = [("date", record.get("date"))]
    published = record.get("published")
    if isinstance(published, dict):
        found.append(("published.value", published.get("value")))
    events = record.get("events")
    if isinstance(events, list):
        found.extend((f"events.{index}.date", event.get("date")) for index, event in enumerate(events)
                     if isinstance(event, dict))
    return [f"{where}: {problem}" for where, value in found if (problem := _calendar_problem(value))]


def schema() -> dict[str, Any]:
    """The records JSON Schema (``records.schema.json``, draft 2020-12), read once."""
    return _load("records.schema.json")


def schema_errors(record: Any) -> Iterator[str]:
    """Readable schema violations of one record ("mission.kind: 'probe' is not one of ..."), impossible dates last."""
    yield from _readable(_validator_for("records.schema.json").iter_errors(record))
    yield from calendar_errors(record)


def is_valid(record: Any) -> bool:
    """True when ``record`` satisfies the records JSON Schema."""
    return _validator_for("records.schema.json").is_valid(record) and not calendar_errors(record)


def canonical_schema() -> dict[str, Any]:
    """The JSON Schema of ``spacerec merge`` output (canonical agreements and missions; docs/CANONICAL.md)."""
    return _load("canonical.schema.json")


def canonical_errors(record: Any) -> Iterator[str]:
    """Readable schema violations of one canonical record, as ``schema_errors`` gives them for records."""
    yield from _readable(_validator_for("canonical.schema.json").iter_errors(record))
    yield from calendar_errors(record)


# What scoring reads: hand-written gold need not carry the computed fields (id, schema_version,
# evidence), but every field it does carry must have the contract's type.
_SCORING_REQUIRED = ["record_type", "doc_id"]


@lru_cache(maxsize=1)
def _scoring_validators() -> tuple[Any, Any]:
    """(fast yes/no check or None, jsonschema validator) of the schema with only what scoring needs required."""
    from jsonschema import Draft202012Validator

    relaxed = dict(schema(), required=_SCORING_REQUIRED)
    try:
        import fastjsonschema

        fast = fastjsonschema.compile(dict(relaxed, **{"$schema": "http://json-schema.org/draft-07/schema#"}))
    except Exception:  # not installed: jsonschema alone (slower on big files)
        fast = None
    return fast, Draft202012Validator(relaxed)


def scoring_errors(record: Any) -> list[str]:
    """Schema violations that make a gold or predicted record unscorable ("agency_id: 3 is not of type 'string'").

    A date no calendar has ("2023-06-31") is one: that gold record could never be matched.
    """
    fast, validator = _scoring_validators()
    if fast is not None:
        try:
            fast(record)
            return calendar_errors(record)
        except Exception:  # a "no": let jsonschema explain
            pass
    return [*_readable(validator.iter_errors(record)), *calendar_errors(record)]
