"""The session-9 KB breadth: missions before 1990, crewed flights by number, instruments supplied for another
agency's craft and smaller agencies' satellites, as the linker finds them in both languages.

Names that are also words, people or places ("Omid", "Anand", "Astérix", "Futura", "Scout", "N1", "Palapa")
link only in a sentence about the craft; numbered flights the KB does not list ("Soyouz 40", "STS-71",
"Soyuz TM-21") are members of their family and keep the English form of its name.
"""

from __future__ import annotations

import pytest
from spacerec.entities.linker import SPAN_KEY
from spacerec.identity import normalise_name


def missions(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans[SPAN_KEY] if s.label_ == "MISSION"]


@pytest.mark.parametrize("lang, text, mission_id", [
    ("en", "The Soviet Vega 1 probe dropped a balloon into the atmosphere of Venus in June 1985.", "vega_1_probe"),
    ("fr", "La sonde soviétique Véga 2 a survolé la comète de Halley le 9 mars 1986.", "vega_2_probe"),
    ("en", "Phobos 1 was lost in September 1988 after a faulty command.", "phobos_1"),
    ("fr", "Dumitru Prunariu a rejoint Saliout 6 en mai 1981, dans le cadre du programme Intercosmos.", "salyut_6"),
    ("fr", "Dumitru Prunariu a rejoint Saliout 6 en mai 1981, dans le cadre du programme Intercosmos.", "intercosmos"),
    ("en", "Jean-Loup Chrétien flew on Soyuz T-6 in 1982.", "soyuz_t6"),
    ("fr", "Jean-Loup Chrétien a volé sur Soyouz TM-7 en 1988.", "soyuz_tm7"),
    ("en", "Challenger broke apart during STS-51-L on 28 January 1986.", "sts_51l"),
    ("en", "The German Spacelab D-1 mission flew in 1985.", "spacelab_d1"),
    ("fr", "Le programme Shuttle-Mir a pris fin en 1998.", "shuttle_mir"),
    ("en", "India's Bhaskara-II satellite was launched in 1981.", "bhaskara_2"),
    ("en", "APPLE, an experimental communication satellite built by ISRO, flew on an Ariane rocket in 1981.",
     "apple_isro"),
    ("fr", "Le premier satellite chinois, Dongfanghong-1, a été lancé en avril 1970.", "dong_fang_hong_1"),
    ("en", "Astérix, France's first satellite, was launched by a Diamant rocket from Hammaguir in 1965.",
     "asterix_sat"),
    ("en", "Omid, Iran's first domestically built satellite, was launched on a Safir rocket in 2009.", "omid_sat"),
    ("fr", "La mission Futura de Samantha Cristoforetti a duré 199 jours à bord de l'ISS.", "asi_futura"),
    ("en", "Pixxel's Anand was one of eight satellites on the PSLV-C54 mission.", "anand_pixxel"),
    ("en", "The Cosmic Dust Analyzer on Cassini found salty grains from Enceladus.", "cassini_cda"),
    ("fr", "L'horloge atomique PHARAO du CNES fait partie d'ACES, à bord de Columbus.", "iss_aces"),
    ("en", "NASA launched San Marco 1 on a Scout rocket from Wallops in 1964.", "scout_rocket"),
    ("en", "The Soviet N1 Moon rocket exploded four times.", "n1_rocket"),
    # French forms of entries the KB had in English only
    ("fr", "La mission Artémis II emmènera quatre astronautes autour de la Lune.", "artemis_2"),
    ("fr", "Le lanceur Véga-C a décollé de Kourou.", "vega_c"),
    ("fr", "La sonde Galilée a étudié Jupiter de 1995 à 2003.", "galileo_probe"),
    ("fr", "Le télescope Euclide cartographie l'Univers sombre.", "euclid"),
    ("fr", "La sonde Psyché a quitté la Terre en 2023.", "psyche"),
    ("fr", "Le satellite Planck a cartographié le rayonnement fossile.", "planck"),
])
def test_a_mission_of_the_new_entries_links_in_a_sentence_about_it(shipped_nlps, lang, text, mission_id):
    assert mission_id in [kb_id for _, kb_id in missions(shipped_nlps[lang], text)], missions(shipped_nlps[lang], text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Arianespace's Vega rocket lifted off from Kourou on Tuesday."),
    ("en", "Asterix and Obelix are comic characters."),
    ("en", "Omid Nouripour met the minister on Monday."),
    ("en", "Anand Mahindra praised the launch."),
    ("en", "The Futura font was used on the poster."),
    ("en", "Cervantes wrote Don Quixote."),
    ("en", "The Scout troop visited the space centre."),
    ("en", "The N1 motorway was closed near the launch site."),
    ("en", "Apple and Google announced new phones."),
    ("en", "Aces and kings were dealt at the table."),
    ("en", "The temperature reached 40 degrees Celsius in Kourou."),
    ("fr", "La Côte d'Azur accueille le salon."),
    ("fr", "Palapa est un nom indonésien."),
    ("en", "Rohini Nilekani donated to the fund."),
    ("en", "The Antares rocket launched Cygnus."),
    ("en", "Perseus is a constellation in the northern sky."),
    ("en", "The Ørsted company builds wind farms in Denmark."),
])
def test_a_word_name_or_place_is_no_new_mission(shipped_nlps, lang, text):
    new = {"cnes_antares", "cnes_perseus", "orsted",
           "vega_1_probe", "vega_2_probe", "asterix_sat", "omid_sat", "anand_pixxel", "asi_futura", "esa_cervantes",
           "scout_rocket", "n1_rocket", "apple_isro", "iss_aces", "esa_celsius", "azur_sat", "palapa", "rohini"}
    found = missions(shipped_nlps[lang], text)
    assert not [m for m in found if m[1] in new], found


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Dumitru Prunariu est parti à bord de Soyouz 40 en mai 1981.", "Soyuz 40"),
    ("en", "Norman Thagard launched on Soyuz TM-21 on 14 March 1995.", "Soyuz TM-21"),
    ("en", "STS-71 docked with Mir in June 1995.", "STS-71"),
    ("en", "Rakesh Sharma flew aboard Soyuz T-11 in April 1984.", "Soyuz T-11"),
    ("en", "The Skylab 3 crew stayed 59 days aboard the station.", "Skylab 3"),
    ("en", "CRS-21 delivered cargo to the ISS in December 2020.", "CRS-21"),
    ("fr", "Le satellite Sentinelle-2C a été lancé par Vega.", "Sentinel-2C"),
    # a French descriptor before the numbered name ("le vaisseau Soyouz ...") does not swallow the number
    ("fr", "La capsule Soyouz MS-25 a atterri au Kazakhstan.", "Soyuz MS-25"),
    ("fr", "Le Soyouz TMA-11 reste amarré à la station.", "Soyuz TMA-11"),
    ("fr", "Le cargo Progress MS-29 a été lancé de Baïkonour.", "Progress MS-29"),
])
def test_a_numbered_flight_the_kb_lacks_is_a_member_of_its_family(shipped_nlps, lang, text, name):
    found = missions(shipped_nlps[lang], text)
    assert f"family:{normalise_name(name)}" in [kb_id for _, kb_id in found], found


def test_a_soviet_craft_has_no_lead_agency_and_a_crewed_flight_keeps_its_guests(shipped_kb):
    # Roscosmos did not exist before 1992 (the country rule): the KB gives no lead it could wrongly default to
    for name in ("Vega 1", "Phobos 1", "Salyut 6", "Soyuz 11", "Kosmos 482", "Intercosmos", "Mars 3"):
        entry = shipped_kb.mission_by_name(name)
        assert entry is not None and entry.lead is None, (name, entry)
    # a guest agency of a Soviet or Russian flight is a partner, the flight's own stays unstated
    assert shipped_kb.mission_by_name("Soyuz TM-20").partners == ("ESA",)
    assert shipped_kb.mission_by_name("Soyouz T-6").partners == ("CNES",)
    # an instrument supplied for another agency's craft is part of that craft
    assert shipped_kb.mission_by_name("PHARAO").part_of == "ACES"
    assert shipped_kb.mission_by_name("Enfys").lead == "UKSA"
    assert shipped_kb.mission_by_name("Enfys").part_of == "Rosalind Franklin"
