"""Agency officials: a person named next to a post in an agency.

"NASA Administrator Bill Nelson", "the head of CNSA, Zhang Kejian", "Philippe Baptiste,
président du CNES", "Its Director-General, Dimitri Rogozin". Each sentence becomes a
sequence of items (AGENCY, ROLE, PERSON) and the patterns of ``rules/roles_<lang>.json``
say which sequences, with which words between them, make an official.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..analysis import Analysis, Mention, Sentence
from ..records import normalise_name
from ..regex_cache import compiled
from .facts import AgreementFact, OfficialFact, Span
from .lexicon import load_rules, phrase_regex

REQUIRED = ("roles", "patterns", "possessives")
OPTIONAL = ("qualifiers", "not_name_words", "plural_possessives", "ordinal_referents", "agency_anaphors",
            "place_prepositions")


@dataclass(frozen=True)
class Item:
    """One thing the officials rules read in a sentence: an agency, a role (maybe possessive) or a person."""
    kind: str  # AGENCY, ROLE, POSS_ROLE, PERSON
    start: int  # document offsets
    end: int
    value: str  # agency id, English role, or person name
    anaphor: bool = False  # an AGENCY item read from a phrase standing for an agency named earlier ("the agency")


@lru_cache(maxsize=4)
def role_lexicon(lang: str) -> dict[str, str]:
    """Post as written (lower case) -> post in English, with every qualified form of it.

    The qualified forms are those the rule file's ``qualifiers`` make ("acting administrator", "administratrice par
    intérim" -> "Acting Administrator"); a form the file lists itself keeps its own translation.
    """
    rules = load_rules("roles", lang, REQUIRED, OPTIONAL)
    listed = {k.lower(): v for k, v in rules["roles"].items()}
    qualifiers = rules.get("qualifiers", {})
    roles: dict[str, str] = {}
    for word, label in qualifiers.get("before", {}).items():
        roles.update({f"{word} {k}": f"{label} {v}" for k, v in listed.items()})
    for word, label in qualifiers.get("after", {}).items():
        roles.update({f"{k} {word}": f"{label} {v}" for k, v in listed.items()})
    return roles | listed


def _role_regex(lang: str) -> re.Pattern:
    return phrase_regex(role_lexicon(lang))


# "Haruto Mori, président de la JAXA": two or three capitalised words right before ", <role>"
_NAME_BEFORE_COMMA = re.compile(
    r"(?<![\w’'-])(?:[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+)(?:\s+[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+){1,2}(?=\s*,\s*)")


# what may stand between a name's comma and its post: an article, a time word, an agency's possessive
# ("Jane Roe, then NASA's deputy associate administrator", "X, alors le directeur de ...")
_BEFORE_ROLE = re.compile(r"^(?:(?:(?:the|then|now|former|current|le|la|alors|désormais|actuel|actuelle)\b|l['’])\s*)*"
                          r"(?:[A-ZÀ-Ý][\w-]*['’]s\s+)?", re.I)
# a past post with the agency's acronym before it ("René Oosterlinck, then ESA Director of Legal Affairs")
_PAST_POST_ACRONYM = re.compile(r"^(?:then|former)\s+(?-i:[A-Z]{2,})\s+", re.I)


def introduced_persons(analysis: Analysis, sentence: Sentence) -> list[Mention]:
    """Persons the NER missed but the text introduces by their post ("Haruto Mori, président de la JAXA").

    A capitalised name followed by a comma and a role word, outside every mention and person.
    """
    taken = [(m.start, m.end) for m in sentence.mentions] + [(p.start, p.end) for p in sentence.persons]
    roles = _role_regex(sentence.lang)
    units = set(load_rules("roles", sentence.lang, REQUIRED, OPTIONAL).get("not_name_words", ()))
    found = []
    for match in _NAME_BEFORE_COMMA.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if (any(start < e and s < end for s, e in taken) or units & set(match.group(0).split())
                or _after_place_preposition(sentence, match.start())):
            continue  # ("the International Astronautical Congress, the chief executive of ...": an event)
        after = sentence.text[match.end() :].lstrip(" ,")
        role = roles.match(after) or roles.match(_BEFORE_ROLE.sub("", after)) or roles.match(
            _PAST_POST_ACRONYM.sub("", after))
        if role is None and not _government_role_follows(sentence, end):
            continue
        found.append(Mention(start, end, match.group(0), "PERSON", (match.group(0),), "introduced by a post",
                             sentence.lang, sentence.block, sentence.index))
    taken += [(m.start, m.end) for m in found]
    for match in _NAME_AFTER_POST.finditer(sentence.text):
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        if (any(start < e and s < end for s, e in taken) or units & set(match.group("name").split())
                or not _post_before(sentence, roles, sentence.start + match.start())):
            continue
        found.append(Mention(start, end, match.group("name"), "PERSON", (match.group("name"),),
                             "introduced by a post", sentence.lang, sentence.block, sentence.index))
    taken += [(m.start, m.end) for m in found]
    for match in roles.finditer(sentence.text):
        # "ESA Director of Operations Rolf Densing signs": a name right after a post and its department
        name = _NAME_AFTER_ROLE.match(sentence.text, match.end())
        if name is None or (sentence.text[match.start() : match.start() + 1].islower()
                            and not _agency_before(sentence, sentence.start + match.start())):
            continue
        start, end = sentence.start + name.start("name"), sentence.start + name.end("name")
        if any(start < e and s < end for s, e in taken) or units & set(name.group("name").split()):
            continue
        found.append(Mention(start, end, name.group("name"), "PERSON", (name.group("name"),),
                             "introduced by a post", sentence.lang, sentence.block, sentence.index))
        taken.append((start, end))
    for cue in sentence.cues_of("GOVERNMENT_ROLE"):
        # "par le ministre Marcos Pontes", "Minister Josephine Teo": a name right after a government post
        name = _NAME_AFTER_GOVERNMENT_ROLE.match(analysis.text, cue.end, sentence.end)
        if name is None:
            continue
        start, end = name.start("name"), name.end("name")
        if any(start < e and s < end for s, e in taken) or units & set(name.group("name").split()):
            continue
        found.append(Mention(start, end, name.group("name"), "PERSON", (name.group("name"),),
                             "introduced by a post", sentence.lang, sentence.block, sentence.index))
        taken.append((start, end))
    return found


def _after_place_preposition(sentence: Sentence, start: int) -> bool:
    """True when a place preposition (rules ``place_prepositions``) ends right before ``start`` (sentence offset).

    "Samedi à New Delhi, le président du CNES, X": the capitalised words are a place, the post is X's.
    """
    head = sentence.text[:start].rstrip()
    places = phrase_regex(load_rules("roles", sentence.lang, REQUIRED, OPTIONAL).get("place_prepositions", ()))
    return any(m.end() == len(head) for m in places.finditer(head))


# a name of two or three capitalised words right after a government post, ending there ("le ministre Marcos Pontes et")
_NAME_AFTER_GOVERNMENT_ROLE = re.compile(
    r"[ \t]+(?P<name>[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+){1,2})(?![\w’'-])(?![ \t]+[A-ZÀ-Ý])")


# a post's department, then a name of two or three capitalised words that no capitalised word follows, or of one
# or two initials and a surname ("Chairman of ISRO Shri S. Somanath", the honorific read as the department's word)
_NAME_AFTER_ROLE = re.compile(
    r"(?:\s+(?:of|for|des|du|de\s+la|de\s+l['’]|de)\s*(?:[A-ZÀ-Ý][\w’'-]+)(?:\s+(?:and\s+|et\s+)?[A-ZÀ-Ý][\w’'-]+){0,2})?"
    r"\s+(?P<name>[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+(?:\s+[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+){1,2}"
    r"|(?:[A-ZÀ-Ý]\.\s?){1,2}[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+)(?![\w’'-])(?!\s+[A-ZÀ-Ý])")


# capitalised words between a post and a person span ("Director General | Salem | Obaid Salem Al Zaabi")
_NAME_WORDS_GAP = re.compile(r"^\s+(?:[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+\s+){1,2}$")


@lru_cache(maxsize=4)
def _post_and_unit_words(lang: str) -> frozenset[str]:
    """The lower-case words of every post and of ``not_name_words``: none of them starts a name after a post.

    Built once per language: the post lexicon holds every qualified form, thousands of words to split.
    """
    words = {w.lower() for phrase in role_lexicon(lang) for w in phrase.split()}
    words |= {w.lower() for w in load_rules("roles", lang, REQUIRED, OPTIONAL).get("not_name_words", ())}
    return frozenset(words)


def extend_names_after_posts(analysis: Analysis) -> None:
    """Give back to a person span the first names the NER cut off after a post.

    "UAESA Director General Salem Obaid Salem Al Zaabi": the NER's span starts at "Obaid"; one or two capitalised
    words between a post and the span, none a post's word or a department word (``not_name_words``) and none in a
    mention, belong to the name. Later mentions that took the cut name as their id take the full one.
    """
    renamed: dict[str, str] = {}
    for sentence in analysis.sentences:
        if not sentence.persons:
            continue
        roles = _role_regex(sentence.lang)
        words = _post_and_unit_words(sentence.lang)
        ends = [sentence.start + m.end() for m in roles.finditer(sentence.text)]
        ends += _after_agency_comma(analysis, sentence)
        for number, person in enumerate(sentence.persons):
            for end in ends:
                gap = analysis.text[end : person.start]
                if (end >= person.start or not _NAME_WORDS_GAP.match(gap) or words & {w.lower() for w in gap.split()}
                        or any(end < m.end and m.start < person.start for m in sentence.mentions)):
                    continue
                start = end + len(gap) - len(gap.lstrip())
                surface = analysis.text[start : person.end]
                renamed[person.ids[0]] = surface
                sentence.persons[number] = replace(person, start=start, text=surface, ids=(surface,))
                break
    if renamed:
        for sentence in analysis.sentences:
            sentence.persons = [replace(p, ids=(renamed[p.ids[0]],)) if p.ids[0] in renamed
                                else p for p in sentence.persons]


_AGENCY_COMMA = re.compile(r"\)?\s*,")


def _after_agency_comma(analysis: Analysis, sentence: Sentence) -> list[int]:
    """Where a name may start after an agency and its comma: "... (GISTDA), Pakorn Apaphant".

    A post's complement ends with the agency ("Le directeur exécutif de l'Agence ... (GISTDA), X"), so the name the
    NER cut after it ("Apaphant" for "Pakorn Apaphant") starts after the comma as it would after the post itself.
    """
    found = []
    for mention in sentence.mentions:
        comma = _AGENCY_COMMA.match(analysis.text, mention.end, sentence.end) if mention.label == "AGENCY" else None
        if comma is not None:
            found.append(comma.end())
    return found


def _agency_before(sentence: Sentence, start: int) -> bool:
    """True when an agency mention ends right before ``start`` ("ESA director X", "SANSA CEO X")."""
    return any(m.label == "AGENCY" and 0 <= start - m.end <= 1 for m in sentence.mentions)


# "le ministre de l'Économie, Lex Delles, qui a signé": a capitalised name between a comma and a comma or stop
_NAME_AFTER_POST = re.compile(
    r",\s*(?P<name>(?:[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+)(?:\s+[A-ZÀ-Ý][a-zà-öø-ÿ’'-]+){1,2})(?=\s*[,.;)])")
# what may follow a post before the name's comma: its complement ("de l'Économie", "of Science"), maybe ending with
# an acronym in parentheses ("de l'Agence spatiale israélienne (ISA)"), after a long form up to 120 characters ("de
# l'Agence de développement de la géo-informatique et des technologies spatiales (GISTDA)"); a ministry's list of
# departments may hold a comma before a capitalised department ("Minister of Science, Technology and Innovation, X")
_POST_COMPLEMENT = re.compile(r"^(?:\s+(?:de|du|des|d['’]|of|for|chargée?|in charge)\b(?:[^,;()]{0,40}"
                              r"(?:\s*,\s*(?-i:[A-ZÀ-Ý])[^,;()]{0,40})?(?:\s*\([A-ZÀ-Ý][\w&-]*\))?"
                              r"|[^,;()]{0,120}\((?-i:[A-ZÀ-Ý])[\w&-]*\)))?\s*$", re.I)


def _post_before(sentence: Sentence, roles: re.Pattern, comma: int) -> bool:
    """True when a post (an agency role or a government role) ends just before the comma at ``comma``.

    The post may have its complement between it and the comma.
    """
    head = sentence.text[: comma - sentence.start]
    ends = [sentence.start + m.end() for m in roles.finditer(head)]
    ends += [c.end for c in sentence.cues_of("GOVERNMENT_ROLE") if c.end <= comma]
    return any(_POST_COMPLEMENT.match(sentence.text[e - sentence.start : comma - sentence.start]) for e in ends)


# what may stand between a name's comma and a government post: an article, a possessive, an adjective
# ("Navdeep Bains, Canada's Minister of ...", "Ana Ruiz, the Chilean foreign minister", "X, ministre ...")
_BEFORE_POST = re.compile(r"^\s*,\s*(?:(?:the|a|an|le|la|l['’]|un|une)\s*)?(?:[\w-]+(?:['’]s)?\s+){0,2}$", re.I)


def _government_role_follows(sentence: Sentence, end: int) -> bool:
    """True when a ``GOVERNMENT_ROLE`` cue follows the name's comma within an article, possessive or adjective."""
    for cue in sentence.cues_of("GOVERNMENT_ROLE"):
        if cue.start >= end and _BEFORE_POST.match(sentence.text[end - sentence.start : cue.start - sentence.start]):
            return True
    return False


def sentence_items(analysis: Analysis, sentence: Sentence) -> list[Item]:
    """AGENCY, ROLE/POSS_ROLE and PERSON items of a sentence, in text order."""
    lang = sentence.lang
    roles = role_lexicon(lang)
    rules = load_rules("roles", lang, REQUIRED, OPTIONAL)
    possessives = tuple(p.lower().replace("’", "'") for p in rules["possessives"])
    items: list[Item] = []
    taken = [(m.start, m.end) for m in sentence.mentions] + [(p.start, p.end) for p in sentence.persons]
    for mention in sentence.mentions:
        if mention.label == "AGENCY" and len(mention.ids) == 1:
            items.append(_with_long_form(analysis, sentence, Item("AGENCY", mention.start, mention.end,
                                                                  mention.ids[0], anaphor=mention.via == "coref")))
    units = set(rules.get("not_name_words", ()))
    for person in [*sentence.persons, *introduced_persons(analysis, sentence)]:
        if any(set(words.split()) <= units for words in (person.text, person.ids[0])):
            continue  # the NER's "Affairs" of "Director of Legal Affairs": a unit's word, no one's name
        items.append(Item("PERSON", person.start, person.end, person.ids[0]))
    items += ordinal_referents(analysis, sentence)
    taken += [(i.start, i.end) for i in items if i.kind == "PERSON"]
    for found in _role_regex(lang).finditer(sentence.text):
        start, end = sentence.start + found.start(), sentence.start + found.end()
        if any(start < e and s < end for s, e in taken):
            continue
        role = roles.get(" ".join(found.group(0).lower().replace("’", "'").split()), found.group(0))
        before = sentence.text[: found.start()].rstrip().lower().replace("’", "'")
        possessive = any(before == p or before.endswith(" " + p) for p in possessives)
        kind = "POSS_ROLE" if possessive else "ROLE"
        items.append(Item(kind, start, end, role))
    items += _anaphor_items(analysis, sentence, taken + [(i.start, i.end) for i in items])
    agencies = [i for i in items if i.kind == "AGENCY"]
    # "l'Agence thaïlandaise de géo-informatique (GISTDA)": a mention inside a long form is that one item
    items = [i for i in items if i.kind != "AGENCY" or not any(
        o is not i and o.start <= i.start and i.end <= o.end and (o.start, o.end) != (i.start, i.end)
        for o in agencies)]
    return _merge_defined(analysis, sorted(items, key=lambda i: (i.start, i.end)))


_ANAPHOR_BACK = 6  # sentences


def _anaphor_items(analysis: Analysis, sentence: Sentence, taken: list[tuple[int, int]]) -> list[Item]:
    """AGENCY items for the noun phrases that stand for an agency named earlier (rules ``agency_anaphors``).

    "The agency, established in 2018, is headed by X", "L'Agence est présidée par X": a phrase no mention covers
    (the coreference step links those of the sentence right after the agency), outside ``taken``, not before a
    complement or an adjective (``not_before``), is the last agency named before it in the sentence or in the
    nearest of the ``_ANAPHOR_BACK`` sentences before (blocks of the same kind) that names one. "The centre", "the
    organisation" stand only for an agency whose name holds the noun; "the agency" (``generic_words``) for any.
    """
    rules = load_rules("roles", sentence.lang, REQUIRED, OPTIONAL).get("agency_anaphors")
    if not rules:
        return []
    not_before = compiled(rules["not_before"])
    generic = {w.lower() for w in rules["generic_words"]}
    found = []
    for match in phrase_regex(rules["phrases"]).finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if any(start < e and s < end for s, e in taken) or not_before.match(sentence.text[match.end() :]):
            continue
        agency = _antecedent(analysis, sentence, start)
        noun = match.group(0).split()[-1].split("'")[-1].split("’")[-1].lower()
        if agency is None or not (noun in generic or noun in _agency_name_words(analysis, agency)):
            continue
        found.append(Item("AGENCY", start, end, agency, anaphor=True))
    return found


def _antecedent(analysis: Analysis, sentence: Sentence, before: int) -> str | None:
    """The agency an anaphor at ``before`` stands for, or None.

    The last single agency named before it in the sentence, else in the two sentences before of its paragraph,
    else the first (the subject) of the nearest earlier sentence that names one, in a block of the same kind
    ``_ANAPHOR_BACK`` sentences back at most ("The rover goes back to an agreement between the Australian Space
    Agency and NASA. [...] The agency, established in 2018, is headed by X").
    """
    own = [m for m in sentence.agencies() if m.end <= before and len(m.ids) == 1]
    if own:
        return own[-1].ids[0]
    return _agency_of_paragraph(analysis, sentence) or _earlier_subject(analysis, sentence)


def _agency_of_paragraph(analysis: Analysis, sentence: Sentence) -> str | None:
    """The last single agency of the two previous sentences of the block."""
    for other in analysis.window(sentence, back=2, same_block=True):
        found: list[Mention] = [m for m in other.agencies() if len(m.ids) == 1]
        if found:
            return found[-1].ids[0]
    return None


def _earlier_subject(analysis: Analysis, sentence: Sentence) -> str | None:
    """The first single agency of the nearest earlier sentence (blocks of the same kind) that names one."""
    for other in analysis.window(sentence, back=_ANAPHOR_BACK):
        found = [m for m in other.agencies() if len(m.ids) == 1] if other.block.kind == sentence.block.kind else []
        if found:
            return found[0].ids[0]
    return None


def _agency_name_words(analysis: Analysis, agency_id: str) -> set[str]:
    """The lower-case words of an agency's names: its knowledge-base names and the article's mentions of it."""
    entry = analysis.kb.agencies.get(agency_id)
    names = [m.text for m in analysis.mentions("AGENCY") if m.ids == (agency_id,)]
    if entry is not None:
        names += [entry.canonical_name, *(n for ns in entry.names.values() for n in ns)]
    return {w.lower() for name in names for w in re.findall(r"[^\W\d_]+", name)}


_CLAUSE_OPENING = re.compile(r"(?:^|[;:,]\s*|\.\s+)$")
_POST_COMPLEMENT_OPENS = re.compile(r"\s*(?:of|at|for|de|du|des|d['’])\b", re.IGNORECASE)
_REFERENT_BACK = 2  # sentences


def ordinal_referents(analysis: Analysis, sentence: Sentence) -> list[Item]:
    """"Le premier ... ; le second ...", "The former ...; the latter ...": PERSON items for the two people before.

    The phrase (rules ``ordinal_referents``) opens the sentence or a clause and no post follows it ("le premier
    ministre", "the former director of ESA" are posts); the people are those of the nearest of the two sentences
    before that names people, when it names exactly two, in the order it names them.
    """
    referents = load_rules("roles", sentence.lang, REQUIRED, OPTIONAL).get("ordinal_referents", {})
    if not referents:
        return []
    roles = _role_regex(sentence.lang)
    found: list[Item] = []
    for rank, key in enumerate(("first", "second")):
        for match in phrase_regex(referents.get(key, [])).finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            after = sentence.text[match.end() :].lstrip()
            post = roles.match(after)  # a post with its complement ("directeur de"), not a verb ("préside le")
            if not _CLAUSE_OPENING.search(sentence.text[: match.start()]) or (
                    post and _POST_COMPLEMENT_OPENS.match(after[post.end() :])) or any(
                    0 <= c.start - end <= 1 for c in sentence.cues_of("GOVERNMENT_ROLE")):
                continue
            people = _two_people_before(analysis, sentence)
            if people is None:
                return []
            found.append(Item("PERSON", start, end, people[rank]))
    return found


def _two_people_before(analysis: Analysis, sentence: Sentence) -> tuple[str, str] | None:
    """The two people the nearest earlier sentence with people names, in order, or None when it names another number."""
    for other in analysis.window(sentence, back=_REFERENT_BACK):
        people = sorted([*other.persons, *introduced_persons(analysis, other)], key=lambda p: p.start)
        names = list(dict.fromkeys(p.ids[0] for p in people))
        if len(names) == 2:
            return names[0], names[1]
        if names:
            return None
    return None


# a long form written before a bracketed acronym, after its preposition ("de l'Agence de développement ... (")
_LONG_FORM = re.compile(r"\b(?:de\s+l['’]\s*|(?:de\s+la|du|des|of\s+the|of)\s+)"
                        r"(?P<name>[A-ZÀ-Ý][^,;()\n]{2,120}?)\s*\($")
_LONG_FORM_REACH = 140  # characters


def _with_long_form(analysis: Analysis, sentence: Sentence, item: Item) -> Item:
    """A bracketed acronym with the agency's long form before it is one item with it.

    "le directeur exécutif de l'Agence de développement de la géo-informatique et des technologies spatiales
    (GISTDA), X": the long form, written in the article's language for an acronym of another, links to nothing
    itself; the item covers it and the closing bracket, so the post's complement is "de l'" as for any agency.
    """
    head = analysis.text[max(sentence.start, item.start - _LONG_FORM_REACH) : item.start]
    found = _LONG_FORM.search(head)
    if found is None or analysis.text[item.end : item.end + 1] != ")":
        return item
    start = item.start - len(head) + found.start("name")
    inside = [m for m in sentence.mentions if m.label == "AGENCY" and m.start < item.start and start < m.end]
    if any(m.ids != (item.value,) for m in inside):
        return item  # another agency's name before the bracket is no long form of this one
    return Item("AGENCY", min([start] + [m.start for m in inside]), item.end + 1, item.value)


def _merge_defined(analysis: Analysis, items: list[Item]) -> list[Item]:
    """"the Polish Space Agency (POLSA)": a name and its acronym in parentheses are one item."""
    merged: list[Item] = []
    for item in items:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.kind == item.kind == "AGENCY" and previous.value == item.value
                and analysis.text[previous.end : item.start].strip() in ("(", ",", "")):
            end = item.end + 1 if analysis.text[item.end : item.end + 1] == ")" else item.end
            merged[-1] = Item("AGENCY", previous.start, end, item.value)
        else:
            merged.append(item)
    return merged


def _lead(analysis: Analysis, sentence: Sentence, first: Item) -> str:
    """The words from the sentence's start to an item, lower case ("dirigée par" before "Dirigée par X, l'agence")."""
    return " ".join(analysis.text[sentence.start : first.start].lower().replace("’", "'").split())


def _gap(analysis: Analysis, a: Item, b: Item) -> str:
    """The words between two items, lower case; a line break (a list's next line) joins nothing."""
    between = analysis.text[a.end : b.start]
    if "\n" in between:
        return "<line break>"
    return " ".join(between.lower().replace("’", "'").split())


def find_officials(analysis: Analysis) -> list[OfficialFact]:
    """All (agency, person, role) facts of the document."""
    facts: list[OfficialFact] = []
    for sentence in analysis.sentences:
        # (a name the NER missed but a post introduces is a person too: "Le directeur ... (GISTDA), Pakorn Apaphant")
        if sentence.block.kind == "credit" or not (sentence.persons or introduced_persons(analysis, sentence)
                                                   or ordinal_referents(analysis, sentence)):
            continue
        rules = load_rules("roles", sentence.lang, REQUIRED, OPTIONAL)
        items = sentence_items(analysis, sentence)
        own: list[tuple[int, OfficialFact]] = []  # the sentence's facts so far, by start
        plural = _plural_heads(analysis, sentence, items)
        facts += plural
        listed = {f.name for f in plural}
        for pattern in rules["patterns"]:
            seq: list[str] = pattern["seq"]
            gaps = [compiled(g) for g in pattern["gaps"]]
            for i in range(len(items) - len(seq) + 1):
                window = items[i : i + len(seq)]
                if [w.kind for w in window] != seq:
                    continue
                if not all(g.match(_gap(analysis, x, y)) for g, x, y in zip(gaps, window, window[1:], strict=False)):
                    continue
                if "lead" in pattern and not compiled(pattern["lead"]).match(_lead(analysis, sentence, window[0])):
                    continue
                if _post_of_next_name(analysis, items, i + len(seq) - 1):
                    continue
                fact = _fact(analysis, sentence, window, items, pattern, own)
                if fact is not None and fact.name not in listed:
                    facts.append(fact)
                    own.append((window[0].start, fact))
    return _named_agency_first(facts)


def officials_from_signers(analysis: Analysis, agreements: list[AgreementFact],
                           officials: list[OfficialFact]) -> list[OfficialFact]:
    """A person who signs for an agency holds a post in it: one official per signatory with an agency.

    "The agreement was signed by X for CNES", "son homologue de l'ISRO, Y": the signing says whom X speaks for even
    where no post of the officials rules is written. Signers for a government (``agency_id`` null) hold no agency
    post. The post is the one an officials rule gave the same person, else none; the evidence is the agreement's
    spans that name the person (all of them when none does).
    """
    known = {(f.agency_id, normalise_name(f.name)) for f in officials}
    roles = {normalise_name(f.name): f.role for f in officials}
    found: list[OfficialFact] = []
    for agreement in agreements:
        for signer in agreement.signatories:
            key = (signer.agency_id, normalise_name(signer.name))
            if signer.agency_id is None or key in known:
                continue
            known.add(key)
            spans = [s for s in agreement.evidence if signer.name in analysis.text[s.start : s.end]]
            found.append(OfficialFact(signer.agency_id, signer.name, roles.get(key[1]),
                                      evidence=spans or list(agreement.evidence),
                                      reason="signs the agreement for the agency"))
    return found


_NAMES_LIST = re.compile(r"^\s*,?\s*(?:and|et)\s+$", re.IGNORECASE)
_PLURAL_ANTECEDENT = 2  # sentences back, the paragraph before too


def _plural_heads(analysis: Analysis, sentence: Sentence, items: list[Item]) -> list[OfficialFact]:
    """"leurs dirigeants, X et Y", "their heads, X and Y": each name heads one of the two agencies named before.

    A post after a plural possessive (rules ``plural_possessives``), a comma, then two names joined by "and"/"et":
    the antecedent is the sentence's own two agencies before the post, else the nearer of the two sentences before
    (the paragraph before too) that names agencies, when it names exactly two; the names take them in that order.
    """
    plurals = load_rules("roles", sentence.lang, REQUIRED, OPTIONAL).get("plural_possessives", ())
    if not plurals:
        return []
    possessive = phrase_regex(plurals)
    for number, item in enumerate(items[:-2]):
        first, second = items[number + 1], items[number + 2]
        before = analysis.text[max(sentence.start, item.start - 20) : item.start].rstrip().lower()
        if (item.kind not in ("ROLE", "POSS_ROLE") or (first.kind, second.kind) != ("PERSON", "PERSON")
                or not any(m.end() == len(before) for m in possessive.finditer(before))
                or analysis.text[item.end : first.start].strip() != ","
                or not _NAMES_LIST.match(analysis.text[first.end : second.start])):
            continue
        agencies = _two_agencies(analysis, sentence, item.start)
        if agencies is None:
            return []
        span = Span(item.start, second.end, sentence.lang, sentence.block.kind)
        return [OfficialFact(agency, person.value, item.value, evidence=[span],
                             reason="a plural post: each name heads one of the two agencies named before")
                for agency, person in zip(agencies, (first, second), strict=True)]
    return []


def _two_agencies(analysis: Analysis, sentence: Sentence, before: int) -> tuple[str, str] | None:
    """The two agencies a plural possessive stands for, in the order they are named, or None."""
    own = [m for m in sentence.agencies() if m.end <= before and len(m.ids) == 1]
    candidates = [own] + [[m for m in s.agencies() if len(m.ids) == 1]
                          for s in analysis.window(sentence, back=_PLURAL_ANTECEDENT)]
    for mentions in candidates:
        ids = list(dict.fromkeys(m.ids[0] for m in sorted(mentions, key=lambda m: m.start)))
        if len(ids) == 2:
            return ids[0], ids[1]
        if ids:
            return None
    return None


def _post_of_next_name(analysis: Analysis, items: list[Item], last: int) -> bool:
    """True when a window's closing post is the title of the name right after it.

    "Secretary of State Antony Blinken, NASA Administrator Bill Nelson and ...": "NASA Administrator" is Nelson's
    post, not Blinken's; "La secrétaire d'État X, l'administrateur de la NASA Y": the post and its agency are Y's.
    """
    closing = items[last].kind in ("ROLE", "POSS_ROLE") or (
        items[last].kind == "AGENCY" and last > 0 and items[last - 1].kind in ("ROLE", "POSS_ROLE"))
    if not closing or last + 1 >= len(items):
        return False
    following = items[last + 1]
    return following.kind == "PERSON" and not analysis.text[items[last].end : following.start].strip(" \t")


_ANTECEDENT_REASONS = ("agency from the possessive's antecedent", "agency from the anaphor's antecedent")


def _named_agency_first(facts: list[OfficialFact]) -> list[OfficialFact]:
    """Facts without those whose agency an antecedent gave while another fact names the same person's agency.

    "Volodymyr Usov, head of the State Space Agency of Ukraine" (a caption) and "Pour le chef de l'agence, Volodymyr
    Usov" after a paragraph on NASA: the post written with its agency's name says where he works.
    """
    named: dict[str, set[str]] = {}
    for fact in facts:
        if fact.reason not in _ANTECEDENT_REASONS:
            named.setdefault(normalise_name(fact.name), set()).add(fact.agency_id)
    return [f for f in facts if f.reason not in _ANTECEDENT_REASONS
            or f.agency_id in named.get(normalise_name(f.name), {f.agency_id})]


def _fact(analysis: Analysis, sentence: Sentence, window: list[Item], items: list[Item],
          pattern: dict, own: list[tuple[int, OfficialFact]]) -> OfficialFact | None:
    """The fact a matched window states, or None.

    ``pattern["role"]`` gives the post a verb states ("dirigée par", "headed by"), ``role_from_previous`` the post
    of the sentence's previous official ("L'ISRO était dirigée par X, le CNES par Y").
    """
    person = next(w for w in window if w.kind == "PERSON")
    agency = next((w.value for w in window if w.kind == "AGENCY"), None)
    role_item = next((w for w in window if w.kind in ("ROLE", "POSS_ROLE")), None)
    role = role_item.value if role_item else pattern.get("role")
    reason = None
    if pattern.get("role_from_previous"):
        earlier = [f for start, f in sorted(own, key=lambda x: x[0]) if start < window[0].start]
        if not earlier:
            return None
        role = earlier[-1].role
        reason = "post of the sentence's previous official"
    if role_item is not None and role_item.kind == "POSS_ROLE":
        agency = _most_recent_agency(analysis, sentence, role_item.start)
        reason = _ANTECEDENT_REASONS[0]
    elif any(w.kind == "AGENCY" and w.anaphor for w in window):
        reason = _ANTECEDENT_REASONS[1]
    if pattern.get("role_from_sentence"):
        earlier = [i for i in items if i.kind == "ROLE" and i.end <= person.start]
        if not earlier:
            return None
        role = earlier[-1].value
        reason = "role from the phrase that introduces the list"
    if pattern.get("agency_from_previous"):
        agency, reason = _coordinated_agency(analysis, window[0].start, own), "agency of the official before"
    if agency is None:
        return None
    span = Span(window[0].start, window[-1].end, sentence.lang, sentence.block.kind)
    return OfficialFact(agency, person.value, role, evidence=[span], reason=reason)


# "X and Deputy Administrator Y", "X, et l'administratrice adjointe, Y": a coordination, maybe an article or possessive
_COORDINATED = re.compile(r"^\s*,?\s*(?:and|et)\s+(?:(?:the|its|his|her|le|la|son|sa|l['’])\s*)?$", re.I)


def _coordinated_agency(analysis: Analysis, start: int, own: list[tuple[int, OfficialFact]]) -> str | None:
    """The agency of the sentence's official whose holder the post at ``start`` is coordinated with, else None."""
    for _, fact in own:
        end = fact.evidence[0].end
        if end <= start and _COORDINATED.match(analysis.text[end:start]):
            return fact.agency_id
    return None


def _most_recent_agency(analysis: Analysis, sentence: Sentence, before: int) -> str | None:
    """The antecedent of a possessive ("its president", "son président").

    The sentence's subject, i.e. its first single agency ("The Brazilian Space Agency will cooperate with ..., its
    president X said"), else the last single agency of the two previous sentences of the block, else the first of
    the nearest earlier sentence of a block of the same kind that names one.
    """
    own = [m for m in sentence.agencies() if m.end <= before and len(m.ids) == 1]
    if own:
        return own[0].ids[0]
    found = _agency_of_paragraph(analysis, sentence)
    if found is None and _OPENS_WITH_REFERENT.match(analysis.text[sentence.start : before]):
        # "Fifty years on, the agency has 23 members. It is headed by its director general, X", "Its first head, X":
        # a possessive opening the sentence, or in a sentence a pronoun opens, continues the topic before
        found = _earlier_subject(analysis, sentence)
    return found


# what opens a sentence whose possessive refers past its paragraph: the possessive itself, or a subject pronoun
_OPENS_WITH_REFERENT = re.compile(r"^\s*(?:(?:it|its|their|the agency['’]s|elle|il|son|sa|ses|leur)\b|$)", re.I)
