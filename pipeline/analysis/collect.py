"""Blocks -> spaCy docs -> sentences with mentions, persons, dates and cues in document offsets.

``analyse`` runs the spaCy pipelines (or the sentence cascade), collects what they found, then the
document-level passes of the other modules of this package, in a fixed order. ``analyse_many`` does the
same for several documents with one statistical batch per language and need for all of them (the
three steps, :func:`read_blocks`, :func:`run_models` and :func:`link`, can also be called alone).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

from ..blocks import Block, Segmentation, segment
from ..dates.component import SPAN_KEY as DATE_KEY
from ..doc_text import make_doc
from ..entities.linker import SPAN_KEY as MENTION_KEY
from ..kb import KnowledgeBase
from ..triggers import SPAN_KEY as CUE_KEY
from ..triggers.rules import Cue
from .acronyms import _link_abbreviations
from .article_dates import _add_relative_dates, _article_date, _published, _resolve_years
from .coreference import _resolve_coreference
from .document import Analysis, CueMention, DateMention, Mention, Sentence, _sentence_at
from .mission_names import (
    _link_craft_lists,
    _link_instrument_lists,
    _link_known_aliases,
    _link_manifest_lists,
    _link_marked_names,
    _link_series_ellipsis,
    _link_vehicle_units,
    _split_programme_prefix,
)
from .persons import (
    _NAME,
    PERSON_LABELS,
    _after_mentions,
    _before_mentions,
    _extend_hyphen,
    _extend_particle,
    _extend_particle_left,
    _link_speaker_labels,
    _link_surnames,
    _trim_person,
    join_split_names,
)

ModelNeeds = Callable[[str, str], "str | None"]


@dataclass
class Reading:
    """One document between segmentation and the linking passes: its blocks, their docs and the model's work.

    ``docs`` maps a block index to its spaCy doc once it exists; ``wanted`` lists the sentences the cascade
    sends to the statistical components as ``(language, need, block index, token start, token end)``;
    ``read_by_ner`` holds, for a block where NER read only some sentences, their block-relative character
    ranges; ``sentence_counts`` the number of sentences of each block (cascade); ``cascade`` says whether
    the docs were made by the cascade (tokenizer and sentence rules, then the model on ``wanted`` and the rule
    components) or are still to be made by the whole pipelines.
    """

    text: str
    doc_id: str
    segmentation: Segmentation
    blocks: list[Block]
    statistical: bool
    cascade: bool
    docs: dict[int, Doc] = field(default_factory=dict)
    wanted: list[tuple[str, str, int, int, int]] = field(default_factory=list)
    read_by_ner: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    sentence_counts: dict[int, int] = field(default_factory=dict)
    annotated: bool = False  # the statistical part is done (run_models)
    linked: bool = False  # the rule components have run (link)


def analyse(
    text: str,
    doc_id: str,
    nlps: Mapping[str, Language],
    kb: KnowledgeBase,
    *,
    statistical: bool = True,
    model_needs: ModelNeeds | None = None,
) -> Analysis:
    """Run segmentation, the spaCy pipelines and the document-level linking passes.

    ``model_needs`` (sentence text, language -> ``"parse"``, ``"persons"`` or None) turns the cascade on:
    blocks are tokenised and split into sentences once, and only the sentences it marks go through the
    statistical components that need reads (see :func:`run_models`); without it, every block goes
    through the whole pipeline of its language (the reference configuration).
    """
    reading = read_blocks(text, doc_id, nlps, statistical=statistical, model_needs=model_needs)
    run_models([reading], nlps)
    return link(reading, nlps, kb)


def analyse_many(
    items: Iterable[tuple[str, str]],
    nlps: Mapping[str, Language],
    kb: KnowledgeBase,
    *,
    statistical: bool = True,
    model_needs: ModelNeeds | None = None,
) -> list[Analysis | Exception]:
    """:func:`analyse` of several ``(text, doc_id)`` pairs, in their order, the statistical part batched.

    The model reads the sentences of all the documents in one ``pipe`` per language and need (larger batches
    cost less per sentence than one call per document), and gives the same annotations. A document that fails
    gets its exception in its place, never stopping the others (a failing batch is read again document by
    document, so that only the document at fault fails).
    """
    readings: list[Reading | Exception] = []
    for text, doc_id in items:
        try:
            readings.append(read_blocks(text, doc_id, nlps, statistical=statistical, model_needs=model_needs))
        except Exception as exc:  # one bad document never stops the batch
            readings.append(exc)
    ready = [r for r in readings if isinstance(r, Reading)]
    try:
        run_models(ready, nlps)
    except Exception:
        for k, reading in enumerate(readings):
            if isinstance(reading, Reading) and not reading.annotated:
                try:
                    run_models([reading], nlps)
                except Exception as exc:
                    readings[k] = exc
    results: list[Analysis | Exception] = []
    for reading in readings:
        if isinstance(reading, Exception):
            results.append(reading)
            continue
        try:
            results.append(link(reading, nlps, kb))
        except Exception as exc:
            results.append(exc)
    return results


def read_blocks(text: str, doc_id: str, nlps: Mapping[str, Language], *, statistical: bool = True,
                model_needs: ModelNeeds | None = None) -> Reading:
    """Segment ``text``; with the cascade, tokenise its blocks, set sentence boundaries and mark the model's work.

    The blocks kept are those not a repeated title and in a language of ``nlps``. With ``model_needs`` (and a
    statistical pipeline), every block is tokenised and split into sentences by its pipeline's tokenizer and
    sentence rules, the rule components (KB linker, dates, cues: they read no statistical annotation) run on it,
    and each sentence ``model_needs`` marks is listed in :attr:`Reading.wanted` with the components it needs:
    the NER only where a capitalised name outside the KB mentions could be a person (:func:`_name_candidates`).
    """
    segmentation = segment(text)
    blocks = [b for b in segmentation.blocks if not b.is_duplicate_title and b.lang in nlps]
    cascade = model_needs is not None and statistical
    reading = Reading(text, doc_id, segmentation, blocks, statistical, cascade)
    if not cascade:
        return reading
    rule_components: dict[str, list[Callable[[Doc], Doc]]] = {}  # language -> its rule components, in order
    for block in blocks:
        nlp = nlps[block.lang]
        if block.lang not in rule_components:
            rule_components[block.lang] = [component for name, component in nlp.pipeline
                                           if name.startswith("spacerec_") and name != _SENTENCE_COMPONENT]
        doc = nlp.get_pipe(_SENTENCE_COMPONENT)(make_doc(nlp, block.text))
        for component in rule_components[block.lang]:
            doc = component(doc)
        reading.docs[block.index] = doc
        names = _name_candidates(doc, block.text)
        count = 0
        for sent in doc.sents:
            count += 1
            need = model_needs(sent.text, block.lang)
            if need not in _COMPONENTS:
                continue
            if not any(start < sent.end_char and sent.start_char < end for start, end in names):
                # the statistical NER can only add a person where a capitalised name is: no name, no NER
                need = _WITHOUT_NER.get(need)
                if need is None:
                    continue
            reading.wanted.append((block.lang, need, block.index, sent.start, sent.end))
        reading.sentence_counts[block.index] = count
    return reading


# what the statistical components write, copied from a sentence's doc into its block's doc
_MODEL_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
_SENTENCE_COMPONENT = "spacerec_sentences"
# the statistical components each need runs (in pipeline order); a pipeline without one skips it. "syntax" is the
# parse of a sentence where NER has no name to find (see _name_candidates)
_COMPONENTS = {"parse": ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner"),
               "persons": ("ner",),
               "syntax": ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer")}
_WITHOUT_NER = {"parse": "syntax"}


# the letters of Latin (extended), Greek and Cyrillic scripts, by case: names such as "Aušrinė Armonaitė" or
# "Maroš Šefčovič" hold letters persons._NAME does not list
_UPPER = "".join(c for c in map(chr, range(0x0530)) if c.isupper() and c.isalpha())
_LOWER = "".join(c for c in map(chr, range(0x0530)) if c.islower() and c.isalpha())
_WORD = rf"(?:[{_UPPER}][{_LOWER}’']+(?:-[{_UPPER}{_LOWER}][{_LOWER}’']+)*|[A-Z]\.)"
# two capitalised words or more (particles between them): every name persons._NAME reads, and more scripts
_CANDIDATE = re.compile(rf"(?<![\w’'-]){_WORD}(?:\s+(?:(?:von|van|der|de|du|da|le|la|bin|al|el)\s+){{0,2}}"
                        rf"{_WORD})+(?![\w-])")


def _name_candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character ranges of the capitalised names of ``doc`` (its ``text``) not inside a KB mention.

    A person of the analysis is always a name of two words or more that is not a KB mention (see :func:`_collect`),
    and the statistical NER's persons are capitalised names. A sentence with none of these ranges gives the NER no
    person to find, so the cascade does not send it to the NER (its persons stay those of the capitalised names:
    none). The names are read more widely than ``persons._NAME`` (letters of every Latin, Greek and Cyrillic
    alphabet), so that a name the fallback cannot read still reaches the NER.
    """
    mentions = [(span.start_char, span.end_char) for span in doc.spans.get(MENTION_KEY, [])]
    return [(m.start(), m.end()) for m in _CANDIDATE.finditer(text)
            if not any(start <= m.start() and m.end() <= end for start, end in mentions)]


def run_models(readings: Sequence[Reading], nlps: Mapping[str, Language]) -> None:
    """Make the docs of ``readings`` not yet annotated: the statistical part, batched over all of them.

    Without the cascade, every block goes through the whole pipeline of its language (one ``pipe`` per
    language). With it, each sentence of :attr:`Reading.wanted` goes, as a doc of its own, through the
    statistical components its need asks for, in pipeline order, one ``pipe`` per component for the sentences
    of every document; then their tags, lemmas, parse and entities are written back into the block's doc at the
    same tokens (the rule components ran already, in :func:`read_blocks`: they read no model annotation).
    """
    todo = [r for r in readings if not r.annotated]
    whole = [(r, b) for r in todo if not r.cascade for b in r.blocks]
    for lang in sorted({b.lang for _, b in whole}):
        pairs = [(r, b) for r, b in whole if b.lang == lang]
        nlp = nlps[lang]
        for (reading, block), doc in zip(pairs, nlp.pipe(make_doc(nlp, b.text) for _, b in pairs), strict=True):
            reading.docs[block.index] = doc
    wanted = [(r, *job) for r in todo if r.cascade for job in r.wanted]
    for lang in sorted({job[1] for job in wanted}):
        jobs = [job for job in wanted if job[1] == lang]
        parts = _sentence_docs([(job[0].docs[job[3]], job[4], job[5]) for job in jobs])
        for name, component in nlps[lang].pipeline:
            chosen = [n for n, job in enumerate(jobs) if name in _COMPONENTS[job[2]]]
            if not chosen:
                continue
            docs = [parts[n] for n in chosen]
            done = component.pipe(docs) if hasattr(component, "pipe") else map(component, docs)
            for n, doc in zip(chosen, done, strict=True):
                parts[n] = doc
        by_block: dict[tuple[int, int], list[tuple[int, int, Doc]]] = {}
        for (reading, _, _, k, start, end), part in zip(jobs, parts, strict=True):
            by_block.setdefault((id(reading), k), []).append((start, end, part))
        for reading, _, _, k, _, _ in jobs:
            block_parts = by_block.pop((id(reading), k), None)
            if block_parts is not None:
                _write_back(reading, k, block_parts)
    for reading in todo:
        reading.annotated = True


def _sentence_docs(sentences: list[tuple[Doc, int, int]]) -> list[Doc]:
    """A new doc for each ``(block doc, token start, token end)``: its words, spaces and norms, one sentence.

    What the statistical components read of a sentence, copied from arrays of the block doc (cheaper than
    ``Span.as_doc``, which also copies the rule components' spans and extension values the model never reads).
    """
    arrays: dict[int, tuple[Doc, numpy.ndarray]] = {}
    made = []
    for doc, start, end in sentences:
        if id(doc) not in arrays:
            arrays[id(doc)] = (doc, doc.to_array([ORTH, SPACY, NORM]))
        values = arrays[id(doc)][1][start:end]
        strings = doc.vocab.strings
        sentence = Doc(doc.vocab, words=[strings[orth] for orth in values[:, 0].tolist()],
                       spaces=values[:, 1].astype(bool).tolist())
        starts = numpy.full((end - start, 1), -1, dtype=numpy.int32).astype(numpy.uint64)
        starts[0, 0] = 1  # one sentence: the parser keeps it whole, as the rule boundaries say
        sentence.from_array([NORM, SENT_START], numpy.hstack([values[:, 2:3], starts]))
        made.append(sentence)
    return made


def _write_back(reading: Reading, k: int, parts: list[tuple[int, int, Doc]]) -> None:
    """Write the model's annotations of the sentence docs ``parts`` (token start, end, doc) into block ``k``'s doc.

    The rule sentence boundaries are kept; when the NER read only some sentences of the block, their
    block-relative character ranges go into :attr:`Reading.read_by_ner` under the block's index.
    """
    doc = reading.docs[k]
    values = doc.to_array(_MODEL_ATTRS)
    for start, end, part in parts:
        values[start:end] = part.to_array(_MODEL_ATTRS)
    starts = doc.to_array([SENT_START])
    doc.from_array(_MODEL_ATTRS, values)
    doc.from_array([SENT_START], starts)  # the rule boundaries, which setting a parse recomputes
    read = [(start, end) for start, end, part in parts if part.has_annotation("ENT_IOB")]
    if len(read) < reading.sentence_counts[k]:
        reading.read_by_ner[k] = sorted((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for start, end in read)


def link(reading: Reading, nlps: Mapping[str, Language], kb: KnowledgeBase) -> Analysis:
    """The analysis of an annotated reading: sentences, mentions, persons, dates and cues, then the document passes.

    Raises ``ValueError`` when :func:`run_models` has not annotated ``reading`` or it was linked already.
    """
    if not reading.annotated or reading.linked:
        raise ValueError(f"{reading.doc_id}: link() needs a reading annotated by run_models() and not linked yet")
    reading.linked = True
    text, docs = reading.text, reading.docs
    sentences: list[Sentence] = []
    for block in reading.blocks:
        doc = docs[block.index]
        for sent in doc.sents:
            start, end = block.start + sent.start_char, block.start + sent.end_char
            sentence = Sentence(len(sentences), start, end, text[start:end], block.lang, block, sent)
            sentences.append(sentence)
        _collect(doc, block, sentences, kb, reading.read_by_ner.get(block.index))

    segmentation = reading.segmentation
    analysis = Analysis(reading.doc_id, text, segmentation, sentences, kb, statistical=reading.statistical)
    skipped = [b for b in segmentation.blocks if b.lang not in nlps and b.kind != "credit"]
    if skipped:
        analysis.notes.append(f"{len(skipped)} block(s) in a language other than English or French skipped "
                              f"(first at characters {skipped[0].start}-{skipped[0].end})")
    analysis.published = _published(analysis)
    analysis.article_date = _article_date(analysis)
    _agencies_of_their_time(analysis)
    _link_abbreviations(analysis)
    _split_programme_prefix(analysis)
    _link_instrument_lists(analysis)
    _link_craft_lists(analysis)
    _link_vehicle_units(analysis)
    _link_manifest_lists(analysis)
    _link_marked_names(analysis)
    _link_series_ellipsis(analysis)
    _link_known_aliases(analysis)
    _link_surnames(analysis)
    _link_speaker_labels(analysis)
    _resolve_coreference(analysis)
    _resolve_years(analysis)
    _add_relative_dates(analysis)
    return analysis


def _agencies_of_their_time(analysis: Analysis) -> None:
    """An organisation that was its country's space agency only until a day is an institute in later articles.

    KARI ran South Korea's space programme until KASA opened on 27 May 2024 (its ``agency_until`` in the KB): "KARI
    and NASA signed an agreement" in a 2016 article is an agency's signing, while an article written since then
    sees KARI as the contract does, the research institute under KASA (an ORG mention: no agency record, no party),
    even where it recalls a signing of the earlier years. An undated article reads it as the institute it is now.
    """
    article = analysis.article_date
    if article is not None and article.precision == "day" and article.year and article.month and article.day:
        day = f"{article.year:04d}-{article.month:02d}-{article.day:02d}"
    else:
        day = None
    for sentence in analysis.sentences:
        for mention in sentence.mentions:
            if mention.label != "AGENCY" or not mention.ids:
                continue
            until = [a.agency_until for i in mention.ids if (a := analysis.kb.agencies.get(i)) and a.agency_until]
            if until and len(until) == len(mention.ids) and (day is None or day >= min(until)):
                mention.label = "ORG"


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


def _collect_dates_and_cues(doc: Doc, block: Block, sentences: list[Sentence], taken: list[tuple[int, int]],
                            cues: list[tuple[int, int, str, Cue]]) -> None:
    """Move the doc's dates (none inside a KB mention, ``taken``) and agreement ``cues`` into their sentences.

    ``cues``: ``(start, end, text, cue)`` in document offsets, the cue spans of the doc that carry a rule.
    """
    base = block.start
    for span in doc.spans.get(DATE_KEY, []):
        start, end = base + span.start_char, base + span.end_char
        if any(start < e and s < end for s, e in taken):
            continue  # "Mars 2020", "Artemis 2024" are names, not dates
        sentence = _sentence_at(sentences, start)
        if sentence is not None:
            sentence.dates.append(DateMention(start, end, span.text, span._.date_value,
                                              block.lang, sentence.index))
    for start, end, text, cue in cues:
        sentence = _sentence_at(sentences, start)
        if sentence is not None:
            sentence.cues.append(CueMention(start, end, text, cue, sentence.index))


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
        extension = span._  # one extension object per span, not one per attribute read
        mention = Mention(start, end, span.text, span.label_, extension.kb_ids, extension.link_via, block.lang,
                          block, name=extension.link_name)
        sentence = _sentence_at(sentences, start)
        if sentence is not None:
            mention.sent = sentence.index
            sentence.mentions.append(mention)
            taken.append((start, end))
    person_spans = _person_spans(doc, block, read_by_ner)
    cues = [(base + span.start_char, base + span.end_char, span.text, cue) for span in doc.spans.get(CUE_KEY, [])
            if (cue := span._.agreement_cue) is not None]
    honorifics = [(start, end) for start, end, _, cue in cues if cue.category == "HONORIFIC"]
    for start, end in person_spans:
        end = base + _extend_hyphen(block.text, _extend_particle(block.text, end - base))
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
    _collect_dates_and_cues(doc, block, sentences, taken, cues)
    # only this block's sentences (the last ones) gained anything: those of the blocks before are in order already
    for sentence in reversed(sentences):
        if sentence.block is not block:
            break
        sentence.mentions.sort(key=lambda m: m.start)
        sentence.persons = join_split_names(sorted(sentence.persons, key=lambda m: m.start))
