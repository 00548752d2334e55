"""Person names: capitalised-name spans, and the repairs of spans the NER cut or ran over; surnames.

A person named in full once keeps that full name as its id when later called by surname.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from .document import Analysis, Mention

PERSON_LABELS = {"PERSON", "PER"}
# capitalised name: two to four words, particles allowed ("Jean-Yves Le Gall", "Ursula von der Leyen"); a word
# may be hyphenated with a capital after the hyphen ("Jean-Marc", "Kaysser-Pyzalla")
_NAME_WORD = r"(?:[A-ZÀ-Ý][a-zà-öø-ÿ’']+(?:-[A-ZÀ-Ýa-zà-öø-ÿ][a-zà-öø-ÿ’']+)*|[A-Z]\.)"
_NAME = re.compile(
    rf"(?<![\w’'-]){_NAME_WORD}(?:\s+(?:(?:von|van|der|de|du|da|le|la|bin|al|el)\s+){{0,2}}"
    rf"{_NAME_WORD}){{1,3}}(?![\w-])"
)


_PARTICLE_END = re.compile(r"(?:^|\s)(?:Le|La|De|Du|Da|Van|Von|Der|Di|El|Al|Ben|Bin)$")
_NEXT_NAME = re.compile(r"\s+[A-Z][a-zà-öø-ÿ’'-]+")


def _extend_particle(text: str, end: int) -> int:
    """A name the NER cut after a particle ("Jean-Yves Le" | "Gall") takes the next capitalised word."""
    if _PARTICLE_END.search(text[:end]):
        following = _NEXT_NAME.match(text, end)
        if following:
            return following.end()
    return end


# the second syllable of a hyphenated given name the NER left out ("Lim Hye" | "-sook", "Moon Jae" | "-in"): a short
# lower-case piece glued by a hyphen to a short capitalised last word; a long word before the hyphen is a surname
# with a compound ("Nelson-led"), which stays out
_HYPHEN_TAIL = re.compile(r"[-\u2011]([a-zà-öø-ÿ]{1,5})(?![\w\u2011-])")
_SHORT_LAST_WORD = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][a-zà-öø-ÿ]{0,4}$")


def _extend_hyphen(text: str, end: int) -> int:
    """A hyphenated given name the NER cut at the hyphen ("Lim Hye-sook" -> "Lim Hye") takes its second syllable.

    ``end`` is a block-relative offset; returns the new end (unchanged when no short syllable follows).
    """
    if _SHORT_LAST_WORD.search(text, max(0, end - 6), end):
        tail = _HYPHEN_TAIL.match(text, end)
        if tail:
            return tail.end()
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


@lru_cache(maxsize=1)
def _lead_words() -> re.Pattern:
    """The words of ``name_lead_words.json`` (both languages) as one pattern anchored at a span's start."""
    path = resources.files(__package__).joinpath("name_lead_words.json")
    data = json.loads(path.read_text("utf-8"))
    if set(data) != {"_doc", "en", "fr"} or not all(
            isinstance(data[lang], list) and all(isinstance(w, str) and w.strip() for w in data[lang])
            for lang in ("en", "fr")):
        raise ValueError(f"{path}: expected '_doc' and lists of words under 'en' and 'fr'")
    words = sorted({w for lang in ("en", "fr") for w in data[lang]}, key=len, reverse=True)
    # a word then spaces, or an elided article glued to the name ("l'astronaute" is no name, "L'Heureux" may be)
    alternation = "|".join(re.escape(w) + (r"\s*" if w[-1] in "'’" else r"\s+") for w in words)
    return re.compile(rf"^(?:{alternation})+", re.IGNORECASE)


def _trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a possessive, trailing punctuation and leading words that never start a name from a person span.

    "Rogozin’s" -> "Rogozin", "Joel Marciano Jr." stays whole; an article or a sentence opener the NER or the
    capitalised-name reader took in ("the", "le", "l'", "Selon", "According to": ``name_lead_words.json``) goes,
    never the first letters of a name ("Lee Min-ho").
    """
    if re.search(r"(?<![\w’'-])(?:Jr|Sr)$", text[start:end]) and text[end : end + 1] == ".":
        end += 1  # the tokenizer left the suffix's period out of the span
    surface = text[start:end]
    # (the period of a name suffix is the name's: "Joel Marciano Jr." ends at the period, so what follows the name
    # starts with its own comma: "Joel Marciano Jr., PhilSA's Director General")
    trimmed = re.sub(r"(?:['’]s?|[,;:]|(?<!\bJr)(?<!\bSr)\.)+$", "", surface)
    lead = _lead_words().match(trimmed)
    offset = lead.end() if lead else 0
    return start + offset, start + len(trimmed)


def _after_mentions(text: str, base: int, start: int, end: int,
                    taken: list[tuple[int, int]]) -> tuple[int, int]:
    """Start a person span after a mention it ran over.

    A person span the NER ran over the agency before it ("Roscosmos Dmitri Rogozine" after "la Corporation
    d'État Roscosmos") keeps the words after that mention. ``text`` is the block's text, which starts at
    document offset ``base``; ``start``/``end`` and ``taken`` are document offsets.
    """
    for s, e in sorted(taken):
        if s <= start < e < end:
            start = e
            while start < end and text[start - base].isspace():
                start += 1
    return start, end


_TRAILING_LOWER = re.compile(r"(?:\s+[a-zà-ÿ'’]+)+\s*[,;:]?\s*$")


def _before_mentions(text: str, base: int, start: int, end: int,
                     taken: list[tuple[int, int]]) -> tuple[int, int]:
    """End a person span before a mention it ran into, with the lower-case words before that mention.

    The NER's "Lucia Herrera for Colombia" (a country mention) keeps "Lucia Herrera". ``text`` is the block's
    text, which starts at document offset ``base``; ``start``/``end`` and ``taken`` are document offsets. A mention
    right after capitalised words is part of the name ("François Hollande") and stays.
    """
    for s, _ in sorted(taken):
        if start < s < end:
            head = text[start - base : s - base]
            found = _TRAILING_LOWER.search(head)
            return (start, start + found.start()) if found else (start, end)
    return start, end


# ---- document-level passes -------------------------------------------------------------


_SUFFIXES = {"Jr", "Sr", "II", "III", "IV", "fils", "père"}


def _link_surnames(analysis: Analysis) -> None:
    """A person named in full once ("Hiroshi Yamakawa") is later called by surname ("Yamakawa signed").

    Full names come from the story's blocks, not from credit lines or bylines ("Crédit : Pool Moncloa" does not
    make "la Moncloa" a person). The later mention keeps its own surface for evidence; its id is the full name.
    """
    full: dict[str, str] = {}
    for sentence in analysis.sentences:
        if sentence.block.kind in ("credit", "dateline"):
            continue  # a credit or byline names a photographer or a writer, never a person of the story
        for person in sentence.persons:
            words = [w for w in person.text.split() if w.strip(".,") not in _SUFFIXES]
            if not words:
                continue
            surname = words[-1]
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


_SPEAKER_LABEL = re.compile(r"(?P<label>[A-ZÀ-Ý][A-ZÀ-Ý’'.-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý’'.-]+){2,6})[ \t]*(?:\(|:)")


def _link_speaker_labels(analysis: Analysis) -> None:
    """A transcript's speaker label in capitals gives the full name a stage direction shortens.

    "AMBASSADOR PETRA SCHNEEBAUER (Ambassador of Austria): ..." then "[Ambassador Schneebauer signs the Accords.]":
    the label's first words that stand before the shortened name in the text are the post ("Ambassador"), the words
    after them the full name ("Petra Schneebauer"); a later "Ambassador Schneebauer" (its last one or two words) is
    that person. Only labels of three words or more that open a paragraph, followed by "(" or ":".
    """
    for block in analysis.segmentation.blocks:
        if block.kind != "body":
            continue
        found = _SPEAKER_LABEL.match(block.text)
        if found is None:
            continue
        words = [w.title() for w in found.group("label").split()]
        for cut in range(1, len(words) - 1):
            post, name = words[:cut], words[cut:]
            for short in {tuple(name[-1:]), tuple(name[-2:])} - {tuple(name)}:
                _name_after_post(analysis, " ".join(post), " ".join(short), " ".join(name))


def _name_after_post(analysis: Analysis, post: str, short: str, full: str) -> None:
    """Make every "<post> <short>" of the story (outside speaker labels) a mention of the person ``full``."""
    pattern = re.compile(r"(?<![\w-])(?i:" + re.escape(post) + r")\s+(" + re.escape(short) + r")(?![\w’'-])")
    for sentence in analysis.sentences:
        if sentence.block.kind in ("credit", "dateline"):
            continue
        for hit in pattern.finditer(sentence.text):
            start, end = sentence.start + hit.start(1), sentence.start + hit.end(1)
            overlapping = [p for p in sentence.persons if p.start < end and start < p.end]
            for person in overlapping:
                person.ids = (full,)
            if not overlapping and not any(m.start < end and start < m.end for m in sentence.mentions):
                sentence.persons.append(Mention(start, end, hit.group(1), "PERSON", (full,), "speaker label",
                                                sentence.lang, sentence.block, sentence.index))
        sentence.persons.sort(key=lambda m: m.start)


def join_split_names(persons: list[Mention]) -> list[Mention]:
    """One long name the NER cut in two ("Salem Butti" | "Salem Al Qubaisi", "Maria" | "da Graça Lopes").

    Person spans that overlap or touch with only spaces between (no comma, no "and", no line break) are one
    person. ``persons`` are one sentence's, sorted by start; returns them with such pairs joined.
    """
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
