"""``spacerec --help`` and every command's help read as a user expects: flags without a value placeholder,
values with a plain one (FILE, DIR, N, URL), arguments in capitals, as in the usage line and the README."""

from __future__ import annotations

import re

import pytest
import typer.main
from spacerec.cli import app
from typer.testing import CliRunner

runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)
# typer >= 0.25 prints a Python type for every parameter without a metavar: <bool>, <str>, <int range>, <file>...
TYPE_PLACEHOLDER = re.compile(r"<(?:bool|str|int|float|file|dir|path|list)[^>]*>")


def _help(*words: str) -> str:
    result = runner.invoke(app, [*words, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.output


def _option_rows(text: str) -> dict[str, str]:
    """``--option`` -> the rest of its first help row (placeholder and help text), from the rich table."""
    rows = {}
    for line in text.splitlines():
        match = re.match(r"│\s*\*?\s*(--[a-z-]+)\s+(?:-[a-z]\s+)?(.*)│$", line)
        if match:
            rows[match.group(1)] = match.group(2)
    return rows


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)], ids=["spacerec", *COMMANDS])
def test_no_python_type_placeholders(command):
    text = _help(*command)
    assert not TYPE_PLACEHOLDER.search(text), TYPE_PLACEHOLDER.search(text).group(0)


@pytest.mark.parametrize("command, flags", [
    ([], ["--version", "--help"]),
    (["run"], ["--no-models", "--resume", "--no-cascade", "--quiet", "--follow-links", "--help"]),
    (["eval"], ["--json", "--all-docs"]),
    (["load"], ["--strict", "--quiet"]),
])
def test_flags_show_no_value(command, flags):
    rows = _option_rows(_help(*command))
    for flag in flags:
        assert flag in rows, f"{flag} not in the help"
        first_word = rows[flag].split()[0]
        assert first_word[0].isupper() and not first_word.isupper(), f"{flag} shows a value: {rows[flag]!r}"


@pytest.mark.parametrize("command, option, placeholder", [
    ("run", "--db", "URL"), ("run", "--jobs", "N"), ("run", "--kb", "DIR"), ("run", "--model-en", "NAME"),
    ("run", "--engine", "local|dask"), ("run", "--output", "OUTPUT"), ("eval", "--gold", "FILE"),
    ("eval", "--strip-prefix", "PREFIX"), ("load", "--db", "URL"), ("merge", "--output", "FILE"),
    ("network", "--year", "YEAR"),
])
def test_options_with_values_show_a_plain_placeholder(command, option, placeholder):
    assert _option_rows(_help(command))[option].split()[0] == placeholder


@pytest.mark.parametrize("command, argument", [
    ("run", "INPUT_DIR"), ("load", "RECORDS"), ("merge", "RECORDS"), ("network", "CANONICAL"), ("validate", "RECORDS"),
])
def test_arguments_are_named_in_capitals_everywhere(command, argument):
    text = _help(command)
    assert text.strip().splitlines()[0].rstrip().endswith(f"[OPTIONS] {argument}")
    assert re.search(rf"│\s*\*\s+{argument}\s+[A-Z]", text), "the argument row shows a type or a lower-case name"
    missing = runner.invoke(app, [command])  # the error names the argument as the usage line does
    assert missing.exit_code == 2
    assert f"Missing argument '{argument}'" in missing.output


def test_top_level_help_lists_the_exit_codes_of_every_command():
    text = " ".join(_help().replace("│", " ").split())
    for says in ("0 done", "1 run: some files failed", "no article found", "below --fail-under",
                 "psycopg missing", "database unreachable", "a file with no record",
                 "3 an output file or the database could not be written"):
        assert says in text, says
