"""Throughput benchmark: articles/s and MB/s of full extraction over a corpus of configurable size.

Usage: python bench/bench_throughput.py [--corpus DIR] [--sizes 100,400,1600] [--repeat-lengths 1,2,4,8]
                                        [--target-kb 3] [--repeat 3]

It reports, in one run (times are CPU seconds of this process: one core, robust to
other load on a shared machine; each figure is the best of --repeat runs):
- extraction throughput (language core + framing, no fusion, no database) over
  corpora of growing size built by cycling the sample articles, as ratios
  against the smallest size (linear growth = constant articles/s);
- the same on articles of about --target-kb KB, the size the issue's target names
  (each sample article followed by the next ones, cut at the first line break after
  that size), against the 500 articles/s target;
- time per article as the article length grows (an article repeated k times),
  as ratios against k=1 (linear growth = ratio ~ k), with the least-squares line
  ms = fixed + slope * KB and its largest relative deviation from the measurements;
- peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

from rasd.ingest import IngestFailure, read_inputs
from rasd.pipeline import extract_article
from rasd.records import Article
from rasd.resources import load_resources

TARGET_RATE = 500.0  # the floor: articles/s on one core for 3 KB articles


def load_corpus(path: str) -> list[Article]:
    """Articles of the sample corpus (metadata from its meta.jsonl when present)."""
    meta = Path(path) / "meta.jsonl"
    items = read_inputs([path], meta=str(meta) if meta.exists() else None, published=None)
    return [a for a in items if not isinstance(a, IngestFailure)]


def time_extraction(articles: list[Article], repeat: int = 1) -> float:
    """Best CPU seconds (this process) to extract every article once, over repeat runs."""
    res = load_resources()
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for a in articles:
            extract_article(a, res)
        best = min(best, time.process_time() - t0)
    return best


def sized(base: list[Article], target_bytes: int) -> list[Article]:
    """One article per sample article, of about target_bytes of UTF-8: it and the next ones, cut at a line break."""
    out: list[Article] = []
    for i, a in enumerate(base):
        text, j = a.text, i + 1
        while len(text.encode()) < target_bytes:
            text += "\n" + base[j % len(base)].text
            j += 1
        cut = len(text.encode()[:target_bytes].decode(errors="ignore"))
        brk = text.find("\n", cut)
        out.append(replace(a, text=text if brk < 0 else text[:brk], debris=()))
    return out


def kb(articles: list[Article]) -> float:
    """Mean UTF-8 size of the articles, in KB."""
    return sum(len(a.text.encode()) for a in articles) / len(articles) / 1024


def fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares line y = a + b * x: (a, b)."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    return my - b * mx, b


def main(argv: list[str]) -> int:
    """Run the benchmark and print a small report."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent / "corpus" / "dev"))
    ap.add_argument("--sizes", default="100,400,1600")
    ap.add_argument("--repeat-lengths", default="1,2,4,8")
    ap.add_argument("--target-kb", type=float, default=3.0, help="article size of the target line, KB")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported")
    args = ap.parse_args(argv)
    base = load_corpus(args.corpus)
    if not base:
        print(f"no articles in {args.corpus}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    load_resources()
    time_extraction(base)  # warm: gazetteer, automata, regex caches
    print(f"resources loaded and warmed in {time.perf_counter() - t0:.2f} s")
    print(f"corpus: {len(base)} articles, mean {kb(base):.1f} KB (UTF-8); CPU seconds, best of {args.repeat}")
    print("\n# size growth (articles cycled)")
    baseline = None
    for n in [int(x) for x in args.sizes.split(",")]:
        arts = [base[i % len(base)] for i in range(n)]
        mb = sum(len(a.text.encode()) for a in arts) / 1e6
        secs = time_extraction(arts, args.repeat)
        rate = n / secs
        baseline = baseline or rate
        print(f"n={n:6d}  {secs:7.2f} s  {rate:8.1f} articles/s  {mb / secs:6.2f} MB/s  "
              f"rate ratio vs n={args.sizes.split(',')[0]}: {rate / baseline:.2f}")
    target = sized(base, int(args.target_kb * 1024))
    secs = time_extraction(target, args.repeat)
    rate = len(target) / secs
    verdict = "reaches" if rate >= TARGET_RATE else "misses"
    print(f"\n# articles of ~{args.target_kb:g} KB (mean {kb(target):.2f} KB): {rate:.1f} articles/s, "
          f"{verdict} the {TARGET_RATE:.0f} articles/s target")
    print("\n# article length growth (each article repeated k times)")
    sizes: list[float] = []
    per: list[float] = []
    for k in [int(x) for x in args.repeat_lengths.split(",")]:
        arts = [replace(a, text="\n".join([a.text] * k), debris=()) for a in base]
        sizes.append(kb(arts))
        per.append(time_extraction(arts, args.repeat) / len(arts) * 1000)
        print(f"k={k:2d}  {sizes[-1]:7.1f} KB/article  {per[-1]:8.2f} ms/article  "
              f"time ratio vs k=1: {per[-1] / per[0]:.2f}  ms/KB: {per[-1] / sizes[-1]:.3f}")
    fixed, slope = fit(sizes, per)
    worst = max(abs(fixed + slope * x - y) / y for x, y in zip(sizes, per, strict=True))
    print(f"linear fit: ms/article = {fixed:.2f} + {slope:.3f} * KB (largest deviation {worst * 100:.1f}%)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
