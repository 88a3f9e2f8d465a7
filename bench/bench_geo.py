"""Geocoding speed and memory: cold start in fresh processes, then locate() per article (best of N).

    python bench/bench_geo.py [--runs 5] [--repeat 20] [--parts] [FILES...]    # default: ../shared/seeds/*.txt

Cold start is what the first article of a process costs: a fresh interpreter imports rasd.geo, loads the
gazetteer, builds the place automaton and resolves one sentence. It is measured in --runs fresh
processes (the best is reported: the machine is shared) with the peak resident memory of the process.
The target of issue #4 is a cold start under 1 s with under 300 MB resident. locate() per article is CPU
time in this process, the best of --repeat passes over the files. --parts adds where that time goes: the
automaton scan (Matcher.find), the selection of items (select_items, scan included), the place phrases
(find_units, both included), their resolution (resolve) and the records (locate_units), each timed alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rasd.geo import geocode, load_gazetteer, locate, places, refs
from rasd.geo.actor_focus import actor_focus
from rasd.normalize import normalize

SENTENCE = "قصفت طائرات مسيرة قاعدة حقل العمر في ريف دير الزور الشرقي"
COLD = f"""
import json, resource, time
w0, c0 = time.perf_counter(), time.process_time()
from rasd.geo import locate
from rasd.geo.gazetteer import load_gazetteer
from rasd.geo.places import place_matcher
from rasd.normalize import normalize
w1 = time.perf_counter()
load_gazetteer()
w2 = time.perf_counter()
place_matcher()
w3 = time.perf_counter()
refs = locate(normalize({SENTENCE!r}))
w4, c4 = time.perf_counter(), time.process_time()
print(json.dumps({{"import": w1 - w0, "gazetteer": w2 - w1, "automaton": w3 - w2, "first": w4 - w3,
                  "total": w4 - w0, "cpu": c4 - c0, "refs": len(refs),
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def cold_start(runs: int) -> dict[str, float]:
    """The fastest of several fresh-process cold starts (seconds; rss in MB, the largest seen)."""
    best: dict[str, float] = {}
    rss = 0.0
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD], check=True, capture_output=True, text=True).stdout
        r = json.loads(out)
        rss = max(rss, r["rss"])
        if not best or r["total"] < best["total"]:
            best = r
    return {**best, "rss": rss}


def per_article(files: list[Path], repeat: int) -> tuple[float, float]:
    """Best CPU time of locate() per article (seconds), and the mean article length (characters)."""
    texts = [normalize(f.read_text(encoding="utf-8")) for f in files]
    for nt in texts:
        locate(nt, actors=actor_focus(nt.text))
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for nt in texts:
            locate(nt, actors=actor_focus(nt.text))  # as the recognizer calls it
        best = min(best, (time.process_time() - t) / len(texts))
    return best, sum(len(nt.text) for nt in texts) / len(texts)


def parts(files: list[Path], repeat: int) -> dict[str, float]:
    """Best CPU time per article (seconds) of each stage of locate(), each timed alone on the same texts."""
    gz = load_gazetteer()
    texts = [normalize(f.read_text(encoding="utf-8")) for f in files]
    found = [(nt, places.find_units(nt.text), actor_focus(nt.text)) for nt in texts]
    resolved = [(nt, units, geocode.resolve(gz, units, ev), ev) for nt, units, ev in found if units]
    stages: dict[str, Callable[[], object]] = {
        "scan": lambda: [places.place_matcher().find(nt.text) for nt in texts],
        "select_items": lambda: [places.select_items(nt.text) for nt in texts],
        "find_units": lambda: [places.find_units(nt.text) for nt in texts],
        "actor_focus": lambda: [actor_focus(nt.text) for nt in texts],
        "resolve": lambda: [geocode.resolve(gz, units, ev) for _, units, _, ev in resolved],
        "locate_units": lambda: [refs.locate_units(nt, gz, units, chosen) for nt, units, chosen, _ in resolved],
    }
    return {name: _best(run, repeat) / len(texts) for name, run in stages.items()}


def _best(run: Callable[[], object], repeat: int) -> float:
    """The best CPU time of several calls (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        run()
        best = min(best, time.process_time() - t)
    return best


def main(argv: list[str]) -> None:
    """Print the cold start, its parts and memory, and the per-article locate() time."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="fresh processes for the cold start (best reported)")
    ap.add_argument("--repeat", type=int, default=20, help="passes over the files for locate() (best reported)")
    ap.add_argument("--parts", action="store_true", help="also time the stages of locate() one by one")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args(argv)
    files = args.files or sorted(Path(__file__).resolve().parents[2].glob("shared/seeds/*.txt"))
    c = cold_start(args.runs)
    print(f"cold start {c['total']:.2f} s wall, {c['cpu']:.2f} s CPU (best of {args.runs} fresh processes; "
          f"target < 1 s): import {c['import']:.2f} s, gazetteer {c['gazetteer']:.2f} s, "
          f"automaton {c['automaton']:.2f} s, first locate {c['first']:.3f} s; peak RSS {c['rss']:.0f} MB "
          "(target < 300 MB)")
    best, chars = per_article(files, args.repeat)
    print(f"locate: {best * 1000:.2f} ms per article of {chars:.0f} chars "
          f"({len(files)} articles, CPU time, best of {args.repeat})")
    if args.parts:
        print("  ".join(f"{name} {secs * 1000:.3f} ms" for name, secs in parts(files, args.repeat).items()))


if __name__ == "__main__":
    main(sys.argv[1:])
