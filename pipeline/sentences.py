"""spaCy component ``spacerec_sentences``: rule-based sentence boundaries set before the parser.

The small French model splits captions at elisions ("Panorama de l’ | Océan ..."), which
breaks every rule that reads a sentence. Boundaries here come from punctuation alone and
are the same with or without a statistical model; the parser respects preset boundaries.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .doc_text import doc_text

_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {"”", "\"", "»", "’", ")", "]"}
# abbreviations after which a period does not end a sentence (data: sentence_abbreviations.json, with the reason)
_ABBREVIATIONS = frozenset(json.loads((Path(__file__).with_name("sentence_abbreviations.json")).read_text(
    encoding="utf-8"))["abbreviations"])


class SentenceRules:
    """Sentence boundaries from punctuation alone, set before the parser (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "spacerec_sentences"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on every token of ``doc`` and return it."""
        if not len(doc):
            return doc
        # plain lists from the token arrays and one array write: no Token object is made
        text = doc_text(doc)  # spaCy joins the tokens' texts on every access: once per doc
        cols = doc.to_array([IDX, LENGTH, SPACY]).tolist()
        texts = [text[idx : idx + length] for idx, length, _ in cols]
        gaps = [" " if space else "" for _, _, space in cols]
        starts = [1]
        for i in range(1, len(texts)):
            text, prev = texts[i], texts[i - 1]
            if prev in _CLOSERS and i >= 2 and texts[i - 2] in _FINAL:
                # "(res.) Uri Oron": a period closing an abbreviation inside brackets ends no sentence
                boundary = not (texts[i - 2] == "." and i >= 3 and texts[i - 3].lower() in _ABBREVIATIONS)
            else:
                boundary = prev in _FINAL and not (prev == "." and i >= 2 and texts[i - 2].lower() in _ABBREVIATIONS)
            starts_like_sentence = text[:1].isupper() or text[:1].isdigit() or text[:1] in "“\"«‘'("
            if "\n\n" in gaps[i - 1] or (text.isspace() and "\n\n" in text):
                boundary, starts_like_sentence = True, True
            starts.append(1 if boundary and starts_like_sentence and text not in _CLOSERS else -1)
        doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int32).astype(numpy.uint64))
        return doc


@Language.factory("spacerec_sentences")
def make_sentence_rules(nlp: Language, name: str) -> SentenceRules:
    """Factory: punctuation-based sentence boundaries, placed before the parser."""
    return SentenceRules(nlp, name)
