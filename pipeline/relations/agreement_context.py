"""Where cues reach: clauses, modifier scope, bystander clauses, link words between two spans.

Small helpers over the cues the ``spacerec_agreement_cues`` component found, shared by the
signing events and their slot strategies. A modifier reaches a trigger when the trigger is in
its scope (the sentence, or the clause for ``scope: clause``) on its side (``direction``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..analysis import Analysis, CueMention, Mention, Sentence
from .lexicon import load_rules, phrase_regex

if TYPE_CHECKING:
    from .agreements import Trigger

_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s")
_ARTICLE = re.compile(r"^(?:(?:the|la|le|les|l'|l’)\s*)?$", re.IGNORECASE)


def clause_of(sentence: Sentence, position: int) -> tuple[int, int]:
    """Document span of the comma/semicolon-delimited clause holding ``position``."""
    local = position - sentence.start
    starts, ends = _clause_breaks(sentence.text)
    before = bisect.bisect_right(ends, local)  # breaks that end at or before the position
    after = bisect.bisect_left(starts, local)  # the first break that starts at or after it
    start = ends[before - 1] if before else 0
    end = starts[after] if after < len(starts) else len(sentence.text)
    return sentence.start + start, sentence.start + end


@lru_cache(maxsize=256)
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each clause break of a sentence's text starts and ends, found once per text.

    The rules ask for the clause of many positions of one sentence: a scan from the start each time made a long
    sentence (a dump whose lines the parser joined) cost its length times its cues.
    """
    found = list(_CLAUSE_BREAK.finditer(text))
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


def reaches(sentence: Sentence, cue: CueMention, start: int, end: int) -> bool:
    """True when modifier ``cue`` applies to the span ``start``-``end`` (ConText direction and scope)."""
    direction = cue.rule.direction
    if direction == "forward" and cue.start > start:
        return False
    if direction == "backward" and cue.end < end:
        return False
    if cue.rule.scope == "clause":
        own = clause_of(sentence, cue.start)
        target = clause_of(sentence, start)
        return own == target or (cue.category == "BACKGROUND" and describes(sentence, own, target, start))
    return True


RELATIVE = re.compile(r"\s*(?:(?:which|who|that|qui|que|dont|lequel|laquelle)\b|qu['’])", re.IGNORECASE)


def describes(sentence: Sentence, clause: tuple[int, int], target: tuple[int, int], start: int) -> bool:
    """True when ``target`` is the clause right after ``clause`` and describes the treaty that clause ends on.

    A relative clause ("founding members of the Accords, which were first signed in 2020 by ...") or one opening on
    the span at ``start`` ("membres fondateurs des accords, signés le 13 octobre 2020"). A clause about a side
    ("signatories include France, which signed in June 2022") is that side's own.
    """
    if clause[1] >= sentence.end or clause_of(sentence, clause[1] + 1) != target:
        return False
    last = [m for m in sentence.mentions if clause[0] <= m.start and m.end <= clause[1]]
    if not last or last[-1].label != "TREATY" or sentence.text[last[-1].end - sentence.start
                                                               : clause[1] - sentence.start].strip():
        return False
    text = sentence.text[target[0] - sentence.start : target[1] - sentence.start]
    return bool(RELATIVE.match(text)) or not sentence.text[target[0] - sentence.start : start - sentence.start].strip()


def modified(sentence: Sentence, category: str, start: int, end: int) -> list[CueMention]:
    """The sentence's modifiers of ``category`` that reach the span.

    A plan never reaches a signing verb told as done (:func:`completed_verb`): in "ont signé en 2018 un accord, alors
    que le lancement est prévu pour 2026" the "prévu" is the launch's, the signing's own tense says it happened.
    """
    if category == "FUTURE" and completed_verb(sentence, start, end):
        return []
    # "May" in "9 May 2019" is no hypothesis; "à signer" in "devenu le 36e pays à signer" is the trigger's own words
    return [c for c in sentence.cues_of(category) if reaches(sentence, c, start, end)
            and (not c.rule.headline_only or _headline_infinitive(sentence, c))
            and not (category == "NEGATION" and _contrastive(sentence, c))
            and not any(d.start <= c.start and c.end <= d.end for d in sentence.dates)
            and not (c.rule.undated and _dated_to_the_day(sentence))
            and not (start <= c.start and c.end <= end and (c.start, c.end) != (start, end))]


def _dated_to_the_day(sentence: Sentence) -> bool:
    """True when the sentence gives a full date ("Le 13 octobre 2020, huit pays ont signé"): an event, not a count.

    A date right after an ``AS_OF`` cue ("Au 1er janvier 2024, 36 pays ont signé", "as of 1 May") dates the count.
    """
    as_of = sentence.cues_of("AS_OF")
    return any(d.value.precision == "day" and d.value.year is not None and not d.value.relative
               and not any(c.end <= d.start and not sentence.text[c.end - sentence.start : d.start
                                                                   - sentence.start].strip() for c in as_of)
               for d in sentence.dates)


_CONTRAST_REACH = 80  # characters from the negation to its "but"


class _End:
    """Where a negation the parse found ends, for :func:`_contrastive`."""

    def __init__(self, end: int) -> None:
        self.end = end

_CONTRAST_END = re.compile(r"[,.;:]")


def _contrastive(sentence: Sentence, negation: CueMention | _End) -> bool:
    """A negation that a "but" with no verb of its own corrects: it denies a circumstance, not the signing.

    "The arrangement was not signed at one table but separately, in Canberra and in London" reports a signing;
    "X did not sign the Accords, but Y did" and "n'a pas signé mais a observé" do not (a verb follows the "but").
    False without a tagger.
    """
    doc = sentence.span.doc
    if not doc.has_annotation("TAG"):
        return False
    for cue in sentence.cues_of("CONTRAST"):
        if not negation.end <= cue.start <= negation.end + _CONTRAST_REACH:
            continue
        if _CONTRAST_END.search(sentence.text[negation.end - sentence.start : cue.start - sentence.start]):
            return False  # ", but ...": a clause of its own
        rest = sentence.text[cue.end - sentence.start :]
        stop = _CONTRAST_END.search(rest)
        limit = cue.end + (stop.start() if stop else len(rest))
        base = sentence.block.start
        return not any(cue.end <= base + t.idx < limit and t.pos_ in ("VERB", "AUX") for t in sentence.span)
    return False


def _headline_infinitive(sentence: Sentence, cue: CueMention) -> bool:
    """A headline's infinitive right after its subject (a named party) is a plan.

    "Peru to sign Artemis Accords on Friday" is a plan; "Finland becomes 40th nation to sign" (after a noun) is not.
    """
    if sentence.block.kind != "title":
        return False
    if any(m.end <= cue.start and not sentence.text[m.end - sentence.start : cue.start - sentence.start].strip()
           for m in sentence.mentions):
        return True
    doc = sentence.span.doc
    base = sentence.block.start
    span = doc.char_span(cue.start - base, cue.end - base, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].pos_ == "PROPN"


# the keys of the date rule files (relations/rules/dates_{en,fr}.json)
DATE_RULES = ("gap_coordinators", "gap_articles", "speaker_complementizers", "document_coordinators",
              "meeting_words")
_SPEAKER_DATE_WORDS = 6  # words a reporting verb and the date of its announcement may have between them


def announcement_date(sentence: Sentence, start: int) -> bool:
    """True when the date at ``start`` dates a reporting verb's announcement, not the signing it reports.

    The date follows a ``SPEAKER`` cue in its clause, a few words on, with no signing cue and no complementizer
    (``speaker_complementizers``: "that", "que") between them: "Japan has signed the Accords, NASA announced on
    Tuesday"; "L'ISRO et la JAXA ont signé un accord, a indiqué lundi l'agence". After "that" / "que" the date is
    the reported signing's ("NASA said that Japan signed on Tuesday").
    """
    words = load_rules("dates", sentence.lang, DATE_RULES)["speaker_complementizers"]
    opens = phrase_regex(words)
    for cue in sentence.cues_of("SPEAKER"):
        if cue.end > start or clause_of(sentence, cue.start) != clause_of(sentence, start):
            continue
        between = sentence.text[cue.end - sentence.start : start - sentence.start]
        if len(between.split()) <= _SPEAKER_DATE_WORDS and not opens.search(between) and not any(
                cue.end <= c.start < start for c in sentence.cues_of("SIGN", "ACCORDS_JOIN")):
            return True
    return False


def negated_clauses(sentence: Sentence, start: int, end: int) -> set[tuple[int, int]]:
    """Clauses a clause-scoped negation or a condition denies, other than the one of the span ``start``-``end``.

    (", but DLR did not sign the document"; "Germany, which did not sign in 2020, signed them"; "If it signs, Spain
    would become the 37th signatory"): their agencies, countries and dates take no part in the span's signing.
    """
    own = clause_of(sentence, start)
    denied = {clause_of(sentence, c.start) for c in sentence.cues_of("NEGATION")
              if c.rule.scope == "clause" and clause_of(sentence, c.start) != own
              and not (c.start <= start and end <= c.end)}
    return denied | (conditional_clauses(sentence) - {own})


def conditional_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans that state a condition, and the hypothetical consequence next to it: no signing is reported there.

    A ``CONDITION`` cue reaches from itself to the end of its clause ("If it signs", "Should Madrid sign the text",
    "Si elle signe", "... to fly if seats are available"); its consequence is the clause after a condition that
    opens the sentence, else the words before the condition, when a ``HYPOTHETICAL`` cue is there ("Spain would
    become the 37th signatory", "l'Espagne deviendrait ..."). A condition word inside a ``PSEUDO`` cue ("even if",
    "même si", "once again") is none.
    """
    found: list[tuple[int, int]] = []
    hypothetical = sentence.cues_of("HYPOTHETICAL")
    pseudo = sentence.cues_of("PSEUDO")
    for cue in sentence.cues_of("CONDITION"):
        if any(p.start <= cue.start and cue.end <= p.end for p in pseudo):
            continue  # "even if", "même si": a concession states a fact
        own = clause_of(sentence, cue.start)
        found.append((cue.start, own[1]))
        before = sentence.text[own[0] - sentence.start : cue.start - sentence.start]
        if not sentence.text[: cue.start - sentence.start].strip() and own[1] < sentence.end:
            consequence = clause_of(sentence, own[1] + 1)
        elif before.strip():
            consequence = (own[0], cue.start)
        elif own[0] > sentence.start:
            consequence = clause_of(sentence, own[0] - 2)
        else:
            continue
        if any(consequence[0] <= h.start < consequence[1] for h in hypothetical):
            found.append(consequence)
    return found


def conditional_clauses(sentence: Sentence) -> set[tuple[int, int]]:
    """Clauses a condition or its consequence holds from their first word (see :func:`conditional_spans`)."""
    clauses = set()
    for start, end in conditional_spans(sentence):
        clause = clause_of(sentence, start)
        if not sentence.text[clause[0] - sentence.start : start - sentence.start].strip() and end >= clause[1]:
            clauses.add(clause)
    return clauses


def denied(sentence: Sentence, start: int, end: int) -> bool:
    """True when a negation reaches the span or a condition holds it (no signing there)."""
    return (bool(modified(sentence, "NEGATION", start, end)) or negated_verb(sentence, start, end)
            or conditional(sentence, start))


_SUBJECTS = ("nsubj", "nsubjpass", "nsubj:pass", "csubj")
_NEGATIONS_FR = 2  # "n'a pas signé", "n'a jamais signé": a French verb is denied by two negative words, not "ne" alone


def negated_verb(sentence: Sentence, start: int, end: int) -> bool:
    """True when the parse says the span's verb is denied: by its own negation, or by a negated subject.

    Its own negation: an English ``neg`` dependent ("has still not formally signed"), or two French dependents the
    tagger marks negative ("n'a toujours pas signé"; "n'a signé que" has only "ne" and is no denial). A negated
    subject: a ``SUBJECT_NEGATION`` cue on the verb's subject or its determiners ("Neither China nor Russia has
    signed", "Ni la Chine ni la Russie n'ont signé", "No country signed"). False without a parser.
    """
    doc = sentence.span.doc
    if not doc.has_annotation("DEP"):
        return False
    base = sentence.block.start
    span = doc.char_span(start - base, end - base, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return False
    verb = span.root
    children = list(verb.children)
    own = any(c.dep_ == "neg" for c in children) or sum(
        "Neg" in c.morph.get("Polarity") for c in children) >= _NEGATIONS_FR
    if own:
        # "was not signed at one table but separately": the "but" corrects a circumstance, not the signing
        return not _contrastive(sentence, _End(end))
    cues = [(c.start, c.end) for c in sentence.cues_of("SUBJECT_NEGATION")]
    if not cues:
        return False
    # the subject, its determiners, and a "ni" the parser hangs on the verb before it
    words = [w for w in verb.lefts if w.dep_ in ("cc", "preconj", "det")]
    for subject in (c for c in children if c.dep_ in _SUBJECTS):
        words += [subject, *(w for w in subject.children if w.dep_ in ("det", "cc", "preconj", "advmod"))]
    return any(overlaps(base + w.idx, base + w.idx + len(w.text), cues) for w in words)


def conditional(sentence: Sentence, position: int) -> bool:
    """True when the offset ``position`` lies in a condition or its consequence (:func:`conditional_spans`)."""
    return any(start <= position < end for start, end in conditional_spans(sentence))


def in_bystander_clause(sentence: Sentence, mention: Mention, anchor_start: int | None = None) -> bool:
    """A mention in a clause led by a bystander cue watches the signing: it is neither a party nor its subject.

    Bystander cues: "after the success of", "en présence de", "lors de la visite". A bystander cue before the
    signing's clause reaches every mention up to that clause ("En présence du président, X, et du ministre, Y, l'ASI
    et la CONAE ont signé").
    """
    clause = clause_of(sentence, mention.start)
    for cue in sentence.cues_of("BYSTANDER"):
        if clause[0] <= cue.start < mention.start:
            return True
        if cue.end <= mention.start:
            # up to the signing's clause when the cue comes first, else to the end of the sentence
            limit = anchor_start if anchor_start is not None and cue.start < anchor_start else sentence.end
            if mention.start < limit and mention.start < _bystander_reach(sentence, cue, limit):
                return True
    return False


_CONTINUES = re.compile(r"^(?:(?:et|and)\s+(?:du|de|des|d['’]|of)\b)", re.IGNORECASE)
# a clause that is only a name in apposition, which the NER may have missed ("..., et de l'ambassadrice d'Arménie aux
# États-Unis, Lilit Makunts.")
_APPOSED_NAME = re.compile(r"^[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'.-]+){1,3}\.?$")


def _bystander_reach(sentence: Sentence, cue: CueMention, anchor_start: int) -> int:
    """End of what a bystander cue covers.

    Its clause, then each following clause that continues it (a name in apposition, "et du président ...") up to the
    signing's clause.
    """
    end = clause_of(sentence, cue.start)[1]
    persons = {p.start for p in sentence.persons}
    while end < anchor_start:
        start, next_end = clause_of(sentence, end + 1)
        if (next_end > anchor_start and anchor_start < sentence.end) or start >= anchor_start:
            break
        text = sentence.text[start - sentence.start : next_end - sentence.start]
        first = start + len(text) - len(text.lstrip())
        if first not in persons and not _CONTINUES.match(text.lstrip()) and not _APPOSED_NAME.match(text.strip()):
            break
        end = next_end
    return end


def linked_by(analysis: Analysis, sentence: Sentence, category: str, left_end: int, right_start: int) -> bool:
    """True when the words between two spans are one cue of ``category``, maybe plus an article.

    ("Zhang Kejian *for* CNSA", "supplied *by the* DLR").
    """
    for cue in sentence.cues_of(category):
        before = analysis.text[left_end : cue.start]
        after = analysis.text[cue.end : right_start]
        if cue.start >= left_end and cue.end <= right_start and not before.strip(" ,") and _ARTICLE.match(
                after.strip()):
            return True
    return False


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when the span ``start``-``end`` overlaps any of ``spans`` (document offsets)."""
    return any(start < e and s < end for s, e in spans)


def anaphoric(sentence: Sentence, start: int) -> bool:
    """True when the offset ``start`` lies in a ``DOCUMENT_ANAPHORA`` cue ("the text", "the Accords")."""
    return any(c.start <= start < c.end for c in sentence.cues_of("DOCUMENT_ANAPHORA"))


def same_signing(sentence: Sentence) -> bool:
    """A sentence that reports a signing without naming a new document of its own."""
    if not sentence.cues_of("SIGN", "ACCORDS_JOIN"):
        return False
    return all(anaphoric(sentence, c.start) for c in sentence.cues_of("DOCUMENT"))


def relevant(analysis: Analysis, sentence: Sentence, anchor: Trigger, mentions: list[Mention],
             strict: bool = False) -> list[Mention]:
    """Mentions that take part in the signing, read from the clauses and the dependency parse.

    A mention in a bystander clause ("en présence de ...", "after a visit by ...") is left out;
    so is one whose parse path up to the signing word crosses another verb. Without a parse,
    or when the filter would leave fewer than two (small models' parses fail), every mention
    is kept unless ``strict``.
    """
    outside = [m for m in mentions if not in_bystander_clause(sentence, m, anchor.start)]
    if strict or len({i for m in outside for i in m.ids}) >= 2:
        mentions = outside
    doc = sentence.span.doc
    if not doc.has_annotation("DEP") or not mentions:
        return mentions
    base = sentence.block.start
    head = doc.char_span(anchor.start - base, anchor.end - base, alignment_mode="expand")
    if head is None:
        return mentions
    bystanders = {(c.start, c.end) for c in sentence.cues_of("BYSTANDER")}
    signing = {c.start for c in sentence.cues_of("SIGN", "ACCORDS_JOIN")}
    relative = set(load_rules("signers", sentence.lang, SIGNER_RULES)["relative_pronouns"])
    kept = []
    for mention in mentions:
        span = doc.char_span(mention.start - base, mention.end - base, alignment_mode="expand")
        if span is None or _attached(span.root, head.root, base, bystanders, signing) or (
                mention.label == "PERSON" and _relative_signer(span.root, head.root, relative)):
            kept.append(mention)
    if strict or len(kept) >= 2 or len(kept) == len(mentions):
        return kept
    return mentions


# the keys of the signatory rule files (relations/rules/signers_{en,fr}.json)
SIGNER_RULES = ("restating_links", "subject_pronouns", "presence_after", "auxiliaries", "signature_of", "place_words",
                "line_sides", "signing_noun_verbs", "relative_pronouns", "meeting_before", "list_breaks",
                "position_markers", "fronted_openers", "fronted_links", "first_person_pronouns", "credit_openers")
_RELATIVE_CLAUSES = ("relcl", "acl:relcl", "acl")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")
_APPOSED = ("appos", "parataxis")


def _relative_signer(token, anchor, relative: set[str]) -> bool:
    """True when the signing word heads a relative clause on a person's name, with no subject but a relative pronoun.

    "JAXA was represented by its President, X, who signed for the Japanese side", "..., représentée par sa
    présidente, X, qui a signé": whatever the name's own place in the sentence, the clause says that X signs.
    """
    # the clause may hang on the name's post in apposition ("X, directeur général de la PhilSA, qui a signé")
    on_name = anchor.head.i == token.i or (anchor.head.head.i == token.i and anchor.head.dep_ in _APPOSED)
    return anchor.dep_ in _RELATIVE_CLAUSES and on_name and all(
        c.lower_ in relative for c in anchor.children if c.dep_ in _SUBJECT_DEPS)


def _attached(token, anchor, base: int, bystanders: set[tuple[int, int]], signing: set[int]) -> bool:
    """True when ``token`` reaches the signing word without crossing a bystander word or another clause.

    Crossing a verb is allowed only as that verb's subject when it governs the signing.
    """
    child, node = token, token
    for _ in range(60):
        if node.i == anchor.i:
            return True
        if node.head.i == node.i:
            break
        child, node = node, node.head
        if node.i == anchor.i:
            return True
        if any(s <= base + node.idx < e for s, e in bystanders):
            return False
        if node.pos_ == "VERB" and child.dep_ not in ("conj", "appos", "flat", "flat:name", "compound"):
            # "Armenia signed on June 11, and Switzerland signed on April 15": the subject of a signing verb
            # joined to the anchor's takes part in the sentence's signings (each side then gets its own date)
            joined = base + node.idx in signing and (node.head.i == anchor.i or anchor.head.i == node.i) and (
                node.dep_ == "conj" or anchor.dep_ == "conj")
            return (node.is_ancestor(anchor) or joined) and child.dep_.startswith("nsubj")
    return True


def completed_verb(sentence: Sentence, start: int, end: int) -> bool:
    """True when the span's head word is a verb in a completed past form: "signed", "signa", "ont signé", "had signed".

    Either a finite past verb with no auxiliary, or a past participle whose auxiliaries are all finite and not
    future ("a été signé", "avaient signé", "was signed"); "doit être signé", "aura signé", "will have been signed"
    (an infinitive, a future or a modal auxiliary) are no completed signing. False without a tagger and parser.
    """
    doc = sentence.span.doc
    if not doc.has_annotation("TAG") or not doc.has_annotation("DEP"):
        return False
    base = sentence.block.start
    span = doc.char_span(start - base, end - base, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    if verb.pos_ != "VERB" or "Past" not in verb.morph.get("Tense"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if not auxiliaries:
        return "Fin" in verb.morph.get("VerbForm")
    finite = [a for a in auxiliaries if "Fin" in a.morph.get("VerbForm")]
    return bool(finite) and not any(
        a.tag_ == "MD" or "Inf" in a.morph.get("VerbForm") or "Fut" in a.morph.get("Tense") or
        "Cnd" in a.morph.get("Mood") for a in auxiliaries)


def verb_at(sentence: Sentence, start: int, end: int) -> bool:
    """True when the tagger calls the head word of the span a verb (True without a tagger)."""
    doc = sentence.span.doc
    if not doc.has_annotation("TAG"):
        return True
    base = sentence.block.start
    span = doc.char_span(start - base, end - base, alignment_mode="expand")
    return span is not None and span.root.pos_ in ("VERB", "AUX")


PARTY_RULES = ("combining_forms", "diplomatic_places", "place_links", "pronoun_sides", "document_sides", "origin_nouns",
               "origin_links", "founding_links", "founding_documents")
_POSSESSIVE = re.compile(r"^(?:['’]s)?\s*")
_PLACE_REACH = 60  # characters from a diplomatic place to the country after it


_ARTICLES = ("the", "la", "le", "les", "l'")


def _ending(text: str, words) -> str | None:
    """The longest of ``words`` that ``text`` ends with as a whole word (an elided "d'" joins the next word)."""
    lower = text.lower()
    return next((w for w in sorted(words, key=len, reverse=True) if lower.endswith(w) and (
        w.endswith("'") or len(text) == len(w) or not text[-len(w) - 1].isalnum())), None)


_LIST_JOIN = re.compile(r"(?:,|\band\b|\bet\b)\s*$", re.IGNORECASE)


def of_origin(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """A country named as where bodies that are no governments come from: not a side.

    ("signed memoranda with ten organisations from Serbia, Switzerland and Pakistan", "avec dix organisations de
    Serbie, de Suisse et du Pakistan"): an ``origin_nouns`` word, an ``origin_links`` word, then the country, or a
    list of countries each joined to the one before by a comma or "and"/"et", maybe with its own link word.
    """
    if mention.label != "COUNTRY":
        return False
    rules = load_rules("parties", sentence.lang, PARTY_RULES)
    links = sorted({" ".join(w.lower().replace("’", "'").split()) for w in rules["origin_links"]}, key=len,
                   reverse=True)
    nouns = phrase_regex(rules["origin_nouns"])
    countries = {m.end: m for m in sentence.mentions if m.label == "COUNTRY"}
    current = mention
    while True:
        head = analysis.text[sentence.start : current.start].replace("’", "'").rstrip()
        link = _ending(head, links)
        if link is None and _ending(head, _ARTICLES):
            head = head[: len(head) - len(_ending(head, _ARTICLES))].rstrip()  # "Switzerland, the United Arab..."
            link = _ending(head, links)
        if link is not None:
            head = head[: len(head) - len(link)].rstrip()
            found = [n for n in nouns.finditer(head)]
            if found and found[-1].end() == len(head):
                return True  # "organisations from", "organisations de": where these bodies are
        joined = _LIST_JOIN.search(head)
        if joined is None:
            return False
        previous = countries.get(sentence.start + len(head[: joined.start()].rstrip()))
        if previous is None:
            return False
        current = previous


_FOUNDING_REACH = 25  # characters from the document noun to its founding word ("l'accord de constitution de")


def founded_body(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """An organisation a document of the sentence creates: the document's subject, not one of its sides.

    ("put their names to the Convention of the Asia-Pacific Space Cooperation Organization", "ont signé l'accord de
    constitution de l'ALCE", "la convention portant création de l'Agence spatiale européenne"): a ``founding_links``
    phrase right before the agency (an article between allowed) that follows a document noun within a few
    characters, or a ``founding_documents`` phrase, a founding document's own name ("Convention of").
    """
    if mention.label != "AGENCY":
        return False
    if analysis.text[sentence.start : mention.start].rstrip().endswith("("):
        # "(APSCO)" after the body's name is that body again
        named = [m for m in sentence.mentions if m.end <= mention.start and m.ids == mention.ids]
        return bool(named) and founded_body(analysis, sentence, named[-1])
    rules = load_rules("parties", sentence.lang, PARTY_RULES)
    documents = {" ".join(w.lower().replace("’", "'").split()) for w in rules["founding_documents"]}
    links = sorted({" ".join(w.lower().replace("’", "'").split()) for w in rules["founding_links"]} | documents,
                   key=len, reverse=True)
    head = analysis.text[sentence.start : mention.start].replace("’", "'").rstrip()
    if _ending(head, _ARTICLES) and not _ending(head, links):
        head = head[: len(head) - len(_ending(head, _ARTICLES))].rstrip()
    link = _ending(head, links)
    if link is None:
        return False
    if link in documents:
        return True  # "the Convention of", "les statuts de": the document's own name
    link_start = sentence.start + len(head) - len(link)
    return any(c.start <= link_start + len(link) and link_start - _FOUNDING_REACH <= c.end <= link_start + len(link)
               for c in sentence.cues_of("DOCUMENT"))


def at_mission(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """A country named with its mission abroad: where the signing took place, not a side.

    "at the US embassy", "at Japan's embassy", "à l'ambassade des États-Unis", "à la résidence de l'ambassadeur de
    France" (rules ``diplomatic_places``, ``place_links`` of the party rules).
    """
    if mention.label != "COUNTRY":
        return False
    rules = load_rules("parties", sentence.lang, PARTY_RULES)
    places = phrase_regex(rules["diplomatic_places"])
    after = analysis.text[mention.end : sentence.end]
    if places.match(after, _POSSESSIVE.match(after).end()):
        return True
    before = analysis.text[max(sentence.start, mention.start - _PLACE_REACH) : mention.start]
    found = list(places.finditer(before))
    if not found:
        return False
    links = {" ".join(link.lower().replace("’", "'").split()) for link in rules["place_links"]}
    gap = " ".join(before[found[-1].end() :].lower().replace("’", "'").split())
    return gap in links or gap.replace("' ", "'") in links
