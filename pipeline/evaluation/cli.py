"""``spacerec eval``: a thin command that parses options and calls the evaluation functions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from spacerec.evaluation.report_html import render_html
from spacerec.evaluation.report_text import format_text
from spacerec.evaluation.scoring import RecordFileError, evaluate, load_records
from spacerec.ingest import decode

_EXTENSIONS = (".txt", ".md")


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
            "--fail-under", help="Exit 1 when macro-F1 is below this value (for CI)."
        ),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html", help="Write an HTML page with texts, evidence and errors here."
        ),
    ] = None,
    texts: Annotated[
        Path | None,
        typer.Option(
            "--texts",
            help="Folder of the articles (doc_id + .txt/.md) to show in the --html page.",
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
) -> None:
    """Score predicted records against a gold file: P/R/F1 per metric, macro-F1 with a 95% CI, errors."""
    try:
        gold_records, pred_records = load_records(gold), load_records(pred)
    except RecordFileError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from None
    except OSError as err:  # unreadable (permissions, a folder, vanished)
        typer.echo(f"error: cannot read {err.filename}: {err.strerror or err}", err=True)
        raise typer.Exit(2) from None
    if not gold_records:
        typer.echo(f"{gold}: no gold records: there is nothing to score against", err=True)
        raise typer.Exit(2)
    result = evaluate(gold_records, pred_records, docs="all" if all_docs else "gold")
    if json_out:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_text(result, max_errors=max_errors), nl=False)
    if html is not None:
        problems: list[str] = []
        found = read_texts(texts, list(result.per_doc), problems) if texts is not None else None
        for problem in problems:
            typer.echo(f"warning: {problem}; the report shows no text for it", err=True)
        try:
            html.write_text(
                render_html(result, gold_records, pred_records, found), encoding="utf-8"
            )
        except OSError as err:
            typer.echo(f"error: cannot write the HTML report {html}: {err.strerror or err}", err=True)
            raise typer.Exit(3) from None
        typer.echo(f"HTML report written to {html}", err=True)
    if fail_under is not None and result.macro_f1 < fail_under:
        typer.echo(
            f"macro-F1 {result.macro_f1:.3f} is below --fail-under {fail_under}",
            err=True,
        )
        raise typer.Exit(1)
