"""The linking step's parts, each on its own (``spacerec.analysis``: one module per responsibility).

The person-span repairs and the coreference patterns are pure functions of text, so they are tested on
strings; the document helpers on a small hand-built document, without spaCy models.
"""

from __future__ import annotations

import spacy
from spacerec.analysis import Analysis, Mention, Sentence
from spacerec.analysis.coreference import _COREF, _resolve_coreference
from spacerec.analysis.document import _add_mention, _sentence_at
from spacerec.analysis.persons import _NAME, _after_mentions, _extend_particle, _extend_particle_left, _trim_person
from spacerec.blocks import segment
from spacerec.kb import KnowledgeBase
from spacerec.kb.kb import default_data_dir


def test_capitalised_names_take_particles_and_hyphens():
    text = "Jean-Yves Le Gall met Ursula von der Leyen and Kaysser-Pyzalla in Paris."
    found = [m.group(0) for m in _NAME.finditer(text)]
    assert "Jean-Yves Le Gall" in found
    assert "Ursula von der Leyen" in found
    assert "Kaysser-Pyzalla" not in found  # one word is no name


def test_a_name_cut_after_a_particle_takes_the_next_word():
    text = "Jean-Yves Le Gall said"
    assert text[: _extend_particle(text, len("Jean-Yves Le"))] == "Jean-Yves Le Gall"
    assert _extend_particle(text, len("Jean-Yves")) == len("Jean-Yves")


def test_a_name_cut_before_a_particle_takes_the_word_before():
    text = "astronaut Salem Al Mansoori flew"
    start = text.index("Al Mansoori")
    assert text[_extend_particle_left(text, start) :].startswith("Salem Al Mansoori")
    assert _extend_particle_left(text, text.index("Mansoori")) == text.index("Mansoori")


def test_trim_drops_possessive_punctuation_and_article_only():
    text = "the Rogozin’s plan"
    start, end = _trim_person(text, 0, len("the Rogozin’s"))
    assert text[start:end] == "Rogozin"
    name = "Lee Min-ho,"
    start, end = _trim_person(name, 0, len(name))
    assert name[start:end] == "Lee Min-ho"


def test_a_person_span_over_a_mention_keeps_the_words_after_it():
    text = "Roscosmos Dmitri Rogozine"
    base = 100  # the block starts at document offset 100
    start, end = _after_mentions(text, base, base, base + len(text), [(base, base + len("Roscosmos"))])
    assert text[start - base : end - base] == "Dmitri Rogozine"


def test_coreference_patterns_find_the_english_and_french_forms():
    assert _COREF["en"].search("The latter will fly").group("latter")
    assert _COREF["en"].search("the space agency said").group("agency")
    assert _COREF["en"].search("the agency of the year") is None
    assert _COREF["fr"].search("cette dernière a signé").group("latter")


def _document(text: str) -> Analysis:
    """An analysis with one sentence per block and no mentions, built without the statistical models."""
    nlp = spacy.blank("en")
    segmentation = segment(text)
    sentences = []
    for block in segmentation.blocks:
        span = nlp(block.text)[:]
        sentences.append(Sentence(len(sentences), block.start, block.end, block.text, "en", block, span))
    return Analysis("doc", text, segmentation, sentences, KnowledgeBase.from_dir(default_data_dir()))


def test_sentence_at_and_add_mention_work_in_document_offsets():
    text = "NASA signed the plan with CNES.\n\nThe latter will build the camera."
    analysis = _document(text)
    first, second = analysis.sentences[0], analysis.sentences[-1]
    assert _sentence_at(analysis.sentences, second.start + 3) is second
    start = text.index("CNES")
    _add_mention(analysis, start, start + 4, "AGENCY", ("CNES",), "alias", None)
    _add_mention(analysis, start + 1, start + 3, "AGENCY", ("X",), "alias", None)  # overlaps: ignored
    assert [(m.text, m.ids) for m in first.mentions] == [("CNES", ("CNES",))]


def test_coreference_links_the_latter_only_within_the_block():
    text = "NASA signed the plan with CNES. The latter will build the camera."
    analysis = _document(text)
    sentence = analysis.sentences[0]
    for name in ("NASA", "CNES"):
        start = text.index(name)
        sentence.mentions.append(Mention(start, start + 4, name, "AGENCY", (name,), "alias", "en", sentence.block,
                                         sentence.index))
    _resolve_coreference(analysis)
    linked = [m for m in sentence.mentions if m.via == "coref"]
    assert [(m.text, m.ids) for m in linked] == [("The latter", ("CNES",))]
