"""Guarded regexes: a text span that holds none of the literal words every match of a regex must contain is not
searched at all (an exact pre-test: the answers are those of the regex itself).

Python's `re` tries a pattern at every offset when it cannot tell the first character of a match (a pattern that
opens with a lookbehind such as ``(?<!\\S)`` or an optional proclitic); over a 3 KB article that costs 50-150 µs
per full scan, while `str.find` of a word costs a few µs. `guard(pattern)` reads the pattern's parse tree once
for the literals (`required_literals`) and returns a `Guarded` that answers search, match, fullmatch, finditer,
findall and sub as the compiled pattern does, skipping the regex when the span [pos, endpos) holds none of them.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the parse tree's opcodes (private, stable since 3.11)
import re._parser as sre_p
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from heapq import heapify, heappop, heappush, heapreplace
from typing import Any

MAX_LITERALS = 64  # more alternatives than this: no guard (the pre-test would cost about what it saves)
Literals = frozenset[str]


def _parse(pattern: str, flags: int) -> Any | None:
    """The pattern's parse tree, or None when it cannot be parsed or ignores case (no literal is then exact)."""
    if flags & re.IGNORECASE:
        return None
    try:
        tree = sre_p.parse(pattern, flags)
    except (re.error, RecursionError, TypeError):
        return None
    return None if tree.state.flags & re.IGNORECASE else tree


def required_literals(pattern: str, flags: int = 0) -> Literals | None:
    """Strings one of which every match of the pattern contains (in the text it consumes), or None when the
    pattern requires none that can be told from its parse tree (or ignores case)."""
    tree = _parse(pattern, flags)
    if tree is None:
        return None
    got = _sequence(list(tree))
    return got if got and len(got) <= MAX_LITERALS and all(got) else None


def _sequence(items: list[tuple[Any, Any]]) -> Literals | None:
    """The best literal set among the parts of a sequence (runs of literal characters and required sub-parts)."""
    found: list[Literals] = []
    run = ""
    for op, av in items:
        ch = _char(op, av)
        if ch is not None:
            run += ch
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        part = _item(op, av)
        if part is not None:
            found.append(part)
    if run:
        found.append(frozenset({run}))
    if not found:
        return None
    return max(found, key=lambda s: (min(map(len, s)), -len(s)))


def _char(op: Any, av: Any) -> str | None:
    """The one character an item matches (a literal, or a class of one literal), else None."""
    if op is sre_c.LITERAL:
        return chr(av)
    if op is sre_c.IN and len(av) == 1 and av[0][0] is sre_c.LITERAL:
        return chr(av[0][1])
    return None


def _item(op: Any, av: Any) -> Literals | None:
    """The literals a non-literal item requires: a group's, every branch's (united), a repeat's taken at least
    once; None for anything else (assertions consume nothing, classes and categories name no word)."""
    if op is sre_c.SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(list(sub))
    if op is sre_c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _sequence(list(branch))
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        lo, _, sub = av
        return _sequence(list(sub)) if lo >= 1 else None
    return None


MAX_LEAD = 8  # an anchor's literal starts at most this many characters into a match ('(?<!\\S)[وف]?[بل]?X': 0-2)
MAX_SPREAD = 3  # and its possible offsets differ by at most this much (each occurrence is tried at each offset)
PREFIX = 4  # the anchored scan looks for the first PREFIX characters of each literal
MAX_ANCHOR_WORDS = 32  # and for at most this many of them (one str.find pass each)
Anchor = tuple[tuple[str, ...], int, int]  # literal prefixes, least and most characters before one in a match


def anchor_of(pattern: str, flags: int = 0) -> Anchor | None:
    """Literals one of which every match contains, starting between lo and hi characters after the match's start
    (their first PREFIX characters, deduplicated; None when no such set is bounded closely enough): a match can
    only start at an occurrence of one of them minus lo..hi."""
    tree = _parse(pattern, flags)
    if tree is None:
        return None
    got = _seq_anchor(tree.state, list(tree))
    if got is None or not all(got[0]):
        return None
    words = _prefixes(got[0])  # 'قتل' finds 'قتلا' too
    return (words, got[1], got[2]) if len(words) <= MAX_ANCHOR_WORDS else None


def _seq_anchor(state: Any, items: list[tuple[Any, Any]]) -> tuple[Literals, int, int] | None:
    """The best anchor among the parts of a sequence, its offsets counted from the sequence's start."""
    found: list[tuple[Literals, int, int]] = []
    i = 0
    while i < len(items):
        if _char(*items[i]) is not None:
            j, run = i, ""
            while j < len(items) and (ch := _char(*items[j])) is not None:
                run, j = run + ch, j + 1
            lo, hi = sre_p.SubPattern(state, items[:i]).getwidth()
            found.append((frozenset({run}), lo, hi))
            i = j
            continue
        inner = _item_anchor(state, *items[i])
        if inner is not None:
            lo, hi = sre_p.SubPattern(state, items[:i]).getwidth()
            found.append((inner[0], lo + inner[1], hi + inner[2]))
        i += 1
    bounded = [a for a in found if a[2] <= MAX_LEAD and a[2] - a[1] <= MAX_SPREAD]
    if not bounded:
        return None
    return max(bounded, key=lambda a: (min(PREFIX, *map(len, a[0])), -len(a[0]), a[1] - a[2]))


def _item_anchor(state: Any, op: Any, av: Any) -> tuple[Literals, int, int] | None:
    """The anchor a non-literal item gives: a group's, every branch's (united, offsets widened), a repeat's first
    turn when it is taken at least once; None for anything else."""
    if op is sre_c.SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & re.IGNORECASE else _seq_anchor(state, list(sub))
    if op is sre_c.BRANCH:
        got = [_seq_anchor(state, list(branch)) for branch in av[1]]
        if any(g is None for g in got):
            return None
        return (frozenset().union(*(g[0] for g in got if g)), min(g[1] for g in got if g),
                max(g[2] for g in got if g))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _seq_anchor(state, list(av[2]))
    return None


class Guarded:
    """A compiled regex that skips the spans holding none of its required literals: search, finditer, findall, sub
    and split answer as the `re.Pattern` methods do; match and fullmatch (anchored, cheap) and every other
    attribute are the compiled pattern's own."""

    __slots__ = ("regex", "pattern", "_absent", "_anchor", "_pretest")

    def __init__(self, regex: re.Pattern[str]) -> None:
        """Wrap a compiled pattern; its literals are read at the first search (no work at import time)."""
        self.regex = regex
        self.pattern = regex.pattern
        self._absent: Callable[[str, int, int], bool] | None = None
        self._anchor: Anchor | None | bool = False  # False: not read yet
        self._pretest: bool | None = None  # None: not decided yet

    def anchor(self) -> Anchor | None:
        """The pattern's anchor (anchor_of), read once."""
        got = self._anchor
        if got is False:
            got = self._anchor = anchor_of(self.regex.pattern, self.regex.flags)
        return got if got is not True else None

    def starts(self, text: str, pos: int, endpos: int, anchor: Anchor) -> list[int]:
        """Every offset in [pos, endpos) where a match may start: an occurrence of an anchor word in the span,
        minus lo..hi characters, in order."""
        words, lo, hi = anchor
        hits: list[int] = []
        for w in words:
            i = text.find(w, pos, endpos)
            while i >= 0:
                hits.append(i)
                i = text.find(w, i + 1, endpos)
        if not hits:
            return hits
        if lo == hi:  # one offset per occurrence
            return sorted({i - lo for i in hits if i - lo >= pos})
        found: set[int] = set()
        for i in hits:
            found.update(range(max(pos, i - hi), i - lo + 1))
        return sorted(found)

    def _matches(self, text: str, pos: int, endpos: int, anchor: Anchor) -> list[re.Match[str]]:
        """What finditer finds in [pos, endpos), trying the regex only at the offsets where a match may start: the
        leftmost start with a match, then the next from its end, as finditer goes (every match consumes an anchor
        word, so none is empty)."""
        out: list[re.Match[str]] = []
        at, match = pos, self.regex.match
        for s in self.starts(text, pos, endpos, anchor):
            if s >= at and (m := match(text, s, endpos)) is not None:
                out.append(m)
                at = m.end()
        return out

    def _first(self, text: str, pos: int, endpos: int, anchor: Anchor) -> re.Match[str] | None:
        """What search finds in [pos, endpos): the offsets of _matches tried in order, the anchor words found one
        occurrence at a time (a search stops at its first match, not after finding every word in the rest of the
        text). An offset is tried once no later occurrence can give a smaller one (each gives offsets from its
        position minus hi on)."""
        words, lo, hi = anchor
        find, match = text.find, self.regex.match
        nxt = [(i, w) for w in words if (i := find(w, pos, endpos)) >= 0]
        if not nxt:
            return None
        heapify(nxt)
        pending: list[int] = []  # offsets not tried yet (a heap; an offset may be pushed twice)
        tried = pos - 1  # the last offset tried: offsets come out in increasing order
        while nxt:
            i, w = nxt[0]
            while pending and pending[0] < i - hi:
                s = heappop(pending)
                if s > tried:
                    tried = s
                    if (m := match(text, s, endpos)) is not None:
                        return m
            for s in range(max(pos, i - hi), i - lo + 1):
                heappush(pending, s)
            j = find(w, i + 1, endpos)
            if j >= 0:
                heapreplace(nxt, (j, w))
            else:
                heappop(nxt)
        while pending:
            s = heappop(pending)
            if s > tried:
                tried = s
                if (m := match(text, s, endpos)) is not None:
                    return m
        return None

    @property
    def literals(self) -> Literals | None:
        """The literals one of which every match contains (None: no pre-test)."""
        return required_literals(self.regex.pattern, self.regex.flags)

    def absent(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """True when text[pos:endpos] holds none of the literals, so that the regex cannot match there."""
        test = self._absent
        if test is None:
            test = self._absent = _absent_test(self.literals)
        return test(text, pos if pos > 0 else 0, endpos if endpos > 0 else 0)  # re reads a negative pos as 0

    def _skip(self, text: str, pos: int, endpos: int, anchor: Anchor | None) -> bool:
        """The pre-test of search and finditer: absent, unless the anchor's words are the literals' own (the
        anchored scan then finds them itself); an anchor of short words ('لم', 'ال' in 'الذي|التي') is tested
        first for the longer words every match needs ('تبن', 'استشهد')."""
        pretest = self._pretest
        if pretest is None:
            literals = self.literals
            pretest = self._pretest = anchor is None or (
                literals is not None and set(_prefixes(literals)) != set(anchor[0]))
        return pretest and self.absent(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.search."""
        anchor = self.anchor()
        if self._skip(text, pos, endpos, anchor):
            return None
        if anchor is not None:
            return self._first(text, pos if pos > 0 else 0, endpos if endpos > 0 else 0, anchor)
        return self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.match (no pre-test: an anchored try fails fast)."""
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.fullmatch (no pre-test)."""
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """As re.Pattern.finditer (the matches are found at once, not one by one)."""
        anchor = self.anchor()
        if self._skip(text, pos, endpos, anchor):
            return iter(())
        if anchor is not None:
            return iter(self._matches(text, pos if pos > 0 else 0, endpos if endpos > 0 else 0, anchor))
        return self.regex.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As re.Pattern.findall."""
        return [] if self.absent(text, pos, endpos) else self.regex.findall(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        """As re.Pattern.sub."""
        return text if self.absent(text) else self.regex.sub(repl, text, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> tuple[str, int]:
        """As re.Pattern.subn."""
        return (text, 0) if self.absent(text) else self.regex.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        """As re.Pattern.split."""
        return [text] if self.absent(text) else self.regex.split(text, maxsplit)

    @property
    def flags(self) -> int:
        """As re.Pattern.flags."""
        return self.regex.flags

    @property
    def groups(self) -> int:
        """As re.Pattern.groups."""
        return self.regex.groups

    @property
    def groupindex(self) -> Any:
        """As re.Pattern.groupindex."""
        return self.regex.groupindex


def _absent_test(literals: Literals | None) -> Callable[[str, int, int], bool]:
    """The pre-test for a literal set: str.find of each literal's first PREFIX characters when they are few, else
    one regex of them all."""
    if literals is None:
        return lambda text, pos, endpos: False
    words = _prefixes(literals)
    if len(words) <= MAX_ANCHOR_WORDS:
        return lambda text, pos, endpos: all(text.find(w, pos, endpos) < 0 for w in words)
    any_of = re.compile("|".join(re.escape(w) for w in words))
    return lambda text, pos, endpos: any_of.search(text, pos, endpos) is None


def _prefixes(literals: Literals) -> tuple[str, ...]:
    """The literals' first PREFIX characters, without one that starts with another (which finds it too)."""
    words = {w[:PREFIX] for w in literals}
    return tuple(sorted(w for w in words if not any(v != w and w.startswith(v) for v in words)))


def guard(pattern: str, flags: int = 0) -> Guarded:
    """Compile a pattern into a Guarded regex."""
    return Guarded(re.compile(pattern, flags))


Regex = re.Pattern[str] | Guarded  # what a function taking a compiled pattern may be handed


def finditer_near(regex: Regex, text: str, keys: Iterable[str], reach: int) -> list[re.Match[str]]:
    """What regex.finditer(text) finds when every match holds one of the keys at most reach characters after its
    start (the caller's guarantee): the regex is tried only at those offsets before each key's occurrence, leftmost
    first and on from each match's end, as finditer goes (a match is never empty: it holds a key)."""
    starts: set[int] = set()
    find = text.find
    for key in keys:
        i = find(key)
        while i >= 0:
            starts.update(range(max(0, i - reach), i + 1))
            i = find(key, i + 1)
    return _from_starts(regex, text, sorted(starts))


def searcher(regex: Guarded, text: str, starts: list[int] | None = None) -> Callable[[int], re.Match[str] | None]:
    """regex.search(text, pos) for one text searched again and again from later offsets ("سوق قريه X": each search
    from the last match's name): the anchor words are found once for the whole text, not once per search. starts:
    every offset where a match may start, in order, when the caller knows them (the caller's guarantee, as in
    finditer_at)."""
    if starts is None:
        anchor = regex.anchor()
        if anchor is None:
            return lambda pos: regex.search(text, pos)
        n = len(text)
        if regex._skip(text, 0, n, anchor):
            return lambda pos: None
        starts = regex.starts(text, 0, n, anchor)
    match = regex.regex.match

    def search(pos: int) -> re.Match[str] | None:
        for s in starts[bisect_left(starts, pos if pos > 0 else 0):]:
            if (m := match(text, s)) is not None:
                return m
        return None

    return search


def finditer_lines(regex: Regex, text: str, key: str) -> list[re.Match[str]]:
    """What regex.finditer(text) finds for a MULTILINE pattern whose every match starts at a line's start and holds
    key on that line (the caller's guarantee): the regex is tried only at the starts of the lines that hold key."""
    starts: list[int] = []
    find, rfind = text.find, text.rfind
    i = find(key)
    while i >= 0:
        starts.append(rfind("\n", 0, i) + 1)
        nl = find("\n", i)
        if nl < 0:
            break
        i = find(key, nl + 1)
    return _from_starts(regex, text, starts)


def finditer_at(regex: Regex, text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What regex.finditer(text) finds when every match starts at one of the offsets starts, given in increasing
    order (the caller's guarantee: words an automaton scan found, minus their proclitics)."""
    return _from_starts(regex, text, starts)


def _from_starts(regex: Regex, text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """The matches of regex at the offsets starts (in increasing order), each tried only past the last match's end."""
    out: list[re.Match[str]] = []
    at, match = 0, regex.match
    for s in starts:
        if s >= at and (m := match(text, s)) is not None:
            out.append(m)
            at = m.end()
    return out
