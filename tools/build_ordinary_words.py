"""Rebuild lexicons/ordinary_words.tsv: the words of Arabic news text common enough to be ordinary Arabic, not a
transliterated foreign name (read by geo/translit_locative.py).

Usage: python tools/build_ordinary_words.py [--min-docs K] [--min-sets S] DIR [DIR ...] > src/rasd/lexicons/ordinary_words.tsv

A word is kept when it occurs (normalized, as written or with one proclitic و ف ب ل taken off) in at least K
distinct documents of the given directories, spread over at least S sets (the prefix before a file name's first
'_': the documents of one set tell of one theatre, where a foreign town's name recurs), has at least three
letters, and is no name the gazetteer holds as an Arabic row (those are read by the gazetteer, not guessed).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from rasd.geo.gazetteer import load_gazetteer
from rasd.normalize import normalize_text

WORD_RE = re.compile(r"[\u0621-\u064a]{3,}")
PROCLITIC = "وفبل"
HEADER = """# id: ordinary_words
# version: 1
# language: ar
# source: built by tools/build_ordinary_words.py (min docs {k}, min sets {s}) from the rasd dev corpus and the seed articles (text rasd owns): every normalized word, as written or with one proclitic taken off, of {n} documents that occurs in at least {k} documents of at least {s} sets, minus the names the gazetteer holds as Arabic rows
# note: ordinary Arabic words of news text; a word among them right after a locative preposition (في، داخل) is no transliterated foreign name and is never looked up among the Latin-only gazetteer rows (geo/translit_locative.py). Rebuild with the tool, never edit by hand.
# columns: word, docs
# required: word, docs
# arabic: word
# unique: word
# int: docs
"""


def _forms(word: str) -> set[str]:
    """The word and, when it opens with a proclitic, the word without it."""
    out = {word}
    if word[0] in PROCLITIC and len(word) > 3:
        out.add(word[1:])
    return out


def main(argv: list[str] | None = None) -> int:
    """Count the words' documents and sets and print the lexicon file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--min-sets", type=int, default=3)
    args = ap.parse_args(argv)
    docs: dict[str, int] = defaultdict(int)
    sets: dict[str, set[str]] = defaultdict(set)
    files = sorted(p for d in args.dirs for p in d.glob("*.txt"))
    for p in files:
        words = {f for w in WORD_RE.findall(normalize_text(p.read_text(encoding="utf-8"))) for f in _forms(w)}
        group = f"{p.parent.name}/{p.name.split('_', 1)[0]}"
        for w in words:
            docs[w] += 1
            sets[w].add(group)
    names = load_gazetteer().names
    kept = sorted(w for w, n in docs.items() if n >= args.min_docs and len(sets[w]) >= args.min_sets
                  and w not in names and len(w) >= 3)
    sys.stdout.write(HEADER.format(k=args.min_docs, s=args.min_sets, n=len(files)))
    sys.stdout.writelines(f"{w}\t{docs[w]}\n" for w in kept)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
