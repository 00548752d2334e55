"""The shipped mission data: every file valid, names unambiguous unless marked, references that resolve.

The mission KB is spread over several ``missions*.jsonl`` files edited by different people; these checks
catch what a new file can break in the others: a name two entries claim, an agency or parent that does
not exist, an ambiguous entry without the context words the linker needs.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from spacerec.kb.kb import _read_jsonl, default_data_dir
from spacerec.records import normalise_name


def _mission_files():
    return sorted(default_data_dir().glob("missions*.jsonl"))


def _mission_rows() -> list[tuple[str, int, dict]]:
    rows = []
    for path in _mission_files():
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                rows.append((path.name, number, json.loads(line)))
    return rows


def _names(row: dict) -> set[str]:
    return {row["canonical_name"], *row.get("aliases", []), *row.get("aliases_fr", [])}


@pytest.mark.parametrize("path", _mission_files(), ids=lambda p: p.name)
def test_every_mission_file_passes_the_schema(path):
    # raises KnowledgeBaseError naming the file and line at the first row that breaks the schema
    assert _read_jsonl(path, "missions")


def test_mission_ids_are_unique_in_every_file_family():
    for prefix in ("missions", "agencies", "organisations", "treaties"):
        seen: dict[str, str] = {}
        for path in sorted(default_data_dir().glob(f"{prefix}*.jsonl")):
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                entry_id = json.loads(line)["id"]
                assert entry_id not in seen, (entry_id, seen.get(entry_id), f"{path.name}:{number}")
                seen[entry_id] = f"{path.name}:{number}"


def test_a_name_shared_by_missions_is_marked_ambiguous():
    """Two missions may share a normalised name only when all but one of them are marked ambiguous.

    An ambiguous entry links only with one of its context words nearby, so the linker can tell them apart;
    two unmarked entries with one name would make the link depend on file order.
    """
    by_name: dict[str, set[str]] = defaultdict(set)
    rows = {row["id"]: row for _, _, row in _mission_rows()}
    for row in rows.values():
        for name in _names(row):
            by_name[normalise_name(name)].add(row["id"])
    clashes = {name: sorted(ids) for name, ids in by_name.items()
               if len(ids) > 1 and sum(not rows[i].get("ambiguous", False) for i in ids) > 1}
    assert clashes == {}


def test_ambiguous_missions_have_context_words():
    missing = [row["id"] for _, _, row in _mission_rows() if row.get("ambiguous") and not row.get("context")]
    assert missing == []


def test_context_words_are_single_lower_case_words_or_phrases():
    for file_name, number, row in _mission_rows():
        for word in row.get("context", []):
            assert word == word.strip() and word == word.lower(), (file_name, number, word)


def test_agencies_and_parents_resolve(shipped_kb):
    for file_name, number, row in _mission_rows():
        for agency in (row.get("lead"), *row.get("partners", []), *row.get("contributors", [])):
            assert agency is None or agency in shipped_kb.agencies, (file_name, number, agency)
        if row.get("part_of"):
            parent = shipped_kb.mission_by_name(row["part_of"])
            assert parent is not None, (file_name, number, row["part_of"])
            assert parent.id != row["id"], (file_name, number)


def test_no_mission_name_is_an_agency_name(shipped_kb):
    agency_keys = {normalise_name(name) for agency in shipped_kb.agencies.values()
                   for name in (agency.canonical_name, *agency.former_names,
                                *(n for lang in ("en", "fr") for n in agency.acronyms[lang] + agency.names[lang]))}
    clashes = [(row["id"], name) for _, _, row in _mission_rows() for name in _names(row)
               if normalise_name(name) in agency_keys]
    assert clashes == []


def test_no_alias_repeats_the_canonical_name_of_another_mission(shipped_kb):
    """An alias that is another entry's canonical name would rename that mission in records."""
    canonical = {normalise_name(row["canonical_name"]): row["id"] for _, _, row in _mission_rows()}
    for file_name, number, row in _mission_rows():
        for alias in (*row.get("aliases", []), *row.get("aliases_fr", [])):
            owner = canonical.get(normalise_name(alias))
            assert owner in (None, row["id"]) or row.get("ambiguous") or shipped_kb.missions[owner].ambiguous, \
                (file_name, number, alias, owner)


def test_the_kb_covers_each_space_agency_family_of_missions(shipped_kb):
    """Breadth: the KB knows missions of many agencies, not only NASA's and ESA's."""
    leads = defaultdict(int)
    for mission in shipped_kb.missions.values():
        if mission.lead:
            leads[mission.lead] += 1
    for agency in ("NASA", "ESA", "CNES", "JAXA", "ISRO", "CNSA", "ROSCOSMOS", "DLR", "ASI", "CSA", "KASA",
                   "MBRSC", "EUMETSAT", "CONAE"):
        assert leads[agency] >= 2, agency
    assert len(shipped_kb.missions) >= 700


def test_a_definition_referenced_by_the_schema_is_still_checked(tmp_path):
    """The validator writes the schema's ``$defs`` in place: a lead breaking the agency pattern still fails."""
    from spacerec.kb.kb import KnowledgeBaseError

    bad = tmp_path / "missions_bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "canonical_name": "X", "kind": "spacecraft", "lead": "nasa"}) + "\n",
                   encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"missions_bad.jsonl:1: lead"):
        _read_jsonl(bad, "missions")
    bad.write_text(json.dumps({"id": "x", "canonical_name": "X", "aliases": ["ok", ""]}) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"aliases/1"):
        _read_jsonl(bad, "missions")


def _series_letter(name: str) -> tuple[str, str] | None:
    """('Mohammed VI', 'A') for 'Mohammed VI-A': a stem and its one-letter series mark, else None."""
    stem, sep, mark = name.rpartition("-")
    return (normalise_name(stem), mark) if sep and len(mark) == 1 and mark.isalpha() and mark.isupper() else None


def test_no_alias_names_a_sibling_of_its_series():
    # Two craft of one series ('Mohammed VI-A' and 'Mohammed VI-B', launched a year apart) are two missions:
    # an alias that only changes the series letter folds the second into the first.
    folded = []
    for path, number, row in _mission_rows():
        own = _series_letter(row["canonical_name"])
        if own is None:
            continue
        for alias in _names(row) - {row["canonical_name"]}:
            other = _series_letter(alias.removeprefix("satellite "))
            if other and other[0] == own[0] and other[1] != own[1]:
                folded.append(f"{path}:{number}: {row['canonical_name']!r} has alias {alias!r}")
    assert not folded, folded
