"""Geocoding speed and memory: gazetteer load, automaton build, locate() per article (CPU time, best of N).

    python bench/bench_geo.py [FILES...]     # default: ../shared/seeds/*.txt
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from rasd.geo import locate
from rasd.geo.gazetteer import load_gazetteer
from rasd.geo.places import place_matcher
from rasd.normalize import normalize


def main(argv: list[str]) -> None:
    """Print load time, resident memory and per-article locate() time."""
    t0 = time.perf_counter()
    load_gazetteer()
    t1 = time.perf_counter()
    place_matcher()
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    files = [Path(a) for a in argv] or sorted(Path(__file__).resolve().parents[2].glob("shared/seeds/*.txt"))
    texts = [normalize(f.read_text(encoding="utf-8")) for f in files]
    for nt in texts:
        locate(nt)
    best = float("inf")
    for _ in range(20):
        t = time.process_time()
        for nt in texts:
            locate(nt)
        best = min(best, (time.process_time() - t) / len(texts))
    chars = sum(len(nt.text) for nt in texts) / len(texts)
    print(f"gazetteer load {t1 - t0:.2f} s, automaton {t2 - t1:.2f} s, max RSS {rss:.0f} MB")
    print(f"locate: {best * 1000:.2f} ms per article of {chars:.0f} chars ({len(texts)} articles, best of 20)")


if __name__ == "__main__":
    main(sys.argv[1:])
