"""Blocks -> spaCy docs -> sentences with linked mentions, persons and resolved dates.

This is the "linked mentions" step of the data flow. Everything it produces is in document
character offsets, so relation rules and evidence never have to think about blocks again.
Document-level passes that a per-block spaCy component cannot do live here: acronyms defined
in one block and used in another, simple coreference ("the latter", "the agency"), and years
taken from the rest of the article.

Modules, one responsibility each: ``document`` (the objects relation rules read), ``collect``
(``analyse``, ``analyse_many``: spaCy docs -> sentences, then the passes), ``persons``, ``mission_names``,
``acronyms``, ``coreference`` and ``article_dates`` (the article's date, years, relative dates).
"""

from .article_dates import reference_date
from .collect import Reading, analyse, analyse_many, link, read_blocks, run_models
from .document import Analysis, CueMention, DateMention, Mention, Sentence
from .persons import PERSON_LABELS

__all__ = ["PERSON_LABELS", "Analysis", "CueMention", "DateMention", "Mention", "Reading", "Sentence", "analyse",
           "analyse_many", "link", "read_blocks", "reference_date", "run_models"]
