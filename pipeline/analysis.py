"""Blocks -> spaCy docs -> sentences with linked mentions, persons and resolved dates.

This is the "linked mentions" step of the data flow. Everything it produces is in document
character offsets, so relation rules and evidence never have to think about blocks again.
Document-level passes that a per-block spaCy component cannot do live here: acronyms defined
in one block and used in another, simple coreference ("the latter", "the agency"), and years
taken from the rest of the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from .blocks import Block, Segmentation, segment
from .dates import DateValue, find_dates, find_relative
from .dates.component import SPAN_KEY as DATE_KEY
from .dates.parse import numeric_day
from .entities.abbreviations import find_abbreviations
from .entities.heads import guess_label
from .entities.linker import SPAN_KEY as MENTION_KEY
from .kb import KnowledgeBase
from .records import Evidence, Published, normalise_name
from .triggers import SPAN_KEY as CUE_KEY
from .triggers import Cue

PERSON_LABELS = {"PERSON", "PER"}
# capitalised name: two to four words, particles allowed ("Jean-Yves Le Gall", "Ursula von der Leyen"); a word
# may be hyphenated with a capital after the hyphen ("Jean-Marc", "Kaysser-Pyzalla")
_NAME_WORD = r"(?:[A-ZÀ-Ý][a-zà-öø-ÿ’']+(?:-[A-ZÀ-Ýa-zà-öø-ÿ][a-zà-öø-ÿ’']+)*|[A-Z]\.)"
_NAME = re.compile(
    rf"(?<![\w’'-]){_NAME_WORD}(?:\s+(?:(?:von|van|der|de|du|da|le|la|bin|al|el)\s+){{0,2}}"
    rf"{_NAME_WORD}){{1,3}}(?![\w-])"
)


@dataclass
class Mention:
    """A linked mention in document offsets."""

    start: int
    end: int
    text: str
    label: str  # AGENCY, MISSION, ORG, TREATY, COUNTRY, PERSON
    ids: tuple[str, ...]
    via: str
    lang: str
    block: Block
    sent: int = -1
    name: str | None = None  # canonical name for entities outside the KB

    @property
    def id(self) -> str:
        return self.ids[0] if self.ids else ""


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: DateValue
    lang: str
    sent: int = -1
    reason: str | None = None  # how a missing year was found


@dataclass
class CueMention:
    """An agreement trigger or modifier (see ``spacerec.triggers``) in document offsets."""

    start: int
    end: int
    text: str
    rule: Cue
    sent: int = -1

    @property
    def category(self) -> str:
        return self.rule.category


@dataclass
class Sentence:
    """One sentence of one block, with everything found inside it."""

    index: int
    start: int
    end: int
    text: str
    lang: str
    block: Block
    span: Span  # the spaCy sentence (offsets relative to its block doc)
    mentions: list[Mention] = field(default_factory=list)
    persons: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    cues: list[CueMention] = field(default_factory=list)

    def cues_of(self, *categories: str) -> list[CueMention]:
        """The sentence's cues of the given categories, in text order."""
        return [c for c in self.cues if c.category in categories]

    def local(self, start: int) -> int:
        """Document offset -> offset inside this sentence's text."""
        return start - self.start

    def agencies(self) -> list[Mention]:
        return [m for m in self.mentions if m.label == "AGENCY"]

    def missions(self) -> list[Mention]:
        return [m for m in self.mentions if m.label == "MISSION"]


@dataclass
class Analysis:
    """A document after the linking step: the input of every relation rule."""

    doc_id: str
    text: str
    segmentation: Segmentation
    sentences: list[Sentence]
    kb: KnowledgeBase
    # the article's own date (date line, byline or wire dateline) with its evidence, and the same
    # date as the reference for relative dates when it is a full day (see reference_date)
    published: Published | None = None
    article_date: DateValue | None = None
    abbreviations: dict[str, str] = field(default_factory=dict)
    statistical: bool = True
    notes: list[str] = field(default_factory=list)

    def mentions(self, label: str | None = None) -> Iterable[Mention]:
        for sentence in self.sentences:
            for mention in sentence.mentions:
                if label is None or mention.label == label:
                    yield mention

    def window(self, sentence: Sentence, back: int = 0, ahead: int = 0, same_block: bool = False) -> list[Sentence]:
        """The sentences around ``sentence`` (itself excluded), nearest first: ``back`` before it,
        then ``ahead`` after it; ``same_block`` keeps only sentences of its block."""
        before = self.sentences[max(0, sentence.index - back) : sentence.index][::-1]
        after = self.sentences[sentence.index + 1 : sentence.index + 1 + ahead]
        found = before + after
        if same_block:
            found = [s for s in found if s.block.index == sentence.block.index]
        return found

    def agency_ids_named(self) -> set[str]:
        """Agencies the article names outside credit lines."""
        return {i for m in self.mentions("AGENCY") if m.block.kind != "credit" for i in m.ids}


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


def _sentence_cascade(blocks: list[Block], nlp: Language, model_needs: Callable[[str, str], str | None],
                      read_by_ner: dict[int, list[tuple[int, int]]]) -> dict[int, Doc]:
    """Block index -> doc: every block tokenised and split into sentences by ``nlp``'s tokenizer and sentence
    rules; the sentences ``model_needs`` marks go, as docs of their own, through the statistical components
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
        doc = docs[k]
        values = doc.to_array(_MODEL_ATTRS)
        for start, end, part in parts:
            values[start:end] = part.to_array(_MODEL_ATTRS)
        starts = doc.to_array([SENT_START])
        doc.from_array(_MODEL_ATTRS, values)
        doc.from_array([SENT_START], starts)  # the rule boundaries, which setting a parse recomputes
        covered = sorted((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for start, end, _ in parts)
        if len(parts) < len(list(doc.sents)):
            read_by_ner[blocks[k].index] = covered
    for name, component in nlp.pipeline:
        if name.startswith("spacerec_") and name != _SENTENCE_COMPONENT:
            docs = [component(doc) for doc in docs]
    return {block.index: doc for block, doc in zip(blocks, docs, strict=True)}


def _sentence_at(sentences: list[Sentence], start: int) -> Sentence | None:
    """The sentence holding document offset ``start`` (sentences are in text order: a binary search)."""
    index = bisect.bisect_right(sentences, start, key=lambda s: s.start) - 1
    if index >= 0 and sentences[index].start <= start < max(sentences[index].end, sentences[index].start + 1):
        return sentences[index]
    return None


def _collect(doc: Doc, block: Block, sentences: list[Sentence], kb: KnowledgeBase,
             read_by_ner: list[tuple[int, int]] | None = None) -> None:
    """Move the doc's mentions, persons and dates into document offsets and their sentences.

    ``read_by_ner``: the block-relative ranges of the sentences the statistical NER read when it read
    only some of the block (the cascade); elsewhere persons come from capitalised names."""
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
    # persons: statistical NER where a model runs, else capitalised names; never over a KB mention
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
    honorifics = [(base + c.start_char, base + c.end_char) for c in doc.spans.get(CUE_KEY, [])
                  if c._.agreement_cue is not None and c._.agreement_cue.category == "HONORIFIC"]
    for start, end in person_spans:
        end = base + _extend_particle(block.text, end - base)
        start, end = _trim_person(block.text, start - base, end - base)
        start, end = _after_mentions(block.text, base, base + start, base + end, taken + honorifics)
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
    for sentence in sentences:
        sentence.mentions.sort(key=lambda m: m.start)
        sentence.persons = _join_split_names(sorted(sentence.persons, key=lambda m: m.start))


def _join_split_names(persons: list[Mention]) -> list[Mention]:
    """One long name the NER cut in two ("Salem Butti" | "Salem Al Qubaisi", "Maria" | "da Graça Lopes"):
    person spans that overlap or touch with only spaces between (no comma, no "and", no line break) are one
    person. ``persons`` are one sentence's, sorted by start."""
    joined: list[Mention] = []
    for person in persons:
        previous = joined[-1] if joined else None
        text, base = person.block.text, person.block.start
        if previous is not None and previous.block is person.block and person.start <= previous.end + 2 and (
                person.start <= previous.end or text[previous.end - base : person.start - base] in (" ", "  ")):
            end = max(previous.end, person.end)
            surface = text[previous.start - base : end - base]
            joined[-1] = Mention(previous.start, end, surface, "PERSON", (surface,), previous.via,
                                 previous.lang, previous.block, previous.sent)
        else:
            joined.append(person)
    return joined


_PARTICLE_END = re.compile(r"(?:^|\s)(?:Le|La|De|Du|Da|Van|Von|Der|Di|El|Al|Ben|Bin)$")
_NEXT_NAME = re.compile(r"\s+[A-Z][a-zà-öø-ÿ’'-]+")


def _extend_particle(text: str, end: int) -> int:
    """A name the NER cut after a particle ("Jean-Yves Le" | "Gall") takes the next capitalised word."""
    if _PARTICLE_END.search(text[:end]):
        following = _NEXT_NAME.match(text, end)
        if following:
            return following.end()
    return end


_PARTICLE_START = re.compile(r"(?:Al|El|Le|La|De|Du|Da|Van|Von|Der|Di|Ben|Bin|Abu)\s")
_PREVIOUS_NAME = re.compile(r"(?<![\w’'.-])[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+\s+$")


def _extend_particle_left(text: str, start: int) -> int:
    """A name the NER cut before a particle ("Salem" | "Al Mansoori") takes the capitalised word before it."""
    if _PARTICLE_START.match(text, start):
        previous = _PREVIOUS_NAME.search(text, max(0, start - 40), start)
        if previous:
            return previous.start()
    return start


def _trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a possessive and trailing punctuation from a person span ("Rogozin’s" -> "Rogozin"), and a leading
    article the NER took in ("the", "le", "l'"), never the first letters of a name ("Lee Min-ho")."""
    surface = text[start:end]
    trimmed = re.sub(r"(?:['’]s?|[,.;:])+$", "", surface)
    lead = re.match(r"^(?:(?:[Tt]he|[Ll]e|[Ll]a)\s+|[Ll]['’]\s*)", trimmed)
    offset = lead.end() if lead else 0
    return start + offset, start + len(trimmed)


def _after_mentions(text: str, base: int, start: int, end: int,
                    taken: list[tuple[int, int]]) -> tuple[int, int]:
    """A person span the NER ran over the agency before it ("Roscosmos Dmitri Rogozine" after "la Corporation
    d'État Roscosmos") keeps the words after that mention. ``text`` is the block's text, which starts at
    document offset ``base``; ``start``/``end`` and ``taken`` are document offsets."""
    for s, e in sorted(taken):
        if s <= start < e < end:
            start = e
            while start < end and text[start - base].isspace():
                start += 1
    return start, end


# ---- document-level passes -------------------------------------------------------------


def _published(analysis: Analysis) -> Published | None:
    """The article's own date, read from its date line (kind ``dateline``), or None.

    A wire dateline without a year ("TOKYO, Aug 29 (Agency) -") takes the only year the
    article's other day or month dates give; with none or several, there is no date.
    """
    block = analysis.segmentation.dateline
    if block is None:
        return None
    langs = [block.lang] + [lang for lang in ("en", "fr") if lang != block.lang]
    found = None
    for precision in ("day", "month", "year"):
        for lang in langs:
            found = next((d for d in find_dates(block.text, lang) if d.value.precision == precision), None)
            if found is not None:
                break
        if found is not None:
            break
    if found is None:
        return None
    value = found.value
    if value.year is None:
        years = {d.value.year for s in analysis.sentences for d in s.dates
                 if d.value.year is not None and d.value.precision in ("day", "month")}
        if len(years) != 1:
            return None
        value = value.with_year(next(iter(years)))
    start, end = block.start + found.start, block.start + found.end
    evidence = Evidence(start, end, analysis.text[start:end], block.lang if block.lang in ("en", "fr") else "en",
                        "body")
    return Published(value.iso or "", value.precision, evidence)


def reference_date(analysis: Analysis) -> DateValue | None:
    """The date relative expressions ("Friday", "le 24 mai", "this week") are resolved against.

    It is the article's own date (:attr:`Analysis.published`) when it is a full day; None
    otherwise, and then relative dates stay unresolved. The same value is
    :attr:`Analysis.article_date`.
    """
    published = analysis.published
    if published is None or published.precision != "day":
        return None
    year, month, day = (int(p) for p in published.value.split("-"))
    return DateValue(year, month, day, "day")


def _article_date(analysis: Analysis) -> DateValue | None:
    """The article's own date: :func:`reference_date` (the date line the blocks step found), else a short
    line near the top that holds a full date (a byline the blocks step did not take as a date line).

    This is the one place that decides it; relative dates ("jeudi", "today") and years of month-day dates
    are resolved against it.
    """
    found = reference_date(analysis)
    if found is not None:
        return found
    dateline = analysis.segmentation.dateline
    candidates = [s for s in analysis.sentences if dateline is not None and s.block.index == dateline.index]
    candidates += [s for s in analysis.sentences[:6] if s.block.kind == "body" and len(s.block.text) < 80
                   and s not in candidates and not s.mentions]
    for sentence in candidates:
        full = [d for d in sentence.dates if d.value.year and d.value.precision == "day"]
        if full:
            return full[0].value
        numeric = numeric_day(sentence.text)
        if numeric is not None:
            return numeric
    return None


def _link_abbreviations(analysis: Analysis) -> None:
    """Link every use of an acronym the text defines to what its long form links to."""
    text = analysis.text
    definitions = find_abbreviations(text)
    if not definitions:
        return
    all_mentions = list(analysis.mentions())
    for definition in definitions:
        long_norm = normalise_name(definition.long)
        linkable = [m for m in all_mentions if m.label in ("AGENCY", "MISSION", "ORG", "TREATY")]
        # the mention that is the long form, or that covers it ("the European Space Agency (ESA)")
        target = next((m for m in linkable if normalise_name(m.text) == long_norm
                       or (m.start <= definition.long_start and m.end >= definition.long_end - 1)), None)
        short = next((m for m in all_mentions if m.text == definition.short and m.start == definition.short_start
                      and m.label in ("AGENCY", "MISSION")), None)
        short_known = short is not None or any(m.text == definition.short and m.start == definition.short_start
                                               for m in all_mentions)
        if target is None and short is not None:
            # "The Imaging X-ray Polarimetry Explorer, or IXPE": the KB knows the acronym, so the long form is
            # that entry too, never a second mission of the same name
            _add_mention(analysis, definition.long_start, definition.long_end, short.label, short.ids,
                         "abbreviation", short.name)
            analysis.abbreviations[definition.short] = definition.long
            continue
        if target is None:
            label = guess_label(definition.long)
            if label is None:
                continue
            ids = (definition.short.upper() if label == "AGENCY" else f"abbr:{normalise_name(definition.short)}",)
            name = definition.short
            # the long form itself becomes a mention too
            _add_mention(analysis, definition.long_start, definition.long_end, label, ids, "abbreviation", name)
        else:
            label, ids, name = target.label, target.ids, target.name
        analysis.abbreviations[definition.short] = definition.long
        if short_known:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(definition.short)}(?![\w-])", text):
            _add_mention(analysis, match.start(), match.end(), label, ids, "abbreviation", name)


def _add_mention(analysis: Analysis, start: int, end: int, label: str, ids: tuple[str, ...], via: str,
                 name: str | None) -> None:
    sentence = _sentence_at(analysis.sentences, start)
    if sentence is None or end > sentence.end:
        return
    if any(m.start < end and start < m.end for m in sentence.mentions):
        return
    sentence.mentions.append(Mention(start, end, analysis.text[start:end], label, ids, via, sentence.lang,
                                     sentence.block, sentence.index, name))
    sentence.mentions.sort(key=lambda m: m.start)
    sentence.persons = [p for p in sentence.persons if not (p.start < end and start < p.end)]


def _split_programme_prefix(analysis: Analysis) -> None:
    """A marked name that opens with a KB programme ("the Copernicus Sentinel-1C satellite") is two
    mentions: the programme and the craft ("Sentinel-1C", linked to the KB or its numbered family when known);
    the programme's name written before it then says which programme the craft belongs to."""
    kb = analysis.kb
    for sentence in analysis.sentences:
        for mention in list(sentence.mentions):
            if mention.label != "MISSION" or not mention.via.startswith("pattern:"):
                continue
            surface = mention.text
            if mention.name and len(mention.name) > len(surface) and analysis.text.startswith(mention.name,
                                                                                                mention.start):
                surface = mention.name  # the linker may keep a shorter span than the name it read
            words = list(re.finditer(r"\S+", surface))
            end = mention.start + len(surface)
            for k in range(len(words) - 1, 0, -1):
                head = surface[: words[k - 1].end()]
                programme = next((kb.missions[c.id] for c in kb.lookup(head) if c.label == "MISSION"
                                  and kb.missions[c.id].kind == "programme"), None)
                rest = surface[words[k].start() :]
                if programme is None or not rest[:1].isupper() and not rest[:1].isdigit():
                    continue
                known = next((c.id for c in kb.lookup(rest) if c.label == "MISSION"), None)
                numbered = re.fullmatch(r"(.+?)\d{1,3}[a-z]?", normalise_name(rest))
                if known is not None:
                    ids = (known,)
                elif numbered and numbered.group(1) in kb.families:
                    ids = (f"family:{normalise_name(rest)}",)
                else:
                    ids = (f"pattern:{normalise_name(rest)}",)
                sentence.mentions.remove(mention)
                start = mention.start + words[k].start()
                _add_mention(analysis, mention.start, mention.start + len(head), "MISSION", (programme.id,), "alias",
                             None)
                _add_mention(analysis, start, end, "MISSION", ids,
                             mention.via if ids[0].startswith("pattern:") else "alias", rest)
                break


def _link_marked_names(analysis: Analysis) -> None:
    """A mission the KB lacks, found once where the text marks it ("Le satellite Triton", "the Gaofen-7
    satellite"), is the same mission wherever the article writes that name again without the marker
    ("Triton, aussi appelé FORMOSAT-7R, a été conçu par la TASA")."""
    marked = {m.text: m for m in analysis.mentions("MISSION") if m.via.startswith("pattern:")
              and len(m.text) >= 3 and m.text[:1].isupper()}
    for surface, mention in sorted(marked.items()):
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(surface)}(?![\w'’-])", analysis.text):
            _add_mention(analysis, found.start(), found.end(), "MISSION", mention.ids, mention.via, mention.name)


def _link_surnames(analysis: Analysis) -> None:
    """A person named in full once ("Hiroshi Yamakawa") is later called by surname ("Yamakawa signed").

    The later mention keeps its own surface for evidence; its id is the full name.
    """
    full: dict[str, str] = {}
    for sentence in analysis.sentences:
        for person in sentence.persons:
            surname = person.text.split()[-1]
            if len(surname) > 2 and surname[:1].isupper():
                full.setdefault(surname, person.ids[0])
    if not full:
        return
    names = "|".join(map(re.escape, sorted(full, key=len, reverse=True)))
    pattern = re.compile(r"(?<![\w’'-])(?:" + names + r")(?![\w-])")
    for sentence in analysis.sentences:
        for found in pattern.finditer(sentence.text):
            start, end = sentence.start + found.start(), sentence.start + found.end()
            taken = [(m.start, m.end) for m in sentence.mentions] + [(p.start, p.end) for p in sentence.persons]
            if any(s < end and start < e for s, e in taken):
                continue
            sentence.persons.append(Mention(start, end, found.group(0), "PERSON", (full[found.group(0)],), "surname",
                                            sentence.lang, sentence.block, sentence.index))
        sentence.persons.sort(key=lambda m: m.start)


_COREF = {
    "en": re.compile(r"\b(?P<latter>the latter)\b|\b(?P<former>the former)\b|\b(?P<agency>the (?:space )?agency)\b"
                     r"(?!\s+(?:of|for)\b)", re.I),
    "fr": re.compile(r"\b(?P<latter>(?:cette|ce) derni[eè]re?)\b|\b(?P<former>(?:la|le) premi[eè]re?)\b(?!\s+\w+)"
                     r"|(?P<agency>\bl['’]agence(?: spatiale)?)\b(?!\s+(?:spatiale\s+)?[\w-]+(?:e|s)\b)", re.I),
}


def _resolve_coreference(analysis: Analysis) -> None:
    """Link "the latter", "the former", "the agency" (and French forms) to a recent agency.

    Only agencies named in the same or the previous sentence of the same block are candidates,
    so a generic "the agency" far from any agency stays unlinked.
    """
    for sentence in analysis.sentences:
        pattern = _COREF.get(sentence.lang)
        if pattern is None:
            continue
        for match in pattern.finditer(sentence.text):
            start = sentence.start + match.start()
            recent = _recent_agencies(analysis, sentence, start)
            if not recent:
                continue
            if match.group("former"):
                if len(recent) < 2:
                    continue
                target = recent[-2]
            else:
                target = recent[-1]
            _add_mention(analysis, start, sentence.start + match.end(), "AGENCY", target.ids[:1], "coref", None)


def _recent_agencies(analysis: Analysis, sentence: Sentence, before: int) -> list[Mention]:
    found: list[Mention] = []
    for other in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 1]:
        if other.block.index != sentence.block.index and other.index != sentence.index:
            continue
        found.extend(m for m in other.mentions if m.label == "AGENCY" and m.end <= before and len(m.ids) == 1)
    return found


def _resolve_years(analysis: Analysis) -> None:
    """Give a year to dates written without one: same day and month elsewhere, else the article date,
    else the only year the article's dates use."""
    dated = [d for s in analysis.sentences for d in s.dates if d.value.year is not None]
    years = {d.value.year for d in dated if d.value.precision in ("day", "month")}
    by_day: dict[tuple[int | None, int | None], DateMention] = {}
    for d in dated:
        by_day.setdefault((d.value.month, d.value.day), d)
    for sentence in analysis.sentences:
        for date in sentence.dates:
            if date.value.year is not None:
                continue
            same = by_day.get((date.value.month, date.value.day))
            if same is not None:
                date.value, date.reason = date.value.with_year(same.value.year), f"year from {same.text!r}"
            elif analysis.article_date is not None and analysis.article_date.year:
                date.value = date.value.with_year(analysis.article_date.year)
                date.reason = "year from the article date"
            elif len(years) == 1:
                year = next(iter(years))
                date.value, date.reason = date.value.with_year(year), "the only year the article gives"


def _add_relative_dates(analysis: Analysis) -> None:
    if analysis.article_date is None:
        return
    for sentence in analysis.sentences:
        for found in find_relative(sentence.text, sentence.lang, analysis.article_date,
                                     headline=sentence.block.kind == "title"):
            start = sentence.start + found.start
            if any(d.start <= start < d.end for d in sentence.dates):
                continue
            sentence.dates.append(DateMention(start, sentence.start + found.end, found.text, found.value,
                                              sentence.lang, sentence.index, "relative to the article date"))
        sentence.dates.sort(key=lambda d: d.start)
        _year_from_period(analysis, sentence)


def _year_from_period(analysis: Analysis, sentence: Sentence) -> None:
    """"on May 10 of last year", "le 10 mai de l'an dernier": the day takes the period's year (it had the
    article's), and the period is no date of its own."""
    for period in [d for d in sentence.dates if d.value.precision == "year" and d.value.relative]:
        before = [d for d in sentence.dates if d.end <= period.start and d.value.precision in ("day", "month")
                  and d.reason and "article" in d.reason]
        if before and re.fullmatch(r"\s*(?:of|de)?\s*", analysis.text[before[-1].end : period.start]):
            before[-1].value = before[-1].value.with_year(period.value.year)
            before[-1].reason = f"year from {period.text!r}"
            sentence.dates.remove(period)
