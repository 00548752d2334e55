"""Language of short texts and mixed lines (spacerec.blocks.language)."""

from __future__ import annotations

import pytest
from spacerec.blocks.language import function_word_scores, identify, split_mixed


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Roscosmos et la NASA", "fr"),
        ("NASA and Roscosmos", "en"),
        ("La CNSA et le CNES", "fr"),
        ("ESA and JAXA sign", "en"),
        ("La sonde Chang'e 6 de la CNSA", "fr"),
        ("The Chang'e 6 probe of CNSA", "en"),
    ],
)
def test_short_lines_with_names(text, lang):
    assert identify(text) == lang
    # the default only breaks ties; these lines carry evidence
    assert identify(text, default="fr" if lang == "en" else "en") == lang


@pytest.mark.parametrize("text", ["l'agence", "d'Ariane", "L’ESA", "qu’il"])
def test_elisions_count_as_french(text):
    assert function_word_scores(text)["fr"] >= 1
    assert identify(text, default="en") == "fr"


def test_elision_not_seen_in_english_possessive():
    assert function_word_scores("NASA's rover")["fr"] == 0


def test_split_mixed_two_languages():
    fr = "La NASA a lancé sa sonde vers Jupiter ce matin depuis la Floride. "
    en = "The NASA probe was launched towards Jupiter this morning from Florida."
    runs = split_mixed(fr + en)
    assert [r[2] for r in runs] == ["fr", "en"]
    assert runs[0][0] == 0 and runs[-1][1] == len(fr + en)
    assert (fr + en)[runs[1][0]:runs[1][1]] == en
    # reversed order
    runs = split_mixed(en + " " + fr.strip())
    assert [r[2] for r in runs] == ["en", "fr"]


def test_split_mixed_keeps_a_short_quoted_name_in_its_sentence():
    text = "The probe is called « La Sonde ». It flies far away from the Earth today."
    assert split_mixed(text) == [(0, len(text), "en")]


def test_split_mixed_single_language():
    text = "Le CNES fournit l'instrument. La CNSA lance la sonde en 2024."
    assert split_mixed(text) == [(0, len(text), "fr")]


@pytest.mark.parametrize("default", ["en", "fr"])
def test_default_when_no_evidence(default):
    # digits and punctuation only: nothing tells the languages apart
    assert identify("2024 - 06 / 02", default) == default
    assert identify("", default) == default


def test_segment_default_lang_for_evidence_free_block():
    from spacerec.blocks import segment

    seg = segment("12345\n", default_lang="fr")
    assert seg.blocks[0].lang == "fr"
    seg = segment("12345\n", default_lang="en")
    assert seg.blocks[0].lang == "en"


def test_a_line_of_names_and_acronyms_is_no_other_language():
    from spacerec.blocks.language import is_other_language

    # a keyword line under a picture: names alone say nothing about the language
    assert not is_other_language("Vega VV23 | THEOS-2 | Triton | GISTDA | TASA | Kourou")
    assert is_other_language("Die Raumfahrtagentur unterzeichnete am Montag ein Abkommen über die Zusammenarbeit "
                             "bei der Erforschung des Mondes")


def test_a_paragraph_meeting_two_function_words_by_chance_is_still_another_language():
    from spacerec.blocks.language import is_other_language

    # two hits ("in", "des") in thirty words is chance, not English or French: the density, not the count, decides
    german = ("Die beiden Raumfahrtagenturen haben am Donnerstag in Paris einen Vertrag über den Bau eines "
              "gemeinsamen Satelliten zur Beobachtung des Klimas unterzeichnet, der im Jahr 2030 starten soll.")
    assert is_other_language(german)
    # the same length of prose in either language keeps far more than one function word in six
    assert not is_other_language("The two space agencies signed a contract in Paris on Thursday for a joint "
                                 "satellite that will watch the climate and is due to launch in 2030.")
    assert not is_other_language("Les deux agences spatiales ont signé jeudi à Paris un contrat pour un satellite "
                                 "commun qui observera le climat et doit être lancé en 2030.")


@pytest.mark.parametrize("text", [
    # a bilingual title whose German-looking names tip the whole line toward German
    "Jason-3 Heinrich Hertz prend son envol / Jason-3 Heinrich Hertz lifts off",
    # thanks in our language before the speaker's own
    "Thank you very much, everyone. Dziękuję bardzo. [Applause]",
    "Merci beaucoup à tous. Dziękuję bardzo wszystkim.",
])
def test_a_block_with_one_english_or_french_part_is_read(text):
    from spacerec.blocks.language import is_other_language

    assert not is_other_language(text)


@pytest.mark.parametrize("text", [
    "Die Agentur hat heute den Vertrag unterschrieben. Das Abkommen gilt zehn Jahre.",
    "Die ESA startet den Satelliten morgen früh / Der Satellit fliegt dann zehn Jahre",
    "Dziękujemy wszystkim partnerom za współpracę. Umowa obowiązuje od dzisiaj.",
])
def test_a_block_wholly_in_another_language_is_still_skipped(text):
    from spacerec.blocks.language import is_other_language

    assert is_other_language(text)


def test_the_background_preload_loads_the_detector_and_can_be_waited_for():
    from spacerec.blocks import language

    language.join_preloads()  # those an earlier in-process run started
    thread = language.preload_in_background()
    assert thread.daemon and language._PRELOADS == [thread]
    language.join_preloads()  # what a run does before forking workers
    assert not thread.is_alive() and language._PRELOADS == []
    assert language.identify("Roscosmos et la NASA") == "fr"
    assert language.identify("NASA and Roscosmos") == "en"
