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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from ..identity import MISSION_KINDS, normalise_name
from ..io import checked_marker, read_jsonl, remember_checked

_ALLCAPS = re.compile(r"^[A-Z0-9][A-Z0-9&./-]*[A-Z0-9]$")
# a name numbered members are written after: one word with two capitals or more and no digit ("CSES", "MarCO")
_FAMILY_NAME = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
# which member heads a family (kb.families): the kind a numbered member the KB lacks most likely has
_HEAD_RANK = {"spacecraft": 0, "station": 1, "launcher": 2, None: 3, "programme": 4, "instrument": 5}


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
    """A space agency: names and acronyms per language, its country, and how the text names it by nationality.

    ``primary`` marks the agency "the <country> space agency" means when a country has several.
    """

    id: str
    canonical_name: str
    country: str | None
    acronyms: dict[str, list[str]]
    names: dict[str, list[str]]
    former_names: list[str]
    country_names: dict[str, list[str]]
    adjectives: dict[str, list[str]]
    primary: bool = True
    agency_until: str | None = None  # ISO day: an agency only in articles dated before it (see the schema)


@dataclass(frozen=True)
class Mission:
    """A mission, spacecraft, station, launcher or instrument, with its agencies and names.

    ``kind`` is one of the contract's mission kinds (None when the data gives none); ``family`` is the
    stem of numbered members ("Chang'e"); an ``ambiguous`` name links only with a ``context`` word near it.
    """

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
    """An organisation that is not a space agency (a company, a research centre), with its aliases."""

    id: str
    canonical_name: str
    type: str
    country: str | None
    aliases: tuple[str, ...] = ()
    part_of_agency: str | None = None


@dataclass(frozen=True)
class Treaty:
    """A treaty or an international agreement known by name ("Artemis Accords"), with its aliases."""

    id: str
    canonical_name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Country:
    """A country by its ISO 3166-1 alpha-2 code: its names and nationality adjectives in both languages."""

    code: str
    names: dict[str, list[str]]
    adjectives: dict[str, list[str]]


@dataclass(frozen=True)
class Candidate:
    """One KB entry an alias can point to, with how strictly the surface must match."""

    label: str  # AGENCY, MISSION, ORG, TREATY
    id: str
    alias: str
    case_sensitive: bool
    ambiguous: bool = False
    # False when the acronym in title case is a common name or word ("Abe", "Rosa"): never read so
    title_case: bool = True


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
    countries: dict[str, Country] = field(default_factory=dict)
    max_alias_tokens: int = 1
    # bumped by every add_*: caches derived from the KB (here and in the linker) rebuild when it changes
    version: int = 0
    # the rows each add_* was given, by file family, so :meth:`to_dir` writes back what the KB holds
    rows: dict[str, list[dict]] = field(default_factory=dict, repr=False, compare=False)
    library_countries: bool = False
    # family stems only a family-less entry's own name gives ("cses"): a declared family replaces them
    _implicit_stems: set[str] = field(default_factory=set, repr=False, compare=False)
    _head_ranks: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    # ---- construction -------------------------------------------------------------------
    @classmethod
    def from_records(
        cls,
        agencies: Iterable[dict] = (),
        missions: Iterable[dict] = (),
        organisations: Iterable[dict] = (),
        treaties: Iterable[dict] = (),
        countries: Iterable[dict] = (),
        *,
        library_countries: bool = False,
    ) -> KnowledgeBase:
        """Build a KB from plain dicts in the data files' shape.

        ``library_countries`` adds every country of the ISO 3166 library (pycountry) with its English
        and French names; ``countries`` rows add adjectives and short names, drop names that are also
        common words, or leave out territories.
        """
        kb = cls()
        kb.add_countries(countries, library=library_countries)
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
    def from_dir(cls, folder: str | Path, *, library_countries: bool = True) -> KnowledgeBase:
        """Load a KB data folder, each line checked against its family's JSON Schema (``kb/schema``).

        The files are every ``agencies*.jsonl``, ``missions*.jsonl``, ``organisations*.jsonl``,
        ``treaties*.jsonl`` and ``countries*.jsonl``.

        Raises :class:`KnowledgeBaseError` naming the file, the line and why when a line is malformed, and
        when the folder is missing or holds no ``agencies*.jsonl`` (a mistyped ``--kb`` must not run on nothing).
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise KnowledgeBaseError(f"{folder}: no such knowledge-base folder")

        def read(prefix: str) -> list[dict]:
            rows: list[dict] = []
            seen: dict[str, Path] = {}
            for path in sorted(folder.glob(f"{prefix}*.jsonl")):
                for row in _read_jsonl(path, prefix):
                    if row["id"] in seen:
                        raise KnowledgeBaseError(f"{path}: id {row['id']!r} is already defined in {seen[row['id']]}")
                    seen[row["id"]] = path
                    rows.append(row)
            return rows

        families = {name: read(name) for name in ("agencies", "missions", "organisations", "treaties", "countries")}
        if not families["agencies"]:
            raise KnowledgeBaseError(f"{folder}: no agency in an agencies*.jsonl file, so it is no knowledge base "
                                     "(the shipped one is pipeline/kb/data)")
        return cls.from_records(*families.values(), library_countries=library_countries)

    def to_dir(self, folder: str | Path) -> Path:
        """Write the KB as a data folder :meth:`from_dir` reads back (one ``<family>.jsonl`` per family).

        Entries are written in the order they were added, one line per id (a later ``add_*`` of an id
        replaces the row). Countries from the ISO library are not written: pass ``library_countries`` (the
        :attr:`library_countries` flag) to :meth:`from_dir`. Returns the folder.
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for family in ("agencies", "missions", "organisations", "treaties", "countries"):
            by_id: dict[str, dict] = {}
            for row in self.rows.get(family, ()):
                by_id[row["id"]] = row
            if by_id:
                lines = (json.dumps(row, ensure_ascii=False) + "\n" for row in by_id.values())
                (folder / f"{family}.jsonl").write_text("".join(lines), encoding="utf-8")
        return folder

    def add_agency(self, raw: dict) -> Agency:
        """Add (or replace) an agency from a row in ``agencies.jsonl``'s shape and index its names."""
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
            agency_until=raw.get("agency_until"),
        )
        self.rows.setdefault("agencies", []).append(dict(raw))
        self.version += 1
        self.agencies[agency.id] = agency
        for lang in ("en", "fr"):
            for acronym in agency.acronyms[lang]:
                self._index("AGENCY", agency.id, acronym, case_sensitive=True,
                            title_case=acronym not in raw.get("title_case_names", ()))
            for name in agency.names[lang]:
                self._index("AGENCY", agency.id, name)
        for name in (agency.canonical_name, *agency.former_names):
            self._index("AGENCY", agency.id, name, case_sensitive=bool(_ALLCAPS.match(name)))
        return agency

    def add_mission(self, raw: dict) -> Mission:
        """Add (or replace) a mission from a row in ``missions*.jsonl``'s shape; index its names and family."""
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
        self.rows.setdefault("missions", []).append(dict(raw))
        self.version += 1
        self.missions[mission.id] = mission
        for alias in (mission.canonical_name, *mission.aliases):
            acronym = bool(_ALLCAPS.match(alias)) and len(alias) <= 6
            self._index("MISSION", mission.id, alias, case_sensitive=acronym or mission.ambiguous,
                        ambiguous=mission.ambiguous)
        # a one- or two-letter stem ("H" for H3) would read stray text as missions
        if mission.family and len(normalise_name(mission.family)) >= 3:
            self._family_head(normalise_name(mission.family), mission)
            # numbered aliases in other languages give their own stems ("Longue Marche 5" -> "longuemarche")
            for alias in mission.aliases:
                numbered = re.fullmatch(r"(.+?)\d{1,3}[a-z]?", normalise_name(alias))
                if numbered and len(numbered.group(1)) >= 3 and not numbered.group(1)[-1].isdigit():
                    self._family_head(numbered.group(1), mission)
        elif not mission.family and mission.kind in ("spacecraft", "programme"):
            # "CSES-01", "GRACE-2": a numbered member of a craft or series named by an acronym-like word of its own
            # (no family in the data) is a spacecraft of that family; a name that is also a word ("Grace") only
            # in capitals
            for name in (mission.canonical_name, *mission.aliases):
                if _FAMILY_NAME.match(name) and len(normalise_name(name)) >= 3 \
                        and (not mission.ambiguous or name.isupper()):
                    self._family_head(normalise_name(name), replace(mission, family=name, kind="spacecraft"),
                                      implicit=True)
        return mission

    def _family_head(self, stem: str, mission: Mission, *, implicit: bool = False) -> None:
        """Make ``mission`` the head of the family ``stem`` unless the head it has is a better one.

        The head gives a numbered member the KB lacks its kind and default agencies: a spacecraft before a
        station, a launcher, a programme, and an instrument last ("Sentinel-7" is a satellite, though the
        instrument Sentinel-5 is a member); at equal rank the first loaded stays. A programme heads as a
        spacecraft (its numbered members are its craft). A stem only a family-less entry gives (``implicit``)
        never displaces a declared family.
        """
        rank = _HEAD_RANK.get(mission.kind, 3)
        if mission.kind == "programme":
            # a numbered member of a series ("NorSat-2" of NorSat, "Landsat 9" of Landsat) is one of its craft
            mission = replace(mission, kind="spacecraft")
        held = self.families.get(stem)
        if held is None:
            self.families[stem] = mission
            self._head_ranks[stem] = rank
            if implicit:
                self._implicit_stems.add(stem)
            return
        if implicit:
            return
        if stem in self._implicit_stems or rank < self._head_ranks.get(stem, 3):
            self._implicit_stems.discard(stem)
            self.families[stem] = mission
            self._head_ranks[stem] = rank

    def add_organisation(self, raw: dict) -> Organisation:
        """Add (or replace) an organisation from a row in ``organisations.jsonl``'s shape and index its names."""
        org = Organisation(
            id=raw["id"],
            canonical_name=raw.get("canonical_name") or raw["id"],
            type=raw.get("type") or "organisation",
            country=raw.get("country"),
            aliases=tuple(_strings(raw.get("aliases"))),
            part_of_agency=raw.get("part_of_agency"),
        )
        self.rows.setdefault("organisations", []).append(dict(raw))
        self.version += 1
        self.organisations[org.id] = org
        for alias in (org.canonical_name, *org.aliases):
            self._index("ORG", org.id, alias, case_sensitive=bool(_ALLCAPS.match(alias)) or len(alias.split()) == 1)
        return org

    def add_treaty(self, raw: dict) -> Treaty:
        """Add (or replace) a treaty from a row in ``treaties.jsonl``'s shape and index its names."""
        treaty = Treaty(
            id=raw["id"],
            canonical_name=raw["canonical_name"],
            aliases=tuple(_strings(raw.get("aliases")) + _strings(raw.get("aliases_fr"))),
        )
        self.rows.setdefault("treaties", []).append(dict(raw))
        self.version += 1
        self.treaties[treaty.id] = treaty
        for alias in (treaty.canonical_name, *treaty.aliases):
            self._index("TREATY", treaty.id, alias)
        return treaty

    def add_countries(self, rows: Iterable[dict] = (), *, library: bool = True) -> None:
        """Add countries: from the ISO 3166 library (``library``), then the KB ``rows``.

        The library gives English names and French ones from its gettext catalogue; the rows give
        extra names and adjectives, names to drop, territories to leave out.
        """
        rows = list(rows)
        self.rows.setdefault("countries", []).extend(dict(row) for row in rows)
        self.library_countries = self.library_countries or library
        extra = {row["id"]: row for row in rows}
        base = _library_countries() if library else {}
        for code in sorted(set(base) | set(extra)):
            row = extra.get(code, {})
            if row.get("territory"):
                self.countries.pop(code, None)
                continue
            dropped = {_fold(n) for n in _strings(row.get("exclude_names"))}
            names = {lang: [] for lang in ("en", "fr")}
            adjectives = {lang: [] for lang in ("en", "fr")}
            for lang in ("en", "fr"):
                for name in base.get(code, {}).get(lang, []) + _by_lang(row.get("names"))[lang]:
                    if _fold(name) not in dropped and name not in names[lang]:
                        names[lang].append(name)
                adjectives[lang] = _by_lang(row.get("adjectives"))[lang] if row.get("adjectives") else []
            self.countries[code] = Country(code, names, adjectives)
        self.version += 1

    def _index(self, label: str, entry_id: str, alias: str, *, case_sensitive: bool = False,
               ambiguous: bool = False, title_case: bool = True) -> None:
        key = normalise_name(alias)
        if not key:
            return
        bucket = self.alias_index.setdefault(key, [])
        candidate = Candidate(label, entry_id, alias, case_sensitive, ambiguous, title_case)
        if all((c.label, c.id, c.alias) != (label, entry_id, alias) for c in bucket):
            bucket.append(candidate)
            bucket.sort(key=lambda c: LABEL_PRIORITY[c.label])
        self.max_alias_tokens = max(self.max_alias_tokens, len(re.findall(r"\w+|[^\w\s]", alias)))

    @property
    def implicit_families(self) -> set[str]:
        """Family stems only a family-less entry's own name gives ("cses" of CSES): members are written joined.

        The linker reads "CSES-01" or "CSES 02" as a member of such a family, never "SMAP 3 times".
        """
        return self._implicit_stems

    # ---- look-ups -----------------------------------------------------------------------
    def lookup(self, surface: str, *, title_case: bool = False) -> list[Candidate]:
        """Candidates whose alias matches ``surface`` (normalised, then case-checked where needed).

        ``title_case`` also accepts an agency or mission acronym written in title case ("Isro", "Nisar"):
        the linker asks for it where the context makes the reading safe.
        """
        out = []
        for candidate in self.alias_index.get(normalise_name(surface), ()):
            if candidate.case_sensitive and not _same_case(surface, candidate.alias) \
                    and not (title_case and title_cased_acronym(surface, candidate)):
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
        """The agency a nationality adjective names ("Japanese" -> JAXA), primary agencies first."""
        return self._adjectives(lang).get(adjective.lower())

    def agency_for_country(self, country_name: str, lang: str) -> Agency | None:
        """The agency of the country a name designates (either language's names), or None."""
        return self._countries(lang).get(_fold(country_name))

    def country_code(self, country_name: str, lang: str) -> str | None:
        """ISO 3166-1 alpha-2 code of a country name in either language ("Maroc" -> "MA").

        Agencies' country names first, then the country table; None for an unknown name.
        """
        agency = self.agency_for_country(country_name, lang)
        if agency is not None and agency.country:
            return agency.country
        return self._country_table().get(_fold(country_name))

    def country_for_adjective(self, adjective: str, lang: str) -> str | None:
        """ISO code of a nationality adjective ("Moroccan", "marocaine" -> "MA"), or None."""
        agency = self.agency_for_adjective(adjective, lang)
        if agency is not None and agency.country:
            return agency.country
        return self._cached("country_adj", lang, lambda: {
            a.lower(): c.code for c in self.countries.values() for a in c.adjectives[lang]}).get(adjective.lower())

    def primary_agency(self, country_code: str) -> Agency | None:
        """The agency that "the <country> space agency" means."""
        found = self._agencies_by_country().get(country_code, [])
        return next((a for a in found if a.primary), found[0] if found else None)

    def _agencies_by_country(self) -> dict[str | None, list[Agency]]:
        """Country code -> its agencies, in the KB's order (the rules ask for every country mention)."""
        def build() -> dict[str | None, list[Agency]]:
            table: dict[str | None, list[Agency]] = {}
            for agency in self.agencies.values():
                table.setdefault(agency.country, []).append(agency)
            return table

        return self._cached("agencies_by_country", "", build)

    def adjectives(self, lang: str) -> list[str]:
        """Every nationality adjective of one language that names an agency, longest first."""
        return sorted(self._adjectives(lang), key=len, reverse=True)

    def country_names(self, lang: str) -> list[str]:
        """Every country name of one language (agencies' and the country table's), longest first."""
        names = {n for a in self.agencies.values() for n in a.country_names[lang]}
        names.update(n for c in self.countries.values() for n in c.names[lang])
        return sorted(names, key=len, reverse=True)

    def _cached(self, name: str, lang: str, build: Any) -> dict:
        """A table derived from the KB, rebuilt after any add_* call (``version`` changed)."""
        cache = self.__dict__.setdefault("_derived", {})
        key = (name, lang)
        if key not in cache or cache[key][0] != self.version:
            cache[key] = (self.version, build())
        return cache[key][1]

    def _adjectives(self, lang: str) -> dict[str, Agency]:
        def build() -> dict[str, Agency]:
            table: dict[str, Agency] = {}
            for agency in sorted(self.agencies.values(), key=lambda a: not a.primary):
                for adjective in agency.adjectives[lang]:
                    table.setdefault(adjective.lower(), agency)
            return table

        return self._cached("adjectives", lang, build)

    def _countries(self, lang: str) -> dict[str, Agency]:
        def build() -> dict[str, Agency]:
            table: dict[str, Agency] = {}
            for agency in sorted(self.agencies.values(), key=lambda a: not a.primary):
                for name in agency.country_names[lang] + agency.country_names["en" if lang == "fr" else "en"]:
                    table.setdefault(_fold(name), agency)
            return table

        return self._cached("countries", lang, build)

    def _country_table(self) -> dict[str, str]:
        return self._cached("country_names", "*", lambda: {
            _fold(n): c.code for c in self.countries.values() for lang in ("en", "fr") for n in c.names[lang]})


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


# the shortest acronym read in title case: agencies' three-letter ones ("Esa") are written so by the outlets whose
# house style title-cases every acronym spoken as a word ("Nasa", "Esa"); a mission's three letters are too often a word
TITLE_CASE_MIN_LETTERS = {"AGENCY": 3, "MISSION": 4}


def title_cased_acronym(surface: str, candidate: Candidate) -> bool:
    """An agency acronym of three letters or more, a mission one of four or more, in title case ("Esa", "Nisar").

    French and some English outlets write them so. Ambiguous entries (names that are common words)
    and agency acronyms the KB lists under ``title_case_names`` (a first name or a word in title case:
    "Abe", "Rosa") never match so.
    """
    letters = "".join(ch for ch in candidate.alias if ch.isalnum())
    return (candidate.label in TITLE_CASE_MIN_LETTERS and not candidate.ambiguous and candidate.title_case
            and len(letters) >= TITLE_CASE_MIN_LETTERS[candidate.label]
            and letters.isalpha() and letters.isupper() and surface.isalpha() and surface == letters.capitalize())


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


@lru_cache(maxsize=8)
def _validator(family: str) -> jsonschema.protocols.Validator:
    """The JSON Schema validator of one KB file family (``kb/schema/<family>.schema.json``)."""
    schema = json.loads(resources.files(__package__).joinpath("schema", f"{family}.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # every KB line is validated at start-up: local "$ref"s written out in place validate ~40% faster
    return cls(_inline_refs(schema, schema.get("$defs", {})))


def _inline_refs(node: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """``node`` with each ``{"$ref": "#/$defs/NAME"}`` replaced by that definition (the KB schemas do not recurse).

    Raises ValueError for a reference nested deeper than 20 levels (a recursive definition).
    """
    if depth > 20:
        raise ValueError("KB schema: recursive $defs cannot be inlined")
    if isinstance(node, dict):
        ref = node.get("$ref")
        if len(node) == 1 and isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
            return _inline_refs(defs[ref[8:]], defs, depth + 1)
        return {key: _inline_refs(value, defs, depth) for key, value in node.items() if key != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(value, defs, depth) for value in node]
    return node


def _checked_key(path: Path, family: str) -> Path | None:
    """The marker of a KB file's schema check (:func:`spacerec.io.checked_marker`); None when it cannot be read here.

    (The reader then raises as usual.)
    """
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return checked_marker(data, resources.files(__package__).joinpath("schema", f"{family}.schema.json").read_bytes())


def _read_jsonl(path: Path, family: str | None = None) -> list[dict]:
    """The rows of one KB file, each checked against its family's schema when ``family`` is given.

    Raises :class:`KnowledgeBaseError` (``FILE:LINE: why``) at the first line that is not JSON, not an
    object with an ``id``, or breaks the schema. A file whose exact bytes already passed the same schema
    (with the same jsonschema) on this machine is not checked again (the start-up of a run: the check is
    about a third of a second for the shipped KB); the cache is :func:`spacerec.io.cache_dir`.
    """
    marker = _checked_key(path, family) if family else None
    validator = _validator(family) if family and not (marker is not None and marker.exists()) else None
    rows = []
    for line in read_jsonl(path):
        if not line.ok:
            raise KnowledgeBaseError(f"{path}:{line.number}: {line.reason}") from line.error
        row = line.value
        if not isinstance(row, dict) or "id" not in row:
            raise KnowledgeBaseError(f"{path}:{line.number}: a KB entry is an object with an 'id'")
        if validator is not None:
            error = jsonschema.exceptions.best_match(validator.iter_errors(row))
            if error is not None:
                where = "/".join(str(p) for p in error.absolute_path) or "(entry)"
                raise KnowledgeBaseError(f"{path}:{line.number}: {where}: {error.message}")
        rows.append(row)
    if validator is not None:
        remember_checked(marker)
    return rows


@lru_cache(maxsize=1)
def _library_countries() -> dict[str, dict[str, list[str]]]:
    """Country code -> ``{"en": names, "fr": names}`` from pycountry.

    Inverted ISO forms ("Korea, Republic of") are left out in favour of the common and official names.
    """
    import gettext

    import pycountry

    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # a pycountry build without its locales: English names only
        french = gettext.NullTranslations()
    out: dict[str, dict[str, list[str]]] = {}
    for country in pycountry.countries:
        forms = [getattr(country, key, None) for key in ("common_name", "name", "official_name")]
        forms = [f for f in forms if f]
        names: dict[str, list[str]] = {"en": [], "fr": []}
        for form in forms:
            for lang, text in (("en", form), ("fr", french.gettext(form))):
                text = re.sub(r"^(?:the|l['’]|le|la|les)\s+", "", text.strip(), flags=re.IGNORECASE)
                if text and "," not in text and "(" not in text and text not in names[lang]:
                    names[lang].append(text)
        out[country.alpha_2] = names
    return out


def default_data_dir() -> Path:
    """The folder of the KB shipped with the package (``kb/data``)."""
    return Path(str(resources.files(__package__).joinpath("data")))


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped with the package (loaded once per process)."""
    return KnowledgeBase.from_dir(default_data_dir())
