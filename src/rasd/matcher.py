"""One multi-pattern matcher for every lexicon, aware of Arabic proclitics and word boundaries.

Patterns are normalized strings (see ``normalize``). A pattern matches where
it starts a word or follows a valid proclitic sequence at the start of a word
(و ف ب ل ك ال لل س and their combinations: "وبالقرب", "فالقاعده"), and where
it ends a word, unless the pattern ends in ``*`` (any suffix allowed: "قصف*"
matches "قصفت"). Word characters are letters and digits of any script
(``str.isalnum``), so "ريف" does not match inside "تعريف".

A pattern without the article matches with or without it ("قوات" matches
"القوات", "وللقوات"); a pattern with the article also matches where the
article merges with the preposition ل ("القوات" matches "للقوات" and
"وللقوات", with the prefix "لل" / "ولل").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

T = TypeVar("T")

PROCLITICS = frozenset({
    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
    "وب", "فب", "ول", "فل", "وك", "فك", "وبال", "فبال", "وكال", "فكال", "س", "وس", "فس",
})
ARTICLE_PROCLITICS = frozenset({"لل", "ولل", "فلل"})
MAX_PROCLITIC = max(len(p) for p in PROCLITICS)
# Last letters of the non-empty proclitics: a hit preceded by any other letter is inside a word.
_CLITIC_END = frozenset(p[-1] for p in PROCLITICS if p)
_ARTICLE_LEAD = len("لل")  # characters of a "لل" key that belong to the prefix


class Match(NamedTuple, Generic[T]):
    """A lexicon hit on normalized text: [start, end) excludes the proclitics in ``prefix``.

    A NamedTuple (immutable, positional or keyword construction) because the
    matchers make hundreds of thousands of them per megabyte of text.
    """

    start: int
    end: int
    key: str
    payload: T
    prefix: str


class _Entry(NamedTuple, Generic[T]):
    """One pattern behind an automaton key."""

    key: str           # the pattern as written (without '*')
    payload: T
    suffix_free: bool  # the pattern ended in '*'
    lead: int          # characters of the automaton key that are prefix ("لل"), 0 for the pattern itself
    seq: int           # the pattern's position in the input: ties go to the pattern given first


_new_match = tuple.__new__  # builds a Match without NamedTuple's Python-level __new__ (hot path)


def _word_prefix(text: str, s: int) -> str | None:
    """The proclitic sequence between the word start and s, or None if s is inside a word."""
    c = text[s - 1]
    if c not in _CLITIC_END:
        return None if c.isalnum() else ""
    ws = s - 1
    lo = max(0, s - MAX_PROCLITIC)
    while ws > lo and text[ws - 1].isalnum():
        ws -= 1
    if ws > 0 and text[ws - 1].isalnum():
        return None
    prefix = text[ws:s]
    return prefix if prefix in PROCLITICS else None


class Matcher(Generic[T]):
    """An Aho-Corasick automaton over normalized patterns with Arabic edge rules."""

    def __init__(self, patterns: Iterable[tuple[str, T]]) -> None:
        """Build the automaton from (normalized pattern, payload) pairs; an empty pattern is an error."""
        table: dict[str, list[_Entry[T]]] = {}
        for seq, (pattern, payload) in enumerate(patterns):
            key = pattern.rstrip("*")
            if not key:
                raise ValueError(f"empty matcher pattern {pattern!r}")
            suffix_free = key != pattern
            table.setdefault(key, []).append(_Entry(key, payload, suffix_free, 0, seq))
            if key.startswith("ال") and len(key) > 3:
                merged = "ل" + key[1:]  # ل + القوات -> للقوات
                table.setdefault(merged, []).append(_Entry(key, payload, suffix_free, _ARTICLE_LEAD, seq))
        self._auto = ahocorasick.Automaton()
        for key, entries in table.items():
            self._auto.add_word(key, (len(key), tuple(entries)))
        self.size = len(table)
        if table:
            self._auto.make_automaton()

    def find(self, text: str) -> list[Match[T]]:
        """All matches at word boundaries (overlaps included): by start, longest first, then pattern order."""
        if not self.size:
            return []
        out: list[tuple[int, int, int, Match[T]]] = []
        n = len(text)
        for last, (length, entries) in self._auto.iter(text):
            end = last + 1
            s = end - length
            prefix = _word_prefix(text, s) if s else ""
            if prefix is None:
                continue
            bounded = end == n or not text[end].isalnum()
            for e in entries:
                if not bounded and not e.suffix_free:
                    continue
                if e.lead:
                    merged = prefix + text[s:s + e.lead]
                    if merged in ARTICLE_PROCLITICS:
                        a = s + e.lead
                        out.append((a, a - end, e.seq, _new_match(Match, (a, end, e.key, e.payload, merged))))
                else:
                    out.append((s, s - end, e.seq, _new_match(Match, (s, end, e.key, e.payload, prefix))))
        out.sort()
        return [x[3] for x in out]


def longest_first(matches: Sequence[Match[T]]) -> list[Match[T]]:
    """Keep the longest match wherever matches overlap (leftmost wins ties), in text order."""
    starts: list[int] = []  # chosen intervals, sorted and disjoint, so their ends are sorted too
    ends: list[int] = []
    chosen: list[Match[T]] = []
    for m in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        i = bisect_left(starts, m.start)
        if i < len(starts) and starts[i] < m.end:  # a chosen interval starts inside m
            continue
        if i > 0 and ends[i - 1] > m.start:  # the chosen interval before m runs into it
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        chosen.insert(i, m)
    return chosen
