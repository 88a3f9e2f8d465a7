"""Whose time a date is: the telling's ('اعلن الجيش, اليوم, ...') or a cause's ('ردا علي اعتداء ... ليل امس'), not
the incident's.

A time expression near a trigger may date something else the sentence tells: the day a
speaker spoke, or the incident an attack answers. `choose_time` (scene) passes over such
dates when the clause has another, and the frame builder reads them with these tests.
"""

from __future__ import annotations

from typing import Any

from .frame_zones import zones
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .roles import COMPLEMENTIZER
from .roles import words_between as words

CAUSE_ZONES = ("ردا علي", "في رد علي", "رد علي", "انتقاما", "ثارا")  # an answer's cause, not an earlier time anchor
# ('بعد اسبوع من مجزره ... في العشرين من شباط، حين قصفت': the incident referred to is the one told next)


def reporting_time(rec: Recognized, t: Any, trig: Match[Entry]) -> bool:
    """'كشف مصدر امني, صباح اليوم, تفاصيل الهجوم': a date right after a speech verb dates the telling."""
    if t.start > trig.start:
        return False
    memo = rec.cache("reporting_time")
    got = memo.get(id(t))
    if got is None:
        text = rec.nt.text
        got = memo[id(t)] = any(
            c.end <= t.start and words(text, c.end, t.start) <= 6
            and not any(c.end <= g.start < t.start for g in rec.near("triggers", c.end, t.start))
            and not COMPLEMENTIZER.search(text, c.end, t.start)
            for c in rec.cues_of("attribution", t.start - 80, t.start))
    return got


def cause_time(rec: Recognized, t: Any, trig: Match[Entry]) -> bool:
    """'استهدفوا تجمعا لجنود العدو ..., ردا علي اعتداء العدو علي بلده X ليل امس': a date inside the cause an attack
    answers dates that cause, never the answer told outside it."""
    zone = _cause_zone(rec, t.start)
    return zone is not None and not zone[0] <= trig.start < zone[1]


def _cause_zone(rec: Recognized, pos: int) -> tuple[int, int] | None:
    """The span of the retaliation cause ('ردا علي ...', 'انتقاما ل...') that holds pos, if any."""
    sent = rec.sentence_at(pos)
    if sent is None:
        return None
    text = rec.nt.text
    for c in sent.clauses:
        if c[0] <= pos < c[1]:
            for z, is_zone in zones(rec, c):
                if is_zone and z[0] <= pos < z[1] and text[z[0]:z[1]].lstrip(" ,\"").startswith(CAUSE_ZONES):
                    return z
    return None
