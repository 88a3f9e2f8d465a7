"""Benchmark fusion on synthetic mentions: seconds, mentions/s, peak RSS, and growth with N.

    python bench/bench_fusion.py            # N = 10k, 100k, 1M (the default --n)
    python bench/bench_fusion.py --n 200000 --seed 7

The generator is seeded, so every run sees the same mentions. Incidents are spread over 8
countries x 12 provinces x 40 sites at a constant rate of 275 mentions a day (1M mentions
cover ten years: the dataset grows by adding days, as a living dataset does); each is reported by 1-8 documents, some at
province or country precision, some a day off, some with an unknown attacker or another
sub-event type, so fusion meets the same tolerance cases as on real news. Alongside the timing
the script prints the pairwise precision/recall of the fused events against the generated
incidents, a check that the speed was not bought with wrong merges (the generated reports are
deliberately vaguer than real ones: a quarter give only the province or the country).
"fuse s" is wall time, "cpu s" the process's CPU time (they differ when the machine is busy);
"RSS before" is the memory held before fusing (mostly the generated mentions), "peak RSS" the
process's peak so far (resource.getrusage), so the difference is what fusion itself needs.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from rasd.fuse import fuse
from rasd.records import Actor, Claim, Evidence, Location, Mention

SIDES = ("US", "IRAN_ALIGNED", "SYRIA_GOV", "ISIS", "SDF", "TURKEY", "ISRAEL", "RUSSIA")
SUBS = (("Explosions/Remote violence", "Air/drone strike", "drone"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "rocket"),
        ("Battles", "Armed clash", "small_arms"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ied"))
COUNTRIES, PROVINCES, SITES, DOCS_PER_DAY = 8, 12, 40, 120
PER_DAY = 275  # mentions per day in all: 1M mentions span ten years, 10k span five weeks
START = date(2015, 1, 1)


def _world(rng: random.Random) -> tuple[list[list[Location]], list[Location], list[Location]]:
    """Sites per province, province-level places and country-level places."""
    sites: list[list[Location]] = []
    provinces: list[Location] = []
    countries: list[Location] = []
    for c in range(COUNTRIES):
        iso = f"C{c:02d}"
        clat, clon = 20 + 4 * c, 30 + 3 * c
        countries.append(Location(id=f"{iso}", name_en=f"Country {c}", name_ar="بلد", country_iso3=iso,
                                  admin1=None, admin2=None, lat=clat, lon=clon, geo_precision=3,
                                  flagged="country_only"))
        for p in range(PROVINCES):
            adm = f"{iso}-P{p:02d}"
            plat, plon = clat + (p // 4) * 1.2, clon + (p % 4) * 1.2
            provinces.append(Location(id=adm, name_en=f"Province {adm}", name_ar="محافظة", country_iso3=iso,
                                      admin1=adm, admin2=None, lat=plat, lon=plon, geo_precision=3))
            sites.append([Location(id=f"{adm}-S{s:02d}", name_en=f"Site {s}", name_ar="موقع", country_iso3=iso,
                                   admin1=adm, admin2=adm, lat=plat + rng.uniform(-0.5, 0.5),
                                   lon=plon + rng.uniform(-0.5, 0.5), geo_precision=1)
                          for s in range(SITES)])
    return sites, provinces, countries


def generate(n: int, seed: int) -> tuple[list[Mention], dict[str, int]]:
    """`n` synthetic mentions and the true incident of each (mention id -> incident number)."""
    rng = random.Random(seed)
    sites, provinces, countries = _world(rng)
    days = max(1, n // PER_DAY)
    actors = {s: Actor(id=s.lower(), name_en=s.title(), name_ar=s, side=s) for s in (*SIDES, "UNKNOWN")}
    out: list[Mention] = []
    truth: dict[str, int] = {}
    incident = 0
    while len(out) < n:
        incident += 1
        prov = rng.randrange(len(provinces))
        site = sites[prov][rng.randrange(SITES)]
        day = rng.randrange(days)
        a1, a2 = rng.sample(SIDES, 2)
        etype, sub, weapon = SUBS[rng.randrange(len(SUBS))]
        reports = min(8, 1 + int(rng.expovariate(0.7)))
        docs = rng.sample(range(DOCS_PER_DAY), reports)
        killed = rng.choice((None, None, 0, 2, 5, 8))
        for r in range(reports):
            if len(out) >= n:
                break
            u = rng.random()
            loc = site if u < 0.75 else (provinces[prov] if u < 0.95 else countries[prov // PROVINCES])
            d = day + (rng.choice((-1, 1)) if rng.random() < 0.08 else 0)
            prec = 1 if rng.random() < 0.93 else rng.choice((2, 2, 3))
            s = sub if rng.random() < 0.92 or etype != "Explosions/Remote violence" else "Disrupted weapons use"
            doc = f"doc-{d}-{docs[r]}"
            mid = f"{doc}#{incident}"
            claims: tuple[Claim, ...] = ()
            value: int | None = None
            if killed is not None:
                value = killed + (rng.choice((0, 0, 1, 2)) if killed else 0)
                claims = (Claim(field="fatalities", value=value, min=value, max=value, source="SOHR",
                                doc_id=doc, start=0, end=10),)
            out.append(Mention(
                id=mid, doc_id=doc, event_date=START + timedelta(days=d), time_precision=prec,
                event_type=etype if s != "Disrupted weapons use" else "Strategic developments",
                sub_event_type=s, actor1=actors[a1 if rng.random() < 0.75 else "UNKNOWN"],
                actor2=actors[a2 if rng.random() < 0.9 else "UNKNOWN"], location=loc, weapons=(weapon,),
                fatalities=value, claims=claims,
                sources=(rng.choice(("SOHR", "SANA", "Reuters", "AFP")),),
                evidence=(Evidence(doc_id=doc, start=0, end=40, text="..."),), confidence=0.7))
            truth[mid] = incident
    return out, truth


def pairwise(truth: dict[str, int], assign: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of event ids against true incidents."""
    def pairs(counter: Counter[object]) -> int:
        return sum(k * (k - 1) // 2 for k in counter.values())
    both = pairs(Counter((truth[m], e) for m, e in assign.items()))
    sys_pairs, gold_pairs = pairs(Counter(assign.values())), pairs(Counter(truth.values()))
    return (both / sys_pairs if sys_pairs else 1.0), (both / gold_pairs if gold_pairs else 1.0)


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss is KB on Linux)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / 1024 / 1024


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return 0.0


def run(sizes: Sequence[int], seed: int) -> None:
    """Generate, fuse and report for each size; ratios are against the first size."""
    base: float | None = None
    print(f"{'N':>9} {'gen s':>7} {'fuse s':>7} {'cpu s':>7} {'mentions/s':>11} {'events':>9} {'P':>6} "
          f"{'R':>6} {'RSS before':>11} {'peak RSS MB':>12} {'time/N vs first':>16}")
    for n in sizes:
        t0 = time.perf_counter()
        mentions, truth = generate(n, seed)
        t1 = time.perf_counter()
        gc.collect()
        before = rss_mb()
        t2, c2 = time.perf_counter(), time.process_time()
        events, assign = fuse(mentions)
        t3, c3 = time.perf_counter(), time.process_time()
        secs = t3 - t2
        p, r = pairwise(truth, assign)
        per = secs / n
        base = base or per
        print(f"{n:>9} {t1 - t0:>7.1f} {secs:>7.1f} {c3 - c2:>7.1f} {n / secs:>11,.0f} {len(events):>9} "
              f"{p:>6.3f} {r:>6.3f} {before:>11,.0f} {peak_rss_mb():>12,.0f} {per / base:>15.2f}x", flush=True)
        del mentions, truth, events, assign
        gc.collect()


def main() -> None:
    """Parse the command line and run the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="largest number of mentions")
    ap.add_argument("--seed", type=int, default=20220824)
    args = ap.parse_args()
    sizes = [s for s in (10_000, 100_000) if s < args.n] + [args.n]
    run(sizes, args.seed)


if __name__ == "__main__":
    main()
