"""The knowledge base: name normalisation, alias look-ups, the shipped data (spacerec.kb)."""

from __future__ import annotations

import json

import pytest
from spacerec.kb import KnowledgeBase
from spacerec.kb.kb import KnowledgeBaseError, default_data_dir
from spacerec.records import MISSION_KINDS, normalise_name

CONTRACT_AGENCIES = {
    "NASA": "US", "ESA": None, "CNES": "FR", "CNSA": "CN", "ROSCOSMOS": "RU", "JAXA": "JP", "CSA": "CA",
    "ISRO": "IN", "DLR": "DE", "ASI": "IT", "UKSA": "GB", "KASA": "KR", "UAESA": "AE", "MBRSC": "AE", "ISA": "IL",
    "AEB": "BR", "CONAE": "AR", "SUPARCO": "PK", "AEE": "ES", "POLSA": "PL", "LSA": "LU", "NOSA": "NO",
    "SNSA": "SE", "SANSA": "ZA", "PHILSA": "PH", "NSAU": "UA", "TUA": "TR",
}


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Artemis II", "artemis2"),
        ("Artemis 2", "artemis2"),
        ("ARTEMIS II", "artemis2"),
        ("Chang’e-4", "change4"),
        ("Chang'e 4", "change4"),
        ("Chang'E IV", "change4"),
        ("Juice", "juice"),  # the i of Juice is not a numeral
        ("JUICE", "juice"),
        ("Apollo X", "apollo10"),
        ("Apollo XI", "apolloxi"),  # only I-X are numerals
        ("Tianwen‑1", "tianwen1"),  # non-breaking hyphen
        ("Centre national d’études spatiales", "centrenationaldétudesspatiales"),
        ("Mars 2020", "mars2020"),
        ("I", "i"),  # a lone numeral is not a suffix of anything
    ],
)
def test_normalise_name(name, expected):
    assert normalise_name(name) == expected


def test_normalise_name_typographic_equivalence():
    assert normalise_name("Chang’e–6") == normalise_name("Chang'e-6") == normalise_name("CHANG'E 6")


@pytest.fixture
def kb(inline_kb):
    return inline_kb


def test_acronym_lookup_is_case_sensitive(kb, shipped_kb):
    assert [c.id for c in kb.lookup("JAXA")] == ["JAXA"]
    assert kb.lookup("jaxa") == []
    assert [c.id for c in shipped_kb.lookup("ESA")] == ["ESA"]
    assert shipped_kb.lookup("esa") == []


def test_acronym_with_initial_capital_only_does_not_match(kb, shipped_kb):
    assert shipped_kb.lookup("Esa") == []
    assert kb.lookup("Jaxa") == []


def test_numbered_names_match_across_roman_and_arabic(shipped_kb):
    assert [c.id for c in shipped_kb.lookup("Artemis 2") if c.label == "MISSION"] == ["artemis_2"]
    assert [c.id for c in shipped_kb.lookup("Artemis II") if c.label == "MISSION"] == ["artemis_2"]


@pytest.mark.parametrize(
    "surface, agency",
    [
        ("CSA", "CSA"), ("ASC", "CSA"), ("Canadian Space Agency", "CSA"), ("Agence spatiale canadienne", "CSA"),
        ("agence spatiale canadienne", "CSA"), ("ESA", "ESA"), ("ASE", "ESA"), ("European Space Agency", "ESA"),
        ("Agence spatiale européenne", "ESA"), ("Agence spatiale europeenne", None),
    ],
)
def test_alias_lookup_en_fr(shipped_kb, surface, agency):
    found = [c.id for c in shipped_kb.lookup(surface) if c.label == "AGENCY"]
    if agency is None:
        # accents are letters: a missing accent is another name
        assert found == [] or found == ["ESA"]
    else:
        assert found == [agency]


def test_inline_kb_aliases(kb):
    assert [c.id for c in kb.lookup("ASC")] == ["CSA"]
    assert [c.id for c in kb.lookup("Agence spatiale canadienne")] == ["CSA"]
    assert [c.id for c in kb.lookup("passerelle lunaire")] == ["gateway"]
    assert kb.mission_by_name("Chang’e VI").id == "change6"
    assert kb.mission_by_name("Lunar Gateway").id == "gateway"
    assert kb.mission_by_name("Tianwen-1") is None


def test_family_stems(kb, shipped_kb):
    assert kb.families["change"].id == "change6"
    assert "hayabusa" in kb.families
    assert "gateway" not in kb.families
    for stem in ("change", "tianwen", "chandrayaan", "artemis", "luna"):
        assert stem in shipped_kb.families, stem
    # no one- or two-letter stem
    assert all(len(stem) >= 3 for stem in shipped_kb.families)


def test_adjectives_and_countries(kb):
    assert kb.agency_for_adjective("Japanese", "en").id == "JAXA"
    assert kb.agency_for_adjective("chinoise", "fr").id == "CNSA"
    assert kb.agency_for_country("Japon", "fr").id == "JAXA"
    assert kb.agency_for_country("Japan", "fr").id == "JAXA"  # the other language's names count too
    assert kb.primary_agency("CA").id == "CSA"
    assert kb.primary_agency("FR") is None


def test_shipped_kb_size_and_contract_agencies(shipped_kb):
    assert len(shipped_kb.agencies) >= 40
    assert len(shipped_kb.missions) >= 150
    for agency_id, country in CONTRACT_AGENCIES.items():
        assert agency_id in shipped_kb.agencies, agency_id
        assert shipped_kb.agencies[agency_id].country == country, agency_id
    assert shipped_kb.primary_agency("AE").id == "UAESA"


def test_shipped_missions_are_consistent(shipped_kb):
    for mission in shipped_kb.missions.values():
        assert mission.kind in MISSION_KINDS, mission.id
        if mission.part_of is not None:
            parent = shipped_kb.mission_by_name(mission.part_of)
            assert parent is not None, (mission.id, mission.part_of)
            assert parent.id != mission.id
        for agency in (mission.lead, *mission.partners, *mission.contributors):
            assert agency is None or agency in shipped_kb.agencies, (mission.id, agency)


def _data_rows():
    for path in sorted(default_data_dir().glob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                yield path, number, line


def test_no_malformed_kb_line():
    for path, number, line in _data_rows():
        row = json.loads(line)
        assert isinstance(row, dict), (path.name, number)
        assert isinstance(row.get("id"), str) and row["id"], (path.name, number)
        if path.name.startswith("countries"):
            continue  # a country row adds to the library's entry: no name of its own (schema-checked on load)
        assert isinstance(row.get("canonical_name"), str), (path.name, number)
        if path.name.startswith("missions"):
            assert row.get("kind") in MISSION_KINDS, (path.name, number, row.get("kind"))
            for key in ("aliases", "aliases_fr", "partners", "contributors", "context"):
                assert isinstance(row.get(key, []), list), (path.name, number, key)


def test_mission_ids_are_unique_across_files():
    seen: dict[str, str] = {}
    duplicates = []
    for path, number, line in _data_rows():
        if not path.name.startswith("missions"):
            continue
        row = json.loads(line)
        if row["id"] in seen:
            duplicates.append((row["id"], seen[row["id"]], f"{path.name}:{number}"))
        seen[row["id"]] = f"{path.name}:{number}"
    assert duplicates == []


def test_destiny_module_is_not_destiny_plus(shipped_kb):
    mission = shipped_kb.mission_by_name("Destiny laboratory")
    assert mission is not None and mission.kind == "station"


def test_bad_line_names_file_and_line(tmp_path):
    (tmp_path / "agencies.jsonl").write_text(
        json.dumps({"id": "XSA", "canonical_name": "X Space Agency"}) + "\n\n{not json}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.from_dir(tmp_path)
    message = str(info.value)
    assert "agencies.jsonl" in message and ":3:" in message


def test_entry_without_id_names_file_and_line(tmp_path):
    (tmp_path / "missions_extra.jsonl").write_text('{"canonical_name": "Nothing"}\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"missions_extra\.jsonl:1:"):
        KnowledgeBase.from_dir(tmp_path)


def test_from_dir_reads_a_small_folder(tmp_path):
    (tmp_path / "agencies.jsonl").write_text(json.dumps({"id": "XSA", "canonical_name": "X Space Agency",
                                                         "acronyms": ["XSA"]}) + "\n", encoding="utf-8")
    (tmp_path / "missions_a.jsonl").write_text(json.dumps({"id": "xprobe", "canonical_name": "X-Probe 1",
                                                           "kind": "spacecraft", "lead": "XSA"}) + "\n",
                                               encoding="utf-8")
    kb = KnowledgeBase.from_dir(tmp_path)
    assert list(kb.agencies) == ["XSA"]
    assert kb.mission_by_name("x probe 1").id == "xprobe"


def test_a_folder_without_agencies_is_no_knowledge_base(tmp_path):
    from spacerec.kb import KnowledgeBase
    from spacerec.kb.kb import KnowledgeBaseError

    with pytest.raises(KnowledgeBaseError, match="no agency in an agencies"):
        KnowledgeBase.from_dir(tmp_path)
    with pytest.raises(KnowledgeBaseError, match="no such knowledge-base folder"):
        KnowledgeBase.from_dir(tmp_path / "missing")


def test_to_dir_writes_a_folder_from_dir_reads_back(tmp_path):
    kb = KnowledgeBase.from_dir(default_data_dir())
    kb.add_agency({"id": "XSA", "canonical_name": "X Space Agency", "acronyms": ["XSA"]})
    again = KnowledgeBase.from_dir(kb.to_dir(tmp_path / "kb"), library_countries=kb.library_countries)
    assert again.alias_index == kb.alias_index
    assert again.families == kb.families and again.countries == kb.countries
    assert again.agencies == kb.agencies and again.missions == kb.missions
