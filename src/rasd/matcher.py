"""One multi-pattern matcher for every lexicon, aware of Arabic proclitics and word boundaries.

Patterns are normalized strings (see ``normalize``). A pattern matches at a
word whose leading letters are a valid proclitic sequence (و ف ب ل ك ال لل and
their combinations) and ends at a word boundary, unless the pattern ends in
``*`` (any suffix allowed). "للقوات" matches the pattern "القوات": the article
merges with the preposition.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

T = TypeVar("T")

PROCLITICS = frozenset({
    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
    "وب", "فب", "ول", "فل", "وك", "فك", "وبال", "فبال", "وكال", "فكال", "س", "وس", "فس",
})
ARTICLE_PROCLITICS = frozenset({"لل", "ولل", "فلل"})


def is_word_char(c: str) -> bool:
    """Letters and digits of any script are word characters."""
    return c.isalnum()


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A lexicon hit on normalized text: [start, end) excludes the proclitics."""

    start: int
    end: int
    key: str
    payload: T
    prefix: str


@dataclass(frozen=True, slots=True)
class _Entry(Generic[T]):
    key: str
    payload: T
    suffix_free: bool
    needs_article_prefix: bool


class Matcher(Generic[T]):
    """An Aho-Corasick automaton over normalized patterns with Arabic edge rules."""

    def __init__(self, patterns: Iterable[tuple[str, T]]) -> None:
        """Build the automaton from (normalized pattern, payload) pairs."""
        self._auto = ahocorasick.Automaton()
        table: dict[str, list[_Entry[T]]] = {}
        for pattern, payload in patterns:
            suffix_free = pattern.endswith("*")
            key = pattern.rstrip("*")
            if not key:
                continue
            table.setdefault(key, []).append(_Entry(key, payload, suffix_free, False))
            if key.startswith("ال") and len(key) > 3:
                stem = key[2:]
                table.setdefault(stem, []).append(_Entry(key, payload, suffix_free, True))
        for key, entries in table.items():
            self._auto.add_word(key, (len(key), tuple(entries)))
        self.size = len(table)
        if table:
            self._auto.make_automaton()

    def find(self, text: str) -> list[Match[T]]:
        """All matches at word boundaries, in text order (overlaps included)."""
        if not self.size:
            return []
        out: list[Match[T]] = []
        n = len(text)
        for last, (length, entries) in self._auto.iter(text):
            end = last + 1
            start = end - length
            right_ok = end == n or not is_word_char(text[end])
            ws = start
            while ws > 0 and is_word_char(text[ws - 1]) and start - ws < 5:
                ws -= 1
            if ws > 0 and is_word_char(text[ws - 1]):
                continue
            prefix = text[ws:start]
            if prefix not in PROCLITICS:
                continue
            for e in entries:
                if not right_ok and not e.suffix_free:
                    continue
                if e.needs_article_prefix:
                    if prefix not in ARTICLE_PROCLITICS:
                        continue
                out.append(Match(start=start, end=end, key=e.key, payload=e.payload, prefix=prefix))
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return out


def longest_first(matches: Sequence[Match[T]]) -> list[Match[T]]:
    """Keep the longest match wherever matches overlap (leftmost wins ties)."""
    chosen: list[Match[T]] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return chosen
