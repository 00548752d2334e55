"""Speed helpers of the rule side give what the code they replace gave (no timings: speed goes in bench/).

Regex caches of rules built at run time, the token-pattern Matcher run only on docs that hold its words.
"""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacerec.regex_cache import alternation, compiled
from spacerec.triggers import SPAN_KEY, load_cue_rules, shipped_rules_path
from spacerec.triggers.component import required_words
from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher


def test_alternation_is_the_string_a_rule_builds_by_hand():
    words = ["on board", "aboard", "l'", "c.-à-d.", "on"]
    by_hand = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    assert alternation(words) == by_hand
    assert alternation(words, longest_first=False) == "|".join(re.escape(w) for w in words)
    spaced = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(words, key=len, reverse=True))
    assert alternation(words, spaced=True) == spaced
    assert re.fullmatch(alternation(words, spaced=True), "on \n board")


def test_alternation_keeps_the_order_of_equal_lengths_and_reads_a_dict_s_keys():
    assert alternation(["ab", "cd", "xyz", "ef"]) == "xyz|ab|cd|ef"
    assert alternation({"two": "2", "three": "3"}) == "three|two"


def test_compiled_gives_one_pattern_per_text_and_flags():
    first = compiled(r"(?<!\w)agency(?!\w)", re.IGNORECASE)
    assert compiled(r"(?<!\w)agency(?!\w)", re.IGNORECASE) is first
    assert first.search("The AGENCY said").group(0) == "AGENCY"
    assert compiled(r"(?<!\w)agency(?!\w)").search("The AGENCY said") is None
    with pytest.raises(re.error):
        compiled(r"(?:unclosed")


def test_required_words_are_the_literal_tokens_a_pattern_cannot_skip():
    strings = spacy.blank("en").vocab.strings
    pattern = [{"LOWER": {"IN": ["gave", "sent"]}}, {"IS_ALPHA": True, "OP": "?"},
               {"LOWER": "the", "OP": "?"}, {"TEXT": {"NOT_IN": ["."]}}, {"ORTH": "Moon", "OP": "+"},
               {"LOWER": {"REGEX": "^samples?$"}}]
    assert required_words(pattern, strings) == [(LOWER, frozenset((strings["gave"], strings["sent"]))),
                                                (ORTH, frozenset((strings["Moon"],)))]


def _full_matcher(nlp, lang):
    matcher = Matcher(nlp.vocab)
    for cue in load_cue_rules(shipped_rules_path(lang)).cues:
        if cue.pattern is not None:
            matcher.add(cue.id, [list(cue.pattern)])
    return matcher


@pytest.mark.parametrize("lang, text", [
    ("en", "Both agency heads met. The two leaders agreed to jointly develop a lander, which had previously "
           "given samples to the team. Japan shared its data and became the 40th nation to sign."),
    ("en", "There followed a signing. NASA will give ESA a portion of the lunar samples."),
    ("fr", "Les deux ministres se sont engagés à développer un orbiteur. Le Pérou devient le 40e pays signataire, "
           "qui avait déjà remis des échantillons."),
    ("en", "Nothing here needs a token pattern."),
])
def test_the_token_matcher_a_doc_gets_finds_what_the_full_matcher_finds(cue_nlps, lang, text):
    nlp = cue_nlps[lang]
    doc = nlp.make_doc(text)
    expected = _full_matcher(nlp, lang)(doc)
    chosen = nlp.get_pipe("spacerec_agreement_cues")._token_matcher(doc)
    assert (chosen(doc) if chosen is not None else []) == expected


def test_a_doc_without_the_words_of_any_token_pattern_runs_no_token_matcher(cue_nlps):
    doc = cue_nlps["en"].make_doc("Nothing here needs a token pattern.")
    assert cue_nlps["en"].get_pipe("spacerec_agreement_cues")._token_matcher(doc) is None


def test_a_matcher_built_inside_a_memory_zone_still_names_its_rules_after_it(cue_nlps):
    # a Matcher for a new set of patterns is built when a doc first needs it, maybe inside a memory zone: the
    # rule ids it reports must outlive the zone (they were stored when the rules were read)
    nlp = spacy.blank("en")
    nlp.add_pipe("spacerec_agreement_cues")
    text = "The two ministers met, and both agency chiefs signed."
    with nlp.memory_zone():
        nlp(text)
    doc = nlp(text)
    assert ("The two ministers", "PLURAL_PARTIES") in {(s.text, s.label_) for s in doc.spans[SPAN_KEY]}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "It launched on February 29, 2024.", "2024-02-29"),
    ("en", "It launched on 29 February 2000.", "2000-02-29"),
    ("fr", "Lancé le 29 février 2020.", "2020-02-29"),
    ("en", "It launched on 31 March 1969.", "1969-03-31"),
    ("fr", "Signé le 1er mars 2023.", "2023-03-01"),
    ("en", "Launch planned for December 2031.", "2031-12"),
])
def test_a_date_probe_written_with_another_year_still_gives_the_article_s_year(lang, text, expected):
    from spacerec.dates import find_dates

    assert [d.value.iso for d in find_dates(text, lang)] == [expected]


@pytest.mark.parametrize("lang, text", [
    ("en", "Not a day: February 29, 2023."),
    ("en", "Not a day: 29 February 1900."),
    ("fr", "Pas un jour : 29 février 2023."),
    ("en", "Not a day: 31 April 2019."),
])
def test_a_day_that_does_not_exist_in_its_year_is_no_date(lang, text):
    from spacerec.dates import find_dates

    assert not [d for d in find_dates(text, lang) if d.value.precision == "day"]


def _same_matches(words, pattern_around, text, flags=0):
    from spacerec.entities.linker import grouped_alternation

    plain = re.compile(pattern_around.format("|".join(map(re.escape, words))), flags)
    grouped = re.compile(pattern_around.format(grouped_alternation(words)), flags)
    found = [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == found
    return found


def test_grouped_alternation_picks_the_word_the_plain_alternation_picks():
    # the first listed word that fits wins, longer or not, as in the plain alternation
    words = ["South", "South Korea", "Sudan", "Korea", "S.", "Spain"]
    assert [m[0] for m in _same_matches(words, r"(?:{})", "South Korea and Spain, S. Sudan")] == [
        (0, 5), (6, 11), (16, 21), (23, 25), (26, 31)]
    longest_first = sorted(words, key=len, reverse=True)
    assert _same_matches(longest_first, r"(?<!\w)(?:{})(?!\w)", "South Korea and Spain")[0][0] == (0, 11)


def test_grouped_alternation_keeps_case_folding_and_groups():
    words = ["chinese", "Chilean", "french", "French Guianan"]
    found = _same_matches(words, r"(?P<adj>{})\s+agency", "the CHILEAN agency, the French Guianan agency",
                          re.IGNORECASE)
    assert [groups for _, groups in found] == [("CHILEAN",), ("French Guianan",)]


def test_grouped_alternation_falls_back_to_the_plain_one_when_it_cannot_group():
    from spacerec.entities.linker import grouped_alternation

    assert grouped_alternation(["", "a"]) == "|a"
    assert grouped_alternation(["ſun", "sun"]) == "ſun|sun"  # long s folds to s under re.IGNORECASE
    assert grouped_alternation(["Chad", "China"]) == "C(?:had|hina)"


@pytest.mark.parametrize("text", [
    "The agency and its partners", "l'agence d'État", "NASA ESA JAXA", "Roscosmos et la NASA", "", "Das ist gut",
    "qu'il", "the", "Vega VV23 | THEOS-2 | GISTDA",
])
def test_the_early_stopping_function_word_count_agrees_with_the_full_count(text):
    from spacerec.blocks.language import _function_words_reach, function_word_scores

    scores = function_word_scores(text)
    for enough in (1, 2, 3):
        assert _function_words_reach(text, enough) == (scores["en"] + scores["fr"] >= enough)


def _without_first_letters(pattern: re.Pattern) -> re.Pattern:
    """The phrase regex as it was before the first-letter lookahead (the reference of the tests below)."""
    return re.compile(re.sub(r"^\(\?<!\[\\w-\]\)\(\?=\[[^\]]*\]\)", r"(?<![\\w-])", pattern.pattern), pattern.flags)


@pytest.mark.parametrize("phrases, text", [
    (["signed", "MoU", "Memorandum of Understanding", "’s", "ESA"],
     "ESA Signed a memorandum  of\nunderstanding; the MOU (MoU) isn't esa's, NASA’s is."),
    (["a signé", "prévoit d'", "l’accord-cadre", "Élysée", "CNES"],
     "Le CNES a signé l'accord-cadre à l’ÉLYSÉE ; il prévoit d’aller plus loin, élysée cnes."),
    (["Kelvin", "straße", "3D", "(ESA)", "-based"], "KELVIN, \u212aelvin, STRASSE, straße, 3d printer, (ESA) US-based"),
])
def test_the_first_letter_lookahead_finds_what_the_plain_phrase_regex_finds(phrases, text):
    from spacerec.relations.lexicon import phrase_regex

    fast = phrase_regex(phrases)
    assert fast.pattern.startswith(r"(?<![\w-])(?=[")
    plain = _without_first_letters(fast)
    assert plain.pattern != fast.pattern
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_phrase_list_with_an_empty_phrase_gets_no_lookahead():
    from spacerec.relations.lexicon import phrase_regex

    assert "(?=[" not in phrase_regex(["signed", " "]).pattern


# sentences of my own, with and without the relative and anaphoric phrases of the date files, in both languages
_PERIOD_SENTENCES = {
    "en": ["The agency said earlier this month that the probe was ready.", "Last year the lander failed.",
           "The crew returned the following day, and THE SAME DAY the capsule was recovered.",
           "Its thisyear-long survey ended.", "A few minutes ago, controllers confirmed the signal.",
           "No relative words here at all.", "Later that year (in 2019) the rover woke up.", "nextyear"],
    "fr": ["Le CNES a signé l’an dernier un accord avec l'ASI.", "La sonde a été lancée l'année suivante.",
           "Ce jour-là, la capsule a amerri.", "Rien de relatif dans cette phrase.",
           "La semaine dernière, ISRO a tiré.",
           "Le jour même du lancement", "lannée suivante", "Plus tôt ce mois-ci, l'agence a confirmé."],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_period_gates_find_something_exactly_where_a_period_pattern_does(lang):
    from spacerec.dates.parse import rules

    r = rules(lang)
    assert r.periods_gate is not None and r.anaphoric_gate is not None
    found_any = 0
    for sentence in _PERIOD_SENTENCES[lang]:
        for text in (sentence, sentence.upper(), sentence.lower(), f"x{sentence}x"):
            for gate, patterns in ((r.periods_gate, r.periods), (r.anaphoric_gate, r.anaphoric)):
                expected = any(p.search(text) for p, _, _ in patterns)
                assert (gate.search(text) is not None) == expected, text
                found_any += expected
    assert found_any >= 8  # the samples reach both answers


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The launch slipped to December, then to early March."), ("en", "in May the probe woke up"),
    ("fr", "Le lancement a glissé à fin mars, puis en décembre."), ("fr", "Rien en vue."),
    ("en", "Signed on 3 May 2023 in Paris; launched in 2024."), ("fr", "Signé le 12 mars 2024 à Paris."),
])
def test_dates_without_a_digit_are_read_by_the_month_pattern_alone_and_found_as_before(lang, text):
    from spacerec.dates import parse

    every = []
    for kind, pattern in parse.rules(lang).patterns:  # what the patterns find, each alone
        every += [(kind, m.span()) for m in pattern.finditer(text)]
    if not any(ch.isdigit() for ch in text):
        assert {kind for kind, _ in every} <= parse._WITHOUT_DIGITS
    found = parse.find_dates(text, lang)
    assert all(any(span == (d.start, d.end) for _, span in every) for d in found)
    assert bool(found) == bool(every) or not every


def _flat_phrase_regex(phrases: list[str]) -> re.Pattern:
    """The phrase regex as one alternative per phrase, longest first (what the prefix tree must match like)."""
    from spacerec.relations.lexicon import _first_letters

    ordered = tuple(sorted(set(phrases), key=lambda p: (-len(p), p)))
    parts = []
    for phrase in ordered:
        body = re.sub("['’]", "['’]", r"\s+".join(re.escape(w) for w in phrase.split()))
        if sum(ch.isupper() for ch in phrase) >= 2 and phrase == phrase.upper() or phrase in ("MoU", "MoUs", "LoI"):
            body = f"(?-i:{body})"
        parts.append(body if phrase[-1] in "'’" else body + r"(?![\w-])")
    return re.compile(r"(?<![\w-])" + _first_letters(ordered) + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("phrases, text", [
    (["is operating", "is still operating", "is currently operating", "is", "operates", "operated"],
     "It is still  operating; it IS currently\noperating, is operat-ed, is-operating, operates."),
    (["MoU", "MoUs", "mou", "ESA", "esa's", "signed a MoU", "prévoit d'", "prévoit", "l’accord-cadre"],
     "the MOU, MoUs and mou; ESA esa esa's Esa’s; signed a MoU; prévoit d’aller, prévoit l'accord-cadre."),
    (["a signé", "a signé l'accord", "a", "signé", "Élysée", "élysées"],
     "Il A SIGNÉ l’accord à l'ÉLYSÉE, a signé, a signéx, élysées"),
])
def test_the_prefix_tree_phrase_regex_finds_what_one_alternative_per_phrase_finds(phrases, text):
    from spacerec.relations.lexicon import phrase_regex

    tree = phrase_regex(phrases)
    assert tree.pattern != _flat_phrase_regex(phrases).pattern  # factored, not the flat alternation
    assert _spans(tree, text) == _spans(_flat_phrase_regex(phrases), text)


def test_phrases_share_their_common_beginning_in_the_tree():
    from spacerec.relations.lexicon import phrase_regex

    pattern = phrase_regex(["is still operating", "is currently operating", "is operating"]).pattern
    assert pattern.count("is") == 1 and pattern.count("operating") == 3


@pytest.mark.parametrize("phrases", [
    ["signed  an agreement", "signed"],  # two spaces: the phrase is longer than what it matches
    ["NASA ESA", "nasa"],  # capitals with a space: no fixed width to check them looking back
    ["ſun", "sun"],  # the long s folds to s under re.IGNORECASE
])
def test_phrases_the_tree_cannot_hold_keep_the_flat_alternation(phrases):
    from spacerec.relations.lexicon import phrase_regex

    assert phrase_regex(phrases).pattern == _flat_phrase_regex(phrases).pattern


_PHRASE_WORD = st.text(alphabet="abAB'’-éÉſsK\u212ak", min_size=1, max_size=4)
_PHRASE = st.lists(_PHRASE_WORD, min_size=1, max_size=3).map(" ".join).filter(lambda p: p.strip(" '’"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PHRASE, st.sampled_from(["MoU", "AB", "ÉA", "AB'", "MoUs"])), min_size=1, max_size=8),
       st.text(alphabet="abAB'’-éÉſsK\u212ak \n\t.,x", max_size=60))
def test_any_phrase_list_finds_with_the_tree_what_it_finds_flat(phrases, text):
    from spacerec.relations.lexicon import phrase_regex

    assert _spans(phrase_regex(phrases), text) == _spans(_flat_phrase_regex(phrases), text)
    for phrase in phrases:  # each phrase in context, written as listed and in capitals
        for sample in (f"x {phrase} {phrase}s", f"({phrase.upper()}) {phrase}-x"):
            assert _spans(phrase_regex(phrases), sample) == _spans(_flat_phrase_regex(phrases), sample)
