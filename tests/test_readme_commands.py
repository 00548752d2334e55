"""The README's commands exist as written: every ``spacerec`` subcommand and option it shows is a real one,
and the evaluation commands on the repository's own files run and exit 0."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer.main
from spacerec.cli import app
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
INLINE = re.compile(r"`((?:\.venv/bin/)?spacerec [^`]+)`")


def _commands() -> list[list[str]]:
    """Each ``spacerec ...`` invocation of the README (indented code lines and inline code), as argument lists."""
    found = []
    for line in README.splitlines():
        texts = [line.strip()] if line.startswith("    ") else INLINE.findall(line)
        for text in texts:
            for piece in re.split(r"\s#\s", text)[0].split("&&"):
                words = shlex.split(piece.strip())
                if words and words[0] in ("spacerec", ".venv/bin/spacerec") and len(words) > 1:
                    found.append(words[1:])
    return found


COMMANDS = _commands()


def test_the_readme_shows_commands():
    assert len(COMMANDS) >= 10 and len(RUNNABLE) >= 3
    assert {words[0] for words in COMMANDS} >= {"run", "eval", "load", "validate", "version"}


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(w)[:60] for w in COMMANDS])
def test_every_subcommand_and_option_exists(words):
    group = typer.main.get_command(app)
    if words[0].startswith("-"):
        command, options = group, words
    else:
        assert words[0] in group.commands, f"no command {words[0]!r}"
        command, options = group.commands[words[0]], words[1:]
    known = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)} | {"--help"}
    for word in options:
        if word.startswith("-") and word != "-":
            assert word.split("=")[0] in known, f"{words[0]}: no option {word}"


def _files_exist(words: list[str]) -> bool:
    pairs = zip(words, words[1:], strict=False)
    return all((ROOT / value).is_file() for option, value in pairs if option in ("--gold", "--pred"))


# the evaluation commands on committed files (a run's own output, such as dev.jsonl, is not in the repository)
RUNNABLE = [w for w in COMMANDS if w[0] == "eval" and "--html" not in w and _files_exist(w)]


@pytest.mark.parametrize("words", RUNNABLE, ids=[" ".join(w[5:]) or "plain" for w in RUNNABLE])
def test_readme_eval_commands_run_as_written(words, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, words)
    assert result.exit_code == 0, result.output
    assert "macro" in result.stdout


def _python_blocks(section: str) -> list[str]:
    """The ```python blocks of one README section (from its heading to the next one)."""
    text = README.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_readme_library_example_runs_and_prints_what_it_shows(capsys):
    """The first Library API block is complete (it once used an undefined ``text``) and its printed output is the
    one written under it as comments."""
    block = _python_blocks("Library API")[0]
    shown = " ".join(line[2:].strip() for line in block.splitlines() if line.startswith("# "))
    exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - the README's own example
    printed = capsys.readouterr().out.strip()
    assert shown and printed == shown
