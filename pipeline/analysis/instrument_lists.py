"""Lists of names a plural noun says are instruments or craft.

Counted lists of instruments ("carried three instruments, HIFI, PACS and SPIRE", "ses deux instruments : HFI et LFI"):
the names are instruments, whether or not the KB knows them; ``mission_names`` links the unknown ones and the
``part_of`` rules give every listed name the craft the sentence names before the list. Coordinated craft names around
a plural craft noun ("the satellites Pivert and Sittelle", "les sondes jumelles A et B", "the GRACE-C and GRACE-D
satellites"): each name is a mission. The phrases are data (``instrument_lists_<lang>.json``,
``craft_lists_<lang>.json``, keys checked when loaded).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_KEYS = ("determiners", "heads", "introducers", "conjunctions", "one_of", "host_links")
# a listed name: capitals and digits ("HIFI", "HEPD-02", "SuperCam", "Mastcam-Z"), two capitals or a digit at least
_NAME = r"[A-Z][\w]*(?:[-/+][\w]+)*"


def _words(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) if p.strip() else re.escape(p)
                    for p in sorted(phrases, key=len, reverse=True))


def _data(stem: str, lang: str, keys: tuple[str, ...]) -> dict:
    """A list data file's phrases (a ValueError names the file and the bad key); lists may be empty only if named."""
    name = f"{stem}_{lang if lang in ('en', 'fr') else 'en'}.json"
    data = json.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))
    unknown = set(data) - {"_doc", *keys}
    bad = [k for k in keys if not (isinstance(data.get(k), list) and (data[k] or k in _MAY_BE_EMPTY)
                                   and all(isinstance(p, str) and p.strip() for p in data[k]))]
    if unknown or bad:
        raise ValueError(f"{name}: unknown keys {sorted(unknown)}, missing or malformed keys {bad}")
    return data


_MAY_BE_EMPTY = ("before_determiners",)


@lru_cache(maxsize=4)
def _regex(lang: str) -> re.Pattern:
    """The instrument list regex of a language."""
    data = _data("instrument_lists", lang, _KEYS)
    intro = _words(data["introducers"])
    conj = _words(data["conjunctions"])
    # the cue is read in any case ("Three instruments"), the names only in capitals
    return re.compile(
        rf"(?<![\w-])(?i:{_words(data['determiners'])})\s+(?:[a-zé][\w-]*\s+){{0,2}}?(?i:{_words(data['heads'])})"
        rf"\s*(?:(?i:{intro})\s*)?(?P<list>{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:{conj})\s+{_NAME})(?![\w-])")


@lru_cache(maxsize=4)
def _craft_regexes(lang: str) -> tuple[re.Pattern, re.Pattern | None]:
    """The craft list regexes of a language: names after the plural noun, and (English) names before it."""
    data = _data("craft_lists", lang, ("heads", "before_determiners", "conjunctions"))
    heads, conj = _words(data["heads"]), _words(data["conjunctions"])
    names = rf"{_CRAFT}(?:\s*,\s*{_CRAFT})*,?\s+(?:{conj})\s+{_CRAFT}"
    # "les satellites jumeaux A et B": one lower-case qualifier may follow the noun; "two cubesats, A and B"
    after = re.compile(rf"(?<![\w-])(?i:{heads})(?:\s+[a-zéèêàâîôûç][\w-]*)?(?:\s*[,:]\s*|\s+)"
                       rf"(?P<list>{names})(?![\w-])")
    if not data["before_determiners"]:
        return after, None
    before = re.compile(rf"(?<![\w-])(?i:{_words(data['before_determiners'])})\s+(?P<list>{names})\s+(?i:{heads})"
                        rf"(?![\w-])")
    return after, before


# a craft name: a capitalised word with its hyphenated parts, and a number written apart ("Sentinel 6", "Pivert")
_CRAFT = r"[A-Z][\w]*(?:[-/][\w]+)*(?:\s\d{1,3}[A-Z]?)?"


def craft_lists(text: str, lang: str) -> list[list[tuple[int, int, str]]]:
    """The coordinated craft names of ``text`` around a plural craft noun: each list a list of (start, end, name).

    After the noun any capitalised names ("the satellites Pivert and Sittelle"); before it only names with two
    capitals or a digit ("the GRACE-C and GRACE-D satellites", not "the Russian and Chinese probes").
    """
    after, before = _craft_regexes(lang)
    lists = []
    for regex, strict in ((after, False), (before, True)):
        for found in regex.finditer(text) if regex is not None else ():
            start = found.start("list")
            names = [(start + m.start(), start + m.end(), m.group(0)) for m in re.finditer(_CRAFT, found.group("list"))]
            if len(names) >= 2 and (not strict or all(_name_like(n[2]) for n in names)):
                lists.append(names)
    return lists


@lru_cache(maxsize=4)
def _member_regex(lang: str) -> re.Pattern:
    """A name, then "one of the N instruments of" / "l'un des N instruments de" before its host."""
    data = _data("instrument_lists", lang, _KEYS)
    return re.compile(
        rf"(?<![\w-])(?P<name>{_NAME}),?\s+(?i:{_words(data['one_of'])})\s+(?:(?i:{_words(data['determiners'])})\s+)?"
        rf"(?:[a-zé][\w-]*\s+){{0,2}}?(?i:{_words(data['heads'])})\s+(?i:{_words(data['host_links'])})"
        rf"(?:\s+|(?<=['’]))(?=[A-Z])")


def instrument_members(text: str, lang: str) -> list[tuple[int, int, str, int]]:
    """(start, end, name, host_start) of each "NAME, one of the N instruments of HOST" in ``text``.

    ``host_start`` is where the host's name begins (the mission mention there is the host). The name must look like
    an instrument name (two capitals or a digit).
    """
    return [(found.start("name"), found.end("name"), found.group("name"), found.end())
            for found in _member_regex(lang).finditer(text) if _name_like(found.group("name"))]


def _name_like(name: str) -> bool:
    return sum(ch.isupper() for ch in name) >= 2 or any(ch.isdigit() for ch in name)


def instrument_lists(text: str, lang: str) -> list[list[tuple[int, int, str]]]:
    """The counted instrument lists of ``text``: each a list of (start, end, name), offsets into ``text``.

    Every name of a list must look like an instrument name (two capitals or a digit), else the list gives none:
    "three instruments, Alice, Bob and Carol" is no instrument list.
    """
    lists = []
    for found in _regex(lang).finditer(text):
        start = found.start("list")
        names = [(start + m.start(), start + m.end(), m.group(0)) for m in re.finditer(_NAME, found.group("list"))]
        if len(names) >= 2 and all(_name_like(n[2]) for n in names):
            lists.append(names)
    return lists
