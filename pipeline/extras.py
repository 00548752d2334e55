"""How to install one of spacerec's optional extras, in a command that works for this installation.

``pip install 'spacerec[network]'`` asks a package index for a package named spacerec; someone who
installed from a clone of the repository (the README's way) needs ``pip install -e 'CLONE[network]'``
instead. The messages that name a missing extra (models, db, network) take their command from here.
This module imports nothing from the pipeline: any step may use it.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

__all__ = ["install_command", "source_tree"]


def source_tree(package_dir: Path | None = None) -> Path | None:
    """The repository folder spacerec runs from (an editable install), or None for an installed package.

    ``package_dir`` is the folder of the package's modules (this module's folder when not given).
    """
    package_dir = Path(__file__).resolve().parent if package_dir is None else package_dir
    root = package_dir.parent
    try:
        project = (root / "pyproject.toml").read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return root if package_dir.name == "pipeline" and 'name = "spacerec"' in project else None


def install_command(extra: str, package_dir: Path | None = None) -> str:
    """The shell command that installs ``extra`` into the Python running spacerec (a line to copy).

    Run from a clone, the extra is installed from that clone (``python -m pip install -e '/path/clone[db]'``);
    otherwise from a package index, or from the source folder, both named.
    """
    python = shlex.quote(sys.executable or "python")
    root = source_tree(package_dir)
    if root is not None:
        return f"{python} -m pip install -e {shlex.quote(f'{root}[{extra}]')}"
    return (f"{python} -m pip install 'spacerec[{extra}]' (or, in spacerec's source folder, "
            f"{python} -m pip install '.[{extra}]')")
