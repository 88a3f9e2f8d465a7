"""Language-layer benchmark: MB/s of UTF-8 text through normalize, segment and the lexicon matchers.

Usage: python bench/bench_language.py [--mb 20] [--corpus DIR ...] [--repeat 3] [--profile STAGE] [--only e,f]

The sample articles (corpus/dev/*.txt and, when present, ../shared/seeds/*.txt)
are cycled until they make about --mb megabytes of UTF-8, kept as bytes, and
every stage reads (decodes) each article and then, best of --repeat runs:

  (a) baseline: folds it with one plain ``str.translate`` pass (a tiny dict table);
  (b) ``normalize()`` with its offset map (bulk ``str.replace`` passes plus a regex split,
      see ``normalize._folder``; CPython's translate pays an object lookup per character);
  (c) normalize + segment + the six lexicon matchers of ``load_resources()``, each its own
      automaton (a reference: the pipeline does not scan six times);
  (c1) as (c), with the six lexicons in one ``MatcherGroup`` (one automaton scan instead of six);
  (d) (c) plus ``timex.find_times`` and ``numbers.find_quantities``;
  (e) the whole language layer as ``recognize()`` runs it: normalize + segment + one
      automaton scan for the six lexicons and the words the time and number readers start
      from (``load_resources().group``), then ``find_times`` and ``find_quantities`` on its hits;
  (f) ``recognize()`` itself on each document as an Article: (e) plus what it does after the scan
      (the lexicons' longest-first choice, coreference, the places of ``geo.locate``, the actor focus).

Times are CPU seconds of this process (one core; robust to other load on the
machine). Each line gives MB/s and the ratio of its time to (a); the issue's
target is the language layer (e) >= 10 MB/s on one core. timex and numbers are also
timed alone (each with its own scan) on already normalized text, for their owners.
``--profile e`` (or a, b, c, c1, d) prints the top cProfile entries of one pass of that stage.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rasd.lexicon import load_table
from rasd.matcher import MatcherGroup
from rasd.normalize import normalize
from rasd.numbers import find_quantities
from rasd.recognize import recognize
from rasd.records import Article
from rasd.resources import Resources, load_resources
from rasd.segment import segment
from rasd.timex import find_times

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = (ROOT / "corpus" / "dev", ROOT.parent / "shared" / "seeds")
TARGET_MBS = 10.0  # the floor for the language layer, MB/s of UTF-8 on one core
BASELINE_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ـ": None})
PUBLISHED = dt.date(2023, 11, 14)  # any date: the benchmark measures cost, not correctness
LEXICONS = ("actors", "triggers", "weapons", "sources", "cues", "site_sides")  # as load_resources() builds them


@dataclass(frozen=True, slots=True)
class Kit:
    """What the stages need, built before timing: the resources and the grouped matcher."""

    res: Resources
    group: MatcherGroup[object]


def load_texts(dirs: list[Path]) -> list[str]:
    """The .txt files of the given directories (missing directories are skipped)."""
    texts: list[str] = []
    for d in dirs:
        if d.is_dir():
            texts.extend(p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt")))
    return texts


def build_docs(texts: list[str], target_mb: float) -> list[bytes]:
    """Cycle the texts, as UTF-8, until they reach target_mb megabytes."""
    encoded = [t.encode("utf-8") for t in texts]
    docs: list[bytes] = []
    size = 0
    while size < target_mb * 1e6:
        d = encoded[len(docs) % len(encoded)]
        docs.append(d)
        size += len(d)
    return docs


def stage_baseline(docs: list[bytes], kit: Kit) -> None:
    """(a) one plain str.translate pass per document."""
    for d in docs:
        d.decode("utf-8").translate(BASELINE_TABLE)


def stage_normalize(docs: list[bytes], kit: Kit) -> None:
    """(b) normalize() with its offset map."""
    for d in docs:
        normalize(d.decode("utf-8"))


def _language(d: bytes, kit: Kit) -> str:
    """Read, normalize, segment and run every lexicon matcher on one document; return the normalized text."""
    text = normalize(d.decode("utf-8")).text
    segment(text)
    res = kit.res
    for m in (res.actors, res.triggers, res.weapons, res.sources, res.cues, res.site_sides):
        m.find(text)
    return text


def stage_language(docs: list[bytes], kit: Kit) -> None:
    """(c) the language layer: normalize + segment + all lexicon matchers."""
    for d in docs:
        _language(d, kit)


def _group() -> MatcherGroup[object]:
    """The six lexicons of load_resources() in one automaton (rows as payloads)."""
    return MatcherGroup({name: [(v, row) for row in load_table(name).rows for v in row.many("variants")]
                         for name in LEXICONS})


def stage_grouped(docs: list[bytes], kit: Kit) -> None:
    """(c1) normalize + segment + the six lexicons in one MatcherGroup."""
    for d in docs:
        text = normalize(d.decode("utf-8")).text
        segment(text)
        kit.group.find_all(text)


def stage_full(docs: list[bytes], kit: Kit) -> None:
    """(d) the language layer plus time expressions and quantities."""
    for d in docs:
        text = _language(d, kit)
        find_times(text, PUBLISHED)
        find_quantities(text)


def stage_layer(docs: list[bytes], kit: Kit) -> None:
    """(e) the language layer as recognize() runs it: one scan feeds the lexicons, timex and numbers."""
    for d in docs:
        text = normalize(d.decode("utf-8")).text
        segment(text)
        _, words = kit.res.group.find_with_words(text)
        find_times(text, PUBLISHED, words)
        find_quantities(text, words)


def stage_recognize(docs: list[bytes], kit: Kit) -> None:
    """(f) recognize() on each document read as an Article (no page debris)."""
    for d in docs:
        recognize(Article(doc_id="bench", text=d.decode("utf-8"), content_hash="", published=PUBLISHED), kit.res)


def stage_timex(docs: list[bytes], kit: Kit) -> None:
    """timex.find_times alone, on already normalized text (reported for its owner)."""
    for d in docs:
        find_times(d.decode("utf-8"), PUBLISHED)


def stage_numbers(docs: list[bytes], kit: Kit) -> None:
    """numbers.find_quantities alone, on already normalized text (reported for its owner)."""
    for d in docs:
        find_quantities(d.decode("utf-8"))


STAGES: dict[str, tuple[str, Callable[[list[bytes], Kit], None]]] = {
    "a": ("baseline str.translate", stage_baseline),
    "b": ("normalize (with offsets)", stage_normalize),
    "c": ("normalize+segment+matchers", stage_language),
    "c1": ("(c) with one MatcherGroup", stage_grouped),
    "d": ("(c) + timex + numbers", stage_full),
    "e": ("language layer (one scan)", stage_layer),
    "f": ("recognize() whole", stage_recognize),
}


def best_time(fn: Callable[[list[bytes], Kit], None], docs: list[bytes], kit: Kit, repeat: int) -> float:
    """Best CPU time (this process, one core) of repeat runs of one stage."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn(docs, kit)
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str]) -> int:
    """Run the benchmark and print the report."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="megabytes of UTF-8 text to process")
    ap.add_argument("--corpus", action="append", type=Path, help="directory of .txt files (repeatable)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per stage; the best is reported")
    ap.add_argument("--profile", choices=sorted(STAGES), help="profile one pass of this stage")
    ap.add_argument("--only", help="comma-separated stages (and 'timex', 'numbers') to time, for A/B runs; (a) is "
                                   "always timed, as the ratios' base")
    args = ap.parse_args(argv)
    texts = load_texts(args.corpus or list(DEFAULT_DIRS))
    if not texts:
        print("no .txt files found", file=sys.stderr)
        return 2
    docs = build_docs(texts, args.mb)
    mb = sum(len(d) for d in docs) / 1e6
    t0 = time.perf_counter()
    kit = Kit(res=load_resources(), group=_group())
    warm = [t.encode("utf-8") for t in texts]
    stage_grouped(warm, kit)
    stage_full(warm, kit)
    stage_layer(warm, kit)
    stage_recognize(warm, kit)  # warm every cache: charmap, automata, regexes, time and number lexicons
    print(f"resources loaded and warmed in {time.perf_counter() - t0:.2f} s")
    print(f"text: {len(texts)} files cycled to {len(docs)} documents, {mb:.1f} MB UTF-8, best of {args.repeat}")
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(STAGES[args.profile][1], docs, kit)
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)
        return 0
    only = {"a", *args.only.split(",")} if args.only else {*STAGES, "timex", "numbers"}
    secs = {k: best_time(fn, docs, kit, args.repeat) for k, (_, fn) in STAGES.items() if k in only}
    normalized = [normalize(d.decode("utf-8")).text.encode("utf-8") for d in docs]
    for k, fn in (("timex", stage_timex), ("numbers", stage_numbers)):
        if k in only:
            secs[k] = best_time(fn, normalized, kit, args.repeat)
    labels = {k: label for k, (label, _) in STAGES.items()}
    labels.update(timex="timex.find_times alone", numbers="numbers.find_quantities alone")
    print(f"{'stage':40s} {'CPU s':>8s} {'MB/s':>8s} {'time / (a)':>11s}")
    for k, s in secs.items():
        print(f"{'(' + k + ') ' + labels[k]:40s} {s:8.3f} {mb / s:8.1f} {s / secs['a']:11.2f}")
    for k in ("c", "c1", "d", "e", "f"):
        if k not in secs:
            continue
        rate = mb / secs[k]
        verdict = "reaches" if rate >= TARGET_MBS else "misses"
        print(f"({k}) {rate:.1f} MB/s {verdict} the {TARGET_MBS:.0f} MB/s target")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
