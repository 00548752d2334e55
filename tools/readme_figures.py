"""Rewrite the figures table of README.md from outputs/eval-<split>.json (dev, test, news)."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADLINE = ("agencies", "missions", "mission_agencies", "agreements", "agreement_dates", "signatories")
SPLITS = ("dev", "test", "news")


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
        rows.append(f"| {split} | {len(result['per_doc'])} | {macro} | {scores} |")
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text, count = re.subn(r"^\| dev \| .*\n(?:\| (?:test|news) \| .*\n)+", "\n".join(rows) + "\n", text, flags=re.M)
    if count != 1:
        raise SystemExit("README.md: the figures table was not found")
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
