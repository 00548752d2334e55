"""Mission rules on news-shaped text (issue 11): participation from the text, suppliers, names, events,
status; the failure-kind regression cases that concern missions and linking, asserted field by field."""

from __future__ import annotations

import json

import pytest
from checked import checked_records
from spacerec.evaluation.scoring import evaluate
from spacerec.kb import KnowledgeBase, KnowledgeBaseError
from spacerec.records import normalise_name

MISSION_CASES = ["h12", "k01", "k02", "k06", "k16", "k17", "k19", "k20", "k21", "k22", "k28", "k29", "k30", "k31", "l1",
                 "l2"]


def records(extractor, text, kind=None):
    return checked_records(extractor, text, kind, "news")


def missions(extractor, text):
    return {r["name"]: r for r in records(extractor, text, "mission")}


def roles(record):
    return {(a["agency_id"], a["role"]) for a in record["agencies"]}


# ---- the regression cases ---------------------------------------------------------------------


def _case(cases, prefix: str) -> tuple[str, list[dict]]:
    (name,) = [n for n in cases.names() if n.startswith(prefix + "-")]
    return cases.text(name), cases.gold(name)


@pytest.mark.parametrize("prefix", MISSION_CASES)
def test_mission_case_matches_its_gold(extractor, shared_cases, prefix):
    text, gold = _case(shared_cases, prefix)
    predicted = records(extractor, text)
    kb_names = {}
    from spacerec.kb import default_kb

    kb = default_kb()

    def key(name: str) -> str:
        # compared by KB id first, so a wrong name shows as a name mismatch below, not as a missing record
        entry = kb.mission_by_name(name)
        return entry.id if entry is not None else normalise_name(name)

    assert {r["agency_id"] for r in predicted if r["record_type"] == "agency"} == \
        {r["agency_id"] for r in gold if r["record_type"] == "agency"}
    got = {key(r["name"]): r for r in predicted if r["record_type"] == "mission"}
    want = {key(r["name"]): r for r in gold if r["record_type"] == "mission"}
    assert set(got) == set(want)
    for mission_id, expected in want.items():
        record = got[mission_id]
        kb_names[mission_id] = record["name"]
        assert roles(record) == roles(expected), mission_id
        assert (key(record["part_of"]) if record["part_of"] else None) == \
            (key(expected["part_of"]) if expected["part_of"] else None), mission_id
        assert {(e["event"], e["date"]) for e in record["events"]} == \
            {(e["event"], e["date"]) for e in expected["events"]}, mission_id
        assert record["status"] == expected["status"], mission_id
        assert normalise_name(record["name"]) == normalise_name(expected["name"]), mission_id


# ---- participation from the text ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Budget\n\nJAXA presented its budget on 12 April 2024. Separately, ISRO and CNES work together on the TRISHNA "
    "satellite. The MIRS instrument will equip the MMX probe.\n",
    "Budget\n\nLa JAXA a présenté son budget le 12 avril 2024. Par ailleurs, l'ISRO et le CNES travaillent ensemble "
    "sur le satellite TRISHNA. L'instrument MIRS équipera la sonde MMX.\n",
])
def test_kb_roles_need_the_agency_named_with_the_mission(extractor, text):
    found = missions(extractor, text)
    assert found["MMX"]["agencies"] == []  # JAXA leads MMX in the KB, but the text never ties them
    assert found["MIRS"]["agencies"] == []
    assert roles(found["TRISHNA"]) == {("ISRO", "partner"), ("CNES", "partner")}


@pytest.mark.parametrize("text", [
    "Mars\n\nMMX is a JAXA mission to the moons of Mars.\n",
    "Mars\n\nMMX est une mission de la JAXA vers les lunes de Mars.\n",
])
def test_kb_lead_named_with_the_mission_says_so(extractor, text):
    record = missions(extractor, text)["MMX"]
    assert roles(record) == {("JAXA", "lead")}


def test_record_reason_says_a_kb_default_was_used(extractor):
    text = "Moon\n\nNASA named the crew of Artemis II on Monday.\n"
    record = missions(extractor, text)["Artemis II"]
    assert roles(record) == {("NASA", "lead")}
    assert "knowledge-base default" in record["reason"]
    stated = missions(extractor, "Moon\n\nArtemis II is led by NASA.\n")["Artemis II"]
    assert "reason" not in stated


@pytest.mark.parametrize("text", [
    "Talks\n\nCSA and DLR are negotiating a memorandum of understanding and exploring possible cooperation on "
    "CSA's RADARSAT Constellation Mission.\n",
    "Discussions\n\nL'ASC et le DLR négocient un protocole d'entente et discutent d'une coopération sur la mission "
    "RADARSAT Constellation Mission de l'ASC.\n",
])
def test_negotiating_agencies_are_not_mission_partners(extractor, text):
    record = missions(extractor, text)["RADARSAT Constellation Mission"]
    assert roles(record) == {("CSA", "lead")}


@pytest.mark.parametrize("text", [
    "Giants\n\nNASA and ASI have taken part for years in the Cassini-Huygens and Juno missions.\n",
    "Géantes\n\nLa NASA et l'ASI prennent part depuis des années aux missions Cassini-Huygens et Juno.\n",
])
def test_coordinated_missions_share_their_agencies(extractor, text):
    found = missions(extractor, text)
    for name in ("Cassini-Huygens", "Juno"):
        assert roles(found[name]) == {("NASA", "partner"), ("ASI", "partner")}, name


def test_uncoordinated_mission_does_not_share_the_cue(extractor):
    text = ("Giants\n\nNASA and ASI take part in the Juno mission; the Cassini-Huygens probe ended in 2017.\n")
    found = missions(extractor, text)
    assert ("ASI", "partner") not in roles(found["Cassini-Huygens"])


def test_negated_joining_is_no_participation(extractor):
    text = ("Brésil\n\nLe Brésil n'a pas signé d'accord pour rejoindre la Station internationale de recherche "
            "lunaire (ILRS), le projet porté par la Chine. L'agence spatiale brésilienne (AEB) coopère avec la "
            "CNSA depuis 1988.\n")
    assert ("AEB", "partner") not in roles(missions(extractor, text)["ILRS"])


@pytest.mark.parametrize("text", [
    "Radar\n\nISRO is working with NASA on Nisar, an Earth observation radar satellite.\n",
    "Radar\n\nL'ISRO travaille avec la NASA sur le satellite radar Nisar.\n",
])
def test_working_with_states_partnership(extractor, text):
    assert roles(missions(extractor, text)["NISAR"]) == {("ISRO", "partner"), ("NASA", "partner")}


# ---- suppliers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Rover\n\nMBRSC's small rover will be carried to the Moon by CNSA's Chang'e 7 mission.\n",
    "Rover\n\nLe petit rover du MBRSC sera emporté vers la Lune par la mission Chang'e 7 de la CNSA.\n",
])
def test_a_carried_part_makes_its_owner_a_contributor(extractor, text):
    assert roles(missions(extractor, text)["Chang'e 7"]) == {("CNSA", "lead"), ("MBRSC", "contributor")}


def test_owner_of_the_host_mission_is_not_a_contributor(extractor):
    text = "Rover\n\nCNSA's rover will be carried to the Moon by CNSA's Chang'e 7 mission.\n"
    assert roles(missions(extractor, text)["Chang'e 7"]) == {("CNSA", "lead")}


@pytest.mark.parametrize("text", [
    "Radon\n\nDORN, supplied by CNES, flies aboard Chang'e 6, a CNSA mission.\n",
    "Radon\n\nDORN, fourni par le CNES, vole à bord de Chang'e 6, une mission de la CNSA.\n",
])
def test_instrument_supplier_leads_the_instrument_and_contributes_to_the_host(extractor, text):
    found = missions(extractor, text)
    assert roles(found["DORN"]) == {("CNES", "lead")}
    assert found["DORN"]["part_of"] == "Chang'e 6"
    assert ("CNES", "contributor") in roles(found["Chang'e 6"])


# ---- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Radar\n\nISRO and NASA work together on Nisar.\n", "NISAR"),
    ("Jupiter\n\nL'ESA a lancé la sonde Juice en 2023.\n", "JUICE"),
])
def test_mission_acronym_in_title_case_matches(extractor, text, name):
    assert name in missions(extractor, text)


def test_title_case_word_is_not_an_acronym_at_a_sentence_start_or_before_a_surname(extractor):
    text = "People\n\nJuice was served. The CSA president Lisa Campbell spoke.\n"
    assert missions(extractor, text) == {}


@pytest.mark.parametrize("text", ["Accord\n\nL'Isro et la JAXA ont signé un protocole d'entente.\n",
                                  "Deal\n\nIsro and JAXA signed a memorandum of understanding.\n"])
def test_agency_acronym_in_title_case_matches(extractor, text):
    agencies = {r["agency_id"] for r in records(extractor, text, "agency")}
    assert agencies == {"ISRO", "JAXA"}


@pytest.mark.parametrize("text, alias, canonical", [
    ("Cargo\n\nJAXA's Kounotori cargo ship berthed at the station in May 2020.\n", "Kounotori", "HTV"),
    ("Moon\n\nNASA's LOP-G will orbit the Moon.\n", "LOP-G", "Gateway"),
])
def test_alias_is_written_with_the_canonical_name(extractor, text, alias, canonical):
    found = missions(extractor, text)
    assert canonical in found and alias not in found


def test_part_of_uses_the_canonical_name(extractor):
    text = "Moon\n\nNASA's LOP-G is part of the Artemis programme, and the HALO module will be part of LOP-G.\n"
    found = missions(extractor, text)
    assert found["HALO"]["part_of"] == "Gateway"


@pytest.mark.parametrize("text, name", [
    ("Navigation\n\nKorea is building the Korea Positioning System (KPS), a regional satellite navigation "
     "system.\n", "KPS"),
    ("Observation\n\nL'Agence spatiale philippine (PhilSA) développe le satellite d'observation de la Terre MULA. "
     "Il doit surveiller les cultures.\n", "MULA"),
    ("Observation\n\nLe CNES prépare le programme Kalam pour 2030.\n", "Kalam"),
    ("Observation\n\nKenya plans the Taifa satellite constellation.\n", "Taifa"),
])
def test_named_programme_the_kb_lacks_is_found_from_its_marker(extractor, text, name):
    assert name in missions(extractor, text)


def test_kb_less_satellite_takes_its_developer_as_lead_and_planned_status(extractor):
    text = ("Observation\n\nL'Agence spatiale philippine (PhilSA) développe le satellite d'observation de la Terre "
            "MULA. Il doit surveiller les cultures.\n")
    record = missions(extractor, text)["MULA"]
    assert roles(record) == {("PHILSA", "lead")}
    assert record["status"] == "planned"


@pytest.mark.parametrize("text", [
    "Industry\n\nThe Kenya Space Agency (KSA) has joined the Satellite Industry Association (SIA) as an observer.\n",
    "Industrie\n\nL'Agence spatiale du Kenya (KSA) a rejoint l'Association de l'industrie des satellites (AIS).\n",
])
def test_association_is_never_a_mission(extractor, text):
    assert missions(extractor, text) == {}


@pytest.mark.parametrize("text", [
    "Neighbours\n\nThe Brazilian Space Agency will cooperate with Latin American space agencies on data.\n",
    "Voisins\n\nL'Agence spatiale brésilienne coopérera avec les agences européennes sur les données.\n",
])
def test_generic_plural_is_never_an_agency(extractor, text):
    assert {r["agency_id"] for r in records(extractor, text, "agency")} == {"AEB"}


@pytest.mark.parametrize("text, agencies", [
    ("Two\n\nThe Russian and Chinese space agencies signed a memorandum of understanding.\n", {"ROSCOSMOS", "CNSA"}),
    ("Deux\n\nLes agences spatiales russe et chinoise ont signé un protocole d'entente.\n", {"ROSCOSMOS", "CNSA"}),
])
def test_coordinated_plural_names_each_agency(extractor, text, agencies):
    assert {r["agency_id"] for r in records(extractor, text, "agency")} == agencies


@pytest.mark.parametrize("text", ["Probe\n\nESA's JUICE probe flies to Jupiter.\n",
                                  "Probe\n\nESA’s JUICE probe flies to Jupiter.\n"])
def test_possessive_is_not_part_of_the_mention(extractor, text):
    (esa,) = [r for r in records(extractor, text, "agency") if r["agency_id"] == "ESA"]
    assert esa["mentions"] == ["ESA"]
    assert roles(missions(extractor, text)["JUICE"]) == {("ESA", "lead")}


# ---- events and status --------------------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Venus\n\nISRO will launch its Shukrayaan-1 probe in 2028.\n", "Shukrayaan-1"),
    ("Vénus\n\nL'ISRO lancera sa sonde Shukrayaan-1 en 2028.\n", "Shukrayaan-1"),
    ("Vénus\n\nLa sonde Shukrayaan-1 de l'ISRO sera lancée en 2028.\n", "Shukrayaan-1"),
    ("Venus\n\nISRO's Shukrayaan-1 is expected to launch in 2028.\n", "Shukrayaan-1"),
])
def test_planned_launch_from_a_verb(extractor, text, name):
    record = missions(extractor, text)[name]
    assert record["events"] == [{"event": "launch", "date": "2028", "date_precision": "year"}]
    assert record["status"] == "planned"


@pytest.mark.parametrize("text", [
    "Moon\n\nCNSA's Chang'e 5 probe, launched on 23 November 2020, landed on the Moon on 1 December 2020 and "
    "brought samples back to Earth on 16 December 2020.\n",
    "Lune\n\nLa sonde Chang'e 5 de la CNSA, lancée le 23 novembre 2020, s'est posée sur la Lune le 1er décembre 2020 "
    "puis a rapporté des échantillons sur Terre le 16 décembre 2020.\n",
])
def test_each_event_keeps_its_own_date(extractor, text):
    record = missions(extractor, text)["Chang'e 5"]
    assert {(e["event"], e["date"]) for e in record["events"]} == {
        ("launch", "2020-11-23"), ("landing", "2020-12-01"), ("sample_return", "2020-12-16")}
    assert record["status"] == "completed"


@pytest.mark.parametrize("text", [
    "Bennu\n\nNASA's OSIRIS-REx probe collected material from asteroid Bennu. The spacecraft returned its samples to "
    "Earth on 24 September 2023.\n",
    "Bennu\n\nLa sonde OSIRIS-REx de la NASA a prélevé des fragments de l'astéroïde Bennu. La sonde a rapporté ses "
    "échantillons sur Terre le 24 septembre 2023.\n",
])
def test_event_of_the_mission_named_before(extractor, text):
    record = missions(extractor, text)["OSIRIS-REx"]
    assert ("sample_return", "2023-09-24") in {(e["event"], e["date"]) for e in record["events"]}


def test_anaphora_without_a_mission_before_gives_no_event(extractor):
    text = "Bennu\n\nNASA spoke on Monday. The spacecraft returned its samples on 24 September 2023.\n"
    assert missions(extractor, text) == {}


@pytest.mark.parametrize("text", [
    "Moon\n\nNASA's Artemis programme will send astronauts to the Moon in 2026; its first test flight was "
    "completed in 2022.\n",
    "Lune\n\nLe programme Artemis de la NASA enverra des astronautes sur la Lune en 2026 ; son premier vol d'essai "
    "s'est achevé en 2022.\n",
])
def test_programme_with_a_flight_ahead_is_never_completed(extractor, text):
    assert missions(extractor, text)["Artemis"]["status"] != "completed"


@pytest.mark.parametrize("text, status", [
    ("Mars\n\nESA's Mars Express is currently orbiting Mars.\n", "active"),
    ("Mars\n\nLa sonde Mars Express de l'ESA étudie actuellement Mars.\n", "active"),
    ("Mars\n\nESA's Mars Express looks at Mars.\n", None),
    ("Mars\n\nLa sonde Mars Express de l'ESA regarde Mars.\n", None),
])
def test_status_from_cue_words_else_null(extractor, text, status):
    assert missions(extractor, text)["Mars Express"]["status"] == status


# ---- evaluation of status -----------------------------------------------------------------------


def _mission(doc, name, status):
    return {"schema_version": "1", "record_type": "mission", "doc_id": doc, "id": name, "name": name,
            "kind": "spacecraft", "agencies": [], "part_of": None, "target": None, "status": status,
            "events": [], "evidence": []}


def test_eval_scores_mission_status_outside_the_macro():
    gold = [_mission("d", "Hope", "active"), _mission("d", "Juno", None), _mission("d", "MMX", "planned")]
    pred = [_mission("d", "Hope", "active"), _mission("d", "Juno", "completed"), _mission("d", "MMX", None)]
    result = evaluate(gold, pred)
    score = result.metrics["mission_status"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)
    unchanged = evaluate(gold, [dict(r, status=None) for r in pred])
    assert unchanged.macro_f1 == result.macro_f1  # status is reported, not averaged


# ---- the knowledge base -------------------------------------------------------------------------

LISTED = ["KASA", "UKSA", "ASI", "AEB", "CONAE", "SUPARCO", "PHILSA", "TUA", "ASAL", "AEM", "ASES", "ABAE", "RSA",
          "ISA", "LSA", "UAESA", "SANSA", "NSAU", "POLSA", "ASA", "EGSA", "KSA", "AEE", "AFSA", "CRTS"]


def test_kb_has_sixty_agencies_with_english_and_french_names(shipped_kb):
    assert len(shipped_kb.agencies) >= 60
    for agency_id in LISTED:
        agency = shipped_kb.agencies[agency_id]
        assert agency.names["en"] or agency.canonical_name, agency_id
        assert agency.names["fr"], agency_id
    assert [c.id for c in shipped_kb.lookup("KenSA") if c.label == "AGENCY"] == ["KSA"]


@pytest.mark.parametrize("name, lang, code", [
    ("Morocco", "en", "MA"), ("Maroc", "fr", "MA"), ("Tunisia", "en", "TN"), ("Tunisie", "fr", "TN"),
    ("Côte d'Ivoire", "fr", "CI"), ("Corée du Sud", "fr", "KR"), ("Tchad", "fr", "TD"),
])
def test_every_country_in_both_languages(shipped_kb, name, lang, code):
    assert shipped_kb.country_code(name, lang) == code


@pytest.mark.parametrize("word, lang, code", [("Moroccan", "en", "MA"), ("marocaine", "fr", "MA"),
                                              ("tunisiens", "fr", "TN"), ("Tunisian", "en", "TN")])
def test_country_adjectives(shipped_kb, word, lang, code):
    assert shipped_kb.country_for_adjective(word, lang) == code


def test_names_that_are_first_names_or_territories_are_not_countries(shipped_kb):
    assert shipped_kb.country_code("Chad", "en") is None  # a first name; "Tchad" and "Republic of Chad" stay
    assert shipped_kb.country_code("Guyane française", "fr") is None  # a territory, not a party


def test_government_of_a_country_without_agency_is_a_party(extractor):
    text = ("Accord\n\nLe Maroc et la Tunisie ont signé un accord de coopération spatiale le 3 mars 2024 à Rabat.\n")
    parties = {p for r in records(extractor, text, "agreement") for p in r["parties"]}
    assert {"country:MA", "country:TN"} <= parties


def test_adding_an_agency_refreshes_derived_tables():
    kb = KnowledgeBase.from_records()
    assert kb.agency_for_adjective("Ruritanian", "en") is None
    kb.add_agency({"id": "RSX", "canonical_name": "Ruritanian Space Agency", "country": "RU",
                   "adjectives": {"en": ["Ruritanian"], "fr": ["ruritanien"]},
                   "country_names": {"en": ["Ruritania"], "fr": ["Ruritanie"]}})
    assert kb.agency_for_adjective("Ruritanian", "en").id == "RSX"
    assert kb.agency_for_country("Ruritanie", "fr").id == "RSX"


def test_linker_follows_a_kb_that_grew(shipped_nlps):
    nlp = shipped_nlps["en"]
    linker = nlp.get_pipe("spacerec_mentions")
    kb = KnowledgeBase.from_records()
    linker.kb = kb
    try:
        before = nlp("Zorbex signed.")
        assert [s.label_ for s in before.spans["sr_mentions"]] == []
        kb.add_agency({"id": "ZSA", "canonical_name": "Zorbex", "country": None, "acronyms": ["ZSA"]})
        after = nlp("Zorbex signed.")
        assert [s.kb_id_ for s in after.spans["sr_mentions"]] == ["ZSA"]
    finally:
        from spacerec.kb import default_kb

        linker.kb = default_kb()


@pytest.mark.parametrize("line, message", [
    ({"id": "XSA", "canonical_name": "X Space Agency", "country": "France"}, "country"),
    ({"id": "XSA", "canonical_name": "X Space Agency", "colour": "red"}, "colour"),
])
def test_kb_schema_error_names_file_line_and_field(tmp_path, line, message):
    (tmp_path / "agencies.jsonl").write_text(
        json.dumps({"id": "YSA", "canonical_name": "Y"}) + "\n" + json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"agencies\.jsonl:2:") as info:
        KnowledgeBase.from_dir(tmp_path, library_countries=False)
    assert message in str(info.value)


def test_mission_rule_files_have_every_key_in_both_languages():
    from spacerec.relations.missions import REQUIRED, rules

    for lang in ("en", "fr"):
        data = rules(lang)
        assert set(REQUIRED) <= set(data)
        assert all(data[key] for key in REQUIRED)


@pytest.mark.parametrize("text", [
    "Egypt\n\nThe Egyptian Space Agency (EgSA) has grown fast. It is preparing the MisrSat-2 satellite with "
    "Chinese help.\n",
    "Égypte\n\nL'Agence spatiale égyptienne (EgSA) a grandi vite. Elle prépare le satellite MisrSat-2 avec "
    "l'aide de la Chine.\n",
])
def test_agency_pronoun_opening_a_sentence(extractor, text):
    assert ("EGSA", "lead") in roles(missions(extractor, text)["MisrSat-2"])


def test_pronoun_without_an_agency_subject_before_gives_nothing(extractor):
    text = "Égypte\n\nLe désert est vaste. Elle prépare le satellite MisrSat-2 avec l'aide de la Chine.\n"
    assert missions(extractor, text)["MisrSat-2"]["agencies"] == []


@pytest.mark.parametrize("text", [
    "Orion\n\nESA provides the service module of NASA's Orion capsule.\n",
    "Orion\n\nL'ESA fournit le module de service de la capsule Orion de la NASA.\n",
])
def test_active_supply_verb_makes_a_contributor(extractor, text):
    assert roles(missions(extractor, text)["Orion"]) == {("NASA", "lead"), ("ESA", "contributor")}


@pytest.mark.parametrize("text", [
    "Payloads\n\nDORN, supplied by CNES, measures radon, and INRRI, a retroreflector provided by ASI, serves as a "
    "target.\n",
    "Charges\n\nDORN, fourni par le CNES, mesure le radon, et INRRI, un rétroréflecteur fourni par l'ASI, sert de "
    "cible.\n",
])
def test_supplied_by_applies_to_the_part_named_before(extractor, text):
    found = missions(extractor, text)
    assert roles(found["DORN"]) == {("CNES", "lead")}
    assert roles(found["INRRI"]) == {("ASI", "lead")}


def test_all_capitals_sat_name_is_a_mission(extractor):
    text = "Rwanda\n\nRwanda's first satellite, RWASAT-1, was released in 2019. The Rwanda Space Agency (RSA) ...\n"
    assert "RWASAT-1" in missions(extractor, text)
