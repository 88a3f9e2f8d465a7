"""Sentence and clause segmentation of normalized Arabic news text.

Sentences end at . ! ? (not between digits, as in 2023.11.13) and at line
breaks; the Arabic comma never ends a sentence. Clauses split a sentence where
a new predicate starts with a clause-leading conjunction ("، و...", "في حين",
"فيما", "بينما", "ثم"), because attacker and target often swap there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

SENT_END_RE = re.compile(r"[.!?]+(?=[\s\"')\]]|$)|\n+")
VERBISH = r"(?:\S{2,}(?<!ا)ت|\S{2,}وا|رد|قال|اكد|اضاف|اعلن|شن|نفذ|قصف|استهدف|كان|جاء|تابع|اشار|ذكر|افاد|اوضح)"
CLAUSE_RE = re.compile(
    r"(?:[,;]\s*(?=(?:و|ف|في\s)?" + VERBISH + r"\b|ثم\s|في حين\s|فيما\s|بينما\s|كما\s|حيث\s|ما ادي\s|ما اسفر\s|مما\s))"
    r"|(?:\s(?=(?:في حين|فيما|بينما|ثم|حيث)\s))"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence [start, end) of the normalized text with its clause boundaries and paragraph number."""

    start: int
    end: int
    paragraph: int
    clauses: tuple[tuple[int, int], ...]
    heading: bool


def _clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Split one sentence into clauses at clause-leading conjunctions."""
    out: list[tuple[int, int]] = []
    cur = start
    for m in CLAUSE_RE.finditer(text, start, end):
        cut = m.end()
        if cut - cur >= 12 and end - cut >= 12:
            out.append((cur, m.start()))
            cur = cut
    out.append((cur, end))
    return tuple(out)


@cache
def _bullet_re() -> re.Pattern[str]:
    """Leading list markers: '- ', '* ', '• ', '1. '."""
    return re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+", re.M)


def segment(text: str) -> list[Sentence]:
    """Split normalized text into sentences (with clauses), numbering paragraphs by blank-line blocks."""
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    n = len(text)
    for m in SENT_END_RE.finditer(text):
        _emit(text, pos, m.end() if "\n" not in m.group() else m.start(), paragraph, sentences)
        if "\n" in m.group():
            paragraph += 1
        pos = m.end()
    if pos < n:
        _emit(text, pos, n, paragraph, sentences)
    return sentences


def _emit(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    """Append the sentence [start, end) trimmed of spaces and list markers, if not empty."""
    while start < end and text[start].isspace():
        start += 1
    bm = _bullet_re().match(text, start, end)
    if bm:
        start = bm.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2:
        return
    body = text[start:end]
    heading = (not body.rstrip().endswith((".", "!", "?", ":", '"')) and len(body.split()) <= 14) or (
        paragraph == 0 and len(body.split()) <= 20)
    out.append(Sentence(start=start, end=end, paragraph=paragraph,
                        clauses=_clauses(text, start, end), heading=heading))
