"""``spacerec load``: the typer command over ``load_records_into`` (registered by pipeline/cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .connect import DEFAULT_URL, redact
from .load import DEFAULT_BATCH_SIZE, BadRecordsError, LoadReport, load_records_into

EXIT_OK = 0
EXIT_BAD_INPUT = 2  # a usage error: bad URL, no driver, unreachable database, not a records file, --strict
EXIT_NOT_WRITTEN = 3  # the database failed while the records were written (as run's "output not written")


def _summary(report: LoadReport) -> str:
    return "\n".join([
        f"loaded {report.source} into {redact(report.db)} in {report.seconds:.2f} s",
        f"  documents: {report.documents} ({report.documents_new} new, {report.documents_replaced} replaced, "
        f"{report.documents_unchanged} unchanged)",
        f"  records: {report.records} read, {report.records_written} written, {report.records_deleted} deleted",
        f"  skipped lines: {len(report.skipped)}",
        *([f"  canonical agreements: {c.total} ({c.written} written, {c.deleted} deleted, {c.unchanged} unchanged)"]
          if (c := report.canonical) else []),
        *([f"  documents left as stored because of bad lines: {len(report.documents_kept)} "
           f"({', '.join(sorted(report.documents_kept)[:5])}{', ...' if len(report.documents_kept) > 5 else ''})"]
          if report.documents_kept else []),
        *([f"  schema migrations applied: {', '.join(map(str, report.migrations_applied))}"]
          if report.migrations_applied else []),
    ])


def load_command(
    records: Annotated[Path, typer.Argument(
        metavar="RECORDS", help="JSON Lines record file (spacerec run's output or a gold file).",
        exists=True, dir_okay=False, readable=True)],
    db: Annotated[str, typer.Option(
        "--db", metavar="URL", help="Database URL: sqlite:///PATH.db (relative), sqlite:////ABS/PATH.db, or "
                     "postgresql://USER:PASSWORD@HOST:PORT/DB (needs psycopg 3).")] = DEFAULT_URL,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Refuse a file with any bad line: list them, write nothing, exit 2. "
                         "Default: report and skip bad lines.")] = False,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Records per transaction; a document is never split across two.")]
        = DEFAULT_BATCH_SIZE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary (bad lines are still reported).")] = False,
) -> None:
    """Load RECORDS into a database: upsert by record id, replacing each document's records atomically.

    Safe to repeat: an unchanged file writes nothing. Each document's records are replaced in
    one transaction, records it no longer has are deleted, and a crash leaves every document
    either fully old or fully new. The schema is created or migrated first (docs/DATABASE.md).
    Exit codes: 0 loaded (bad lines skipped and listed); 2 usage error, found before anything is written (a bad
    --db URL, a missing folder for the SQLite file, psycopg missing, a database that cannot be reached, a file
    without a single record, a gold file written by hand (no record has an id), a file holding two copies of a
    document, or bad lines with --strict); 3 the
    database failed while the records were written.
    """
    from ..preflight import PreflightError, check_database, check_one_copy_per_document, check_records_file

    try:
        check_database(db)
        check_records_file(records)
        check_one_copy_per_document(records)
    except PreflightError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    try:
        report = load_records_into(db, records, strict=strict, batch_size=batch_size)
    except BadRecordsError as err:
        for error in err.errors:
            typer.echo(str(error), err=True)
        typer.echo(f"--strict: {len(err.errors)} bad line(s) in {records}; nothing written", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except Exception as err:  # a lost connection, permission denied, a newer schema...
        typer.echo(f"error: loading {records} into {redact(db)} failed: {err}", err=True)
        raise typer.Exit(EXIT_NOT_WRITTEN) from None
    for error in report.skipped:
        typer.echo(f"skipped {error}", err=True)
    if not quiet:
        typer.echo(_summary(report))
    raise typer.Exit(EXIT_OK)
