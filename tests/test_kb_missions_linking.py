"""Missions of the wider KB as the linker finds them: press forms in both languages, and common words left alone.

Many mission names are ordinary words or people's names ("Swarm", "Genesis", "Integral", "Quest",
"Callisto"); their entries are marked ``ambiguous`` with context words, so the capitalised word links only
in a sentence about the mission.
"""

from __future__ import annotations

import pytest
from spacerec.entities.linker import SPAN_KEY


def missions(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans[SPAN_KEY] if s.label_ == "MISSION"]


@pytest.mark.parametrize("lang, text, mission_id", [
    ("en", "ESA's Swarm satellites map the magnetic field of the Earth.", "swarm"),
    ("en", "NASA's Genesis capsule brought solar wind samples back to Utah.", "genesis"),
    ("en", "The Integral observatory studied gamma-ray bursts for two decades.", "integral"),
    ("en", "Two astronauts left the station through the Quest airlock.", "quest"),
    ("en", "Sputnik 1 was launched on 4 October 1957.", "sputnik"),
    ("en", "Europa Clipper carries the REASON radar.", "clipper_reason"),
    ("fr", "Le satellite Planck a cartographié le fond diffus cosmologique.", "planck"),
    ("fr", "Le démonstrateur Callisto du CNES, du DLR et de la JAXA doit revenir se poser.", "callisto_demo"),
    ("fr", "Le satellite Aura de la NASA mesure l'ozone depuis 2004.", "aura"),
    ("fr", "La mission CRISTAL de Copernicus mesurera l'épaisseur de la glace de mer.", "cristal"),
    ("fr", "Le télescope spatial Spitzer observait en infrarouge.", "spitzer"),
])
def test_an_ambiguous_name_links_in_a_sentence_about_the_mission(shipped_nlps, lang, text, mission_id):
    assert mission_id in [kb_id for _, kb_id in missions(shipped_nlps[lang], text)], missions(shipped_nlps[lang], text)


@pytest.mark.parametrize("lang, text", [
    ("en", "A Swarm of reporters waited outside the ministry on Monday."),
    ("en", "The Genesis of the agreement goes back to a meeting in 2019."),
    ("en", "Integral to the plan is a new budget line for the agency."),
    ("en", "Their Quest for funding went on for years."),
    ("en", "Sputnik reported the minister's remarks on Tuesday."),
    ("en", "Europa Clipper will also fly past Callisto and Ganymede."),
    # the agencies that build the demonstrator also build Jupiter instruments: they do not make the moon a mission
    ("en", "Juice, with instruments from DLR, CNES and JAXA, will study the icy moons Ganymede, Callisto and Europa."),
    ("fr", "L'Institut Max-Planck de physique extraterrestre est partenaire de l'ESA."),
    ("fr", "Aura, la jeune pousse lyonnaise, recrute vingt ingénieurs."),
    ("fr", "Le Cristal de roche du musée a été prêté à Lyon."),
    ("fr", "Son Odyssée commence à Harmony, une petite ville du Minnesota."),
])
def test_a_common_word_or_name_is_no_mission(shipped_nlps, lang, text):
    found = missions(shipped_nlps[lang], text)
    new_ids = {"swarm", "genesis", "integral", "quest", "sputnik", "callisto_demo", "planck", "aura", "cristal",
               "harmony_ee10", "harmony"}
    assert not [m for m in found if m[1] in new_ids], found


@pytest.mark.parametrize("lang, surfaces, mission_id", [
    ("en", ["Ax-4", "AX-4", "Axiom Mission 4"], "ax4"),
    ("en", ["Tiandu-2", "Tiandu 2"], "tiandu2"),
    ("en", ["MetOp-SG-A1", "Metop-SG A1"], "metop_sg_a1"),
    ("en", ["Apollo-Soyuz", "Apollo–Soyuz", "Apollo-Soyuz Test Project"], "apollo_soyuz"),
    ("fr", ["Soyouz-Fregat", "Soyuz-Fregat"], "soyuz_fregat"),
    ("fr", ["Oceansat-3", "EOS-06", "EOS 06"], "oceansat3"),
    ("fr", ["XMM-Newton", "XMM Newton"], "xmm_newton"),
])
def test_spelling_variants_reach_one_entry(shipped_nlps, lang, surfaces, mission_id):
    for surface in surfaces:
        text = f"Hier, {surface} a été lancé." if lang == "fr" else f"Yesterday {surface} was launched."
        assert [kb_id for _, kb_id in missions(shipped_nlps[lang], text)] == [mission_id], surface


@pytest.mark.parametrize("lang, text, mission_id, name", [
    ("en", "The MetOp-A satellite was retired in 2021.", "metop_a", "MetOp-A"),
    ("fr", "Le satellite CSG-1, premier COSMO-SkyMed de seconde génération, a été lancé.", "csg1", "CSG-1"),
    ("fr", "Le rover LEV-2, surnommé SORA-Q, a photographié SLIM.", "lev2", "LEV-2"),
    ("fr", "La sonde japonaise Hitomi a été perdue en 2016.", "hitomi", "Hitomi"),
])
def test_press_forms_name_the_canonical_entry(shipped_nlps, shipped_kb, lang, text, mission_id, name):
    assert mission_id in [kb_id for _, kb_id in missions(shipped_nlps[lang], text)]
    assert shipped_kb.missions[mission_id].canonical_name == name
