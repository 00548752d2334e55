"""The spaCy components as spaCy means them: configuration, extensions, saving and loading.

The promise tested here: a pipeline built with a custom knowledge base (``--kb``), written with
``nlp.to_disk()`` and read back with ``spacy.load()``, links with that KB and gives the same records.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
import spacy
from spacerec.analysis import analyse
from spacerec.entities.linker import LABEL_PRIORITY, Match, longest_mention_filter
from spacerec.kb import KnowledgeBase
from spacerec.kb.kb import default_data_dir
from spacerec.merge import build_records
from spacerec.nlp import load_pipeline
from spacerec.relations import find_facts

TEXT = ("Zorbex Space Agency and NASA signed an agreement on lunar exploration on 3 March 2024 in Paris.\n\n"
        "The Zorbex Space Agency (ZSA) will provide a rover for the mission. ZSA chief Ana Lind said so.\n")
ZSA = {"id": "ZSA", "canonical_name": "Zorbex Space Agency", "country": None,
       "acronyms": {"en": ["ZSA"], "fr": ["ZSA"]}, "names": {"en": ["Zorbex Space Agency"], "fr": []}}


@pytest.fixture(scope="module")
def custom_kb_dir(tmp_path_factory):
    """The shipped KB data plus one agency it does not hold (the Zorbex Space Agency)."""
    folder = tmp_path_factory.mktemp("kb")
    for path in default_data_dir().glob("*.jsonl"):
        shutil.copy(path, folder / path.name)
    with (folder / "agencies_extra.jsonl").open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(ZSA) + "\n")
    return folder


def _records(nlps, kb, text=TEXT):
    analysis = analyse(text, "zsa", nlps, kb, statistical=False)
    return build_records(analysis, find_facts(analysis))


def _agency_ids(records):
    return sorted(r["agency_id"] for r in records if r["record_type"] == "agency")


def test_saved_pipeline_keeps_its_custom_kb_and_gives_the_same_records(custom_kb_dir, tmp_path):
    kb = KnowledgeBase.from_dir(custom_kb_dir)
    nlps = {lang: load_pipeline(lang, "blank", kb) for lang in ("en", "fr")}
    before = _records(nlps, kb)
    assert "ZSA" in _agency_ids(before)  # the custom KB is the one linking

    loaded = {}
    for lang, nlp in nlps.items():
        nlp.to_disk(tmp_path / lang)
        loaded[lang] = spacy.load(tmp_path / lang)
    assert (tmp_path / "en" / "spacerec_mentions" / "kb" / "agencies.jsonl").is_file()
    loaded_kb = loaded["en"].get_pipe("spacerec_mentions").kb
    assert "ZSA" in loaded_kb.agencies
    assert loaded_kb.agencies.keys() == kb.agencies.keys()
    assert loaded_kb.missions.keys() == kb.missions.keys()
    assert loaded_kb.countries.keys() == kb.countries.keys()
    assert _records(loaded, loaded_kb) == before


def test_load_pipeline_over_a_saved_pipeline_adds_nothing_twice(custom_kb_dir, tmp_path):
    kb = KnowledgeBase.from_dir(custom_kb_dir)
    load_pipeline("en", "blank", kb).to_disk(tmp_path / "en")
    nlp = load_pipeline("en", str(tmp_path / "en"))
    assert nlp.pipe_names.count("spacerec_mentions") == 1
    assert "ZSA" in nlp.get_pipe("spacerec_mentions").kb.agencies  # no kb given: the saved one stays


@pytest.mark.skipif(not any(ep.name == "spacerec_mentions" for ep in entry_points(group="spacy_factories")),
                    reason="spacerec's spacy_factories entry points are not installed (pip install -e . again)")
def test_a_fresh_interpreter_loads_the_saved_pipeline_through_the_entry_points(custom_kb_dir, tmp_path):
    load_pipeline("en", "blank", KnowledgeBase.from_dir(custom_kb_dir)).to_disk(tmp_path / "en")
    script = ("import json, sys, spacy\n"  # no spacerec import: spaCy finds the factories by entry point
              "nlp = spacy.load(sys.argv[1])\n"
              "doc = nlp('The Zorbex Space Agency met NASA on 3 March 2024.')\n"
              "print(json.dumps([[s.text, list(s._.kb_ids), s._.link_via] for s in doc.spans['sr_mentions']]))\n"
              "print(json.dumps([[s.text, s._.date_value.iso] for s in doc.spans['sr_dates']]))\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "en")], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    mentions, dates = (json.loads(line) for line in done.stdout.splitlines())
    assert ["Zorbex Space Agency", ["ZSA"], "alias"] in mentions
    assert ["NASA", ["NASA"], "alias"] in mentions
    assert dates == [["3 March 2024", "2024-03-03"]]


def test_linker_config_sets_span_key_and_kb_path(custom_kb_dir):
    nlp = spacy.blank("en")
    nlp.add_pipe("spacerec_sentences")
    nlp.add_pipe("spacerec_mentions", config={"span_key": "links", "kb_path": str(custom_kb_dir)})
    nlp.add_pipe("spacerec_dates", config={"span_key": "when"})
    doc = nlp("ZSA and NASA met in May 2021.")
    assert [(s.text, s._.kb_ids) for s in doc.spans["links"]] == [("ZSA", ("ZSA",)), ("NASA", ("NASA",))]
    assert "sr_mentions" not in doc.spans
    (date,) = doc.spans["when"]
    assert (date.text, date.label_, date._.date_value.iso) == ("May 2021", "month", "2021-05")
    config = nlp.get_pipe_config("spacerec_mentions")
    assert config["overlap_filter"]["@misc"] == "spacerec.longest_mention_filter.v1"
    assert "doc.spans" in nlp.get_pipe_meta("spacerec_mentions").assigns


def test_a_bad_kb_path_fails_loudly(tmp_path):
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="no such knowledge-base folder"):
        nlp.add_pipe("spacerec_mentions", config={"kb_path": str(tmp_path / "missing")})


def test_initialize_hands_the_linker_a_kb():
    nlp = spacy.blank("en")
    nlp.add_pipe("spacerec_mentions")
    kb = KnowledgeBase.from_records([ZSA])
    nlp.get_pipe("spacerec_mentions").initialize(kb=kb)
    doc = nlp("NASA and ZSA.")
    assert [s.kb_id_ for s in doc.spans["sr_mentions"]] == ["ZSA"]


def test_overlap_policy_prefers_longer_then_label_priority():
    short = Match(0, 4, "ORG", ("O",), "alias")
    agency = Match(0, 4, "AGENCY", ("A",), "alias")
    longer = Match(0, 9, "MISSION", ("M",), "alias")
    apart = Match(10, 12, "COUNTRY", ("country:FR",), "country")
    assert longest_mention_filter(LABEL_PRIORITY)([short, agency, apart]) == [agency, apart]
    assert longest_mention_filter(["ORG", "AGENCY"])([short, agency]) == [short]
    assert longest_mention_filter()([short, agency, longer]) == [longer]
