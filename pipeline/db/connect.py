"""Database URLs -> one small connection wrapper that hides the sqlite3 / psycopg differences.

The loader and the queries write SQL once, with ``?`` (positional) or ``:name`` (named)
placeholders as sqlite3 takes them; for PostgreSQL they are rewritten to psycopg's ``%s`` /
``%(name)s``. Both connections run in autocommit mode and every write happens inside an
explicit ``transaction()``, so what is atomic is decided here and nowhere else.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

Dialect = Literal["sqlite", "postgresql"]
DEFAULT_URL = "sqlite:///spacerec.db"
_PG_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class DatabaseURLError(ValueError):
    """A --db value that names no database this tool can open."""


@dataclass(frozen=True)
class Target:
    """A parsed database URL: the dialect and what its driver is given (a file path or a libpq URI)."""

    dialect: Dialect
    address: str


def parse_url(url: str) -> Target:
    """``sqlite:///rel.db``, ``sqlite:////abs.db``, ``sqlite:///:memory:`` or ``postgresql://user:pw@host/db``.

    The SQLite forms follow SQLAlchemy's convention (three slashes: relative path, four:
    absolute) so the URLs users already have keep working.
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise DatabaseURLError(f"{url!r} is not a database URL (expected sqlite:///PATH or postgresql://...)")
    scheme = scheme.lower()
    if scheme == "sqlite":
        if rest in ("", "/", "/:memory:"):
            return Target("sqlite", ":memory:")
        if not rest.startswith("/"):
            raise DatabaseURLError(f"{url!r}: a SQLite URL has no host; write sqlite:///PATH")
        return Target("sqlite", rest[1:])
    if scheme in _PG_SCHEMES:
        return Target("postgresql", "postgresql://" + rest)
    raise DatabaseURLError(f"{url!r}: unsupported scheme {scheme!r} (use sqlite:/// or postgresql://)")


def redact(url: str) -> str:
    """The URL without its password, for messages and summaries."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=256)
def _to_psycopg(sql: str) -> str:
    """``?`` -> ``%s`` and ``:name`` -> ``%(name)s`` (the SQL here never holds ``?`` or ``:x`` in literals)."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    return _NAMED.sub(r"%(\1)s", sql)


class Database:
    """One open connection and its dialect; SQL is written in sqlite3's placeholder style."""

    def __init__(self, conn: Any, dialect: Dialect, url: str) -> None:
        self.conn = conn
        self.dialect = dialect
        self.url = url

    def _sql(self, sql: str) -> str:
        return _to_psycopg(sql) if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> None:
        """Run one statement; ``?`` placeholders are rewritten for PostgreSQL (``%s``)."""
        self.conn.execute(self._sql(sql), params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each row of ``rows`` (nothing when there are none)."""
        rows = list(rows)
        if not rows:
            return
        if self.dialect == "postgresql":
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)
        else:
            self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        """All rows of a SELECT, as tuples (psycopg and sqlite3 both return tuples by default)."""
        cur = self.conn.execute(self._sql(sql), params)
        try:
            return [tuple(row) for row in cur.fetchall()]
        finally:
            cur.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All-or-nothing: commit when the block ends, roll back on any exception (a crash rolls back too).

        SQLite takes the write lock at BEGIN (IMMEDIATE) so two loaders wait for each other
        instead of failing half-way with "database is locked" on their first write.
        """
        if self.dialect == "postgresql":
            with self.conn.transaction():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        """Close the connection (uncommitted work is lost)."""
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(url: str = DEFAULT_URL) -> Database:
    """Open the database a URL names (psycopg is imported only for PostgreSQL URLs)."""
    target = parse_url(url)
    if target.dialect == "postgresql":
        try:
            import psycopg
        except ImportError as err:  # pragma: no cover - depends on the install
            from ..extras import install_command

            raise DatabaseURLError(f"PostgreSQL needs psycopg 3: {install_command('db')}") from err
        conn = psycopg.connect(target.address, autocommit=True)
        return Database(conn, "postgresql", url)
    if target.address != ":memory:" and not Path(target.address).parent.is_dir():
        # never create folders: a mistyped URL (sqlite:////data/x.db for data/x.db) would make them at /
        raise DatabaseURLError(f"{url!r}: folder {Path(target.address).parent} does not exist")
    conn = sqlite3.connect(target.address, isolation_level=None, timeout=60)
    conn.execute("PRAGMA foreign_keys = ON")  # per connection: ON DELETE CASCADE depends on it
    if target.address != ":memory:":
        # WAL + NORMAL: a commit is atomic and the file never corrupt; a power cut may lose the last commits.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return Database(conn, "sqlite", url)
