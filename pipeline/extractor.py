"""The library entry point: ``Extractor().extract(text, doc_id=...)`` returns the records.

Each step of the data flow is a function that can be called alone (``segment``, ``analyse``,
``find_facts``, ``build_records``); the Extractor holds what is expensive to build (the spaCy
pipelines, the knowledge base) and loads it once.
"""

from __future__ import annotations

import importlib.util
import json
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language

from . import __version__
from .analysis import Analysis, analyse, analyse_many
from .blocks.language import preload as preload_language_detector
from .blocks.segment import page_break_edits, shared_page_lines
from .ingest import NormalisedText, SourceText
from .kb import KnowledgeBase, default_kb
from .markup import citation_edits, markup_edits
from .merge import build_records
from .nlp import BLANK, LANGUAGES, load_pipeline, resolve_model
from .relations import find_facts, model_needs

# documents per spaCy memory zone (see Extractor._open_zone); 0 turns the zones off
ZONE_DOCUMENTS = 100
# the changes the rules' view of a text makes, in order: HTML markup and reference marks out, then the sentences a
# page break or a line end cut joined
VIEW_EDITORS = (markup_edits, citation_edits, page_break_edits)
# whitespace-separated strings ("NASA,", "said") of a zone's documents seen at least this often are tokenised again
# outside the zone when it closes, so that spaCy's tokenizer cache (which a zone never fills) serves them for good
WARM_MIN_COUNT = 2
# strings counted across zones (those not cached yet, the most frequent), so that a word seen once in each of two
# zones counts twice
WARM_COUNTED = 50_000
_CACHE_SIZE = 10_000  # spaCy's default max_cache_size: once that many strings are cached, counting stops


_LETTERS = re.compile(r"[^\W\d_]+")


def _lexicon(kb: KnowledgeBase, model_names: Iterable[str]) -> frozenset[str]:
    """Lower-cased words of the KB's aliases, the months of both languages and the models' shipped vocabularies."""
    words: set[str] = set()
    for bucket in kb.alias_index.values():
        for candidate in bucket:
            words.update(w.lower() for w in _LETTERS.findall(candidate.alias))
    for lang in LANGUAGES:
        months = json.loads(resources.files("spacerec.dates").joinpath(f"months_{lang}.json").read_text("utf-8"))
        words.update(m.lower() for m in months["months"])
    for name in model_names:
        for strings in _vocabulary_files(name):
            try:
                values = json.loads(strings.read_text("utf-8"))
            except (OSError, ValueError):
                continue
            words.update(v.lower() for v in values if isinstance(v, str) and v.isalpha())
    return frozenset(words)


def _vocabulary_files(name: str) -> list[Path]:
    """The ``vocab/strings.json`` of a model given by package name or path (none for a blank pipeline)."""
    if name == BLANK:
        return []
    folder = Path(name)
    if not folder.is_dir():
        spec = importlib.util.find_spec(name) if name.isidentifier() else None
        if spec is None or not spec.submodule_search_locations:
            return []
        folder = Path(next(iter(spec.submodule_search_locations)))
    return sorted(folder.glob("vocab/strings.json")) or sorted(folder.glob("*/vocab/strings.json"))[:1]


class LazyPipelines(Mapping[str, Language]):
    """Language -> spaCy pipeline, each loaded on its first use and then kept.

    The keys are known at once (``lang in pipelines`` never loads anything), so a run over
    English articles never loads the French model, and the first record does not wait for
    models its document does not need.
    """

    def __init__(self, loaders: Mapping[str, Callable[[], Language]]) -> None:
        self._loaders = dict(loaders)
        self._loaded: dict[str, Language] = {}

    def __getitem__(self, lang: str) -> Language:
        if lang not in self._loaded:
            self._loaded[lang] = self._loaders[lang]()  # KeyError for an unknown language, as a dict
        return self._loaded[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaders)

    def __len__(self) -> int:
        return len(self._loaders)

    def loaded(self) -> list[Language]:
        """The pipelines loaded so far."""
        return list(self._loaded.values())

    def loaded_languages(self) -> list[str]:
        """The languages whose pipeline is loaded."""
        return list(self._loaded)


class Extractor:
    """Holds one spaCy pipeline per language and the knowledge base, each loaded once, on first use.

    ``models`` maps a language to a pipeline name or path (``{"en": "en_core_web_md"}``), or
    ``"blank"`` for rules only. ``kb`` (or ``kb_dir``) replaces the shipped knowledge base.
    ``cascade=False`` runs the statistical pipelines over every block (slower; the reference
    configuration of the benchmark); by default only the sentences whose trigger words a rule that reads
    the model starts from go through the statistical components that rule reads (see
    :func:`spacerec.analysis.analyse`). Statistical pipelines load when a document first needs
    them; a blank one (rules only, with its warning) at once.
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
        models = models or {}
        self._names = {lang: resolve_model(lang, models.get(lang)) for lang in LANGUAGES}
        self.nlps = LazyPipelines({lang: self._loader(lang, models.get(lang)) for lang in LANGUAGES})
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for lang, name in self._names.items():
                if name == BLANK:
                    self.nlps[lang]  # cheap, and says now (NoModelWarning) that the rules run alone
        self.warnings = [str(w.message) for w in caught]
        for caught_warning in caught:
            warnings.warn(str(caught_warning.message), caught_warning.category, stacklevel=2)
        self.statistical = all(name != BLANK for name in self._names.values())
        self.zone_documents = ZONE_DOCUMENTS
        self._zone: ExitStack | None = None
        self._zone_documents = 0
        self._chunk_counts: dict[str, Counter[str]] = {}  # language -> chunks of the open zone's blocks
        self._warmed: dict[str, set[str]] = {}  # language -> chunks tokenised outside a zone (cached for good)
        # the cascade: only the sentences a model-reading rule may fire on go through the statistical components
        self.cascade = cascade and self.statistical
        self._lexicon: frozenset[str] | None = None  # see known_word

    def known_word(self, word: str) -> bool:
        """Whether ``word`` is a word of the knowledge base's names, a month, or a word of a model's vocabulary.

        What decides whether a hyphen at a line end breaks a word ("Explora-|tion") or is the word's own
        ("Soyuz-|FG"). The vocabulary is the one the models ship with (read once, on first use), never strings a
        run added, so the answer is the same for every document.
        """
        if self._lexicon is None:
            self._lexicon = _lexicon(self.kb, self._names.values())
        return word.lower() in self._lexicon

    def _loader(self, lang: str, model: str | None) -> Callable[[], Language]:
        return lambda: load_pipeline(lang, model, self.kb)

    def preload(self) -> Extractor:
        """Load every pipeline and the language detector now rather than when a document first needs them.

        For a service that wants its first request as fast as the others. Returns the extractor.
        """
        for lang in self.nlps:
            self.nlps[lang]
        preload_language_detector()
        return self

    @property
    def models(self) -> dict[str, str]:
        """Language -> the pipeline name in use (``"blank"`` for rules only), without loading it."""
        return dict(self._names)

    def analyse(self, text: str, doc_id: str = "doc") -> Analysis:
        """Blocks, spaCy docs and linked mentions of one text (its docs stay valid: no memory zone is open)."""
        self.release()
        return self._analyse(text, doc_id)

    def _analyse(self, text: str, doc_id: str) -> Analysis:
        return analyse(text, doc_id, self.nlps, self.kb, statistical=self.statistical,
                       model_needs=model_needs if self.cascade else None)

    def extract(self, text: str, doc_id: str = "doc") -> list[dict[str, Any]]:
        """The contract records of one article text, sorted, ready for JSON Lines."""
        return self.extract_with_warnings(text, doc_id)[0]

    def extract_with_warnings(self, text: str, doc_id: str = "doc",
                              warnings_in: list[str] | None = None) -> tuple[list[dict[str, Any]], list[str]]:
        """Records plus what the document's reading had to skip or guess (also on its document record).

        The rules read the NFC form of ``text``; evidence offsets and texts refer to ``text`` itself.
        """
        result = self.extract_many([(text, doc_id, warnings_in)])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def extract_many(self, items: Iterable[tuple[str, str] | tuple[str, str, list[str] | None]]
                     ) -> list[tuple[list[dict[str, Any]], list[str]] | Exception]:
        """:meth:`extract_with_warnings` of several ``(text, doc_id[, warnings])``, in their order, batched.

        The statistical model reads the sentences of all the documents in one batch per language and need
        (see :func:`spacerec.analysis.analyse_many`); the records are those :meth:`extract_with_warnings` gives
        each document alone. A document that fails gets its exception in its place (the others go on);
        the caller decides whether to raise it. Batches of a few dozen documents are the sweet spot: the
        model's cost per sentence stops falling, and the docs of a batch are held in memory together.
        """
        items = list(items)
        for item in items:
            _check_item(item[0], item[1])
        # rules match NFC without HTML markup, with the sentences a page break cut and the words a line end broke
        # joined; evidence maps back to the text
        with shared_page_lines():  # a view's page lines are the ones segment reads: read once per text
            views = [NormalisedText(item[0], self.known_word, editors=VIEW_EDITORS) for item in items]
            self._open_zone()
            try:
                analyses = analyse_many([(view.text, item[1]) for view, item in zip(views, items, strict=True)],
                                        self.nlps, self.kb, statistical=self.statistical,
                                        model_needs=model_needs if self.cascade else None)
                results: list[tuple[list[dict[str, Any]], list[str]] | Exception] = []
                for item, view, analysis in zip(items, views, analyses, strict=True):
                    if isinstance(analysis, Exception):
                        results.append(analysis)
                        continue
                    self._count_chunks(analysis)
                    try:
                        results.append(self._records(analysis, view, item[2] if len(item) > 2 else None))
                    except Exception as exc:  # one bad document never stops the batch
                        results.append(exc)
                analyses.clear()  # their docs go before a zone frees the strings they point to
            finally:
                self._count_documents(len(items))
        return results

    @staticmethod
    def _records(analysis: Analysis, view: NormalisedText,
                 warnings_in: list[str] | None) -> tuple[list[dict[str, Any]], list[str]]:
        # the rules read spaCy docs: the records are built before a zone frees their strings
        records = build_records(analysis, find_facts(analysis))
        view.remap(records)
        notes = [*(warnings_in or []), *(view.remap_note(note) for note in analysis.notes)]
        if notes:
            for record in records:
                if record["record_type"] == "document":
                    record["warnings"] = notes
        return records, notes

    def _count_documents(self, documents: int) -> None:
        """Count documents read inside the open zone, closing it once it has served :attr:`zone_documents`."""
        if self._zone is not None:
            self._zone_documents += documents
            if self._zone_documents >= self.zone_documents:
                self.release()

    def _open_zone(self) -> ExitStack | None:
        """The spaCy memory zones of the loaded pipelines, opened if none is open (None for ``zone_documents=0``).

        Strings and lexemes that documents add to the pipelines' string stores live until the zone
        closes, after :attr:`zone_documents` documents: a long run stays flat. The tokenizer's cache, which a
        zone does not fill, is filled between zones with the frequent strings of the zones so far
        (:meth:`_warm_tokenizers`). A pipeline loaded inside a zone joins the next one.
        """
        loaded = self.nlps.loaded()
        if self._zone is None and self.zone_documents > 0 and loaded:
            self._warm_tokenizers()
            stack = ExitStack()
            for nlp in loaded:
                stack.enter_context(nlp.memory_zone())
            self._zone, self._zone_documents = stack, 0
        return self._zone

    def _count_chunks(self, analysis: Analysis) -> None:
        """Count the whitespace-separated strings of the blocks ``analysis`` read (inside a zone only)."""
        if self._zone is None:
            return
        for block in analysis.segmentation.blocks:
            if block.lang in self.nlps and len(self._warmed.get(block.lang, ())) < _CACHE_SIZE:
                self._chunk_counts.setdefault(block.lang, Counter()).update(block.text.split())

    def _warm_tokenizers(self) -> None:
        """Tokenise, outside any zone, the frequent strings of the zones so far, while the tokenizer cache has room.

        Inside a memory zone spaCy's tokenizer reads its cache but never adds to it (the lexemes a zone makes are
        freed with it), so every word of every document went through the prefix, suffix and infix patterns again.
        A string tokenised outside a zone is cached with lexemes that stay: at most the cache's size of them
        (spaCy's ``max_cache_size``, 10,000 strings per tokenizer), so memory stays bounded; the counts of
        strings not cached yet are kept across zones, the :data:`WARM_COUNTED` most frequent. Tokenisation is
        the same with or without the cache.
        """
        for lang, counter in self._chunk_counts.items():
            if lang not in self.nlps.loaded_languages():
                continue
            tokenizer = self.nlps[lang].tokenizer
            warmed = self._warmed.setdefault(lang, set())
            room = getattr(tokenizer, "max_cache_size", _CACHE_SIZE) - len(warmed)
            ranked = counter.most_common()
            fresh = [chunk for chunk, count in ranked if count >= WARM_MIN_COUNT and chunk not in warmed][:max(room, 0)]
            for chunk in fresh:
                # one call per string: spaCy caches no string of a call after one that hits a special case
                tokenizer(chunk)
            warmed.update(fresh)
            # the strings still counted: not cached, the most frequent (bounded, as the store of a zone)
            kept = [(chunk, count) for chunk, count in ranked[:WARM_COUNTED] if chunk not in warmed] \
                if room > len(fresh) else []
            self._chunk_counts[lang] = Counter(dict(kept))

    def release(self) -> None:
        """Close the open memory zone: what earlier documents added to the string stores is freed.

        spaCy docs made by :meth:`extract` never outlive it; call this before handing the extractor's
        pipelines to other code that keeps docs.
        """
        if self._zone is not None:
            zone, self._zone = self._zone, None
            zone.close()

    def extract_source(self, source: SourceText) -> list[dict[str, Any]]:
        """Records of a decoded file; decoding warnings go on its document record."""
        return self.extract_with_warnings(source.text, source.doc_id, source.warnings)[0]

    def info(self) -> dict[str, Any]:
        """The package version, the models loaded and the size of the knowledge base."""
        return {"version": __version__, "models": self.models, "agencies": len(self.kb.agencies),
                "missions": len(self.kb.missions)}


def _check_item(text: object, doc_id: object) -> None:
    """A clear TypeError for what the library API is often given by mistake: bytes read from a file, a path."""
    if not isinstance(text, str):
        hint = (": decode the file's bytes first (spacerec.ingest.decode(data)[0] reads them as spacerec run does)"
                if isinstance(text, (bytes, bytearray)) else
                ": read the file first (spacerec.ingest.read_source(path).text)" if isinstance(text, Path) else "")
        raise TypeError(f"Extractor.extract takes the article's text as str, not {type(text).__name__}{hint}")
    if not isinstance(doc_id, str):
        raise TypeError(f"doc_id must be a str (the article's path without extension), not {type(doc_id).__name__}")
