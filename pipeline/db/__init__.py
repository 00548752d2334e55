"""Load spacerec's JSON Lines records into SQLite or PostgreSQL (``spacerec load``; docs/DATABASE.md)."""

from __future__ import annotations

from .connect import DEFAULT_URL, Database, DatabaseURLError, connect, parse_url
from .load import BadRecordsError, LoadReport, load_records_into
from .schema import MIGRATIONS, SchemaVersionError, applied_versions, migrate

__all__ = [
    "DEFAULT_URL",
    "MIGRATIONS",
    "BadRecordsError",
    "Database",
    "DatabaseURLError",
    "LoadReport",
    "SchemaVersionError",
    "applied_versions",
    "connect",
    "load_records_into",
    "migrate",
    "parse_url",
]
