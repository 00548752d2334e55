"""The JSON Schemas of the records and of canonical records, shipped with the package, and validators built once."""

from __future__ import annotations

import json
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


def schema() -> dict[str, Any]:
    """The records JSON Schema (``records.schema.json``, draft 2020-12), read once."""
    return _load("records.schema.json")


def schema_errors(record: Any) -> Iterator[str]:
    """Readable schema violations of one record ("mission.kind: 'probe' is not one of ...")."""
    return _readable(_validator_for("records.schema.json").iter_errors(record))


def is_valid(record: Any) -> bool:
    """True when ``record`` satisfies the records JSON Schema."""
    return _validator_for("records.schema.json").is_valid(record)


def canonical_schema() -> dict[str, Any]:
    """The JSON Schema of ``spacerec merge`` output (canonical agreements and missions; docs/CANONICAL.md)."""
    return _load("canonical.schema.json")


def canonical_errors(record: Any) -> Iterator[str]:
    """Readable schema violations of one canonical record, as ``schema_errors`` gives them for records."""
    return _readable(_validator_for("canonical.schema.json").iter_errors(record))


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
    """Schema violations that make a gold or predicted record unscorable ("agency_id: 3 is not of type 'string'")."""
    fast, validator = _scoring_validators()
    if fast is not None:
        try:
            fast(record)
            return []
        except Exception:  # a "no": let jsonschema explain
            pass
    return list(_readable(validator.iter_errors(record)))
