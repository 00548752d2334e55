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


def read_texts(folder: Path, doc_ids: list[str]) -> dict[str, str]:
    """Article texts by doc_id (``doc_id`` + .txt/.md under ``folder``), decoded as the contract says.

    Decoded as ``spacerec run`` decodes them (no newline translation), so evidence offsets slice the text.
    """
    texts = {}
    for doc_id in doc_ids:
        for extension in _EXTENSIONS:
            path = folder / f"{doc_id}{extension}"
            if path.is_file():
                texts[doc_id] = decode(path.read_bytes())[0]
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
    result = evaluate(gold_records, pred_records, docs="all" if all_docs else "gold")
    if json_out:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_text(result, max_errors=max_errors), nl=False)
    if html is not None:
        found = read_texts(texts, list(result.per_doc)) if texts is not None else None
        html.write_text(
            render_html(result, gold_records, pred_records, found), encoding="utf-8"
        )
        typer.echo(f"HTML report written to {html}", err=True)
    if fail_under is not None and result.macro_f1 < fail_under:
        typer.echo(
            f"macro-F1 {result.macro_f1:.3f} is below --fail-under {fail_under}",
            err=True,
        )
        raise typer.Exit(1)
