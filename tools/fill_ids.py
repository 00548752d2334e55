"""Fill or check the contract ``id`` of every record in gold JSONL files.

Usage: python tools/fill_ids.py FILE.jsonl [...]          (adds schema_version, evidence and id in place)
       python tools/fill_ids.py --keep-order FILE.jsonl    (the same, lines left in the file's order)
       python tools/fill_ids.py --check FILE.jsonl [...]  (exit 1 on a wrong id)

Every line must be a scorable record (what ``spacerec eval`` accepts as gold). A file with a bad line is
left as it is: each bad line is listed as ``FILE:LINE: reason`` and the exit code is 2, so a line with a
typo is never dropped from a file rewritten without it.
"""

from __future__ import annotations

import argparse
import json
import sys

from spacerec.evaluation.scoring import load_records_lenient
from spacerec.io import read_jsonl
from spacerec.output import atomic_text
from spacerec.records import SCHEMA_VERSION, record_id, sort_key

EXIT_WRONG_ID = 1
EXIT_BAD_LINES = 2


def _fill(path: str, check: bool, keep_order: bool = False) -> int:
    """Exit code for one file: 0 done, 1 a wrong id under ``check``, 2 bad lines (the file is not touched)."""
    try:
        records, problems = load_records_lenient(path)
    except OSError as exc:
        print(f"{path}: cannot read it: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_LINES
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        if not check:
            print(f"{path}: {len(problems)} bad line(s); the file is left as it was (fix them and run again)",
                  file=sys.stderr)
        return EXIT_BAD_LINES
    if not records:
        print(f"{path}: no record (the file is empty or blank)", file=sys.stderr)
        return EXIT_BAD_LINES
    wrong = 0
    numbers = [line.number for line in read_jsonl(path)]  # every line is a record here: one number each
    for number, record in zip(numbers, records, strict=True):
        record.setdefault("schema_version", SCHEMA_VERSION)
        record.setdefault("evidence", [])
        expected = record_id(record)
        if check and record.get("id") != expected:
            print(f"{path}:{number}: id {record.get('id')!r} should be {expected}", file=sys.stderr)
            wrong += 1
        record["id"] = expected
    if check:
        return EXIT_WRONG_ID if wrong else 0
    if not keep_order:
        records.sort(key=sort_key)
    with atomic_text(path) as stream:  # replaced only once complete
        stream.write("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python tools/fill_ids.py",
        description="Add schema_version, evidence ([]) and the contract id to every record of gold JSON Lines files "
                    "written by hand, in place, sorted as spacerec writes records; a file with a bad line is left "
                    "as it was.",
        epilog="Exit codes: 0 done; 1 (--check) some id is wrong; 2 a bad line or an unreadable file.")
    parser.add_argument("files", nargs="+", metavar="FILE.jsonl")
    parser.add_argument("--check", action="store_true", help="only check the ids, write nothing")
    parser.add_argument("--keep-order", action="store_true",
                        help="keep the lines in the file's order (a gold file kept by hand, where new lines were "
                             "appended: its diff then shows only the filled fields)")
    args = parser.parse_args(argv)
    return max(_fill(path, args.check, args.keep_order) for path in args.files)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
