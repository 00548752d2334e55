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


def test_a_built_wheel_ships_every_data_file(tmp_path, repository_copy):
    """A non-editable install (``pip install .``) needs the KB, rule lexicons and schema inside the wheel."""
    import zipfile

    source = repository_copy
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path / "dist"), str(source)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (wheel,) = (tmp_path / "dist").glob("spacerec-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = {"spacerec/" + p.relative_to(ROOT / "pipeline").as_posix()
                for p in (ROOT / "pipeline").rglob("*") if p.suffix in (".json", ".jsonl", ".py")}
    assert expected - shipped == set()
    assert "spacerec/kb/data/agencies.jsonl" in shipped and "spacerec/schema/records.schema.json" in shipped
