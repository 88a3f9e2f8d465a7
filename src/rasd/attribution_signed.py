"""A statement quoted in full: from its basmala to the name signed under it, its sentences are the signer's words.

Armed groups publish statements that open with 'بسم الله الرحمن الرحيم' and end with the group's name on a line of
its own ('المقاومه الاسلاميه في العراق', often before a date line and the closing quote). An outlet that quotes one
('وننشر نص البيانين كما وردا:', 'نص البيان كما وصلنا:') may name the signer nowhere else, so the signature is who
tells what the statement's sentences tell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .matcher import Match
from .resources import Entry

if TYPE_CHECKING:
    from .recognize import Recognized

BASMALA = "بسم الله الرحمن الرحيم"
SIGNED_LINES = 16  # lines from the basmala to the signature at most
LINE_MARKS = " \t\"'.)(][-–—•▪*🔻🔸🔹📌⚠️️"  # quotes, brackets, bullets and stops around a signature line's name


def signed_blocks(rec: Recognized) -> list[tuple[int, int, Match[Entry]]]:
    """The statements of the article as [start, end) of the normalized text (basmala to signature line) with the
    source match that signs each; memoized in rec.memo."""
    got = rec.memo.get("signed_blocks")
    if got is None:
        got = rec.memo["signed_blocks"] = _find(rec)
    return got


def _find(rec: Recognized) -> list[tuple[int, int, Match[Entry]]]:
    """signed_blocks, uncached."""
    text = rec.nt.text
    out: list[tuple[int, int, Match[Entry]]] = []
    at = text.find(BASMALA)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        nxt = text.find(BASMALA, at + len(BASMALA))
        line = text.find("\n", at)
        for _ in range(SIGNED_LINES):
            if line < 0 or 0 <= nxt < line:
                break
            end = text.find("\n", line + 1)
            end = len(text) if end < 0 else end
            sign = _signature(rec, line + 1, end)
            if sign is not None:
                out.append((start, line + 1, sign))
                break
            line = end if end < len(text) else -1
        at = nxt
    return out


def _signature(rec: Recognized, lo: int, hi: int) -> Match[Entry] | None:
    """The source whose name alone makes up the line [lo, hi) ('المقاومه الاسلاميه في العراق"'), or None; a
    heading of the name ('المقاومه الاسلاميه في العراق:') is no signature."""
    text = rec.nt.text
    line = text[lo:hi]
    if line.rstrip().endswith(":"):
        return None
    names = [m for m in rec.near("sources", lo, hi) if lo <= m.start - len(m.prefix) and m.end <= hi]
    if len(names) != 1:
        return None
    m = names[0]
    before, after = text[lo:m.start - len(m.prefix)], text[m.end:hi]
    return m if not before.strip(LINE_MARKS) and not after.strip(LINE_MARKS) else None


def signer_of(rec: Recognized, at: int) -> Match[Entry] | None:
    """The source that signs the statement holding offset `at`, or None."""
    return next((m for start, end, m in signed_blocks(rec) if start <= at < end), None)
