"""The agreement cue component: rule records validated on load, spans with typed labels, saving."""

from __future__ import annotations

import json

import pytest
import spacy
from spacerec.triggers import SPAN_KEY, CueRuleError, load_cue_rules, shipped_rules_path
from spacerec.triggers.rules import parse_cue_rules


def _cues(nlp, text):
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans[SPAN_KEY]]


def test_shipped_rule_files_are_valid():
    for lang in ("en", "fr"):
        rules = load_cue_rules(shipped_rules_path(lang))
        assert rules.by_category("DOCUMENT") and rules.by_category("SIGN") and rules.by_category("NEGATION")


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "NASA did not sign the memorandum of understanding.",
     {("did not sign", "NEGATION"), ("memorandum of understanding", "DOCUMENT"), ("sign", "SIGN")}),
    ("fr", "Le CNES n'a pas signé l'accord-cadre.",
     {("n'a pas signé", "NEGATION"), ("accord-cadre", "DOCUMENT"), ("signé", "SIGN")}),
])
def test_triggers_and_modifiers_are_typed_spans(cue_nlps, lang, text, expected):
    assert expected <= set(_cues(cue_nlps[lang], text))


def test_span_extension_gives_the_rule_record(cue_nlps):
    doc = cue_nlps["fr"]("Ils ont signé un protocole d'accord.")
    (document,) = [s for s in doc.spans[SPAN_KEY] if s.label_ == "DOCUMENT"]
    assert document._.agreement_cue.kind == "mou"
    assert document.id_.startswith("agreements_fr.jsonl:")


def test_a_longer_match_hides_the_shorter_one_of_its_category(cue_nlps):
    found = _cues(cue_nlps["fr"], "Un accord-cadre a été conclu.")
    assert ("accord-cadre", "DOCUMENT") in found
    assert ("accord", "DOCUMENT") not in found


def test_acronym_cues_keep_their_case(cue_nlps):
    assert ("MoU", "DOCUMENT") in _cues(cue_nlps["en"], "They signed an MoU on Gateway.")
    # at a sentence end the tokenizer keeps "MoU." whole: still a document
    assert [t for t, label in _cues(cue_nlps["en"], "They signed an MoU.") if label == "DOCUMENT"] == ["MoU."]
    assert not [c for c in _cues(cue_nlps["en"], "The mou was there.") if c[1] == "DOCUMENT"]


def test_token_pattern_cue(cue_nlps):
    assert ("shared orbit data", "COOPERATION") in _cues(cue_nlps["en"], "ESA shared orbit data with CNSA.")
    assert ("partagé ses données", "COOPERATION") in _cues(cue_nlps["fr"], "L'ESA a partagé ses données avec la CNSA.")


@pytest.mark.parametrize("line, message", [
    ('{"phrase": "sign", "category": "SIGN", "colour": "red"}', "rules.jsonl:2: Additional properties"),
    ('{"phrase": "sign", "category": "SIGNATURE"}', "rules.jsonl:2: 'SIGNATURE' is not one of"),
    ('{"phrase": "accord", "category": "DOCUMENT"}', "rules.jsonl:2: 'kind' is a required property"),
    ('{"phrase": "sign", "category": "SIGN"', "rules.jsonl:2: not JSON"),
])
def test_a_bad_rule_fails_with_file_and_line(line, message):
    text = '{"phrase": "signed", "category": "SIGN"}\n' + line + "\n"
    with pytest.raises(CueRuleError) as error:
        parse_cue_rules(text, "rules.jsonl")
    assert str(error.value).startswith(message)


def test_default_config_and_custom_rules(tmp_path):
    import spacerec.nlp  # noqa: F401

    rules = tmp_path / "mine.jsonl"
    rules.write_text(json.dumps({"phrase": "handshake", "category": "SIGN"}) + "\n", encoding="utf-8")
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("spacerec_agreement_cues", config={"rules_path": str(rules)})
    assert nlp.get_pipe_config("spacerec_agreement_cues")["span_key"] == SPAN_KEY
    assert _cues(nlp, "A handshake and a signed deal.") == [("handshake", "SIGN")]
    # saved and loaded again, the pipeline keeps its own rules even without the file
    nlp.to_disk(tmp_path / "pipe")
    rules.unlink()
    pipe.rules_path = None
    loaded = spacy.load(tmp_path / "pipe", config={"components": {"spacerec_agreement_cues": {"rules_path": None}}})
    assert _cues(loaded, "A handshake and a signed deal.") == [("handshake", "SIGN")]


def test_blank_lines_keep_the_file_line_numbers_in_ids_and_errors():
    text = '{"phrase": "signed", "category": "SIGN"}\n\n   \n{"phrase": "inked", "category": "SIGN"}\n\n{oops\n'
    with pytest.raises(CueRuleError, match=r"^rules\.jsonl:6: not JSON"):
        parse_cue_rules(text, "rules.jsonl")
    rules = parse_cue_rules(text.rsplit("\n\n", 1)[0] + "\n", "rules.jsonl")
    assert [c.id for c in rules.cues] == ["rules.jsonl:1", "rules.jsonl:4"]


def test_a_checked_rule_text_is_not_checked_again_and_a_changed_one_is(tmp_path, monkeypatch):
    monkeypatch.setenv("SPACEREC_CACHE_DIR", str(tmp_path))
    good = ('{"phrase": "signed", "category": "SIGN"}\n'
            '{"phrase": "accord", "category": "DOCUMENT", "kind": "agreement"}\n')
    assert len(parse_cue_rules(good, "rules.jsonl").cues) == 2
    assert len(list((tmp_path / "kb-checked").iterdir())) == 1  # remembered once it passed
    assert len(parse_cue_rules(good, "rules.jsonl").cues) == 2  # the same bytes: read without the schema check
    bad = good.replace('"kind": "agreement"', '"kind": "treaty-ish"')
    with pytest.raises(CueRuleError, match=r"^rules\.jsonl:2: "):
        parse_cue_rules(bad, "rules.jsonl")
    assert len(list((tmp_path / "kb-checked").iterdir())) == 1  # a failed text leaves no marker


@pytest.mark.parametrize("first, second", [
    ('{"phrase": "will join", "category": "FUTURE"}', '{"phrase": "Will  join", "category": "FUTURE"}'),
    ('{"phrase": "secrétaire d\'État", "category": "GOVERNMENT_ROLE"}',
     '{"phrase": "secrétaire d’état", "category": "GOVERNMENT_ROLE", "direction": "bidirectional"}'),
    ('{"pattern": [{"LOWER": "exchanged"}], "category": "COOPERATION", "form": "data"}',
     '{"pattern": [{"LOWER": "exchanged"}], "category": "COOPERATION", "form": "data"}'),
])
def test_a_rule_written_twice_fails_with_both_lines(first, second):
    text = first + "\n" + '{"phrase": "signed", "category": "SIGN"}\n' + second + "\n"
    with pytest.raises(CueRuleError, match=r"^rules\.jsonl:3: the same .* rule as line 1"):
        parse_cue_rules(text, "rules.jsonl")


@pytest.mark.parametrize("first, second", [
    ('{"phrase": "will join", "category": "FUTURE"}', '{"phrase": "will join", "category": "MEMBERSHIP"}'),
    ('{"phrase": "MoU", "category": "DOCUMENT", "kind": "mou"}',
     '{"phrase": "MOU", "category": "DOCUMENT", "kind": "mou"}'),
    ('{"phrase": "signé", "category": "SIGN"}', '{"phrase": "signée", "category": "SIGN"}'),
])
def test_the_same_words_in_another_category_or_acronym_case_are_two_rules(first, second):
    assert len(parse_cue_rules(first + "\n" + second + "\n", "rules.jsonl").cues) == 2
