"""A self-contained HTML page to look at errors in context: text, highlighted evidence, FP/FN.

Highlighting uses displaCy's span style (``manual=True``) because evidence spans overlap
(an agreement's sentence contains its parties' names), which the ``ent`` style cannot draw.
"""

from __future__ import annotations

import html
import json
import re
from itertools import pairwise
from typing import Any

from spacerec.evaluation.scoring import (
    HEADLINE,
    ErrorItem,
    EvalResult,
    by_doc,
    macro_f1,
)
from spacerec.records import record_key

_COLOURS = {
    "document": "#d9d9d9",
    "agency": "#9fd3f5",
    "mission": "#b8e6a1",
    "agreement": "#f9d48b",
}

_STYLE = """
body { font-family: sans-serif; margin: 2rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
td.num { text-align: right; }
tr.fp { background: #fdd; } tr.fn { background: #ffe9b3; }
.text { border-left: 3px solid #ccc; padding-left: 1rem; }
.note { color: #666; font-size: 0.9em; }
"""


def _label(record: dict[str, Any]) -> str:
    """Span label: record type and what it is (agency id, mission name or parties)."""
    kind = record["record_type"]
    name = record.get("name") if kind == "mission" else (record_key(record) or [""])[0]
    return f"{kind} {name}".strip()


def _line_spans(
    line: str, offset: int, spans: list[tuple[int, int, str]]
) -> dict[str, Any]:
    """DisplaCy input for one line: tokens cut at whitespace and at every span boundary."""
    end = offset + len(line)
    inside = [
        (max(s, offset) - offset, min(e, end) - offset, lab)
        for s, e, lab in spans
        if s < end and e > offset
    ]
    cuts = {b for s, e, _ in inside for b in (s, e)}
    starts: list[int] = []
    tokens: list[str] = []
    for match in re.finditer(r"\S+", line):
        bounds = [
            match.start(),
            *sorted(c for c in cuts if match.start() < c < match.end()),
            match.end(),
        ]
        for a, b in pairwise(bounds):
            starts.append(a)
            tokens.append(line[a:b])

    def token_at(char: int) -> int:
        return next((i for i, start in enumerate(starts) if start >= char), len(tokens))

    rendered = [
        {"start_token": token_at(s), "end_token": token_at(e), "label": lab}
        for s, e, lab in inside
        if line[s:e].strip()
    ]
    return {"text": line, "tokens": tokens, "spans": rendered}


def _highlighted(text: str, pred: list[dict[str, Any]]) -> tuple[str, int]:
    """The text with every predicted evidence span that slices it exactly; and how many did not."""
    # imported here: only --html needs spaCy at evaluation time
    from spacy import displacy

    spans, skipped = [], 0
    for record in pred:
        for ev in record.get("evidence") or []:
            start, end = ev.get("start"), ev.get("end")
            exact = (
                isinstance(start, int)
                and isinstance(end, int)
                and text[start:end] == ev.get("text")
            )
            if exact and 0 <= start < end:
                spans.append((start, end, html.escape(_label(record))))
            else:
                skipped += 1
    # displaCy writes labels into the markup unescaped, so they are escaped here
    colours = {html.escape(_label(r)): _COLOURS[r["record_type"]] for r in pred}
    lines, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append(_line_spans(line, offset, spans))
        offset += len(line) + 1
    if not lines:
        return "", skipped
    markup = displacy.render(
        lines, style="span", manual=True, page=False, options={"colors": colours}
    )
    return markup, skipped


def _row(cells: list[Any], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    tds = "".join(
        f'<td class="num">{c:.3f}</td>'
        if isinstance(c, float)
        else f"<td>{html.escape(str(c))}</td>"
        for c in cells
    )
    return f"<tr{attr}>{tds}</tr>"


def _table(head: list[str], rows: list[str]) -> str:
    ths = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    return f"<table><tr>{ths}</tr>{''.join(rows)}</table>"


def _summary(result: EvalResult) -> str:
    rows = []
    for name, score in result.metrics.items():
        low_high = result.ci.get(f"{name}.f1")
        ci = f"[{low_high[0]:.3f}, {low_high[1]:.3f}]" if low_high else ""
        shown = f"{name} *" if name in HEADLINE else name
        rows.append(
            _row(
                [
                    shown,
                    score.precision,
                    score.recall,
                    score.f1,
                    score.tp,
                    score.fp,
                    score.fn,
                    ci,
                ]
            )
        )
    macro_ci = result.ci.get("macro_f1")
    macro = f"macro-F1 {result.macro_f1:.3f}" + (
        f" (95% CI {macro_ci[0]:.3f}–{macro_ci[1]:.3f})" if macro_ci else ""
    )
    linking = (
        f"; agency linking {result.linking_correct}/{result.linking_count}"
        if result.linking_accuracy is not None
        else ""
    )
    docs = "".join(
        f'<tr><td><a href="#doc-{i}">{html.escape(doc)}</a></td><td class="num">{macro_f1(scores):.3f}</td></tr>'
        for i, (doc, scores) in enumerate(result.per_doc.items())
    )
    return (
        f"<p><b>{macro}</b>{linking}. * headline metric.</p>"
        + _table(["metric", "P", "R", "F1", "tp", "fp", "fn", "F1 95% CI"], rows)
        + f"<table><tr><th>document</th><th>macro-F1</th></tr>{docs}</table>"
    )


def _identity(record: dict[str, Any]) -> tuple[str, ...]:
    return (record["record_type"], *record_key(record))


def _record_row(status: str, record: dict[str, Any], cls: str = "") -> str:
    fields = {
        k: v
        for k, v in record.items()
        if k not in ("schema_version", "doc_id", "id", "evidence")
    }
    return _row(
        [
            status,
            record["record_type"],
            _label(record),
            json.dumps(fields, ensure_ascii=False),
        ],
        cls,
    )


def _record_rows(
    found: list[dict[str, Any]], wanted: list[dict[str, Any]]
) -> list[str]:
    """Predicted records (FP: no gold record has that identity), then the gold records missed (FN)."""
    found_ids, wanted_ids = (
        {_identity(r) for r in found},
        {_identity(r) for r in wanted},
    )
    rows = [
        _record_row("found", r)
        if _identity(r) in wanted_ids
        else _record_row("FP", r, "fp")
        for r in found
    ]
    rows += [
        _record_row("missed", r, "fn") for r in wanted if _identity(r) not in found_ids
    ]
    return rows


def _error_rows(errors: list[ErrorItem]) -> list[str]:
    return [
        _row([e.kind.upper(), e.metric, e.key, " / ".join(e.evidence)], e.kind)
        for e in errors
    ]


def render_html(
    result: EvalResult,
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    texts: dict[str, str] | None,
) -> str:
    """One page: summary at the top, then per document its text, records found and errors."""
    parts = [f"<h1>spacerec evaluation</h1>{_summary(result)}"]
    gold_docs, pred_docs = by_doc(gold), by_doc(pred)
    for i, doc in enumerate(result.per_doc):
        found, wanted = pred_docs.get(doc, []), gold_docs.get(doc, [])
        parts.append(
            f'<h2 id="doc-{i}">{html.escape(doc)} — macro-F1 {macro_f1(result.per_doc[doc]):.3f}</h2>'
        )
        text = (texts or {}).get(doc)
        if text is not None:
            markup, skipped = _highlighted(text, found)
            parts.append(f'<div class="text">{markup}</div>')
            if skipped:
                parts.append(
                    f'<p class="note">{skipped} evidence spans do not slice the text and are not shown.</p>'
                )
        table = _table(
            ["status", "type", "record", "fields"], _record_rows(found, wanted)
        )
        parts.append(f"<h3>Records (FP red, missed amber)</h3>{table}")
        errors = [e for e in result.errors if e.doc_id == doc]
        parts.append(
            "<h3>Errors (FP red, FN amber)</h3>"
            + _table(["kind", "metric", "key", "evidence"], _error_rows(errors))
        )
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>spacerec evaluation</title>'
        f"<style>{_STYLE}</style></head><body>\n{body}\n</body></html>\n"
    )
