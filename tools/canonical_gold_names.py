"""Rewrite mission names in gold files to the knowledge base's canonical names (the contract's `name`).

Usage: python tools/canonical_gold_names.py corpus/*/gold.jsonl [--check]

A gold mission name that is an alias of one KB entry (not a canonical name, not a numbered family member
such as "SAOCOM 1A") is replaced by that entry's canonical name in `name`, in other missions' `part_of`
and in agreement `subject`s, and the record's `id` is computed again. Files are rewritten in place, line order
kept; `--check` only lists changes and exits 1 if there are any.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

from spacerec.identity import normalise_name, record_id
from spacerec.kb import default_kb


def alias_map() -> dict[str, str]:
    """Normalised alias -> canonical name, for aliases that belong to exactly one KB mission."""
    kb = default_kb()
    canonical = {normalise_name(e.canonical_name) for e in kb.missions.values()}
    found: dict[str, set[str]] = {}
    for entry in kb.missions.values():
        for alias in entry.aliases:  # English and French aliases alike
            found.setdefault(normalise_name(alias), set()).add(entry.canonical_name)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1 and key not in canonical}


def canonical(name: str | None, aliases: dict[str, str]) -> str | None:
    if not name or re.search(r"\s\d+[A-Z]?$|-\d+[A-Z]?$", name):  # numbered family members keep their name
        return name
    return aliases.get(normalise_name(name), name)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    aliases = alias_map()
    changed: Counter = Counter()
    for path in (a for a in argv if not a.startswith("--")):
        lines = open(path, encoding="utf-8").read().splitlines()
        out = []
        for line in lines:
            record = json.loads(line)
            before = json.dumps(record, ensure_ascii=False)
            if record["record_type"] == "mission":
                record["name"] = canonical(record["name"], aliases)
                record["part_of"] = canonical(record.get("part_of"), aliases)
            elif record["record_type"] == "agreement" and record.get("subject"):
                record["subject"] = canonical(record["subject"], aliases)
            if "id" in record:
                record["id"] = record_id(record)  # the id hashes the key, which holds the name or subject
            after = json.dumps(record, ensure_ascii=False)
            if after != before:
                changed[path] += 1
                label = record.get("name") or record.get("subject")
                print(f"{path}: {record['doc_id']}: {record['record_type']} {label}")
                out.append(after)
            else:
                out.append(line)
        if not check:
            open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
    for path, count in changed.items():
        print(f"{path}: {count} records renamed", file=sys.stderr)
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
