"""An outlet as the direct object of a verb of telling: 'افاد مصدر طبي وكاله X' (X heard the words, a relay).

'افاد' takes its hearer without a preposition, so the outlet stands right after the vague speaker
where other verbs of saying put 'لوكاله X'; it is read as that recipient, not as a speaker nor as a name the speaker cue
blocks ('بيان تلقت سانا نسخه منه').
"""

from __future__ import annotations

from typing import Any

from .attribution_text import gap_words, glued_l
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

HEARER_VERBS = frozenset({"افاد", "افادت", "افادوا"})  # tell someone: the hearer is the object, no ل before it
HEARER_GAP = 1  # words between the verb and the vague speaker ('افاد مصدر طبي', 'افاد امس مصدر طبي')


def heard_object(rec: Recognized, s: Match[Any], blocked: list[Match[Entry]]) -> bool:
    """'افاد مصدر طبي وكاله فرانس برس': the name stands right after a vague speaker (a not_source cue) that follows a
    verb taking its hearer as direct object (HEARER_VERBS), so it received that speaker's words."""
    text = rec.nt.text
    at = s.start - len(s.prefix)
    for b in blocked:
        if b.end > at or gap_words(text, b.end, at) or any(ch in text[b.end:at] for ch in ".:,،\n"):
            continue
        before = gap_words(text, max(0, b.start - 40), b.start)
        if any(w in HEARER_VERBS or w[:1] in "وف" and w[1:] in HEARER_VERBS for w in before[-HEARER_GAP - 1:]):
            return True  # 'وافاد', 'فابلغ': the conjunction is no word between
    return False


def recipient(rec: Recognized, s: Match[Any], since: int, blocked: list[Match[Entry]]) -> bool:
    """'قال مصدر امني لوكاله X', 'افاد مصدر امني وكاله X': X only received the words of a vague speaker (a relay,
    not a claimant)."""
    return (glued_l(rec.nt.text, s) or heard_object(rec, s, blocked)) and any(
        since <= b.start and b.end <= s.start for b in blocked)


def received_before(rec: Recognized, s: Match[Any], blocked: list[Match[Entry]]) -> bool:
    """'بيان تلقت سانا نسخه منه': the name stands right after a not_source cue, so it received the words and claims
    nothing (not when ل or a verb of telling makes it the hearer of a vague speaker: see recipient)."""
    text = rec.nt.text
    return not glued_l(text, s) and not heard_object(rec, s, blocked) and any(
        b.end <= s.start and not gap_words(text, b.end, s.start) for b in blocked)
