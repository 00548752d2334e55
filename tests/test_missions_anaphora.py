"""Back-references stand where a mission name would (issue 11): lead and supply cues read "the mission",
"la sonde", "ESA developed the satellite" like a named mission, and a noun back-reference with no mission
in the sentences just before it means the article's topic mission."""

from __future__ import annotations

from checked import checked_records


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "anaphora")}


def roles(record):
    return {(a["agency_id"], a["role"]) for a in record["agencies"]}


LEAD_EN = ("CNSA's Chang'e 6 probe landed on the far side of the Moon on 2 June 2024. "
           "The probe carried a French instrument. The lander was built by ISRO, officials said.")
LEAD_FR = ("La sonde chinoise Chang'e 6 de la CNSA s'est posée sur la face cachée de la Lune le 2 juin 2024. "
           "Elle emportait un instrument français. La sonde a été conçue par l'ISRO, selon les responsables.")


def test_lead_cue_after_a_back_reference_names_the_lead(extractor):
    for text in (LEAD_EN, LEAD_FR):
        assert ("ISRO", "lead") in roles(missions(extractor, text)["Chang'e 6"]), text


def test_lead_cue_without_a_back_reference_gives_nothing(extractor):
    for text in (LEAD_EN.replace("The lander was built by ISRO", "A camera was built by ISRO"),
                 LEAD_FR.replace("La sonde a été conçue par l'ISRO", "Une caméra a été conçue par l'ISRO")):
        assert "ISRO" not in {a for a, _ in roles(missions(extractor, text)["Chang'e 6"])}, text


TOPIC_EN = ("CNSA's Chang'e 6 returned samples from the far side of the Moon. Chang'e 6 was launched on "
            "3 May 2024 from Wenchang. A lander drilled into the soil. An ascent module met the orbiter. "
            "China collected about two kilograms. ESA supported the mission with its tracking station in Kourou.")
TOPIC_FR = ("La sonde Chang'e 6 de la CNSA a rapporté des échantillons de la face cachée de la Lune. Chang'e 6 a "
            "été lancée le 3 mai 2024 depuis Wenchang. Un atterrisseur a foré le sol. Un module de remontée a "
            "rejoint l'orbiteur. La Chine a collecté environ deux kilogrammes. L'Agence spatiale européenne (ESA) "
            "a apporté son appui à la mission avec sa station de Kourou.")


def test_supply_verb_on_a_far_back_reference_gives_the_topic_a_contributor(extractor):
    for text in (TOPIC_EN, TOPIC_FR):
        # ESA is a KB partner of Chang'e 6: the role may come from the KB, the tie comes from the text
        assert "ESA" in {a for a, _ in roles(missions(extractor, text)["Chang'e 6"])}, text


def test_topic_needs_a_mission_named_more_than_once_and_more_than_any_other(extractor):
    for text in (TOPIC_EN.replace("Chang'e 6 was launched", "It was launched"),
                 TOPIC_FR.replace("Chang'e 6 a été lancée", "Elle a été lancée")):
        found = missions(extractor, text)
        assert "ESA" not in {a for a, _ in roles(found["Chang'e 6"])}, text


def test_supply_verb_without_a_mission_gives_nothing(extractor):
    for text in (TOPIC_EN.replace("supported the mission", "supported the decision"),
                 TOPIC_FR.replace("son appui à la mission", "son appui à la décision")):
        assert "ESA" not in {a for a, _ in roles(missions(extractor, text)["Chang'e 6"])}, text


# ---- lettered units of a series -------------------------------------------------------------------

SERIAL_EN = ("ESA launched Sentinel-2C on a Vega rocket on 5 September 2024 for the Copernicus programme. "
             "It replaces Sentinel-2A.")
SERIAL_FR = ("L'ESA a lancé Sentinel-2C sur une fusée Vega le 5 septembre 2024 pour le programme Copernicus. "
             "Il remplace Sentinel-2A.")


def test_lettered_unit_is_its_own_mission_with_the_series_lead_and_programme(extractor):
    for text in (SERIAL_EN, SERIAL_FR):
        found = missions(extractor, text)
        assert {"Sentinel 2C", "Sentinel 2A"} <= set(found), text
        assert ("ESA", "lead") in roles(found["Sentinel 2C"]), text
        assert found["Sentinel 2C"]["part_of"] == "Copernicus", text


def test_lettered_unit_takes_no_series_lead_when_the_agency_is_not_named_with_it(extractor):
    for text in (SERIAL_EN, SERIAL_FR):
        found = missions(extractor, text)
        assert found["Sentinel 2A"]["agencies"] == [], text


def test_the_series_itself_keeps_its_kb_entry(extractor):
    for text in (SERIAL_EN.replace("Sentinel-2C", "Sentinel-2"), SERIAL_FR.replace("Sentinel-2C", "Sentinel-2")):
        found = missions(extractor, text)
        assert "Sentinel-2" in found and ("ESA", "lead") in roles(found["Sentinel-2"]), text


# ---- "X, or ACRONYM" defines a mission the KB lacks; "X is the first NASA mission" --------------------

OR_EN = ("HXPE launch\n\nThe Hard X-ray Polarimetry Explorer, or HXPE, lifted off on 9 December 2021. "
         "HXPE is the first NASA mission dedicated to X-ray polarimetry.\n")
OR_FR = ("HXPE\n\nL'Hard X-ray Polarimetry Explorer, ou HXPE, a décollé le 9 décembre 2021. "
         "HXPE est la première mission NASA consacrée à la polarimétrie X.\n")


def test_acronym_after_or_names_a_mission_and_copula_gives_its_agency(extractor):
    for text in (OR_EN, OR_FR):
        found = missions(extractor, text)
        assert "HXPE" in found, text
        assert ("NASA", "lead") in roles(found["HXPE"]), text


def test_or_between_names_is_no_definition(extractor):
    from spacerec.entities.abbreviations import find_abbreviations

    assert find_abbreviations("The probe, or ESA, said. La sonde, ou CNES, a dit.") == []
    assert [a.short for a in find_abbreviations(OR_EN + OR_FR)] == ["HXPE", "HXPE"]


def test_copula_without_the_agency_before_a_head_noun_gives_nothing(extractor):
    for text in (OR_EN.replace("is the first NASA mission dedicated", "is smaller than the NASA telescope built"),
                 OR_FR.replace("est la première mission NASA consacrée", "est plus petit que le télescope NASA conçu")):
        assert "NASA" not in {a for a, _ in roles(missions(extractor, text)["HXPE"])}, text


# ---- customers, coordinated participles, aliases, names marked once ----------------------------------

def test_company_builds_for_an_agency_which_runs_the_mission(extractor):
    for text in ("Launch\n\nThe Ziyuan-3 satellite was built by Airbus Defence and Space for CNSA, officials said.\n",
                 "Lancement\n\nLe satellite Ziyuan-3 a été construit par Airbus Defence and Space pour la CNSA.\n"):
        assert ("CNSA", "lead") in roles(missions(extractor, text)["Ziyuan-3"]), text


def test_agency_outside_the_build_clause_is_no_customer(extractor):
    for text in ("Launch\n\nThe Ziyuan-3 satellite was built by Airbus, which also works for CNSA.\n",
                 "Lancement\n\nLe satellite Ziyuan-3 a été construit par Airbus, qui travaille aussi pour la CNSA.\n"):
        assert missions(extractor, text)["Ziyuan-3"]["agencies"] == [], text


def test_coordinated_participles_and_aliases_share_the_lead(extractor):
    for text in ("Launch\n\nThe Triton satellite flew. Triton, also known as FORMOSAT-7R, was designed and built by "
                 "the Taiwan Space Agency (TASA): it measures winds.\n",
                 "Lancement\n\nLe satellite Triton a volé. Triton, aussi appelé FORMOSAT-7R, a été conçu et fabriqué "
                 "par l'Agence spatiale de Taïwan (TASA) : il mesure les vents.\n"):
        found = missions(extractor, text)
        assert ("TASA", "lead") in roles(found["Triton"]), text


def test_a_name_marked_once_is_the_mission_elsewhere_but_an_unmarked_name_is_not(extractor):
    for text in ("Launch\n\nThe Kestrel satellite flew. Kestrel was designed and built by the Taiwan Space Agency "
                 "(TASA).\n",
                 "Lancement\n\nLe satellite Kestrel a volé. Kestrel a été conçu et fabriqué par l'Agence spatiale "
                 "de Taïwan (TASA).\n"):
        assert ("TASA", "lead") in roles(missions(extractor, text)["Kestrel"]), text
    for text in ("Launch\n\nKestrel flew. Kestrel was designed and built by the Taiwan Space Agency (TASA).\n",
                 "Lancement\n\nKestrel a volé. Kestrel a été conçu et fabriqué par l'Agence spatiale de Taïwan "
                 "(TASA).\n"):
        assert "Kestrel" not in missions(extractor, text), text
