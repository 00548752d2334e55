"""Relation rules through the extractor: agreements, officials, mission participation, events."""

from __future__ import annotations

import pytest
from checked import checked_records


def records(extractor, text, kind=None):
    return checked_records(extractor, text, kind, "rel")


def agreements(extractor, text):
    return records(extractor, text, "agreement")


def agency(extractor, text, agency_id):
    found = [r for r in records(extractor, text, "agency") if r["agency_id"] == agency_id]
    assert found, agency_id
    return found[0]


def mission(extractor, text, name):
    found = [r for r in records(extractor, text, "mission") if r["name"] == name]
    assert found, name
    return found[0]


# ---- agreements ---------------------------------------------------------------------------


def test_signed_mou_en(extractor):
    text = ("Gateway deal\n\nNASA and ESA signed a memorandum of understanding on 12 March 2024 on Gateway. "
            "NASA Administrator Bill Nelson and ESA Director General Josef Aschbacher signed it.\n")
    (agreement,) = agreements(extractor, text)
    assert agreement["kind"] == "mou"
    assert agreement["parties"] == ["ESA", "NASA"]
    assert agreement["subject"] == "Gateway"
    assert (agreement["date"], agreement["date_precision"]) == ("2024-03-12", "day")
    assert agreement["status"] == "signed"
    assert {(s["name"], s["agency_id"]) for s in agreement["signatories"]} == {
        ("Bill Nelson", "NASA"), ("Josef Aschbacher", "ESA")}


def test_signed_mou_fr(extractor):
    text = ("Accord\n\nLe CNES et l'ISRO ont signé un protocole d'accord le 12 mars 2024 à Paris. "
            "Philippe Baptiste, président du CNES, et S. Somanath, président de l'ISRO, ont signé le texte.\n")
    (agreement,) = agreements(extractor, text)
    assert agreement["kind"] == "mou"
    assert agreement["parties"] == ["CNES", "ISRO"]
    assert agreement["date"] == "2024-03-12"
    assert agreement["status"] == "signed"
    assert {(s["name"], s["agency_id"]) for s in agreement["signatories"]} == {
        ("Philippe Baptiste", "CNES"), ("S. Somanath", "ISRO")}


@pytest.mark.parametrize(
    "text",
    [
        "Deal\n\nJAXA did not sign the memorandum of understanding with ESA on 3 May 2023.\n",
        "Accord\n\nLe CNES n'a pas signé l'accord avec la JAXA le 3 mai 2023.\n",
    ],
)
def test_negated_signing_gives_no_agreement(extractor, text):
    assert agreements(extractor, text) == []
    # the agencies are still recorded
    assert len(records(extractor, text, "agency")) == 2


@pytest.mark.parametrize(
    "text, parties, subject",
    [
        ("Deal\n\nNASA and ISRO will sign an agreement on NISAR next year.\n", ["ISRO", "NASA"], "NISAR"),
        ("Accord\n\nLe CNES et la JAXA devraient signer un accord sur MMX en 2025.\n", ["CNES", "JAXA"], "MMX"),
    ],
)
def test_future_signing_is_planned(extractor, text, parties, subject):
    (agreement,) = agreements(extractor, text)
    assert agreement["status"] == "planned"
    assert agreement["parties"] == parties
    assert agreement["subject"] == subject


@pytest.mark.parametrize(
    "text",
    [
        "Talks\n\nNASA and ESA held talks by videoconference about Gateway on 4 April 2023.\n",
        "Talks\n\nLe CNES et la NASA ont tenu une visioconférence sur Mars Sample Return le 4 avril 2023.\n",
        "Talks\n\nJAXA and CNES had discussions on a future agreement about MMX.\n",
    ],
)
def test_talks_are_not_agreements(extractor, text):
    assert agreements(extractor, text) == []


def test_minister_signing_makes_a_country_party(extractor):
    text = ("Minister\n\nLuxembourg's Economy Minister Franz Fayot signed a memorandum of understanding with NASA "
            "on 12 October 2022. LSA was represented.\n")
    (agreement,) = agreements(extractor, text)
    assert agreement["parties"] == ["NASA", "country:LU"]
    assert agreement["signatories"] == [{"name": "Franz Fayot", "agency_id": None}]
    assert agreement["date"] == "2022-10-12"


def test_artemis_accords_signing_en(extractor):
    text = ("Accords\n\nPoland signed the Artemis Accords on 26 October 2021. "
            "NASA Administrator Bill Nelson welcomed Poland.\n")
    (agreement,) = agreements(extractor, text)
    assert agreement["kind"] == "accords"
    assert agreement["subject"] == "Artemis Accords"
    assert agreement["parties"] == ["NASA", "country:PL"]
    assert agreement["date"] == "2021-10-26"


def test_artemis_accords_signing_fr(extractor):
    text = "Accords\n\nLa France a signé les accords Artemis le 7 juin 2022 à Washington, en présence de la NASA.\n"
    (agreement,) = agreements(extractor, text)
    assert agreement["kind"] == "accords"
    assert agreement["subject"] == "Artemis Accords"
    assert "NASA" in agreement["parties"] and "country:FR" in agreement["parties"]


def test_artemis_accords_without_nasa_named(extractor):
    text = "Accords\n\nPoland signed the Artemis Accords on 26 October 2021 in Dubai.\n"
    (agreement,) = agreements(extractor, text)
    assert agreement["parties"] == ["country:PL"]


def test_accords_membership_as_background_is_not_an_agreement(extractor):
    text = ("Background\n\nThe UAE is a signatory of the Artemis Accords. "
            "The UAE Space Agency plans a lunar rover with JAXA.\n")
    assert [a for a in agreements(extractor, text) if a["kind"] == "accords"] == []


@pytest.mark.parametrize(
    "text, contributor, host_lead, subject",
    [
        ("Jupiter\n\nThe SWI instrument was supplied by the DLR for ESA's JUICE probe.\n", "DLR", "ESA", "JUICE"),
        ("Mars\n\nL'instrument SuperCam, fourni par le CNES à la NASA, est à bord de Perseverance.\n", "CNES", "NASA",
         "Perseverance"),
    ],
)
def test_instrument_supplied_is_a_cooperation(extractor, text, contributor, host_lead, subject):
    (agreement,) = agreements(extractor, text)
    assert agreement["kind"] == "cooperation"
    assert agreement["status"] == "ongoing"
    assert agreement["parties"] == sorted([contributor, host_lead])
    assert agreement["subject"] == subject
    assert agreement["date"] is None


# ---- officials ----------------------------------------------------------------------------


def test_officials_en_and_fr(extractor):
    text = ("People\n\nNASA Administrator Bill Nelson met the press. Philippe Baptiste, président du CNES, "
            "était là.\n\nThe European Space Agency approved the plan. Its Director-General, Josef Aschbacher, "
            "spoke.\n")
    out = {r["agency_id"]: r["people"] for r in records(extractor, text, "agency")}
    assert out["NASA"] == [{"name": "Bill Nelson", "role": "Administrator"}]
    assert [p["name"] for p in out["CNES"]] == ["Philippe Baptiste"]
    assert out["CNES"][0]["role"] and out["CNES"][0]["role"].lower() == "president"
    assert out["ESA"] == [{"name": "Josef Aschbacher", "role": "Director-General"}]


def test_person_without_post_is_not_an_official(extractor):
    text = "People\n\nBill Nelson visited Kourou last year. NASA was not involved.\n"
    assert agency(extractor, text, "NASA")["people"] == []


# ---- missions -----------------------------------------------------------------------------


def test_possessive_gives_the_lead_en(extractor):
    record = mission(extractor, "Jupiter\n\nESA's JUICE mission was launched in April 2023.\n", "JUICE")
    assert {"agency_id": "ESA", "role": "lead"} in record["agencies"]
    assert {"event": "launch", "date": "2023-04", "date_precision": "month"} in record["events"]


def test_owner_after_the_mission_fr(extractor):
    text = "Jupiter\n\nLa sonde JUICE de l'ESA a décollé en avril 2023.\n"
    (record,) = records(extractor, text, "mission")
    assert {"agency_id": "ESA", "role": "lead"} in record["agencies"]
    assert {"event": "launch", "date": "2023-04", "date_precision": "month"} in record["events"]


def test_french_alias_does_not_rename_the_mission(extractor):
    text = "Jupiter\n\nLa sonde JUICE de l'ESA a décollé en avril 2023.\n"
    assert [r["name"] for r in records(extractor, text, "mission")] == ["JUICE"]


@pytest.mark.parametrize(
    "text",
    [
        "Jupiter\n\nESA's partners on JUICE are JAXA, NASA and the DLR.\n",
        "Jupiter\n\nLa sonde JUICE de l'ESA a décollé en avril 2023. Les partenaires de l'ESA sur JUICE sont la "
        "JAXA, la NASA et le DLR.\n",
    ],
)
def test_partner_list(extractor, text):
    record = mission(extractor, text, "JUICE")
    ids = {a["agency_id"] for a in record["agencies"]}
    assert ids == {"ESA", "JAXA", "NASA", "DLR"}
    assert {"agency_id": "ESA", "role": "lead"} in record["agencies"]


def test_partner_list_is_not_an_agreement(extractor):
    text = "Moon\n\nFor its Artemis programme, NASA already has partners in ESA, JAXA and CSA.\n"
    assert agreements(extractor, text) == []
    record = mission(extractor, text, "Artemis")
    assert {a["agency_id"] for a in record["agencies"]} == {"NASA", "ESA", "JAXA", "CSA"}


@pytest.mark.parametrize(
    "text",
    [
        "Moon\n\nChina's Chang'e 4 probe, run by CNSA, landed on the far side of the Moon in January 2019.\n",
        "Lune\n\nLa sonde chinoise Chang'e 4 de la CNSA s'est posée sur la face cachée de la Lune en janvier 2019.\n",
    ],
)
def test_landing_event_with_its_date(extractor, text):
    record = mission(extractor, text, "Chang'e 4")
    assert record["events"] == [{"event": "landing", "date": "2019-01", "date_precision": "month"}]
    assert record["agencies"] == [{"agency_id": "CNSA", "role": "lead"}]
    assert record["target"] == "Moon"


def test_future_launch_with_a_date_is_a_planned_event(extractor):
    # the contract keeps planned events with a stated date (GUIDELINES: "Rosalind Franklin launch 2028")
    record = mission(extractor, "Moon\n\nCNSA will launch Chang'e 7 in 2026.\n", "Chang'e 7")
    assert record["events"] == [{"event": "launch", "date": "2026", "date_precision": "year"}]
    assert record["status"] == "planned"
    assert record["kind"] == "spacecraft"


@pytest.mark.parametrize("text", ["Moon\n\nCNSA plans to launch Chang'e 7 one day.\n",
                                  "Lune\n\nLa CNSA prévoit de lancer Chang'e 7 un jour.\n"])
def test_future_launch_without_a_date_is_no_event(extractor, text):
    record = mission(extractor, text, "Chang'e 7")
    assert record["events"] == []
    assert record["status"] == "planned"


def test_instrument_part_of_its_host(extractor):
    text = "Jupiter\n\nThe SWI instrument was supplied by the DLR for ESA's JUICE probe.\n"
    assert mission(extractor, text, "SWI")["part_of"] == "JUICE"
    assert mission(extractor, text, "JUICE")["part_of"] is None
