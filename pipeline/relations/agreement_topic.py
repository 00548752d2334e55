"""The noun-phrase subject of an agreement that names no mission (contract: "else a short English noun phrase").

"signed a joint statement on cooperation in space exploration, science and aeronautics" ->
"space exploration, science and aeronautics"; "a memorandum of understanding on Earth observation
training" -> "Earth observation training"; "un accord sur l'exploration lunaire" -> "lunar exploration".
English phrases are taken as written from the dependency parse; French ones only through the glossary
of ``rules/topics_fr.json`` (the contract wants an English phrase), else None. Which words introduce a
subject and which are dropped at its head are data (``rules/topics_<lang>.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..analysis import Analysis, Sentence
from ..regex_cache import alternation, compiled
from .lexicon import load_rules

_KEYS = ("connectors", "leading", "glossary")
_WORDS = ("nouns", "adjectives", "links")  # optional: a French phrase outside the glossary, word by word
_PURPOSES = ("purposes",)  # optional (English): words naming what a document sets up
MAX_WORDS = 6  # a longer phrase is a clause, not a subject


def topic_connectors(lang: str) -> set[str]:
    """The words that introduce a document's subject in ``lang`` ("on", "sur", "portant sur"), lower case."""
    if lang not in ("en", "fr"):
        return set()
    rules = load_rules("topics", lang, _KEYS, _WORDS if lang == "fr" else _PURPOSES)
    return {" ".join(c.lower().replace("’", "'").split()) for c in rules["connectors"]}


def topic_phrase(analysis: Analysis, sentence: Sentence, triggers: Iterable) -> str | None:
    """``"phrase:<English noun phrase>"`` the document or signing verb of ``triggers`` is about, or None.

    ``triggers`` are the event's triggers (``start``/``end`` document offsets; ``kind`` set on a
    document noun, None on a signing verb). A phrase overlapping a mention or a date, or written in
    title case, is never returned.
    """
    triggers = list(triggers)
    if sentence.lang == "fr":
        return _french_topic(sentence, triggers)
    if sentence.lang != "en":
        return None
    found = _purpose(analysis, sentence, triggers, load_rules("topics", "en", _KEYS, _PURPOSES).get("purposes", []))
    return "phrase:" + found if found else _english_topic(analysis, sentence, triggers)


_PURPOSE_END = re.compile(r"[,;:.()]|\s(?:in|at|for|to|that|which|with|between|on|by)\s")


def _purpose(analysis: Analysis, sentence: Sentence, triggers: list, purposes: list[str]) -> str | None:
    """What the document sets up, named right after it ("a charter establishing a NASA-ISRO Mars Working Group").

    The words after a purpose word and an article, up to a clause break or a preposition, without the agency
    names before them; a name in title case is kept here (the name of the body set up).
    """
    opener = compiled(rf"\s+(?:{alternation(purposes)})\s+(?:a|an|the)\s+", re.IGNORECASE)
    for trigger in sorted(triggers, key=lambda t: t.start):
        rest = analysis.text[trigger.end : sentence.end]
        found = opener.match(rest) or (opener.search(rest[:80]) if trigger.kind else None)
        if found is None:
            continue
        start = trigger.end + found.end()
        tail = analysis.text[start : sentence.end]
        end = _PURPOSE_END.search(tail)
        phrase_end = start + (end.start() if end else len(tail))
        for mention in sentence.mentions:  # "NASA-ISRO Mars Working Group": the agencies are no part of the name
            if mention.label == "AGENCY" and start <= mention.start < phrase_end and not analysis.text[
                    start : mention.start].strip(" -–"):
                start = mention.end
        phrase = analysis.text[start:phrase_end].strip(" -–")
        words_found = phrase.split()
        while words_found and words_found[0].lower() in ("joint", "new"):
            words_found = words_found[1:]
        if 1 <= len(words_found) <= MAX_WORDS and all(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w)
                                                      for w in words_found):
            return " ".join(words_found)
    return None


def _english_topic(analysis: Analysis, sentence: Sentence, triggers: list) -> str | None:
    doc = sentence.span.doc
    if not doc.has_annotation("DEP"):
        return None
    rules = load_rules("topics", "en", _KEYS, _PURPOSES)
    base = sentence.block.start
    heads = {t.i for trigger in triggers
             for span in [doc.char_span(trigger.start - base, trigger.end - base, alignment_mode="expand")]
             if span is not None for t in span}
    taken = [(m.start, m.end) for m in sentence.mentions] + [(d.start, d.end) for d in sentence.dates]
    for token in sentence.span:
        if token.lower_ not in rules["connectors"] or token.head.i not in heads:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects:
            continue
        words = list(objects[0].subtree)
        start, end = base + words[0].idx, base + words[-1].idx + len(words[-1].text)
        if any(start < e and s < end for s, e in taken):
            continue
        phrase = _clean(analysis.text[start:end], rules["leading"])
        if phrase:
            return "phrase:" + phrase
    return None


def _french_topic(sentence: Sentence, triggers: list) -> str | None:
    for trigger in sorted(triggers, key=lambda t: t.start):
        if not getattr(trigger, "kind", None):
            continue  # a signing verb: the subject follows the document noun
        found = french_topic_after(sentence.text[trigger.end - sentence.start :])
        if found:
            return found
    return None


def french_topic_after(text: str, *, connector: bool = True) -> str | None:
    """The contract's English phrase for a French topic that ``text`` opens with, or None.

    ``" sur la formation des astronautes, ..."`` -> ``"phrase:astronaut training"``: a connector of
    ``topics_fr.json`` (unless ``connector`` is False: a cue such as "l'un sur" already held it), leading
    articles, then the longest glossary entry, else the phrase rendered word by word; None when neither.
    """
    rules = load_rules("topics", "fr", _KEYS, _WORDS)
    glossary = {_norm(k): v for k, v in rules["glossary"].items()}
    leading = sorted((_norm(lead).split() for lead in rules["leading"]), key=len, reverse=True)
    rest = _norm(text)
    for link in sorted(rules["connectors"], key=len, reverse=True) if connector else [""]:
        if link and not compiled(re.escape(_norm(link)) + r"\b").match(rest):
            continue
        words = rest[len(_norm(link)) :].split()
        while words:
            lead = next((k for k in leading if words[: len(k)] == k), None)
            if lead is None:
                break
            words = words[len(lead) :]
        found = _glossary_prefix(words, glossary) or _word_by_word(words, rules)
        if found:
            return "phrase:" + found
    return None


_ARTICLES = ("le", "la", "les", "l'")


def _word_by_word(words: list[str], rules: dict) -> str | None:
    """A short French noun phrase outside the glossary, in English word by word (lexicons of the rule file).

    A noun with its adjectives ("station spatiale internationale" -> "international space station"), then
    complements joined by a link word ("surveillance des océans" -> "ocean surveillance"); an unknown word ends
    the phrase. None when it does not start with a known noun or a complement's words are unknown.
    """
    nouns, adjectives = rules.get("nouns", {}), rules.get("adjectives", {})
    links = sorted((link.split() for link in rules.get("links", ())), key=len, reverse=True)
    clean = [w.strip(".,;:()«»\"") for w in words]
    ends = [w != c for w, c in zip(words, clean, strict=True)]  # punctuation ends the phrase after this word

    def group(i: int) -> tuple[str | None, int]:
        if i >= len(clean) or clean[i] not in nouns:
            return None, i
        english, i = [nouns[clean[i]]], i + 1
        while i < len(clean) and not ends[i - 1] and clean[i] in adjectives:
            english.insert(0, adjectives[clean[i]])
            i += 1
        return " ".join(english), i

    head, i = group(0)
    if head is None:
        return None
    parts = [head]
    while i < len(clean) and not ends[i - 1]:
        link = next((k for k in links if clean[i : i + len(k)] == k), None)
        if link is None:
            break
        j = i + len(link)
        if j < len(clean) and clean[j] in _ARTICLES:
            j += 1
        complement, j = group(j)
        if complement is None:
            return None  # "gestion des fréquences": a complement the lexicon lacks; "management" alone says nothing
        parts.insert(0, complement)
        i = j
    phrase = " ".join(parts)
    return phrase if len(phrase.split()) <= MAX_WORDS else None


def _glossary_prefix(words: list[str], glossary: dict[str, str]) -> str | None:
    """The English phrase of the longest glossary entry the words start with ("l'" split off first)."""
    text = " ".join(words)
    text = re.sub(r"\b([ld])['’]\s*", r"\1' ", text)
    for french in sorted(glossary, key=len, reverse=True):
        if compiled(re.escape(french) + r"(?![\w-])").match(text):
            return glossary[french]
    return None


def _norm(text: str) -> str:
    """Lower case, typographic apostrophe to ASCII, "l'x" -> "l' x", one space between words."""
    text = text.lower().replace("’", "'")
    return " ".join(re.sub(r"\b([ld])'\s*", r"\1' ", text).split())


def _clean(text: str, leading: list[str]) -> str | None:
    """Drop the leading words the gold does not write.

    None for a phrase that is no short subject (longer than MAX_WORDS words, anything but words, commas and hyphens,
    or no lower-case word).
    """
    words = text.split()
    dropped = True
    while dropped:
        dropped = False
        for lead in sorted(leading, key=lambda x: -len(x.split())):
            n = len(lead.split())
            if n < len(words) and [w.lower() for w in words[:n]] == lead.split():
                words, dropped = words[n:], True
                break
    phrase = " ".join(words)
    alpha = [w.strip(",") for w in words if w.strip(",")]
    if not alpha or len(alpha) > MAX_WORDS or not all(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w) for w in alpha):
        return None
    if any(len(w) > 1 and w.isupper() for w in alpha):
        return None  # an acronym: a name, not a subject
    if not any(w.islower() for w in alpha) or words[0][0].isupper() and all(w[0].isupper() for w in alpha[:2]):
        return None  # title case: a name ("Joint Statement", "Artemis Accords"), not a subject
    return phrase
