"""``spacerec eval``: a thin command that parses options and calls the evaluation functions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from spacerec.evaluation.doc_ids import DocIdMismatch, find_prefix, locate_texts, mismatch_message, rewrite
from spacerec.evaluation.report_html import render_html
from spacerec.evaluation.report_text import format_text
from spacerec.evaluation.scoring import RecordFileError, evaluate, load_records_lenient, repeated_documents
from spacerec.ingest import decode
from spacerec.output import atomic_text

_EXTENSIONS = (".txt", ".md")


_BAD_LINES_SHOWN = 20


def _report_bad_lines(sides: list[tuple[str, list[RecordFileError]]]) -> None:
    """Every malformed line of the gold and predicted files as ``FILE:LINE: reason`` (the first 20 of each file).

    All of them at once, so that a gold file written by hand is fixed in one pass rather than one line per run.
    A file that is another of spacerec's files (an errors file, a manifest, canonical records) is said so.
    """
    from spacerec.preflight import other_spacerec_file

    for side, bad in sides:
        if not bad:
            continue
        path = bad[0].path
        hint = other_spacerec_file(path) if bad[0].line_number == 1 else None
        if hint:
            typer.echo(f"{bad[0]}\nerror: {side} {path} is not a records file: {hint}", err=True)
            continue
        for err in bad[:_BAD_LINES_SHOWN]:
            typer.echo(str(err), err=True)
        more = f" (the first {_BAD_LINES_SHOWN} listed)" if len(bad) > _BAD_LINES_SHOWN else ""
        typer.echo(f"error: {side} {path}: {len(bad)} malformed line(s){more}; nothing scored", err=True)


def read_texts(folder: Path, doc_ids: list[str], problems: list[str] | None = None) -> dict[str, str]:
    """Article texts by doc_id (``doc_id`` + .txt/.md under ``folder``), decoded as the contract says.

    Decoded as ``spacerec run`` decodes them (no newline translation), so evidence offsets slice the text.
    Never reads outside ``folder`` (a doc_id with ``../`` or a link out of it is refused); a text that
    cannot be read is left out, with why appended to ``problems``.
    """
    texts = {}
    real_folder = folder.resolve()
    for doc_id in doc_ids:
        for extension in _EXTENSIONS:
            path = folder / f"{doc_id}{extension}"
            if not path.is_file():
                continue
            if not path.resolve().is_relative_to(real_folder):
                if problems is not None:
                    problems.append(f"{path}: outside the --texts folder, not read")
                break
            try:
                texts[doc_id] = decode(path.read_bytes())[0]
            except (OSError, ValueError) as err:  # unreadable, or binary
                if problems is not None:
                    problems.append(f"{path}: not read ({getattr(err, 'strerror', None) or err})")
            break
    return texts


def _refuse_html_over_an_input(html: Path | None, gold: Path, pred: Path) -> None:
    """``--html`` naming the gold or predicted file would replace it with the page: exit 2 before reading."""
    from spacerec.preflight import PreflightError, check_outputs_spare_inputs

    try:
        check_outputs_spare_inputs([("--html", html)], [("--gold", gold), ("--pred", pred)])
    except PreflightError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(err.exit_code) from None


def _texts_for_html(texts: Path | None, html: Path | None, doc_ids: list[str]) -> dict[str, str] | None:
    """The article texts the ``--html`` page shows (doc_id -> text), or None without ``--texts``.

    Exits 2 when no prefix makes the folder's files match the doc_ids.
    """
    if texts is None:
        return None
    if html is None:
        typer.echo("warning: --texts is only read for the --html page; ignored", err=True)
        return None
    try:
        paths, note = locate_texts(texts, doc_ids)
    except DocIdMismatch as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from None
    if note:
        typer.echo(note, err=True)
    missing = len(doc_ids) - len(paths)
    if missing:
        typer.echo(f"warning: --texts {texts}: no article file for {missing} of {len(doc_ids)} "
                   "documents; they are shown without their text", err=True)
    return _read_located(texts, paths)


def eval_command(
    gold: Annotated[
        Path,
        typer.Option("--gold", help="Gold JSONL file.", exists=True, dir_okay=False),
    ],
    pred: Annotated[
        Path,
        typer.Option(
            "--pred", help="Predicted JSONL file.", exists=True, dir_okay=False
        ),
    ],
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON instead of text.")
    ] = False,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under", metavar="MACRO_F1", help="Exit 1 when macro-F1 is below this value (for CI)."
        ),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html", metavar="FILE", help="Write an HTML page with texts, evidence and errors here (replaced "
                                           "atomically; missing folders are created)."
        ),
    ] = None,
    texts: Annotated[
        Path | None,
        typer.Option(
            "--texts",
            help="Folder of the articles (doc_id + .txt/.md: the folder given to spacerec run) to show in the "
            "--html page.",
            exists=True,
            file_okay=False,
        ),
    ] = None,
    all_docs: Annotated[
        bool,
        typer.Option(
            "--all-docs",
            help="Score every document of gold or pred, not only the gold's.",
        ),
    ] = False,
    max_errors: Annotated[
        int,
        typer.Option(
            "--max-errors",
            help="How many FP/FN to list in the text report (0: none).",
            min=0,
        ),
    ] = 50,
    totals_only: Annotated[
        bool,
        typer.Option(
            "--totals-only",
            help="Print only the metric table and macro-F1: no per-document score, no error (for a held-out "
            "test split, whose documents must not be looked at while rules change). Not with --html.",
        ),
    ] = False,
    strip_prefix: Annotated[
        str | None,
        typer.Option(
            "--strip-prefix",
            metavar="PREFIX",
            help="Remove this prefix from the predicted doc_ids (predictions run on corpus, gold ids relative "
            "to corpus/dev: --strip-prefix dev/).",
        ),
    ] = None,
    add_prefix: Annotated[
        str | None,
        typer.Option(
            "--add-prefix",
            metavar="PREFIX",
            help="Put this prefix in front of the predicted doc_ids (predictions run on corpus/dev, gold ids "
            "relative to corpus: --add-prefix dev/).",
        ),
    ] = None,
) -> None:
    """Score predicted records against a gold file: P/R/F1 per metric, macro-F1 with a 95% CI, errors.

    Documents are matched by doc_id, the article's path relative to the folder given to spacerec run. When
    no doc_id is in both files, one folder prefix that makes them match is applied (and said on stderr);
    otherwise the command stops with exit 2 and examples of both files' ids. Exit codes: 0 scored; 1
    macro-F1 below --fail-under; 2 a file unreadable or malformed, or no doc_id in common; 3 the --html
    page could not be written.
    """
    if totals_only and html is not None:
        typer.echo("error: --totals-only hides the documents, --html shows them: give one of the two", err=True)
        raise typer.Exit(2)
    _refuse_html_over_an_input(html, gold, pred)
    try:
        (gold_records, gold_bad), (pred_records, pred_bad) = load_records_lenient(gold), load_records_lenient(pred)
    except OSError as err:  # unreadable (permissions, a folder, vanished)
        typer.echo(f"error: cannot read {err.filename}: {err.strerror or err}", err=True)
        raise typer.Exit(2) from None
    if gold_bad or pred_bad:
        _report_bad_lines([("--gold", gold_bad), ("--pred", pred_bad)])
        raise typer.Exit(2)
    if not gold_records:
        typer.echo(f"{gold}: no gold records: there is nothing to score against", err=True)
        raise typer.Exit(2)
    _refuse_repeated_documents(gold, gold_records, pred, pred_records)
    _warn_unknown_agency_ids(gold, gold_records)
    _warn_mission_aliases(gold, gold_records, totals_only=totals_only)
    pred_records = rewrite(pred_records, strip_prefix=strip_prefix, add_prefix=add_prefix)
    pred_records = _match_doc_ids(gold, gold_records, pred, pred_records, explicit=bool(strip_prefix or add_prefix),
                                  hide_gold=totals_only)
    result = evaluate(gold_records, pred_records, docs="all" if all_docs else "gold")
    found = _texts_for_html(texts, html, list(result.per_doc))
    if json_out:
        typer.echo(json.dumps(result.to_dict(totals_only=totals_only), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_text(result, max_errors=max_errors, totals_only=totals_only), nl=False)
    if html is not None:
        try:  # as every other output: missing folders created, the page replaced only once complete
            with atomic_text(html) as stream:
                stream.write(render_html(result, gold_records, pred_records, found))
        except OSError as err:
            where = f" ({err.filename})" if err.filename and str(err.filename) != str(html) else ""
            typer.echo(f"error: cannot write the HTML report {html}: {err.strerror or err}{where}", err=True)
            raise typer.Exit(3) from None
        typer.echo(f"HTML report written to {html}", err=True)
    if fail_under is not None and result.macro_f1 < fail_under:
        typer.echo(
            f"macro-F1 {result.macro_f1:.3f} is below --fail-under {fail_under}",
            err=True,
        )
        raise typer.Exit(1)


def _read_located(folder: Path, paths: dict[str, Path]) -> dict[str, str]:
    """The texts of located article files, read as ``read_texts`` reads them.

    Never outside ``folder``; an unreadable or binary file is left out with a warning.
    """
    texts = {}
    real_folder = folder.resolve()
    for doc_id, path in paths.items():
        if not path.resolve().is_relative_to(real_folder):
            typer.echo(f"warning: {path}: outside the --texts folder, not read; the report shows no text for it",
                       err=True)
            continue
        try:
            texts[doc_id] = decode(path.read_bytes())[0]
        except (OSError, ValueError) as err:
            typer.echo(f"warning: {path}: not read ({getattr(err, 'strerror', None) or err}); the report shows no "
                       "text for it", err=True)
    return texts


def _gold_agency_ids(record: dict) -> list[str]:
    """The agency ids a gold record names: its agency, a mission's agencies, an agreement's parties and signers."""
    ids = [record.get("agency_id")]
    ids += [a.get("agency_id") for a in record.get("agencies") or [] if isinstance(a, dict)]
    ids += list(record.get("parties") or [])
    ids += [s.get("agency_id") for s in record.get("signatories") or [] if isinstance(s, dict)]
    return [i for i in ids if isinstance(i, str) and not i.startswith("country:")]


def _warn_unknown_agency_ids(gold: Path, gold_records: list[dict]) -> None:
    """Warn when the gold names agencies by ids the shipped knowledge base does not have ("Nasa", "esa").

    A prediction always uses the knowledge base's ids (upper case: NASA, ROSCOSMOS), so an id written
    another way in a hand-made gold file can never match and silently costs every record that holds it.
    """
    from spacerec.io import read_jsonl
    from spacerec.kb.kb import default_data_dir

    known: set[str] = set()
    for path in sorted(default_data_dir().glob("agencies*.jsonl")):
        known.update(line.value["id"] for line in read_jsonl(path) if line.ok and isinstance(line.value, dict)
                     and isinstance(line.value.get("id"), str))
    if not known:
        return
    unknown: dict[str, int] = {}
    for record in gold_records:
        for agency_id in _gold_agency_ids(record):
            if agency_id not in known:
                unknown[agency_id] = unknown.get(agency_id, 0) + 1
    if not unknown:
        return
    by_upper = {k.upper(): k for k in known}
    shown = [f"{i!r}" + (f" ({by_upper[i.upper()]}?)" if i.upper() in by_upper else "")
             for i in sorted(unknown, key=lambda i: (-unknown[i], i))[:5]]
    more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
    typer.echo(f"warning: {gold} names agencies by {len(unknown)} id(s) the knowledge base does not have: "
               f"{', '.join(shown)}{more}; predictions use the knowledge base's ids (NASA, ROSCOSMOS, "
               "country:XX for a country), so records holding these ids can never match", err=True)


def _gold_mission_names(record: dict) -> list[str]:
    """The mission names a gold record gives: a mission's name and ``part_of``, an agreement's subject."""
    names = [record.get("name"), record.get("part_of")] if record.get("record_type") == "mission" else []
    if record.get("record_type") == "agreement":
        names.append(record.get("subject"))
    return [n for n in names if isinstance(n, str) and n.strip()]


def _warn_mission_aliases(gold: Path, gold_records: list[dict], *, totals_only: bool = False) -> None:
    """Warn when the gold names a knowledge-base mission by another of its names ("International Space Station").

    A prediction names a mission the knowledge base holds by its ``canonical_name`` ("ISS"), and records are
    matched by the normalised name, so a gold record written with an alias can never match: its mission,
    its agencies, ``part_of`` and an agreement's subject all count as errors on both sides. With
    ``totals_only`` (a held-out split) the names are not shown, only their count.
    """
    from spacerec.io import read_jsonl
    from spacerec.kb.kb import default_data_dir
    from spacerec.records import normalise_name

    canonical: set[str] = set()
    by_alias: dict[str, set[str]] = {}
    for path in sorted(default_data_dir().glob("missions*.jsonl")):
        for line in read_jsonl(path):
            entry = line.value if line.ok and isinstance(line.value, dict) else {}
            name = entry.get("canonical_name")
            if not isinstance(name, str):
                continue
            canonical.add(normalise_name(name))
            for alias in [*(entry.get("aliases") or []), *(entry.get("aliases_fr") or [])]:
                if isinstance(alias, str):
                    by_alias.setdefault(normalise_name(alias), set()).add(name)
    found: dict[str, str] = {}
    for record in gold_records:
        for name in _gold_mission_names(record):
            key = normalise_name(name)
            names = by_alias.get(key, set())
            if key and key not in canonical and len(names) == 1:
                found.setdefault(name, next(iter(names)))
    if not found:
        return
    shown = ("" if totals_only else ": " + ", ".join(f"{name!r} ({found[name]})" for name in sorted(found)[:5])
             + (f" and {len(found) - 5} more" if len(found) > 5 else ""))
    typer.echo(f"warning: {gold} names {len(found)} mission(s) of the knowledge base by another of their names"
               f"{shown}; predictions use the knowledge base's name (in brackets) and records are matched by it, "
               "so these can never match: write that name in the gold file", err=True)


def _refuse_repeated_documents(gold: Path, gold_records: list[dict], pred: Path, pred_records: list[dict]) -> None:
    """Exit 2 when a file holds two document records for one doc_id: its scores would be wrong without a word."""
    for path, records in ((gold, gold_records), (pred, pred_records)):
        repeated = repeated_documents(records)
        if repeated:
            doc_id, copies = next(iter(repeated.items()))
            more = f" (and {len(repeated) - 1} more doc_id(s))" if len(repeated) > 1 else ""
            typer.echo(f"error: {path} holds {copies} document records for doc_id {doc_id!r}{more}: two copies of "
                       "the same documents (two runs' records concatenated?), each of which would count as false "
                       f"positives or misses; give one copy (spacerec validate {path} names the repeated lines)",
                       err=True)
            raise typer.Exit(2)


def _match_doc_ids(gold_path: Path, gold_records: list[dict], pred_path: Path, pred_records: list[dict], *,
                   explicit: bool, hide_gold: bool = False) -> list[dict]:
    """Predicted records whose doc_ids match the gold's, or exit 2 with examples: never a silent zero.

    Without --strip-prefix/--add-prefix, one unambiguous folder prefix is applied when no id matches as
    it stands; gold documents left without any prediction are counted in a warning. ``hide_gold``
    (--totals-only) names no gold document in either message.
    """
    gold_ids = {r["doc_id"] for r in gold_records}
    pred_ids = {r["doc_id"] for r in pred_records}
    for path, ids, side in ((gold_path, gold_ids, "gold"), (pred_path, pred_ids, "predicted")):
        if not ids:
            typer.echo(f"error: the {side} file {path} holds no record; nothing to score", err=True)
            raise typer.Exit(2)
    if not gold_ids & pred_ids:
        fix = None if explicit else find_prefix(gold_ids, pred_ids)
        if fix is None:
            typer.echo(mismatch_message(gold_path, gold_ids, pred_path, pred_ids, rewritten=explicit,
                                        hide_gold=hide_gold), err=True)
            raise typer.Exit(2)
        verb = "adding" if fix.action == "add" else "stripping"
        typer.echo(f"note: no doc_id is in both files; the predicted ids match the gold ids after {verb} the "
                   f"prefix {fix.prefix!r} ({fix.matched} documents), so they are scored that way "
                   f"({fix.option()} says so explicitly)", err=True)
        pred_records = [{**r, "doc_id": fix.apply(r["doc_id"])} for r in pred_records]
        pred_ids = {r["doc_id"] for r in pred_records}
    unmatched = sorted(gold_ids - pred_ids)
    if unmatched:
        named = "" if hide_gold else f" (e.g. {', '.join(unmatched[:3])})"
        typer.echo(f"warning: {len(unmatched)} of {len(gold_ids)} gold documents have no predicted record"
                   f"{named}; they count as misses", err=True)
    return pred_records
