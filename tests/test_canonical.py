"""Canonical agreements and missions across documents (spacerec.canonical, ``spacerec merge``), on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacerec.canonical import (
    date_compatible,
    merge,
    merge_agreements,
    merge_missions,
    read_records,
    summarise,
)
from spacerec.cli import app
from spacerec.records import AgreementRecord, DocumentRecord, Event, MissionAgency, MissionRecord, Signatory
from spacerec.schema import canonical_errors, schema_errors
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]


def agreement(doc_id: str, date: str | None = None, *, parties: tuple[str, ...] = ("CNSA", "ROSCOSMOS"),
              kind: str = "mou", subject: str | None = "ILRS", status: str = "signed",
              signatories: tuple[tuple[str, str | None], ...] = ()) -> dict[str, Any]:
    precision = {4: "year", 7: "month", 10: "day"}[len(date)] if date else None
    record = AgreementRecord(doc_id, kind, list(parties), subject, date, precision, status,
                             [Signatory(n, a) for n, a in signatories]).to_dict()
    assert list(schema_errors(record)) == []
    return record


def valid(canonical: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for record in canonical:
        assert list(canonical_errors(record)) == [], record
    return canonical


def five_reports() -> list[dict[str, Any]]:
    """One signing (CNSA-Roscosmos MoU on the ILRS, 9 March 2021) as five outlets reported it."""
    return [
        agreement("news/tass", "2021-03-09", signatories=(("Dmitry Rogozin", "ROSCOSMOS"),)),
        agreement("news/xinhua", "2021-03-09", signatories=(("Zhang Kejian", "CNSA"),)),
        agreement("news/lemonde-fr", "2021-03", subject="ILRS"),
        agreement("news/spacenews", None, subject=None, signatories=(("Zhang Kejian", None),)),
        agreement("news/blog", None, subject="I.L.R.S."),
    ]


def test_five_reports_of_one_signing_merge_to_one() -> None:
    reports = five_reports()
    canonical = valid(merge_agreements(reports))
    assert len(canonical) == 1
    (one,) = canonical
    assert one["date"] == "2021-03-09" and one["date_precision"] == "day"  # the most precise report's date
    assert one["subject"] == "ILRS"  # 'I.L.R.S.' normalises to the same subject; the most frequent form is kept
    assert sorted(s["record_id"] for s in one["sources"]) == sorted(r["id"] for r in reports)
    assert one["doc_ids"] == sorted(r["doc_id"] for r in reports)
    assert {(s["name"], s["agency_id"]) for s in one["signatories"]} == {
        ("Dmitry Rogozin", "ROSCOSMOS"), ("Zhang Kejian", "CNSA")}  # union; a known agency wins over null
    assert all(s["reason"] for s in one["sources"])
    reasons = {s["doc_id"]: s["reason"] for s in one["sources"]}
    assert "refined by 2021-03-09" in reasons["news/lemonde-fr"]
    assert "undated" in reasons["news/spacenews"]
    assert one["conflicts"] == []


def test_two_signings_on_different_days_stay_two_and_are_listed() -> None:
    reports = [agreement("news/a", "2021-03-09"), agreement("news/b", "2021-03-09"), agreement("news/c", "2023-11-02")]
    canonical = valid(merge_agreements(reports))
    assert sorted(c["date"] for c in canonical) == ["2021-03-09", "2023-11-02"]
    first, second = sorted(canonical, key=lambda c: c["date"])
    assert len(first["sources"]) == 2 and len(second["sources"]) == 1
    assert [x["canonical_id"] for x in first["conflicts"]] == [second["id"]]
    assert [x["canonical_id"] for x in second["conflicts"]] == [first["id"]]
    assert first["conflicts"][0]["type"] == "different_dates"


def test_conflicting_days_are_kept_apart_and_listed_with_the_gap() -> None:
    reports = [agreement("news/a", "2021-03-09"), agreement("news/b", "2021-03-10")]
    canonical = valid(merge_agreements(reports))
    assert len(canonical) == 2
    for c in canonical:
        (conflict,) = c["conflicts"]
        assert conflict["type"] == "different_dates"
        assert "1 days apart" in conflict["reason"]
    assert summarise(reports, canonical).agreement_conflicts == 1


def test_an_undated_report_joins_the_only_dated_one() -> None:
    canonical = valid(merge_agreements([agreement("news/a", "2021-03-09"), agreement("news/b", None)]))
    assert len(canonical) == 1
    assert canonical[0]["date"] == "2021-03-09" and len(canonical[0]["sources"]) == 2


def test_an_undated_report_between_two_dated_ones_stays_apart() -> None:
    reports = [agreement("news/a", "2021-03-09"), agreement("news/b", "2023-11-02"), agreement("news/c", None)]
    canonical = valid(merge_agreements(reports))
    assert len(canonical) == 3
    undated = next(c for c in canonical if c["date"] is None)
    assert {x["type"] for x in undated["conflicts"]} == {"ambiguous"}
    assert {x["canonical_id"] for x in undated["conflicts"]} == {c["id"] for c in canonical if c["date"]}
    assert "kept apart" in undated["sources"][0]["reason"]


def test_a_month_with_two_candidate_days_stays_apart() -> None:
    reports = [agreement("news/a", "2021-03-09"), agreement("news/b", "2021-03-20"), agreement("news/c", "2021-03")]
    assert len(merge_agreements(reports)) == 3


def test_subjects_parties_kind_and_same_document_keep_reports_apart() -> None:
    reports = [
        agreement("news/a", "2021-03-09"),
        agreement("news/b", "2021-03-09", subject="Chang'e 7"),  # another subject
        agreement("news/c", "2021-03-09", parties=("CNSA", "ESA")),  # other parties
        agreement("news/d", "2021-03-09", kind="joint_statement"),  # other kind
        agreement("news/a", "2021-03"),  # the same article: the extractor kept it apart
    ]
    canonical = valid(merge_agreements(reports))
    assert len(canonical) == 5
    assert all(len(c["sources"]) == 1 for c in canonical)


def test_null_subject_joins_either_but_not_when_two_subjects_compete() -> None:
    one = merge_agreements([agreement("news/a", "2021-03-09"), agreement("news/b", "2021-03-09", subject=None)])
    assert len(one) == 1 and one[0]["subject"] == "ILRS"
    three = merge_agreements([agreement("news/a", "2021-03-09"), agreement("news/b", "2021-03-09", subject="ILRS 2"),
                              agreement("news/c", "2021-03-09", subject=None)])
    assert len(three) == 3


def test_status_of_a_reported_signing_wins_over_planned() -> None:
    (one,) = merge_agreements([agreement("news/a", "2023-06-21"), agreement("news/b", None, status="planned")])
    assert one["status"] == "signed"
    assert {s["status"] for s in one["sources"]} == {"signed", "planned"}


def document(doc_id: str, date: str) -> dict[str, Any]:
    return DocumentRecord(doc_id, doc_id, ["en"], extra={"date": date}).to_dict()


def test_a_planned_signing_does_not_join_one_that_took_place_before_its_article() -> None:
    signed = agreement("news/a", "2020-10-27")
    later = [document("news/z", "2024-04-12"), agreement("news/z", None, subject=None, status="planned")]
    canonical = valid(merge_agreements([signed, *later]))
    assert len(canonical) == 2
    apart = next(c for c in canonical if c["date"] is None)
    assert "planned signing in an article of 2024-04-12" in apart["sources"][0]["reason"]
    # the article a day after the signing (time zones, publication lag): the same signing
    (one,) = merge_agreements([signed, document("news/y", "2020-10-28"), agreement("news/y", None, status="planned")])
    assert len(one["sources"]) == 2
    # a signing reported as done, in an article written before the only dated one: another signing
    early = [document("news/x", "2019-05-02"), agreement("news/x", None)]
    assert len(merge_agreements([signed, *early])) == 2
    assert len(merge_agreements([signed, agreement("news/x", None)])) == 1  # no article date: nothing known


@pytest.mark.parametrize(("a", "b", "ok"), [
    ("2021", "2021-03-09", True), ("2021-03", "2021-03-09", True), ("2021-03-09", "2021-03-09", True),
    ("2021-03-09", "2021-03-10", False), ("2021-03", "2021-04-01", False), ("2021", "2022", False),
    ("2021-1", "2021-10", False),
])
def test_date_compatibility(a: str, b: str, ok: bool) -> None:
    assert date_compatible(a, b) is ok and date_compatible(b, a) is ok


def mixed_reports() -> list[dict[str, Any]]:
    return [
        *five_reports(),
        agreement("news/c", "2023-11-02"), agreement("news/d", "2023-11-03"), agreement("news/e", "2023-11"),
        agreement("news/f", None, subject=None), agreement("news/a", "2022", parties=("CNSA", "ESA"), kind="agreement"),
        agreement("news/b", None, parties=("CNSA", "ESA"), kind="agreement", subject="Smile"),
        agreement("news/g", "2021-03-09", subject=None), agreement("news/h", "2021-03-09", subject="Chang'e 8"),
        document("news/p", "2023-10-20"), agreement("news/p", None, status="planned"),
    ]


def test_ids_are_stable_across_runs() -> None:
    first = merge_agreements(mixed_reports())
    assert merge_agreements(mixed_reports()) == first
    assert len({c["id"] for c in first}) == len(first)
    (one,) = merge_agreements(five_reports())
    assert one["id"] in {c["id"] for c in first}  # more reports of other facts do not change this one's id


@settings(max_examples=60, deadline=None)
@given(st.permutations(mixed_reports()))
def test_output_does_not_depend_on_input_order(shuffled: list[dict[str, Any]]) -> None:
    assert merge(shuffled) == merge(mixed_reports())


def test_every_agreement_is_the_source_of_exactly_one_canonical_record() -> None:
    reports = mixed_reports()
    sources = [s["record_id"] for c in merge_agreements(reports) for s in c["sources"]]
    assert sorted(sources) == sorted(r["id"] for r in reports if r["record_type"] == "agreement")


# --------------------------------------------------------------------------- missions


def mission(doc_id: str, name: str, agencies: tuple[tuple[str, str], ...], events: tuple[tuple[str, str | None], ...],
            kind: str | None = "spacecraft") -> dict[str, Any]:
    precision = {4: "year", 7: "month", 10: "day"}
    return MissionRecord(doc_id, name, kind, [MissionAgency(a, r) for a, r in agencies], target="Moon",
                         events=[Event(e, d, precision[len(d)] if d else None) for e, d in events]).to_dict()


def test_missions_across_documents_union_agencies_and_events_with_sources() -> None:
    records = [
        mission("news/a", "Chang'e 6", (("CNSA", "lead"), ("ESA", "partner")), (("launch", "2024-05-03"),)),
        mission("news/b", "Chang’e-6", (("CNSA", "lead"), ("CNES", "contributor")),
                (("launch", "2024-05"), ("landing", "2024-06-02"))),
        mission("news/c", "CHANG'E 6", (("ESA", "contributor"), ("ESA", "partner")), (("landing", "2024-06-01"),)),
        mission("news/c", "Hayabusa2", (("JAXA", "lead"),), ()),
    ]
    canonical = valid(merge_missions(records))
    assert [c["name_norm"] for c in canonical] == ["change6", "hayabusa2"]
    change6 = canonical[0]
    assert sorted(s["record_id"] for s in change6["sources"]) == sorted(r["id"] for r in records[:3])
    assert {(a["agency_id"], a["role"]): a["doc_ids"] for a in change6["agencies"]} == {
        ("CNES", "contributor"): ["news/b"], ("CNSA", "lead"): ["news/a", "news/b"],
        ("ESA", "partner"): ["news/a", "news/c"]}
    events = {(e["event"], e["date"]): e["doc_ids"] for e in change6["events"]}
    assert events == {("launch", "2024-05-03"): ["news/a", "news/b"], ("landing", "2024-06-01"): ["news/c"],
                      ("landing", "2024-06-02"): ["news/b"]}
    fields = {x["field"] for x in change6["conflicts"]}
    assert "events.landing" in fields and "agencies.ESA.role" in fields


# --------------------------------------------------------------------------- files and the command


def write_jsonl(path: Path, records: list[dict[str, Any]], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_merge_command_writes_canonical_records(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "records.jsonl", mixed_reports())
    out = tmp_path / "canonical.jsonl"
    result = CliRunner().invoke(app, ["merge", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert written == merge(mixed_reports())
    agreements = [r for r in mixed_reports() if r["record_type"] == "agreement"]
    assert f"{len(agreements)} agreement records -> {len(written)} canonical agreements" in result.output


def test_merge_command_refuses_bad_lines_with_file_and_line(tmp_path: Path) -> None:
    bad = dict(agreement("news/a", "2021-03-09"), kind="treaty")
    source = write_jsonl(tmp_path / "records.jsonl", [agreement("news/b")], ("{oops", json.dumps(bad)))
    out = tmp_path / "canonical.jsonl"
    result = CliRunner().invoke(app, ["merge", str(source), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{source}:2: not JSON" in result.output and f"{source}:3: kind" in result.output
    assert not out.exists()


def test_merge_given_its_own_output_says_so_in_one_line(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "records.jsonl", mixed_reports())
    canonical = tmp_path / "canonical.jsonl"
    assert CliRunner().invoke(app, ["merge", str(source), "-o", str(canonical)]).exit_code == 0
    again = tmp_path / "again.jsonl"
    result = CliRunner().invoke(app, ["merge", str(canonical), "-o", str(again)])
    assert result.exit_code == 2 and not again.exists()
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "spacerec merge's output" in lines[0], result.output


def test_read_records_reads_the_projects_output_without_errors() -> None:
    records, errors = read_records(REPO / "outputs" / "records.jsonl")
    assert errors == [] and records


def test_committed_canonical_output_is_the_merge_of_the_committed_records() -> None:
    committed = REPO / "outputs" / "canonical.jsonl"
    records, _ = read_records(REPO / "outputs" / "records.jsonl")
    expected = valid(merge(records))
    lines = [json.loads(line) for line in committed.read_text("utf-8").splitlines()]
    assert lines == expected, "outputs/canonical.jsonl is stale: run `bash tools/reproduce.sh`"
    agreements = [r for r in records if r["record_type"] == "agreement"]
    canonical = [c for c in expected if c["record_type"] == "canonical_agreement"]
    assert len(canonical) < len(agreements)  # the corpus reports some signings in several articles


def test_readme_figures_are_those_of_the_committed_output() -> None:
    """The README's before/after table is the merge of outputs/records.jsonl."""
    import re

    records, _ = read_records(REPO / "outputs" / "records.jsonl")
    s = summarise(records, merge(records))
    readme = (REPO / "README.md").read_text("utf-8")
    row = re.search(r"^\| agreements \| (\d+) \| (\d+) \| (\d+) \|$", readme, re.M)
    assert row and tuple(map(int, row.groups())) == (s.agreement_records, s.canonical_agreements, s.merged_agreements)
    row = re.search(r"^\| missions \| (\d+) \| (\d+) \|", readme, re.M)
    assert row and tuple(map(int, row.groups())) == (s.mission_records, s.canonical_missions)
    conflicts = re.search(r" (\d+) pairs are listed as conflicts ", readme)  # was 26 when merge printed 36
    assert conflicts and int(conflicts.group(1)) == s.agreement_conflicts


def test_two_processes_with_different_hash_seeds_write_the_same_bytes(tmp_path: Path) -> None:
    """Nothing depends on set or dict order that Python randomises between runs."""
    import os
    import subprocess
    import sys

    source = REPO / "outputs" / "records.jsonl"
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"canonical-{seed}.jsonl"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        command = [str(Path(sys.executable).with_name("spacerec")), "merge", str(source), "-o", str(out), "-q"]
        proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == (REPO / "outputs" / "canonical.jsonl").read_bytes()
