"""Loaded language resources (lexicon matchers), built once and handed to every stage."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .geo.gazetteer import load_gazetteer, long_lived
from .geo.places import place_patterns
from .geo.translit import anchor_words
from .lexicon import Row, load_table, versions
from .matcher import Matcher, MatcherGroup
from .normalize import normalize_text
from .timex import reader_marks, reader_words


@dataclass(frozen=True, slots=True)
class Entry:
    """A lexicon row as the matchers carry it."""

    table: str
    id: str
    row: Row
    kind: str = ""

    def get(self, col: str) -> str:
        """A cell of the underlying row."""
        return self.row.cells.get(col, "")


def row_entry(table: str, row: Row) -> Entry:
    """The Entry the matchers carry for one row of a lexicon table."""
    return Entry(table=table, id=row.get("id") or str(row.line), row=row, kind=row.get("kind"))


def _entries(table: str, col: str = "variants") -> list[tuple[str, Entry]]:
    """(pattern, Entry) pairs for every variant of every row of a table."""
    t = load_table(table)
    out = []
    for row in t.rows:
        e = row_entry(table, row)
        for v in row.many(col):
            out.append((v, e))
    return out


@dataclass(frozen=True, slots=True, eq=False)
class Resources:
    """Every matcher the recognizer needs, plus the lexicon versions for the run record."""

    actors: Matcher[Entry]
    triggers: Matcher[Entry]
    weapons: Matcher[Entry]
    sources: Matcher[Entry]
    cues: Matcher[Entry]
    site_sides: Matcher[Entry]
    group: MatcherGroup[Any]  # the lexicons' payloads are Entry, the places' places.Payload
    source_classes: dict[str, str]
    lexicon_versions: dict[str, str]


LEXICON_MATCHERS = ("actors", "triggers", "weapons", "sources", "cues", "site_sides")


def _group() -> MatcherGroup[Any]:
    """Every lexicon, the reader words and marks, the transliteration's anchor words, and the place automaton's
    patterns apart, in one automaton."""
    with long_lived():
        return MatcherGroup({name: _entries(name) for name in LEXICON_MATCHERS}, words={**reader_words(), **anchor_words()},
                            marks=reader_marks(), apart={"places": place_patterns(load_gazetteer())})


@cache
def load_resources() -> Resources:
    """Build the matchers from the packaged lexicons (once per process)."""
    src_rows = load_table("sources").rows
    classes = {normalize_text(r.get("class")): r.get("id") for r in src_rows if r.get("class")}
    return Resources(
        actors=Matcher(_entries("actors")),
        triggers=Matcher(_entries("triggers")),
        weapons=Matcher(_entries("weapons")),
        sources=Matcher(_entries("sources")),
        cues=Matcher(_entries("cues")),
        site_sides=Matcher(_entries("site_sides")),
        group=_group(),
        source_classes=classes,
        lexicon_versions=versions(),
    )
