"""Blocks -> spaCy docs -> sentences with mentions, persons, dates and cues in document offsets.

``analyse`` runs the spaCy pipelines (or the sentence cascade), collects what they found, then the
document-level passes of the other modules of this package, in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from ..blocks import Block, segment
from ..dates.component import SPAN_KEY as DATE_KEY
from ..entities.linker import SPAN_KEY as MENTION_KEY
from ..kb import KnowledgeBase
from ..triggers import SPAN_KEY as CUE_KEY
from .acronyms import _link_abbreviations
from .article_dates import _add_relative_dates, _article_date, _published, _resolve_years
from .coreference import _resolve_coreference
from .document import Analysis, CueMention, DateMention, Mention, Sentence, _sentence_at
from .mission_names import _link_known_aliases, _link_marked_names, _link_series_ellipsis, _split_programme_prefix
from .persons import (
    _NAME,
    PERSON_LABELS,
    _after_mentions,
    _before_mentions,
    _extend_particle,
    _extend_particle_left,
    _link_surnames,
    _trim_person,
    join_split_names,
)


def analyse(
    text: str,
    doc_id: str,
    nlps: Mapping[str, Language],
    kb: KnowledgeBase,
    *,
    statistical: bool = True,
    model_needs: Callable[[str, str], str | None] | None = None,
) -> Analysis:
    """Run segmentation, the spaCy pipelines and the document-level linking passes.

    ``model_needs`` (sentence text, language -> ``"parse"``, ``"persons"`` or None) turns the cascade on:
    blocks are tokenised and split into sentences once, and only the sentences it marks go through the
    statistical components that need reads (see :func:`_sentence_cascade`); without it, every block goes
    through the whole pipeline of its language (the reference configuration).
    """
    segmentation = segment(text)
    blocks = [b for b in segmentation.blocks if not b.is_duplicate_title and b.lang in nlps]
    docs: dict[int, Doc] = {}
    read_by_ner: dict[int, list[tuple[int, int]]] = {}  # block -> the sentences NER read, where not all
    for lang in sorted({b.lang for b in blocks}):
        todo = [b for b in blocks if b.lang == lang]
        if model_needs is not None and statistical:
            docs.update(_sentence_cascade(todo, nlps[lang], model_needs, read_by_ner))
            continue
        for block, doc in zip(todo, nlps[lang].pipe(b.text for b in todo), strict=True):
            docs[block.index] = doc

    sentences: list[Sentence] = []
    for block in blocks:
        doc = docs[block.index]
        for sent in doc.sents:
            start, end = block.start + sent.start_char, block.start + sent.end_char
            sentence = Sentence(len(sentences), start, end, text[start:end], block.lang, block, sent)
            sentences.append(sentence)
        _collect(doc, block, sentences, kb, read_by_ner.get(block.index))

    analysis = Analysis(doc_id, text, segmentation, sentences, kb, statistical=statistical)
    skipped = [b for b in segmentation.blocks if b.lang not in nlps and b.kind != "credit"]
    if skipped:
        analysis.notes.append(f"{len(skipped)} block(s) in a language other than English or French skipped "
                              f"(first at characters {skipped[0].start}-{skipped[0].end})")
    analysis.published = _published(analysis)
    analysis.article_date = _article_date(analysis)
    _link_abbreviations(analysis)
    _split_programme_prefix(analysis)
    _link_marked_names(analysis)
    _link_series_ellipsis(analysis)
    _link_known_aliases(analysis)
    _link_surnames(analysis)
    _resolve_coreference(analysis)
    _resolve_years(analysis)
    _add_relative_dates(analysis)
    return analysis


# what the statistical components write, copied from a sentence's doc into its block's doc
_MODEL_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
_SENTENCE_COMPONENT = "spacerec_sentences"
# the statistical components each need runs (in pipeline order); a pipeline without one skips it
_COMPONENTS = {"parse": ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner"),
               "persons": ("ner",)}


def _write_back(doc: Doc, parts: list[tuple[int, int, Doc]], block: Block,
                read_by_ner: dict[int, list[tuple[int, int]]]) -> None:
    """Write the model's annotations of the sentence docs ``parts`` (token start, end, doc) back into ``doc``.

    The rule sentence boundaries are kept; when the model read only some sentences of the block, their
    block-relative character ranges go into ``read_by_ner`` under the block's index.
    """
    values = doc.to_array(_MODEL_ATTRS)
    for start, end, part in parts:
        values[start:end] = part.to_array(_MODEL_ATTRS)
    starts = doc.to_array([SENT_START])
    doc.from_array(_MODEL_ATTRS, values)
    doc.from_array([SENT_START], starts)  # the rule boundaries, which setting a parse recomputes
    covered = sorted((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for start, end, _ in parts)
    if len(parts) < len(list(doc.sents)):
        read_by_ner[block.index] = covered


def _sentence_cascade(blocks: list[Block], nlp: Language, model_needs: Callable[[str, str], str | None],
                      read_by_ner: dict[int, list[tuple[int, int]]]) -> dict[int, Doc]:
    """Block index -> doc, with the statistical components run only on the sentences that need them.

    Every block is tokenised and split into sentences by ``nlp``'s tokenizer and sentence rules; the sentences
    ``model_needs`` marks go, as docs of their own, through the statistical components
    that need asks for (one batch per need for all the blocks), and their tags, lemmas, parse and entities
    are written back into the block's doc at the same tokens; then the rule components (linker, dates,
    cues) run on the block doc, after the model as in the full pipeline.

    Blocks where NER read only some sentences are added to ``read_by_ner`` (block-relative
    character ranges of those sentences), so that persons elsewhere come from capitalised names.
    """
    sentencer = nlp.get_pipe(_SENTENCE_COMPONENT)
    docs = [sentencer(nlp.make_doc(block.text)) for block in blocks]
    jobs: dict[str, list[tuple[int, int, int]]] = {"parse": [], "persons": []}
    for k, (block, doc) in enumerate(zip(blocks, docs, strict=True)):
        for sent in doc.sents:
            need = model_needs(sent.text, block.lang)
            if need in jobs:
                jobs[need].append((k, sent.start, sent.end))
    annotated: dict[int, list[tuple[int, int, Doc]]] = {}
    for need, wanted in jobs.items():
        if not wanted:
            continue
        parts: Iterable[Doc] = [docs[k][start:end].as_doc() for k, start, end in wanted]
        for name, component in nlp.pipeline:
            if name in _COMPONENTS[need]:
                parts = component.pipe(parts) if hasattr(component, "pipe") else map(component, parts)
        for (k, start, end), part in zip(wanted, parts, strict=True):
            annotated.setdefault(k, []).append((start, end, part))
    for k, parts in annotated.items():
        _write_back(docs[k], parts, blocks[k], read_by_ner)
    for name, component in nlp.pipeline:
        if name.startswith("spacerec_") and name != _SENTENCE_COMPONENT:
            docs = [component(doc) for doc in docs]
    return {block.index: doc for block, doc in zip(blocks, docs, strict=True)}


def _person_spans(doc: Doc, block: Block, read_by_ner: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """Candidate person spans of the block, in document offsets, before trimming.

    Statistical NER where a model runs, else capitalised names; never over a KB mention (checked by the caller).
    """
    base = block.start
    ents = [(base + e.start_char, base + e.end_char, e.label_) for e in doc.ents] \
        if doc.has_annotation("ENT_IOB") else []
    person_spans: list[tuple[int, int]] = [(s, e) for s, e, label in ents if label in PERSON_LABELS]
    if not person_spans:
        # capitalised names, except where the statistical NER (when it ran) calls the words a place or an
        # organisation ("après la signature à Buenos Aires")
        other = [(s, e) for s, e, label in ents if label not in PERSON_LABELS]
        person_spans = [(base + m.start(), base + m.end()) for m in _NAME.finditer(block.text)
                        if not any(s < base + m.end() and base + m.start() < e for s, e in other)]
    elif read_by_ner:
        # NER found persons in the sentences it read; the sentences it did not read get capitalised names
        person_spans += [(base + m.start(), base + m.end()) for m in _NAME.finditer(block.text)
                         if not any(s <= m.start() < e for s, e in read_by_ner)]
    return person_spans


def _collect_dates_and_cues(doc: Doc, block: Block, sentences: list[Sentence], taken: list[tuple[int, int]]) -> None:
    """Move the doc's dates (none inside a KB mention, ``taken``) and agreement cues into their sentences."""
    base = block.start
    for span in doc.spans.get(DATE_KEY, []):
        start, end = base + span.start_char, base + span.end_char
        if any(start < e and s < end for s, e in taken):
            continue  # "Mars 2020", "Artemis 2024" are names, not dates
        sentence = _sentence_at(sentences, start)
        if sentence is not None:
            sentence.dates.append(DateMention(start, end, span.text, span._.date_value,
                                              block.lang, sentence.index))
    for span in doc.spans.get(CUE_KEY, []):
        sentence = _sentence_at(sentences, base + span.start_char)
        if sentence is not None and span._.agreement_cue is not None:
            sentence.cues.append(CueMention(base + span.start_char, base + span.end_char, span.text,
                                            span._.agreement_cue, sentence.index))


def _collect(doc: Doc, block: Block, sentences: list[Sentence], kb: KnowledgeBase,
             read_by_ner: list[tuple[int, int]] | None = None) -> None:
    """Move the doc's mentions, persons and dates into document offsets and their sentences.

    ``read_by_ner``: the block-relative ranges of the sentences the statistical NER read when it read
    only some of the block (the cascade); elsewhere persons come from capitalised names.
    """
    base = block.start
    taken: list[tuple[int, int]] = []
    for span in doc.spans.get(MENTION_KEY, []):
        start, end = base + span.start_char, base + span.end_char
        mention = Mention(start, end, span.text, span.label_, span._.kb_ids, span._.link_via, block.lang,
                          block, name=span._.link_name)
        sentence = _sentence_at(sentences, start)
        if sentence is not None:
            mention.sent = sentence.index
            sentence.mentions.append(mention)
            taken.append((start, end))
    person_spans = _person_spans(doc, block, read_by_ner)
    honorifics = [(base + c.start_char, base + c.end_char) for c in doc.spans.get(CUE_KEY, [])
                  if c._.agreement_cue is not None and c._.agreement_cue.category == "HONORIFIC"]
    for start, end in person_spans:
        end = base + _extend_particle(block.text, end - base)
        start, end = _trim_person(block.text, start - base, end - base)
        start, end = _after_mentions(block.text, base, base + start, base + end, taken + honorifics)
        start, end = _before_mentions(block.text, base, start, end, taken)
        left = base + _extend_particle_left(block.text, start - base)
        if not any(left < e and s < start for s, e in taken):
            start = left
        if end - start < 3 or any(start < e and s < end for s, e in taken):
            continue
        surface = block.text[start - base : end - base]
        if " " not in surface.strip() or kb.lookup(surface):
            continue
        sentence = _sentence_at(sentences, start)
        if sentence is not None:
            sentence.persons.append(Mention(start, end, surface, "PERSON", (surface,), "ner", block.lang, block,
                                            sentence.index))
    _collect_dates_and_cues(doc, block, sentences, taken)
    for sentence in sentences:
        sentence.mentions.sort(key=lambda m: m.start)
        sentence.persons = join_split_names(sorted(sentence.persons, key=lambda m: m.start))
