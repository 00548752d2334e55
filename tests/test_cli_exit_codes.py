"""Exit codes are the same for every command (README "Exit codes"): a missing driver or an unreachable
database is a usage error (2) for ``load`` as for ``run --db``; a database failing mid-load is 3 as a
failed output; a file with no record is refused; merge/network check their outputs first; a folder's
non-article files are named, not skipped silently."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from spacerec.cli import app
from typer.testing import CliRunner

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
EN = "Gateway deal\n\nNASA and ESA signed a memorandum of understanding on 12 March 2024 on Gateway.\n"




@pytest.fixture
def records(tmp_path) -> Path:
    """The records of the first document of the committed run: a real records file, read in a blink."""
    lines = (ROOT / "outputs" / "records.jsonl").read_text("utf-8").splitlines()
    first = json.loads(lines[0])["doc_id"]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(line + "\n" for line in lines if json.loads(line)["doc_id"] == first), "utf-8")
    return path


@pytest.fixture
def articles(tmp_path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    return root


@pytest.fixture
def no_psycopg(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg raises ImportError


def test_missing_psycopg_is_exit_2_for_load_and_run_db_alike(no_psycopg, no_model_load, records, articles, tmp_path):
    url = "postgresql://someone:s3cret@127.0.0.1:5432/spacerec"
    load = runner.invoke(app, ["load", str(records), "--db", url])
    run = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "out.jsonl"), "--db", url])
    assert (load.exit_code, run.exit_code) == (2, 2), (load.output, run.output)
    for result in (load, run):
        assert "psycopg" in result.stderr and "s3cret" not in result.stderr
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert not (tmp_path / "out.jsonl").exists()


def test_unreachable_database_is_exit_2_for_load_and_run_db_alike(no_model_load, records, articles, tmp_path):
    pytest.importorskip("psycopg")
    url = "postgresql://someone:s3cret@127.0.0.1:1/nodb"  # port 1: refused at once
    load = runner.invoke(app, ["load", str(records), "--db", url])
    run = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "out.jsonl"), "--db", url])
    assert (load.exit_code, run.exit_code) == (2, 2), (load.output, run.output)
    assert "cannot connect" in load.stderr and "cannot connect" in run.stderr


def test_a_database_failing_while_loading_is_exit_3(records, tmp_path):
    db = tmp_path / "records.db"
    url = f"sqlite:///{db}"
    assert runner.invoke(app, ["load", str(records), "--db", url, "-q"]).exit_code == 0
    with sqlite3.connect(db) as conn:  # as if a newer spacerec had migrated it: writing is refused
        conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')")
    result = runner.invoke(app, ["load", str(records), "--db", url])
    assert result.exit_code == 3, result.output
    assert "newer" in result.stderr


def test_run_db_failing_at_the_end_is_exit_3_with_the_records_file_complete(fast_cli, records, articles, tmp_path):
    db = tmp_path / "records.db"
    url = f"sqlite:///{db}"
    assert runner.invoke(app, ["load", str(records), "--db", url, "-q"]).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(articles), "-o", str(out), "--db", url, "-q"])
    assert result.exit_code == 3, result.output
    assert "the records are in" in result.stderr and "spacerec load" in result.stderr
    assert [json.loads(line)["doc_id"] for line in out.read_text("utf-8").splitlines()][0] == "a"


def _run_files(tmp_path: Path, articles: Path) -> dict[str, Path]:
    """A run's errors file and manifest, written by a real run over a folder with one binary file."""
    (articles / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "run" / "out.jsonl"
    assert runner.invoke(app, ["run", str(articles), "-o", str(out), "--no-models", "-q"]).exit_code == 1
    merged = tmp_path / "canonical.jsonl"
    assert runner.invoke(app, ["merge", str(out), "-o", str(merged), "-q"]).exit_code == 0
    return {"errors file": out.with_name("out.errors.jsonl"), "manifest": out.with_name("out.jsonl.manifest.jsonl"),
            "canonical records": merged, "binary file": articles / "broken.txt", "article": articles / "a.txt"}


@pytest.mark.parametrize("kind, says", [
    ("errors file", "errors file"), ("manifest", "manifest"), ("canonical records", "merged from"),
    ("binary file", "not UTF-8"), ("article", "not JSON"),
])
def test_load_refuses_a_file_without_a_single_record(fast_cli, articles, tmp_path, kind, says):
    path = _run_files(tmp_path, articles)[kind]
    db = tmp_path / "never.db"
    result = runner.invoke(app, ["load", str(path), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 2, result.output
    assert "is not a records file" in result.stderr and says in result.stderr
    assert not db.exists()  # refused before the database is created


def _hand_made_gold(records: Path, tmp_path: Path) -> Path:
    """The records as README says a hand-made gold may be written: without id, schema_version and evidence."""
    gold = tmp_path / "my-gold.jsonl"
    rows = [{k: v for k, v in json.loads(line).items() if k not in ("id", "schema_version", "evidence")}
            for line in records.read_text("utf-8").splitlines()]
    gold.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    return gold


def test_load_merge_validate_name_a_hand_made_gold_and_how_to_fill_it(records, tmp_path):
    """load skipped every line of such a file, each "'schema_version' is a required property", and said "loaded",
    exit 0, with nothing in the database (trial8); merge and validate listed every line without saying why."""
    gold = _hand_made_gold(records, tmp_path)
    db = tmp_path / "never.db"
    commands = {"load": ["load", str(gold), "--db", f"sqlite:///{db}"],
                "merge": ["merge", str(gold), "-o", str(tmp_path / "canonical.jsonl")],
                "validate": ["validate", str(gold)]}
    for name, args in commands.items():
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (name, result.output)
        assert f"{gold}: no record has an id: it reads as a gold file written by hand" in result.stderr, name
        assert "python tools/fill_ids.py FILE" in result.stderr, name
    assert not db.exists()
    assert runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(records)]).exit_code == 0
    mixed = tmp_path / "mixed.jsonl"  # one record with its id: a records file with bad lines, loaded as before
    lines = records.read_text("utf-8").splitlines()[:1] + gold.read_text("utf-8").splitlines()[1:]
    mixed.write_text("\n".join(lines) + "\n", "utf-8")
    result = runner.invoke(app, ["load", str(mixed), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 0 and "no record has an id" not in result.stderr


@pytest.mark.parametrize("kind, says", [
    ("errors file", "a run's errors file"), ("manifest", "a run's manifest"), ("canonical records", "merged from"),
])
def test_eval_names_the_kind_of_file_given_instead_of_records(fast_cli, articles, records, tmp_path, kind, says):
    path = _run_files(tmp_path, articles)[kind]
    for option, other in (("--pred", "--gold"), ("--gold", "--pred")):
        result = runner.invoke(app, ["eval", option, str(path), other, str(records)])
        assert result.exit_code == 2, result.output
        assert f"{path}:1: lacks" in result.stderr
        assert f"error: {option} {path} is not a records file: it " in result.stderr and says in result.stderr


def test_load_refuses_two_runs_concatenated_before_touching_the_database(records, tmp_path):
    """Every line of the second copy was a duplicate id: the document was left unloaded, and load said "loaded", 0."""
    twice = tmp_path / "twice.jsonl"
    twice.write_text(records.read_text("utf-8") * 2, "utf-8")
    db = tmp_path / "never.db"
    result = runner.invoke(app, ["load", str(twice), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"error: {twice} holds 2 document records for doc_id ")
    assert "two runs' records concatenated?" in result.stderr and "give one copy" in result.stderr
    assert not db.exists()
    assert runner.invoke(app, ["load", str(records), "--db", f"sqlite:///{db}", "-q"]).exit_code == 0


def test_load_still_skips_bad_lines_among_good_ones(records, tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("{not json\n" + records.read_text("utf-8"), "utf-8")
    result = runner.invoke(app, ["load", str(mixed), "--db", f"sqlite:///{tmp_path / 'r.db'}"])
    assert result.exit_code == 0, result.output
    assert "skipped lines: 1" in result.output


def test_merge_and_network_check_their_outputs_before_reading(records, tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    merge = runner.invoke(app, ["merge", str(records), "-o", str(folder)])
    assert merge.exit_code == 3
    assert merge.stderr.startswith("error: cannot write --output") and "is a directory" in merge.stderr
    assert str(folder / "canonical.jsonl") in merge.stderr and list(folder.iterdir()) == []
    network = runner.invoke(app, ["network", str(records), "-o", str(tmp_path / "n.html"), "--png", str(folder)])
    assert network.exit_code == 3 and "--png" in network.stderr
    assert not (tmp_path / "n.html").exists()  # nothing half-done: the second output was checked first


def test_network_creates_missing_folders_as_run_and_merge_do(records, tmp_path):
    pytest.importorskip("plotly", reason="the network extra is not installed")
    page = tmp_path / "new" / "deeper" / "network.html"
    result = runner.invoke(app, ["network", str(records), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert page.is_file()


@pytest.mark.parametrize("year, code", [("20x4", 2), ("2024-05", 2), ("last year", 2), ("undated", 0), ("1999", 0)])
def test_network_year_must_be_a_year(records, tmp_path, year, code):
    if code == 0:
        pytest.importorskip("plotly", reason="the network extra is not installed")
    page = tmp_path / "n.html"
    result = runner.invoke(app, ["network", str(records), "-o", str(page), "--year", year])
    assert result.exit_code == code, result.output
    assert page.exists() == (code == 0)
    if year == "1999":  # a real year without agreements: written, but said
        assert "no agreement of --year 1999" in result.stderr


def test_run_names_the_files_it_does_not_read(fast_cli, articles, tmp_path):
    (articles / "page.html").write_text("<html>NASA</html>", "utf-8")
    (articles / "sub").mkdir()
    (articles / "sub" / "12345").write_text(EN, "utf-8")
    (articles / "sub" / "UPPER.TXT").write_text(EN, "utf-8")  # read: extensions match in any case
    (articles / "gold.jsonl").write_text("{}\n", "utf-8")  # records and gold: expected beside articles
    (articles / ".hidden.html").write_text("x", "utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(articles), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "also holds 2 other files ((none): 1, .html: 1); only .txt and .md files are read" in result.stderr
    docs = {json.loads(line)["doc_id"] for line in out.read_text("utf-8").splitlines()}
    assert docs == {"a", "sub/UPPER"}
    quiet = runner.invoke(app, ["run", str(articles), "-o", str(out), "-q"])
    assert quiet.exit_code == 0 and "other files" not in quiet.stderr


def test_a_folder_of_html_pages_says_what_it_holds(no_model_load, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a.html", "b.html", "c.htm"):
        (pages / name).write_text("<html></html>", "utf-8")
    result = runner.invoke(app, ["run", str(pages), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert result.stderr.startswith("warning: no article under")
    assert "not read: 3 other files (.html: 2, .htm: 1)" in result.stderr


@pytest.mark.parametrize("command", [["run", "IN", "-o", "-"], ["run", "IN", "-o", "o.jsonl", "--errors", "-"],
                                     ["merge", "RECORDS", "-o", "-"], ["network", "RECORDS", "-o", "-"]])
def test_a_dash_output_is_refused_not_written_as_a_file_named_dash(no_model_load, articles, records, tmp_path,
                                                                   monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    words = [str(articles) if w == "IN" else str(records) if w == "RECORDS" else w for w in command]
    result = runner.invoke(app, words)
    assert result.exit_code == 2, result.output
    assert "standard output is not supported" in result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("-")]


def test_summary_counts_failed_files_apart_from_extracted_ones(fast_cli, articles, tmp_path):
    (articles / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (articles / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    summary = [line for line in result.stderr.splitlines() if " extracted (" in line]
    assert len(summary) == 1 and summary[0].startswith("3 files: 2 extracted (0 reused), 1 failed -> ")
    assert "1 with warnings" in summary[0]


def test_quiet_run_still_says_that_files_failed_and_where_the_reasons_are(fast_cli, articles, tmp_path):
    (articles / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(articles), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: 1 file failed; reasons in {tmp_path / 'out.errors.jsonl'}"]


def test_quiet_run_without_failure_prints_nothing(fast_cli, articles, tmp_path):
    result = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "out.jsonl"), "-q"])
    assert result.exit_code == 0 and result.stderr == ""


def test_a_usage_error_stays_one_line_when_the_folder_holds_other_files(no_model_load, articles, tmp_path):
    (articles / "page.html").write_text("<html></html>", "utf-8")
    result = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "o.jsonl"), "--engine", "spark"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --engine") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("content", [b"", b"\n  \n"], ids=["empty", "blank"])
@pytest.mark.parametrize("command", ["validate", "merge", "load", "network"])
def test_an_empty_records_file_is_refused_by_every_reader(tmp_path, command, content):
    """A run writes a document record per article, so an empty file is a wrong or cut copy: never "all valid"."""
    empty = tmp_path / "records.jsonl"
    empty.write_bytes(content)
    out = tmp_path / "out"
    args = {"validate": [], "merge": ["-o", str(out)], "load": ["--db", f"sqlite:///{out}"],
            "network": ["-o", str(out)]}[command]
    result = runner.invoke(app, [command, str(empty), *args])
    assert result.exit_code == 2, result.output
    assert "no record" in result.stderr and str(empty) in result.stderr
    assert "valid" not in result.stdout
    assert not out.exists()


def test_a_bad_line_is_described_the_same_way_by_every_reader(records, tmp_path):
    """validate, merge, network, load and eval all point at FILE:LINE with io.py's one wording of the reason."""
    cut = '{"schema_version": "1", "record_type": "document"'  # a records line cut short, as a full disk leaves it
    bad = tmp_path / "bad.jsonl"
    bad.write_text(records.read_text("utf-8") + cut + "\n", "utf-8")
    line = len(records.read_text("utf-8").splitlines()) + 1
    results = {
        "validate": runner.invoke(app, ["validate", str(bad)]),
        "merge": runner.invoke(app, ["merge", str(bad), "-o", str(tmp_path / "c.jsonl")]),
        "network": runner.invoke(app, ["network", str(bad), "-o", str(tmp_path / "n.html")]),
        "load": runner.invoke(app, ["load", str(bad), "--db", f"sqlite:///{tmp_path / 'r.db'}", "--strict"]),
        "eval": runner.invoke(app, ["eval", "--gold", str(bad), "--pred", str(records)]),
    }
    said = set()
    for command, result in results.items():
        assert result.exit_code == 2, (command, result.output)
        found = [x for x in result.stderr.splitlines() if f"{bad}:{line}: " in x]
        assert found, (command, result.stderr)
        said.add(found[0].split(f"{bad}:{line}: ", 1)[1])
    assert len(said) == 1, said
    reason = said.pop()
    assert reason.startswith("not JSON (") and f"column {len(cut) + 1}" in reason and "cut short" in reason
    assert "line 2" not in reason


def test_eval_html_creates_missing_folders_and_replaces_the_page_only_when_complete(records, tmp_path, monkeypatch):
    """--html as every other output: missing folders created; a failure leaves the previous page as it was."""
    page = tmp_path / "reports" / "new" / "eval.html"
    result = runner.invoke(app, ["eval", "--gold", str(records), "--pred", str(records), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert "<html" in page.read_text("utf-8").lower()
    page.write_text("previous page", "utf-8")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    import spacerec.evaluation.cli as eval_cli
    monkeypatch.setattr(eval_cli, "render_html", lambda *a, **k: "<html>" + "x" * 100)
    monkeypatch.setattr("spacerec.output.publish", fail)
    result = runner.invoke(app, ["eval", "--gold", str(records), "--pred", str(records), "--html", str(page)])
    assert result.exit_code == 3 and "No space left" in result.stderr
    assert page.read_text("utf-8") == "previous page"
    assert sorted(p.name for p in page.parent.iterdir()) == ["eval.html"]  # no temporary file left


def test_eval_refuses_a_prediction_file_holding_two_copies_of_a_document(records, tmp_path):
    """Two runs' records concatenated score every copy as a false positive: said and refused, not a lower figure."""
    twice = tmp_path / "twice.jsonl"
    twice.write_text(records.read_text("utf-8") * 2, "utf-8")
    doc_id = json.loads(records.read_text("utf-8").splitlines()[0])["doc_id"]
    result = runner.invoke(app, ["eval", "--gold", str(records), "--pred", str(twice)])
    assert result.exit_code == 2, result.output
    assert str(twice) in result.stderr and repr(doc_id) in result.stderr and "2 document records" in result.stderr
    assert "macro-F1" not in result.stdout
    once = runner.invoke(app, ["eval", "--gold", str(records), "--pred", str(records)])
    assert once.exit_code == 0 and "macro-F1 1.000" in once.stdout


def test_several_inputs_from_a_shell_pattern_say_what_to_give(articles, records, tmp_path):
    """'spacerec run articles/*.txt' (the shell gives one argument per file) got click's bare "unexpected extra
    argument(s)" (trial8): the message now says run reads one folder or one file, and to give the folder."""
    (articles / "b.txt").write_text(EN, encoding="utf-8")
    result = runner.invoke(app, ["run", str(articles / "a.txt"), str(articles / "b.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    said = " ".join(result.output.replace("│", " ").split())
    assert "spacerec run reads one folder (searched recursively) or one file: give the folder that holds" in said
    result = runner.invoke(app, ["load", str(records), str(records)])
    assert result.exit_code == 2
    assert "spacerec load reads one file: run it once per file" in " ".join(result.output.replace("│", " ").split())
