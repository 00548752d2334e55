"""The database loader on SQLite (always); tests/test_db_postgres.py runs the same tests on PostgreSQL.

Every test takes the ``db_url`` fixture, which test_db_postgres.py overrides.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import typer
from spacerec.blocks.segment import Caption
from spacerec.db import applied_versions, connect, load_records_into, migrate
from spacerec.db import load as load_module
from spacerec.db.cli import load_command
from spacerec.db.load import BadRecordsError
from spacerec.db.queries import QUERIES, mission_key, run_query
from spacerec.db.rows import ALL_TABLES
from spacerec.db.schema import MIGRATIONS, Migration
from spacerec.records import (
    AgencyRecord,
    AgreementRecord,
    DocumentRecord,
    Event,
    Evidence,
    MissionAgency,
    MissionRecord,
    Person,
    Signatory,
    record_id,
)
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
OUTPUTS = REPO / "outputs" / "records.jsonl"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'spacerec.db'}"


# --------------------------------------------------------------------------- inline records


def _ev(text: str, start: int = 0, lang: str = "en", block: str = "body") -> Evidence:
    return Evidence(start, start + len(text), text, lang, block)


def doc_one() -> list[dict[str, Any]]:
    d = "news/one"
    return [
        DocumentRecord(d, "China and France sign for Chang'e 6", ["en", "fr"],
                       captions=[Caption({"fr": "La sonde.", "en": "The probe."}, "CNSA")],
                       evidence=[_ev("China and France sign for Chang'e 6", block="title")]).to_dict(),
        AgencyRecord(d, "CNSA", "China National Space Administration", "CN", mentions=["CNSA", "l'agence chinoise"],
                     people=[Person("Zhang Kejian", "head")], evidence=[_ev("CNSA", 40)]).to_dict(),
        AgencyRecord(d, "CNES", "Centre national d'études spatiales", "FR", mentions=["CNES"],
                     evidence=[_ev("CNES", 60)]).to_dict(),
        MissionRecord(d, "Chang'e 6", "spacecraft",
                      agencies=[MissionAgency("CNSA", "lead"), MissionAgency("CNES", "contributor"),
                                MissionAgency("ESA", "contributor")],
                      target="Moon", status="completed", events=[Event("launch", "2024-05-03", "day")],
                      evidence=[_ev("Chang'e 6 lifted off on 3 May 2024.", 80)]).to_dict(),
        AgreementRecord(d, "agreement", ["CNSA", "CNES"], "Chang'e 6", "2019-03", "month", "signed",
                        signatories=[Signatory("Zhang Kejian", "CNSA")],
                        evidence=[_ev("CNES and CNSA signed the agreement in March 2019.", 120),
                                  _ev("Le CNES et la CNSA ont signé l'accord en mars 2019.", 200, "fr")]).to_dict(),
        AgreementRecord(d, "mou", ["CNSA", "ROSCOSMOS"], "ILRS", "2021-03-09", "day", "signed",
                        evidence=[_ev("CNSA and Roscosmos signed an MoU on the ILRS on 9 March 2021.", 300)]).to_dict(),
    ]


def doc_two() -> list[dict[str, Any]]:
    d = "news/two"
    return [
        DocumentRecord(d, "Chang'e 6 returns", ["en"], evidence=[_ev("Chang'e 6 returns", block="title")]).to_dict(),
        AgencyRecord(d, "CNSA", "China National Space Administration", "CN", mentions=["CNSA"],
                     evidence=[_ev("CNSA", 30)]).to_dict(),
        MissionRecord(d, "Chang'e-6", "spacecraft",
                      agencies=[MissionAgency("CNSA", "lead"), MissionAgency("ESA", "partner")],
                      evidence=[_ev("Chang'e-6", 50)]).to_dict(),
        AgreementRecord(d, "agreement", ["CNES", "CNSA"], "Chang'e 6", "2019-03", "month", "signed",
                        evidence=[_ev("the 2019 CNES-CNSA agreement", 90)]).to_dict(),
        AgreementRecord(d, "mou", ["CNSA", "country:TH"], None, None, None, "planned",
                        evidence=[_ev("China and Thailand are to sign an MoU.", 140)]).to_dict(),
    ]


def write_jsonl(path: Path, records: list[dict[str, Any]], extra_lines: dict[int, str] | None = None) -> Path:
    """Records as JSONL; ``extra_lines`` inserts raw lines before the given 0-based record index."""
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for index, raw in sorted((extra_lines or {}).items(), reverse=True):
        lines.insert(index, raw)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def dump(db_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: what "changes nothing" compares."""
    with connect(db_url) as db:
        out = {}
        for table in ALL_TABLES:
            rows = db.query(f"SELECT * FROM {table}")
            out[table] = sorted((tuple(json.dumps(v, sort_keys=True) if isinstance(v, dict) else v for v in row)
                                 for row in rows), key=repr)
        return out


def counts(db_url: str) -> dict[str, int]:
    return {table: len(rows) for table, rows in dump(db_url).items()}


def ids_of(db_url: str, doc_id: str) -> set[str]:
    with connect(db_url) as db:
        return {row[0] for row in db.query("SELECT id FROM records WHERE doc_id = ?", (doc_id,))}


# --------------------------------------------------------------------------- idempotence and replacement


def test_double_load_changes_nothing(db_url: str, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "r.jsonl", doc_one() + doc_two())
    first = load_records_into(db_url, path)
    assert (first.documents_new, first.records_written, first.skipped) == (2, 11, [])
    before = dump(db_url)
    assert len(before["records"]) == 11 and len(before["evidence"]) == 12 and len(before["captions"]) == 1
    second = load_records_into(db_url, path)
    assert (second.documents_unchanged, second.records_written, second.records_deleted) == (2, 0, 0)
    assert dump(db_url) == before


def test_double_load_of_the_real_output(db_url: str) -> None:
    records = [json.loads(line) for line in OUTPUTS.read_text("utf-8").splitlines() if line.strip()]
    first = load_records_into(db_url, OUTPUTS)
    assert first.skipped == [] and first.records_written == len(records)
    before = dump(db_url)
    assert len(before["records"]) == len(records)
    assert len(before["documents"]) == len({r["doc_id"] for r in records})
    assert len(before["evidence"]) == sum(len(r["evidence"]) for r in records)
    assert len(before["mission_agencies"]) == sum(len(r.get("agencies", [])) for r in records
                                                  if r["record_type"] == "mission")
    load_records_into(db_url, OUTPUTS, batch_size=7)
    assert dump(db_url) == before


def test_new_run_replaces_a_documents_records_and_deletes_stale_ones(db_url: str, tmp_path: Path) -> None:
    load_records_into(db_url, write_jsonl(tmp_path / "old.jsonl", doc_one() + doc_two()))
    two_before = dump(db_url)
    new_one = doc_one()
    dropped = new_one.pop(5)  # the ILRS agreement is no longer produced
    new_one[1]["people"] = []  # the CNSA record changes: no official any more
    new_one.append(AgencyRecord("news/one", "ESA", "European Space Agency", None, mentions=["ESA"],
                                evidence=[_ev("ESA", 10)]).to_dict())
    report = load_records_into(db_url, write_jsonl(tmp_path / "new.jsonl", new_one + doc_two()))
    assert (report.documents_replaced, report.documents_unchanged) == (1, 1)
    assert (report.records_written, report.records_deleted) == (2, 1)
    assert ids_of(db_url, "news/one") == {r["id"] for r in new_one}
    after = dump(db_url)
    assert not [row for row in after["evidence"] if row[0] == dropped["id"]]
    assert not [row for row in after["agreement_parties"] if row[0] == dropped["id"]]
    assert [row for row in after["agency_officials"] if row[0] == new_one[1]["id"]] == []
    assert {row[2] for row in after["agencies"] if row[1] == "news/one"} == {"CNSA", "CNES", "ESA"}
    for table in ("evidence", "agreements", "missions"):  # doc two untouched
        assert [r for r in after[table] if "news/two" in r] == [r for r in two_before[table] if "news/two" in r]


def test_documents_not_contiguous_in_the_file_are_loaded_whole(db_url: str, tmp_path: Path) -> None:
    one, two = doc_one(), doc_two()
    mixed = [one[0], two[0], one[1], two[1], *one[2:], *two[2:]]
    report = load_records_into(db_url, write_jsonl(tmp_path / "mixed.jsonl", mixed), batch_size=1)
    assert report.documents_new == 2
    assert ids_of(db_url, "news/one") == {r["id"] for r in one}
    assert ids_of(db_url, "news/two") == {r["id"] for r in two}


def test_records_from_an_iterable(db_url: str) -> None:
    report = load_records_into(db_url, iter(doc_two() + doc_one()))
    assert report.documents_new == 2 and report.records_written == 11
    assert load_records_into(db_url, doc_one()).documents_unchanged == 1


# --------------------------------------------------------------------------- crashes


def _crash_on(monkeypatch: pytest.MonkeyPatch, doc_id: str, table: str = "evidence") -> None:
    """Make the write of ``doc_id``'s rows into ``table`` fail: earlier tables of its batch are already written."""
    real = load_module._insert_rows

    def insert_rows(db, name, rows):  # type: ignore[no-untyped-def]
        real(db, name, rows)
        if name == table and any(doc_id in row for row in rows):
            raise RuntimeError("simulated crash")

    monkeypatch.setattr(load_module, "_insert_rows", insert_rows)


def _changed_run() -> list[dict[str, Any]]:
    """doc one loses its ILRS agreement; doc two gains an agency and loses the planned MoU."""
    one, two = doc_one(), doc_two()
    del one[5]
    del two[4]
    two.append(AgencyRecord("news/two", "ESA", "European Space Agency", None, mentions=["ESA"],
                            evidence=[_ev("ESA", 5)]).to_dict())
    return one + two


def test_crash_between_two_documents_leaves_doc1_new_and_doc2_old(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_records_into(db_url, write_jsonl(tmp_path / "old.jsonl", doc_one() + doc_two()))
    old = dump(db_url)
    new = _changed_run()
    _crash_on(monkeypatch, "news/two")
    with pytest.raises(RuntimeError, match="simulated crash"):
        load_records_into(db_url, write_jsonl(tmp_path / "new.jsonl", new), batch_size=1)
    assert ids_of(db_url, "news/one") == {r["id"] for r in new if r["doc_id"] == "news/one"}  # fully new
    assert ids_of(db_url, "news/two") == {r["id"] for r in doc_two()}  # fully old
    after = dump(db_url)
    for table in ALL_TABLES:
        assert [r for r in after[table] if "news/two" in r] == [r for r in old[table] if "news/two" in r], table
    monkeypatch.undo()  # the next run, without a crash, completes the load
    report = load_records_into(db_url, tmp_path / "new.jsonl", batch_size=1)
    assert (report.documents_unchanged, report.documents_replaced) == (1, 1)
    assert ids_of(db_url, "news/two") == {r["id"] for r in new if r["doc_id"] == "news/two"}


def test_crash_inside_a_batch_leaves_its_documents_old(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_records_into(db_url, write_jsonl(tmp_path / "old.jsonl", doc_one() + doc_two()))
    old = dump(db_url)
    _crash_on(monkeypatch, "news/two", table="agencies")
    with pytest.raises(RuntimeError):
        load_records_into(db_url, write_jsonl(tmp_path / "new.jsonl", _changed_run()))  # both in one batch
    assert dump(db_url) == old


# --------------------------------------------------------------------------- bad lines


def _runner_app() -> typer.Typer:
    app = typer.Typer()
    app.command("load")(load_command)

    @app.command("noop")
    def noop() -> None:  # a second command keeps "load" a subcommand, as in spacerec's app
        """Placeholder."""

    return app


def _bad_file(tmp_path: Path) -> Path:
    records = doc_one() + doc_two()
    wrong_id = dict(records[2], id="0" * 40)
    bad_kind = dict(records[3], kind="probe")
    bad_kind["id"] = record_id(bad_kind)
    return write_jsonl(tmp_path / "bad.jsonl", records, {
        2: "{not json",  # line 3
        5: json.dumps(bad_kind),  # line 7
        8: json.dumps(wrong_id),  # line 11
        9: "",  # blank lines are not records and not errors
    })


def test_bad_lines_are_reported_with_line_numbers_and_skipped(db_url: str, tmp_path: Path) -> None:
    path = _bad_file(tmp_path)
    report = load_records_into(db_url, path)
    assert [(e.line_number, e.reason.split(" ")[0]) for e in report.skipped] == [(3, "not"), (7, "schema:"), (11, "id")]
    assert "kind: 'probe' is not one of" in report.skipped[1].reason
    assert str(report.skipped[0]).startswith(f"{path}:3: not JSON")
    # news/one has two bad lines (7, 11): it is left as stored (here: not stored at all), never half-loaded
    assert report.documents_kept == {"news/one": [7, 11]}
    assert report.records == 11 and counts(db_url)["records"] == len(doc_two())
    assert ids_of(db_url, "news/one") == set()

    result = CliRunner().invoke(_runner_app(), ["load", str(path), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert f"{path}:3: not JSON" in result.output and f"{path}:11: id" in result.output
    assert "1 unchanged" in result.output and "skipped lines: 3" in result.output
    assert "left as stored because of bad lines: 1 (news/one)" in result.output


def test_a_bad_line_leaves_the_stored_document_as_it_was(db_url: str, tmp_path: Path) -> None:
    """Issue 12 item 6: a non-strict load with one corrupt line of a document deleted its stored records."""
    good = write_jsonl(tmp_path / "good.jsonl", doc_one() + doc_two())
    load_records_into(db_url, good)
    stored = ids_of(db_url, "news/one")
    lines = good.read_text("utf-8").splitlines()
    lines[1] = lines[1][: len(lines[1]) // 2]  # one line of news/one cut in half (doc_id still readable)
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text("\n".join(lines[:2] + lines[3:]) + "\n", "utf-8")  # and one record gone
    report = load_records_into(db_url, damaged)
    assert report.records_deleted == 0 and list(report.documents_kept) == ["news/one"]
    assert ids_of(db_url, "news/one") == stored
    with pytest.raises(BadRecordsError):
        load_records_into(db_url, damaged, strict=True)
    assert ids_of(db_url, "news/one") == stored


def test_strict_writes_nothing_and_exits_2(db_url: str, tmp_path: Path) -> None:
    path = _bad_file(tmp_path)
    result = CliRunner().invoke(_runner_app(), ["load", str(path), "--db", db_url, "--strict"])
    assert result.exit_code == 2, result.output
    assert f"{path}:7: schema:" in result.output and "nothing written" in result.output
    with connect(db_url) as db:  # not even the schema was created
        tables = db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'records' "
                          "AND table_schema = current_schema()") if db.dialect == "postgresql" \
            else db.query("SELECT 1 FROM sqlite_master WHERE name = 'records'")
    assert tables == []
    good = write_jsonl(tmp_path / "good.jsonl", doc_one())
    result = CliRunner().invoke(_runner_app(), ["load", str(good), "--db", db_url, "--strict"])
    assert result.exit_code == 0 and "1 new" in result.output


# --------------------------------------------------------------------------- migrations


def test_migrations_are_recorded_and_rerunning_is_a_no_op(db_url: str) -> None:
    with connect(db_url) as db:
        assert migrate(db) == [m.version for m in MIGRATIONS]
        assert applied_versions(db) == [m.version for m in MIGRATIONS]
        assert migrate(db) == []
        extra = Migration(MIGRATIONS[-1].version + 1, "test: an index", ("CREATE INDEX test_idx ON missions (kind)",))
        assert migrate(db, [*MIGRATIONS, extra]) == [extra.version]
        assert migrate(db, [*MIGRATIONS, extra]) == []
        assert applied_versions(db)[-1] == extra.version
        with pytest.raises(RuntimeError, match="newer than this spacerec"):
            migrate(db)  # a database migrated by a newer spacerec is not written to


# --------------------------------------------------------------------------- example queries


def test_example_queries_on_inline_records(db_url: str) -> None:
    load_records_into(db_url, doc_one() + doc_two())
    one, two = doc_one(), doc_two()
    with connect(db_url) as db:
        rows = run_query(db, "agreements_of_agency", agency="CNSA")
        assert [(r[0], r[1], r[3], r[5]) for r in rows] == [
            (2019, "2019-03", "CNES,CNSA", "news/one"),
            (2019, "2019-03", "CNES,CNSA", "news/two"),
            (2021, "2021-03-09", "CNSA,ROSCOSMOS", "news/one"),
        ]  # the planned MoU with Thailand is not a signed agreement
        assert run_query(db, "agreements_per_year", agency="CNSA") == [(2019, 2, 1, 2), (2021, 1, 1, 1)]
        assert run_query(db, "agreements_per_year", agency="NASA") == []
        assert run_query(db, "mission_partners", mission=mission_key("Chang’e-6")) == [
            ("CNES", "contributor", 1), ("CNSA", "lead", 2), ("ESA", "contributor", 1), ("ESA", "partner", 1),
        ]
        evidence = run_query(db, "record_evidence", record_id=one[4]["id"])
        assert [(r[0], r[2], r[5], r[6]) for r in evidence] == [
            (0, "en", "CNES and CNSA signed the agreement in March 2019.", "news/one"),
            (1, "fr", "Le CNES et la CNSA ont signé l'accord en mars 2019.", "news/one"),
        ]
        assert evidence[0][7] == "China and France sign for Chang'e 6"
        rows = run_query(db, "agreement_evidence_of_agency", agency="ROSCOSMOS")
        assert rows == [("2021-03-09", "CNSA,ROSCOSMOS", "ILRS", "news/one", "body", "en",
                         "CNSA and Roscosmos signed an MoU on the ILRS on 9 March 2021.")]
        assert run_query(db, "agreements_across_articles") == [("CNES,CNSA", "change6", "2019-03", 2)]
        assert two[0]["id"] in {r[0] for r in db.query("SELECT id FROM records WHERE record_type = 'document'")}


def test_example_queries_on_the_real_output(db_url: str) -> None:
    """Each query agrees with the same question answered in Python over outputs/records.jsonl."""
    records = [json.loads(line) for line in OUTPUTS.read_text("utf-8").splitlines() if line.strip()]
    load_records_into(db_url, OUTPUTS)
    agreements = [r for r in records if r["record_type"] == "agreement" and r["status"] == "signed"]
    missions = [r for r in records if r["record_type"] == "mission"]
    agency = Counter(p for r in agreements for p in r["parties"]).most_common(1)[0][0]
    mission = Counter(mission_key(m["name"]) for m in missions if m["agencies"]).most_common(1)[0][0]
    with connect(db_url) as db:
        rows = run_query(db, "agreements_of_agency", agency=agency)
        assert sorted(r[6] for r in rows) == sorted(r["id"] for r in agreements if agency in r["parties"])
        years = Counter(int(r["date"][:4]) if r["date"] else None for r in agreements if agency in r["parties"])
        assert {row[0]: row[1] for row in run_query(db, "agreements_per_year", agency=agency)} == years
        expected = Counter((a["agency_id"], a["role"]) for m in missions if mission_key(m["name"]) == mission
                           for a in m["agencies"])
        got = run_query(db, "mission_partners", mission=mission)
        assert {(r[0], r[1]) for r in got} == set(expected)
        some = max(records, key=lambda r: len(r["evidence"]))
        assert [r[5] for r in run_query(db, "record_evidence", record_id=some["id"])] == [
            e["text"] for e in some["evidence"]]
        for name in QUERIES:  # every documented query runs
            canonical_id = db.query("SELECT MIN(id) FROM canonical_agreements")[0][0]
            params = {"agency": agency, "mission": mission, "record_id": some["id"], "canonical_id": canonical_id}
            run_query(db, name, **{k: v for k, v in params.items() if f":{k}" in QUERIES[name]})
