"""docs/RECORDS.md and the shipped JSON Schema describe the same fields, so neither can drift from the other.

For each record type, the documented field paths (``captions[].texts.fr``) must be exactly the
schema's, with the same required flag, and every value of an enumerated field must be named in
its row.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "RECORDS.md"
SCHEMA = json.loads((ROOT / "pipeline" / "schema" / "records.schema.json").read_text("utf-8"))
SECTION = re.compile(r"^## (?:Fields of every record|`(\w+)` records)\s*$")
ROW = re.compile(r"^\| `([\w.\[\]]+)` \| ([^|]+) \| (yes|no) \| (.+) \|\s*$")


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]] | {k: v for k, v in node.items() if k != "$ref"}
    return node


def _types(prop: dict[str, Any], values: list) -> set[str]:
    """JSON types a field may take: its ``type``, or those of its enumerated values."""
    if "type" in prop:
        return set([prop["type"]] if isinstance(prop["type"], str) else prop["type"])
    return {"null" if v is None else "string" if isinstance(v, str) else type(v).__name__ for v in values}


def _fields(node: dict[str, Any], prefix: str = "") -> dict[str, tuple[bool, set[str], list]]:
    """``{path: (required, types, enumerated values)}`` of an object schema, nested objects and arrays included."""
    out: dict[str, tuple[bool, set[str], list]] = {}
    required = set(node.get("required", ()))
    for name, prop in node.get("properties", {}).items():
        prop = _resolve(prop)
        values = list(prop.get("enum", [])) + ([prop["const"]] if "const" in prop else [])
        out[prefix + name] = (name in required, _types(prop, values), values)
        if "properties" in prop:
            out.update(_fields(prop, f"{prefix}{name}."))
        items = _resolve(prop.get("items", {}))
        if "properties" in items:
            out.update(_fields(items, f"{prefix}{name}[]."))
        values.extend(v for v in items.get("enum", []) if v not in values)
    return out


def _documented() -> dict[str, dict[str, tuple[bool, set[str], str]]]:
    sections: dict[str, dict[str, tuple[bool, set[str], str]]] = {}
    current = None
    for line in DOC.read_text("utf-8").splitlines():
        heading = SECTION.match(line)
        if heading:
            current = sections.setdefault(heading.group(1) or "*", {})
        elif line.startswith("## "):
            current = None
        elif current is not None and (row := ROW.match(line)):
            field, types, required, meaning = row.groups()
            assert field not in current, f"{field} documented twice"
            current[field] = (required == "yes", set(types.strip().split(" or ")), meaning)
    return sections


DOCUMENTED = _documented()
TYPES = ["*", *SCHEMA["properties"]["record_type"]["enum"]]


def test_every_record_type_has_a_section():
    assert sorted(DOCUMENTED) == sorted(TYPES)


@pytest.mark.parametrize("record_type", TYPES)
def test_documented_fields_are_the_schema_fields(record_type):
    schema = _fields(SCHEMA) if record_type == "*" else _fields(SCHEMA["$defs"][record_type])
    documented = DOCUMENTED[record_type]
    assert sorted(set(schema) - set(documented)) == [], "in the schema, not in docs/RECORDS.md"
    assert sorted(set(documented) - set(schema)) == [], "in docs/RECORDS.md, not in the schema"
    for field, (required, types, values) in schema.items():
        doc_required, doc_types, meaning = documented[field]
        assert doc_required == required, f"{field}: required is {required} in the schema"
        assert doc_types == types, f"{field}: the schema's types are {sorted(types)}"
        for value in values:
            if value is not None:
                assert f"`{value}`" in meaning or f'`"{value}"`' in meaning, f"{field}: value {value!r} not named"


def test_readme_links_the_records_page_not_a_path_outside_the_repository():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "docs/RECORDS.md" in readme
    assert not re.search(r"\.\.[/\\]shared", readme)  # the workspace folder beside the repository
