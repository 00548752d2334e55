"""Session 8 (#11): missions the text marks but the KB lacks, and what they belong to.

Two kinds that took their roles, part_of and events with them on fresh text:

- a numbered member of a KB entry that has no family ("CSES-02", "GRACE-2"): the KB's own name, a hyphen and a
  number is a unit of that mission, ``part_of`` it where the article names the mission alone;
- instruments in a counted list ("carried three instruments, HIFI, PACS and SPIRE", "ses deux instruments : HFI et
  LFI"): each name is an instrument of the craft named before the list (or of the craft its pronoun refers to).

Phrasings are our own (a journalist's or a press officer's, both languages, several tenses, voices and orders), with
negatives that look close but are not the fact.
"""

from __future__ import annotations

import pytest
from spacerec.analysis.instrument_lists import instrument_lists
from spacerec.extractor import Extractor


def _missions(extractor: Extractor, text: str) -> dict[str, dict]:
    return {r["name"]: r for r in extractor.extract(text, "doc") if r["record_type"] == "mission"}


# --- numbered members of a KB entry without a family -------------------------------------------------------------

MEMBER_PHRASINGS = [
    # (text, member, parent)
    ("Soil moisture\n\nESA has approved SMOS-2, which will take over from SMOS in the next decade.\n",
     "SMOS-2", "SMOS"),
    ("Soil moisture\n\nAfter fifteen years of SMOS data, the agency is building SMOS-2 and SMOS-3.\n",
     "SMOS-3", "SMOS"),
    ("Seismic satellites\n\nChina launched CSES-03 on Friday. It is the third satellite of the CSES programme.\n",
     "CSES-03", "CSES"),
    ("Gravity\n\nThe GRACE mission flew two satellites; GRACE-1 led and its twin followed 220 km behind.\n",
     "GRACE-1", "GRACE"),
    ("Exoplanets\n\nThe CHEOPS-2 space telescope would reuse the platform of CHEOPS, its team said on Monday.\n",
     "CHEOPS-2", "CHEOPS"),
    ("Humidité des sols\n\nL'ESA a approuvé SMOS-2, qui prendra la relève de SMOS au cours de la prochaine "
     "décennie.\n", "SMOS-2", "SMOS"),
    ("Séismes\n\nLe satellite CSES-03 a été lancé vendredi ; c'est le troisième du programme CSES.\n",
     "CSES-03", "CSES"),
    ("Gravimétrie\n\nLa mission GRACE comptait deux satellites : GRACE-1 ouvrait la marche, son jumeau suivait à "
     "220 km.\n", "GRACE-1", "GRACE"),
    ("Exoplanètes\n\nLe télescope spatial CHEOPS-2 reprendrait la plateforme de CHEOPS, a indiqué l'équipe.\n",
     "CHEOPS-2", "CHEOPS"),
]


@pytest.mark.parametrize(("text", "member", "parent"), MEMBER_PHRASINGS)
def test_a_numbered_member_of_a_kb_entry_without_family_is_a_unit_of_it(blank_extractor: Extractor, text: str,
                                                                        member: str, parent: str) -> None:
    missions = _missions(blank_extractor, text)
    assert member in missions
    assert missions[member]["part_of"] == parent


@pytest.mark.parametrize("text", [
    "Anniversary\n\nRosetta 10 years on: what the comet taught us.\n",
    "Anniversaire\n\nGaia 3 fois plus précis que prévu, selon l'ESA.\n",
    "Archive\n\nThe smos-2 folder holds the calibration files.\n",
])
def test_a_number_after_a_name_without_hyphen_or_capitals_is_no_member(blank_extractor: Extractor,
                                                                       text: str) -> None:
    names = set(_missions(blank_extractor, text))
    assert not {n for n in names if any(ch.isdigit() for ch in n)}


@pytest.mark.parametrize("text", [
    "Soil moisture\n\nSMOS-2 would be launched at the end of the decade, the agency said.\n",
    "Humidité des sols\n\nSMOS-2 serait lancé à la fin de la décennie, selon l'agence.\n",
])
def test_a_member_whose_mission_the_article_does_not_name_alone_belongs_to_nothing(blank_extractor: Extractor,
                                                                                   text: str) -> None:
    missions = _missions(blank_extractor, text)
    assert "SMOS-2" in missions
    assert missions["SMOS-2"]["part_of"] is None


def test_a_stated_family_still_names_its_member_after_the_family(blank_extractor: Extractor) -> None:
    missions = _missions(blank_extractor, "Moon\n\nCNSA will launch Chang'e 8 in 2028.\n")
    assert "Chang'e 8" in missions


# --- instruments in counted lists --------------------------------------------------------------------------------

LIST_PHRASINGS = [
    # (text, host, instruments)
    ("Jupiter\n\nEuropa Clipper carries three instruments, KORVIS, TALMA and PEXIR, built by European teams.\n",
     "Europa Clipper", ["KORVIS", "TALMA", "PEXIR"]),
    ("Jupiter\n\nEuropa Clipper, launched in 2024, carried two cameras: KORVIS and TALMA.\n",
     "Europa Clipper", ["KORVIS", "TALMA"]),
    ("Jupiter\n\nEuropa Clipper will carry four science instruments, namely KORVIS, TALMA, PEXIR and ODUM.\n",
     "Europa Clipper", ["KORVIS", "TALMA", "PEXIR", "ODUM"]),
    ("Jupiter\n\nEuropa Clipper's payload includes five experiments, including KORVIS, TALMA, PEXIR, ODUM and "
     "BRIX.\n",
     "Europa Clipper", ["KORVIS", "TALMA", "PEXIR", "ODUM", "BRIX"]),
    ("Jupiter\n\nEuropa Clipper reached Jupiter in 2030. It used its two instruments, KORVIS and TALMA-2, to map the "
     "moon.\n", "Europa Clipper", ["KORVIS", "TALMA-2"]),
    ("Jupiter\n\nEuropa Clipper emporte trois instruments : KORVIS, TALMA et PEXIR.\n",
     "Europa Clipper", ["KORVIS", "TALMA", "PEXIR"]),
    ("Jupiter\n\nLa sonde Europa Clipper a embarqué ses deux caméras, KORVIS et TALMA, conçues en Belgique.\n",
     "Europa Clipper", ["KORVIS", "TALMA"]),
    ("Jupiter\n\nEuropa Clipper est équipée de quatre capteurs, à savoir KORVIS, TALMA, PEXIR et ODUM.\n",
     "Europa Clipper", ["KORVIS", "TALMA", "PEXIR", "ODUM"]),
    ("Jupiter\n\nEuropa Clipper emportera six instruments scientifiques, dont KORVIS, TALMA ainsi que PEXIR.\n",
     "Europa Clipper", ["KORVIS", "TALMA", "PEXIR"]),
]


@pytest.mark.parametrize(("text", "host", "instruments"), LIST_PHRASINGS)
def test_the_names_of_a_counted_instrument_list_are_instruments_of_the_craft(blank_extractor: Extractor, text: str,
                                                                             host: str,
                                                                             instruments: list[str]) -> None:
    missions = _missions(blank_extractor, text)
    for name in instruments:
        assert name in missions, name
        assert missions[name]["kind"] == "instrument"
        assert missions[name]["part_of"] == host


@pytest.mark.parametrize("text", [
    # agencies after "its instruments": the list is no instrument list
    "Asteroids\n\nHera will test its instruments, NASA and ESA said on Monday.\n",
    # a head that is no instrument noun
    "Agencies\n\nThree agencies, NASA, ESA and JAXA, signed the statement.\n",
    # names that do not look like instrument names
    "Asteroids\n\nHera carries three instruments, built by teams in Brussels, Delft and Turin.\n",
    "Astéroïdes\n\nTrois agences, la NASA, l'ESA et la JAXA, ont signé la déclaration.\n",
    "Astéroïdes\n\nHera teste ses instruments, ont dit Bruxelles et Delft lundi.\n",
])
def test_lists_that_are_no_instrument_lists_make_no_instruments(blank_extractor: Extractor, text: str) -> None:
    kinds = {r["name"]: r["kind"] for r in _missions(blank_extractor, text).values()}
    assert "instrument" not in kinds.values()


def test_a_list_without_a_craft_gives_names_but_no_host(blank_extractor: Extractor) -> None:
    missions = _missions(blank_extractor, "Instruments\n\nThe team tested three instruments, KORVIS, TALMA and "
                                          "PEXIR, in a vacuum chamber.\n")
    assert {"KORVIS", "TALMA", "PEXIR"} <= set(missions)
    assert all(missions[n]["part_of"] is None for n in ("KORVIS", "TALMA", "PEXIR"))


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("carried three instruments, HIFI, PACS and SPIRE, built by", "en", ["HIFI", "PACS", "SPIRE"]),
    ("its two sensors (KORVIS and TALMA)", "en", ["KORVIS", "TALMA"]),
    ("ses instruments scientifiques MAG, RPWS et CAPS", "fr", ["MAG", "RPWS", "CAPS"]),
    ("three instruments, Alice, Bob and Carol", "en", []),
    ("three countries, France, Italy and Spain", "en", []),
    ("deux instruments, puis KORVIS", "fr", []),
])
def test_the_list_reader_reads_names_only_after_an_instrument_count(text: str, lang: str, names: list[str]) -> None:
    assert [n for found in instrument_lists(text, lang) for *_, n in found] == names


# --- numbered units of a stated KB family the article calls a series ----------------------------------------------

@pytest.mark.parametrize(("text", "unit"), [
    ("Cargo\n\nThe HTV series ended with HTV-9, which burned up over the Pacific.\n", "HTV 9"),
    ("Cargo\n\nHTV-7 was the seventh craft of the HTV series to reach the station.\n", "HTV 7"),
    ("Cargo\n\nJAXA flew nine vehicles of the HTV family; HTV-5 brought a new camera.\n", "HTV 5"),
    ("Cargo\n\nThe Kounotori programme will have flown nine times when HTV-9 reaches the station.\n", "HTV 9"),
    ("Cargo\n\nHTV-9 était le neuvième et dernier exemplaire de la série HTV.\n", "HTV 9"),
    ("Cargo\n\nLa famille HTV a volé neuf fois ; HTV-3 apportait des expériences japonaises.\n", "HTV 3"),
    ("Cargo\n\nLe programme Kounotori s'achèvera avec HTV-9, qui doit rejoindre la station.\n", "HTV 9"),
])
def test_a_numbered_unit_of_a_series_the_article_names_as_one_belongs_to_it(blank_extractor: Extractor, text: str,
                                                                            unit: str) -> None:
    missions = _missions(blank_extractor, text)
    assert missions[unit]["part_of"] == "HTV"


@pytest.mark.parametrize(("text", "unit"), [
    ("Cargo\n\nHTV-9 berthed at the station on Monday. The HTV cargo craft was built by JAXA.\n", "HTV 9"),
    ("Cargo\n\nHTV-9 s'est amarré lundi. Le cargo HTV a été construit par la JAXA.\n", "HTV 9"),
])
def test_a_unit_whose_family_the_article_names_only_as_a_craft_belongs_to_nothing(blank_extractor: Extractor,
                                                                                  text: str, unit: str) -> None:
    missions = _missions(blank_extractor, text)
    assert missions[unit]["part_of"] is None


# --- a fronted participle whose pronoun subject cannot be resolved gives its cue to no mission --------------------

@pytest.mark.parametrize("text", [
    "Radar\n\nThe Pivert satellite and the Sittelle satellite reached orbit on 2 May 2025.\n\nDeveloped for the "
    "Italian Space Agency, it replaces the Grive satellite.\n",
    "Radar\n\nThe Pivert and Sittelle satellites reached orbit on 2 May 2025. Designed for the Italian Space "
    "Agency, it will succeed the Grive satellite, lost in 2023.\n",
    "Radar\n\nLes satellites Pivert et Sittelle ont rejoint leur orbite le 2 mai 2025.\n\nDéveloppé pour l'Agence "
    "spatiale italienne, il remplace le satellite Grive.\n",
    "Radar\n\nLe satellite Pivert et le satellite Sittelle sont en orbite depuis le 2 mai 2025. Conçu pour l'Agence "
    "spatiale italienne, il succédera au satellite Grive, perdu en 2023.\n",
])
def test_an_unresolved_pronoun_after_a_fronted_participle_keeps_the_cue_from_the_nearest_mission(
        blank_extractor: Extractor, text: str) -> None:
    found = _missions(blank_extractor, text)
    assert "Grive" in found
    assert not any(a["agency_id"] == "ASI" for a in found["Grive"]["agencies"])


@pytest.mark.parametrize("text", [
    "Radar\n\nThe Pivert satellite reached orbit on 2 May 2025.\n\nDeveloped for the Italian Space Agency, it "
    "replaces the Grive satellite.\n",
    "Radar\n\nLe satellite Pivert a rejoint son orbite le 2 mai 2025.\n\nDéveloppé pour l'Agence spatiale "
    "italienne, il remplace le satellite Grive.\n",
])
def test_a_resolved_pronoun_after_a_fronted_participle_takes_the_cue(blank_extractor: Extractor, text: str) -> None:
    found = _missions(blank_extractor, text)
    assert any(a["agency_id"] == "ASI" for a in found["Pivert"]["agencies"])
    assert not any(a["agency_id"] == "ASI" for a in found["Grive"]["agencies"])


# --- coordinated craft names around a plural craft noun ----------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Radar\n\nThe satellites Pivert and Sittelle reached orbit on 2 May 2025.\n", ["Pivert", "Sittelle"]),
    ("Radar\n\nThe twin probes Pivert and Sittelle were launched on 2 May 2025.\n", ["Pivert", "Sittelle"]),
    ("Radar\n\nESA will build the three satellites Pivert, Merle and Sittelle by 2030.\n",
     ["Pivert", "Merle", "Sittelle"]),
    ("Radar\n\nThe KORA-1 and KORA-2 spacecraft will fly in formation.\n", ["KORA-1", "KORA-2"]),
    ("Radar\n\nIts two cubesats, Pivert and Sittelle, were released after launch.\n", ["Pivert", "Sittelle"]),
    ("Radar\n\nLes satellites Pivert et Sittelle ont rejoint leur orbite le 2 mai 2025.\n", ["Pivert", "Sittelle"]),
    ("Radar\n\nLes sondes jumelles Pivert et Sittelle ont été lancées le 2 mai 2025.\n", ["Pivert", "Sittelle"]),
    ("Radar\n\nL'agence construira les trois satellites Pivert, Merle et Sittelle d'ici 2030.\n",
     ["Pivert", "Merle", "Sittelle"]),
    ("Radar\n\nLes nanosatellites KORA-1 et KORA-2 voleront en formation.\n", ["KORA-1", "KORA-2"]),
])
def test_coordinated_names_around_a_plural_craft_noun_are_missions(blank_extractor: Extractor, text: str,
                                                                   names: list[str]) -> None:
    assert set(names) <= set(_missions(blank_extractor, text))


@pytest.mark.parametrize("text", [
    "Radar\n\nThe Russian and Chinese probes were launched in 2025.\n",
    "Radar\n\nThe missions NASA and ESA flew ended in 2025.\n",
    "Radar\n\nThe satellites France and Italy ordered will fly in 2027.\n",
    "Radar\n\nLes satellites que la France et l'Italie ont commandés voleront en 2027.\n",
    "Radar\n\nLes sondes russes et chinoises ont été lancées en 2025.\n",
])
def test_plural_craft_nouns_near_agencies_countries_or_adjectives_name_no_mission(blank_extractor: Extractor,
                                                                                  text: str) -> None:
    assert not _missions(blank_extractor, text)


@pytest.mark.parametrize(("text", "kb_name", "written"), [
    ("Imaging\n\nCNES operates the satellites Pleiades and Pivert from Toulouse.\n", "Pléiades", "Pleiades"),
    ("Altimétrie\n\nLe CNES a exploité les satellites TOPEX/Poséidon et Pivert depuis Toulouse.\n",
     "TOPEX/Poseidon", "TOPEX/Poséidon"),
])
def test_a_listed_craft_the_kb_knows_with_other_accents_takes_its_kb_name(blank_extractor: Extractor, text: str,
                                                                          kb_name: str, written: str) -> None:
    names = set(_missions(blank_extractor, text))
    assert kb_name in names
    assert written not in names


# --- lettered units of a KB entry without a family ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "units"), [
    ("Magnetism\n\nThe Swarm satellites separated in orbit: Swarm A and Swarm C now fly side by side.\n",
     ["Swarm A", "Swarm C"]),
    ("Magnetism\n\nOf ESA's three Swarm satellites, Swarm-B flies highest in its orbit.\n", ["Swarm B"]),
    ("Magnétisme\n\nLes satellites Swarm se sont séparés en orbite : Swarm A et Swarm C volent côte à côte.\n",
     ["Swarm A", "Swarm C"]),
    ("Magnétisme\n\nDes trois satellites Swarm de l'ESA, Swarm-B vole le plus haut sur son orbite.\n", ["Swarm B"]),
])
def test_a_lettered_unit_of_a_kb_entry_without_family_belongs_to_it(blank_extractor: Extractor, text: str,
                                                                    units: list[str]) -> None:
    missions = _missions(blank_extractor, text)
    for unit in units:
        assert missions[unit]["part_of"] == "Swarm"


@pytest.mark.parametrize("text", [
    "Magnetism\n\nThe Swarm satellites are in orbit. Swarm G is a name nobody uses.\n",
    "Magnétisme\n\nLes satellites Swarm sont en orbite. Swarm G n'existe pas.\n",
])
def test_a_letter_beyond_f_is_no_unit(blank_extractor: Extractor, text: str) -> None:
    assert "Swarm G" not in _missions(blank_extractor, text)


@pytest.mark.parametrize("text", [
    "Jupiter\n\nKORVIS, one of the nine instruments of Europa Clipper, was built in Colorado.\n",
    "Jupiter\n\nThe team calibrated KORVIS, one of the instruments on Europa Clipper, last week.\n",
    "Jupiter\n\nKORVIS, among the science instruments aboard Europa Clipper, maps the ice shell.\n",
    "Jupiter\n\nLe spectromètre KORVIS, l'un des neuf instruments d'Europa Clipper, a été construit au Colorado.\n",
    "Jupiter\n\nKORVIS, un des instruments embarqués sur Europa Clipper, cartographie la glace.\n",
    "Jupiter\n\nKORVIS, parmi les instruments à bord de Europa Clipper, a été livré en 2023.\n",
])
def test_one_of_the_instruments_of_a_craft_is_part_of_it(blank_extractor: Extractor, text: str) -> None:
    assert _missions(blank_extractor, text)["KORVIS"]["part_of"] == "Europa Clipper"


@pytest.mark.parametrize("text", [
    "Jupiter\n\nNASA, one of the partners of Europa Clipper, paid for the launch.\n",
    "Jupiter\n\nKorvis, one of the engineers of Europa Clipper, retired in 2020.\n",
    "Jupiter\n\nLa NASA, l'un des partenaires d'Europa Clipper, a payé le lancement.\n",
])
def test_one_of_the_partners_or_people_of_a_craft_is_no_instrument(blank_extractor: Extractor, text: str) -> None:
    kinds = {r["name"]: r["kind"] for r in _missions(blank_extractor, text).values()}
    assert "instrument" not in kinds.values()
    assert set(kinds) <= {"Europa Clipper"}
