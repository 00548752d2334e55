"""spaCy component ``spacerec_dates``: date spans with their parsed value.

Spans go to ``doc.spans[span_key]`` (``"sr_dates"`` by default); ``label_`` is the precision
(``day``, ``month``, ``year``) and ``span._.date_value`` the parsed :class:`~spacerec.dates.DateValue`,
whose ``year`` is None for a date the text gives without its year (the document step resolves it).
The patterns are the language's ``months_<lang>.json``, shipped with the package, so a saved
pipeline has nothing of its own to write: ``to_disk``/``from_disk`` keep the configuration only.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from ..doc_text import doc_text
from .parse import find_dates

SPAN_KEY = "sr_dates"

if not Span.has_extension("date_value"):
    Span.set_extension("date_value", default=None)


class DateTagger:
    """Finds and parses the dates of a doc in the pipeline's language (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "spacerec_dates", *, span_key: str = SPAN_KEY):
        self.name = name
        self.lang = nlp.lang
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        """Write the date spans of ``doc`` to ``doc.spans[span_key]``, each with its ``_.date_value``."""
        spans = []
        for found in find_dates(doc_text(doc), self.lang):
            span = doc.char_span(found.start, found.end, label=found.value.precision, alignment_mode="expand")
            if span is not None:
                span._.date_value = found.value
                spans.append(span)
        doc.spans[self.span_key] = SpanGroup(doc, name=self.span_key, spans=spans)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to write: the date patterns ship with the package (the span key is in the config)."""

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DateTagger:
        """Nothing to read (see :meth:`to_disk`)."""
        return self


@Language.factory("spacerec_dates", default_config={"span_key": SPAN_KEY},
                  assigns=["doc.spans", "span._.date_value"])
def make_date_tagger(nlp: Language, name: str, span_key: str) -> DateTagger:
    """Factory: date candidates parsed with dateparser in the pipeline's language."""
    return DateTagger(nlp, name, span_key=span_key)
