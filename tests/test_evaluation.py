"""Scoring and loading of record files, on tiny corpora whose numbers are worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacerec.evaluation import (
    RecordFileError,
    evaluate,
    load_records,
    load_records_lenient,
)
from spacerec.evaluation.report_text import format_text
from spacerec.evaluation.scoring import Score, macro_f1

DEV_GOLD = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "gold.jsonl"


# ---------------------------------------------------------------- record builders


def agency(
    doc: str,
    agency_id: str,
    mentions: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
) -> dict:
    return {
        "record_type": "agency",
        "doc_id": doc,
        "agency_id": agency_id,
        "name": agency_id,
        "country": None,
        "mentions": list(mentions),
        "people": [{"name": p, "role": "head"} for p in people],
        "evidence": [],
    }


def mission(
    doc: str,
    name: str,
    agencies: tuple[tuple[str, str], ...] = (),
    part_of: str | None = None,
    events: tuple[tuple[str, str | None], ...] = (),
) -> dict:
    return {
        "record_type": "mission",
        "doc_id": doc,
        "name": name,
        "kind": "spacecraft",
        "agencies": [{"agency_id": a, "role": r} for a, r in agencies],
        "part_of": part_of,
        "events": [{"event": e, "date": d, "date_precision": None} for e, d in events],
        "evidence": [],
    }


def agreement(
    doc: str,
    parties: list[str],
    kind: str = "mou",
    subject: str | None = None,
    date: str | None = None,
    signatories: tuple[tuple[str, str | None], ...] = (),
    evidence: tuple[str, ...] = (),
) -> dict:
    return {
        "record_type": "agreement",
        "doc_id": doc,
        "kind": kind,
        "parties": parties,
        "subject": subject,
        "date": date,
        "status": "signed",
        "signatories": [{"name": n, "agency_id": a} for n, a in signatories],
        "evidence": [
            {"start": 0, "end": len(t), "text": t, "lang": "en", "block": "body"}
            for t in evidence
        ],
    }


def document(
    doc: str, captions: tuple[tuple[str | None, str | None, str | None], ...] = ()
) -> dict:
    return {
        "record_type": "document",
        "doc_id": doc,
        "title": doc,
        "languages": ["en"],
        "captions": [
            {"texts": {"fr": fr, "en": en}, "credit": credit}
            for fr, en, credit in captions
        ],
        "evidence": [],
    }


def counts(score: Score) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


# ---------------------------------------------------------------- the hand-worked corpus

GOLD = [
    agency(
        "a", "CNSA", mentions=("CNSA", "the Chinese agency"), people=("Zhang Kejian",)
    ),
    agency("a", "ROSCOSMOS", mentions=("Roscosmos",)),
    mission("a", "Chang'e 4", agencies=(("CNSA", "lead"),)),
    mission("a", "Artemis II", agencies=(("NASA", "lead"),)),
    agreement(
        "a",
        ["CNSA", "ROSCOSMOS"],
        subject="ILRS",
        date="2021-03-09",
        signatories=(("Zhang Kejian", "CNSA"),),
    ),
    agency("b", "NASA"),
    agreement("b", ["CNES", "CNSA"], kind="cooperation", subject="Chang'e 6"),
]

PRED = [
    # role wording and a doubled space in a person's name do not matter
    agency(
        "a", "CNSA", mentions=("CNSA", "The Chinese agency"), people=("Zhang  Kejian",)
    ),
    agency(
        "a", "ESA", mentions=("Roscosmos",)
    ),  # wrong agency, and "Roscosmos" linked to it
    mission(
        "a", "Chang’e-4", agencies=(("CNSA", "partner"),)
    ),  # same mission after normalisation
    mission("a", "Artemis 2", agencies=(("NASA", "lead"), ("ESA", "partner"))),
    agreement(  # same parties (other order), wrong date
        "a",
        ["ROSCOSMOS", "CNSA"],
        subject="ILRS",
        date="2021-03-10",
        signatories=(("Zhang Kejian", "CNSA"),),
        evidence=("signed on 10 March",),
    ),
    # nothing predicted for "b"; "c" is not in the gold
    agency("c", "JAXA"),
]


def test_hand_worked_micro_scores() -> None:
    result = evaluate(GOLD, PRED, bootstrap=0)
    m = result.metrics
    # agencies: gold CNSA, ROSCOSMOS (a), NASA (b); pred CNSA, ESA (a); JAXA in c is ignored.
    # tp 1 (CNSA), fp 1 (ESA), fn 2 -> P 1/2, R 1/3, F1 = 2*(1/2)(1/3)/(5/6) = 0.4
    assert counts(m["agencies"]) == (1, 1, 2)
    assert m["agencies"].precision == pytest.approx(0.5)
    assert m["agencies"].recall == pytest.approx(1 / 3)
    assert m["agencies"].f1 == pytest.approx(0.4)
    # missions: change4 and artemis2 on both sides ("Chang’e-4" = "Chang'e 4", "Artemis 2" = "Artemis II")
    assert counts(m["missions"]) == (2, 0, 0)
    assert m["missions"].f1 == 1.0
    # mission_agencies: (change4, CNSA) tp (role ignored), (artemis2, NASA) tp, (artemis2, ESA) fp
    # P 2/3, R 1, F1 0.8
    assert counts(m["mission_agencies"]) == (2, 1, 0)
    assert m["mission_agencies"].f1 == pytest.approx(0.8)
    # agreements: (CNSA, ROSCOSMOS) tp, (CNES, CNSA) in b fn -> P 1, R 1/2, F1 2/3
    assert counts(m["agreements"]) == (1, 0, 1)
    assert m["agreements"].f1 == pytest.approx(2 / 3)
    # agreement_dates: gold 2021-03-09 vs pred 2021-03-10: fp 1 + fn 1; b's null date gives no key
    assert counts(m["agreement_dates"]) == (0, 1, 1)
    assert m["agreement_dates"].f1 == 0.0
    # signatories: (CNSA,ROSCOSMOS, zhangkejian, CNSA) on both sides
    assert counts(m["signatories"]) == (1, 0, 0)
    # macro = (0.4 + 1 + 0.8 + 2/3 + 0 + 1) / 6
    assert result.macro_f1 == pytest.approx((0.4 + 1 + 0.8 + 2 / 3 + 0 + 1) / 6)
    # the secondary metrics
    assert counts(m["officials"]) == (
        1,
        0,
        0,
    )  # "Zhang  Kejian" normalises to zhangkejian
    assert counts(m["agreements_full"]) == (0, 1, 2)  # the date differs; b is missed
    assert counts(m["agreement_subjects"]) == (1, 0, 1)
    assert counts(m["agreement_kinds"]) == (1, 0, 1)
    assert m["captions"].empty and m["part_of"].empty and m["events"].empty


def test_hand_worked_per_doc_and_ignored_docs() -> None:
    result = evaluate(GOLD, PRED, bootstrap=0)
    assert sorted(result.per_doc) == ["a", "b"]
    assert result.ignored_pred_docs == ["c"]
    b = result.per_doc["b"]
    # b: agencies fn 1 (F1 0), agreements fn 1 (F1 0); missions, mission_agencies, agreement_dates
    # (null date) and signatories are empty on both sides (F1 1) -> macro 4/6
    assert counts(b["agencies"]) == (0, 0, 1)
    assert b["agencies"].precision == 0.0 and b["agencies"].recall == 0.0
    assert b["agreement_dates"].empty
    assert macro_f1(b) == pytest.approx(4 / 6)


def test_gold_documents_without_any_prediction_are_counted_in_the_report() -> None:
    """A partial run (or a pred of another document set) must show in the saved report, not only on stderr."""
    result = evaluate(GOLD, PRED, bootstrap=0)  # PRED has records of a and c, none of b
    assert result.unpredicted_gold_docs == ["b"]
    assert "documents scored: 2 (1 of them without any predicted record: all their gold counts as misses)" in (
        format_text(result))
    assert "(1 of them" in format_text(result, totals_only=True)
    data = result.to_dict()
    assert data["documents_without_prediction"] == 1 and data["unpredicted_gold_docs"] == ["b"]
    totals = result.to_dict(totals_only=True)
    assert totals["documents_without_prediction"] == 1 and "unpredicted_gold_docs" not in totals
    full = evaluate(GOLD, GOLD, bootstrap=0)
    assert full.unpredicted_gold_docs == [] and "without any predicted" not in format_text(full)
    assert "documents_without_prediction" not in full.to_dict()


def test_all_docs_counts_pred_only_documents() -> None:
    result = evaluate(GOLD, PRED, docs="all", bootstrap=0)
    # JAXA in c is now a false positive: tp 1, fp 2, fn 2 -> P = R = F1 = 1/3
    assert counts(result.metrics["agencies"]) == (1, 2, 2)
    assert result.metrics["agencies"].f1 == pytest.approx(1 / 3)
    assert result.ignored_pred_docs == []
    assert sorted(result.per_doc) == ["a", "b", "c"]


def test_linking_accuracy() -> None:
    result = evaluate(GOLD, PRED, bootstrap=0)
    # gold mentions of a: cnsa -> CNSA, thechineseagency -> CNSA, roscosmos -> ROSCOSMOS; all three are
    # predicted, "roscosmos" linked to ESA -> 2 of 3
    assert (result.linking_correct, result.linking_count) == (2, 3)
    assert result.linking_accuracy == pytest.approx(2 / 3)


def test_errors_list_every_fp_and_fn_with_evidence() -> None:
    result = evaluate(GOLD, PRED, bootstrap=0)
    dates = [
        (e.kind, e.key, e.evidence)
        for e in result.errors
        if e.metric == "agreement_dates"
    ]
    assert dates == [
        ("fn", "CNSA,ROSCOSMOS | 2021-03-09", []),
        ("fp", "CNSA,ROSCOSMOS | 2021-03-10", ["signed on 10 March"]),
    ]
    total = sum(s.fp + s.fn for s in result.metrics.values())
    assert len(result.errors) == total


def test_duplicates_count_once_per_match() -> None:
    gold = [agreement("a", ["CNSA", "ROSCOSMOS"])]
    pred = [
        agreement("a", ["CNSA", "ROSCOSMOS"]),
        agreement("a", ["ROSCOSMOS", "CNSA"]),
    ]
    result = evaluate(gold, pred, bootstrap=0)
    # tp 1, fp 1 -> P 1/2, R 1, F1 2/3
    assert counts(result.metrics["agreements"]) == (1, 1, 0)
    assert result.metrics["agreements"].f1 == pytest.approx(2 / 3)
    assert [(e.metric, e.kind) for e in result.errors if e.metric == "agreements"] == [
        ("agreements", "fp")
    ]


def test_two_gold_agreements_between_same_parties_are_a_multiset() -> None:
    gold = [
        agreement("a", ["CNSA", "ROSCOSMOS"], date="2021"),
        agreement("a", ["CNSA", "ROSCOSMOS"], date="2022"),
    ]
    pred = [agreement("a", ["CNSA", "ROSCOSMOS"], date="2021")]
    result = evaluate(gold, pred, bootstrap=0)
    assert counts(result.metrics["agreements"]) == (1, 0, 1)
    assert counts(result.metrics["agreement_dates"]) == (1, 0, 1)


def test_part_of_events_and_captions() -> None:
    gold = [
        document("a", captions=(("L’accord  signé", "The agreement signed", "CNSA"),)),
        mission("a", "DORN", part_of="Chang'e 6"),
        mission("a", "Chang'e 4", events=(("landing", "2019-01"),)),
    ]
    pred = [
        # caption texts compare case-, space- and apostrophe-blind; the credit is ignored
        document(
            "a",
            captions=(
                ("l'accord signé", "the agreement  signed", None),
                (None, "Extra", None),
            ),
        ),
        mission("a", "DORN", part_of="Chang’e-6"),
        mission("a", "Chang'e 4", events=(("landing", "2019"),)),
    ]
    result = evaluate(gold, pred, bootstrap=0)
    assert counts(result.metrics["captions"]) == (1, 1, 0)
    assert counts(result.metrics["part_of"]) == (1, 0, 0)
    assert counts(result.metrics["events"]) == (0, 1, 1)  # the date differs


def test_empty_predictions_give_zero_recall() -> None:
    result = evaluate(GOLD, [], bootstrap=0)
    score = result.metrics["agencies"]
    assert counts(score) == (0, 0, 3)
    assert (score.precision, score.recall, score.f1, score.empty) == (
        0.0,
        0.0,
        0.0,
        False,
    )
    assert result.linking_accuracy is None and result.linking_count == 0


def test_empty_gold_and_empty_pred_are_perfect_and_flagged() -> None:
    result = evaluate([], [], bootstrap=0)
    for score in result.metrics.values():
        assert score.empty
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert result.macro_f1 == 1.0
    # a document with no agreement on either side: agreements are empty there too
    doc_only = evaluate([document("a")], [document("a")], bootstrap=0)
    assert doc_only.per_doc["a"]["agreements"].empty


def test_predictions_for_documents_not_in_gold_are_ignored() -> None:
    result = evaluate(
        [agency("a", "NASA")], [agency("a", "NASA"), agency("z", "ESA")], bootstrap=0
    )
    assert counts(result.metrics["agencies"]) == (1, 0, 0)
    assert result.ignored_pred_docs == ["z"]


def test_gold_against_itself_is_perfect() -> None:
    gold = [r for r in load_records(DEV_GOLD) if r["doc_id"] == "dev/bi/change-6-foreign-payloads"]
    result = evaluate(gold, gold)
    assert result.macro_f1 == 1.0
    assert result.errors == []
    assert result.linking_accuracy == 1.0
    assert result.metrics["captions"].tp == 3  # its three bilingual captions
    assert result.ci["macro_f1"] == (1.0, 1.0)


def test_bootstrap_is_deterministic_and_contains_the_estimate() -> None:
    gold = [agency(f"d{i}", "NASA") for i in range(8)] + [
        agency(f"d{i}", "ESA") for i in range(0, 8, 2)
    ]
    pred = [agency(f"d{i}", "NASA") for i in range(0, 8, 3)] + [
        agency(f"d{i}", "ESA") for i in range(8)
    ]
    first = evaluate(gold, pred, bootstrap=200, seed=7)
    again = evaluate(gold, pred, bootstrap=200, seed=7)
    assert first.ci == again.ci
    low, high = first.ci["macro_f1"]
    assert low <= first.macro_f1 <= high
    low, high = first.ci["agencies.f1"]
    assert low < first.metrics["agencies"].f1 < high
    assert set(first.ci) >= {
        "agencies.precision",
        "agencies.recall",
        "signatories.f1",
        "macro_f1",
    }
    assert evaluate(gold, pred, bootstrap=0).ci == {}


def test_unknown_docs_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="docs"):
        evaluate([], [], docs="pred")  # type: ignore[arg-type]


def test_evaluate_result_to_dict_is_json() -> None:
    data = json.loads(json.dumps(evaluate(GOLD, PRED, bootstrap=10).to_dict()))
    assert data["metrics"]["agencies"]["tp"] == 1
    assert data["linking"] == {
        "accuracy": pytest.approx(2 / 3),
        "correct": 2,
        "count": 3,
    }
    assert data["per_doc"]["b"]["macro_f1"] == pytest.approx(4 / 6)


def test_totals_only_hides_every_document_name_and_error(tmp_path: Path) -> None:
    """A held-out split's report keeps the totals and names no document (no per-doc score, no error)."""
    from spacerec.cli import app
    from typer.testing import CliRunner

    records = DEV_GOLD.read_text(encoding="utf-8").splitlines()
    docs = {json.loads(line)["doc_id"] for line in records}
    pred = tmp_path / "pred.jsonl"  # every other record dropped: errors in many documents
    pred.write_text("".join(line + "\n" for line in records[::2]), encoding="utf-8")
    base = ["eval", "--gold", str(DEV_GOLD), "--pred", str(pred)]
    full = CliRunner().invoke(app, base)
    assert full.exit_code == 0 and "Per document" in full.output
    assert any(doc in full.output for doc in docs)
    text = CliRunner().invoke(app, [*base, "--totals-only"])
    data = json.loads(CliRunner().invoke(app, [*base, "--totals-only", "--json"]).output)
    assert text.exit_code == 0 and "macro-F1" in text.output
    assert not any(doc in text.output or doc in json.dumps(data) for doc in docs)
    assert "per_doc" not in data and "errors" not in data and data["documents"] == len(docs)
    assert data["macro_f1"] == pytest.approx(json.loads(CliRunner().invoke(app, [*base, "--json"]).output)["macro_f1"])
    refused = CliRunner().invoke(app, [*base, "--totals-only", "--html", str(tmp_path / "r.html")])
    assert refused.exit_code == 2 and not (tmp_path / "r.html").exists()
    # the warnings and errors on the way name no gold document either
    half = sorted(docs)[: len(docs) // 2]
    partial = tmp_path / "partial.jsonl"
    partial.write_text("".join(line + "\n" for line in records if json.loads(line)["doc_id"] in half), encoding="utf-8")
    foreign = tmp_path / "foreign.jsonl"
    foreign.write_text("".join(json.dumps({**json.loads(line), "doc_id": json.loads(line)["doc_id"].replace("/", "_")})
                               + "\n" for line in records), encoding="utf-8")  # ids no folder prefix explains
    for pred_file, code in ((partial, 0), (foreign, 2)):
        result = CliRunner().invoke(app, ["eval", "--gold", str(DEV_GOLD), "--pred", str(pred_file), "--totals-only"])
        assert result.exit_code == code, result.output
        assert not any(doc in result.output for doc in docs), result.output
        shown = CliRunner().invoke(app, ["eval", "--gold", str(DEV_GOLD), "--pred", str(pred_file)])
        assert any(doc in shown.output for doc in docs)  # without --totals-only the same messages name them


# ---------------------------------------------------------------- loading


def write_lines(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps(agency("a", "NASA"))


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ('{"record_type": "agency", ', "not JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"record_type": "agency"}', "lacks doc_id"),
        ('{"doc_id": "a"}', "lacks record_type"),
        ('{"record_type": "launch", "doc_id": "a"}', "unknown record_type"),
        ('{"record_type": "mission", "doc_id": "a"}', "schema: (record): 'name' is a required property"),
        # issue 12 item 8: wrong field types are caught by the schema, with the field, before any key is built
        (json.dumps(dict(agency("a", "NASA"), agency_id=3)), "schema: agency_id: 3 is not of type 'string'"),
        ('{"record_type": "agreement", "doc_id": "a", "kind": "mou", "parties": "NASA", "subject": null, '
         '"date": null, "date_precision": null, "status": "signed", "signatories": [], "evidence": []}',
         "schema: parties: 'NASA' is not of type 'array'"),
    ],
)
def test_bad_line_is_reported_with_its_number(
    tmp_path: Path, bad: str, reason: str
) -> None:
    path = write_lines(
        tmp_path, [GOOD, "", bad, GOOD]
    )  # blank line 2 is skipped, the bad one is line 3
    with pytest.raises(RecordFileError) as caught:
        load_records(path)
    assert str(caught.value).startswith(f"{path}:3: ")
    assert reason in str(caught.value)
    assert caught.value.line_number == 3
    assert isinstance(caught.value, ValueError)


def test_skip_and_lenient_keep_the_good_lines(tmp_path: Path) -> None:
    path = write_lines(tmp_path, [GOOD, "not json", GOOD])
    assert len(load_records(path, on_error="skip")) == 2
    records, warnings = load_records_lenient(path)
    assert [r["agency_id"] for r in records] == ["NASA", "NASA"]
    assert [w.line_number for w in warnings] == [2]


def test_gold_file_loads() -> None:
    records: list[dict[str, Any]] = load_records(DEV_GOLD)
    lines = [
        line for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert len(records) == len(lines)
    assert {r["record_type"] for r in records} == {
        "document",
        "agency",
        "mission",
        "agreement",
    }
