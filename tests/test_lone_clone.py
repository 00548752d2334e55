"""The repository stands alone: in a clone with nothing beside it, the tests that read ../shared skip cleanly.

Only the seed fixtures of conftest.py read ../shared; the first test checks that no other test
file reaches outside the repository, the second runs, in a copy of the tracked files placed in an
empty temporary folder (no ../shared) and without the PostgreSQL variable, every test marked
``shared`` (collecting every module on the way). The rest of the suite reads only the repository's own files, so
this proves the README's test command passes in a lone clone without running the suite twice.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
INSIDE = "SPACEREC_LONE_CLONE"


def test_only_conftest_reaches_outside_the_repository():
    outside = re.compile(r"parents\[[2-9]\]|\.\./shared|[\"']shared[\"']|/\s*[\"']shared")
    offenders = [path.name for path in TESTS.glob("*.py")
                 if path.name not in ("conftest.py", Path(__file__).name) and outside.search(path.read_text("utf-8"))]
    assert offenders == [], "read ../shared only through the seed fixtures of conftest.py"


def _pytest(clone: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SPACEREC_TEST_POSTGRES_URL"}
    env[INSIDE] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args], cwd=clone,
                          env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.skipif(bool(os.environ.get(INSIDE)), reason="already inside the lone-clone run")
def test_tests_that_read_shared_skip_in_a_lone_clone(repository_copy, request):
    clone = repository_copy
    assert not (clone.parent / "shared").exists()
    # only the modules holding ``shared`` tests when this session collected them all (the full suite), else every
    # module: the guard above keeps every other module from reading outside the repository
    modules = sorted({f"tests/{item.path.name}" for item in request.session.items if item.get_closest_marker("shared")})
    done = _pytest(clone, "-m", "shared", "-rs", *modules)
    summary = done.stdout.strip().splitlines()[-1]
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "skipped" in summary and "failed" not in summary and "error" not in summary, summary
    assert "passed" not in summary, summary  # with ../shared absent, every seed test must skip
    assert "only the project's workspace has it" in done.stdout  # the reason is said
