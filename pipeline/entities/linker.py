"""spaCy component ``spacerec_mentions``: find and link agency, mission, organisation,
treaty and country mentions from the knowledge base.

``__call__`` is ``match(doc)`` (pure) plus ``set_annotations(doc, matches)`` (the only writer),
as in spaCy's own SpanRuler. Mentions go to ``doc.spans["sr_mentions"]``; each span's
``label_`` is AGENCY, MISSION, ORG, TREATY or COUNTRY, its ``kb_id_`` the linked id(s) joined by
``|`` (a coordinated phrase such as "the Russian and Chinese space agencies" links to two),
and its ``id_`` says how it was found (alias, descriptor, family, country), followed by ``|name``
for an entity the KB does not hold ("family|Chang'e 7").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from ..kb import KnowledgeBase, default_kb
from ..kb.kb import title_cased_acronym
from ..records import normalise_name

SPAN_KEY = "sr_mentions"
# tokens a multi-word name may contain besides words and numbers
_JOINERS = {"-", "'", "’", ".", "/", "&", "+"}
_NUMBER = re.compile(r"^(?:\d{1,3}[A-Za-z]?|i{1,3}|iv|v|vi{1,3}|ix|x)$", re.IGNORECASE)
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu)['’]$", re.IGNORECASE)
_ROMAN_TOKENS = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_FAMILY_KEY = re.compile(r"^(.+?)(\d{1,3}[a-z]?)$")


@dataclass(frozen=True)
class Match:
    """A mention found in a doc, in doc character offsets."""

    start: int
    end: int
    label: str
    ids: tuple[str, ...]
    via: str
    name: str | None = None  # a canonical name for entities the KB does not hold (numbered missions)

    @property
    def priority(self) -> int:
        return {"TREATY": 0, "AGENCY": 1, "MISSION": 2, "ORG": 3, "COUNTRY": 4}[self.label]


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


def _coordinated_adjs(adjs: str) -> bool:
    """Whether a descriptor's adjective group coordinates several ("Russian and Chinese", "russe et chinoise")."""
    return bool(re.search(r",|\band\b|\bet\b|&", adjs))


class MentionLinker:
    """Knowledge-base mention finder and linker for one language."""

    def __init__(self, nlp: Language, name: str = "spacerec_mentions", kb: KnowledgeBase | None = None):
        self.name = name
        self.lang = nlp.lang if nlp.lang in ("en", "fr") else "en"
        self.kb = kb or default_kb()

    # The KB can be swapped after construction (Extractor(kb=...)); indexes follow it.
    @property
    def kb(self) -> KnowledgeBase:
        return self._kb

    @kb.setter
    def kb(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        self._built_for = kb.version
        self._prefixes = {key[:i] for key in kb.alias_index for i in range(1, len(key) + 1)}
        self._prefixes.update(stem[:i] for stem in kb.families for i in range(1, len(stem) + 1))
        self._descriptors = self._compile_descriptors()
        countries = self.kb.country_names(self.lang) + self.kb.country_names("fr" if self.lang == "en" else "en")
        names = sorted({c for c in countries if c[:1].isupper()}, key=len, reverse=True)
        self._country_re = (
            re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None
        )

    def _compile_descriptors(self) -> list[tuple[dict, re.Pattern]]:
        adjectives = self.kb.adjectives(self.lang)
        countries = self.kb.country_names(self.lang)
        adj = "(?:" + "|".join(map(re.escape, adjectives)) + ")" if adjectives else "(?!)"
        country = "(?:" + "|".join(map(re.escape, countries)) + ")" if countries else "(?!)"
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
        self.set_annotations(doc, self.match(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # ---- matching (pure) ---------------------------------------------------------------
    def match(self, doc: Doc) -> list[Match]:
        """All mentions, overlaps resolved (longest first, then TREATY > AGENCY > MISSION > ORG > COUNTRY)."""
        if self._built_for != self.kb.version:
            self.kb = self.kb  # the KB grew since the indexes were built (add_agency, add_mission...)
        found = list(self._alias_matches(doc))
        found.extend(self._descriptor_matches(doc, found))
        found.extend(self._country_matches(doc))
        return _resolve_overlaps(found)

    def _alias_matches(self, doc: Doc) -> Iterable[Match]:
        tokens = list(doc)
        n_tokens = len(tokens)
        for i, first in enumerate(tokens):
            if first.is_space or (first.is_punct and first.text not in _JOINERS) or first.text in _JOINERS:
                continue
            if _ELISION.match(first.text):
                continue  # "L'ISA" is the article and ISA, never "LISA"
            key = ""
            best: Match | None = None
            for j in range(i, min(n_tokens, i + self.kb.max_alias_tokens + 2)):
                token = tokens[j]
                if j > i and (token.is_space or "\n" in tokens[j - 1].whitespace_ + token.text):
                    break
                if token.is_punct and token.text not in _JOINERS:
                    break
                if token.text in _JOINERS:
                    pass
                elif j > i and token.text in _ROMAN_TOKENS:
                    key += str(_ROMAN_TOKENS[token.text])  # "Chang'e VI" -> change6
                else:
                    key += normalise_name(token.text)
                numbered = _FAMILY_KEY.match(key)
                # the number is this token's own ("4B", "VI"), never a following French "a" ("Chang'e 6 a atterri")
                own_number = any(ch.isdigit() for ch in token.text) or token.text in _ROMAN_TOKENS
                if numbered and numbered.group(1) in self.kb.families and own_number:
                    span = doc[i : j + 1]
                    hit = self._link_surface(span) or self._family_span(span, numbered.group(1), numbered.group(2))
                    if hit is not None:
                        best = hit
                if key not in self._prefixes:
                    break
                if token.text in _JOINERS:
                    continue
                span = doc[i : j + 1]
                hit = self._link_surface(span)
                if hit is not None:
                    best = hit
                elif key in self.kb.families and j + 1 < n_tokens:
                    numbered = self._family_member(doc, i, j, key)
                    if numbered is not None:
                        best = numbered
            if best is not None:
                yield best

    def _link_surface(self, span: Span) -> Match | None:
        for candidate in self.kb.lookup(span.text, title_case=True):
            if candidate.ambiguous and not self._has_context(span, candidate.id):
                continue
            if candidate.label == "MISSION" and span.text[:1].islower() and len(span) == 1 and span.text.isalpha():
                # a lower-case single word ("gateway", "juice") is a common noun, not a mission
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
        if k >= len(doc) or not _NUMBER.match(doc[k].text) or not doc[i].text[:1].isupper():
            return None
        span = doc[i : k + 1]
        if self._link_surface(span) is not None:
            return None
        family = self.kb.families[stem]
        number = normalise_name(f"x {doc[k].text}")[1:].upper() if not doc[k].text.isdigit() else doc[k].text
        name = f"{family.family} {number}"
        return Match(span.start_char, span.end_char, "MISSION", (f"family:{normalise_name(name)}",), "family", name)

    def _family_span(self, span: Span, stem: str, number: str) -> Match | None:
        """A family member written as one token or with a letter suffix: "CBERS-1", "Long March 4B"."""
        if not any(ch.isupper() for ch in span.text):
            return None
        family = self.kb.families[stem]
        name = f"{family.family} {number.upper()}"
        end = span.end_char - (len(span.text) - len(span.text.rstrip(".,;:")))
        return Match(span.start_char, end, "MISSION", (f"family:{normalise_name(name)}",), "family", name)

    def _has_context(self, span: Span, mission_id: str) -> bool:
        context = self.kb.missions[mission_id].context if mission_id in self.kb.missions else ()
        if not context:
            return True
        doc = span.doc
        window = span.sent if doc.has_annotation("SENT_START") else doc[max(0, span.start - 30) : span.end + 30]
        words = {t.lower_ for t in window} | {t.lemma_.lower() for t in window if t.lemma_}
        return any(word in words for word in context)

    def _descriptor_matches(self, doc: Doc, alias_matches: list[Match]) -> Iterable[Match]:
        text = doc.text
        for rule, pattern in self._descriptors:
            if rule.get("label") == "MISSION":
                for found in pattern.finditer(text):
                    start, end = found.span("name") if "name" in pattern.groupindex else found.span()
                    start = _strip_leading(text, start, end, rule.get("stop", ()))
                    name = text[start:end]
                    if start >= end or not self._plausible_mission_name(name, rule.get("stop", ())):
                        continue
                    yield Match(start, end, "MISSION", (f"pattern:{normalise_name(name)}",),
                                f"pattern:{rule['id']}", name)
                continue
            for found in pattern.finditer(text):
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
                if not ids:
                    continue
                if len(ids) == 1 and self._generic_plural.search(found.group(0)) and not _coordinated_adjs(
                        found.groupdict().get("adjs") or ""):
                    continue  # "Latin American space agencies", "les agences européennes": generic, no agency
                if rule.get("requires") == "agency_context" and not _agency_in_sentence(doc, found, alias_matches):
                    continue
                yield Match(found.start(), found.end(), "AGENCY", tuple(ids), f"descriptor:{rule['id']}")

    def _plausible_mission_name(self, name: str, stop: Iterable[str]) -> bool:
        """An unknown "X probe" is a mission unless X is a word the KB knows as something else."""
        first = name.split()[0].split("-")[0]
        if first in stop or name in stop:
            return False
        for candidate in self.kb.lookup(name):
            if candidate.label != "MISSION":
                return False
        if self.kb.agency_for_adjective(first, self.lang) or self.kb.agency_for_country(name, self.lang):
            return False
        if normalise_name(name) in self.kb.families:
            return False  # "the Chang'e programme": a family stem without a number is no mission of its own
        return not self.kb.lookup(first) or len(name.split()) > 1

    def _country_matches(self, doc: Doc) -> Iterable[Match]:
        if self._country_re is None:
            return
        for found in self._country_re.finditer(doc.text):
            code = self.kb.country_code(found.group(0), self.lang)
            if code:
                yield Match(found.start(), found.end(), "COUNTRY", (f"country:{code}",), "country")

    # ---- annotation (the only writer) --------------------------------------------------
    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        spans = []
        for m in matches:
            span = None
            for mode in ("strict", "contract", "expand"):
                span = doc.char_span(m.start, m.end, label=m.label, kb_id="|".join(m.ids), alignment_mode=mode)
                if span is not None and len(span):
                    break
            if span is None or not len(span):
                continue
            span.id_ = m.via if m.name is None else f"{m.via}|{m.name}"
            spans.append(span)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)


def _title_case_acronym_context(span: Span, label: str) -> bool:
    """A title-cased acronym ("Nisar", "Isro") is read as the acronym unless it is the first name of a person
    ("Lisa Campbell") or, for a mission, the first word of a sentence (where any word is capitalised)."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.is_alpha and following.text[:1].isupper():
        return False
    first_of_sentence = span.start == 0 or bool(doc[span.start].is_sent_start) or "\n" in doc[span.start - 1].text \
        or "\n" in doc[span.start - 1].whitespace_
    return label == "AGENCY" or not first_of_sentence


def _strip_leading(text: str, start: int, end: int, stop: Iterable[str]) -> int:
    """Drop leading words that are not part of a name: "The Gaofen-7" -> "Gaofen-7", "NASA's Perseverance" ->
    "Perseverance"."""
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


def _resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Keep the longest mention where mentions overlap; on equal length the label priority decides."""
    kept: list[Match] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.priority, m.start)):
        if any(m.start < end and start < m.end for start, end in taken):
            continue
        kept.append(m)
        taken.append((m.start, m.end))
    return sorted(kept, key=lambda m: (m.start, m.end))


@Language.factory("spacerec_mentions", default_config={})
def make_mention_linker(nlp: Language, name: str) -> MentionLinker:
    """Factory: the KB mention linker with the packaged knowledge base."""
    return MentionLinker(nlp, name)
