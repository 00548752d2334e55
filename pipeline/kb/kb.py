"""The knowledge base: agencies, missions, organisations and treaties, kept as JSONL data.

Like scispaCy's KB, entries are records indexed twice: id -> entry and normalised alias ->
candidates. Aliases are matched by the contract's name normalisation, so "Chang’e-6",
"Chang'E 6" and "Chang'e VI" all reach one entry without listing every spelling. A KB can be
built from the shipped data folder, from another folder, or from Python iterables (tests
build a three-entry KB inline).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..identity import MISSION_KINDS, normalise_name

_ALLCAPS = re.compile(r"^[A-Z0-9][A-Z0-9&./-]*[A-Z0-9]$")


class KnowledgeBaseError(ValueError):
    """A KB data line is malformed: the message names the file, the line and why."""


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str) and v.strip()]


def _by_lang(value: Any) -> dict[str, list[str]]:
    if isinstance(value, dict):
        return {lang: _strings(value.get(lang)) for lang in ("en", "fr")}
    return {"en": _strings(value), "fr": _strings(value)}


@dataclass(frozen=True)
class Agency:
    id: str
    canonical_name: str
    country: str | None
    acronyms: dict[str, list[str]]
    names: dict[str, list[str]]
    former_names: list[str]
    country_names: dict[str, list[str]]
    adjectives: dict[str, list[str]]
    primary: bool = True


@dataclass(frozen=True)
class Mission:
    id: str
    canonical_name: str
    kind: str | None
    lead: str | None = None
    partners: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    part_of: str | None = None
    target: str | None = None
    family: str | None = None
    aliases: tuple[str, ...] = ()
    ambiguous: bool = False
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organisation:
    id: str
    canonical_name: str
    type: str
    country: str | None
    aliases: tuple[str, ...] = ()
    part_of_agency: str | None = None


@dataclass(frozen=True)
class Treaty:
    id: str
    canonical_name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """One KB entry an alias can point to, with how strictly the surface must match."""

    label: str  # AGENCY, MISSION, ORG, TREATY
    id: str
    alias: str
    case_sensitive: bool
    ambiguous: bool = False


LABEL_PRIORITY = {"TREATY": 0, "AGENCY": 1, "MISSION": 2, "ORG": 3}


@dataclass
class KnowledgeBase:
    """Entries by id plus an alias index keyed by :func:`normalise_name`."""

    agencies: dict[str, Agency] = field(default_factory=dict)
    missions: dict[str, Mission] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    treaties: dict[str, Treaty] = field(default_factory=dict)
    alias_index: dict[str, list[Candidate]] = field(default_factory=dict)
    families: dict[str, Mission] = field(default_factory=dict)
    max_alias_tokens: int = 1

    # ---- construction -------------------------------------------------------------------
    @classmethod
    def from_records(
        cls,
        agencies: Iterable[dict] = (),
        missions: Iterable[dict] = (),
        organisations: Iterable[dict] = (),
        treaties: Iterable[dict] = (),
    ) -> KnowledgeBase:
        """Build a KB from plain dicts in the data files' shape."""
        kb = cls()
        for raw in agencies:
            kb.add_agency(raw)
        for raw in missions:
            kb.add_mission(raw)
        for raw in organisations:
            kb.add_organisation(raw)
        for raw in treaties:
            kb.add_treaty(raw)
        return kb

    @classmethod
    def from_dir(cls, folder: str | Path) -> KnowledgeBase:
        """Load every ``agencies*.jsonl``, ``missions*.jsonl``, ``organisations*.jsonl`` and ``treaties*.jsonl``."""
        folder = Path(folder)

        def read(prefix: str) -> list[dict]:
            rows: list[dict] = []
            seen: dict[str, Path] = {}
            for path in sorted(folder.glob(f"{prefix}*.jsonl")):
                for row in _read_jsonl(path):
                    if row["id"] in seen:
                        raise KnowledgeBaseError(f"{path}: id {row['id']!r} is already defined in {seen[row['id']]}")
                    seen[row["id"]] = path
                    rows.append(row)
            return rows

        return cls.from_records(read("agencies"), read("missions"), read("organisations"), read("treaties"))

    def add_agency(self, raw: dict) -> Agency:
        agency = Agency(
            id=raw["id"],
            canonical_name=raw.get("canonical_name") or raw["id"],
            country=raw.get("country"),
            acronyms=_by_lang(raw.get("acronyms")),
            names=_by_lang(raw.get("names")),
            former_names=_strings(raw.get("former_names")),
            country_names=_by_lang(raw.get("country_names")),
            adjectives=_by_lang(raw.get("adjectives")),
            primary=bool(raw.get("primary", True)),
        )
        self.agencies[agency.id] = agency
        for lang in ("en", "fr"):
            for acronym in agency.acronyms[lang]:
                self._index("AGENCY", agency.id, acronym, case_sensitive=True)
            for name in agency.names[lang]:
                self._index("AGENCY", agency.id, name)
        for name in (agency.canonical_name, *agency.former_names):
            self._index("AGENCY", agency.id, name, case_sensitive=bool(_ALLCAPS.match(name)))
        return agency

    def add_mission(self, raw: dict) -> Mission:
        kind = raw.get("kind")
        if kind not in MISSION_KINDS:
            kind = None
        mission = Mission(
            id=raw["id"],
            canonical_name=raw["canonical_name"],
            kind=kind,
            lead=raw.get("lead"),
            partners=tuple(_strings(raw.get("partners"))),
            contributors=tuple(_strings(raw.get("contributors"))),
            part_of=raw.get("part_of"),
            target=raw.get("target"),
            family=raw.get("family"),
            aliases=tuple(_strings(raw.get("aliases")) + _strings(raw.get("aliases_fr"))),
            ambiguous=bool(raw.get("ambiguous", False)),
            context=tuple(c.lower() for c in _strings(raw.get("context"))),
        )
        self.missions[mission.id] = mission
        for alias in (mission.canonical_name, *mission.aliases):
            acronym = bool(_ALLCAPS.match(alias)) and len(alias) <= 6
            self._index("MISSION", mission.id, alias, case_sensitive=acronym or mission.ambiguous,
                        ambiguous=mission.ambiguous)
        # a one- or two-letter stem ("H" for H3) would read stray text as missions
        if mission.family and len(normalise_name(mission.family)) >= 3:
            self.families.setdefault(normalise_name(mission.family), mission)
            # numbered aliases in other languages give their own stems ("Longue Marche 5" -> "longuemarche")
            for alias in mission.aliases:
                numbered = re.fullmatch(r"(.+?)\d{1,3}[a-z]?", normalise_name(alias))
                if numbered and len(numbered.group(1)) >= 3 and not numbered.group(1)[-1].isdigit():
                    self.families.setdefault(numbered.group(1), mission)
        return mission

    def add_organisation(self, raw: dict) -> Organisation:
        org = Organisation(
            id=raw["id"],
            canonical_name=raw.get("canonical_name") or raw["id"],
            type=raw.get("type") or "organisation",
            country=raw.get("country"),
            aliases=tuple(_strings(raw.get("aliases"))),
            part_of_agency=raw.get("part_of_agency"),
        )
        self.organisations[org.id] = org
        for alias in (org.canonical_name, *org.aliases):
            self._index("ORG", org.id, alias, case_sensitive=bool(_ALLCAPS.match(alias)) or len(alias.split()) == 1)
        return org

    def add_treaty(self, raw: dict) -> Treaty:
        treaty = Treaty(
            id=raw["id"],
            canonical_name=raw["canonical_name"],
            aliases=tuple(_strings(raw.get("aliases")) + _strings(raw.get("aliases_fr"))),
        )
        self.treaties[treaty.id] = treaty
        for alias in (treaty.canonical_name, *treaty.aliases):
            self._index("TREATY", treaty.id, alias)
        return treaty

    def _index(self, label: str, entry_id: str, alias: str, *, case_sensitive: bool = False,
               ambiguous: bool = False) -> None:
        key = normalise_name(alias)
        if not key:
            return
        bucket = self.alias_index.setdefault(key, [])
        candidate = Candidate(label, entry_id, alias, case_sensitive, ambiguous)
        if all((c.label, c.id, c.alias) != (label, entry_id, alias) for c in bucket):
            bucket.append(candidate)
            bucket.sort(key=lambda c: LABEL_PRIORITY[c.label])
        self.max_alias_tokens = max(self.max_alias_tokens, len(re.findall(r"\w+|[^\w\s]", alias)))

    # ---- look-ups -----------------------------------------------------------------------
    def lookup(self, surface: str) -> list[Candidate]:
        """Candidates whose alias matches ``surface`` (normalised, then case-checked where needed)."""
        out = []
        for candidate in self.alias_index.get(normalise_name(surface), ()):
            if candidate.case_sensitive and not _same_case(surface, candidate.alias):
                continue
            out.append(candidate)
        return out

    def mission_by_name(self, name: str) -> Mission | None:
        """The mission whose canonical name or alias normalises like ``name``."""
        for candidate in self.alias_index.get(normalise_name(name), ()):
            if candidate.label == "MISSION":
                return self.missions[candidate.id]
        return None

    def agency_for_adjective(self, adjective: str, lang: str) -> Agency | None:
        return self._adjectives(lang).get(adjective.lower())

    def agency_for_country(self, country_name: str, lang: str) -> Agency | None:
        return self._countries(lang).get(_fold(country_name))

    def primary_agency(self, country_code: str) -> Agency | None:
        """The agency that "the <country> space agency" means."""
        found = [a for a in self.agencies.values() if a.country == country_code]
        return next((a for a in found if a.primary), found[0] if found else None)

    def adjectives(self, lang: str) -> list[str]:
        return sorted(self._adjectives(lang), key=len, reverse=True)

    def country_names(self, lang: str) -> list[str]:
        names = {n for a in self.agencies.values() for n in a.country_names[lang]}
        return sorted(names, key=len, reverse=True)

    def _adjectives(self, lang: str) -> dict[str, Agency]:
        cache = self.__dict__.setdefault("_adj_cache", {})
        if lang not in cache:
            table: dict[str, Agency] = {}
            for agency in sorted(self.agencies.values(), key=lambda a: not a.primary):
                for adjective in agency.adjectives[lang]:
                    table.setdefault(adjective.lower(), agency)
            cache[lang] = table
        return cache[lang]

    def _countries(self, lang: str) -> dict[str, Agency]:
        cache = self.__dict__.setdefault("_country_cache", {})
        if lang not in cache:
            table: dict[str, Agency] = {}
            for agency in sorted(self.agencies.values(), key=lambda a: not a.primary):
                for name in agency.country_names[lang] + agency.country_names["en" if lang == "fr" else "fr"]:
                    table.setdefault(_fold(name), agency)
            cache[lang] = table
        return cache[lang]


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def _same_case(surface: str, alias: str) -> bool:
    """Case-sensitive comparison on letters and digits only ("ESA" matches "ESA", not "Esa")."""
    strip = lambda s: "".join(ch for ch in s if ch.isalnum())  # noqa: E731
    a, b = strip(surface), strip(alias)
    if a == b:
        return True
    # only a trailing numeral may be written differently ("Artemis 2" vs "Artemis II")
    numeral = re.compile(r"(?:\d+|[IVX]+)$")
    if not (numeral.search(a) and numeral.search(b)):
        return False
    return numeral.sub("", a) == numeral.sub("", b) and normalise_name(surface) == normalise_name(alias)


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise KnowledgeBaseError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(row, dict) or "id" not in row:
                raise KnowledgeBaseError(f"{path}:{number}: a KB entry is an object with an 'id'")
            rows.append(row)
    return rows


def default_data_dir() -> Path:
    return Path(str(resources.files(__package__).joinpath("data")))


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped with the package (loaded once per process)."""
    return KnowledgeBase.from_dir(default_data_dir())
