"""Rule-side work done once instead of per sentence or per token (issue 13, session 12), with the same answers.

- The sentence rules read the tokens' texts and trailing spaces from the doc's arrays, not from a Token object per
  token: the boundaries are those the Token reading gives, in both languages and on page shapes (captions, quotes,
  abbreviations, blank lines).
- The words that stop a name after a post (every word of every post, qualified forms included, and the rule
  file's ``not_name_words``) are built once per language, not once per sentence holding a person.
- ``Sentence.cues_of`` reads each cue's category from its rule directly.
- Participation on a sentence of hundreds of names (a status board kept as one sentence): a mission-agency gap too
  long for an owner is told at its fifth word instead of being built whole for every pair, a clause's cuts are read
  once per sentence, and the agencies near a sentence's supply cues once per sentence, not per mission. The records
  are those of the pairwise reading (compared with the old functions patched back in, en and fr).
"""

from __future__ import annotations

import re

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacerec import sentences as sentence_rules
from spacerec.analysis import collect, mission_names
from spacerec.regex_cache import alternation, compiled
from spacerec.relations import common, officials
from spacerec.relations.lexicon import load_rules
from spacerec.relations.missions import participation, participation_cues
from spacerec.relations.missions.rule_file import _FR_OWNER_GAPS, _POSSESSIVE_GAPS, few_words, rules
from spacy.attrs import SENT_START

_PAGES = {
    "en": ("NASA and ESA signed it. (The U.S. side.) Then Dr. Smith spoke.\n\n"
           "“We are ready.” She left... Next week?! Yes.\n\nCaption: the Moon   (credit: NASA)\n"
           "Mr. Jones (res.) Uri Oron said so. 3 missions flew. «Fine» he said."),
    "fr": ("Le CNES et l’ESA ont signé l’accord. (M. Dupont était là.) Puis le Dr Martin a parlé.\n\n"
           "« Nous sommes prêts. » Elle est partie… La semaine prochaine ?! Oui.\n\n"
           "Légende : la Lune   (crédit : CNES)\n2 satellites ont volé. \"Bien\" dit-il."),
}


def _token_reading(doc) -> list[int]:
    """The boundaries as the component read them from Token objects (the reference)."""
    texts = [t.text for t in doc]
    gaps = [t.whitespace_ for t in doc]
    starts = [1]
    for i in range(1, len(texts)):
        text, prev = texts[i], texts[i - 1]
        if prev in sentence_rules._CLOSERS and i >= 2 and texts[i - 2] in sentence_rules._FINAL:
            boundary = not (texts[i - 2] == "." and i >= 3 and texts[i - 3].lower() in sentence_rules._ABBREVIATIONS)
        else:
            boundary = prev in sentence_rules._FINAL and not (
                prev == "." and i >= 2 and texts[i - 2].lower() in sentence_rules._ABBREVIATIONS)
        starts_like_sentence = text[:1].isupper() or text[:1].isdigit() or text[:1] in "“\"«‘'("
        if "\n\n" in gaps[i - 1] or (text.isspace() and "\n\n" in text):
            boundary, starts_like_sentence = True, True
        starts.append(1 if boundary and starts_like_sentence and text not in sentence_rules._CLOSERS else -1)
    return starts


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sentence_rules_from_arrays_set_the_token_reading_boundaries(inline_nlps, lang):
    nlp = inline_nlps[lang]
    component = sentence_rules.SentenceRules(nlp)
    doc = component(nlp.make_doc(_PAGES[lang]))
    got = doc.to_array([SENT_START]).astype(numpy.int64).tolist()
    assert got == _token_reading(doc)
    # the page holds several sentences and tokens that start none: the comparison is not trivially all-ones
    assert 4 <= got.count(1) < len(got) // 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sentence_rules_on_an_empty_doc(inline_nlps, lang):
    nlp = inline_nlps[lang]
    assert len(sentence_rules.SentenceRules(nlp)(nlp.make_doc(""))) == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_post_and_unit_words_are_the_per_sentence_set_built_once(lang):
    rules = load_rules("roles", lang, officials.REQUIRED, officials.OPTIONAL)
    expected = {w.lower() for phrase in officials.role_lexicon(lang) for w in phrase.split()}
    expected |= {w.lower() for w in rules.get("not_name_words", ())}
    words = officials._post_and_unit_words(lang)
    assert words == expected
    assert officials._post_and_unit_words(lang) is words  # built once per language
    # a post's word stops a name, a first name does not
    assert ("director" if lang == "en" else "directeur") in words
    assert "salem" not in words


def test_names_after_posts_still_get_their_first_names(extractor):
    # the end-to-end case of the cached set (the French set is compared above; the French NER finds no person here)
    analysis = extractor.analyse("UAESA Director General Salem Obaid Salem Al Zaabi signed the memorandum with NASA.")
    officials.extend_names_after_posts(analysis)
    persons = [p.text for s in analysis.sentences for p in s.persons if "Zaabi" in p.text]
    assert persons == ["Salem Obaid Salem Al Zaabi"]  # not "General Salem ...": a post's word stops the name


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "NASA and JAXA signed a memorandum of understanding on lunar cooperation."),
    ("fr", "La NASA et la JAXA ont signé un protocole d'accord sur la coopération lunaire."),
])
def test_cues_of_reads_the_rules_category(extractor, lang, text):
    analysis = extractor.analyse(text)
    cues = [c for s in analysis.sentences for c in s.cues]
    categories = {c.category for c in cues}
    assert {"SIGN", "DOCUMENT"} <= categories
    for sentence in analysis.sentences:
        for wanted in (("SIGN",), ("DOCUMENT", "SIGN"), ("NO_SUCH_CATEGORY",)):
            assert sentence.cues_of(*wanted) == [c for c in sentence.cues if c.category in wanted]
    assert all(sentence.cues_of("NO_SUCH_CATEGORY") == [] for sentence in analysis.sentences)


# ---- participation on a long sentence: each gap and clause read once, not once per mission and agency pair --------

_GAP_WORDS = ["'s", "’s", "'", ",", "whose", "dont", "de", "la", "l'", "du", "new", "probe", "and", "et", "le",
              "\n", "\t", " ", "  ", "\u00a0", "\u2009"]


@given(st.lists(st.sampled_from(_GAP_WORDS), max_size=12).map(" ".join), st.text(max_size=3), st.text(max_size=3))
@settings(max_examples=400, deadline=None)
def test_a_gap_of_five_words_or_more_is_no_owner_gap(middle, before, after):
    text = before + middle + after
    start, end = len(before), len(before) + len(middle)

    class Page:  # what gap() reads of an analysis
        pass

    page = Page()
    page.text = text
    plain = common.gap(page, start, end)
    if not few_words(text, start, end):
        assert len(plain.split()) >= 5
        assert not _POSSESSIVE_GAPS.match(plain) and not _FR_OWNER_GAPS.match(plain)
    else:
        assert len(plain.split()) < 5


def _reference_reach(sentence, position):
    """The clause around a position as participation_cues._reach read it before the cut memo."""
    pattern = compiled(alternation(rules(sentence.lang)["participation_breaks"]))
    cuts = [sentence.start] + [sentence.start + m.start() for m in pattern.finditer(sentence.text)] + [sentence.end]
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= position < b:
            return a, b
    return sentence.start, sentence.end


@pytest.mark.parametrize("text", [
    "Board\n\nESA leads Gaia, while NASA provided the antenna and JAXA built the camera; CNES supplied a detector.\n",
    "Tableau\n\nL'ESA dirige Gaia, tandis que la NASA a fourni l'antenne et la JAXA a construit la caméra ; le CNES "
    "a livré un détecteur.\n",
])
def test_clause_reach_from_remembered_cuts_is_the_loops(blank_extractor, text):
    analysis = blank_extractor.analyse(text)
    clauses = set()
    for sentence in analysis.sentences:
        for position in range(sentence.start - 2, sentence.end + 2):
            assert participation_cues._reach(sentence, position) == _reference_reach(sentence, position)
            clauses.add(participation_cues._reach(sentence, position))
    assert len(clauses) >= 4  # the breaks cut the long sentence into clauses: not the whole sentence every time


_UNITS = ["Sentinel-1A", "Sentinel-2B", "MetOp-A", "Sentinel-3A", "MTG-I1", "Sentinel-6A"]
_BOARDS = {
    "en": "Mission board\n\nESA lists its satellites below.\n\n" + " ".join(
        f"Line {i}: ESA's {_UNITS[i % 6]} and {_UNITS[(i + 1) % 6]}, built by ESA with CNES and DLR, then -B and 2C;"
        for i in range(25)) + "\n",
    "fr": "Tableau des missions\n\nL'ESA publie la liste.\n\n" + " ".join(
        f"Ligne {i} : le satellite {_UNITS[i % 6]} de l'ESA et {_UNITS[(i + 1) % 6]}, construit par l'ESA avec le "
        f"CNES et le DLR, puis -B et 2C ;" for i in range(25)) + "\n",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_board_in_one_sentence_gives_the_records_of_the_pairwise_reading(blank_extractor, monkeypatch, lang):
    calls: list[int] = []
    original_gap = common.gap

    def counting_gap(analysis, a_end, b_start):
        calls.append(b_start - a_end)
        return original_gap(analysis, a_end, b_start)

    for module in (participation, participation_cues):
        monkeypatch.setattr(module, "gap", counting_gap)
    fast = blank_extractor.extract(_BOARDS[lang])
    fast_calls = len(calls)
    # the reading before: every gap built whole, every clause cut again per mission and cue
    calls.clear()
    for module in (participation, participation_cues):
        monkeypatch.setattr(module, "few_words", lambda text, start, end: True)
    monkeypatch.setattr(participation_cues, "_reach", _reference_reach)
    slow = blank_extractor.extract(_BOARDS[lang])
    assert fast == slow
    missions = [r for r in fast if r["record_type"] == "mission"]
    assert any(a["agency_id"] == "ESA" for r in missions for a in r["agencies"])
    assert fast_calls * 10 < len(calls)  # most mission-agency pairs are told apart without building their gap


def _reference_series_ellipsis(analysis):
    """mission_names._link_series_ellipsis as it read before: every sibling in every unit's tail offered again."""
    coordinator = r"(?:,|\b(?:and|or|then|et|ou|puis))\s+"
    for sentence in analysis.sentences:
        for mention in [m for m in sentence.mentions if m.label == "MISSION"]:
            unit = re.fullmatch(r"(.*?[A-Za-z])([-\s]?)(\d{1,2})([A-Z])", mention.text)
            lettered = re.fullmatch(r"(.*?[A-Za-z0-9])-([A-Z])", mention.text) if unit is None else None
            if unit is not None:
                stem, joiner, number, letter = unit.groups()
                sibling = rf"{coordinator}-?({number}[A-Z])(?![\w'’-])|^/((?:{number})?[A-Z])(?![\w'’-])"
            elif lettered is not None:
                stem, letter = lettered.groups()
                number, joiner = "", "-"
                sibling = rf"{coordinator}-([A-Z])(?![\w'’-])|^/-?([A-Z])(?![\w'’-])"
            else:
                continue
            tail = analysis.text[mention.end : sentence.end]
            for found in compiled(sibling).finditer(tail):
                group = 1 if found.group(1) else 2
                short = found.group(group)
                if short[-1] == letter:
                    continue
                if not short[:1].isdigit():
                    short = f"{number}{short}"
                name = f"{stem}{joiner or '-'}{short}"
                ids = mission_names._unit_ids(analysis, name)
                if ids:
                    start = mention.end + found.start(group)
                    mission_names._add_mention(analysis, start, start + len(found.group(group)), "MISSION", ids,
                                               "alias", name)
        mission_names._link_slash_pairs(analysis, sentence)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", _BOARDS["en"]),
    ("fr", _BOARDS["fr"]),
    ("en", "Twins\n\nSentinel-2A was launched in June 2015 and 2B in March 2017, then 2C; MetOp-A, -B and -C fly.\n"),
    ("fr", "Jumeaux\n\nMTG-I1 et -I2 suivent Sentinel-1A puis 1B ; MetOp-A, -B et -C volent.\n"),
])
def test_series_siblings_offered_once_give_the_mentions_of_every_offer(blank_extractor, monkeypatch, lang, text):
    offers: list[tuple[int, int]] = []
    original = mission_names._add_mention

    def counting(analysis, start, end, *rest):
        offers.append((start, end))
        return original(analysis, start, end, *rest)

    monkeypatch.setattr(mission_names, "_add_mention", counting)
    fast = blank_extractor.extract(text)
    fast_offers = list(offers)
    offers.clear()
    monkeypatch.setattr(collect, "_link_series_ellipsis", _reference_series_ellipsis)
    assert blank_extractor.extract(text) == fast
    assert len(fast_offers) == len(set(fast_offers))  # each sibling span offered once
    if text.startswith(("Mission board", "Tableau")):
        assert len(offers) > 3 * len(fast_offers)  # the board's units each offered every later sibling again
    else:
        assert fast_offers  # the short pages do link siblings ("2B", "-B")
