"""The JSON Schema of the records, shipped with the package, and a validator built once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
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
