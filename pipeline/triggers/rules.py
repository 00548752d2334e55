"""Cue rule files: one JSON Lines file per language, one rule record per line, validated on load.

A record is a phrase with its category (a trigger such as ``DOCUMENT`` or ``SIGN``, or a
modifier such as ``NEGATION``, ``FUTURE``, ``HOPE``, ``BYSTANDER``), its direction and scope
(as medspaCy's ConText rules) and category-specific fields (``kind`` of a document,
``form`` of a cooperation). ``rules/schema.json`` is the contract; a record that breaks it
(unknown key, unknown category, missing kind) raises :class:`CueRuleError` naming the file
and line, so a typo never silently disables a rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jsonschema

from ..io import checked_marker, read_jsonl, remember_checked

LANGUAGES = ("en", "fr")


class CueRuleError(ValueError):
    """A cue rule file breaks the schema: the message gives ``file:line: why``."""


@dataclass(frozen=True)
class Cue:
    """One rule record. ``id`` is ``<file name>:<line>``, the rule's source, used as the span id."""

    id: str
    category: str
    phrase: str | None = None
    pattern: tuple | None = None
    kind: str | None = None
    direction: str = "bidirectional"
    scope: str = "sentence"
    needs_document: bool = False
    plural: bool = False  # DOCUMENT only: the phrase names several documents ("memoranda"), whatever the tagger says
    form: str | None = None
    governments: bool = False
    signers: bool = False
    refers_back: bool = False
    headline_only: bool = False
    case_sensitive: bool | None = None
    intention: bool = False  # FUTURE only: a plan only with a date in its clause
    undated: bool = False  # BACKGROUND only: holds only when the sentence gives no date to the day
    country: str | None = None  # GOVERNMENT_ROLE only: the one country the post belongs to ("Secretary of State")
    why: str | None = field(default=None, compare=False)  # documentation only: why the phrase means its category

    @property
    def exact_case(self) -> bool:
        """ALL-CAPS phrases ("MoU" style acronyms too) match their exact letters, the rest any case."""
        if self.case_sensitive is not None:
            return self.case_sensitive
        if self.phrase is None:
            return False
        letters = [c for c in self.phrase if c.isalpha()]
        return (sum(c.isupper() for c in letters) >= 2 and self.phrase == self.phrase.upper()) or self.phrase in (
            "MoU", "MoUs", "LoI")


@dataclass(frozen=True)
class CueRules:
    """The validated records of one file, in file order."""

    path: str
    cues: tuple[Cue, ...]

    def by_category(self, category: str) -> list[Cue]:
        """The rules of one category, in file order."""
        return [c for c in self.cues if c.category == category]

    def phrases(self, category: str) -> set[str]:
        """Normalised phrases of a category (lower case, ASCII apostrophe, single spaces)."""
        return {normalise_phrase(c.phrase) for c in self.cues if c.category == category and c.phrase}


def normalise_phrase(text: str) -> str:
    """A phrase as rules compare it: lower case, ASCII apostrophe, single spaces."""
    return " ".join(text.lower().replace("’", "'").split())


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(resources.files(__package__).joinpath("rules", "schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def shipped_rules_path(lang: str) -> Path:
    """The rule file shipped for ``lang`` (English for a language without its own file)."""
    name = f"agreements_{lang if lang in LANGUAGES else 'en'}.jsonl"
    return Path(str(resources.files(__package__).joinpath("rules", name)))


def parse_cue_rules(text: str, name: str) -> CueRules:
    """Validate every line of a rule file's text; ``name`` is used in ids and error messages.

    Raises CueRuleError(``name:line: reason``) on a line that is not JSON, a record that breaks the schema, or a
    record that repeats an earlier rule of its category (see :func:`_match_key`).
    A text whose exact bytes already passed the same schema on this machine is not checked again (about 0.2 s per
    language at start-up; see :func:`spacerec.io.checked_marker`).
    """
    data = text.encode("utf-8")
    marker = checked_marker(data, resources.files(__package__).joinpath("rules", "schema.json").read_bytes())
    check = not marker.exists()
    cues = []
    first_line: dict[tuple, int] = {}  # what a rule matches -> the line that first gave it
    for line in read_jsonl(data.splitlines(keepends=True)):
        if not line.ok:
            raise CueRuleError(f"{name}:{line.number}: {line.reason}") from line.error
        record = line.value
        problems = sorted(_validator().iter_errors(record), key=lambda e: list(e.path)) if check else []
        if problems:
            where = "/".join(str(p) for p in problems[0].path)
            raise CueRuleError(f"{name}:{line.number}: {problems[0].message}" + (f" (at {where})" if where else ""))
        if "pattern" in record:
            record["pattern"] = tuple(record["pattern"])
        cue = Cue(id=f"{name}:{line.number}", **record)
        key = _match_key(cue)
        if key in first_line:
            raise CueRuleError(f"{name}:{line.number}: the same {cue.category} rule as line {first_line[key]} "
                               "(same words in the same case mode): keep one record")
        first_line[key] = line.number
        cues.append(cue)
    if not cues:
        raise CueRuleError(f"{name}: no rule records")
    if check:
        remember_checked(marker)
    return CueRules(name, tuple(cues))


def _match_key(cue: Cue) -> tuple:
    """What a rule matches in its category: two records with one key are one rule written twice.

    A second copy matches nothing the first does not (the component drops identical spans), so it is
    harmless at run time but a defect of the data: an edit to one copy would silently not take effect,
    and a copy with other fields (another ``kind`` or ``scope``) would make the rule's meaning depend
    on file order. Acronym-style phrases compare by their exact letters, the others as the matcher
    does (any case, either apostrophe).
    """
    if cue.pattern is not None:
        return cue.category, "pattern", json.dumps(cue.pattern, sort_keys=True)
    phrase = cue.phrase or ""
    words = " ".join(phrase.replace("’", "'").split()) if cue.exact_case else normalise_phrase(phrase)
    return cue.category, "exact" if cue.exact_case else "lower", words


@lru_cache(maxsize=16)
def load_cue_rules(path: str | Path) -> CueRules:
    """Read and validate a rule file (cached per path; the files are data shipped with the code)."""
    path = Path(path)
    return parse_cue_rules(path.read_text("utf-8"), path.name)
