"""Missions on fresh news, session 7 (issue #11): each rule in English and French, positive and negative.

Lettered sibling units written short ("MetOp-A, -B et -C", "Sentinel-2A/2B") are missions of their own and stay
coordinated (a "respectively" list pairs them with their dates); a numbered unit the KB lacks belongs to the programme
its family's KB members belong to, where the article names it.
"""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.records import normalise_name


def missions(extractor, text):
    return {normalise_name(r["name"]): r for r in checked_records(extractor, text, "mission", "news")}


def events(record):
    return {(e["event"], e["date"]) for e in record["events"]}


# --- lettered sibling units written short ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Weather\n\nThe polar satellites MetOp-A, -B and -C were launched from Baikonur and Kourou in 2006, 2012 and "
    "2018 respectively.\n",
    "Météo\n\nLes satellites polaires MetOp-A, -B et -C ont décollé respectivement en 2006, 2012 et 2018.\n",
])
def test_letter_only_siblings_are_units_with_their_own_dates(extractor, text):
    found = missions(extractor, text)
    assert ("launch", "2006") in events(found["metopa"])
    assert ("launch", "2012") in events(found["metopb"])
    assert ("launch", "2018") in events(found["metopc"])


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Radar\n\nItalian engineers assembled Sentinel-2A/2B for ESA.\n", {"sentinel2a", "sentinel2b"}, set()),
    ("Radar\n\nDes ingénieurs italiens ont assemblé Sentinel-1A/B pour l'ESA.\n", {"sentinel1a", "sentinel1b"}, set()),
    # a letter without its hyphen after a coordinator is no unit
    ("Weather\n\nThe MetOp-A team in Darmstadt later moved to a B-model of the ground software.\n", {"metopa"},
     {"metopb"}),
    ("Météo\n\nL'équipe de MetOp-A à Darmstadt est ensuite passée à un modèle B du logiciel sol.\n", {"metopa"},
     {"metopb"}),
])
def test_slashed_pair_of_units_gives_both(extractor, text, present, absent):
    found = set(missions(extractor, text))
    assert present <= found
    assert not absent & found


# --- a numbered unit the KB lacks belongs to its family's programme ----------------------------------------------

@pytest.mark.parametrize(("text", "unit", "part_of"), [
    ("Brazil\n\nUnder the CBERS programme, China and Brazil plan to orbit CBERS-6 around 2028.\n", "cbers6", "CBERS"),
    ("Brésil\n\nDans le cadre du programme CBERS, la Chine et le Brésil prévoient de mettre CBERS-5 en orbite en "
     "2027.\n", "cbers5", "CBERS"),
    # the programme is not named
    ("Brazil\n\nChina and Brazil plan to orbit CBERS-6 around 2028.\n", "cbers6", None),
    ("Brésil\n\nLa Chine et le Brésil prévoient de mettre CBERS-5 en orbite en 2027.\n", "cbers5", None),
    # the KB's Sentinels disagree (Copernicus craft, an instrument on MetOp-SG-A1): no family programme
    ("Europe\n\nThe Copernicus programme will one day add a Sentinel-9 satellite.\n", "sentinel9", None),
    ("Europe\n\nLe programme Copernicus ajoutera un jour un satellite Sentinel-9.\n", "sentinel9", None),
])
def test_numbered_unit_takes_its_family_programme_only_when_named(extractor, text, unit, part_of):
    assert missions(extractor, text)[unit]["part_of"] == part_of


# --- a craft's own part named after a singular possessive ------------------------------------------------------

@pytest.mark.parametrize(("text", "part", "host", "not_host"), [
    ("Moon\n\nISRO's Chandrayaan-2 reached lunar orbit in August 2019. Its Vikram lander was lost a few weeks later.\n",
     "vikram", "Chandrayaan-2", None),
    ("Lune\n\nChandrayaan-2 de l'ISRO a gagné l'orbite lunaire en août 2019. Son atterrisseur Vikram a été perdu "
     "quelques semaines plus tard.\n", "vikram", "Chandrayaan-2", None),
    # "their" stands for people: the craft named before is no host
    ("Science\n\nThe Bern team flew a foil on Apollo 11, and their spectrometer ROSINA later sniffed a comet.\n",
     "rosina", None, "Apollo 11"),
    ("Science\n\nLes chercheurs ont posé une voile avec Apollo 11, et leur spectromètre ROSINA a ensuite analysé une "
     "comète.\n", "rosina", None, "Apollo 11"),
    # an agency between the craft and the possessive: "its" may stand for the agency
    ("Moon\n\nChandrayaan-2 was built by ISRO, and its Pragyan rover was never driven.\n", "pragyan", None,
     "Chandrayaan-2"),
    ("Lune\n\nChandrayaan-2 a été construit par l'ISRO, et son rover Pragyan n'a jamais roulé.\n", "pragyan", None,
     "Chandrayaan-2"),
])
def test_possessive_part_belongs_to_the_craft_it_stands_for(extractor, text, part, host, not_host):
    part_of = missions(extractor, text)[part]["part_of"]
    assert part_of == host if host else part_of != not_host


# --- a fronted participle, then a subject pronoun -----------------------------------------------------------------

def agencies(record):
    return {a["agency_id"] for a in record["agencies"]}


@pytest.mark.parametrize(("text", "lead", "not_lead"), [
    ("Radar\n\nThe Tinamou satellite was launched on 5 March 2025 by a Vega-C rocket.\n\nBuilt for the Italian Space "
     "Agency, it takes over from the Falco satellite, which failed in 2023.\n", {"tinamou"}, {"falco"}),
    ("Radar\n\nLe satellite Tinamou a été lancé le 5 mars 2025 par une fusée Vega-C.\n\nConstruit pour l'Agence "
     "spatiale italienne, il prend le relais du satellite Falco, tombé en panne en 2023.\n", {"tinamou"}, {"falco"}),
    # two craft in the paragraph before: "it" cannot be read, neither takes the cue
    ("Radar\n\nThe Tinamou satellite and the Merlo satellite were launched on 5 March 2025 by a Vega-C rocket.\n\n"
     "Built for the Italian Space Agency, it takes over from the Falco satellite.\n", set(), {"tinamou", "merlo"}),
    ("Radar\n\nLe satellite Tinamou et le satellite Merlo ont été lancés le 5 mars 2025 par une fusée Vega-C.\n\n"
     "Construit pour l'Agence spatiale italienne, il prend le relais du satellite Falco.\n", set(),
     {"tinamou", "merlo"}),
])
def test_pronoun_after_a_fronted_participle_is_its_subject(extractor, text, lead, not_lead):
    found = missions(extractor, text)
    assert all("ASI" in agencies(found[name]) for name in lead)
    assert not any("ASI" in agencies(found[name]) for name in not_lead)
