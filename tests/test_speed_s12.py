"""Rule-side work done once instead of per sentence or per token (issue 13, session 12), with the same answers.

- The sentence rules read the tokens' texts and trailing spaces from the doc's arrays, not from a Token object per
  token: the boundaries are those the Token reading gives, in both languages and on page shapes (captions, quotes,
  abbreviations, blank lines).
- The words that stop a name after a post (every word of every post, qualified forms included, and the rule
  file's ``not_name_words``) are built once per language, not once per sentence holding a person.
- ``Sentence.cues_of`` reads each cue's category from its rule directly.
"""

from __future__ import annotations

import numpy
import pytest
from spacerec import sentences as sentence_rules
from spacerec.relations import officials
from spacerec.relations.lexicon import load_rules
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
