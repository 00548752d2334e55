"""The relational schema, as numbered migrations that the loader applies before writing.

Each migration is applied once, in order, inside one transaction, and recorded in
``schema_migrations``; re-running is a no-op. Released migrations are never edited: a
change to the schema is a new migration appended to ``MIGRATIONS`` (see docs/DATABASE.md).
DDL is written once; ``{json}`` becomes TEXT in SQLite and JSONB in PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from .connect import Database, Dialect


class SchemaVersionError(RuntimeError):
    """The database was migrated by a newer spacerec than this one: writing could corrupt it."""


@dataclass(frozen=True)
class Migration:
    """One schema migration: its ``version`` (applied in order, once), ``name`` and SQL ``statements``."""

    version: int
    name: str
    statements: tuple[str, ...]

    def sql(self, dialect: Dialect) -> list[str]:
        """The migration's statements for ``dialect`` (JSON columns are ``JSONB`` on PostgreSQL, ``TEXT`` elsewhere)."""
        json_type = "JSONB" if dialect == "postgresql" else "TEXT"
        return [statement.format(json=json_type) for statement in self.statements]


V1 = Migration(
    1,
    "records v1: documents, captions, agencies, missions, agreements, evidence",
    (
        # One row per article that has records; the document record's fields (NULL if the file has none).
        """CREATE TABLE documents (
            doc_id TEXT PRIMARY KEY,
            title TEXT,
            languages TEXT,
            date TEXT,
            updated_at TEXT NOT NULL
        )""",
        # Every record, whatever its type: the id to upsert by, a hash to skip unchanged ones, the full JSON.
        """CREATE TABLE records (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            record_type TEXT NOT NULL CHECK (record_type IN ('document', 'agency', 'mission', 'agreement')),
            schema_version TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            body {json} NOT NULL
        )""",
        "CREATE INDEX records_doc_idx ON records (doc_id, record_type)",
        """CREATE TABLE captions (
            record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            text_fr TEXT,
            text_en TEXT,
            credit TEXT,
            PRIMARY KEY (record_id, seq)
        )""",
        "CREATE INDEX captions_doc_idx ON captions (doc_id)",
        """CREATE TABLE agencies (
            id TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            agency_id TEXT NOT NULL,
            name TEXT,
            country TEXT,
            UNIQUE (doc_id, agency_id)
        )""",
        "CREATE INDEX agencies_agency_idx ON agencies (agency_id)",
        """CREATE TABLE agency_mentions (
            record_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            mention TEXT NOT NULL,
            PRIMARY KEY (record_id, seq)
        )""",
        """CREATE TABLE agency_officials (
            record_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT,
            PRIMARY KEY (record_id, seq)
        )""",
        "CREATE INDEX agency_officials_name_idx ON agency_officials (name)",
        """CREATE TABLE missions (
            id TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_norm TEXT NOT NULL,
            kind TEXT,
            part_of TEXT,
            part_of_norm TEXT,
            target TEXT,
            status TEXT,
            UNIQUE (doc_id, name_norm)
        )""",
        "CREATE INDEX missions_name_idx ON missions (name_norm)",
        "CREATE INDEX missions_part_of_idx ON missions (part_of_norm)",
        """CREATE TABLE mission_agencies (
            record_id TEXT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            agency_id TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (record_id, seq)
        )""",
        "CREATE INDEX mission_agencies_agency_idx ON mission_agencies (agency_id, role)",
        """CREATE TABLE mission_events (
            record_id TEXT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            event TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            PRIMARY KEY (record_id, seq)
        )""",
        "CREATE INDEX mission_events_date_idx ON mission_events (event, date)",
        """CREATE TABLE agreements (
            id TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            parties_key TEXT NOT NULL,
            subject TEXT,
            subject_norm TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            year INTEGER,
            status TEXT NOT NULL
        )""",
        "CREATE INDEX agreements_year_idx ON agreements (year, date)",
        "CREATE INDEX agreements_key_idx ON agreements (parties_key, subject_norm, date)",
        "CREATE INDEX agreements_doc_idx ON agreements (doc_id)",
        """CREATE TABLE agreement_parties (
            record_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            party TEXT NOT NULL,
            PRIMARY KEY (record_id, seq)
        )""",
        "CREATE INDEX agreement_parties_party_idx ON agreement_parties (party, record_id)",
        """CREATE TABLE agreement_signatories (
            record_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL,
            agency_id TEXT,
            PRIMARY KEY (record_id, seq)
        )""",
        "CREATE INDEX agreement_signatories_name_idx ON agreement_signatories (name)",
        """CREATE TABLE evidence (
            record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            lang TEXT NOT NULL,
            block TEXT NOT NULL,
            PRIMARY KEY (record_id, seq)
        )""",
        "CREATE INDEX evidence_doc_idx ON evidence (doc_id, start_char)",
    ),
)

V2 = Migration(
    2,
    "canonical agreements across documents: canonical_agreements, canonical_agreement_parties, agreement_sources",
    (
        # One row per canonical agreement (spacerec.canonical), rebuilt from the agreement records by each load.
        """CREATE TABLE canonical_agreements (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            parties_key TEXT NOT NULL,
            subject TEXT,
            subject_norm TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            year INTEGER,
            status TEXT NOT NULL,
            documents INTEGER NOT NULL,
            doc_ids TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            body {json} NOT NULL
        )""",
        "CREATE INDEX canonical_agreements_year_idx ON canonical_agreements (year, date)",
        "CREATE INDEX canonical_agreements_key_idx ON canonical_agreements (parties_key, kind)",
        """CREATE TABLE canonical_agreement_parties (
            canonical_id TEXT NOT NULL REFERENCES canonical_agreements (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            party TEXT NOT NULL,
            PRIMARY KEY (canonical_id, seq)
        )""",
        "CREATE INDEX canonical_agreement_parties_party_idx ON canonical_agreement_parties (party, canonical_id)",
        # Each agreement record is the source of exactly one canonical agreement, with the reason it was merged.
        """CREATE TABLE agreement_sources (
            canonical_id TEXT NOT NULL REFERENCES canonical_agreements (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            record_id TEXT NOT NULL UNIQUE REFERENCES agreements (id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (canonical_id, seq)
        )""",
        "CREATE INDEX agreement_sources_doc_idx ON agreement_sources (doc_id)",
    ),
)

MIGRATIONS: list[Migration] = [V1, V2]

_MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""
_PG_LOCK_KEY = 0x5BACE4EC  # advisory lock: two loaders starting together must not both migrate


def applied_versions(db: Database) -> list[int]:
    """Versions recorded in ``schema_migrations`` (call after ``migrate``, which creates the table)."""
    return [row[0] for row in db.query("SELECT version FROM schema_migrations ORDER BY version")]


def migrate(db: Database, migrations: list[Migration] | None = None) -> list[int]:
    """Apply the migrations the database lacks, in one transaction; returns the versions applied now."""
    migrations = MIGRATIONS if migrations is None else migrations
    latest = max(m.version for m in migrations)
    applied_now: list[int] = []
    with db.transaction():
        if db.dialect == "postgresql":
            db.execute("SELECT pg_advisory_xact_lock(?)", (_PG_LOCK_KEY,))
        db.execute(_MIGRATIONS_TABLE)
        done = {row[0] for row in db.query("SELECT version FROM schema_migrations")}
        if done and max(done) > latest:
            raise SchemaVersionError(
                f"database schema is at version {max(done)}, newer than this spacerec knows ({latest}); "
                "upgrade spacerec"
            )
        for migration in sorted(migrations, key=lambda m: m.version):
            if migration.version in done:
                continue
            for statement in migration.sql(db.dialect):
                db.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            applied_now.append(migration.version)
    return applied_now
