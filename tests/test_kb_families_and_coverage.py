"""KB families and the session-8 coverage of the KB: numbered members of a craft named by an acronym, the head a
family's numbered members take their kind from, launcher flight numbers after "fusée"/"lanceur", and the wider KB
(instruments in counted lists, cubesats, launchers, station modules) with common words left alone.

Sentences are written for these tests in the forms a journalist or a press officer uses (captions, lists, tenses,
word orders), in both languages.
"""

from __future__ import annotations

import pytest
from spacerec.entities.linker import SPAN_KEY
from spacerec.kb.kb import KnowledgeBase


def missions(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text.rstrip("."), s.kb_id_) for s in doc.spans[SPAN_KEY] if s.label_ == "MISSION"]


# ---- the family head -------------------------------------------------------------------------------------------
def test_a_family_is_headed_by_a_spacecraft_before_an_instrument_or_a_programme():
    kb = KnowledgeBase.from_records(missions=[
        {"id": "orca_instr", "canonical_name": "Orca-5", "kind": "instrument", "family": "Orca"},
        {"id": "orca", "canonical_name": "Orca", "kind": "programme", "family": "Orca"},
        {"id": "orca1", "canonical_name": "Orca-1", "kind": "spacecraft", "family": "Orca"},
        {"id": "orca2", "canonical_name": "Orca-2", "kind": "spacecraft", "family": "Orca"},
        {"id": "norx", "canonical_name": "NorX", "kind": "programme", "family": "NorX", "lead": "NOSA"},
    ])
    assert kb.families["orca"].id == "orca1"  # the first spacecraft loaded, not the instrument loaded before it
    # a series alone heads its numbered members as their craft: "NorX-2" is a satellite, with the series' lead
    head = kb.families["norx"]
    assert (head.id, head.kind, head.lead) == ("norx", "spacecraft", "NOSA")


def test_the_shipped_sentinel_family_is_headed_by_a_satellite(shipped_kb):
    assert shipped_kb.families["sentinel"].kind == "spacecraft"


def test_a_family_less_acronym_craft_gives_an_implicit_family_a_declared_one_replaces():
    kb = KnowledgeBase.from_records(missions=[
        {"id": "zpx", "canonical_name": "ZPX", "kind": "spacecraft", "lead": "CNSA"},
        {"id": "zpx_series", "canonical_name": "ZPX-1", "kind": "spacecraft", "family": "ZPX"},
        {"id": "kora", "canonical_name": "KoraSat", "kind": "programme"},
        {"id": "hubbub", "canonical_name": "Hubbub", "kind": "spacecraft"},  # one capital: a word, no family
        {"id": "tool", "canonical_name": "TLX", "kind": "instrument"},  # instruments give none
        {"id": "amb", "canonical_name": "Moth", "kind": "spacecraft", "ambiguous": True, "context": ["satellite"],
         "aliases": ["MoTH"]},  # a word: in capitals only
    ])
    assert kb.families["zpx"].id == "zpx_series" and "zpx" not in kb.implicit_families
    assert kb.families["korasat"].id == "kora" and kb.families["korasat"].kind == "spacecraft"
    assert "korasat" in kb.implicit_families
    assert not {"hubbub", "tlx", "moth"} & set(kb.families)


# ---- numbered members of an acronym-named craft ------------------------------------------------------------
@pytest.mark.parametrize("lang, text, found", [
    ("en", "CSES-02 was launched from Jiuquan on Saturday.", ["family:cses02"]),
    ("en", "The satellite, CSES-02, joins CSES-01 in orbit.", ["family:cses02", "family:cses01"]),
    ("en", "China and Italy built CSES 02 together.", ["family:cses02"]),
    ("en", "Caption: CSES-02 on the launch pad (CNSA)", ["family:cses02"]),
    ("en", "Data from CSES-01's detectors were shared.", ["family:cses01"]),
    ("en", "Two probes, GRACE-1 and GRACE-2, flew in tandem.", ["family:grace1", "family:grace2"]),
    ("fr", "Le satellite CSES-02 a été lancé samedi depuis Jiuquan.", ["family:cses02"]),
    ("fr", "CSES-01 et CSES-02 mesurent le champ électrique.", ["family:cses01", "family:cses02"]),
    ("fr", "Lancé en 2018, CSES 01 a précédé son successeur.", ["family:cses01"]),
    ("fr", "Légende : CSES-02 sur son pas de tir.", ["family:cses02"]),
])
def test_numbered_members_of_an_acronym_craft_link_to_its_family(shipped_nlps, lang, text, found):
    ids = [kb_id for _, kb_id in missions(shipped_nlps[lang], text)]
    assert [i for i in ids if i.startswith("family:")] == found, ids


@pytest.mark.parametrize("lang, text", [
    ("en", "Engineers checked SMAP 3 times before the burn."),
    ("en", "AstroSat 2 weeks later saw the flare again."),
    ("en", "The JWST 6.5-metre mirror unfolded in space."),
    ("en", "SMOS 15 years on still maps soil moisture."),
    ("fr", "Le satellite SMOS 15 ans après son lancement fonctionne encore."),
    ("fr", "On a vérifié NISAR 2 fois avant le lancement."),
    ("fr", "Le miroir de JWST 6,5 mètres est déployé."),
])
def test_a_count_or_a_measure_after_an_acronym_craft_is_no_member(shipped_nlps, lang, text):
    ids = [kb_id for _, kb_id in missions(shipped_nlps[lang], text)]
    assert not [i for i in ids if i.startswith("family:")], ids


# ---- launcher flight numbers -----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, found", [
    ("fr", "La sonde a été lancée par une fusée PSLV-C57.", "family:pslvc57"),
    ("fr", "Le lanceur GSLV-F16 a décollé de Sriharikota.", "family:gslvf16"),
    ("fr", "Une fusée LVM3-M4 a emporté Chandrayaan-3.", "family:lvm3m4"),
    ("fr", "La fusée Kuaizhou-1A a placé trois satellites en orbite.", "kuaizhou"),
    ("en", "The PSLV-C58 rocket lifted off at 09:10 IST.", "family:pslvc58"),
    ("en", "ISRO's GSLV-F16 placed the satellite in orbit.", "family:gslvf16"),
    ("en", "SSLV-D3 carried EOS-08 to orbit.", "family:sslvd3"),
])
def test_a_launcher_flight_number_is_not_cut_by_its_descriptor(shipped_nlps, lang, text, found):
    ids = [kb_id for _, kb_id in missions(shipped_nlps[lang], text)]
    assert found in ids, ids
    assert "pslv" not in ids and "gslv" not in ids


# ---- the wider KB ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Herschel carried three instruments: HIFI, PACS and SPIRE.",
     {"herschel_hifi", "herschel_pacs", "herschel_spire"}),
    ("fr", "Planck embarquait deux instruments, HFI et LFI.", {"planck_hfi", "planck_lfi"}),
    ("en", "Philae's MUPUS penetrator hammered the surface.", {"philae_mupus"}),
    ("fr", "L'altimètre Poséidon-3C a été fourni par le CNES.", {"poseidon3c"}),
    ("en", "Two cubesats, MarCO-A and MarCO-B, relayed the landing.", {"marco_a", "marco_b"}),
    ("fr", "Les satellites UniBRITE et BRITE-Austria observent les étoiles brillantes.", {"unibrite", "brite_austria"}),
    ("en", "Canada's MOST space telescope was retired in 2019.", {"most"}),
    ("en", "The Soyuz-FG rocket and the Soyuz 19 spacecraft.", {"soyuz_fg", "soyuz_19"}),
    ("fr", "Les sondes Voyager avaient été lancées par des fusées Titan-Centaur.", {"titan_iiie"}),
    ("en", "India's SLV-3 rocket reached orbit in 1980.", {"slv3"}),
    ("en", "Psyche carries a laser experiment, DSOC.", {"psyche_dsoc"}),
    ("en", "ESA's Olympus satellite tested telecommunications in 1989.", {"olympus_esa"}),
    ("fr", "Le satellite EgyptSat-A a été construit avec la Russie.", {"egyptsat_a"}),
    ("en", "Aalto-1, built by students, was launched from India.", {"aalto1"}),
    ("fr", "Les modules Kvant-1 et Kvant-2 ont été amarrés à Mir.", {"kvant1", "kvant2"}),
    ("en", "The trio, Swarm A, Swarm B and Swarm C, left Plesetsk on one rocket.", {"swarm_a", "swarm_b", "swarm_c"}),
    ("fr", "Le lidar Aladin d'Aeolus mesurait les vents.", {"aeolus_aladin"}),
    ("en", "Korea's CAS500-2 satellite rode on the rocket.", {"cas500_2"}),
    ("fr", "Le diffusomètre SCAT-3 vole sur Oceansat-3.", {"oceansat3_scat3"}),
])
def test_the_wider_kb_links_missions_instruments_and_launchers(shipped_nlps, lang, text, expected):
    ids = {kb_id for _, kb_id in missions(shipped_nlps[lang], text)}
    assert expected <= ids, ids


@pytest.mark.parametrize("lang, text", [
    ("en", "Olympus cameras are popular with tourists."),
    ("en", "She climbed Mount Olympus in 2019."),
    ("en", "Stanislaw Lem wrote Solaris in 1961."),
    ("en", "Most agencies agree, said the Sapphire spokesperson."),
    ("en", "Ptolemy drew maps of the known world."),
    ("en", "King Midas turned everything into gold."),
    ("en", "Metis is one of the small moons of Jupiter."),
    ("fr", "La constellation du Verseau, Aquarius en latin, brille en automne."),
    ("fr", "Le roi Midas et la légende de l'or."),
    ("fr", "Le sommet de l'Olympe, Olympus en anglais, culmine à 2 917 mètres."),
    ("en", "Bees swarm a garden in early summer."),
    ("en", "Aladin and the magic lamp opened on Broadway."),
    ("fr", "Électra est une tragédie de Sophocle, Electra en anglais."),
])
def test_a_new_kb_name_that_is_a_common_word_is_no_mission(shipped_nlps, lang, text):
    assert missions(shipped_nlps[lang], text) == []


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le satellite Swot a été lancé en décembre."),
    ("en", "The Swot satellite measures the height of rivers."),
])
def test_a_craft_that_names_an_implicit_family_is_still_a_mission_in_title_case(shipped_nlps, lang, text):
    # "SWOT" gives the implicit family of "SWOT-2"; the title-case "Swot" the KB does not read is still a craft
    assert [name for name, _ in missions(shipped_nlps[lang], text)] == ["Swot"]


@pytest.mark.parametrize("lang, text, mission_id", [
    ("fr", "Le satellite franco-américain TOPEX/Poséidon a été lancé en 1992.", "topex_poseidon"),
    ("fr", "La sonde Vénus Express a rejoint Vénus en 2006.", "venusexpress"),
    ("fr", "L'altimètre Poséidon-4 vole sur Sentinel-6.", "poseidon4"),
    ("fr", "Les données du programme Copernic sont gratuites.", "copernicus"),
    ("fr", "La sonde Ulysse a survolé les pôles du Soleil.", "ulysses"),
])
def test_french_forms_of_mission_names(shipped_nlps, lang, text, mission_id):
    assert mission_id in [kb_id for _, kb_id in missions(shipped_nlps[lang], text)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nicolas Copernic a placé le Soleil au centre."),
    ("fr", "Ulysse était le héros de l'Odyssée."),
])
def test_french_forms_that_are_names_of_people_are_no_missions(shipped_nlps, lang, text):
    assert missions(shipped_nlps[lang], text) == []
