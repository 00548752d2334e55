"""Rule data files of the relation rules: one JSON file per rule family and language.

Like medspaCy's rule files, a file is validated when loaded: an unknown key or a missing one
fails loudly with the file name, so a typo in a trigger list never silently disables a rule.
Phrases are compiled into one word-bounded, case-insensitive regex per list (an entry written
in capitals, such as "MoU", stays case-sensitive).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any


class RuleFileError(ValueError):
    """A rule data file does not have the expected shape."""


def phrase_regex(phrases: Iterable[str]) -> re.Pattern:
    """One regex for a phrase list: longest first, word-bounded; ALL-CAPS entries match case-sensitively.

    An entry ending in an apostrophe ("prévoit d'") is elided and joins the next word: no boundary after it.
    """
    # rules ask for the same lists per sentence: the list as given is the cache key, so a repeated call costs
    # one tuple and a look-up instead of a sort of the whole list
    return _given_regex(phrases if isinstance(phrases, tuple) else tuple(phrases))


@lru_cache(maxsize=1024)
def _given_regex(phrases: tuple[str, ...]) -> re.Pattern:
    return _phrase_regex(tuple(sorted(set(phrases), key=lambda p: (-len(p), p))))


@lru_cache(maxsize=512)
def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern:
    parts = []
    for phrase in phrases:
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        body = re.sub("['’]", "['’]", body)
        if sum(ch.isupper() for ch in phrase) >= 2 and phrase == phrase.upper() or phrase in ("MoU", "MoUs", "LoI"):
            body = f"(?-i:{body})"
        # an elided phrase ("prévoit d'") is glued to the next word: no word boundary after it
        parts.append(body if phrase[-1] in "'’" else body + r"(?![\w-])")
    if not parts:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w-])" + _first_letters(phrases) + r"(?:" + "|".join(parts) + r")", re.IGNORECASE)


def _first_letters(phrases: tuple[str, ...]) -> str:
    """A lookahead for the characters the phrases start with (case-insensitive, as the regex), or "" if one has none.

    The regex engine tries every phrase at every word start; one character class first fails most word starts at
    once. It matches exactly where some phrase may start, so the regex finds the same matches.
    """
    firsts = set()
    for phrase in phrases:
        words = phrase.split()
        if not words:
            return ""  # an empty phrase matches anywhere
        first = words[0][0]
        firsts.update("'’" if first in "'’" else first)
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"



@lru_cache(maxsize=32)
def load_rules(family: str, lang: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    """Load ``<family>_<lang>.json`` next to this module and check its keys."""
    name = f"{family}_{lang if lang in ('en', 'fr') else 'en'}.json"
    path = resources.files(__package__).joinpath("rules", name)
    data = json.loads(path.read_text("utf-8"))
    keys = set(data) - {"_doc"}
    missing = set(required) - keys
    unknown = keys - set(required) - set(optional)
    if missing or unknown:
        raise RuleFileError(f"{name}: missing keys {sorted(missing)}, unknown keys {sorted(unknown)}")
    return data


@lru_cache(maxsize=256)
def compiled(family: str, lang: str, key: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> re.Pattern:
    """The compiled phrase regex of one list of a rule file."""
    value = load_rules(family, lang, required, optional)[key]
    if isinstance(value, dict):
        value = [p for phrases in value.values() for p in phrases]
    return phrase_regex(value)
