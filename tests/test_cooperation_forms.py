"""Stated cooperations in the forms news uses: one `cooperation` per supplier with the lead of the mission served.

Invented sentences (real agencies and missions), English and French, each form with a negative case, so a
rule that stops working or starts over-firing fails here. The receiving side is the mission's lead as the
text states it; tracking support is a cooperation too; a joint mission, a crew seat or a negated supply is not.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def cooperations(extractor, text):
    return {(tuple(r["parties"]), r["subject"]) for r in checked_records(extractor, text, "agreement", "coop")
            if r["kind"] == "cooperation"}


@pytest.mark.parametrize("text, expected", [
    # passive agent after a French descriptor, the host named by the title ("fourni par")
    ("Un radar japonais pour EarthCARE\n\nLe satellite EarthCARE de l'ESA observe les nuages depuis 2024. "
     "À bord, le radar de nuages, fourni par l'agence japonaise JAXA, mesure leur structure verticale.\n",
     {(("ESA", "JAXA"), "EarthCARE")}),
    # English: the host after a host link with its owner ("for NASA's Gateway")
    ("Canada on the Moon\n\nThe seat comes in return for Canadarm3, the robotic arm that the CSA is "
     "supplying for NASA's Gateway lunar station.\n",
     {(("CSA", "NASA"), "Gateway")}),
])
def test_supplied_part_gives_a_cooperation_with_the_host_lead(extractor, text, expected):
    assert expected <= cooperations(extractor, text)


@pytest.mark.parametrize("text", [
    "Un radar pour EarthCARE\n\nLe satellite EarthCARE de l'ESA n'a pas reçu le radar que la JAXA "
    "n'a finalement pas fourni.\n",
    "Canada on the Moon\n\nThe CSA is not supplying any hardware for NASA's Gateway lunar station.\n",
])
def test_negated_supply_gives_nothing(extractor, text):
    assert not cooperations(extractor, text)


@pytest.mark.parametrize("text, suppliers, receiver", [
    # "X fournit A, Y B, et Z C": one cooperation per supplier of the gapped clauses
    ("La station Gateway\n\nLa station lunaire Gateway de la NASA sera assemblée en orbite. L'ESA fournit le "
     "module ESPRIT, l'Agence spatiale canadienne le bras Canadarm3, et le Centre spatial Mohammed bin Rashid "
     "(MBRSC) le sas.\n",
     {"ESA", "CSA", "MBRSC"}, "NASA"),
    ("The Gateway\n\nNASA's Gateway lunar station will be assembled in orbit. ESA supplies the ESPRIT module, "
     "the Canadian Space Agency the Canadarm3 arm, and MBRSC the airlock.\n",
     {"ESA", "CSA", "MBRSC"}, "NASA"),
])
def test_gapped_supplier_list_gives_one_cooperation_per_supplier(extractor, text, suppliers, receiver):
    found = cooperations(extractor, text)
    for supplier in suppliers:
        assert (tuple(sorted((supplier, receiver))), "Gateway") in found


@pytest.mark.parametrize("text", [
    # a verb after the second agency: no gapped clause, so no supply by it
    "The Gateway\n\nNASA's Gateway lunar station will be assembled in orbit. ESA supplies the ESPRIT module, "
    "and the Canadian Space Agency praised the plan.\n",
    "La station Gateway\n\nLa station lunaire Gateway de la NASA sera assemblée en orbite. L'ESA fournit le "
    "module ESPRIT, et l'Agence spatiale canadienne a salué le projet.\n",
])
def test_a_clause_with_its_own_verb_is_no_gapped_supply(extractor, text):
    found = cooperations(extractor, text)
    assert not any("CSA" in parties for parties, _ in found)


@pytest.mark.parametrize("text", [
    # the supplier is the clause subject, not the owner written next to the mission served
    "InSight\n\nLe CNES a joué un rôle clé dans la mission InSight de la NASA en fournissant le sismomètre SEIS.\n",
    "InSight\n\nCNES played a key role in NASA's InSight mission, providing its main seismometer.\n",
])
def test_owner_of_the_host_is_the_receiver_not_the_supplier(extractor, text):
    assert (("CNES", "NASA"), "InSight") in cooperations(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # carried by another agency's craft: the builders named by one lead cue are one supplier (GUIDELINES
    # "Cooperation pairs", consortium decision), one multi-party record
    ("Idefix\n\nLe rover Idefix, conçu par le CNES et le DLR, doit être emporté vers Phobos par la sonde MMX "
     "de la JAXA.\n", {(("CNES", "DLR", "JAXA"), "MMX")}),
    # "built by DLR with CNES": one supply by two joined agents is one record (GUIDELINES "Cooperation pairs": MASCOT)
    ("MASCOT\n\nThe MASCOT lander, built by DLR with CNES, was carried to the asteroid Ryugu by JAXA's "
     "Hayabusa2 probe.\n", {(("CNES", "DLR", "JAXA"), "Hayabusa2")}),
])
def test_carried_part_built_jointly_gives_one_multi_party_cooperation(extractor, text, expected):
    assert expected <= cooperations(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("India's probe\n\nISRO's Mars Orbiter Mission entered orbit around Mars in September 2014. Antennas of "
     "NASA's Deep Space Network tracked the probe during its cruise.\n",
     (("ISRO", "NASA"), "Mars Orbiter Mission")),
    ("Chandrayaan-3\n\nLa sonde Chandrayaan-3 de l'ISRO s'est posée sur la Lune. Les stations sol de l'ESA "
     "ont suivi la sonde pendant tout le voyage.\n",
     (("ESA", "ISRO"), "Chandrayaan-3")),
])
def test_tracking_support_gives_a_cooperation(extractor, text, expected):
    assert expected in cooperations(extractor, text)


@pytest.mark.parametrize("text", [
    # an agency tracking its own probe cooperates with nobody
    "India's probe\n\nISRO's Mars Orbiter Mission entered orbit around Mars in September 2014. ISRO's own "
    "ground stations tracked the probe during its cruise.\n",
    "Chandrayaan-3\n\nLa sonde Chandrayaan-3 de l'ISRO s'est posée sur la Lune. Les stations sol de l'ISRO "
    "ont suivi la sonde pendant tout le voyage.\n",
])
def test_own_tracking_is_no_cooperation(extractor, text):
    assert not cooperations(extractor, text)


@pytest.mark.parametrize("text", [
    "Artemis II crew\n\nNASA and the Canadian Space Agency announced that CSA astronaut Jeremy Hansen will fly "
    "on Artemis II.\n",
    "Équipage d'Artemis II\n\nLa NASA et l'Agence spatiale canadienne ont annoncé que l'astronaute de l'ASC "
    "Jeremy Hansen sera à bord de la mission Artemis II.\n",
])
def test_a_crew_seat_is_no_cooperation(extractor, text):
    assert not cooperations(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("NISAR review\n\nNASA and ISRO met on Monday. The two agencies committed in 2014 to build NISAR "
     "together.\n", (("ISRO", "NASA"), "NISAR")),
    ("NISAR\n\nLa NASA et l'ISRO se sont rencontrées lundi. Les deux agences s'étaient engagées en 2014 à "
     "développer ensemble le satellite NISAR.\n", (("ISRO", "NASA"), "NISAR")),
])
def test_dated_joint_commitment_gives_a_cooperation(extractor, text, expected):
    found = [r for r in checked_records(extractor, text, "agreement", "coop") if r["kind"] == "cooperation"]
    assert [(tuple(r["parties"]), r["subject"], r["date"]) for r in found] == [(*expected, "2014")]


@pytest.mark.parametrize("text", [
    "MMX\n\nJAXA's MMX probe will fly to Phobos. JAXA also supplies its own sampler to the probe.\n",
    "La sonde MMX\n\nLa sonde MMX de la JAXA partira vers Phobos. La JAXA fournit aussi son propre "
    "échantillonneur à la sonde.\n",
])
def test_an_agency_supplying_its_own_mission_cooperates_with_nobody(extractor, text):
    assert not cooperations(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # the supplier as the genitive of a supply noun or of the stations that track
    ("Comet Interceptor\n\nLa mission Comet Interceptor de l'ESA emportera deux petites sondes. L'une d'elles, B1, "
     "est la contribution de l'Agence japonaise d'exploration aérospatiale (JAXA).\n",
     (("ESA", "JAXA"), "Comet Interceptor")),
    ("Gaia\n\nLe télescope Gaia de l'ESA a été éteint. Depuis le lancement, des stations au sol de l'ESA "
     "et de la NASA assurent les liaisons avec le satellite.\n",
     (("ESA", "NASA"), "Gaia")),
])
def test_genitive_supplier(extractor, text, expected):
    found = {(parties, subject.lower()) for parties, subject in cooperations(extractor, text)}
    assert (expected[0], expected[1].lower()) in found


@pytest.mark.parametrize("text", [
    "Comet Interceptor\n\nLa mission Comet Interceptor de l'ESA emportera deux petites sondes. L'une d'elles, B1, "
    "est la contribution de l'ESA elle-même.\n",
    "Gaia\n\nLe télescope Gaia de l'ESA a été éteint. Depuis le lancement, des stations au sol de l'ESA "
    "assurent les liaisons avec le satellite.\n",
])
def test_genitive_supplier_of_its_own_mission_gives_nothing(extractor, text):
    assert not cooperations(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # an agency only called a partner still supplies (a cooperation)
    ("LISA\n\nESA adopted LISA today. NASA is ESA's partner on LISA: the US agency will provide the telescopes "
     "and the lasers.\n", (("ESA", "NASA"), "LISA")),
    ("Gateway\n\nL'ESA est partenaire de la NASA pour la future station lunaire Gateway, à laquelle elle doit "
     "fournir des modules d'habitation.\n", (("ESA", "NASA"), "Gateway")),
])
def test_a_partner_that_supplies_cooperates(extractor, text, expected):
    assert expected in cooperations(extractor, text)


@pytest.mark.parametrize("text", [
    # a satellite two agencies develop jointly: participation, no cooperation
    "CFOSAT\n\nCFOSAT was developed jointly by CNES and CNSA. Its wave scatterometer SWIM was supplied by CNES.\n",
    "CFOSAT\n\nLe satellite CFOSAT a été développé conjointement par le CNES et la CNSA. Son diffusiomètre SWIM "
    "a été fourni par le CNES.\n",
])
def test_supply_into_a_jointly_developed_satellite_is_participation(extractor, text):
    assert not cooperations(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("Orion\n\nESA builds the European Service Module for Orion, NASA's crew capsule.\n",
     (("ESA", "NASA"), "Orion")),
    ("Orion\n\nL'ESA construit le module de service européen pour le vaisseau Orion de la NASA.\n",
     (("ESA", "NASA"), "Orion")),
])
def test_built_for_another_agencys_craft(extractor, text, expected):
    assert expected in cooperations(extractor, text)


@pytest.mark.parametrize("text", [
    "Orion\n\nNASA builds the crew module for Orion, its own capsule.\n",
    "Orion\n\nLa NASA construit le module d'équipage pour son vaisseau Orion.\n",
])
def test_built_for_its_own_craft_gives_nothing(extractor, text):
    assert not cooperations(extractor, text)


# ---- a supply by two agents joined by "with" / "avec" is one multi-party cooperation (consortium decision) ----------

@pytest.mark.parametrize("text", [
    "Mars Express radar\n\nESA's Mars Express carries MARSIS, a radar sounder provided by the Italian Space Agency ASI "
    "with NASA.\n",
    "Le radar de Mars Express\n\nLa sonde Mars Express de l'ESA emporte MARSIS, un radar fourni par l'Agence spatiale "
    "italienne ASI avec la NASA.\n",
])
def test_a_supply_by_two_joined_agents_is_one_cooperation_with_the_host_lead(extractor, text):
    assert cooperations(extractor, text) == {(("ASI", "ESA", "NASA"), "Mars Express")}


@pytest.mark.parametrize("text", [
    "Mars Express radar\n\nESA's Mars Express carries MARSIS, a radar sounder provided by the Italian Space "
    "Agency ASI, with data shared with NASA.\n",
    "Le radar de Mars Express\n\nLa sonde Mars Express de l'ESA emporte MARSIS, un radar fourni par l'Agence spatiale "
    "italienne ASI, dont les données vont aussi à la NASA.\n",
])
def test_an_agency_outside_the_supply_is_no_party_of_it(extractor, text):
    assert cooperations(extractor, text) == {(("ASI", "ESA"), "Mars Express")}
