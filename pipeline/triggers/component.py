"""spaCy component ``spacerec_agreement_cues``: agreement triggers and modifiers in one pass per doc.

Every phrase rule of the language's rule file becomes a ``PhraseMatcher`` pattern (lower case,
or exact case for acronyms); a rule written as a token pattern goes to a ``Matcher``, which a doc only
meets when it holds a word each of the pattern's required tokens could be (see :func:`required_words`):
a token pattern costs per token of every doc, most docs hold none of its words, and the matches are the
same. Matches go to ``doc.spans[span_key]``: ``label_`` is the rule's
category (``DOCUMENT``, ``SIGN``, ``NEGATION``...), ``id_`` the rule's id (``file:line``), and
``span._.agreement_cue`` gives the rule record itself (kind, direction, scope...). Within one
category a match inside a longer one is dropped ("accord" inside "accord-cadre"). A lower-case phrase never
matches an acronym: a word written in capitals among words that are not ("the station (MET)" holds no "met").
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from .rules import Cue, CueRules, load_cue_rules, parse_cue_rules, shipped_rules_path

SPAN_KEY = "sr_agreement_cues"
RULES_FILE = "rules.jsonl"
_KNOWN: dict[str, Cue] = {}  # rule id -> rule, for the Span extension getter
# pattern keys whose literal values a doc can be checked for
_TOKEN_ATTRS = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}
_MATCHER_SETS = 256  # Matchers kept for different sets of token patterns (one per set a doc needed)


def required_words(pattern: Sequence[dict], strings) -> list[tuple[int, frozenset[int]]]:
    """What a doc must hold for a token pattern to match in it: ``(attribute, ids)`` pairs.

    One pair per token the pattern cannot skip (no ``OP``, or ``"+"``) that names its literal values
    (``"LOWER": "for"``, ``"ORTH": {"IN": [...]}``): some token of the doc has one of ``ids`` (the
    string-store hashes the Matcher compares, from ``strings``) as its ``attribute``. Tokens tested
    otherwise (regex, ``NOT_IN``, ``IS_ALPHA``...) ask nothing. A necessary condition only: a doc
    that meets it may still hold no match.
    """
    needs = []
    for token in pattern:
        if token.get("OP", "1") not in ("1", "+"):
            continue
        for key, attr in _TOKEN_ATTRS.items():
            value = token.get(key)
            if isinstance(value, str):
                needs.append((attr, frozenset((strings[value],))))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                needs.append((attr, frozenset(strings[v] for v in value["IN"])))
    return needs

if not Span.has_extension("agreement_cue"):
    Span.set_extension("agreement_cue", getter=lambda span: _KNOWN.get(span.id_))


class AgreementCues:
    """Matches the cue rules of one language; see the module docstring for what it writes."""

    def __init__(self, nlp: Language, name: str, span_key: str, rules_path: str | None):
        self.name = name
        self.span_key = span_key
        self.rules_path = rules_path
        self._nlp = nlp
        self._set_rules(load_cue_rules(rules_path) if rules_path else load_cue_rules(shipped_rules_path(nlp.lang)))

    def _set_rules(self, rules: CueRules) -> None:
        self.rules = rules
        self._lower = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(self._nlp.vocab, attr="ORTH")
        # token patterns in file order, each with what a doc must hold for it (see required_words)
        self._token_patterns: list[tuple[Cue, list[tuple[int, frozenset[int]]]]] = []
        self._matchers: dict[tuple[int, ...], Matcher] = {}
        for cue in rules.cues:
            _KNOWN[cue.id] = cue
            if cue.pattern is not None:
                self._token_patterns.append((cue, required_words(cue.pattern, self._nlp.vocab.strings)))
                continue
            variants = {cue.phrase, cue.phrase.replace("'", "’"), cue.phrase.replace("’", "'")}
            if cue.exact_case:
                variants.add(cue.phrase + ".")  # the tokenizer keeps "MoU." whole at a sentence end
            matcher = self._exact if cue.exact_case else self._lower
            matcher.add(cue.id, [self._nlp.make_doc(v) for v in sorted(variants)])
        if self._token_patterns:
            # the Matcher of every token pattern, built now: the rule ids and pattern words enter the string store
            # here, outside any memory zone, so the Matchers built later for fewer patterns find them there
            everything = Matcher(self._nlp.vocab)
            for cue, _ in self._token_patterns:
                everything.add(cue.id, [list(cue.pattern)])
            self._matchers[tuple(range(len(self._token_patterns)))] = everything

    def __call__(self, doc: Doc) -> Doc:
        """Write the cue spans of ``doc`` to ``doc.spans[span_key]`` (see the module docstring)."""
        by_category: dict[str, list[Span]] = {}
        for matcher in (self._lower, self._exact, self._token_matcher(doc)):
            if matcher is None:
                continue
            for match_id, start, end in matcher(doc):
                if matcher is self._lower and _acronym(doc, start, end):
                    continue
                cue = _KNOWN[self._nlp.vocab.strings[match_id]]
                span = Span(doc, start, end, label=cue.category, span_id=cue.id)
                by_category.setdefault(cue.category, []).append(span)
        spans = [s for group in by_category.values() for s in filter_spans(group)]
        spans.sort(key=lambda s: (s.start, s.end, s.label_))
        doc.spans[self.span_key] = SpanGroup(doc, name=self.span_key, spans=spans)
        return doc

    def _token_matcher(self, doc: Doc) -> Matcher | None:
        """A Matcher of the token patterns ``doc`` holds the required words of, in file order; None for none.

        The patterns a doc cannot match add nothing to the Matcher's results but cost per token; leaving
        them out keeps the matches of the others and their order (each pattern's states run on their own).
        """
        if not self._token_patterns or not len(doc):
            return None
        values = doc.to_array([LOWER, ORTH])
        present = {LOWER: set(values[:, 0].tolist()), ORTH: set(values[:, 1].tolist())}
        chosen = tuple(k for k, (_, needs) in enumerate(self._token_patterns)
                       if all(not present[attr].isdisjoint(ids) for attr, ids in needs))
        if not chosen:
            return None
        matcher = self._matchers.get(chosen)
        if matcher is None:
            matcher = Matcher(self._nlp.vocab)
            for k in chosen:
                cue = self._token_patterns[k][0]
                matcher.add(cue.id, [list(cue.pattern)])
            if len(self._matchers) >= _MATCHER_SETS:
                self._matchers.clear()
            self._matchers[chosen] = matcher
        return matcher

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        """Write the rule records, so a saved pipeline keeps its own rules."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = [_record_line(c) for c in self.rules.cues]
        (path / RULES_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> AgreementCues:
        """Read the rule records :meth:`to_disk` wrote (validated: :class:`CueRuleError` names a bad line)."""
        file = Path(path) / RULES_FILE
        self._set_rules(parse_cue_rules(file.read_text("utf-8"), str(file)))
        return self


def _capitals(token) -> bool:
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper()


def _acronym(doc: Doc, start: int, end: int) -> bool:
    """True when the span's words are all written in capitals and the nearest words around it are not.

    "The station (MET), supplied by ..." names an instrument, no meeting; a line written all in capitals
    ("NASA AND ESA SIGN DEAL") keeps its words.
    """
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or not all(_capitals(t) for t in words):
        return False
    before = next((t for t in reversed(doc[max(0, start - 4) : start]) if t.is_alpha), None)
    after = next((t for t in doc[end : end + 4] if t.is_alpha), None)
    return not any(t is not None and _capitals(t) for t in (before, after))


def _record_line(cue: Cue) -> str:
    import json

    defaults = Cue(id="", category="")
    record = {k: (list(v) if k == "pattern" else v) for k, v in vars(cue).items()
              if k != "id" and (k == "category" or v != getattr(defaults, k))}
    return json.dumps(record, ensure_ascii=False)


@Language.factory(
    "spacerec_agreement_cues",
    default_config={"span_key": SPAN_KEY, "rules_path": None},
    assigns=["doc.spans"],
)
def make_agreement_cues(nlp: Language, name: str, span_key: str, rules_path: str | None) -> AgreementCues:
    """Factory: ``rules_path`` None uses the rule file shipped for the pipeline's language."""
    return AgreementCues(nlp, name, span_key, rules_path)
