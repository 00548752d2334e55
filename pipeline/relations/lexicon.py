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
from itertools import groupby
from operator import itemgetter
from os.path import commonprefix
from typing import Any

try:  # CPython 3.11+: how re.IGNORECASE folds a character, and the characters it takes for one another
    import _sre
    from re import _casefix
except ImportError:  # pragma: no cover - another interpreter or layout: the flat alternation
    _casefix = None


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
    if not phrases:
        return re.compile(r"(?!)")
    body = _factored(phrases)
    if body is None:  # a phrase the factored form cannot hold: one alternative per phrase, longest first
        body = "|".join(_flat(phrase) for phrase in phrases)
    return re.compile(r"(?<![\w-])" + _first_letters(phrases) + r"(?:" + body + r")", re.IGNORECASE)


def _case_sensitive(phrase: str) -> bool:
    """An entry written in capitals ("NASA", "MoU") matches only as written."""
    return phrase == phrase.upper() and sum(ch.isupper() for ch in phrase) >= 2 or phrase in ("MoU", "MoUs", "LoI")


def _flat(phrase: str) -> str:
    """One phrase as its own alternative: words joined by any whitespace, word-bounded unless elided."""
    body = r"\s+".join(re.escape(w) for w in phrase.split())
    body = re.sub("['’]", "['’]", body)
    if _case_sensitive(phrase):
        body = f"(?-i:{body})"
    # an elided phrase ("prévoit d'") is glued to the next word: no word boundary after it
    return body if phrase[-1] in "'’" else body + _BOUNDARY


_BOUNDARY = r"(?![\w-])"
_SPACE = r"\s+"
_APOSTROPHES = "['’]"


def _factored(phrases: tuple[str, ...]) -> str | None:
    r"""The phrases (longest first) as one prefix tree of alternatives, matching what :func:`_flat`'s alternation does.

    Python's ``re`` tries the alternatives of ``p1|p2|...`` one after another at every place a phrase may start; with
    a few hundred phrases ("is currently operating", "is still operating"...) that is most of a rule's time. Here the
    phrases share their common beginnings: ``is\s+(?:currently|still)\s+operating``, each character compared once.

    Same matches: the flat alternation, longest phrase first, takes at each place the longest phrase that matches
    there (two phrases that both match at one place are one the other's beginning in the text, so the longer matches
    more; equal lengths match the same text). In the tree every branch starts with its own character (case-folded as
    ``re.IGNORECASE`` compares them), a space (``\s+``) or an apostrophe, so the text follows one path only, and a
    node tries its branches before the end of a phrase there: it takes the deepest, the longest phrase. A phrase
    written in capitals ("MoU") follows the case-folded path and checks its exact letters looking back when it ends.
    None (use the flat alternation) when that reasoning does not hold: a phrase with spaces other than single
    ones between its words (its length is not its match's), one in capitals with a space (no fixed width to look back
    over), or two branch characters that ``re.IGNORECASE`` takes for one another beyond their lower case ("s"/"ſ").
    """
    if _casefix is None:  # pragma: no cover
        return None
    chars = set().union(*phrases)
    fold = {ord(ch): _fold(ch) for ch in chars}
    letters = {fold[ord(ch)] for ch in chars if ch not in " '’"}
    for letter in letters:
        if any(chr(other) in letters for other in _casefix._EXTRA_CASES.get(ord(letter), ())):
            return None
    ends: dict[str, set[str]] = {}  # a phrase as the tree spells it -> how a phrase spelt so ends
    for phrase in phrases:
        if phrase != " ".join(phrase.split()):
            return None
        end = "" if phrase[-1] in "'’" else _BOUNDARY
        if _case_sensitive(phrase):
            if " " in phrase:
                return None
            end = "(?<=(?-i:" + re.sub("['’]", "['’]", re.escape(phrase)) + "))" + end
        ends.setdefault(phrase.translate(fold), set()).add(end)
    regex = {ord(ch): _SPACE if ch == _SPACE_KEY else _APOSTROPHES if ch == _APOSTROPHE_KEY else re.escape(ch)
             for ch in set().union(*ends)}
    return _branches(sorted(ends), 0, ends, regex)


_SPACE_KEY, _APOSTROPHE_KEY = "\x02", "\x01"  # how the tree spells a space and an apostrophe


def _fold(ch: str) -> str:
    """A phrase's character as the tree spells it: a key for a space or an apostrophe, else its lower case.

    The lower case is what ``re.IGNORECASE`` compares: characters with the same one match the same text.
    """
    if ch == " ":
        return _SPACE_KEY
    if ch in "'’":
        return _APOSTROPHE_KEY
    return chr(_sre.unicode_tolower(ord(ch)))


def _branches(spelt: list[str], depth: int, ends: dict[str, set[str]], regex: dict[int, str]) -> str:
    """The regex of the tree node at ``depth`` of ``spelt`` (sorted phrases that share their first ``depth`` keys).

    Its branches in key order, each the longest run of keys all its phrases share, then the ends of the phrases that
    end at the node.
    """
    parts = []
    ending = len(spelt[0]) == depth  # sorted: a phrase that ends here comes first (only one can: they differ)
    for _, group in groupby(spelt[1:] if ending else spelt, key=itemgetter(depth)):
        group = list(group)
        shared = len(commonprefix((group[0], group[-1])))  # sorted: the first and last share what all share
        parts.append(group[0][depth:shared].translate(regex) + _branches(group, shared, ends, regex))
    if ending:
        found = ends[spelt[0]]
        if "" in found:
            parts.append("")  # an elided phrase ends here: nothing to check
        else:
            if _BOUNDARY in found:  # a phrase of any case ends here: the checks of those in capitals add nothing
                found = {_BOUNDARY} | {e for e in found if not e.endswith(_BOUNDARY)}
            parts.append(next(iter(found)) if len(found) == 1 else "(?:" + "|".join(sorted(found)) + ")")
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


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
