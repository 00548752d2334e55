"""spaCy component ``spacerec_sentences``: rule-based sentence boundaries set before the parser.

The small French model splits captions at elisions ("Panorama de l’ | Océan ..."), which
breaks every rule that reads a sentence. Boundaries here come from punctuation alone and
are the same with or without a statistical model; the parser respects preset boundaries.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {"”", "\"", "»", "’", ")", "]"}
# abbreviations after which a period does not end a sentence
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "m", "mme", "st", "no", "vs", "etc", "jan", "feb", "aug", "sept", "oct",
                  "nov", "dec", "gen", "lt", "col", "prof", "pr", "av", "env", "cf", "janv", "févr", "juil", "déc"}


class SentenceRules:
    """Sentence boundaries from punctuation alone, set before the parser (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "spacerec_sentences"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on every token of ``doc`` and return it."""
        for i, token in enumerate(doc):
            if i == 0:
                token.is_sent_start = True
                continue
            prev = doc[i - 1]
            if prev.text in _CLOSERS and i >= 2 and doc[i - 2].text in _FINAL:
                boundary = True
            else:
                boundary = prev.text in _FINAL and not (
                    prev.text == "." and i >= 2 and doc[i - 2].text.lower() in _ABBREVIATIONS
                )
            starts_like_sentence = token.text[:1].isupper() or token.text[:1].isdigit() or token.text[:1] in "“\"«‘'("
            if "\n\n" in prev.whitespace_ or (token.is_space and "\n\n" in token.text):
                boundary, starts_like_sentence = True, True
            token.is_sent_start = bool(boundary and starts_like_sentence and token.text not in _CLOSERS)
        return doc


@Language.factory("spacerec_sentences")
def make_sentence_rules(nlp: Language, name: str) -> SentenceRules:
    """Factory: punctuation-based sentence boundaries, placed before the parser."""
    return SentenceRules(nlp, name)
