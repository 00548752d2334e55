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

_KEYS = ("determiners", "heads", "introducers", "conjunctions", "one_of", "host_links", "item_determiners",
         "item_heads", "item_joiners")
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
    "three instruments, Alice, Bob and Carol" is no instrument list. A described list (each name with its own
    determiner and instrument noun, see :func:`described_lists`) counts as well.
    """
    lists = []
    for found in _regex(lang).finditer(text):
        start = found.start("list")
        names = [(start + m.start(), start + m.end(), m.group(0)) for m in re.finditer(_NAME, found.group("list"))]
        if len(names) >= 2 and all(_name_like(n[2]) for n in names):
            lists.append(names)
    taken = {n[0] for names in lists for n in names}
    lists += [names for _, names in described_lists(text, lang) if not taken & {n[0] for n in names}]
    return lists


# how far a described list may begin after its counted head ("deux des quatre instruments scientifiques de l'orbiteur,")
_BRIDGE = 150


@lru_cache(maxsize=4)
def _described_regexes(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The regexes of a described list.

    Its counted head, one item, the joiner between items, an apposition, the introducer that ends the bridge.
    """
    data = _data("instrument_lists", lang, _KEYS)
    determiners = "|".join(re.escape(d) if d.endswith(("'", "’")) else re.escape(d) + r"\s+"
                           for d in sorted(data["item_determiners"], key=len, reverse=True))
    heads = _words(data["item_heads"])
    # the noun, at most eight descriptor words, the name ("le détecteur de neutrons FREND"); in English the name may
    # come first ("the ACS spectrometer", "the Italian HEPD-02 particle detector")
    # the name ends the item: a punctuation mark, the end of the text or a joiner follows it ("en bande Ku SCAT-3")
    ends = rf"(?=\s*[,;:.!?)(—–]|\s*$|\s+(?:{_words(data['item_joiners'])})\s)"
    # "the Multispectral Imager", "the Atmospheric Lidar (ATLID)": a name in title case whose last word is the
    # instrument noun itself, capitalised; its acronym in brackets may follow (tried first: the other forms would read
    # "Atmospheric" or the next item's "Radiometer" as the name)
    titled = "|".join(re.escape(h[:1].upper() + h[1:]) for h in sorted(data["item_heads"], key=len, reverse=True)
                      if " " not in h)
    # "the high-energy particle detector HEPD-02", "le petit spectromètre X": up to three words before the noun
    forms = [rf"(?P<titled>(?:[A-Z][\w-]*\s+){{1,4}}(?:{titled}))(?![\w-])(?:\s+\([A-Z][A-Z0-9-]*\))?{ends}",
             rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{heads})(?:\s+[^\s,;:()]+){{0,8}}?\s+(?P<after>{_NAME}){ends}"]
    if lang != "fr":
        forms.append(rf"(?:[\w-]+\s+){{0,3}}?(?P<before>{_NAME})\s+(?:[a-z][\w-]*\s+){{0,2}}?(?i:{heads})(?![\w-])")
    item = re.compile(r"(?i:" + determiners + r")(?:" + "|".join(forms) + r")")
    # "deux des quatre instruments", "its three Indian instruments": up to three words between count and noun
    head = re.compile(rf"(?<![\w-])(?i:{_words(data['determiners'])})\s+(?:[\w'’-]+\s+){{0,3}}?"
                      rf"(?i:{_words(data['heads'])})(?![\w-])")
    joiner = re.compile(rf"\s*(?:{_words(data['item_joiners'])})\s*")
    apposition = re.compile(r",\s+[a-zà-ÿ][^,;:]{0,120}?(?=,)")
    # the bridge ends in a punctuation mark, then maybe an introducer word ("dont", "including", "namely")
    words = sorted({w.strip(" ,") for w in data["introducers"] if re.search(r"\w", w)}, key=len, reverse=True)
    intro = re.compile(r"[:,—–(]\s*(?:(?:" + "|".join(re.escape(w) for w in words) + r")\s+)?")
    return head, item, joiner, apposition, intro


def described_lists(text: str, lang: str) -> list[tuple[int, list[tuple[int, int, str]]]]:
    """The described instrument lists of ``text``: (start of the counted head, [(start, end, name), ...]).

    "Roscosmos a fourni deux des quatre instruments de l'orbiteur, le spectromètre ACS et le détecteur de neutrons
    FREND", "Its three instruments, the ocean colour monitor OCM-3, the radiometer SSTM and the Ku-band scatterometer
    SCAT-3": a counted or possessed plural head (``determiners``, ``heads``), a bridge of at most 150 characters with no
    sentence break ending in ":", ",", a dash or "(", then two items or more (``item_determiners``, ``item_heads``,
    the name in capitals) joined by ``item_joiners``, an apposition of an item skipped ("le détecteur HEPD-02, mis au
    point par l'INFN, et le détecteur EFD-02"). Every name must look like an instrument name. An item may also be a
    name in title case ending in its instrument noun ("the three other instruments: the Atmospheric Lidar (ATLID), the
    Multispectral Imager and the Broadband Radiometer").
    """
    head_rx, item_rx, joiner_rx, apposition_rx, intro_rx = _described_regexes(lang)
    lists: list[tuple[int, list[tuple[int, int, str]]]] = []
    for head in head_rx.finditer(text):
        bridge = re.match(rf"[^.;!?]{{0,{_BRIDGE}}}", text[head.end() :]).group(0)
        for intro in intro_rx.finditer(bridge):
            items = _items(text, head.end() + intro.end(), item_rx, joiner_rx, apposition_rx)
            if len(items) >= 2:
                lists.append((head.start(), items))
                break
    return lists


def _items(text: str, position: int, item_rx: re.Pattern, joiner_rx: re.Pattern,
           apposition_rx: re.Pattern) -> list[tuple[int, int, str]]:
    """The items of a described list from ``position`` on (see :func:`described_lists`)."""
    items: list[tuple[int, int, str]] = []
    starts = [position]
    while starts:
        found = next((f for f in (item_rx.match(text, p) for p in starts) if f is not None
                      and _name_like(f.group(_group(f)))), None)
        if found is None:
            return items
        group = _group(found)
        items.append((found.start(group), found.end(group), found.group(group)))
        # the next item after a joiner, or after the item's apposition and a joiner
        skipped = apposition_rx.match(text, found.end())
        starts = [j.end() for j in (joiner_rx.match(text, p) for p in (found.end(), skipped.end() if skipped else None)
                                     if p is not None) if j is not None and j.end() > j.start()]
    return items


def _group(found: re.Match) -> str:
    """The name group of an item match that took part in the match."""
    return next(g for g, v in found.groupdict().items() if v is not None)
