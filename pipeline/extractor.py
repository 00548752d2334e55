"""The library entry point: ``Extractor().extract(text, doc_id=...)`` returns the records.

Each step of the data flow is a function that can be called alone (``segment``, ``analyse``,
``find_facts``, ``build_records``); the Extractor holds what is expensive to build (the spaCy
pipelines, the knowledge base) and loads it once.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import __version__
from .analysis import Analysis, analyse
from .ingest import NormalisedText, SourceText
from .kb import KnowledgeBase, default_kb
from .merge import build_records
from .nlp import has_statistical_model, load_light_pipeline, load_pipelines
from .relations import find_facts, needs_model


class Extractor:
    """Loads one spaCy pipeline per language and the knowledge base, once.

    ``models`` maps a language to a pipeline name or path (``{"en": "en_core_web_md"}``), or
    ``"blank"`` for rules only. ``kb`` (or ``kb_dir``) replaces the shipped knowledge base.
    ``cascade=False`` runs the statistical pipelines over every block (slower; the reference
    configuration of the benchmark).
    """

    def __init__(
        self,
        *,
        models: Mapping[str, str | None] | None = None,
        kb: KnowledgeBase | None = None,
        kb_dir: str | Path | None = None,
        cascade: bool = True,
    ) -> None:
        self.kb = kb or (KnowledgeBase.from_dir(kb_dir) if kb_dir else default_kb())
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            self.nlps = load_pipelines(models, self.kb)
        self.warnings = [str(w.message) for w in caught]
        for caught_warning in caught:
            warnings.warn(str(caught_warning.message), caught_warning.category, stacklevel=2)
        self.statistical = all(has_statistical_model(nlp) for nlp in self.nlps.values())
        # the cascade: blocks no model-reading rule can fire on skip the statistical pipeline
        self.light = None
        if cascade and self.statistical:
            self.light = {lang: load_light_pipeline(lang, self.kb) for lang in self.nlps}

    @property
    def models(self) -> dict[str, str]:
        return {lang: nlp.meta.get("spacerec", {}).get("model", "?") for lang, nlp in self.nlps.items()}

    def analyse(self, text: str, doc_id: str = "doc") -> Analysis:
        """Blocks, spaCy docs and linked mentions of one text."""
        return analyse(text, doc_id, self.nlps, self.kb, statistical=self.statistical, light=self.light,
                       needs_model=needs_model)

    def extract(self, text: str, doc_id: str = "doc") -> list[dict[str, Any]]:
        """The contract records of one article text, sorted, ready for JSON Lines."""
        return self.extract_with_warnings(text, doc_id)[0]

    def extract_with_warnings(self, text: str, doc_id: str = "doc",
                              warnings_in: list[str] | None = None) -> tuple[list[dict[str, Any]], list[str]]:
        """Records plus what the document's reading had to skip or guess (also on its document record).

        The rules read the NFC form of ``text``; evidence offsets and texts refer to ``text`` itself.
        """
        view = NormalisedText(text)  # rules match NFC; evidence is mapped back to the text as given
        analysis = self.analyse(view.text, doc_id)
        records = build_records(analysis, find_facts(analysis))
        view.remap(records)
        notes = [*(warnings_in or []), *analysis.notes]
        if notes:
            for record in records:
                if record["record_type"] == "document":
                    record["warnings"] = notes
        return records, notes

    def extract_source(self, source: SourceText) -> list[dict[str, Any]]:
        """Records of a decoded file; decoding warnings go on its document record."""
        return self.extract_with_warnings(source.text, source.doc_id, source.warnings)[0]

    def info(self) -> dict[str, Any]:
        return {"version": __version__, "models": self.models, "agencies": len(self.kb.agencies),
                "missions": len(self.kb.missions)}
