"""The JSON Schema of the records, shipped with the package, and a validator built once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The records JSON Schema (``records.schema.json``, draft 2020-12), read once."""
    return json.loads(resources.files(__package__).joinpath("records.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def schema_errors(record: Any) -> Iterator[str]:
    """Readable schema violations of one record ("mission.kind: 'probe' is not one of ...")."""
    for error in sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path)):
        where = ".".join(str(p) for p in error.absolute_path) or "(record)"
        yield f"{where}: {error.message}"


def is_valid(record: Any) -> bool:
    """True when ``record`` satisfies the records JSON Schema."""
    return _validator().is_valid(record)


@lru_cache(maxsize=1)
def canonical_schema() -> dict[str, Any]:
    """The JSON Schema of ``spacerec merge`` output (canonical agreements and missions; docs/CANONICAL.md)."""
    return json.loads(resources.files(__package__).joinpath("canonical.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _canonical_validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(canonical_schema())


def canonical_errors(record: Any) -> Iterator[str]:
    """Readable schema violations of one canonical record, as ``schema_errors`` gives them for records."""
    for error in sorted(_canonical_validator().iter_errors(record), key=lambda e: list(e.absolute_path)):
        where = ".".join(str(p) for p in error.absolute_path) or "(record)"
        yield f"{where}: {error.message}"
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
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
    return [f"{'.'.join(str(p) for p in e.absolute_path) or '(record)'}: {e.message}" for e in errors]
