"""Rewrite README.md's figures: the quality table from outputs/eval-<split>.json (every split), and the
canonical-agreements table from the merge of outputs/records.jsonl."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADLINE = ("agencies", "missions", "mission_agencies", "agreements", "agreement_dates", "signatories")
SPLITS = ("dev", "news-dev", "kinds", "test", "news")


def main() -> None:
    rows = []
    for split in SPLITS:
        path = ROOT / "outputs" / f"eval-{split}.json"
        if not path.exists():
            continue
        result = json.loads(path.read_text(encoding="utf-8"))
        low, high = result["ci"]["macro_f1"]
        scores = " | ".join(f"{result['metrics'][name]['f1']:.3f}" for name in HEADLINE)
        macro = f"{result['macro_f1']:.3f} [{low:.3f}, {high:.3f}]"
        rows.append(f"| {split} | {result.get('documents', len(result.get('per_doc', {})))} | {macro} | {scores} |")
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    table = r"^\| dev \| .*\n(?:\| (?:news-dev|kinds|test|news) \| .*\n)+"
    text, count = re.subn(table, "\n".join(rows) + "\n", text, flags=re.M)
    if count != 1:
        raise SystemExit("README.md: the figures table was not found")
    text = canonical_table(text)
    readme.write_text(text, encoding="utf-8")


def canonical_table(text: str) -> str:
    """The README's before/after merge table, from outputs/records.jsonl (tests/test_canonical.py checks it)."""
    from spacerec.canonical import merge, read_records, summarise

    records, _ = read_records(ROOT / "outputs" / "records.jsonl")
    s = summarise(records, merge(records))
    articles = sum(1 for r in records if r["record_type"] == "document")
    text = re.sub(r"^On the project's corpus \(`outputs/records.jsonl`, \d+ articles\):",
                  f"On the project's corpus (`outputs/records.jsonl`, {articles} articles):", text, flags=re.M)
    text = re.sub(r"^\| agreements \| \d+ \| \d+ \| \d+ \|$",
                  f"| agreements | {s.agreement_records} | {s.canonical_agreements} | {s.merged_agreements} |",
                  text, flags=re.M)
    text = re.sub(r" \d+ pairs are listed as conflicts ", f" {s.agreement_conflicts} pairs are listed as conflicts ",
                  text)
    return re.sub(r"^\| missions \| \d+ \| \d+ \|", f"| missions | {s.mission_records} | {s.canonical_missions} |",
                  text, flags=re.M)


if __name__ == "__main__":
    main()
