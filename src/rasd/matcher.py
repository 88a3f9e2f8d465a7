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
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

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


# How an automaton key relates to the pattern of an entry:
PLAIN = 0   # the key is the pattern
STEM = 1    # the key is an article pattern without "ال", matched only after لل / ولل / فلل
MERGED = 2  # the key is "لل" + the article pattern's stem ("القوات" -> "للقوات"): the "لل" is prefix


class _Entry(NamedTuple, Generic[T]):
    """One pattern behind an automaton key."""

    key: str           # the pattern as written (without '*')
    payload: T
    suffix_free: bool  # the pattern ended in '*'
    mode: int          # PLAIN, STEM or MERGED
    group: int         # the lexicon it belongs to (see MatcherGroup)


# The shapes of an automaton value (length, kind, data), cheapest first:
ONE = 0     # bounded patterns, one PLAIN entry: data = (group, key, payload)
PLAINS = 1  # bounded patterns, PLAIN entries: data = ((group, key, payload), ...)
MIXED = 2   # bounded patterns, some STEM or MERGED: data = the entries
FREE = 3    # some pattern ends in '*': data = (the PLAINS data or None, the entries)
MARK = 4    # a mark character: data = the value of its patterns, or None


def _value(key: str, entries: list[_Entry[T]], mark: bool) -> tuple[int, int, Any]:
    """The automaton value of a key: (length, kind, data), see ONE ... MARK.

    Hits leave the automaton ordered by end and scan() reverses them, so the
    entries are stored in reverse pattern order (see _Automaton).
    """
    stored = tuple(reversed(entries))
    plain = tuple((e.group, e.key, e.payload) for e in stored) if all(e.mode == PLAIN for e in stored) else None
    value: tuple[int, int, Any] | None
    if not entries:
        value = None
    elif any(e.suffix_free for e in entries):
        value = (len(key), FREE, (plain, stored))
    elif plain is None:
        value = (len(key), MIXED, stored)
    else:
        value = (len(key), ONE, plain[0]) if len(plain) == 1 else (len(key), PLAINS, plain)
    if mark or value is None:
        return len(key), MARK, value
    return value


_new_match = tuple.__new__  # builds a Match without NamedTuple's Python-level __new__ (hot path)
_START = itemgetter(0)  # a Match's start


def _word_prefix(text: str, s: int) -> str | None:
    """The proclitic sequence between the word start and s (s > 0), or None if s is inside a word."""
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


class _Automaton(Generic[T]):
    """The Aho-Corasick automaton shared by Matcher and MatcherGroup: one scan, one hit list per lexicon."""

    def __init__(self, lexicons: Sequence[Iterable[tuple[str, T]]], literal: int = 0, marks: str = "",
                 apart: frozenset[int] = frozenset()) -> None:
        """Build the automaton from one (normalized pattern, payload) iterable per lexicon.

        The last ``literal`` lexicons match their patterns as written: no article
        forms are added for them, and their patterns do not decide the forms of the others.
        The lexicons whose index is in ``apart`` get article forms decided by their own
        patterns only (and theirs decide no others'): each matches as its own Matcher would.
        Every occurrence of a character of ``marks`` is reported too, in one more
        hit list (a one-character Match with no payload), word boundaries or not.
        Hits leave the automaton ordered by end; scan() reverses them and sorts
        them by start (a stable sort), which orders them by start, longest first,
        then in the order the entries of one key were stored, reversed. So the
        entries of a key are stored in reverse pattern order, and every match of
        one span comes from one key: an article pattern's stem is its key when
        the stem is a pattern too, the merged "لل" form otherwise.
        """
        items: list[tuple[str, T, bool, int]] = []
        for group, patterns in enumerate(lexicons):
            for pattern, payload in patterns:
                key = pattern.rstrip("*")
                if not key:
                    raise ValueError(f"empty matcher pattern {pattern!r}")
                items.append((key, payload, key != pattern, group))
        first_literal = len(lexicons) - literal
        shared = {key for key, _, _, group in items if group < first_literal and group not in apart}
        own: dict[int, set[str]] = {g: set() for g in apart}
        for key, _, _, group in items:
            if group in own:
                own[group].add(key)
        table: dict[str, list[_Entry[T]]] = {}
        for key, payload, suffix_free, group in items:
            table.setdefault(key, []).append(_Entry(key, payload, suffix_free, PLAIN, group))
            if group >= first_literal:
                continue
            if key.startswith("ال") and len(key) > 3:
                if key[2:] in own.get(group, shared):
                    table.setdefault(key[2:], []).append(_Entry(key, payload, suffix_free, STEM, group))
                else:  # ل + القوات -> للقوات; ل + اللطامنه -> للطامنه (ل + ال + ل is written with two lams)
                    merged = "ل" + key[2:] if key[2] == "ل" else "ل" + key[1:]
                    table.setdefault(merged, []).append(_Entry(key, payload, suffix_free, MERGED, group))
        self.groups = len(lexicons) + (1 if marks else 0)
        mark_set = frozenset(marks)
        for ch in mark_set:
            table.setdefault(ch, [])
        self.size = len(table)
        self._auto = ahocorasick.Automaton()
        for key, entries in table.items():
            self._auto.add_word(key, _value(key, entries, key in mark_set))
        if table:
            self._auto.make_automaton()

    def scan(self, text: str) -> list[list[Match[T]]]:
        """Every match at word boundaries, one list per lexicon, each ordered as Matcher.find documents."""
        hits: list[list[Match[T]]] = [[] for _ in range(self.groups)]
        if not self.size:
            return hits
        adds = [h.append for h in hits]
        add_mark = adds[-1]  # the marks' list, when there are marks (only mark keys append to it)
        padded = " " + text + " "  # padded[i + 1] is text[i]; the spaces stand for the text's edges
        new, match, clitic_end, proclitics = _new_match, Match, _CLITIC_END, PROCLITICS
        for last, value in self._auto.iter(text):
            kind = value[1]
            if kind == MARK:
                add_mark(new(match, (last, last + 1, text[last], None, "")))
                value = value[2]  # the value of a mark that is a pattern too
                if value is None:
                    continue
                kind = value[1]
            if padded[last + 2].isalnum():  # the character after the hit: a word goes on
                if kind != FREE:  # bounded patterns only: a hit inside a word (its data is not even read)
                    continue
                bounded = False
            else:
                bounded = True
            length, _, data = value
            end = last + 1
            s = end - length
            c = padded[s]  # the character before the hit: a proclitic, or inside a word
            if c.isalnum():
                if c not in clitic_end:  # _word_prefix's usual miss, without a call
                    continue
                if not padded[s - 1].isalnum():
                    prefix = c  # a one-letter word before the hit: و ب ل ...
                elif not padded[s - 2].isalnum():
                    prefix = padded[s - 1:s + 1]  # two letters: ال وب ...
                else:
                    found = _word_prefix(text, s)
                    if found is None:
                        continue
                    prefix = found
                if prefix not in proclitics:
                    continue
            else:
                prefix = ""
            if kind == ONE:
                group, key, payload = data
                adds[group](new(match, (s, end, key, payload, prefix)))
                continue
            if kind == PLAINS or (bounded and kind == FREE and data[0] is not None):
                for group, key, payload in (data if kind == PLAINS else data[0]):
                    adds[group](new(match, (s, end, key, payload, prefix)))
                continue
            for key, payload, suffix_free, mode, group in (data if kind == MIXED else data[1]):
                if not bounded and not suffix_free:
                    continue
                if mode == PLAIN:
                    adds[group](new(match, (s, end, key, payload, prefix)))
                elif mode == STEM:
                    if prefix in ARTICLE_PROCLITICS:
                        adds[group](new(match, (s, end, key, payload, prefix)))
                elif prefix + "لل" in ARTICLE_PROCLITICS:
                    adds[group](new(match, (s + _ARTICLE_LEAD, end, key, payload, prefix + "لل")))
        for h in hits:
            h.reverse()
            h.sort(key=_START)
        return hits


class Matcher(Generic[T]):
    """An Aho-Corasick automaton over normalized patterns with Arabic edge rules."""

    def __init__(self, patterns: Iterable[tuple[str, T]]) -> None:
        """Build the automaton from (normalized pattern, payload) pairs; an empty pattern is an error."""
        self._core = _Automaton([patterns])
        self.size = self._core.size

    def find(self, text: str) -> list[Match[T]]:
        """All matches at word boundaries (overlaps included): by start, longest first, then pattern order."""
        return self._core.scan(text)[0]


class MatcherGroup(Generic[T]):
    """Several named lexicons in one automaton, so the text is scanned once for all of them.

    ``MatcherGroup({"actors": a, "weapons": w}).find_all(text)["actors"]``
    equals ``Matcher(a).find(text)``; scanning is the largest cost of
    matching, so one group is cheaper than one Matcher per lexicon. Named
    ``words`` lists ride along in the same scan, matched as written (no
    article forms), and so do ``marks``, characters reported wherever they
    occur: the words and the digits the time and number readers start from.
    """

    def __init__(self, lexicons: Mapping[str, Iterable[tuple[str, T]]],
                 words: Mapping[str, Iterable[tuple[str, Any]]] | None = None,
                 marks: Mapping[str, str] | None = None,
                 apart: Mapping[str, Iterable[tuple[str, T]]] | None = None) -> None:
        """Build one automaton from {lexicon name: (normalized pattern, payload) pairs}, word lists and marks.

        The lexicons of ``apart`` are found with the others (see ``find_all``) but get their article
        forms from their own patterns only, as if each had a Matcher of its own.
        """
        apart = apart or {}
        self.names = (*lexicons, *apart)
        words = words or {}
        self.word_names = tuple(words)
        marks = marks or {}
        self.mark_names = tuple(marks)
        chars = "".join(marks.values())
        if len(set(chars)) != len(chars):
            raise ValueError("a mark character belongs to two mark sets")
        self._marks = {ch: i for i, name in enumerate(self.mark_names) for ch in marks[name]}
        self._core: _Automaton[Any] = _Automaton([*lexicons.values(), *apart.values(),
                                                  *(words[name] for name in self.word_names)],
                                                 literal=len(self.word_names), marks=chars,
                                                 apart=frozenset(range(len(lexicons), len(self.names))))

    def find_all(self, text: str) -> dict[str, list[Match[T]]]:
        """Every lexicon's matches, as Matcher.find would return them."""
        return self.find_with_words(text)[0]

    def find_with_words(self, text: str) -> tuple[dict[str, list[Match[T]]], dict[str, list[Match[Any]]]]:
        """Every lexicon's matches (as find_all), and every word list's and mark set's matches, from one scan."""
        hits = self._core.scan(text)
        n, w = len(self.names), len(self.word_names)
        found = dict(zip(self.names, hits[:n], strict=True))
        words: dict[str, list[Match[Any]]] = dict(zip(self.word_names, hits[n:n + w], strict=True))
        if len(self.mark_names) == 1:
            words[self.mark_names[0]] = hits[n + w]
        elif self.mark_names:
            sets: list[list[Match[Any]]] = [[] for _ in self.mark_names]
            for m in hits[n + w]:
                sets[self._marks[m.key]].append(m)
            words.update(zip(self.mark_names, sets, strict=True))
        return found, words


def longest_first(matches: Sequence[Match[T]]) -> list[Match[T]]:
    """Keep the longest match wherever matches overlap (leftmost wins ties), in text order.

    Matches are sorted by start and cut into runs that overlap one another; a run of
    one match is kept as it is, and only longer runs need the greedy choice (_greedy).
    """
    ordered = sorted(matches, key=_START)  # stable, and linear when already by start (the matchers' order)
    out: list[Match[T]] = []
    n = len(ordered)
    i = 0
    while i < n:
        reach = ordered[i].end
        if reach <= ordered[i].start:  # an empty match: the plain rule orders equal empty spans its own way
            return _greedy(ordered)
        j = i + 1
        while j < n and ordered[j].start < reach:
            if ordered[j].end > reach:
                reach = ordered[j].end
            j += 1
        if j == i + 1:
            out.append(ordered[i])
        else:
            out += _greedy(ordered[i:j])
        i = j
    return out


def _greedy(matches: Sequence[Match[T]]) -> list[Match[T]]:
    """The longest-first choice among overlapping matches: longest first, then leftmost, each kept if free."""
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
