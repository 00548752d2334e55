"""``spacerec merge`` and ``spacerec network``: typer commands over spacerec.canonical and spacerec.network.

Registered by pipeline/cli.py; nothing here decides what a canonical record contains.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import typer

from .io import read_jsonl

EXIT_BAD_INPUT = 2
EXIT_OUTPUT = 3
_MAX_LISTED = 30  # conflicts printed by merge; every one is in the output file


def _conflict_lines(canonical: list[dict[str, Any]]) -> list[str]:
    by_id = {c["id"]: c for c in canonical}
    lines, seen = [], set()
    for c in canonical:
        for x in c.get("conflicts") or []:
            if c["record_type"] == "canonical_mission":
                lines.append(f"  mission {c['name']}: {x['reason']}")
                continue
            pair = tuple(sorted((c["id"], x["canonical_id"])))
            if x["type"] == "different_dates" and pair in seen:
                continue
            seen.add(pair)
            other = by_id.get(x["canonical_id"], {})
            lines.append(f"  {','.join(c['parties'])} {c['kind']} {c['date'] or 'undated'} ({c['id'][:10]}) / "
                         f"{other.get('date') or 'undated'} ({x['canonical_id'][:10]}): {x['type']}")
    return lines


def merge_command(
    records: Annotated[Path, typer.Argument(
        metavar="RECORDS", help="JSON Lines records of many documents (spacerec run's output).",
        exists=True, dir_okay=False, readable=True)],
    output: Annotated[Path, typer.Option(
        "--output", "-o", metavar="FILE", help="Canonical records to write (JSON Lines, replaced atomically; "
                                               "missing folders are created).")],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary and no list of conflicts.")] = False,
) -> None:
    """Merge the agreements (and missions) that several documents report into canonical records.

    Same agreement: same parties and kind, compatible dates (equal, or one refines the other; an
    undated report joins a dated one only when nothing else competes) and compatible subjects.
    Different days are kept apart and listed as conflicts. Each canonical record lists its source
    record ids and doc_ids, and why each was merged (docs/CANONICAL.md). Ids do not depend on the
    input order. Exit codes: 0 written; 2 bad lines in RECORDS (listed, nothing written) or a file that holds no record
    (merge's own output, a run's errors file or manifest: said in one line); 3 output not writable.
    """
    from .canonical import merge, read_records, summarise
    from .output import atomic_jsonl
    from .preflight import PreflightError, check_records_file

    _check_spared(("--output", output), inputs=[("RECORDS", records)])
    _check_outputs(("--output", output, "canonical.jsonl"))
    try:  # merge's own output, an errors file or a manifest: one line saying what the file is, not a line per record
        check_records_file(records)
    except PreflightError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    items, errors = read_records(records)
    if errors:
        for error in errors:
            typer.echo(str(error), err=True)
        typer.echo(f"{len(errors)} bad line(s) in {records}; nothing written", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    canonical = merge(items)
    try:
        with atomic_jsonl(output) as writer:
            writer.write_all(canonical)
    except OSError as exc:
        typer.echo(f"error: cannot write {exc.filename or output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    if quiet:
        return
    s = summarise(items, canonical)
    typer.echo(
        f"{s.agreement_records} agreement records -> {s.canonical_agreements} canonical agreements "
        f"({s.merged_agreements} reported by several documents, {s.agreement_conflicts} conflict(s) listed); "
        f"{s.mission_records} mission records -> {s.canonical_missions} canonical missions; written to {output}",
        err=True,
    )
    lines = _conflict_lines(canonical)
    if lines:
        typer.echo("conflicts kept apart (see each record's `conflicts`):", err=True)
        for line in lines[:_MAX_LISTED]:
            typer.echo(line, err=True)
        if len(lines) > _MAX_LISTED:
            typer.echo(f"  ... and {len(lines) - _MAX_LISTED} more", err=True)


def _check_spared(*outputs: tuple[str, Path | None], inputs: list[tuple[str, Path]]) -> None:
    """No output names an input file or another output's file (exit 2, before anything is read or written)."""
    from .preflight import PreflightError, check_outputs_spare_inputs

    try:
        check_outputs_spare_inputs(outputs, inputs)
    except PreflightError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(err.exit_code) from None


def _check_outputs(*outputs: tuple[str, Path | None, str]) -> None:
    """Each ``(option, path, example name)`` to write can be written, as ``spacerec run`` checks ``-o``; else exit 3.

    Checked before any input is read, so a wrong path fails at once with one line naming the option,
    instead of a temporary file's name after the work is done. Missing folders are allowed (created later).
    """
    from .preflight import PreflightError, check_output

    for option, path, example in outputs:
        if path is None:
            continue
        try:
            check_output(path, option, example)
        except PreflightError as err:
            typer.echo(f"error: {err}", err=True)
            raise typer.Exit(err.exit_code) from None


def _read_canonical(path: Path) -> list[dict[str, Any]]:
    """Canonical records from a merge output; a records file (spacerec run's output) is merged first."""
    from .canonical import merge, read_records
    from .schema import canonical_errors

    first = next(read_jsonl(path), None)
    if first is None:  # an empty page would pass off a wrong or cut file as "no agreement"
        typer.echo(f"error: {path} holds no record (the file is empty or blank): nothing to draw", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    kind = first.value.get("record_type") if first is not None and isinstance(first.value, dict) else None
    if kind in ("document", "agency", "mission", "agreement"):
        items, errors = read_records(path)
        if errors:
            for error in errors:
                typer.echo(str(error), err=True)
            raise typer.Exit(EXIT_BAD_INPUT)
        return merge(items)
    out, bad = [], 0
    for line in read_jsonl(path):
        problems = list(canonical_errors(line.value)) if line.ok else [line.reason or "not JSON"]
        if problems:
            typer.echo(f"{path}:{line.number}: {problems[0]}", err=True)
            bad += 1
        else:
            out.append(line.value)
    if bad:
        typer.echo(f"{bad} bad line(s) in {path}; nothing written", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    return out


def network_command(
    canonical: Annotated[Path, typer.Argument(
        metavar="CANONICAL", help="Canonical records (spacerec merge's output); a records file is merged first.",
        exists=True, dir_okay=False, readable=True)],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Interactive HTML page to write (plotly, opens offline; missing "
                                               "folders are created).")] = None,
    png: Annotated[Path | None, typer.Option(
        "--png", metavar="FILE", help="Also (or only) write a static PNG picture (matplotlib).")] = None,
    year: Annotated[str | None, typer.Option(
        "--year", metavar="YEAR", help="Only the agreements of this year ('2022', or 'undated').")] = None,
) -> None:
    """Draw who signs with whom: agencies as nodes, canonical agreements as edges coloured by kind.

    The page has a year filter and lists every edge's sources. Needs the `network` extra
    (in a clone: pip install -e '.[network]'; the message says the exact command). Exit codes: 0 written;
    2 bad input or missing extra; 3 not writable.
    """
    from .network import NetworkDependencyError, write_html, write_png

    if output is None and png is None:
        raise typer.BadParameter("give --output PAGE.html and/or --png PICTURE.png")
    if year is not None and not re.fullmatch(r"\d{4}|undated", year):
        raise typer.BadParameter(f"{year!r} is not a year: give four digits ('2022') or 'undated'",
                                 param_hint="'--year'")
    _check_spared(("--output", output), ("--png", png), inputs=[("CANONICAL", canonical)])
    _check_outputs(("--output", output, "network.html"), ("--png", png, "network.png"))
    records = _read_canonical(canonical)
    try:
        for path, write in ((output, write_html), (png, write_png)):
            if path is None:
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            nodes, edges = write(records, path, year=year)
            typer.echo(f"{path}: {nodes} parties, {edges} edges", err=True)
            if not edges and year is not None:
                typer.echo(f"warning: no agreement of --year {year} in {canonical}: the picture is empty", err=True)
    except NetworkDependencyError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except OSError as exc:
        typer.echo(f"error: cannot write {exc.filename or output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
