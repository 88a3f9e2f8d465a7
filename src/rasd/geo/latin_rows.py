"""The Latin-only gazetteer's rows: read once, indexed by consonant skeleton, each line parsed once when looked up.

Split from translit.py (which matches them): the file, its row type and the index of its skeletons.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

LATIN_FILE = "gazetteer_latin.tsv.gz"
LATIN_COLUMNS = ("id", "iso3", "admin1", "admin2", "lat", "lon", "name_en", "skeletons", "latin_names")


@dataclass(frozen=True, slots=True)
class LatinRow:
    """One place known only by a Latin name."""

    id: str
    iso3: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    name_en: str
    latins: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LatinIndex:
    """The Latin-only places (their file lines, parsed when looked up) and the index of their consonant skeletons."""

    lines: tuple[str, ...]
    by_skeleton: dict[str, tuple[int, ...]]
    parsed: dict[int, LatinRow] = field(default_factory=dict, compare=False, repr=False)  # line number -> its row

    def lookup(self, skeleton: str, countries: frozenset[str]) -> list[LatinRow]:
        """The rows of these countries whose Latin names have this skeleton."""
        rows = (self.row(i) for i in self.by_skeleton.get(skeleton, ()))
        return [r for r in rows if r.iso3 in countries]

    def row(self, i: int) -> LatinRow:
        """The row of line i, parsed the first time it is asked for (the same lines come up article after article)."""
        got = self.parsed.get(i)
        if got is None:
            got = self.parsed[i] = _row(self.lines[i])
        return got


def _row(line: str) -> LatinRow:
    """One line of the Latin-only file as a row."""
    pid, iso3, admin1, admin2, lat, lon, name_en, _, latins = line.split("\t")
    return LatinRow(pid, iso3, admin1, admin2, float(lat), float(lon), name_en, tuple(latins.split("|")))


def _data_path() -> Path:
    """Where the packaged Latin-only gazetteer lives."""
    return Path(str(resources.files("rasd") / "data" / LATIN_FILE))


@cache
def latin_index() -> LatinIndex:
    """The Latin-only places, read once per process when first needed (an empty index without the file)."""
    try:
        text = gzip.decompress(_data_path().read_bytes()).decode("utf-8")
    except OSError:
        return LatinIndex(lines=(), by_skeleton={})
    return parse_latin(text)


def parse_latin(text: str) -> LatinIndex:
    """The index of a Latin-only gazetteer file's text (~0.05 s, a few MB for 32,000 rows)."""
    lines = tuple(ln for ln in text.split("\n") if ln and not ln.startswith("#"))
    index: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        for sk in line.split("\t", 8)[7].split("|"):
            index.setdefault(sk, []).append(i)
    return LatinIndex(lines=lines, by_skeleton={k: tuple(v) for k, v in index.items()})
