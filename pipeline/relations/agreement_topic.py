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
from .lexicon import load_rules

_KEYS = ("connectors", "leading", "glossary")
MAX_WORDS = 6  # a longer phrase is a clause, not a subject


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
    return _english_topic(analysis, sentence, triggers)


def _english_topic(analysis: Analysis, sentence: Sentence, triggers: list) -> str | None:
    doc = sentence.span.doc
    if not doc.has_annotation("DEP"):
        return None
    rules = load_rules("topics", "en", _KEYS)
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
    articles, then the longest glossary entry; None outside the glossary.
    """
    rules = load_rules("topics", "fr", _KEYS)
    glossary = {_norm(k): v for k, v in rules["glossary"].items()}
    rest = _norm(text)
    for link in sorted(rules["connectors"], key=len, reverse=True) if connector else [""]:
        if link and not re.match(re.escape(_norm(link)) + r"\b", rest):
            continue
        words = rest[len(_norm(link)) :].split()
        while words and words[0] in rules["leading"]:
            words = words[1:]
        found = _glossary_prefix(words, glossary)
        if found:
            return "phrase:" + found
    return None


def _glossary_prefix(words: list[str], glossary: dict[str, str]) -> str | None:
    """The English phrase of the longest glossary entry the words start with ("l'" split off first)."""
    text = " ".join(words)
    text = re.sub(r"\b([ld])['’]\s*", r"\1' ", text)
    for french in sorted(glossary, key=len, reverse=True):
        if re.match(re.escape(french) + r"(?![\w-])", text):
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
