"""List the fusion pairs a run got wrong: the census behind fusion work, pair by pair.

`rasd eval` gives fusion as two numbers (DESIGN.md "Evaluation": pairs of matched mentions that share a gold
cluster, against pairs that share a system event). Fusion work needs the pairs themselves: which gold pairs were not
fused (a missed pair) and which fused pairs share no gold cluster (a wrong pair), each with what fusion read of both
mentions (day, type, sides, place and its precision, weapons, toll, event) and the distance between their places.

Usage:
    python tools/fusionpairs.py GOLD.jsonl --db run.db [--batches fa,gb,...] [--same-batch] [--counts]
    python tools/fusionpairs.py GOLD.jsonl --mentions mentions.jsonl ...

Mentions are matched to gold exactly as `rasd eval` matches them (rasd.evaluate.match_doc); optional gold events and
events without a cluster take no part. `--batches` keeps the documents whose file-name prefix is listed (as
tools/devscore.py names batches); `--same-batch` counts only pairs of two documents of one batch (gold clusters
are named batch by batch: only 9 of dev's 4009 clusters span two batches, so a pair across batches is "wrong" unless
the annotators linked them); `--counts` prints only the totals line, for sets whose pairs are not to be read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rasd.evaluate import km, match_doc, side

Dict = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Told:
    """One matched mention with the gold event it matched."""

    gold_id: str
    cluster: str
    mention: Dict


@dataclass(frozen=True, slots=True)
class Census:
    """Agreeing pairs, and the missed and wrong pairs themselves."""

    agreeing: int
    missed: tuple[tuple[Told, Told], ...]
    wrong: tuple[tuple[Told, Told], ...]


def matched(gold: Iterable[Dict], mentions: Iterable[Dict], batches: frozenset[str] | None = None) -> list[Told]:
    """Every matched mention of a required, clustered gold event, in gold order."""
    by_doc: dict[str, list[Dict]] = {}
    for m in mentions:
        by_doc.setdefault(str(m.get("doc_id")), []).append(m)
    out: list[Told] = []
    for line in gold:
        doc = str(line["doc"])
        if batches is not None and doc.split("_")[0] not in batches:
            continue
        ms, events = by_doc.get(doc, []), line["events"]
        for i, j in match_doc(ms, events)[0]:
            g = events[j]
            if not g.get("optional") and g.get("cluster"):
                out.append(Told(gold_id=str(g["id"]), cluster=str(g["cluster"]), mention=ms[i]))
    return out


def batch(t: Told) -> str:
    """The batch of a matched mention's document (its file-name prefix)."""
    return str(t.mention.get("doc_id")).split("_")[0]


def census(told: Sequence[Told], *, same_batch: bool = False) -> Census:
    """Every pair of matched mentions, sorted into agreeing, missed and wrong (rasd.evaluate.fusion_scores).

    With `same_batch`, only pairs of two documents of one batch count: gold clusters are named batch by batch, so a
    pair across batches is "wrong" unless its annotators linked the two batches' clusters.
    """
    agreeing = 0
    missed: list[tuple[Told, Told]] = []
    wrong: list[tuple[Told, Told]] = []
    for a, b in itertools.combinations(told, 2):
        if same_batch and batch(a) != batch(b):
            continue
        ea = a.mention.get("event_id")
        same_event = ea is not None and ea == b.mention.get("event_id")
        if a.cluster == b.cluster:
            if same_event:
                agreeing += 1
            else:
                missed.append((a, b))
        elif same_event:
            wrong.append((a, b))
    return Census(agreeing=agreeing, missed=tuple(missed), wrong=tuple(wrong))


def totals(c: Census) -> str:
    """The totals line: agreeing, missed and wrong pairs, precision and recall."""
    fused, gold = c.agreeing + len(c.wrong), c.agreeing + len(c.missed)
    p = f"{c.agreeing / fused:.3f}" if fused else "-"
    r = f"{c.agreeing / gold:.3f}" if gold else "-"
    return f"fusion P={p} R={r}  agreeing {c.agreeing}, missed {len(c.missed)}, wrong {len(c.wrong)}"


def describe(m: Dict) -> str:
    """One line of what fusion reads of a mention."""
    loc = m.get("location") or {}
    return (f"{m.get('doc_id')} {m.get('event_date')}/t{m.get('time_precision')} {m.get('sub_event_type')} "
            f"{side(m.get('actor1'))}->{side(m.get('actor2'))} @{loc.get('name_en')}|p{loc.get('geo_precision')}|"
            f"{loc.get('feature')}|{loc.get('id')} weapons={','.join(m.get('weapons') or ())} "
            f"dead={m.get('fatalities')} event={m.get('event_id')}")


def distance(a: Dict, b: Dict) -> float | None:
    """Km between two mentions' places, None when one is unplaced."""
    la, lb = a.get("location") or {}, b.get("location") or {}
    if None in (la.get("lat"), la.get("lon"), lb.get("lat"), lb.get("lon")):
        return None
    return km(float(la["lat"]), float(la["lon"]), float(lb["lat"]), float(lb["lon"]))


def render(c: Census) -> str:
    """The totals line, then each missed and each wrong pair with both mentions."""
    lines = [totals(c)]
    for title, pairs in (("missed (one gold cluster, two events)", c.missed),
                         ("wrong (one event, two gold clusters)", c.wrong)):
        lines.append(f"== {title}: {len(pairs)}")
        for a, b in pairs:
            d = distance(a.mention, b.mention)
            lines.append(f"-- {a.gold_id} [{a.cluster}] / {b.gold_id} [{b.cluster}] "
                         f"{'unplaced' if d is None else f'{d:.1f} km'}")
            lines.append(f"   {describe(a.mention)}")
            lines.append(f"   {describe(b.mention)}")
    return "\n".join(lines) + "\n"


def _read_jsonl(path: str) -> list[Dict]:
    """The records of a JSON Lines file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _stored(db: str) -> list[Dict]:
    """The mention records of a rasd database, with their event ids."""
    from rasd.export import mention_records
    from rasd.store import Store

    with Store.open(db, create=False) as store:
        return list(mention_records(store))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the census of one run."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--db", help="a rasd database (rasd run)")
    src.add_argument("--mentions", help="mention records with event ids (JSON Lines)")
    ap.add_argument("--batches", help="comma-separated batch prefixes to keep")
    ap.add_argument("--counts", action="store_true", help="only the totals line")
    ap.add_argument("--same-batch", action="store_true", help="only pairs of two documents of one batch")
    args = ap.parse_args(argv)
    mentions = _stored(args.db) if args.db else _read_jsonl(args.mentions)
    keep = frozenset(x for x in args.batches.split(",") if x) if args.batches else None
    c = census(matched(_read_jsonl(args.gold), mentions, keep), same_batch=args.same_batch)
    sys.stdout.write(totals(c) + "\n" if args.counts else render(c))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
