"""Evaluation: score predicted records against hand-labelled gold files and report the errors.

``scoring`` reads record files and computes the metrics; ``report_text`` and ``report_html``
present a result; ``cli`` is the ``spacerec eval`` command.
"""

from spacerec.evaluation.report_html import render_html
from spacerec.evaluation.report_text import format_text
from spacerec.evaluation.scoring import (
    HEADLINE,
    METRICS,
    ErrorItem,
    EvalResult,
    RecordFileError,
    Score,
    evaluate,
    load_records,
    load_records_lenient,
)

__all__ = [
    "HEADLINE",
    "METRICS",
    "ErrorItem",
    "EvalResult",
    "RecordFileError",
    "Score",
    "evaluate",
    "format_text",
    "load_records",
    "load_records_lenient",
    "render_html",
]
