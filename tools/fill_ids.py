"""Fill or check the contract ``id`` of every record in gold JSONL files.

Usage: python tools/fill_ids.py FILE.jsonl [...]        (rewrites ids in place)
       python tools/fill_ids.py --check FILE.jsonl [...] (exit 1 on a wrong id)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spacerec.io import read_jsonl
from spacerec.records import SCHEMA_VERSION, record_id, sort_key


def main(argv: list[str]) -> int:
    check = "--check" in argv
    bad = 0
    for name in (a for a in argv if a != "--check"):
        path = Path(name)
        records = []
        for line in read_jsonl(path):
            number, record = line.number, line.value
            try:
                if line.error is not None:
                    raise line.error
                record.setdefault("schema_version", SCHEMA_VERSION)
                record.setdefault("evidence", [])
                expected = record_id(record)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                print(f"{path}:{number}: {exc}", file=sys.stderr)
                bad += 1
                continue
            if check and record.get("id") != expected:
                print(f"{path}:{number}: id {record.get('id')!r} should be {expected}", file=sys.stderr)
                bad += 1
            record["id"] = expected
            records.append(record)
        if not check:
            records.sort(key=sort_key)
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            path.write_text(text, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
