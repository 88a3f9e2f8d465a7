"""Throughput benchmark: articles/s and MB/s of full extraction over a corpus of configurable size.

Usage: python bench/bench_throughput.py [--corpus DIR] [--sizes 100,400,1600] [--repeat-lengths 1,2,4,8]

It reports, in one run:
- extraction throughput (language core + framing, no fusion, no database) over
  corpora of growing size built by cycling the sample articles, as ratios
  against the smallest size (linear growth = constant articles/s);
- time per article as the article length grows (an article repeated k times),
  as ratios against k=1 (linear growth = ratio ~ k);
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


def load_corpus(path: str) -> list[Article]:
    """Articles of the sample corpus (metadata from its meta.jsonl when present)."""
    meta = Path(path) / "meta.jsonl"
    items = read_inputs([path], meta=str(meta) if meta.exists() else None, published=None)
    return [a for a in items if not isinstance(a, IngestFailure)]


def time_extraction(articles: list[Article]) -> float:
    """Seconds to extract every article once."""
    res = load_resources()
    t0 = time.perf_counter()
    for a in articles:
        extract_article(a, res)
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    """Run the benchmark and print a small report."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent / "corpus" / "dev"))
    ap.add_argument("--sizes", default="100,400,1600")
    ap.add_argument("--repeat-lengths", default="1,2,4,8")
    args = ap.parse_args(argv)
    base = load_corpus(args.corpus)
    if not base:
        print(f"no articles in {args.corpus}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    load_resources()
    time_extraction(base[:5])  # warm: gazetteer, automata, regex caches
    print(f"resources loaded and warmed in {time.perf_counter() - t0:.2f} s")
    avg_kb = sum(len(a.text.encode()) for a in base) / len(base) / 1024
    print(f"corpus: {len(base)} articles, mean {avg_kb:.1f} KB (UTF-8)")
    print("\n# size growth (articles cycled)")
    baseline = None
    for n in [int(x) for x in args.sizes.split(",")]:
        arts = [base[i % len(base)] for i in range(n)]
        mb = sum(len(a.text.encode()) for a in arts) / 1e6
        secs = time_extraction(arts)
        rate = n / secs
        baseline = baseline or rate
        print(f"n={n:6d}  {secs:7.2f} s  {rate:8.1f} articles/s  {mb / secs:6.2f} MB/s  "
              f"rate ratio vs n={args.sizes.split(',')[0]}: {rate / baseline:.2f}")
    print("\n# article length growth (each article repeated k times)")
    first = None
    for k in [int(x) for x in args.repeat_lengths.split(",")]:
        arts = [replace(a, text="\n".join([a.text] * k), debris=()) for a in base]
        secs = time_extraction(arts) / len(arts)
        first = first or secs
        kb = sum(len(a.text.encode()) for a in arts) / len(arts) / 1024
        print(f"k={k:2d}  {kb:7.1f} KB/article  {secs * 1000:8.2f} ms/article  time ratio vs k=1: {secs / first:.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
