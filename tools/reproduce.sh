#!/usr/bin/env bash
# Regenerate outputs/: the records of a run over corpus/ and the evaluation reports of both splits.
# Usage: bash tools/reproduce.sh   (with spacerec installed: pip install -e '.[models]')
set -euo pipefail
cd "$(dirname "$0")/.."
spacerec run corpus -o outputs/records.jsonl
spacerec merge outputs/records.jsonl -o outputs/canonical.jsonl -q   # canonical agreements across articles
for split in dev test news; do
  [ -f "corpus/$split/gold.jsonl" ] || continue
  spacerec eval --gold "corpus/$split/gold.jsonl" --pred outputs/records.jsonl --json > "outputs/eval-$split.json"
  spacerec eval --gold "corpus/$split/gold.jsonl" --pred outputs/records.jsonl --max-errors 1000 \
    --html "outputs/report-$split.html" --texts corpus > "outputs/eval-$split.txt"
done
python tools/readme_figures.py
grep "^macro-F1" outputs/eval-*.txt
