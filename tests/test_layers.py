"""Data flows one way: no module of an earlier step imports a module of a later one.

The steps are written once, here, in the order data flows through them (README, "How it works").
Every module of ``pipeline/`` must belong to one; imports are read from the source with ``ast``
(imports inside functions and under ``TYPE_CHECKING`` count too), so nothing is imported to check.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"

# Earliest step first. A module belongs to the step of the longest name that is it or contains it.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("identity and I/O", ("identity", "io", "schema", "extras")),
    ("text", ("ingest", "markup", "dates.parse")),
    ("blocks", ("blocks",)),
    ("knowledge base", ("kb",)),
    ("spaCy components", ("doc_text", "sentences", "dates", "entities", "triggers")),
    ("spaCy pipelines", ("models", "nlp", "regex_cache")),
    ("mentions", ("analysis",)),
    ("events and slots", ("relations",)),
    ("records", ("records", "merge")),
    ("JSON Lines writer", ("output",)),
    ("extraction", ("extractor", "extraction")),
    ("runs, loaders and readers", ("run", "resume", "engines", "cli", "__main__", "preflight", "canonical",
                                   "canonical_cli", "network", "evaluation", "db")),
]

# Imports against the flow that remain in modules being rewritten (issue 17): (importer, imported), each
# a module or a package. Each must still be needed (test_known_exceptions_are_still_needed), so the list
# only shrinks.
KNOWN = {
    ("analysis", "records"),  # Evidence, Published: the mentions layer builds record values
    ("relations", "records"),  # normalise_name: import it from spacerec.identity
}


def _within(module: str, name: str) -> bool:
    return module == name or module.startswith(name + ".")


def _known(pair: tuple[str, str]) -> bool:
    return any(_within(pair[0], a) and _within(pair[1], b) for a, b in KNOWN)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str | None = None) -> set[str]:
    """Names (without the ``spacerec.`` prefix) of the pipeline modules a file imports; "" is the root package.

    ``name`` is the file's module name (read from its place in ``pipeline/`` when not given).
    """
    name = _module_name(path) if name is None else name
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif (node.module or "").split(".")[0] == "spacerec":
                target = node.module.removeprefix("spacerec").lstrip(".")
            else:
                continue
            found.add(target)
            if not node.module:  # `from . import x`: x may be a module
                found.update(f"{target}.{a.name}".lstrip(".") for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("spacerec").lstrip(".") for a in node.names
                         if a.name.split(".")[0] == "spacerec")
    return found


def _layer(module: str) -> int | None:
    """Index in LAYERS of the step a module belongs to, None for the root package or a name that is not a module."""
    best, best_length = None, -1
    for index, (_, names) in enumerate(LAYERS):
        for name in names:
            if _within(module, name) and len(name) > best_length:
                best, best_length = index, len(name)
    return best


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _backward_imports() -> set[tuple[str, str]]:
    found = set()
    for module, path in _modules().items():
        mine = _layer(module)
        for target in _imports(path):
            theirs = _layer(target)
            if mine is not None and theirs is not None and theirs > mine:
                found.add((module, target))
    return found


def test_every_module_belongs_to_a_step() -> None:
    orphans = [m for m in _modules() if m and _layer(m) is None]
    assert not orphans, f"modules without a step: {orphans}; add them to LAYERS in tests/test_layers.py"


def test_no_step_imports_a_later_one() -> None:
    backward = sorted(pair for pair in _backward_imports() if not _known(pair))
    described = [f"{a} ({LAYERS[_layer(a)][0]}) imports {b} ({LAYERS[_layer(b)][0]})" for a, b in backward]
    assert not described, "imports against the flow:\n" + "\n".join(described)


def test_known_exceptions_are_still_needed() -> None:
    found = _backward_imports()
    stale = sorted((a, b) for a, b in KNOWN if not any(_within(x, a) and _within(y, b) for x, y in found))
    assert not stale, f"no longer imported against the flow, remove from KNOWN: {stale}"


def test_the_database_loader_does_not_import_the_evaluator() -> None:
    offending = {m for m, p in _modules().items() if m.split(".")[0] == "db"
                 and any(t.split(".")[0] == "evaluation" for t in _imports(p))}
    assert not offending


def test_the_checker_sees_a_backward_import(tmp_path: Path) -> None:
    """The checker itself: a relative import of a later step, inside a function, is found and refused."""
    source = tmp_path / "segment.py"
    source.write_text("def f():\n    from ..records import Caption\n    return Caption\n", encoding="utf-8")
    assert _imports(source, "blocks.segment") == {"records"}
    assert _layer("records") > _layer("blocks.segment")
