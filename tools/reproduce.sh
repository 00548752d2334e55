#!/usr/bin/env bash
# Regenerate outputs/: the records of a run over corpus/ and the evaluation reports of both splits.
# Usage: bash tools/reproduce.sh   (after the README's install command; the repository's .venv is used when it
# exists, else the spacerec and python found on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x .venv/bin/spacerec ]; then
  PATH="$PWD/.venv/bin:$PATH"
fi
command -v spacerec >/dev/null || { echo "spacerec not found: run the README's install command first" >&2; exit 2; }
spacerec run corpus -o outputs/records.jsonl
spacerec merge outputs/records.jsonl -o outputs/canonical.jsonl -q   # canonical agreements across articles
# Development splits: full reports (per-document scores, every error, an HTML page with the texts).
for split in dev news-dev kinds; do
  [ -f "corpus/$split/gold.jsonl" ] || continue
  spacerec eval --gold "corpus/$split/gold.jsonl" --pred outputs/records.jsonl --json > "outputs/eval-$split.json"
  spacerec eval --gold "corpus/$split/gold.jsonl" --pred outputs/records.jsonl --max-errors 1000 \
    --html "outputs/report-$split.html" --texts corpus > "outputs/eval-$split.txt"
done
# Held-out test splits: totals only, so that nobody tuning rules sees their documents' errors by accident.
for split in test news; do
  [ -f "corpus/$split/gold.jsonl" ] || continue
  spacerec eval --gold "corpus/$split/gold.jsonl" --pred outputs/records.jsonl --totals-only --json \
    > "outputs/eval-$split.json"
  spacerec eval --gold "corpus/$split/gold.jsonl" --pred outputs/records.jsonl --totals-only \
    > "outputs/eval-$split.txt"
  rm -f "outputs/report-$split.html"
done
python tools/readme_figures.py
grep "^macro-F1" outputs/eval-*.txt
