"""Word-level scanning of normalized text, shared by the number and time readers.

Tokens are words, digit groups and a few punctuation marks; phrase tables are
looked up token by token (longest phrase first); an Aho-Corasick index finds the
words that can open a phrase. Nothing here knows Arabic grammar beyond the
proclitics that may be glued to a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick

from .errors import LexiconError
from .lexicon import Row, Table
from .matcher import PROCLITICS, Match

T = TypeVar("T")

TOKEN_RE = re.compile(r" *(\d+(?:[.,:/-]\d+)*|[^\W\d_]+|[,/()%-])")
INT_RE = re.compile(r"\d{1,9}")
DIGITS = "0123456789"  # the characters a digit group starts with (normalized text has ASCII digits)
DIGIT_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"})
_new_tok = tuple.__new__  # builds a Tok without NamedTuple's Python-level __new__ (hot path)


class Tok(NamedTuple):
    """One word, digit group or punctuation mark of normalized text."""

    start: int
    end: int
    text: str


class Phrases(Generic[T]):
    """A table of one- or multi-word phrases, looked up at a token position (longest phrase first)."""

    __slots__ = ("table", "heads", "max_words", "_sizes")

    def __init__(self, table: Mapping[str, T]) -> None:
        """Index the phrases by their first word, with the word counts of the phrases each word opens."""
        self.table = dict(table)
        sizes: dict[str, set[int]] = {}
        for k in self.table:
            sizes.setdefault(k.split(" ")[0], set()).add(k.count(" ") + 1)
        self.heads = frozenset(sizes)
        self.max_words = max((k.count(" ") + 1 for k in self.table), default=1)
        self._sizes = {head: tuple(sorted(n, reverse=True)) for head, n in sizes.items()}

    def __contains__(self, phrase: object) -> bool:
        """True when phrase is one of the table's keys."""
        return phrase in self.table

    def at(self, toks: Sequence[Tok], i: int) -> tuple[int, T] | None:
        """The longest phrase that starts at toks[i]: (index after it, its payload)."""
        if i >= len(toks):
            return None
        first = toks[i].text
        sizes = self._sizes.get(first)
        if sizes is None:
            return None
        table = self.table
        room = len(toks) - i
        for k in sizes:  # only the word counts of phrases opened by this word, longest first
            if k == 1:
                return i + 1, table[first]
            if k <= room:
                key = " ".join([t.text for t in toks[i:i + k]])
                if key in table:
                    return i + k, table[key]
        return None


class AnchorIndex(Generic[T]):
    """Phrase-start words found with Aho-Corasick, kept only at word boundaries after a valid proclitic.

    Unlike ``matcher.Matcher`` it rejects substring hits before doing any other
    work and adds no article stems, which keeps the finders fast. The same pass
    reports where digit groups start (see ``digit_start``), so callers need no
    second scan of the text. ``patterns`` (the words, payloads merged) and
    ``DIGITS`` let a ``matcher.MatcherGroup`` find the same in its own scan
    (see ``from_matches``).
    """

    def __init__(self, patterns: Iterable[tuple[str, T]]) -> None:
        """Build the automaton from (normalized word or phrase, payload) pairs, plus the ten digits."""
        merged: dict[str, list[T]] = {}
        for key, payload in patterns:
            merged.setdefault(key, []).append(payload)
        self.patterns: list[tuple[str, tuple[T, ...]]] = [(key, tuple(p)) for key, p in merged.items()]
        self._digits = frozenset(d for d in DIGITS if d not in merged)  # a digit that is a pattern is a word
        self._auto = ahocorasick.Automaton()
        for key, payloads in self.patterns:
            self._auto.add_word(key, (len(key), payloads))
        for digit in self._digits:
            self._auto.add_word(digit, (0, ()))
        self._auto.make_automaton()

    def find(self, text: str) -> tuple[list[tuple[int, int, str, tuple[T, ...]]], list[tuple[int, str]]]:
        """Whole-word hits (start, end, proclitic, payloads) by end position, and digit-group starts.

        Digit-group starts are (start, proclitic) pairs in text order, as ``digit_start`` gives them.
        """
        out: list[tuple[int, int, str, tuple[T, ...]]] = []
        digits: list[tuple[int, str]] = []
        n = len(text)
        for last, (length, payloads) in self._auto.iter(text):
            if not length:
                if not (last and text[last - 1].isdigit()):
                    got = digit_start(text, last)
                    if got is not None:
                        digits.append(got)
                continue
            end = last + 1
            if end < n and text[end].isalnum():
                continue
            start = end - length
            prefix = ""
            if start and text[start - 1].isalnum():
                ws = start - 1
                while ws > 0 and text[ws - 1].isalnum() and start - ws < 4:
                    ws -= 1
                prefix = text[ws:start]
                if (ws > 0 and text[ws - 1].isalnum()) or prefix not in PROCLITICS:
                    continue
            out.append((start, end, prefix, payloads))
        return out, digits

    def from_matches(self, text: str, words: Iterable[Match[tuple[T, ...]]], digits: Iterable[Match[Any]]
                     ) -> tuple[list[tuple[int, int, str, tuple[T, ...]]], list[tuple[int, str]]]:
        """What ``find`` returns, from a MatcherGroup's matches of ``patterns`` and its marks of ``DIGITS``.

        The same hits and digit-group starts, the hits ordered by start instead of end.
        """
        starts: list[tuple[int, str]] = []
        for m in digits:
            s = m.start
            if text[s] in self._digits and not (s and text[s - 1].isdigit()):
                got = digit_start(text, s)
                if got is not None:
                    starts.append(got)
        return [(m.start, m.end, m.prefix, m.payload) for m in words], starts


def read_tokens(text: str, pos: int, limit: int = 12, vocab: frozenset[str] | None = None,
                foreign: int = 0, opens: frozenset[str] = frozenset()) -> list[Tok]:
    """Up to limit tokens from pos on, stopping at a newline or sentence punctuation.

    With a vocabulary, at most ``foreign`` word tokens outside it are kept, plus
    one after each word of ``opens`` ('بتوقيت' + a place); digits and punctuation
    always count as known. Reading stops before the first word it may not keep.
    """
    out: list[Tok] = []
    match = TOKEN_RE.match
    prev: str | None = None
    for _ in range(limit):
        m = match(text, pos)
        if m is None:
            break
        word = m[1]
        if vocab is not None and word not in vocab and word[0].isalpha() and (prev is None or prev not in opens):
            if not foreign:
                break
            foreign -= 1
        pos = m.end()  # the token ends the match: it starts len(word) before
        out.append(_new_tok(Tok, (pos - len(word), pos, word)))
        prev = word
    return out


def digit_start(text: str, s: int) -> tuple[int, str] | None:
    """(phrase start, glued proclitic) of the digit run at s, or None inside a longer group or word.

    'و5' starts at 5 with proclitic 'و'; 'ال26' and 'ال 26' start at the article;
    the 11 of '2023.11.13', the 16 of 'f-16' and digits glued to a word give None.
    """
    if s >= 2 and text[s - 1] in ".,:/-" and text[s - 2].isdigit():
        return None
    ws = s
    while ws > 0 and text[ws - 1].isalpha() and s - ws < 4:
        ws -= 1
    if ws > 0 and text[ws - 1].isalnum():
        return None
    head = text[ws:s]
    if not head:
        if s >= 2 and text[s - 1] in "-/" and text[s - 2].isalnum():
            return None  # a model number such as f-16
        if s >= 3 and text[s - 3:s] == "ال " and (s == 3 or not text[s - 4].isalnum()):
            return s - 3, ""
        return s, ""
    if head.endswith("ال") and head[:-2] in DIGIT_CLITICS:
        return s - 2, head[:-2]
    return (s, head) if head in DIGIT_CLITICS else None


def tokens_before(text: str, pos: int, limit: int = 5) -> list[Tok]:
    """Up to limit words just before pos, in text order, not crossing punctuation or a newline."""
    out: list[Tok] = []
    j = pos
    while len(out) < limit:
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j == 0 or not text[j - 1].isalnum():
            break
        lo = max(0, j - 40)
        space = text.rfind(" ", lo, j)
        s = space + 1 if space >= 0 else lo
        word = text[s:j]
        if not word.isalnum():
            k = len(word)
            while word[k - 1].isalnum():
                k -= 1
            out.append(_new_tok(Tok, (s + k, j, word[k:])))
            break
        out.append(_new_tok(Tok, (s, j, word)))
        j = s
    out.reverse()
    return out


def role_index(table: Table, key: Callable[[Row], str]) -> dict[str, dict[str, int | None]]:
    """group -> {variant: value} for a lexicon with value and variants; a variant may not repeat in a group."""
    out: dict[str, dict[str, int | None]] = {}
    first: dict[tuple[str, str], int] = {}
    for row in table.rows:
        group = key(row)
        raw = row.get("value")
        bucket = out.setdefault(group, {})
        for variant in row.many("variants"):
            if variant in bucket:
                raise LexiconError(table.path, row.line, f"variants: {variant!r} repeats within {group!r} "
                                                         f"(first on line {first[(group, variant)]})")
            bucket[variant] = int(raw) if raw else None
            first[(group, variant)] = row.line
    return out
