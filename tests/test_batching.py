"""Extraction in batches: the statistical model reads the sentences of several documents at once.

``Extractor.extract_many`` / ``analyse_many`` / ``extract_documents`` must give each document the records it
gets alone, keep the order, and confine a failure to the document at fault.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacerec.extraction import extract_document, extract_documents
from spacerec.run import batches

ROOT = Path(__file__).resolve().parents[1]
SIGNING_EN = ("NASA and JAXA signed an agreement on lunar exploration on 9 April 2024 in Washington. "
              "NASA Administrator Bill Nelson attended.\n")
SIGNING_FR = ("Le CNES et l'ISRO ont signé un accord de coopération le 12 mars 2023 à Paris. "
              "Philippe Baptiste, président du CNES, était présent.\n")
PLAIN = "The rocket lifted off at dawn from Kourou with a weather satellite.\n"


@pytest.fixture(scope="module")
def statistical(extractor):
    if not extractor.statistical:
        pytest.skip("the statistical models are not installed (pip install 'spacerec[models]')")
    return extractor


def _texts() -> list[tuple[str, str]]:
    picked = sorted((ROOT / "corpus" / "dev").rglob("*.txt"))[:6]
    texts = [(path.read_text(encoding="utf-8"), path.stem) for path in picked]
    return [*texts, (SIGNING_EN, "signing-en"), (SIGNING_FR, "signing-fr"), (PLAIN, "plain")]


def test_extract_many_gives_each_document_its_own_records(statistical):
    items = _texts()
    alone = [statistical.extract_with_warnings(text, doc_id) for text, doc_id in items]
    together = statistical.extract_many(items)
    assert together == alone
    assert [records[0]["doc_id"] for records, _ in together] == [doc_id for _, doc_id in items]


def test_extract_many_keeps_warnings_given_with_a_text(statistical):
    (records, notes), = statistical.extract_many([(SIGNING_EN, "w", ["decoded as cp1252"])])
    assert notes[0] == "decoded as cp1252"
    assert next(r for r in records if r["record_type"] == "document")["warnings"][0] == "decoded as cp1252"


def test_a_failing_document_fails_alone(statistical, monkeypatch):
    import spacerec.extractor as extractor_module

    real = extractor_module.find_facts

    def fails_on_bad(analysis):
        if analysis.doc_id == "bad":
            raise RuntimeError("rule crashed")
        return real(analysis)

    monkeypatch.setattr(extractor_module, "find_facts", fails_on_bad)
    results = statistical.extract_many([(SIGNING_EN, "good-1"), (SIGNING_FR, "bad"), (SIGNING_FR, "good-2")])
    assert isinstance(results[1], RuntimeError)
    assert results[0] == statistical.extract_with_warnings(SIGNING_EN, "good-1")
    assert results[2] == statistical.extract_with_warnings(SIGNING_FR, "good-2")
    with pytest.raises(RuntimeError, match="rule crashed"):
        statistical.extract_with_warnings(SIGNING_FR, "bad")


def test_a_document_failing_in_the_model_batch_fails_alone(statistical, monkeypatch):
    """A batch the model cannot read is read again document by document: only the document at fault fails."""
    import spacerec.analysis.collect as collect

    real = collect._write_back

    def fails_on_bad(reading, k, parts):
        if reading.doc_id == "bad":
            raise ValueError("model crashed")
        return real(reading, k, parts)

    monkeypatch.setattr(collect, "_write_back", fails_on_bad)
    results = statistical.extract_many([(SIGNING_EN, "good"), (SIGNING_FR, "bad")])
    assert isinstance(results[1], ValueError)
    assert results[0] == statistical.extract_with_warnings(SIGNING_EN, "good")


class _CountingNer:
    """The English pipeline as the cascade sees it, its NER counting the docs of each ``pipe`` call."""

    def __init__(self, nlp) -> None:
        self.nlp, self.calls = nlp, []

    def __getattr__(self, name):
        return getattr(self.nlp, name)

    @property
    def pipeline(self):
        return [(name, self._counted(c) if name == "ner" else c) for name, c in self.nlp.pipeline]

    def _counted(self, ner):
        outer = self

        class Counted:
            def pipe(self, docs):
                docs = list(docs)
                outer.calls.append(len(docs))
                return ner.pipe(docs)

        return Counted()


def test_the_model_reads_the_sentences_of_a_batch_in_one_call(statistical):
    """One ``pipe`` of the English NER for the model sentences of three documents, not one per document."""
    from spacerec.analysis import analyse_many
    from spacerec.relations import model_needs

    english = _CountingNer(statistical.nlps["en"])
    nlps = {"en": english, "fr": statistical.nlps["fr"]}
    texts = [(SIGNING_EN, "a"), (PLAIN, "b"), (SIGNING_EN.replace("JAXA", "ESA"), "c")]
    statistical.release()
    analyses = analyse_many(texts, nlps, statistical.kb, model_needs=model_needs)
    # one call for the Administrator sentences of a and c (their signing sentences name no person: parse only);
    # b's sentence needs no model
    assert english.calls == [2]
    persons = [p.text for a in analyses for s in a.sentences for p in s.persons]
    assert persons.count("Bill Nelson") == 2


def test_extract_documents_confines_an_unreadable_file(tmp_path: Path, statistical):
    good = tmp_path / "good.txt"
    good.write_text(SIGNING_EN, encoding="utf-8")
    items = [("good", good), ("gone", tmp_path / "gone.txt"), ("again", good)]
    extracted = extract_documents(statistical, items, 100_000)
    assert [e.doc_id for e in extracted] == ["good", "gone", "again"]
    assert extracted[1].error is not None and extracted[1].error[1] == "FileNotFoundError"
    assert extracted[0].error is None and extracted[0].lines == extract_document(statistical, "good", good,
                                                                                  100_000).lines
    assert extracted[2].error is None and extracted[2].record_types == extracted[0].record_types


@pytest.mark.parametrize(("count", "largest", "sizes"), [
    (0, 32, []),
    (1, 32, [1]),
    (10, 4, [1, 2, 4, 3]),
    (40, 8, [1, 2, 4, 8, 8, 8, 8, 1]),
    (5, 0, [1, 1, 1, 1, 1]),
])
def test_batches_start_small_and_keep_the_order(count, largest, sizes):
    items = list(range(count))
    got = list(batches(items, largest))
    assert [len(b) for b in got] == sizes
    assert [x for b in got for x in b] == items


@pytest.mark.parametrize(("text", "needs"), [
    # a signing with no capitalised name: the parse without NER; the official's sentence: NER alone
    (SIGNING_EN, ["syntax", "persons"]),
    # a signing naming a person: the whole parse with NER
    ("ESA Director General Josef Aschbacher signed the agreement with JAXA.\n", ["parse"]),
    # a name in letters persons._NAME does not list still reaches the NER
    ("La ministre Aušrinė Armonaitė a signé les accords Artemis.\n", ["parse"]),
    # a post but no name: nothing for the NER to find, no model at all
    ("The minister of science visited the launch site.\n", []),
])
def test_the_ner_reads_only_sentences_with_a_name(statistical, text, needs):
    from spacerec.analysis import read_blocks
    from spacerec.relations import model_needs

    statistical.release()
    reading = read_blocks(text, "n", statistical.nlps, model_needs=model_needs)
    assert {block.lang for block in reading.blocks} == {"fr" if "ministre" in text else "en"}
    assert [job[1] for job in reading.wanted] == needs
