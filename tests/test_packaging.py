"""The import name: the folder is ``pipeline/``, the package imports as ``spacerec``."""

import subprocess
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"] == {"spacerec": "pipeline"}
    on_disk = {
        ".".join(("spacerec", *init.parent.relative_to(ROOT / "pipeline").parts))
        for init in (ROOT / "pipeline").rglob("__init__.py")
    }
    assert on_disk == set(config["packages"])


def test_extractor_shows_in_dir():
    import spacerec

    assert "Extractor" in dir(spacerec)
    assert spacerec.Extractor.__name__ == "Extractor"


def test_a_users_own_pipeline_module_does_not_hide_the_package(tmp_path):
    (tmp_path / "pipeline.py").write_text("raise SystemExit('the user module was imported')\n", encoding="utf-8")
    script = "from spacerec import Extractor, __version__; print(Extractor.__name__, __version__)"
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Extractor ")


def _tracked_copy(destination: Path) -> Path:
    """The repository's tracked files (working-tree content) copied to ``destination``: what a clone holds."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode("utf-8").split("\0")):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    return destination


def test_a_built_wheel_ships_every_data_file(tmp_path):
    """A non-editable install (``pip install .``) needs the KB, rule lexicons and schema inside the wheel."""
    import shutil
    import zipfile

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        import pytest

        pytest.skip("not a git checkout: the tracked files cannot be listed")
    source = _tracked_copy(tmp_path / "src")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path / "dist"), str(source)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (wheel,) = (tmp_path / "dist").glob("spacerec-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = {"spacerec/" + p.relative_to(ROOT / "pipeline").as_posix()
                for p in (ROOT / "pipeline").rglob("*") if p.suffix in (".json", ".jsonl", ".py")}
    assert expected - shipped == set()
    assert "spacerec/kb/data/agencies.jsonl" in shipped and "spacerec/schema/records.schema.json" in shipped
