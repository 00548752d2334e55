"""spaCy component ``spacerec_dates``: date spans with their parsed value.

Spans go to ``doc.spans["sr_dates"]``; ``label_`` is the precision and ``kb_id_`` the ISO
value, with ``????`` for a year the text does not give (the document step resolves it).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from .parse import DateValue, find_dates

SPAN_KEY = "sr_dates"


def encode(value: DateValue) -> str:
    year = f"{value.year:04d}" if value.year is not None else "????"
    month = f"-{value.month:02d}" if value.month is not None else ""
    day = f"-{value.day:02d}" if value.day is not None and month else ""
    return year + month + day


def decode(kb_id: str, precision: str) -> DateValue:
    parts = kb_id.split("-")
    year = None if parts[0] == "????" else int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    return DateValue(year, month, day, precision)


class DateTagger:
    def __init__(self, nlp: Language, name: str = "spacerec_dates"):
        self.name = name
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for found in find_dates(doc.text, self.lang):
            span = doc.char_span(found.start, found.end, label=found.value.precision,
                                 kb_id=encode(found.value), alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)
        return doc


@Language.factory("spacerec_dates")
def make_date_tagger(nlp: Language, name: str) -> DateTagger:
    """Factory: date candidates parsed with dateparser in the pipeline's language."""
    return DateTagger(nlp, name)
