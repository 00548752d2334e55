"""A spaCy doc's text, joined once per doc.

``Doc.text`` joins the texts of all the doc's tokens (one ``Token`` object each) on every access, and the
sentence rules, the KB linker and the date tagger each read the whole text of every doc. The first of them
keeps it in the doc's ``user_data``, so it lives and dies with the doc (never a cache that outlives it); a doc made
by :func:`make_doc` keeps the text it was made from, which is its text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_KEY = "spacerec_text"


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` (the tokenizer alone), the doc keeping ``text`` as its text: never joined again."""
    doc = nlp.make_doc(text)
    if len(doc):
        doc.user_data[_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined on the first call for ``doc`` and kept in its ``user_data``.

    A kept text is used only while its length is the doc's (a doc whose ``user_data`` was copied from
    another doc, or an empty doc, joins its own).
    """
    kept = doc.user_data.get(_KEY)
    if isinstance(kept, str) and len(doc) and len(kept) == _char_length(doc):
        return kept
    text = doc.text
    if len(doc):
        doc.user_data[_KEY] = text
    return text


def _char_length(doc: Doc) -> int:
    """The number of characters of a non-empty ``doc`` (its last token's offset, text and whitespace)."""
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
