"""Denied victims: civilians a sentence names only to say none were hit are no actor of it.

'ولم تسجل اي مؤشرات علي سقوط ضحايا مدنيين', 'دون وقوع اصابات بين المدنيين', 'منطقه خاليه من السكان': the
civilian noun follows a negation and a word of harm (or 'خاليه من'), so the strike did not hit civilians and the
noun must not become its target (the target falls back to the theatre, the place or the victims told).
"""

from __future__ import annotations

from .literal_guard import guard
from .matcher import Match
from .resources import Entry

NEGATORS = frozenset({"لم", "ولم", "فلم", "دون", "بدون", "ودون", "عدم", "وعدم"})
HARM_WORDS = frozenset({"ضحايا", "اصابات", "اصابه", "خساير", "قتلي", "جرحي", "سقوط", "وقوع", "اذي"})
REACH = 7  # words from the negation to the civilian noun ('لم تسجل اي مؤشرات علي سقوط ضحايا مدنيين')
EMPTY_OF = guard(r"(?:^|\s)(?:[وف]?ال)?خالي(?:ه|ه تماما)? من\s*$")  # 'منطقه ساحليه خاليه من السكان'


def _denied(text: str, m: Match[Entry]) -> bool:
    """Whether the civilian noun at m is told as not hit (negation then harm word before it, or 'خاليه من')."""
    lo = max(text.rfind(",", 0, m.start), text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    if EMPTY_OF.search(text, max(lo, m.start - 30), m.start) is not None:
        return True
    words = text[lo:m.start].split()[-REACH:]
    neg = next((i for i, w in enumerate(words) if w in NEGATORS), None)
    return neg is not None and any(w in HARM_WORDS for w in words[neg + 1:])


def drop_denied_civilians(text: str, actors: tuple[Match[Entry], ...]) -> tuple[Match[Entry], ...]:
    """The actor matches without the civilians a sentence names only to deny they were hit."""
    return tuple(m for m in actors if m.payload.get("side") != "CIVILIANS" or not _denied(text, m))
