"""What a newcomer's own files met (trial9): impossible calendar dates, a run's errors file given to validate,
a gold file partly written by hand, and the install command named when an optional extra is missing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from spacerec.cli import app
from spacerec.extras import install_command, source_tree
from spacerec.records import record_id
from spacerec.schema import calendar_errors, schema_errors, scoring_errors
from typer.testing import CliRunner

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


def _committed(record_type: str, where=lambda record: True) -> dict:
    """The first record of ``record_type`` of the committed run that ``where`` accepts."""
    with open(ROOT / "outputs" / "records.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["record_type"] == record_type and where(record):
                return record
    raise AssertionError(f"no {record_type} record in outputs/records.jsonl")


def _with_date(record: dict, date: str) -> dict:
    """``record`` dated ``date`` (day precision), with the contract id of the changed record."""
    changed = dict(record, date=date, date_precision="day")
    return dict(changed, id=record_id(changed))


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), "utf-8")
    return path


# ---- dates the pattern YYYY-MM-DD lets through but no calendar has --------------------------------------------

@pytest.mark.parametrize("date, problem", [
    ("2023-06-31", "June 2023 has 30 days"), ("2023-02-29", "February 2023 has 28 days"),
    ("2024-01-00", "January 2024 has 31 days"), ("2024-13", "month 13 does not exist"),
    ("2019-00", "month 00 does not exist"),
])
def test_an_impossible_date_is_named_with_its_field(date, problem):
    assert calendar_errors({"date": date}) == [f"date: {date!r} is not a date: {problem}" +
                                               (" (write YYYY, YYYY-MM or YYYY-MM-DD)" if "month" in problem else "")]
    nested = {"published": {"value": date}, "events": [{"date": "2020-01-01"}, {"date": date}]}
    assert [error.split(":")[0] for error in calendar_errors(nested)] == ["published.value", "events.1.date"]


@pytest.mark.parametrize("date", ["2024-02-29", "2000-02-29", "2023-12-31", "2023-06", "1957", None, "12/03/2024"])
def test_real_dates_and_other_forms_are_left_to_the_schema(date):
    assert calendar_errors({"date": date}) == []  # "12/03/2024" is the pattern's to refuse


def test_schema_and_scoring_checks_report_an_impossible_date():
    agreement = _with_date(_committed("agreement"), "2023-06-31")
    assert list(schema_errors(agreement)) == ["date: '2023-06-31' is not a date: June 2023 has 30 days"]
    assert scoring_errors(agreement) == ["date: '2023-06-31' is not a date: June 2023 has 30 days"]
    assert scoring_errors(_with_date(agreement, "2024-02-29")) == []


def test_validate_eval_and_load_refuse_a_gold_date_no_calendar_has(tmp_path):
    """'2023-06-31' in a gold file was scored as a miss that could never match, and validate called the file valid."""
    agreement = _committed("agreement")
    document = _committed("document", lambda record: record["doc_id"] == agreement["doc_id"])
    good = _write(tmp_path / "good.jsonl", [document, _with_date(agreement, "2023-06-30")])
    bad = _write(tmp_path / "bad.jsonl", [document, _with_date(agreement, "2023-06-31")])
    assert runner.invoke(app, ["validate", str(good)]).exit_code == 0
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:2: date: '2023-06-31' is not a date: June 2023 has 30 days" in result.stderr
    result = runner.invoke(app, ["eval", "--gold", str(bad), "--pred", str(good)])
    assert result.exit_code == 2 and f"{bad}:2: schema: date: '2023-06-31' is not a date" in result.stderr
    db = tmp_path / "records.db"
    result = runner.invoke(app, ["load", str(bad), "--db", f"sqlite:///{db}", "--strict"])
    assert result.exit_code == 2 and "June 2023 has 30 days" in result.stderr
    result = runner.invoke(app, ["load", str(bad), "--db", f"sqlite:///{db}"])  # skipped and listed, not loaded
    assert result.exit_code == 0 and f"{bad}:2:" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM agreements").fetchone()[0] == 0


# ---- a run's errors file, and a gold file partly written by hand, given to validate --------------------------------

def test_validate_names_a_runs_errors_file_without_every_record_types_fields(tmp_path):
    """Each line of an errors file got 26 reasons: the four record types' required fields and both status lists."""
    errors = _write(tmp_path / "out.errors.jsonl", [
        {"path": "/data/a.txt", "doc_id": "a", "status": "warning", "reason": "empty file", "error_type": None},
        {"path": "/data/b.txt", "doc_id": "b", "status": "failed", "reason": "binary", "error_type": "OSError"}])
    result = runner.invoke(app, ["validate", str(errors)])
    assert result.exit_code == 2
    assert f"{errors}: it looks like a run's errors file (OUT.errors.jsonl)" in result.stderr
    assert "record_type' is a required property" in result.stderr
    assert "status:" not in result.stderr and "'title' is a required" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith(f"{errors}:1:")]) <= 5


def test_validate_counts_hand_written_records_in_a_file_that_also_has_ids(tmp_path):
    agreement = _committed("agreement")
    hand_made = {key: value for key, value in agreement.items() if key not in ("id", "schema_version", "evidence")}
    path = _write(tmp_path / "gold.jsonl", [agreement, hand_made, hand_made])
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert f"{path}: 2 record(s) have none of id, schema_version, evidence" in result.stderr
    assert "tools/fill_ids.py" in result.stderr
    assert "no record has an id" not in result.stderr


# ---- the command that installs a missing extra ----------------------------------------------------------------------

def _tree(root: Path, name: str = "spacerec") -> Path:
    (root / "pipeline").mkdir(parents=True)
    (root / "pyproject.toml").write_text(f'[project]\nname = "{name}"\n', "utf-8")
    return root / "pipeline"


def test_a_clone_is_told_to_install_the_extra_from_itself(tmp_path):
    """"pip install 'spacerec[network]'" asks a package index, not the clone the README installs from."""
    package = _tree(tmp_path / "my clone")
    assert source_tree(package) == tmp_path / "my clone"
    command = install_command("network", package)
    assert command.endswith(f" -m pip install -e '{tmp_path / 'my clone'}[network]'")
    assert "spacerec[network]" not in command


def test_an_installed_package_is_told_both_ways(tmp_path):
    for package in (tmp_path / "site-packages" / "spacerec", _tree(tmp_path / "other", name="otherproject")):
        package.mkdir(parents=True, exist_ok=True)
        assert source_tree(package) is None
        command = install_command("db", package)
        assert "-m pip install 'spacerec[db]'" in command and "-m pip install '.[db]'" in command


def test_this_checkout_and_the_missing_extra_messages_use_it(monkeypatch):
    import sys

    from spacerec import network
    from spacerec.preflight import PreflightError, check_database

    here = source_tree()
    assert here is None or here == ROOT  # an editable install runs from this checkout
    monkeypatch.setitem(sys.modules, "networkx", None)
    with pytest.raises(network.NetworkDependencyError) as raised:
        network._require("networkx")
    assert str(raised.value) == f"networkx is needed to draw the network: {install_command('network')}"
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(PreflightError) as raised:
        check_database("postgresql://someone@127.0.0.1/db")
    assert str(raised.value).endswith(f"PostgreSQL needs psycopg 3: {install_command('db')}")


# ---- tools/fill_ids.py, which the messages above point at ------------------------------------------------------------

def _fill_ids(*args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, str(ROOT / "tools" / "fill_ids.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def _hand_written(record: dict) -> dict:
    return {key: value for key, value in record.items() if key not in ("id", "schema_version", "evidence")}


def test_fill_ids_leaves_a_file_with_a_bad_line_as_it_was(tmp_path):
    """It rewrote the file without its bad lines (exit 1): a typo in record_type cost the user that record."""
    agreement = _hand_written(_committed("agreement"))
    typo = dict(agreement, record_type="agreemnt")
    no_doc = {key: value for key, value in agreement.items() if key != "doc_id"}
    gold = _write(tmp_path / "gold.jsonl", [agreement, typo, no_doc, _with_date(agreement, "2023-06-31")])
    before = gold.read_bytes()
    result = _fill_ids(str(gold))
    assert result.returncode == 2, result.stderr
    assert gold.read_bytes() == before
    assert f"{gold}:2: unknown record_type 'agreemnt'" in result.stderr
    assert f"{gold}:3: lacks doc_id" in result.stderr  # not a bare "'doc_id'"
    assert f"{gold}:4: schema: date: '2023-06-31' is not a date" in result.stderr
    assert "left as it was" in result.stderr


def test_fill_ids_fills_a_good_file_and_checks_ids_by_line(tmp_path):
    agreement = _committed("agreement")
    document = _committed("document", lambda record: record["doc_id"] == agreement["doc_id"])
    gold = _write(tmp_path / "gold.jsonl", [_hand_written(agreement), _hand_written(document)])
    assert _fill_ids(str(gold)).returncode == 0
    filled = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    assert [record["record_type"] for record in filled] == ["document", "agreement"]  # spacerec's order
    assert all(record["id"] == record_id(record) and record["schema_version"] == "1" for record in filled)
    assert runner.invoke(app, ["validate", str(gold)]).exit_code == 0
    assert _fill_ids("--check", str(gold)).returncode == 0
    filled[1]["id"] = "0" * 40
    _write(gold, filled)
    result = _fill_ids("--check", str(gold))
    assert result.returncode == 1 and f"{gold}:2: id '{'0' * 40}' should be {record_id(filled[1])}" in result.stderr
    assert _fill_ids("--help").returncode == 0 and "Exit codes" in _fill_ids("--help").stdout


def test_fill_ids_keep_order_leaves_appended_lines_where_they_are(tmp_path):
    """Sorting a whole hand-kept gold file to fill the ids of a few appended lines moved hundreds of others."""
    agreement = _committed("agreement")
    document = _committed("document", lambda record: record["doc_id"] == agreement["doc_id"])
    gold = _write(tmp_path / "gold.jsonl", [agreement, _hand_written(document)])  # the new line comes last
    assert _fill_ids("--keep-order", str(gold)).returncode == 0
    filled = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    assert [record["record_type"] for record in filled] == ["agreement", "document"]
    assert filled[0] == agreement
    assert filled[1]["id"] == record_id(filled[1]) and filled[1]["evidence"] == []
    assert _fill_ids("--check", str(gold)).returncode == 0


# ---- an output option naming an input file -------------------------------------------------------------------------

@pytest.fixture
def records_file(tmp_path) -> Path:
    agreement = _committed("agreement")
    document = _committed("document", lambda record: record["doc_id"] == agreement["doc_id"])
    return _write(tmp_path / "records.jsonl", [document, agreement])


@pytest.mark.parametrize("spelling", ["same", "dotted", "link"])
def test_merge_refuses_to_write_over_its_records(records_file, spelling):
    """``merge r.jsonl -o r.jsonl`` replaced the records with canonical ones (exit 0): the run's output was lost."""
    output = {"same": records_file, "dotted": records_file.parent / "." / records_file.name,
              "link": records_file.parent / "link.jsonl"}[spelling]
    if spelling == "link":
        output.symlink_to(records_file)
    before = records_file.read_bytes()
    result = runner.invoke(app, ["merge", str(records_file), "-o", str(output)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: --output ") and "is the input RECORDS" in result.stderr
    assert records_file.read_bytes() == before


def test_network_and_eval_refuse_to_write_over_their_inputs(records_file, tmp_path):
    canonical = tmp_path / "canonical.jsonl"
    assert runner.invoke(app, ["merge", str(records_file), "-o", str(canonical), "-q"]).exit_code == 0
    kept = {path: path.read_bytes() for path in (records_file, canonical)}
    cases = {
        "network -o": (["network", str(canonical), "-o", str(canonical)], "--output"),
        "network --png": (["network", str(canonical), "--png", str(canonical)], "--png"),
        "eval --html pred": (["eval", "--gold", str(records_file), "--pred", str(canonical), "--html",
                              str(canonical)], "--html"),
        "eval --html gold": (["eval", "--gold", str(records_file), "--pred", str(records_file), "--html",
                              str(records_file)], "--html"),
    }
    for name, (args, option) in cases.items():
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (name, result.output)
        assert result.stderr.startswith(f"error: {option} ") and "it would be overwritten" in result.stderr, name
    page = tmp_path / "page.html"
    result = runner.invoke(app, ["network", str(canonical), "-o", str(page), "--png", str(page)])
    assert result.exit_code == 2 and "--png" in result.stderr and "give each its own file" in result.stderr
    assert not page.exists()
    assert {path: path.read_bytes() for path in kept} == kept
    result = runner.invoke(app, ["eval", "--gold", str(records_file), "--pred", str(records_file), "--html",
                                 str(tmp_path / "report.html")])
    assert result.exit_code == 0 and (tmp_path / "report.html").exists()  # another file is fine
