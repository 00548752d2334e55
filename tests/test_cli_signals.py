"""A run stopped by SIGTERM (``kill``, a batch scheduler) ends as Ctrl-C does: one line naming --resume, exit 143,
the previous output untouched, and no worker traceback; the same command with ``--resume`` then finishes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLE = "Gateway deal {n}\n\nNASA and ESA signed a memorandum of understanding on 12 March 2024 on Gateway.\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_on_a_two_worker_run_stops_cleanly_and_resume_finishes(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for n in range(300):  # far more than can be read before the signal arrives
        (root / f"a{n:03d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    spacerec = str(Path(sys.executable).with_name("spacerec"))
    command = [spacerec, "run", str(root), "-o", str(out), "--no-models", "-q", "-j", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    partial = out.with_name(out.name + ".partial")
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if partial.exists() and partial.stat().st_size > 0:
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the run ended before it could be signalled")
    os.kill(proc.pid, signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, stderr
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert "--resume" in stderr and "terminated" in stderr
    assert out.read_text(encoding="utf-8") == "previous\n"
    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert sum(1 for line in out.open(encoding="utf-8") if '"record_type": "document"' in line) == 300


def _sigterm_action(batch: list[tuple[str, str]]) -> list[object]:
    """Stands in for ``run._work`` in a worker: what SIGTERM would do there, once per document."""
    return [signal.getsignal(signal.SIGTERM) for _ in batch]


class _LoadedExtractor:
    """What ``_extract_all`` asks of an extractor before it forks (nothing to load here)."""

    def release(self) -> None:
        pass

    def preload(self) -> _LoadedExtractor:
        return self


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers")
def test_forked_workers_give_sigterm_its_default_action_under_the_cli_handler(monkeypatch) -> None:
    # A Python SIGTERM handler inherited by a worker runs only when the worker returns to Python code; a worker
    # blocked on the task queue's lock (held by the parent in Pool.terminate) never does, and the run hung at its end.
    # The CLI's own handler, as a run has it: a worker that Pool.terminate signals before its initializer ran (it
    # did no task) still dies by it; a do-nothing stand-in swallowed that signal and hung this test instead.
    from spacerec import run
    from spacerec.cli import _terminate_as_interrupt

    monkeypatch.setattr(run, "_work", _sigterm_action)
    with _terminate_as_interrupt():
        pool, results = run._extract_all([(f"d{n}", "unused") for n in range(8)], _LoadedExtractor(), {}, 2, 1000)
        try:
            actions = list(results)
        finally:
            pool.terminate()
    assert len(actions) == 8
    assert all(action == signal.SIG_DFL for action in actions), actions
