"""Sentence and clause segmentation of normalized Arabic news text.

Sentences end at . ! ? and at line breaks. A full stop inside a number
(2023.11.13, 3.5) or after a one-letter abbreviation ("د. ", "ا.ف.ب") does not
end a sentence, closing quotes and brackets after the stop stay with their
sentence, and the Arabic comma (folded to ",") never ends one. List markers
("- ", "• ", "1. ") are trimmed from the sentence they start.

Clauses split a sentence where a new predicate starts with a clause-leading
conjunction (", وردت ...", ", فيما", "في حين", "بينما", "ثم", "حيث"), because
attacker and target often swap there; ", و" + a noun in a coordination
("قاعدتي العمر بريف دير الزور، والشدادي بريف الحسكة") does not split.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple

from .literal_guard import Regex

# A sentence end: a newline run, or . ! ? (one or more) followed by closing quotes/brackets
# (and any stop after them) or by a space or the end of the text; not after a one-letter word (abbreviations: "د.", "ا.ف.ب").
# The leading character class lets the regex engine scan for candidates quickly.
SENT_END_RE = re.compile(
    r"[.!?\n](?:(?<=\n)\n*|(?<![\s(][^\W\d_][.])[.!?]*(?:[\"')\]]+[.!?]*|(?=\s|$)))"
)
VERBISH = r"(?:\S{2,}(?<!ا)ت|\S{2,}وا|رد|قال|اكد|اضاف|اعلن|شن|نفذ|قصف|استهدف|كان|جاء|تابع|اشار|ذكر|افاد|اوضح)"
# a ";" (Arabic "؛", which separates statements), or ", " before a verb-led coordination or a clause-leading connective
COMMA_CLAUSE_RE = re.compile(
    r"; *|, *(?=(?:و|ف)" + VERBISH + r"\b|ثم |في حين |فيما (?!بعد)|بينما |كما |حيث |ما ادي |ما اسفر |مما "
    r"|(?:موكد|مشير|مضيف|مبين|لافت|موضح)(?:ا|ه|ين) (?:الي )?ان )"  # ', موكدا ان ...': a new reported statement
)
# a space before a connective that opens a clause even without a comma
# (the lookahead goes first: it fails at most spaces, and the lookbehind only then runs)
WORD_CLAUSE_RE = re.compile(r" (?=(?:في حين|فيما(?! بعد)|بينما|ثم|حيث) )(?<![,;] )")  # "فيما بعد" = later
CLAUSE_PUNCT = ",;"  # the characters a COMMA_CLAUSE_RE match starts with
CLAUSE_WORDS = tuple(f" {w} " for w in ("في حين", "فيما", "بينما", "ثم", "حيث"))  # where WORD_CLAUSE_RE can match
BULLET_RE = re.compile(r"(?:[-*•·]|\d{1,2}[.)]) +")  # at the start of a line
LIST_NUMBER_RE = re.compile(r"\s*\d{1,2}\.")  # "1." at the start of a line is a marker, not a sentence
MIN_CLAUSE = 12  # characters: a cut leaving a shorter clause on either side is not made
HEADING_WORDS = 14  # a line without final punctuation and at most this many words is a heading
CLOSERS = "\"')]"
FINAL_STOPS = (".", "!", "?", ":")  # a line ending in one of these (before closers) is no heading
QUOTED_NAME = 1  # words of a name a title may close on in quotes ('برصاص خلايا "داعش"'), not a quoted phrase
_new_sentence = tuple.__new__  # builds a Sentence without NamedTuple's Python-level __new__


class Sentence(NamedTuple):
    """A sentence [start, end) of the normalized text with its clause boundaries and paragraph number.

    ``paragraph`` counts runs of line breaks before the sentence; ``clauses``
    are [start, end) ranges covering the sentence minus the cut punctuation;
    ``heading`` marks a short line without final punctuation (a title).
    """

    start: int
    end: int
    paragraph: int
    clauses: tuple[tuple[int, int], ...]
    heading: bool


def _offsets(text: str, needles: Iterable[str]) -> list[int]:
    """Sorted offsets where any of the needles occurs (str.find scans in C far faster than a regex's class)."""
    out: list[int] = []
    find = text.find
    for needle in needles:
        i = find(needle)
        while i >= 0:
            out.append(i)
            i = find(needle, i + 1)
    out.sort()
    return out


def _spans(pattern: Regex, text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    """The spans of pattern.finditer(text), for a pattern whose matches start with one of the needles."""
    out: list[tuple[int, int]] = []
    match = pattern.match
    last = 0
    for p in _offsets(text, needles):
        if p >= last and (m := match(text, p)) is not None:
            out.append(m.span())
            last = m.end()
    return out


def _cuts(text: str) -> tuple[list[int], list[int]]:
    """Every candidate clause cut in the text, as sorted (starts, ends) of the cut punctuation."""
    found = _spans(COMMA_CLAUSE_RE, text, CLAUSE_PUNCT)
    found += _spans(WORD_CLAUSE_RE, text, CLAUSE_WORDS)
    found.sort()
    return [a for a, _ in found], [b for _, b in found]


def _clauses(starts: list[int], ends: list[int], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Split one sentence into clauses at the cuts inside it that leave long enough clauses."""
    i = bisect_left(starts, start)
    if i == len(starts) or ends[i] > end:
        return ((start, end),)
    out: list[tuple[int, int]] = []
    cur = start
    while i < len(starts) and ends[i] <= end:
        cut = ends[i]
        if cut - cur >= MIN_CLAUSE and end - cut >= MIN_CLAUSE:
            out.append((cur, starts[i]))
            cur = cut
        i += 1
    out.append((cur, end))
    return tuple(out)


def _is_heading(text: str, start: int, end: int) -> bool:
    """A short line that does not end with sentence punctuation (possibly before closing quotes)."""
    if text[end - 1] in FINAL_STOPS:  # the usual sentence, without copying it
        return False
    body = text[start:end]
    if body.endswith('"') and not _named_last(body) or body.rstrip(CLOSERS).endswith(FINAL_STOPS):
        return False
    return len(body.split()) <= HEADING_WORDS


def _named_last(body: str) -> bool:
    """The line closes on a short quoted name, not on a quoted sentence."""
    i = body.rfind('"', 0, len(body) - 1)
    return i >= 0 and ":" not in body and len(body[i + 1:-1].split()) <= QUOTED_NAME


def segment(text: str) -> list[Sentence]:
    """Split normalized text into sentences (with clauses), numbering paragraphs by line-break runs."""
    starts, ends = _cuts(text)
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    line_start = True  # the pending sentence starts a line (list markers are trimmed only there)
    for m in SENT_END_RE.finditer(text):
        a, b = m.span()
        if text[a] == "\n":
            if a - pos >= 2:  # shorter pieces (the gap between a stop and the line break) are empty
                _emit(text, pos, a, paragraph, line_start, starts, ends, out)
            paragraph += 1
            line_start = True
        elif line_start and LIST_NUMBER_RE.fullmatch(text, pos, b):
            continue  # "1. " opening a list item: the item goes on
        else:
            _emit(text, pos, b, paragraph, line_start, starts, ends, out)
            line_start = False
        pos = b
    if pos < len(text):
        _emit(text, pos, len(text), paragraph, line_start, starts, ends, out)
    return out


def _emit(text: str, start: int, end: int, paragraph: int, line_start: bool,
          starts: list[int], ends: list[int], out: list[Sentence]) -> None:
    """Append the sentence [start, end) trimmed of spaces and a leading list marker, if not empty."""
    while start < end and text[start].isspace():
        start += 1
    if line_start and start < end:
        bm = BULLET_RE.match(text, start, end)
        if bm:
            start = bm.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2:
        return
    i = bisect_left(starts, start)
    clauses = ((start, end),) if i == len(starts) or ends[i] > end else _clauses(starts, ends, start, end)
    out.append(_new_sentence(Sentence, (start, end, paragraph, clauses, _is_heading(text, start, end))))
