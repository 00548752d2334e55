"""Named instruments an agency supplies (issue 11, session 6): the instrument is found after its descriptor, the
supplier leads it, it belongs to the craft it is supplied for, the supplier contributes to that craft and the
cooperation names both sides; each rule in English and French, positive and negative."""

from __future__ import annotations

import pytest
from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


def agencies(record):
    return {a["agency_id"]: a["role"] for a in record["agencies"]}


def cooperations(extractor, text):
    return {(tuple(r["parties"]), r["subject"]) for r in checked_records(extractor, text, "agreement", "news")
            if r["kind"] == "cooperation"}


# ---- active supply of a named instrument: descriptor, apposition, counted list --------------------------------

@pytest.mark.parametrize("text, part", [
    ("Juice\n\nThe Juice probe of ESA reached orbit. NASA supplied KORA, the ultraviolet imaging spectrometer.\n",
     "KORA"),
    ("Juice\n\nLa sonde Juice de l'ESA est en orbite. La NASA a fourni le spectromètre d'imagerie ultraviolette "
     "KORA.\n", "KORA"),
    ("Juice\n\nLa sonde Juice de l'ESA est en orbite. La NASA fournit une caméra ultraviolette compacte, KORA.\n",
     "KORA"),
])
def test_supplied_instrument_is_led_by_supplier_and_carried_by_host(extractor, text, part):
    found = missions(extractor, text)
    assert agencies(found[part]) == {"NASA": "lead"}
    assert found[part]["part_of"] == "JUICE"
    assert agencies(found["JUICE"]).get("NASA") == "contributor"
    assert (("ESA", "NASA"), "JUICE") in cooperations(extractor, text)


@pytest.mark.parametrize("text", [
    "Juice\n\nLa sonde Juice de l'ESA est en orbite. La NASA en a fourni deux, le spectromètre ultraviolet Kora, "
    "l'instrument micro-ondes VELA et le capteur de particules TUMI.\n",
    "Juice\n\nThe Juice probe of ESA reached orbit. NASA supplied two of them, the ultraviolet spectrometer KORA, "
    "the microwave radar VELA and the particle sensor TUMI.\n",
])
def test_counted_list_of_supplied_instruments(extractor, text):
    found = missions(extractor, text)
    for part in ("VELA", "TUMI"):
        assert agencies(found[part]) == {"NASA": "lead"}
        assert found[part]["part_of"] == "JUICE"


@pytest.mark.parametrize("text", [
    # the name after "of"/"d'" is the host, not the part: no instrument record, ESA contributes to Orion
    "Orion\n\nESA provides the propulsion module of the Orion spacecraft for the flight.\n",
    "Orion\n\nL'ESA fournit le module de propulsion de la capsule Orion pour le vol.\n",
])
def test_a_complement_names_the_host_not_a_supplied_part(extractor, text):
    found = missions(extractor, text)
    assert set(found) == {"Orion"}
    assert agencies(found["Orion"]).get("ESA") == "contributor"


# ---- passive supply: "le radar X, fourni par", "the sensor X, supplied by" -------------------------------------

@pytest.mark.parametrize("text", [
    "Juice\n\nThe Juice probe of ESA reached orbit. On board, the particle sensor TUMI, supplied by NASA, "
    "counts ions.\n",
    "Juice\n\nLa sonde Juice de l'ESA est en orbite. À bord, le capteur de particules TUMI, fourni par la NASA, "
    "compte les ions.\n",
])
def test_passively_supplied_instrument_belongs_to_the_craft_named_before(extractor, text):
    found = missions(extractor, text)
    assert agencies(found["TUMI"]) == {"NASA": "lead"}
    assert found["TUMI"]["part_of"] == "JUICE"
    assert agencies(found["JUICE"]).get("NASA") == "contributor"


@pytest.mark.parametrize("text, part, expected, host", [
    # supplied, but no craft named: no host
    ("Sensors\n\nThe particle sensor TUMI, supplied by NASA, counts ions in the laboratory.\n",
     "TUMI", {"NASA": "lead"}, None),
    ("Capteurs\n\nLe capteur de particules TUMI, fourni par la NASA, compte les ions en laboratoire.\n",
     "TUMI", {"NASA": "lead"}, None),
    # named with a craft, but nobody supplies it: no agency, no host from a supply
    ("Juice\n\nThe Juice probe of ESA reached orbit. Engineers tested KORA, the ultraviolet imaging spectrometer.\n",
     "KORA", {}, None),
    ("Juice\n\nLa sonde Juice de l'ESA est en orbite. Les ingénieurs ont testé le spectromètre ultraviolet KORA.\n",
     "KORA", {}, None),
])
def test_instrument_without_supplier_or_craft(extractor, text, part, expected, host):
    found = missions(extractor, text)
    assert agencies(found[part]) == expected
    assert found[part]["part_of"] == host


# ---- the customer of a build is the lead: "built for ESA by Airbus", "construit pour l'ESA" -------------------

@pytest.mark.parametrize("text", [
    "Kestrel\n\nThe Kestrel-1 satellite was built for ESA by Airbus and reached orbit in May.\n",
    "Kestrel\n\nLe satellite Kestrel-1 a été construit pour l'ESA par Airbus et a atteint son orbite en mai.\n",
    "Kestrel\n\nLe satellite Kestrel-1, développé pour l'Agence spatiale européenne par Airbus, est en orbite.\n",
])
def test_the_customer_of_a_build_leads_the_mission(extractor, text):
    assert agencies(missions(extractor, text)["Kestrel-1"]) == {"ESA": "lead"}


@pytest.mark.parametrize("text", [
    "Kestrel\n\nThe Kestrel-1 satellite was built for NASA's science teams by Airbus.\n",
    "Kestrel\n\nLe satellite Kestrel-1 a été construit pour les équipes scientifiques de la NASA par Airbus.\n",
])
def test_a_possessive_or_distant_agency_after_built_for_is_no_customer(extractor, text):
    assert agencies(missions(extractor, text)["Kestrel-1"]) == {}


# ---- supply verbs with an adverb or a semi-auxiliary: "agreed to provide", "fournira notamment", "doit fournir" --

@pytest.mark.parametrize("text, agency", [
    ("Gateway\n\nNASA's Gateway will orbit the Moon. JAXA signed the memorandum. Japan agreed to provide batteries "
     "for the station.\n", "JAXA"),
    ("Gateway\n\nLa station lunaire Gateway de la NASA orbitera la Lune. La JAXA a signé. Le Japon fournira "
     "notamment des batteries pour la station.\n", "JAXA"),
    ("Gateway\n\nLa station lunaire Gateway de la NASA orbitera la Lune. L'ESA doit fournir des modules à la "
     "station Gateway.\n", "ESA"),
])
def test_supply_verb_with_adverb_or_modal_makes_a_contributor(extractor, text, agency):
    assert agencies(missions(extractor, text)["Gateway"]).get(agency) == "contributor"


@pytest.mark.parametrize("text", [
    # the country's agency is not named in the article: the country is no agency
    "Gateway\n\nNASA's Gateway will orbit the Moon. Japan agreed to provide batteries for the station.\n",
    "Gateway\n\nLa station lunaire Gateway de la NASA orbitera la Lune. Le Japon fournira notamment des batteries "
    "pour la station.\n",
])
def test_supply_by_a_country_whose_agency_is_not_named_gives_no_role(extractor, text):
    assert agencies(missions(extractor, text)["Gateway"]) == {"NASA": "lead"}


# ---- a part that two agencies build together is one supplier: one multi-party cooperation ---------------------

@pytest.mark.parametrize("text", [
    "MMX\n\nJAXA's MMX probe will leave in 2026. It will carry the IDEFIX rover, designed by CNES and DLR.\n",
    "MMX\n\nLa sonde MMX de la JAXA partira en 2026. Elle emportera le rover IDEFIX, conçu par le CNES et le DLR.\n",
])
def test_part_built_jointly_is_one_multi_party_cooperation(extractor, text):
    assert cooperations(extractor, text) == {(("CNES", "DLR", "JAXA"), "MMX")}


@pytest.mark.parametrize("text", [
    "MMX\n\nJAXA's MMX probe will leave in 2026. It will carry the IDEFIX rover, designed by CNES with care.\n",
    "MMX\n\nLa sonde MMX de la JAXA partira en 2026. Elle emportera le rover IDEFIX, conçu par le CNES avec soin.\n",
])
def test_part_built_by_one_agency_is_a_pair(extractor, text):
    assert cooperations(extractor, text) == {(("CNES", "JAXA"), "MMX")}
