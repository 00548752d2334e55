"""Counted lists of instruments: "carried three instruments, HIFI, PACS and SPIRE", "ses deux instruments : HFI et LFI".

The names in such a list are instruments, whether or not the KB knows them; ``mission_names`` links the unknown ones
and the ``part_of`` rules give every listed name the craft the sentence names before the list. The phrases are data
(``instrument_lists_<lang>.json``, keys checked when loaded).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_KEYS = ("determiners", "heads", "introducers", "conjunctions")
# a listed name: capitals and digits ("HIFI", "HEPD-02", "SuperCam", "Mastcam-Z"), two capitals or a digit at least
_NAME = r"[A-Z][\w]*(?:[-/+][\w]+)*"


def _words(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) if p.strip() else re.escape(p)
                    for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=4)
def _regex(lang: str) -> re.Pattern:
    """The list regex of a language, from its data file (a ValueError names the file and the bad key)."""
    name = f"instrument_lists_{lang if lang in ('en', 'fr') else 'en'}.json"
    data = json.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))
    unknown = set(data) - {"_doc", *_KEYS}
    bad = [k for k in _KEYS if not (isinstance(data.get(k), list) and data[k]
                                    and all(isinstance(p, str) and p.strip() for p in data[k]))]
    if unknown or bad:
        raise ValueError(f"{name}: unknown keys {sorted(unknown)}, missing or malformed keys {bad}")
    intro = _words(data["introducers"])
    conj = _words(data["conjunctions"])
    # the cue is read in any case ("Three instruments"), the names only in capitals
    return re.compile(
        rf"(?<![\w-])(?i:{_words(data['determiners'])})\s+(?:[a-zé][\w-]*\s+){{0,2}}?(?i:{_words(data['heads'])})"
        rf"\s*(?:(?i:{intro})\s*)?(?P<list>{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:{conj})\s+{_NAME})(?![\w-])")


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
