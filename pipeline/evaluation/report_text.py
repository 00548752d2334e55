"""The plain-text evaluation report: what a developer reads after changing a rule."""

from __future__ import annotations

from spacerec.evaluation.scoring import HEADLINE, EvalResult, macro_f1


def _ci(result: EvalResult, name: str) -> str:
    bounds = result.ci.get(name)
    return f"[{bounds[0]:.3f}, {bounds[1]:.3f}]" if bounds else ""


def _metrics_table(result: EvalResult) -> list[str]:
    lines = [
        f"{'metric':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}  F1 95% CI"
    ]
    for name, score in result.metrics.items():
        mark = "*" if name in HEADLINE else " "
        note = " (empty)" if score.empty else ""
        lines.append(
            f"{mark}{name:<19} {score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f} "
            f"{score.tp:>5} {score.fp:>5} {score.fn:>5}  {_ci(result, f'{name}.f1')}{note}".rstrip()
        )
    lines.append("(* headline metrics, averaged into macro-F1)")
    return lines


def _error_lines(result: EvalResult, max_errors: int | None) -> list[str]:
    shown = result.errors if max_errors is None else result.errors[:max_errors]
    lines = [f"Errors ({len(result.errors)}: false positives FP, misses FN)"]
    for error in shown:
        lines.append(
            f"  {error.kind.upper()}  {error.metric:<18} {error.doc_id}  {error.key}"
        )
        lines.extend(f"        evidence: {text!r}" for text in error.evidence)
    if len(shown) < len(result.errors):
        lines.append(
            f"  ... {len(result.errors) - len(shown)} more (raise --max-errors to see them)"
        )
    return lines


def format_text(result: EvalResult, *, max_errors: int | None = 50, totals_only: bool = False) -> str:
    """Metrics table, macro-F1 with its interval, per-document scores, then every FP/FN with evidence.

    ``totals_only`` stops after the totals: no document name, score or error (for held-out test splits).
    """
    lines = _metrics_table(result)
    interval = _ci(result, "macro_f1")
    lines += [
        "",
        f"macro-F1 {result.macro_f1:.3f}"
        + (f"  95% CI {interval}" if interval else ""),
    ]
    missing = len(result.unpredicted_gold_docs)
    lines.append(f"documents scored: {len(result.per_doc)}" + (
        f" ({missing} of them without any predicted record: all their gold counts as misses)" if missing else ""))
    if result.linking_accuracy is not None:
        lines.append(
            f"agency linking accuracy {result.linking_accuracy:.3f} "
            f"({result.linking_correct}/{result.linking_count} gold mentions also predicted)"
        )
    if totals_only:
        return "\n".join(lines) + "\n"
    if result.ignored_pred_docs:
        lines.append(
            f"ignored {len(result.ignored_pred_docs)} predicted documents not in gold (not scored), e.g. "
            + ", ".join(result.ignored_pred_docs[:3]) + (", ..." if len(result.ignored_pred_docs) > 3 else "")
        )
    lines += ["", "Per document (worst first)"]
    ranked = sorted(
        result.per_doc.items(), key=lambda item: (macro_f1(item[1]), item[0])
    )
    lines += [f"  {macro_f1(scores):.3f}  {doc}" for doc, scores in ranked]
    if max_errors != 0:
        lines += [""] + _error_lines(result, max_errors)
    return "\n".join(lines) + "\n"
