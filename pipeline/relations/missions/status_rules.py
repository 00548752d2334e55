"""The status cue files (``rules/status_<lang>.json``), checked and compiled.

Each file holds groups of cue phrases, each group with the state it gives (completed, active, planned), the reason it
fires and optionally the KB mission kinds it applies to, plus the word lists that cancel a cue (negation, superseded,
conditional, future guard), the objects that show an end cue is about something else, and the frame words that make a
mission the frame of its clause. A file of the wrong shape fails loudly with its name and the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import RuleFileError, load_rules, phrase_regex

STATES = ("completed", "active", "planned")
REQUIRED = ("cues", "negation", "superseded", "conditional", "future_guard", "not_the_mission", "frame",
            "scope_breaks", "subject_pronouns", "relative_markers", "adverbs", "sheet_labels")
_WORD_LISTS = ("negation", "superseded", "conditional", "future_guard", "frame")
_LITERAL_LISTS = ("scope_breaks", "relative_markers")  # matched as written ("\n" too)
_PHRASE_LISTS = ("subject_pronouns", "adverbs", "sheet_labels")
_SIDES = ("after", "before")
# phrase lists a file may leave out (never matched then)
_OPTIONAL_LISTS = ("coordinators", "object_gap_stops", "object_after_stops", "owner_words", "plan_participles",
                   "plan_predicators", "plan_times", "plan_mission_nouns")
_OBJECT_GAP_WORDS = 4  # at most this many words between an object cue and the first mission of its object list


@dataclass(frozen=True)
class CueGroup:
    """One kind of status cue: its phrases (compiled), the state it gives, why it fires and the kinds it serves."""

    kind: str
    state: str
    why: str
    regex: re.Pattern
    kinds: frozenset[str] | None
    unless_launched: bool
    not_kinds: frozenset[str] = frozenset()
    subject_only: bool = False  # the cue counts only right after the mission's name or a back-reference to it
    object_only: bool = False  # the cue counts only right before the mission's name (or the list that holds it)
    infinitive: bool = False  # the cue governs an infinitive: a mission after it counts only as that verb's object

    def serves(self, kind: str | None) -> bool:
        """Whether the group's cues apply to a mission of this KB kind (None: a mission the KB lacks)."""
        return (self.kinds is None or kind in self.kinds) and kind not in self.not_kinds


@dataclass(frozen=True)
class StatusRules:
    """The checked status rules of one language."""

    groups: tuple[CueGroup, ...]
    negation: re.Pattern
    superseded: re.Pattern
    conditional: re.Pattern
    future_guard: re.Pattern
    frame: re.Pattern
    # (state, "after"/"before") -> other topics of a cue; (state, "before_words") -> how far back "before" looks
    not_the_mission: dict[tuple[str, str], re.Pattern | int]
    elided: frozenset[str]  # negation words written elided ("n'"), glued to the next word
    scope_breaks: tuple[str, ...]  # literal strings that end a cue's scope (a line break, ", but ", ", and a ")
    subject_pronouns: re.Pattern  # a pronoun subject of a clause ("it", "elle"): the clause speaks of its antecedent
    relative_markers: tuple[str, ...]  # ", which" right after a mission name: the clause that follows speaks of it
    sheet_labels: re.Pattern  # the label of a fact-sheet status line ("Statut : mission terminée")
    adverbs: re.Pattern = re.compile(r"(?!)")  # words that may stand between a subject and its verb ("still")
    coordinators: re.Pattern = re.compile(r"(?!)")  # words that join listed missions ("and", "et", "as well as")
    object_gap_stops: re.Pattern = re.compile(r"(?!)")  # words that end an object cue's reach ("of", "for", "de")
    object_after_stops: re.Pattern = re.compile(r"(?!)")  # a word after the object list: supplied, not made ("with")
    owner_words: re.Pattern = re.compile(r"(?!)")  # "Kepler de la NASA, qui": an owner between a name and its relative
    # a plan participle as a noun's attribute ("the planned orbit", "l'orbite prévue"): status.py's _plan_attribute
    plan_participles: re.Pattern = re.compile(r"(?!)")
    plan_predicators: re.Pattern = re.compile(r"(?!)")
    plan_times: re.Pattern = re.compile(r"(?!)")
    plan_mission_nouns: re.Pattern = re.compile(r"(?!)")


@lru_cache(maxsize=4)
def status_rules(lang: str) -> StatusRules:
    """The status cue file of one language, checked and compiled.

    Raises ``RuleFileError`` naming ``status_<lang>.json`` and the key when a key is missing or unknown, a word list is
    not a list of non-empty strings, or a cue group lacks its kind, a known state, a reason or phrases.
    """
    data = load_rules("status", lang, REQUIRED, _OPTIONAL_LISTS)
    name = f"status_{lang if lang in ('en', 'fr') else 'en'}.json"
    for key in _WORD_LISTS + _LITERAL_LISTS + _PHRASE_LISTS:
        if not _strings(data[key]):
            raise RuleFileError(f"{name}: key {key!r} must be a list of non-empty strings")
    for key in _OPTIONAL_LISTS:
        if key in data and not _strings(data[key]):
            raise RuleFileError(f"{name}: key {key!r} must be a list of non-empty strings")
    if not isinstance(data["cues"], list) or not data["cues"]:
        raise RuleFileError(f"{name}: key 'cues' must be a non-empty list of cue groups")
    adverbs = tuple(data["adverbs"])
    groups = tuple(_group(name, index, group, adverbs) for index, group in enumerate(data["cues"]))
    kinds = [g.kind for g in groups]
    if len(set(kinds)) != len(kinds):
        raise RuleFileError(f"{name}: key 'cues' names a cue kind twice")
    elided = frozenset(w.replace("’", "'").lower() for w in data["negation"] if w[-1] in "'’")
    return StatusRules(groups, *(phrase_regex(data[key]) for key in _WORD_LISTS),
                       not_the_mission=_other_topics(name, data["not_the_mission"]), elided=elided,
                       scope_breaks=tuple(data["scope_breaks"]),
                       subject_pronouns=phrase_regex(data["subject_pronouns"]),
                       relative_markers=tuple(data["relative_markers"]),
                       sheet_labels=phrase_regex(data["sheet_labels"]), adverbs=phrase_regex(data["adverbs"]),
                       **{key: phrase_regex(data[key]) for key in _OPTIONAL_LISTS if data.get(key)})


def _other_topics(name: str, value: object) -> dict[tuple[str, str], re.Pattern]:
    """The checked ``not_the_mission`` mapping: state -> {"after": [...], "before": [...], "before_words": n}, compiled.

    ``before_words`` (default 8): how many words before a cue the "before" list is looked for in.
    """
    if not isinstance(value, dict) or set(value) - set(STATES):
        raise RuleFileError(f"{name}: key 'not_the_mission' must map states ({', '.join(STATES)}) to word lists")
    compiled = {}
    for state, sides in value.items():
        if not isinstance(sides, dict) or set(sides) - {"before_words"} != set(_SIDES) or not all(
                _strings(sides[side]) for side in _SIDES):
            raise RuleFileError(f"{name}: not_the_mission[{state!r}] must have 'after' and 'before' lists of strings")
        words = sides.get("before_words", 8)
        if not isinstance(words, int) or isinstance(words, bool) or words < 1:
            raise RuleFileError(f"{name}: not_the_mission[{state!r}]['before_words'] must be a positive integer")
        compiled.update({(state, side): phrase_regex(sides[side]) for side in _SIDES})
        compiled[(state, "before_words")] = words
    return compiled


def _group(name: str, index: int, group: object, adverbs: tuple[str, ...] = ()) -> CueGroup:
    """One checked cue group (``RuleFileError`` with the file, the group's index and what is wrong).

    Its phrases of two words or more also match with one of ``adverbs`` after their first word ("is still
    operating", "sont déjà en orbite").
    """
    where = f"{name}: cues[{index}]"
    if not isinstance(group, dict) or set(group) - {"kind", "state", "why", "phrases", "kinds", "not_kinds",
                                                    "unless_launched", "subject_only", "object_only", "suffixes",
                                                    "not_words", "infinitive"}:
        raise RuleFileError(f"{where} must be an object with kind, state, why, phrases and optional kinds, not_kinds, "
                            "unless_launched, subject_only, object_only, suffixes, not_words and infinitive")
    if not (isinstance(group.get("kind"), str) and group["kind"]):
        raise RuleFileError(f"{where}: 'kind' must be a non-empty string")
    if group.get("state") not in STATES:
        raise RuleFileError(f"{where} ({group['kind']}): 'state' must be one of {', '.join(STATES)}")
    if not (isinstance(group.get("why"), str) and group["why"].strip()):
        raise RuleFileError(f"{where} ({group['kind']}): 'why' must say why the cue fires")
    if not (_strings(group.get("phrases")) and group["phrases"]):
        raise RuleFileError(f"{where} ({group['kind']}): 'phrases' must be a non-empty list of non-empty strings")
    kinds = group.get("kinds")
    if kinds is not None and not (_strings(kinds) and kinds):
        raise RuleFileError(f"{where} ({group['kind']}): 'kinds' must be a non-empty list of mission kinds")
    not_kinds = group.get("not_kinds", [])
    if not _strings(not_kinds):
        raise RuleFileError(f"{where} ({group['kind']}): 'not_kinds' must be a list of mission kinds")
    for flag in ("unless_launched", "subject_only", "object_only", "infinitive"):
        if not isinstance(group.get(flag, False), bool):
            raise RuleFileError(f"{where} ({group['kind']}): '{flag}' must be true or false")
    phrases = list(group["phrases"])
    phrases += [f"{first} {adverb} {rest}" for first, _, rest in (p.partition(" ") for p in group["phrases"]) if rest
                for adverb in adverbs]
    return CueGroup(group["kind"], group["state"], group["why"], _suffixed(where, group, phrase_regex(phrases)),
                    frozenset(kinds) if kinds is not None else None, group.get("unless_launched", False),
                    frozenset(not_kinds), group.get("subject_only", False),
                    group.get("object_only", False), group.get("infinitive", False))


def _suffixed(where: str, group: dict, regex: re.Pattern) -> re.Pattern:
    """The group's regex; with ``suffixes``, its phrase then a word with one of those endings (not a ``not_words`` one).

    "is still diving", "are now circling" (``suffixes`` ["ing"]); "is still being built" is no cue ("being" is one of
    the not_words).
    """
    for key in ("suffixes", "not_words"):
        if not _strings(group.get(key, [])):
            raise RuleFileError(f"{where} ({group['kind']}): '{key}' must be a list of non-empty strings")
    if not group.get("suffixes"):
        return regex
    ending = "|".join(re.escape(e) for e in group["suffixes"])
    unless = "|".join(re.escape(w) for w in group.get("not_words", [])) or "(?!)"
    return re.compile(rf"(?:{regex.pattern})\s+(?!(?:{unless})\b)[^\W\d_]+(?:{ending})\b", regex.flags)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)
