"""The document after the linking step: mentions, dates and cues in document offsets, by sentence.

Every other module of this package fills or reads these objects; relation rules read them only.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Span

from ..blocks import Block, Segmentation
from ..dates import DateValue
from ..kb import KnowledgeBase
from ..records import Published
from ..triggers import Cue

T = TypeVar("T")


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
        """The first KB id (or name key), "" when the mention has none."""
        return self.ids[0] if self.ids else ""


@dataclass
class DateMention:
    """A date in document offsets, with its value (year filled in by the article-level passes)."""

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
        """The cue's category (``SIGN``, ``DOCUMENT``, ``HONORIFIC``...), from its rule."""
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
        return [c for c in self.cues if c.rule.category in categories]  # the rule's: no property call per cue

    def local(self, start: int) -> int:
        """Document offset -> offset inside this sentence's text."""
        return start - self.start

    def agencies(self) -> list[Mention]:
        """The sentence's agency mentions, in text order."""
        return [m for m in self.mentions if m.label == "AGENCY"]

    def missions(self) -> list[Mention]:
        """The sentence's mission mentions, in text order."""
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
    # what a relation rule derives from the whole document, computed once instead of once per signing (a scraped
    # dump of thousands of signings would otherwise take time ~ signings x sentences); see :meth:`memo`
    _memo: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``'s value for this document, computed on the first call with ``key`` only.

        For values read from the sentences once linking is done: the relation rules only read them, so the value
        stays true for the rest of the document's run. A rule module that changes the sentences calls
        :meth:`forget` afterwards.
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def forget(self) -> None:
        """Drop every memoised value (after the sentences changed)."""
        self._memo.clear()

    def mentions(self, label: str | None = None) -> Iterable[Mention]:
        """Every linked mention of the document (of ``label`` when given), sentence by sentence."""
        for sentence in self.sentences:
            for mention in sentence.mentions:
                if label is None or mention.label == label:
                    yield mention

    def window(self, sentence: Sentence, back: int = 0, ahead: int = 0, same_block: bool = False) -> list[Sentence]:
        """The sentences around ``sentence`` (itself excluded), nearest first.

        ``back`` sentences before it, then ``ahead`` after it; ``same_block`` keeps only sentences of its block.
        """
        before = self.sentences[max(0, sentence.index - back) : sentence.index][::-1]
        after = self.sentences[sentence.index + 1 : sentence.index + 1 + ahead]
        found = before + after
        if same_block:
            found = [s for s in found if s.block.index == sentence.block.index]
        return found

    def agency_ids_named(self) -> set[str]:
        """Agencies the article names outside credit lines (read, never changed, by the caller: one set per document).

        The rules ask it for every mission, country and signing: it is built once (:meth:`memo`), and again only
        after :meth:`forget`.
        """
        return self.memo("agency_ids_named", lambda: {
            i for m in self.mentions("AGENCY") if m.block.kind != "credit" for i in m.ids})


def _sentence_at(sentences: list[Sentence], start: int) -> Sentence | None:
    """The sentence holding document offset ``start`` (sentences are in text order: a binary search)."""
    index = bisect.bisect_right(sentences, start, key=lambda s: s.start) - 1
    if index >= 0 and sentences[index].start <= start < max(sentences[index].end, sentences[index].start + 1):
        return sentences[index]
    return None


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
