"""spaCy component ``spacerec_mentions``: agency, mission, organisation, treaty and country mentions, linked.

Mentions are found and linked with the knowledge base.

``__call__`` is ``match(doc)`` (pure) plus ``set_annotations(doc, matches)`` (the only writer),
as in spaCy's own SpanRuler. Mentions go to ``doc.spans[span_key]`` (``"sr_mentions"`` by default);
each span's ``label_`` is AGENCY, MISSION, ORG, TREATY or COUNTRY and ``kb_id_`` its first linked id.
The link itself is on the span's extensions:

- ``span._.kb_ids``: every linked id, a tuple (a coordinated phrase such as "the Russian and Chinese
  space agencies" links to two);
- ``span._.link_via``: how it was found (``alias``, ``descriptor:<rule>``, ``family``, ``pattern:<rule>``,
  ``country``);
- ``span._.link_name``: the canonical name of an entity the KB does not hold ("Chang'e 7"), else None.

Configuration (``nlp.add_pipe("spacerec_mentions", config={...})``): ``span_key``, ``kb_path`` (a KB
data folder; None is the shipped KB) and ``overlap_filter``, a registered function
(``spacerec.longest_mention_filter.v1``: longest first, then a label priority) that chooses among
overlapping mentions. ``initialize(kb=...)`` or the ``kb`` property hands it a KB object;
``to_disk`` writes the KB it uses, so ``spacy.load`` of a saved pipeline links with the same KB.
"""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import srsly
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import registry

from ..doc_text import doc_text
from ..identity import longest_first, normalise_name
from ..kb import KnowledgeBase, default_kb
from ..kb.kb import title_cased_acronym

SPAN_KEY = "sr_mentions"
LABEL_PRIORITY = ("TREATY", "AGENCY", "MISSION", "ORG", "COUNTRY")
KB_FOLDER = "kb"
CFG_FILE = "cfg.json"

for _attribute in ("kb_ids", "link_via", "link_name"):
    if not Span.has_extension(_attribute):
        Span.set_extension(_attribute, default=None)
# tokens a multi-word name may contain besides words and numbers
_JOINERS = {"-", "‑", "–", "'", "’", ".", "/", "&", "+"}  # hyphen, non-breaking hyphen, en dash: "Apollo–Soyuz"
_NUMBER = re.compile(r"^(?:\d{1,3}[A-Za-z]?|i{1,3}|iv|v|vi{1,3}|ix|x)$", re.IGNORECASE)
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu)['’]$", re.IGNORECASE)
_ROMAN_TOKENS = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_FAMILY_KEY = re.compile(r"^(.+?)(\d{1,3}[a-z]?)$")
# the letter of a lettered unit of a KB entry read as a family ("Swarm A", "Swarm-C")
_UNIT_LETTER = re.compile(r"^[A-F]$")
# the normalised form of a token or surface, computed once per distinct string (the alias walk's hot path)
_normalised = lru_cache(maxsize=1 << 16)(normalise_name)


@dataclass(frozen=True)
class Match:
    """A mention found in a doc, in doc character offsets."""

    start: int
    end: int
    label: str
    ids: tuple[str, ...]
    via: str
    name: str | None = None  # a canonical name for entities the KB does not hold (numbered missions)


OverlapFilter = Callable[[list[Match]], list[Match]]


@lru_cache(maxsize=4)
def load_descriptors(lang: str) -> list[dict]:
    """Descriptor rules of one language (``descriptors_<lang>.json`` next to this module)."""
    path = resources.files(__package__).joinpath(f"descriptors_{lang}.json")
    if not path.is_file():
        return []
    data = json.loads(path.read_text("utf-8"))
    stop = data.get("not_mission_names", [])
    rules = data["patterns"] + [dict(r, label="MISSION", stop=stop) for r in data.get("mission_patterns", [])]
    for rule in rules:
        unknown = set(rule) - {"id", "regex", "requires", "kind", "label", "stop"}
        if unknown:
            raise ValueError(f"descriptors_{lang}.json rule {rule.get('id')}: unknown keys {sorted(unknown)}")
    return rules


@lru_cache(maxsize=4)
def generic_plural_heads(lang: str) -> tuple[str, ...]:
    """Plural heads of ``descriptors_<lang>.json`` that make a one-adjective phrase generic."""
    path = resources.files(__package__).joinpath(f"descriptors_{lang}.json")
    if not path.is_file():
        return ()
    heads = json.loads(path.read_text("utf-8")).get("generic_plural_heads", [])
    if not isinstance(heads, list) or not all(isinstance(h, str) and h for h in heads):
        raise ValueError(f"descriptors_{lang}.json: generic_plural_heads must be a list of words")
    return tuple(heads)


@lru_cache(maxsize=4)
def count_words(lang: str) -> frozenset[str]:
    """Words of ``descriptors_<lang>.json`` that make the number before them a count ("Soyouz 2 fois plus lourd")."""
    path = resources.files(__package__).joinpath(f"descriptors_{lang}.json")
    if not path.is_file():
        return frozenset()
    words = json.loads(path.read_text("utf-8")).get("count_words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ValueError(f"descriptors_{lang}.json: count_words must be a list of words")
    return frozenset(w.lower() for w in words)


_PREFIXES: dict[int, tuple[weakref.ref, int, frozenset[str]]] = {}


def _alias_prefixes(kb: KnowledgeBase) -> frozenset[str]:
    """Every prefix of every normalised alias and family stem of ``kb``: where the alias walk may go on.

    The same for every language, so built once per KB and version and shared by the linkers.
    """
    cached = _PREFIXES.get(id(kb))
    if cached is not None and cached[0]() is kb and cached[1] == kb.version:
        return cached[2]
    prefixes = {key[:i] for key in kb.alias_index for i in range(1, len(key) + 1)}
    prefixes.update(stem[:i] for stem in kb.families for i in range(1, len(stem) + 1))
    _PREFIXES[id(kb)] = (weakref.ref(kb), kb.version, frozenset(prefixes))
    return _PREFIXES[id(kb)][2]


def grouped_alternation(words: Sequence[str]) -> str:
    """The regex alternation of ``words`` (escaped, in their order), grouped by first letter for speed.

    ``"|".join(map(re.escape, words))`` makes Python's regex engine try every word at every position; a
    list of hundreds of country names or adjectives then dominates the linker's time. Words whose first
    letters differ (ignoring case) can never match at the same position, so the alternation is split into
    one group per first letter, the words of a group in their order: ``C(?:hina|hile)|F(?:rance)``, or
    ``(?=[Cc])(?:China|chile)`` where a group's words start with different cases of the letter. The engine
    then tries one group per position and the same word wins as in the plain alternation, with or without
    ``re.IGNORECASE``. Falls back to the plain alternation if two first letters are the same letter in
    different forms (``re``'s case folding) or a word is empty.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1].lower(), []).append(word)
    plain = "|".join(map(re.escape, words))
    if "" in groups or any(re.fullmatch(re.escape(a), b, re.IGNORECASE)
                           for a in groups for b in groups if a != b):
        return plain
    parts = []
    for members in groups.values():
        firsts = sorted({word[0] for word in members})
        if len(firsts) == 1:
            parts.append(re.escape(firsts[0]) + "(?:" + "|".join(re.escape(word[1:]) for word in members) + ")")
        else:
            parts.append("(?=[" + "".join(map(re.escape, firsts)) + "])(?:" + "|".join(map(re.escape, members)) + ")")
    return "|".join(parts)


def _coordinated_adjs(adjs: str) -> bool:
    """Whether a descriptor's adjective group coordinates several ("Russian and Chinese", "russe et chinoise")."""
    return bool(re.search(r",|\band\b|\bet\b|&", adjs))


def _own_number(token: str) -> bool:
    """Whether a token is a number of its own ("4B", "VI"), as a numbered family member ends."""
    # an alphabetic token has no digit: the common case skips the character walk
    return token in _ROMAN_TOKENS or (not token.isalpha() and any(ch.isdigit() for ch in token))


_DECIMAL = re.compile(r"\d[.,]\d")  # "6.5 metres": a measure, never a member's number


def _key_part(token: str, later: bool) -> str:
    """What a token adds to an alias key: nothing for a joiner, a later Roman numeral's number, else its normal form."""
    if token in _JOINERS:
        return ""
    if later and token in _ROMAN_TOKENS:
        return str(_ROMAN_TOKENS[token])  # "Chang'e VI" -> change6
    return _normalised(token)

class MentionLinker:
    """Knowledge-base mention finder and linker for one language (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "spacerec_mentions", kb: KnowledgeBase | None = None, *,
                 span_key: str = SPAN_KEY, kb_path: str | None = None,
                 overlap_filter: OverlapFilter | None = None):
        self.name = name
        self.lang = nlp.lang if nlp.lang in ("en", "fr") else "en"
        self.span_key = span_key
        self.kb_path = kb_path
        self.overlap_filter = overlap_filter or longest_mention_filter(LABEL_PRIORITY)
        self.kb = kb or (KnowledgeBase.from_dir(kb_path) if kb_path else default_kb())
        self._context_words: tuple[Doc, dict] | None = None  # set while match() reads a doc

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *, nlp: Language | None = None,
                   kb: KnowledgeBase | None = None, kb_path: str | None = None) -> None:
        """Hand the linker a KB (``nlp.initialize()`` settings or a direct call); nothing is trained.

        ``kb`` wins over ``kb_path`` (a KB data folder); with neither, the KB in use is kept.
        Raises :class:`~spacerec.kb.KnowledgeBaseError` for a malformed or missing folder.
        """
        if kb is not None:
            self.kb = kb
        elif kb_path is not None:
            self.kb_path = kb_path
            self.kb = KnowledgeBase.from_dir(kb_path)

    # The KB can be swapped after construction (Extractor(kb=...)); indexes follow it.
    @property
    def kb(self) -> KnowledgeBase:
        """The KB the linker links with; setting it rebuilds the indexes derived from it."""
        return self._kb

    @kb.setter
    def kb(self, kb: KnowledgeBase) -> None:
        if getattr(self, "_kb", None) is kb and self._built_for == kb.version:
            return  # the same KB, unchanged: the indexes stand (load_pipeline sets the KB the factory already set)
        self._kb = kb
        self._built_for = kb.version
        self._prefixes = _alias_prefixes(kb)
        self._descriptors = self._compile_descriptors()
        countries = self.kb.country_names(self.lang) + self.kb.country_names("fr" if self.lang == "en" else "en")
        names = sorted({c for c in countries if c[:1].isupper()}, key=longest_first)
        self._country_re = (
            re.compile(r"(?<![\w-])(?:" + grouped_alternation(names) + r")(?![\w-])") if names else None
        )

    def _compile_descriptors(self) -> list[tuple[dict, re.Pattern]]:
        adjectives = self.kb.adjectives(self.lang)
        countries = sorted(self.kb.country_names(self.lang), key=longest_first)
        adj = "(?:" + grouped_alternation(adjectives) + ")" if adjectives else "(?!)"
        country = "(?:" + grouped_alternation(countries) + ")" if countries else "(?!)"
        self._adj_re = re.compile(r"(?<!\w)" + adj + r"(?!\w)", re.IGNORECASE)
        plurals = generic_plural_heads(self.lang)
        self._generic_plural = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, plurals)) + r")(?!\w)", re.I) \
            if plurals else re.compile(r"(?!)")
        compiled = []
        for rule in load_descriptors(self.lang):
            source = rule["regex"].replace("{ADJ}", adj).replace("{COUNTRY}", country)
            # descriptors ignore case ("The Japanese agency"); mission name patterns depend on it
            flags = 0 if rule.get("label") == "MISSION" else re.IGNORECASE
            compiled.append((rule, re.compile(source, flags)))
        return compiled

    def __call__(self, doc: Doc) -> Doc:
        """Find, link and write the mentions of ``doc`` (see the module docstring)."""
        self.set_annotations(doc, self.match(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Annotate a stream of docs, one by one (``batch_size`` is spaCy's, unused)."""
        for doc in docs:
            yield self(doc)

    # ---- matching (pure) ---------------------------------------------------------------
    def match(self, doc: Doc) -> list[Match]:
        """All mentions, overlaps resolved (longest first, then TREATY > AGENCY > MISSION > ORG > COUNTRY)."""
        if self._built_for != self.kb.version:
            self.kb = self.kb  # the KB grew since the indexes were built (add_agency, add_mission...)
        text = doc_text(doc)  # spaCy joins the tokens' texts on every access: once per doc
        self._context_words = (doc, {})  # the words of each context window of this doc, read once (_has_context)
        try:
            found = list(self._alias_matches(doc, text))
            found.extend(self._descriptor_matches(doc, found, text))
            found.extend(self._country_matches(doc, text))
        finally:
            self._context_words = None
        return self.overlap_filter(found)

    def _alias_matches(self, doc: Doc, text: str) -> Iterable[Match]:
        # one pass over plain token arrays: Token objects and normalised keys are made once per token, and a
        # span (with the KB look-up) only where the normalised surface is an alias
        cols = doc.to_array([IDX, LENGTH, IS_PUNCT, IS_SPACE, SPACY]).tolist() if len(doc) else []
        texts = [text[idx : idx + length] for idx, length, _, _, _ in cols]
        punct = [bool(row[2]) for row in cols]
        space = [bool(row[3]) for row in cols]
        ws = [" " if row[4] else "" for row in cols]
        n_tokens = len(cols)
        prefixes = self._prefixes
        for i in range(n_tokens):
            first = texts[i]
            if space[i] or (punct[i] and first not in _JOINERS) or first in _JOINERS:
                continue
            if _normalised(first) not in prefixes and not _own_number(first):
                continue  # most tokens: no alias starts with it and it is no numbered family member ("CBERS-1")
            if _ELISION.match(first):
                continue  # "L'ISA" is the article and ISA, never "LISA"
            best = self._alias_at(doc, text, cols, texts, punct, space, ws, i)
            if best is not None:
                yield best

    def _alias_at(self, doc: Doc, text: str, cols: list[list[int]], texts: list[str], punct: list[bool],
                  space: list[bool], ws: list[str], i: int) -> Match | None:
        """The last (longest) alias or family member match starting at token ``i``, or None.

        The columns are ``_alias_matches``'s token arrays; the key grows one normalised token at a time
        while it is a prefix of some alias.
        """
        n_tokens = len(cols)
        kb = self.kb
        families, prefixes, max_tokens, alias_index = kb.families, self._prefixes, kb.max_alias_tokens, kb.alias_index
        start_char = cols[i][0]
        key = ""
        best: Match | None = None
        for j in range(i, min(n_tokens, i + max_tokens + 2)):
            token = texts[j]
            # a token's trailing whitespace is " " or nothing (``ws``): only the token itself can hold a line break
            if j > i and (space[j] or "\n" in token):
                break
            if punct[j] and token not in _JOINERS:
                break
            key += _key_part(token, j > i)
            if _own_number(token):  # only a number of its own ends a numbered family member
                hit = self._numbered_family_hit(doc, i, j, key, token)
                if hit is not None:
                    best = hit
            if key not in prefixes:
                break
            if token in _JOINERS:
                continue
            hit = None
            if _normalised(text[start_char : cols[j][0] + cols[j][1]]) in alias_index:
                hit = self._link_surface(doc[i : j + 1])
            if hit is not None:
                best = self._lettered_unit(doc, i, j, key) or hit
            elif key in families and j + 1 < n_tokens:
                numbered = self._family_member(doc, i, j, key)
                if numbered is not None:
                    best = numbered
        return best

    def _lettered_unit(self, doc: Doc, i: int, j: int, key: str) -> Match | None:
        """"Swarm A", "Swarm-B": a lettered unit of a KB entry (tokens ``i``..``j``) that has no family of its own."""
        family = self.kb.families.get(key)
        if family is None or key not in self.kb.implicit_families or j + 1 >= len(doc):
            return None
        return self._family_member(doc, i, j, key)

    def _numbered_family_hit(self, doc: Doc, i: int, j: int, key: str, token: str) -> Match | None:
        """Tokens ``i``..``j`` as a numbered family member ("Long March 4B") when the key ends on their number."""
        # the number is this token's own ("4B", "VI"), never a following French "a" ("Chang'e 6 a atterri")
        numbered = _FAMILY_KEY.match(key) if _own_number(token) and not _DECIMAL.search(token) else None
        if numbered and j + 1 < len(doc) and doc[j + 1].lower_ in count_words(self.lang):
            return None  # "Soyouz 2 fois plus lourd", "Progress 3 days later": a count, not a member's number
        if numbered and numbered.group(1) in self.kb.families:
            span = doc[i : j + 1]
            known = self._link_surface(span)
            if known is None and not self._member_form(span, numbered.group(1)):
                return None
            return known or self._family_span(span, numbered.group(1), numbered.group(2))
        return None

    def _member_form(self, span: Span, stem: str) -> bool:
        """Whether a span reads as a numbered member of the family ``stem``.

        A stated KB family ("Chang'e 7", "CBERS-6") always; an entry's own name read as a family (the KB gives it
        none) only hyphenated, in capitals as the entry writes it, and with its context words when its name is
        ambiguous (unless written in capitals), and numbered 1 to 9 (a unit of a series of a few, not a flight count;
        spaced only with a leading zero) or lettered A to F: "CSES-02", "CSES 02", "GRACE-2", "Swarm A" yes, "Hubble 30
        years", "Gaia 3 instruments", "Progress-88" no.
        """
        family = self.kb.families[stem]
        if stem not in self.kb.implicit_families:
            return True
        text = span.text.rstrip(".,;:")
        # hyphenated with nothing before the hyphen ("CSES -2" no), spaced only with a leading zero: "SMAP 3 times" and
        # "AstroSat 2 weeks" are counts
        head = re.match(r"(.+?\S)(?:[-‑–](0?[1-9])| (0[1-9])|[-‑– ]([A-F]))$", text)
        if head is None or normalise_name(head.group(1)) != stem:
            return False
        if not head.group(1).startswith(family.canonical_name[:1]):
            return False
        # an ambiguous name ("Grace") is the craft in the capitals the KB writes ("GRACE-2") or near its context
        return not family.ambiguous or head.group(1).isupper() or self._has_context(span, family.id)

    def _link_surface(self, span: Span) -> Match | None:
        for candidate in self.kb.lookup(span.text, title_case=True):
            if candidate.ambiguous and not self._has_context(span, candidate.id):
                continue
            if candidate.label == "MISSION" and span.text.islower() and len(span) == 1 and span.text.isalpha():
                # a lower-case single word ("gateway", "juice") is a common noun, not a mission; a name with capitals
                # after a lower-case first letter ("eROSITA") is written as the KB writes it
                continue
            if title_cased_acronym(span.text, candidate) and not _title_case_acronym_context(span, candidate.label):
                continue
            # a possessive is never part of a name ("ESA's" -> "ESA")
            if span.text.endswith(("'", "’")):
                continue
            return Match(span.start_char, span.end_char, candidate.label, (candidate.id,), "alias")
        return None

    def _family_member(self, doc: Doc, i: int, j: int, stem: str) -> Match | None:
        """"Chang'e 7", "Tianwen-3": a family the KB knows followed by a number it does not."""
        k = j + 1
        if k < len(doc) and doc[k].text in {"-", "‑", "–"} and not doc[j].whitespace_:
            k += 1
        implicit = stem in self.kb.implicit_families
        if k >= len(doc) or not doc[i].text[:1].isupper() or not (
                _NUMBER.match(doc[k].text) or implicit and _UNIT_LETTER.match(doc[k].text)):
            return None
        span = doc[i : k + 1]
        if self._link_surface(span) is not None or not self._member_form(span, stem):
            return None
        family = self.kb.families[stem]
        number = normalise_name(f"x {doc[k].text}")[1:].upper() if not doc[k].text.isdigit() else doc[k].text
        name = span.text if implicit else f"{family.family} {number}"
        return Match(span.start_char, span.end_char, "MISSION", (f"family:{normalise_name(name)}",), "family", name)

    def _family_span(self, span: Span, stem: str, number: str) -> Match | None:
        """A family member written as one token or with a letter suffix: "CBERS-1", "Long March 4B"."""
        if not any(ch.isupper() for ch in span.text):
            return None
        family = self.kb.families[stem]
        end = span.end_char - (len(span.text) - len(span.text.rstrip(".,;:")))
        # a stated family's member is named after the family ("Long March 4B"); a member of an entry read as a family
        # as the article writes it ("CSES-02")
        name = (span.doc.text[span.start_char : end] if stem in self.kb.implicit_families
                else f"{family.family} {number.upper()}")
        return Match(span.start_char, end, "MISSION", (f"family:{normalise_name(name)}",), "family", name)

    def _has_context(self, span: Span, mission_id: str) -> bool:
        context = self.kb.missions[mission_id].context if mission_id in self.kb.missions else ()
        if not context:
            return True
        doc = span.doc
        cache = self._context_words
        memo = cache[1] if cache is not None and cache[0] is doc else {}  # within match(doc) only
        if "sentences" not in memo:
            memo["sentences"] = doc.has_annotation("SENT_START")
        window = span.sent if memo["sentences"] else doc[max(0, span.start - 30) : span.end + 30]
        words = memo.get((window.start, window.end))
        if words is None:
            words = {t.lower_ for t in window} | {t.lemma_.lower() for t in window if t.lemma_}
            # a plural reads as its singular ("the two orbiters" -> orbiter) with or without a lemmatizer
            words |= {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}
            memo[(window.start, window.end)] = words
        return any(word in words for word in context)

    def _descriptor_matches(self, doc: Doc, alias_matches: list[Match], text: str) -> Iterable[Match]:
        for rule, pattern in self._descriptors:
            if rule.get("label") == "MISSION":
                yield from self._mission_pattern_matches(rule, pattern, text)
                continue
            for found in pattern.finditer(text):
                ids = self._descriptor_agencies(found)
                if not ids:
                    continue
                if len(ids) == 1 and self._generic_plural.search(found.group(0)) and not _coordinated_adjs(
                        found.groupdict().get("adjs") or ""):
                    continue  # "Latin American space agencies", "les agences européennes": generic, no agency
                if rule.get("requires") == "agency_context" and not _agency_in_sentence(doc, found, alias_matches):
                    continue
                yield Match(found.start(), found.end(), "AGENCY", tuple(ids), f"descriptor:{rule['id']}")

    def _mission_pattern_matches(self, rule: dict, pattern: re.Pattern, text: str) -> Iterable[Match]:
        """Unknown missions a MISSION descriptor rule's pattern names ("the X probe"), as ``pattern:`` ids."""
        for found in pattern.finditer(text):
            start, end = found.span("name") if "name" in pattern.groupindex else found.span()
            start = _strip_leading(text, start, end, rule.get("stop", ()))
            name = text[start:end]
            if start >= end or not self._plausible_mission_name(name, rule.get("stop", ()),
                                                                instrument=rule.get("kind") == "instrument"):
                continue
            yield Match(start, end, "MISSION", (f"pattern:{normalise_name(name)}",),
                        f"pattern:{rule['id']}", name)

    def _descriptor_agencies(self, found: re.Match[str]) -> list[str]:
        """Agency ids a descriptor match names: one per adjective ("adjs" group), then the country's agency."""
        ids: list[str] = []
        if "adjs" in found.groupdict() and found.group("adjs"):
            for adj in self._adj_re.finditer(found.group("adjs")):
                agency = self.kb.agency_for_adjective(adj.group(0), self.lang)
                if agency and agency.id not in ids:
                    ids.append(agency.id)
        if "country" in found.groupdict() and found.group("country"):
            agency = self.kb.agency_for_country(found.group("country"), self.lang)
            if agency:
                ids.append(agency.id)
        return ids

    def _plausible_mission_name(self, name: str, stop: Iterable[str], *, instrument: bool = False) -> bool:
        """An unknown "X probe" is a mission unless X is a word the KB knows as something else, or holds no letter.

        ``instrument``: the rule reads an instrument after its instrument noun ("le spectrographe OSIRIS"), which may
        bear the name of an ambiguous KB instrument of another craft.
        """
        if not any(ch.isalpha() for ch in name):
            return False  # "Europe's 2009 observatory": a year (or a count) left after the owner is no name
        first = name.split()[0].split("-")[0]
        if first in stop or name in stop:
            return False
        for candidate in self.kb.lookup(name):
            if candidate.label != "MISSION":
                return False
        if self.kb.agency_for_adjective(first, self.lang) or self.kb.agency_for_country(name, self.lang):
            return False
        stem = normalise_name(name)
        if stem in self.kb.families and stem not in self.kb.implicit_families:
            return False  # "the Chang'e programme": a family stem without a number is no mission of its own
        # a one-word name the KB knows is the alias walk's, except a name the KB holds only as ambiguous missions
        # (read there only near their context words): "le spectrographe OSIRIS" of Odin is not Rosetta's camera
        known = self.kb.lookup(first)
        return not known or len(name.split()) > 1 or instrument and all(
            c.ambiguous and c.label == "MISSION" for c in known)

    def _country_matches(self, doc: Doc, text: str) -> Iterable[Match]:
        if self._country_re is None:
            return
        for found in self._country_re.finditer(text):
            code = self.kb.country_code(found.group(0), self.lang)
            if code:
                yield Match(found.start(), found.end(), "COUNTRY", (f"country:{code}",), "country")

    # ---- annotation (the only writer) --------------------------------------------------
    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        """Write the matches as spans of ``doc.spans[span_key]`` with their link extensions."""
        spans = []
        for m in matches:
            span = None
            for mode in ("strict", "contract", "expand"):
                span = doc.char_span(m.start, m.end, label=m.label, kb_id=m.ids[0], alignment_mode=mode)
                if span is not None and len(span):
                    break
            if span is None or not len(span):
                continue
            span._.kb_ids = m.ids
            span._.link_via = m.via
            span._.link_name = m.name
            spans.append(span)
        doc.spans[self.span_key] = SpanGroup(doc, name=self.span_key, spans=spans)

    # ---- serialisation -------------------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the KB in use (``<path>/kb/*.jsonl``) and whether it holds the ISO country library."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.kb.to_dir(path / KB_FOLDER)
        srsly.write_json(path / CFG_FILE, {"library_countries": self.kb.library_countries})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> MentionLinker:
        """Read the KB :meth:`to_disk` wrote (its lines checked against the KB schemas)."""
        path = Path(path)
        cfg = srsly.read_json(path / CFG_FILE) if (path / CFG_FILE).is_file() else {}
        self.kb = KnowledgeBase.from_dir(path / KB_FOLDER, library_countries=cfg.get("library_countries", True))
        return self


@lru_cache(maxsize=1)
def title_case_roles() -> frozenset[str]:
    """The posts of ``title_case_roles.json`` (both languages), checked on load (``ValueError`` naming the file)."""
    path = resources.files(__package__).joinpath("title_case_roles.json")
    data = json.loads(path.read_text("utf-8"))
    lists = [data.get(lang) for lang in ("en", "fr")]
    if set(data) - {"_doc"} != {"en", "fr"} or not all(
            isinstance(words, list) and words and all(isinstance(w, str) and w == w.lower() and w.strip() == w and w
                                                      for w in words) for words in lists):
        raise ValueError(f"{path}: expected non-empty lists of lower-case words under 'en' and 'fr'")
    return frozenset(w for words in lists for w in words)


def _title_case_acronym_context(span: Span, label: str) -> bool:
    """Whether a title-cased acronym ("Nisar", "Isro") is read as the acronym here.

    Not when it is the first name of a person ("Lisa Campbell": a capitalised word follows that is no post of
    ``title_case_roles.json``) or, for a mission, the first word of a sentence (where any word is capitalised).
    """
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.is_alpha and following.text[:1].isupper() \
            and following.lower_ not in title_case_roles():  # "Esa Director General X" is the agency's post
        return False
    first_of_sentence = span.start == 0 or bool(doc[span.start].is_sent_start) or "\n" in doc[span.start - 1].text \
        or "\n" in doc[span.start - 1].whitespace_
    return label == "AGENCY" or not first_of_sentence


def _strip_leading(text: str, start: int, end: int, stop: Iterable[str]) -> int:
    """Drop leading words that are not part of a name: "The Gaofen-7" -> "Gaofen-7".

    A possessive goes too: "NASA's Perseverance" -> "Perseverance". Returns the new start offset.
    """
    stop = set(stop)
    while start < end:
        word = re.match(r"\S+\s*", text[start:end])
        if word is None:
            break
        token = word.group(0).strip()
        if token in stop or token.endswith(("'s", "’s")):
            start += word.end()
        else:
            break
    return start


def _agency_in_sentence(doc: Doc, found: re.Match, alias_matches: list[Match]) -> bool:
    span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    return any(m.label == "AGENCY" and sent.start_char <= m.start < sent.end_char for m in alias_matches)


@registry.misc("spacerec.longest_mention_filter.v1")
def longest_mention_filter(label_priority: Sequence[str] = LABEL_PRIORITY) -> OverlapFilter:
    """The overlap policy: keep the longest mention where mentions overlap.

    On equal length the label earlier in ``label_priority`` wins, then the earlier start. The policy
    returns the kept matches in text order.
    """
    rank = {label: i for i, label in enumerate(label_priority)}

    def resolve(matches: list[Match]) -> list[Match]:
        kept: list[Match] = []
        taken: list[tuple[int, int]] = []
        for m in sorted(matches, key=lambda m: (-(m.end - m.start), rank.get(m.label, len(rank)), m.start)):
            if any(m.start < end and start < m.end for start, end in taken):
                continue
            kept.append(m)
            taken.append((m.start, m.end))
        return sorted(kept, key=lambda m: (m.start, m.end))

    return resolve


@Language.factory(
    "spacerec_mentions",
    default_config={
        "span_key": SPAN_KEY,
        "kb_path": None,
        "overlap_filter": {"@misc": "spacerec.longest_mention_filter.v1", "label_priority": list(LABEL_PRIORITY)},
    },
    assigns=["doc.spans", "span._.kb_ids", "span._.link_via", "span._.link_name"],
)
def make_mention_linker(nlp: Language, name: str, span_key: str, kb_path: str | None,
                        overlap_filter: OverlapFilter) -> MentionLinker:
    """Factory: the KB mention linker; ``kb_path`` None links with the packaged knowledge base."""
    return MentionLinker(nlp, name, span_key=span_key, kb_path=kb_path, overlap_filter=overlap_filter)
