"""``spacerec run``/``load`` check their input, output and database before the slow part; feedback and help.

The extractor is replaced by one that fails when built, so every "before any model loads" claim
is checked, not assumed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer.main
from spacerec import __version__
from spacerec.cli import app
from typer.testing import CliRunner

runner = CliRunner()
EN = "Gateway deal\n\nNASA and ESA signed a memorandum of understanding on 12 March 2024 on Gateway.\n"
ROOT_FOLDER = Path("/spacerec-preflight-test-missing")




@pytest.fixture
def articles(tmp_path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    return root


def _one_line_error(result, starts: str = "error: ") -> str:
    assert "Traceback" not in result.output
    assert result.stderr.startswith(starts), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def _created(tmp_path: Path) -> list[str]:
    return sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if not p.is_relative_to(
        tmp_path / "in"))


@pytest.mark.parametrize("url, says", [
    ("mysql://user@host/db", "unsupported scheme"),
    ("spacerec.db", "not a database URL"),
    (f"sqlite:///{ROOT_FOLDER}/records.db", "does not exist"),
    ("postgresql://someone:s3cret@127.0.0.1:1/nodb", "cannot connect"),
    ("sqlite:///NOTADB", "not a database"),
])
def test_bad_db_url_fails_before_extraction(no_model_load, articles, tmp_path, url, says):
    not_a_db = tmp_path / "not-a-db.sqlite"
    not_a_db.write_text("plain text\n", encoding="utf-8")
    url = url.replace("NOTADB", str(not_a_db))
    result = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "out.jsonl"), "--db", url])
    assert result.exit_code == 2, result.output
    message = _one_line_error(result)
    assert says in message
    assert "s3cret" not in message  # the password is redacted
    assert not ROOT_FOLDER.exists()  # no folder made at the filesystem root
    assert _created(tmp_path) == ["not-a-db.sqlite"]


@pytest.mark.parametrize("url", [f"sqlite:///{ROOT_FOLDER}/x.db", "oracle://db"])
def test_load_usage_errors_exit_2_and_create_nothing(tmp_path, url):
    records = tmp_path / "records.jsonl"
    records.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["load", str(records), "--db", url])
    assert result.exit_code == 2, result.output
    _one_line_error(result)
    assert not ROOT_FOLDER.exists()


def test_output_that_is_a_directory_exits_3_and_leaves_nothing(no_model_load, articles, tmp_path):
    target = tmp_path / "results"
    target.mkdir()
    result = runner.invoke(app, ["run", str(articles), "-o", str(target)])
    assert result.exit_code == 3
    assert "is a directory" in _one_line_error(result)
    assert list(target.iterdir()) == []
    assert not [p for p in tmp_path.rglob("*") if ".partial" in p.name or p.name.endswith(".tmp")]


def test_output_under_a_regular_file_exits_3(no_model_load, articles, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(articles), "-o", str(blocker / "sub" / "out.jsonl")])
    assert result.exit_code == 3
    assert "not a folder" in _one_line_error(result)
    assert blocker.read_text("utf-8") == "a file\n"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc, a folder that refuses new files")
def test_a_folder_that_refuses_files_is_not_called_missing(no_model_load, articles):
    """/proc exists but answers "No such file or directory" to a new file: the message must not say it is missing."""
    result = runner.invoke(app, ["run", str(articles), "-o", "/proc/spacerec-out.jsonl"])
    assert result.exit_code == 3
    line = _one_line_error(result)
    assert "no file can be created in /proc" in line and "/proc: No such file" not in line


def test_errors_path_is_checked_too(no_model_load, articles, tmp_path):
    (tmp_path / "errs").mkdir()
    result = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "o.jsonl"),
                                 "--errors", str(tmp_path / "errs")])
    assert result.exit_code == 3
    assert "--errors" in _one_line_error(result)


def test_missing_input_is_a_one_line_usage_error(no_model_load, tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nowhere"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert "does not exist" in _one_line_error(result)


@pytest.mark.parametrize("name", ["records.jsonl", "gold.JSONL", "notes.json"])
def test_one_json_file_as_input_is_a_one_line_usage_error(no_model_load, tmp_path, name):
    """One file given as input is read whatever its extension: a records file became a 600 KB "article" with
    13 agencies and 12 agreements read from its JSON, exit 0 (trial8)."""
    path = tmp_path / name
    path.write_text('{"record_type": "agreement", "doc_id": "a", "parties": ["ESA", "NASA"]}\n', encoding="utf-8")
    result = runner.invoke(app, ["run", str(path), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert f"input {path} is a JSON file, not an article" in _one_line_error(result)
    assert not (tmp_path / "o.jsonl").exists()


def test_one_article_of_any_other_extension_is_still_read(fast_cli, tmp_path):
    path = tmp_path / "page.html"
    path.write_text("Gateway deal\n\nNASA and ESA signed a memorandum of understanding on Gateway.\n", "utf-8")
    result = runner.invoke(app, ["run", str(path), "-o", str(tmp_path / "o.jsonl"), "-q"])
    assert result.exit_code == 0, result.output


def test_unknown_engine_is_a_one_line_usage_error(no_model_load, articles, tmp_path):
    result = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "o.jsonl"), "--engine", "spark"])
    assert result.exit_code == 2
    assert "--engine" in _one_line_error(result)


def test_non_articles_are_skipped_by_default_and_listed_in_help(fast_cli, articles, tmp_path):
    for name in ("SOURCES.md", "CHANGELOG.md", "gold.txt", "gold-notes.md", "gold_fr.md", "README.md"):
        (articles / name).write_text("NASA and ESA signed a memorandum of understanding.\n", encoding="utf-8")
    (articles / "gold.jsonl").write_text("{}\n", encoding="utf-8")
    # articles whose names only start with the word (a "gold*" pattern skipped them silently: trial8)
    for name in ("goldstone-antenna.txt", "golden-record.md"):
        (articles / name).write_text("NASA and ESA signed a memorandum of understanding.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["run", str(articles), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    docs = {json.loads(line)["doc_id"] for line in out.read_text("utf-8").splitlines()}
    assert docs == {"a", "goldstone-antenna", "golden-record"}
    help_text = " ".join(runner.invoke(app, ["run", "--help"]).output.replace("│", " ").split())
    for name in ("SOURCES.md", "CHANGELOG.md", "gold.*", "gold-*", ".jsonl"):
        assert name in help_text


def test_feedback_while_loading_and_times_in_the_summary(fast_cli, articles, tmp_path):
    result = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "o.jsonl"), "--no-models"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("warning: --no-models") and "lower" in lines[0]
    assert lines[1].startswith("loading ") and lines[1].endswith("...")
    summary = lines[-1]
    assert re.search(r"models loaded in \d+\.\d s", summary) and re.search(r"extraction \d+\.\d s", summary)


def test_loading_line_names_the_pipelines(fast_cli, articles, tmp_path, monkeypatch):
    for name in ("xx_pipeline_en", "xx_pipeline_fr"):  # pipeline folders, so the model check passes
        (tmp_path / name).mkdir()
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "o.jsonl"),
                                 "--model-en", "xx_pipeline_en", "--model-fr", "xx_pipeline_fr"])
    assert result.exit_code == 0, result.output
    assert "loading spaCy pipelines xx_pipeline_en, xx_pipeline_fr ..." in result.stderr


def test_version_option():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"spacerec {__version__}"


@pytest.mark.parametrize("command", sorted(typer.main.get_command(app).commands))
def test_help_renders_cleanly(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    usage = result.output.strip().splitlines()[0]
    assert "{" not in usage and "}" not in usage, usage
    assert "{input_dir}" not in result.output and "{records}" not in result.output


def test_run_help_keeps_whole_sentences():
    """The docstring is wrapped at 120 columns in the source; the help re-wraps it instead of cutting lines."""
    from spacerec.cli import run_command

    shown = " ".join(runner.invoke(app, ["run", "--help"]).output.replace("│", " ").split())
    for paragraph in run_command.__doc__.split("\n\n"):
        assert " ".join(paragraph.split()) in shown


def test_reachable_databases_pass_the_check(tmp_path):
    import os
    import sqlite3

    from spacerec.preflight import check_database

    check_database(f"sqlite:///{tmp_path / 'new.db'}")  # a new file in an existing folder
    assert list(tmp_path.iterdir()) == []  # the probe leaves nothing behind
    existing = tmp_path / "old.db"
    sqlite3.connect(existing).close()
    check_database(f"sqlite:///{existing}")
    url = os.environ.get("SPACEREC_TEST_POSTGRES_URL")
    if url:
        check_database(url)


@pytest.mark.parametrize("option, says", [
    (["--model-en", "en_core_wbe_sm"], "--model-en en_core_wbe_sm: no installed spaCy pipeline"),
    (["--model-fr", "no/such/folder"], "--model-fr no/such/folder: no installed spaCy pipeline"),
    (["--kb", "EMPTY"], "no agencies*.jsonl there"),
])
def test_a_misnamed_model_or_an_empty_kb_fails_before_extraction(no_model_load, articles, tmp_path, option, says):
    empty = tmp_path / "empty-kb"
    empty.mkdir()
    option = [str(empty) if value == "EMPTY" else value for value in option]
    result = runner.invoke(app, ["run", str(articles), "-o", str(tmp_path / "out.jsonl"), *option])
    assert result.exit_code == 2, result.output
    assert says in _one_line_error(result)
    assert _created(tmp_path) == ["empty-kb"]


def test_blank_and_installed_models_pass_the_model_check():
    from spacerec.preflight import check_models

    check_models({"en": "blank", "fr": None})
    check_models({"en": "json"})  # any importable package name passes; loading it is spaCy's job
