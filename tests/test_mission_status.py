"""Mission status from the text's tense and cue words (issue #11 item 4), in both languages.

Each cue kind of rules/status_{en,fr}.json has a positive sentence and a negative one (negated, conditional, a
past plan, or another mission's cue); every regression case's mission statuses and the seed's are asserted against
their gold (skipped when the workspace's cases and seed are absent).
"""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.relations.lexicon import RuleFileError
from spacerec.relations.missions.status_rules import _group, status_rules


def _status(extractor, text: str, name: str) -> str | None:
    missions = {r["name"]: r for r in checked_records(extractor, text, "mission")}
    assert name in missions, sorted(missions)
    return missions[name]["status"]


@pytest.mark.parametrize(("text", "name", "want"), [
    # completed: an end, a return, an achievement noun
    ("Megha-Tropiques, launched in 2011, was deorbited in March 2023.", "Megha-Tropiques", "completed"),
    ("Megha-Tropiques, lancé en 2011, a été désorbité en mars 2023.", "Megha-Tropiques", "completed"),
    ("After the success of ISRO's Chandrayaan-3, India and France met in Paris.", "Chandrayaan-3", "completed"),
    ("Après la réussite de Chandrayaan-3, l'ISRO a rencontré le CNES à Paris.", "Chandrayaan-3", "completed"),
    ("China's Chang'e 5 brought back samples of the Moon in December 2020.", "Chang'e 5", "completed"),
    # active: operation and present participation
    ("SARAL, in orbit since 2013, is operated by ISRO and CNES.", "SARAL", "active"),
    ("SARAL est en service depuis 2013 et l'ISRO l'exploite avec le CNES.", "SARAL", "active"),
    ("Five agencies are involved in the International Space Station.", "ISS", "active"),
    ("L'ASE participe à la Station spatiale internationale depuis 1998.", "ISS", "active"),
    ("L'ASE est pourtant engagée dans le programme Artemis de la NASA.", "Artemis", "active"),
    # planned: plan verbs and nouns, development, future launch, purpose of a programme
    ("The Chinese agenda envisages an International Lunar Research Station (ILRS).", "ILRS", "planned"),
    ("Le Japon prévoit d'envoyer le Lunar Cruiser sur la Lune.", "Lunar Cruiser", "planned"),
    ("NASA's Space Launch System is also under development.", "Space Launch System", "planned"),
    ("L'ISRO lancera Shukrayaan-1 en 2028.", "Shukrayaan-1", "planned"),
    ("LUPEX, the Lunar Polar Exploration mission of JAXA and ISRO, is to land near the pole.", "LUPEX", "planned"),
    ("Les accords accompagnent le programme Artemis, par lequel Washington veut ramener des astronautes sur la Lune.",
     "Artemis", "planned"),
])
def test_cue_kind_gives_its_state(extractor, text, name, want):
    assert _status(extractor, text, name) == want


@pytest.mark.parametrize(("text", "name"), [
    # a launch or a landing alone says nothing of the mission now
    ("SVOM lifted off from Xichang on Saturday aboard a Long March 2C.", "SVOM"),
    ("Le satellite SWOT a été lancé ce vendredi depuis la base de Vandenberg.", "SWOT"),
    # negated, conditional or superseded cues
    ("ISRO never announced the success of Chandrayaan-3.", "Chandrayaan-3"),
    ("SARAL n'est plus en service.", "SARAL"),
    ("If funding is found, Europe could envisage a Mars Sample Return mission.", "Mars Sample Return"),
    ("Si le budget le permet, le CNES prévoit de rejoindre Mars Sample Return.", "Mars Sample Return"),
    ("Danuri's mission was planned for one year.", "Danuri"),
    # a step that succeeded is no end of the mission; a plan about its reentry is no plan of the mission
    ("La sonde Tianwen-1 a réussi à déposer son atterrisseur sur Mars.", "Tianwen-1"),
    ("L'observatoire spatial Integral ne sera pas abandonné : sa rentrée dans l'atmosphère est prévue en 2029.",
     "Integral"),
    # what a country achieved, or health checks that "came back", end no mission
    ("That lunar probe, Danuri, shows what Korea has already achieved with American help.", "Danuri"),
    ("After liftoff the first health checks of CFOSAT came back normal.", "CFOSAT"),
    # a bare modal or "its mission is to" says what the mission does, not that it lies ahead
    ("CFOSAT was launched in 2018. Its mission is to measure the wind over the ocean.", "CFOSAT"),
    ("XPoSat doit mesurer la polarisation du rayonnement X.", "XPoSat"),
])
def test_no_cue_or_a_cancelled_cue_leaves_status_null(extractor, text, name):
    assert _status(extractor, text, name) is None


def test_frame_mission_takes_no_cue_of_its_clause(extractor):
    text = "Le Japon prévoit d'envoyer le Lunar Cruiser sur la Lune dans le cadre du programme Artemis."
    assert _status(extractor, text, "Lunar Cruiser") == "planned"
    assert _status(extractor, text, "Artemis") is None
    text = "Japan plans to send the Lunar Cruiser to the Moon as part of NASA's Artemis programme."
    assert _status(extractor, text, "Artemis") is None


def test_aside_in_parentheses_takes_the_cue_it_glosses(extractor):
    text = ("For its Artemis programme to return to the Moon (Gateway station), NASA already has partners in the "
            "European Space Agency.")
    assert _status(extractor, text, "Artemis") == "active"
    assert _status(extractor, text, "Gateway") == "planned"


def test_arrival_verb_does_not_make_a_launched_mission_planned(extractor):
    text = "JUICE was launched in April 2023 on an Ariane 5 rocket. JUICE will arrive at Jupiter in July 2031."
    assert _status(extractor, text, "JUICE") is None


def test_status_reason_names_the_cue_and_why_it_fires(extractor):
    from spacerec.relations.facts import StatusFact
    from spacerec.relations.missions import find_mission_facts

    analysis = extractor.analyse("The Chinese agenda envisages an International Lunar Research Station (ILRS).")
    facts = [f for f in find_mission_facts(analysis) if isinstance(f, StatusFact)]
    assert [f.status for f in facts] == ["planned"]
    assert "'envisages'" in facts[0].reason and "plan" in facts[0].reason


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_status_rule_files_give_every_state_a_reason(lang):
    table = status_rules(lang)
    assert {g.state for g in table.groups} == {"completed", "active", "planned"}
    assert all(g.why.strip() for g in table.groups)


@pytest.mark.parametrize(("group", "message"), [
    ({"kind": "x", "state": "done", "why": "w", "phrases": ["a"]}, "'state' must be one of"),
    ({"kind": "x", "state": "planned", "why": " ", "phrases": ["a"]}, "'why' must say why"),
    ({"kind": "x", "state": "planned", "why": "w", "phrases": []}, "'phrases' must be a non-empty list"),
    ({"kind": "x", "state": "planned", "why": "w", "phrases": ["a"], "extra": 1}, "must be an object"),
    ({"kind": "x", "state": "planned", "why": "w", "phrases": ["a"], "unless_launched": "yes"}, "unless_launched"),
    ({"kind": "x", "state": "active", "why": "w", "phrases": ["a"], "subject_only": 1}, "subject_only"),
])
def test_malformed_cue_group_names_the_file_and_the_fault(group, message):
    with pytest.raises(RuleFileError, match=message) as raised:
        _group("status_en.json", 3, group)
    assert "status_en.json: cues[3]" in str(raised.value)


def _statuses(records: list[dict]) -> dict[str, str | None]:
    return {r["name"]: r["status"] for r in records if r["record_type"] == "mission"}


def test_every_case_mission_status_matches_its_gold(extractor, shared_cases):
    cases = sorted({r["doc_id"] for r in shared_cases.records if r["record_type"] == "mission"})
    assert cases
    wrong = {}
    for case in cases:
        want = _statuses(shared_cases.gold(case))
        got = _statuses(extractor.extract(shared_cases.text(case), case))
        if {n: got.get(n, "missing") for n in want} != want:
            wrong[case] = (want, got)
    assert not wrong


def test_seed_mission_statuses_match_its_gold(extractor, seed_text, seed_gold):
    want = _statuses(seed_gold)
    got = _statuses(extractor.extract(seed_text, "russia-china-moon"))
    assert {n: got.get(n, "missing") for n in want} == want


@pytest.mark.parametrize(("text", "name", "want"), [
    ("The Hubble Space Telescope was launched in April 1990 and still observes from low Earth orbit.",
     "Hubble Space Telescope", "active"),
    ("La sonde Juno de la NASA tourne autour de Jupiter depuis juillet 2016.", "Juno", "active"),
    ("The Hubble Space Telescope will observe the comet next year.", "Hubble Space Telescope", None),
    ("La station lunaire Gateway doit être assemblée autour de la Lune.", "Gateway", "planned"),
])
def test_present_activity_and_assembly_cues(extractor, text, name, want):
    assert _status(extractor, text, name) == want


def test_launcher_named_as_vehicle_takes_no_status_cue(extractor):
    text = "ESA's PLATO will launch in 2026 on an Ariane 6 rocket."
    assert _status(extractor, text, "PLATO") == "planned"
    assert _status(extractor, text, "Ariane 6") is None
    text = "Le satellite SMILE est prêt. Le satellite doit être lancé par une fusée Vega-C depuis Kourou."
    assert _status(extractor, text, "SMILE") == "planned"
    assert _status(extractor, text, "Vega-C") is None


def test_part_of_a_planned_mission_is_planned_unless_its_host_has_launched(extractor):
    text = "Japan plans to launch MMX in 2026. MMX carries MEGANE, a spectrometer supplied by NASA."
    assert _status(extractor, text, "MMX") == "planned"
    assert _status(extractor, text, "MEGANE") == "planned"
    text = ("MMX was launched in 2026 on an H3 rocket. MMX carries MEGANE, a spectrometer supplied by NASA. "
            "MMX will arrive at Phobos in 2027.")
    assert _status(extractor, text, "MEGANE") is None


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Docking with the International Space Station is planned for tomorrow.", "ISS", None),
    ("Shukrayaan-1 will be the first Indian probe to orbit Venus.", "Shukrayaan-1", "planned"),
    ("BepiColombo, launched in 2018, will be the first mission to place two orbiters around Mercury.",
     "BepiColombo", None),
])
def test_a_plan_of_another_event_or_a_launched_mission_first_is_no_plan(extractor, text, name, want):
    assert _status(extractor, text, name) == want


def test_a_future_end_is_no_completion(extractor):
    text = "JUICE is due to reach Jupiter in 2031 and, at the end of its mission in 2034, to orbit Ganymede."
    assert _status(extractor, text, "JUICE") != "completed"


# --- session 5: scope of a cue (the cue must be about the mission) and the cues that were missed ---------------------

@pytest.mark.parametrize(("text", "name", "want"), [
    # a line break ends a cue's scope: a sidebar's "lancement prévu" is the planned mission's alone
    ("REPÈRES\n• 9 octobre 2009 : impact de LCROSS dans le cratère Cabeus.\n• 2026 : lancement prévu de Chang'e 7.",
     "LCROSS", None),
    ("REPÈRES\n• 9 octobre 2009 : impact de LCROSS dans le cratère Cabeus.\n• 2026 : lancement prévu de Chang'e 7.",
     "Chang'e 7", "planned"),
    ("Timeline\n- 2009: LCROSS impact in Cabeus crater.\n- 2026: planned launch of Chang'e 7.", "LCROSS", None),
    ("Timeline\n- 2009: LCROSS impact in Cabeus crater.\n- 2026: planned launch of Chang'e 7.", "Chang'e 7", "planned"),
    # a clause with a new subject ("..., and a network ... is due to fly") does not speak of the mission before it
    ("The institute supplied sensors for NASA's Curiosity rover on Mars, and a lunar network developed by Nokia is "
     "due to fly on an upcoming Moon landing.", "Curiosity", None),
    ("L'institut a fourni des capteurs au rover Curiosity de la NASA, et un réseau lunaire conçu par Nokia doit "
     "partir sur un prochain atterrissage.", "Curiosity", None),
    ("NASA's Curiosity rover, which landed in 2012, is still operating in Gale crater.", "Curiosity", "active"),
    ("Le rover Curiosity de la NASA, posé en 2012, est toujours en activité dans le cratère Gale.", "Curiosity",
     "active"),
])
def test_a_cue_speaks_only_of_the_mission_of_its_scope(extractor, text, name, want):
    assert _status(extractor, text, name) == want


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("China's Chang'e 6 aimed at another target, the Apollo basin on the far side, but it brought back samples on "
     "25 June 2024.", "Chang'e 6", "Apollo"),
    ("Sa sonde Chang'e 6 a visé un autre objectif, le bassin Apollo sur la face cachée, mais elle a rapporté des "
     "échantillons le 25 juin 2024.", "Chang'e 6", "Apollo"),
])
def test_a_pronoun_led_clause_speaks_of_the_sentence_subject(extractor, text, subject, other):
    records = {r["name"]: r for r in checked_records(extractor, text, "mission")}
    assert records[subject]["status"] == "completed"
    assert other not in records or records[other]["status"] is None


@pytest.mark.parametrize(("text", "lang"), [
    ("The LUPEX mission of JAXA and ISRO will pair an Indian lander with a Japanese rover; it must fly on the "
     "Japanese H3 rocket.", "en"),
    ("La mission LUPEX de la JAXA et de l'ISRO associera un atterrisseur indien et un rover japonais ; elle doit "
     "décoller sur la fusée japonaise H3.", "fr"),
])
def test_a_pronoun_s_flight_on_a_launcher_is_not_the_launcher_s(extractor, text, lang):
    assert _status(extractor, text, "LUPEX") == "planned"
    assert _status(extractor, text, "H3") is None


def test_the_launcher_itself_keeps_its_own_future_flight(extractor):
    assert _status(extractor, "Japan's H3 rocket will fly for the first time next year.", "H3") == "planned"
    assert _status(extractor, "La fusée japonaise H3 doit décoller l'an prochain.", "H3") == "planned"


@pytest.mark.parametrize(("text", "want"), [
    ("NASA targets the south pole as part of its Artemis programme, which will return astronauts to the Moon.",
     "planned"),
    ("La NASA vise le pôle Sud dans le cadre de son programme Artemis, qui doit ramener des astronautes sur la Lune.",
     "planned"),
    ("NASA plans to land near the south pole as part of its Artemis programme.", None),
    ("La NASA prévoit de se poser près du pôle Sud dans le cadre de son programme Artemis.", None),
])
def test_a_frame_mission_takes_the_cues_of_its_own_relative_clause(extractor, text, want):
    assert _status(extractor, text, "Artemis") == want


@pytest.mark.parametrize(("text", "name", "want"), [
    # the end of a launcher's "mission" is the end of one flight
    ("Ariane 6 made its maiden flight on 9 July 2024, with an end of mission that went wrong.", "Ariane 6", None),
    ("Ariane 6 avait fait son vol inaugural le 9 juillet 2024, avec une fin de mission un peu ratée.", "Ariane 6",
     None),
    ("The end of mission of Gaia came on 27 March 2025, when ESA switched it off.", "Gaia", "completed"),
    ("La fin de mission de Gaia est intervenue le 27 mars 2025.", "Gaia", "completed"),
    # "completed" after a work step is that step's, not the mission's
    ("2022 – MARSIS software upgrade completed.", "MARSIS", None),
    ("2022 – mise à jour du logiciel de MARSIS terminée.", "MARSIS", None),
    ("Rosetta completed its mission on 30 September 2016.", "Rosetta", "completed"),
    ("La mission Rosetta s'est terminée le 30 septembre 2016 : Rosetta est terminée.", "Rosetta", "completed"),
])
def test_an_end_word_about_something_else_is_no_completion(extractor, text, name, want):
    assert _status(extractor, text, name) == want


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Fiche mission : Rosetta\n\nLanceur : Ariane 5\nStatut : mission terminée\n", "Rosetta", "completed"),
    ("Fiche mission : Rosetta\n\nLanceur : Ariane 5\nStatut : mission terminée\n", "Ariane 5", None),
    ("Mission fact sheet: Rosetta\n\nLauncher: Ariane 5\nStatus: mission completed\n", "Rosetta", "completed"),
    ("Mission fact sheet: Rosetta\n\nLauncher: Ariane 5\nStatus: mission completed\n", "Ariane 5", None),
])
def test_a_fact_sheet_status_line_speaks_of_the_page_s_mission(extractor, text, name, want):
    assert _status(extractor, text, name) == want


@pytest.mark.parametrize(("text", "name", "want"), [
    # present-tense operation, with an adverb inside the cue
    ("Mars Express shares the sky with several NASA orbiters.", "Mars Express", "active"),
    ("Mars Express partage le ciel avec plusieurs orbiteurs de la NASA.", "Mars Express", "active"),
    ("Hope is still studying the Martian atmosphere.", "Hope", "active"),
    ("SARAL continue aujourd'hui de transmettre ses mesures.", "SARAL", "active"),
    ("HRSC – nominal.", "HRSC", "active"),
    ("HRSC – nominale.", "HRSC", "active"),
    ("The nominal mission of HRSC lasted two years.", "HRSC", None),
    ("La mission nominale de HRSC a duré deux ans.", "HRSC", None),
    # losses and ends
    ("Beagle 2 is therefore counted as lost.", "Beagle 2", "completed"),
    ("Beagle 2 is not counted as lost.", "Beagle 2", None),
    ("L'atterrisseur Vikram de l'ISRO ne s'est jamais réveillé.", "Vikram", "completed"),
    ("L'atterrisseur Vikram de l'ISRO s'est réveillé après la nuit lunaire.", "Vikram", None),
    ("Le 9 octobre 2009, la NASA a précipité sa sonde LCROSS dans le cratère Cabeus.", "LCROSS", "completed"),
    ("Dawn studied Ceres until it ran out of fuel in 2018.", "Dawn", "completed"),
    # plans: a test ahead, an aim
    ("La CNSA prépare Chang'e 7, puis Chang'e 8, qui doit tester l'usage des ressources locales.", "Chang'e 8",
     "planned"),
    ("CNSA is preparing Chang'e 7, then Chang'e 8, which will test the use of local resources.", "Chang'e 8",
     "planned"),
    ("Chang'e 8 a testé l'usage des ressources locales.", "Chang'e 8", None),
    ("Quant à la NASA, elle vise le pôle Sud pour l'alunissage d'Artemis III.", "Artemis III", "planned"),
])
def test_missed_cues_of_operation_loss_and_plan(extractor, text, name, want):
    assert _status(extractor, text, name) == want


def test_cue_phrases_take_an_adverb_after_their_first_word():
    assert status_rules("en").groups[0].regex is not None
    operation = next(g for g in status_rules("fr").groups if g.kind == "operation")
    assert operation.regex.search("les deux satellites sont déjà en orbite")
    assert not operation.regex.search("les deux satellites sont bien loin en orbite")


@pytest.mark.parametrize(("key", "value", "message"), [
    ("scope_breaks", [""], "scope_breaks"),
    ("subject_pronouns", "it", "subject_pronouns"),
    ("coordinators", "and", "coordinators"),
    ("object_gap_stops", [""], "object_gap_stops"),
])
def test_malformed_scope_keys_name_the_file_and_the_key(monkeypatch, key, value, message):
    import spacerec.relations.missions.status_rules as module

    real = module.load_rules

    def broken(family, lang, required, optional=()):
        data = dict(real(family, lang, required, optional))
        data[key] = value
        return data

    monkeypatch.setattr(module, "load_rules", broken)
    module.status_rules.cache_clear()
    try:
        with pytest.raises(RuleFileError, match=message):
            module.status_rules("en")
    finally:
        module.status_rules.cache_clear()


def test_a_cue_group_can_exclude_mission_kinds():
    group = _group("status_fr.json", 0, {"kind": "x", "state": "completed", "why": "w", "phrases": ["fin de mission"],
                                         "not_kinds": ["launcher"]})
    assert group.serves("probe") and group.serves(None) and not group.serves("launcher")
    with pytest.raises(RuleFileError, match="not_kinds"):
        _group("status_fr.json", 0, {"kind": "x", "state": "completed", "why": "w", "phrases": ["a"],
                                     "not_kinds": "launcher"})


@pytest.mark.parametrize(("text", "name", "want"), [
    # a crash "à la surface" is an end (the place after it is no other topic); a past plan is superseded
    ("L'atterrisseur Schiaparelli s'était écrasé à la surface.", "Schiaparelli", "completed"),
    ("The Schiaparelli lander crashed on the surface.", "Schiaparelli", "completed"),
    ("The Schiaparelli lander was planned for 2016.", "Schiaparelli", None),
    ("L'atterrisseur Schiaparelli était prévu pour 2016.", "Schiaparelli", None),
    # a step achieved ("a réussi à déposer") is no end; the mission achieved is
    ("La sonde Rosetta a réussi sa mission.", "Rosetta", "completed"),
])
def test_a_crash_counts_a_past_plan_does_not(extractor, text, name, want):
    assert _status(extractor, text, name) == want


# --- session 8: a cue reaches every mission listed with its subject or object (session-7 reader, "Which missions a
# status cue speaks of", (a) and (b)) ------------------------------------------------------------------------------
# Phrasings a journalist or press officer would use, each asserted below: coordinated subjects with a plural verb, a
# list after a colon or an apposition, the object of an operating verb, the objects of a future building or supplying
# verb (alone, listed, each with its own noun), in both languages; negatives: a past building or supplying verb, data
# "from" a mission, a station supplied "with" cargo, a mission in a comparison or a frame that is not listed.

def _by_key(extractor, text: str) -> dict[str, str | None]:
    """Mission statuses by name, spaces and hyphens left out ("Sentinel 2A" and "Sentinel-2A" are one key)."""
    return {r["name"].lower().replace("-", "").replace(" ", ""): r["status"]
            for r in checked_records(extractor, text, "mission")}


def _key(name: str) -> str:
    return name.lower().replace("-", "").replace(" ", "")


@pytest.mark.parametrize(("text", "want"), [
    # (a) coordinated or listed subjects, plural verbs
    ("Its successors MetOp-B and MetOp-C remain in service.", {"MetOp-B": "active", "MetOp-C": "active"}),
    ("Ses successeurs MetOp-B et MetOp-C restent en service.", {"MetOp-B": "active", "MetOp-C": "active"}),
    ("Sentinel-2A, Sentinel-2B and Sentinel-2C are all still operating.",
     {"Sentinel-2A": "active", "Sentinel-2B": "active", "Sentinel-2C": "active"}),
    ("Sentinel-2A, Sentinel-2B et Sentinel-2C sont toujours en service.",
     {"Sentinel-2A": "active", "Sentinel-2B": "active", "Sentinel-2C": "active"}),
    ("Two satellites are now in orbit: Megha-Tropiques and SARAL.", {"Megha-Tropiques": "active", "SARAL": "active"}),
    ("Deux satellites sont aujourd'hui en orbite : Megha-Tropiques et SARAL.",
     {"Megha-Tropiques": "active", "SARAL": "active"}),
    ("Both SARAL and Megha-Tropiques continue to send data.", {"SARAL": "active", "Megha-Tropiques": "active"}),
    ("SARAL et Megha-Tropiques continuent de transmettre leurs mesures.",
     {"SARAL": "active", "Megha-Tropiques": "active"}),
    ("Megha-Tropiques and SARAL remain operational.", {"Megha-Tropiques": "active", "SARAL": "active"}),
    ("Megha-Tropiques et SARAL restent opérationnels.", {"Megha-Tropiques": "active", "SARAL": "active"}),
    ("NorSat-1 and NorSat-2 were launched in July 2017. NorSat-1 and NorSat-2 track ships in Norwegian waters.",
     {"NorSat-1": "active", "NorSat-2": "active"}),
    ("NorSat-1 et NorSat-2 ont été lancés en juillet 2017. NorSat-1 et NorSat-2 surveillent le trafic maritime.",
     {"NorSat-1": "active", "NorSat-2": "active"}),
    ("Two more missions are due to launch next year, Psyche and Lucy.", {"Psyche": "planned", "Lucy": "planned"}),
    # (b) the object of an operating verb, plural subject
    ("ISRO and CNES already operate two joint satellites, Megha-Tropiques and SARAL.",
     {"Megha-Tropiques": "active", "SARAL": "active"}),
    ("L'ISRO et le CNES exploitent déjà deux satellites communs, Megha-Tropiques et SARAL.",
     {"Megha-Tropiques": "active", "SARAL": "active"}),
    ("EUMETSAT and ESA jointly operate MetOp-B.", {"MetOp-B": "active"}),
    # (b) the objects of a future building or supplying verb
    ("ESA will build the I-Hab module and the ESPRIT module for the Gateway.",
     {"I-Hab": "planned", "ESPRIT": "planned"}),
    ("L'ESA construira le module I-Hab et le module ESPRIT.", {"I-Hab": "planned", "ESPRIT": "planned"}),
    ("Canada will supply Canadarm3.", {"Canadarm3": "planned"}),
    ("Le Canada fournira le Canadarm3.", {"Canadarm3": "planned"}),
    ("Under the deal, Canada is to provide the robotic arm Canadarm3.", {"Canadarm3": "planned"}),
    ("Aux termes de l'accord, le Canada doit fournir le bras robotique Canadarm3.", {"Canadarm3": "planned"}),
    ("Les industriels européens livreront le module ESPRIT.", {"ESPRIT": "planned"}),
])
def test_a_cue_reaches_every_listed_subject_and_its_object(extractor, text, want):
    got = _by_key(extractor, text)
    assert {name: got.get(_key(name), "missing") for name in want} == want


@pytest.mark.parametrize(("text", "name", "want"), [
    # a past building or supplying verb states no plan
    ("Canada supplied Canadarm2.", "Canadarm2", None),
    ("Le Canada a fourni le Canadarm2.", "Canadarm2", None),
    ("ESA built the Columbus module.", "Columbus", None),
    ("L'ESA a construit le module Columbus.", "Columbus", None),
    # the mission is where the supply comes from, or what is supplied with something: not what is made
    ("ESA will provide data from Sentinel-2 to the project.", "Sentinel-2", None),
    ("L'ESA fournira des images de SARAL au projet.", "SARAL", None),
    ("NASA will supply the ISS with cargo.", "ISS", None),
    ("La NASA fournira l'ISS en eau.", "ISS", None),
    # a subject that supplies is not what is supplied; a present verb after a non-listed mission is not its own
    ("Sentinel-2 will provide images for the project.", "Sentinel-2", None),
    ("CHEOPS and NASA's TESS search for exoplanets.", "CHEOPS", None),
    # a completed mission keeps its own cue beside listed active ones
    ("MetOp-A was retired in 2021, while MetOp-B and MetOp-C remain in service.", "MetOp-A", "completed"),
    ("MetOp-A a été retiré en 2021, tandis que MetOp-B et MetOp-C restent en service.", "MetOp-A", "completed"),
])
def test_a_listed_or_object_cue_keeps_its_limits(extractor, text, name, want):
    assert _by_key(extractor, text).get(_key(name), "missing") == want


# (d) a relative clause right after a mission's name speaks of that mission alone: an earlier mission in a comparison
# or a series, named before it, takes none of its cues; a mission listed with it or named inside it keeps them.
@pytest.mark.parametrize(("text", "want"), [
    ("Sea level has been measured since 1992, a record begun by TOPEX/Poseidon and continued by Jason-2, which is "
     "still in orbit.", {"TOPEX/Poseidon": None, "Jason-2": "active"}),
    ("La série a été commencée par TOPEX/Poseidon et poursuivie par Jason-2, qui est toujours en orbite.",
     {"TOPEX/Poseidon": None, "Jason-2": "active"}),
    ("Like SARAL and Megha-Tropiques, which remain in service, TRISHNA is a joint mission.",
     {"SARAL": "active", "Megha-Tropiques": "active"}),
    ("Comme SARAL et Megha-Tropiques, qui sont toujours en service, TRISHNA est une mission commune.",
     {"SARAL": "active", "Megha-Tropiques": "active"}),
    ("Its data will be compared with those of SARAL, which is still operating, and of AltiKa.",
     {"SARAL": "active", "AltiKa": None}),
    ("Like Rosetta, which ended its mission in 2016, Hera will visit an asteroid.", {"Rosetta": "completed"}),
    ("Comme Rosetta, qui a achevé sa mission en 2016, Hera visitera un astéroïde.", {"Rosetta": "completed"}),
])
def test_a_relative_clause_speaks_of_the_mission_it_follows(extractor, text, want):
    got = _by_key(extractor, text)
    assert {name: got.get(_key(name), "missing") for name in want} == want
