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
from collections.abc import Callable, Iterator
from typing import Any

MAX_FINDS = 4  # up to this many literals are looked for with str.find; more with one regex of the literals
MAX_LITERALS = 64  # more alternatives than this: no guard (the pre-test would cost about what it saves)
Literals = frozenset[str]


def required_literals(pattern: str, flags: int = 0) -> Literals | None:
    """Strings one of which every match of the pattern contains (in the text it consumes), or None when the
    pattern requires none that can be told from its parse tree (or ignores case)."""
    if flags & re.IGNORECASE:
        return None
    try:
        tree = sre_p.parse(pattern, flags)
    except (re.error, RecursionError, TypeError):
        return None
    if tree.state.flags & re.IGNORECASE:
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


class Guarded:
    """A compiled regex that skips the spans holding none of its required literals: search, finditer, findall, sub
    and split answer as the `re.Pattern` methods do; match and fullmatch (anchored, cheap) and every other
    attribute are the compiled pattern's own."""

    __slots__ = ("regex", "pattern", "_absent")

    def __init__(self, regex: re.Pattern[str]) -> None:
        """Wrap a compiled pattern; its literals are read at the first search (no work at import time)."""
        self.regex = regex
        self.pattern = regex.pattern
        self._absent: Callable[[str, int, int], bool] | None = None

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

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.search."""
        return None if self.absent(text, pos, endpos) else self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.match (no pre-test: an anchored try fails fast)."""
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.fullmatch (no pre-test)."""
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """As re.Pattern.finditer."""
        return iter(()) if self.absent(text, pos, endpos) else self.regex.finditer(text, pos, endpos)

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
    """The pre-test for a literal set: str.find for a few, one regex of them all for more."""
    if literals is None:
        return lambda text, pos, endpos: False
    if len(literals) <= MAX_FINDS:
        words = tuple(sorted(literals, key=len, reverse=True))
        return lambda text, pos, endpos: all(text.find(w, pos, endpos) < 0 for w in words)
    any_of = re.compile("|".join(re.escape(w) for w in sorted(literals, key=lambda w: (-len(w), w))))
    return lambda text, pos, endpos: any_of.search(text, pos, endpos) is None


def guard(pattern: str, flags: int = 0) -> Guarded:
    """Compile a pattern into a Guarded regex."""
    return Guarded(re.compile(pattern, flags))


Regex = re.Pattern[str] | Guarded  # what a function taking a compiled pattern may be handed
