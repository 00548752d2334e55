"""spacerec benchmark: throughput of each run configuration, and memory over a long input.

Builds a synthetic corpus by recombining the paragraphs of corpus/ into new articles (title,
dateline, 4-9 paragraphs, captions kept with their credits), then times, on the same sample:
the project's cascade, the full-model baseline (statistical pipelines over every block),
--jobs 1 vs --jobs 2, and the Dask engine (LocalCluster) vs local; then runs the cascade over a
long stretch of the corpus reading the resident memory as it goes. Prints a Markdown table.

    python bench/bench.py                         # 20,000 articles built, sample 300, long run 2,000
    python bench/bench.py --articles 20000 --sample 1000 --long 20000
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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
        body = rng.sample(paragraphs, rng.randint(4, 9))
        path = target / f"{n // 1000:03d}" / f"article-{n:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rng.choice(titles) + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        written.append(path)
    return written


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, fn, words: int, docs: int) -> dict:
    started = time.perf_counter()
    fn()
    seconds = time.perf_counter() - started
    row = {"config": label, "seconds": seconds, "docs/s": docs / seconds, "words/s": words / seconds}
    print(f"  {label:<38} {seconds:7.1f} s {docs / seconds:8.1f} docs/s {words / seconds:9.0f} words/s", flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20000, help="synthetic articles to build")
    parser.add_argument("--sample", type=int, default=300, help="articles timed in each configuration")
    parser.add_argument("--long", type=int, default=2000, help="articles of the long run that reads memory")
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    from spacerec.extractor import Extractor
    from spacerec.run import run

    with tempfile.TemporaryDirectory(prefix="spacerec-bench-") as tmp:
        tmp_path = Path(tmp)
        started = time.perf_counter()
        files = build_corpus(tmp_path / "corpus", args.articles)
        print(f"built {len(files):,} articles in {time.perf_counter() - started:.1f} s", flush=True)
        sample = tmp_path / "sample"
        for path in files[: args.sample]:
            target = sample / path.relative_to(tmp_path / "corpus")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in sample.rglob("*.txt"))
        docs = args.sample
        print(f"sample: {docs} articles, {words:,} words", flush=True)
        rows = []
        cascade, full = Extractor(), Extractor(cascade=False)
        rows.append(timed("project (cascade), --jobs 1", lambda: run(sample, tmp_path / "a.jsonl", cascade),
                          words, docs))
        rows.append(timed("full-model baseline, --jobs 1", lambda: run(sample, tmp_path / "b.jsonl", full),
                          words, docs))
        rows.append(timed("project (cascade), --jobs 2", lambda: run(sample, tmp_path / "c.jsonl", jobs=2),
                          words, docs))
        if not args.skip_dask:
            from spacerec.engines.dask_engine import run_dask

            rows.append(timed("project, Dask LocalCluster 2 workers",
                              lambda: run_dask(str(sample), str(tmp_path / "d.jsonl"), n_workers=2), words, docs))
        same = (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "c.jsonl").read_bytes()
        print(f"--jobs 2 output identical to --jobs 1: {same}")

        long_dir = tmp_path / "corpus"
        checkpoints: list[tuple[int, float]] = []
        count = {"n": 0}

        def progress(items):
            for item in items:
                count["n"] += 1
                if count["n"] % max(1, args.long // 8) == 0:
                    checkpoints.append((count["n"], rss_mb()))
                if count["n"] > args.long:
                    break
                yield item

        before = rss_mb()
        long_started = time.perf_counter()
        run(long_dir, tmp_path / "long.jsonl", cascade, progress=progress)
        long_seconds = time.perf_counter() - long_started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    base = rows[1]["words/s"]
    print("\n| configuration | docs/s | words/s | vs full-model baseline |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row['config']} | {row['docs/s']:.1f} | {row['words/s']:,.0f} | {row['words/s'] / base:.2f}x |")
    print(f"\nlong run: {count['n'] - 1:,} articles in {long_seconds:.0f} s; resident memory (MB) after "
          + ", ".join(f"{n:,} docs: {mb:.0f}" for n, mb in checkpoints)
          + f"; before the run {before:.0f}; peak RSS of the process {peak:.0f} MB")


if __name__ == "__main__":
    main()
