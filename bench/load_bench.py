"""Time ``spacerec load`` on 100,000 records, into SQLite and (when configured) PostgreSQL.

The records are outputs/records.jsonl replicated under new doc_ids (``bench/00001/...``) with
their ids recomputed, so every copy is a distinct, valid document. Each database is loaded
twice: the first load writes everything, the second finds every document unchanged.

    python bench/load_bench.py [--records 100000] [--batch-size 1000]
    SPACEREC_TEST_POSTGRES_URL=postgresql://... python bench/load_bench.py   # adds PostgreSQL
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacerec.db import load_records_into  # noqa: E402
from spacerec.db.source import RecordSource  # noqa: E402
from spacerec.records import record_id  # noqa: E402


def make_records(target: int, out: Path) -> int:
    """Write ``target`` records (whole copies of the sample, the last one cut) to ``out``."""
    sample = [json.loads(line) for line in (ROOT / "outputs" / "records.jsonl").read_text("utf-8").splitlines()
              if line.strip()]
    written = copy = 0
    with open(out, "w", encoding="utf-8") as handle:
        while written < target:
            copy += 1
            for record in sample:
                if written == target:
                    break
                record = dict(record, doc_id=f"bench/{copy:05d}/{record['doc_id']}")
                record["id"] = record_id(record)
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


def bench(name: str, url: str, path: Path, batch_size: int, n: int) -> None:
    for attempt in ("first load", "reload (unchanged)"):
        report = load_records_into(url, path, batch_size=batch_size)
        assert not report.skipped, report.skipped[:3]
        print(f"{name:10} {attempt:19} {report.seconds:7.2f} s  {n / report.seconds:9,.0f} records/s  "
              f"({report.documents} documents, {report.records_written} records written)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        n = make_records(args.records, path)
        print(f"{n:,} records, {path.stat().st_size / 1e6:.0f} MB, batch size {args.batch_size}")
        started = time.perf_counter()
        RecordSource(path).scan()
        print(f"{'(read)':10} {'validation only':19} {time.perf_counter() - started:7.2f} s")
        bench("sqlite", f"sqlite:///{Path(tmp) / 'bench.db'}", path, args.batch_size, n)
        pg_url = os.environ.get("SPACEREC_TEST_POSTGRES_URL")
        if not pg_url:
            print("postgresql skipped: SPACEREC_TEST_POSTGRES_URL is not set")
            return
        import psycopg

        schema = f"spacerec_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        try:
            sep = "&" if "?" in pg_url else "?"
            bench("postgresql", f"{pg_url}{sep}options={quote(f'-csearch_path={schema}')}", path, args.batch_size, n)
        finally:
            with psycopg.connect(pg_url, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
