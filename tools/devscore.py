"""Extract a corpus once and score any set of its batches: the development loop behind the README's half scores.

`rasd eval` scores a whole database. Rule work needs more: the same extraction scored on the study half, the check
half and the batches that were blind when they arrived, without re-running the engine. Batches are the file-name
prefixes of corpus/dev (`fa_001.txt` is in batch `fa`); the named sets below are the ones the README reports.

Usage:
    python tools/devscore.py extract corpus/dev /tmp/dev.jsonl [--src path/to/other/tree/src]
    python tools/devscore.py score /tmp/dev.jsonl corpus/dev/gold.jsonl [all|A|B|rA|rB|fa,gb,...] ...
    python tools/devscore.py docs OLD.jsonl NEW.jsonl corpus/dev/gold.jsonl [SET]   # per-document tp/fp/fn changes

`--src` runs another checkout's engine (a worktree) with this script; `DUMP=file` writes the full report of the
last set scored as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

# The study (A) and check (B) halves: sorted dev batches alternate between them; lc and md were placed by hand.
# rA and rB are the batches of each half that were blind or unseen when they arrived (session 39; mc and nd
# joined in session 40, nc, od and oc at its end; v38's ne and nf, and of and oe, in session 41; v39's nh and ng,
# and pc and pd, in session 42; v40's og and oh, and pf and pe, in session 43; v41's oi and oj, and pg and ph, in
# session 44; v42's ok and ol, and pi and pj, in session 45; v43's om and on, and pk and pl, in session 46; v44's oo
# and op, and pm and pn, in session 47; v45's oq and or, and po and pp, in session 48; v46's ou and ov, and pq and
# pr, in session 50; v47's ow and ox, and ps and pt, in session 51; v48's oy and oz, and pu and pv, in session 52).
HAND_PLACED = {"lc": "A", "md": "B", "mc": "A", "nd": "B", "nc": "A", "od": "A", "oc": "B", "ne": "A", "nf": "B",
               "of": "A", "oe": "B", "nh": "A", "ng": "B", "pc": "A", "pd": "B", "og": "A", "oh": "B", "pf": "A",
               "pe": "B", "oi": "A", "oj": "B", "pg": "A", "ph": "B", "ok": "A", "ol": "B", "pi": "A", "pj": "B",
               "om": "A", "on": "B", "pk": "A", "pl": "B", "oo": "A", "op": "B", "pm": "A", "pn": "B",
               "oq": "A", "or": "B", "po": "A", "pp": "B", "ou": "A", "ov": "B", "pq": "A", "pr": "B",
               "ow": "A", "ox": "B", "ps": "A", "pt": "B", "oy": "A", "oz": "B", "pu": "A", "pv": "B"}
NAMED_SETS = {
    "rA": ("fa", "gb", "hb", "ib", "jc", "kd", "lc", "mc", "nc", "od", "ne", "of", "nh", "pc", "og", "pf", "oi", "pg",
           "ok", "pi", "om", "pk", "oo", "pm", "oq", "po", "ou", "pq", "ow", "ps",
           "oy", "pu"),
    "rB": ("fb", "ga", "ha", "ia", "jd", "kc", "ld", "md", "nd", "oc", "nf", "oe", "ng", "pd", "oh", "pe", "oj", "ph",
           "ol", "pj", "on", "pl", "op", "pn", "or", "pp", "ov", "pr", "ox", "pt",
           "oz", "pv"),
}
SHORT = {"sub_event_type": "sub", "actor1_side": "a1", "actor2_side": "a2", "event_date": "date",
         "fatalities": "fat", "injured": "inj", "weapons": "weap", "sources": "src"}


def batches(corpus: Path) -> list[str]:
    """The batch prefixes of a corpus directory, sorted."""
    return sorted({p.name.split("_")[0] for p in corpus.glob("*_*.txt")})


def halves(corpus: Path) -> dict[str, tuple[str, ...]]:
    """Half A and half B: alternate sorted batches, then the hand-placed ones."""
    rest = [b for b in batches(corpus) if b not in HAND_PLACED]
    a = [b for i, b in enumerate(rest) if i % 2 == 0]
    b = [b for i, b in enumerate(rest) if i % 2 == 1]
    a += [k for k, v in HAND_PLACED.items() if v == "A"]
    b += [k for k, v in HAND_PLACED.items() if v == "B"]
    return {"A": tuple(a), "B": tuple(b)}


def resolve(name: str, corpus: Path) -> tuple[str, ...] | None:
    """The batches a set name stands for; None means every document."""
    if name == "all":
        return None
    named = {**halves(corpus), **NAMED_SETS}
    if name in named:
        return named[name]
    return tuple(x for x in name.split(",") if x)


_WORKER: dict[str, Any] = {}  # each worker process loads the lexicons once


def _extract_one(path: str) -> list[dict[str, Any]]:
    from rasd.pipeline import extract_inputs  # imported in the worker, after --src is on sys.path

    out: list[dict[str, Any]] = []
    for ex in extract_inputs([path], meta=_WORKER["meta"], published=None, res=_WORKER["res"]):
        for m in getattr(ex, "mentions", ()):
            out.append(m.to_dict({"path": path}))
    return out


def _init(src: str | None, meta: str) -> None:
    if src:
        sys.path.insert(0, src)
    from rasd.resources import load_resources

    _WORKER.update(res=load_resources(), meta=meta)


def extract(corpus: Path, out: Path, src: str | None, jobs: int) -> int:
    """Write every mention of the corpus as one JSON line; returns the count."""
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    n = 0
    with Pool(jobs, initializer=_init, initargs=(src, str(corpus / "meta.jsonl"))) as pool, out.open("w", encoding="utf-8") as fh:
        for ms in pool.imap(_extract_one, files, chunksize=8):
            for m in ms:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
                n += 1
    return n


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _subset(gold: list[dict[str, Any]], mentions: list[dict[str, Any]], keep: tuple[str, ...] | None
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if keep is None:
        return gold, mentions
    ok = set(keep)
    g = [d for d in gold if str(d["doc"]).split("_")[0] in ok]
    docs = {d["doc"] for d in g}
    return g, [m for m in mentions if m.get("doc_id") in docs]


def score_lines(mentions: Path, gold: Path, names: Sequence[str], corpus: Path) -> Iterator[str]:
    """One summary line per named set."""
    from rasd.evaluate import evaluate

    allg, allm = _read(gold), _read(mentions)
    for name in names or ["all"]:
        g, m = _subset(allg, allm, resolve(name, corpus))
        rep = evaluate(g, m)
        slots = " ".join(f"{SHORT.get(f.field, f.field)} {f.accuracy:.3f}" for f in rep.fields
                         if f.accuracy is not None)
        yield (f"{name:>4} n={len(g):4d} F1 {rep.f1:.3f} P {rep.precision:.3f} R {rep.recall:.3f} "
               f"tp {rep.tp} fp {rep.fp} fn {rep.fn} | {slots}")
        if os.environ.get("DUMP"):
            Path(os.environ["DUMP"]).write_text(json.dumps(rep.to_dict(), ensure_ascii=False, indent=1),
                                                encoding="utf-8")


def doc_lines(old: Path, new: Path, gold: Path, name: str, corpus: Path) -> Iterator[str]:
    """Documents whose tp/fp/fn differ between two extractions."""
    from rasd.evaluate import evaluate

    allg = _read(gold)
    keep = resolve(name, corpus)
    reps = []
    for path in (old, new):
        g, m = _subset(allg, _read(path), keep)
        reps.append({d.doc: (d.tp, d.fp, d.fn) for d in evaluate(g, m).documents})
    better = worse = 0
    for doc in sorted(reps[0]):
        a = reps[0][doc]
        b = reps[1].get(doc, a)
        if a != b:
            gain = (b[0] - a[0]) - (b[1] - a[1]) - (b[2] - a[2])
            better += gain > 0
            worse += gain < 0
            yield f"{doc} tp/fp/fn {a} -> {b}"
    yield f"{name}: {better} better, {worse} worse"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract")
    e.add_argument("corpus", type=Path)
    e.add_argument("out", type=Path)
    e.add_argument("--src")
    e.add_argument("--jobs", type=int, default=2)
    s = sub.add_parser("score")
    s.add_argument("mentions", type=Path)
    s.add_argument("gold", type=Path)
    s.add_argument("sets", nargs="*")
    d = sub.add_parser("docs")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("gold", type=Path)
    d.add_argument("set", nargs="?", default="all")
    args = ap.parse_args(argv)
    if args.cmd == "extract":
        if args.src:
            sys.path.insert(0, args.src)
        print(f"{extract(args.corpus, args.out, args.src, args.jobs)} mentions -> {args.out}")
    elif args.cmd == "score":
        for line in score_lines(args.mentions, args.gold, args.sets, args.gold.parent):
            print(line)
    else:
        for line in doc_lines(args.old, args.new, args.gold, args.set, args.gold.parent):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
