"""Raids: the force whose raid a clash broke out in leads the clash.

'اندلعت مواجهات واشتباكات مسلحه خلال اقتحام قوات الاحتلال بلده X', 'اقتحمت قوات الاحتلال بلده X، واندلعت
اشتباكات مع المقاومين': the clash names no attacker (or reads the raiding force as the one met), but the force
named right after the raid word of its sentence came in and is the clash's first party, as ACLED codes a raid.
"""

from __future__ import annotations

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

RAID = guard(r"(?<!\S)(?:[وفب]|لل|ل)?(?:ال)?(?:اقتحام|اقتحامات|اقتحمت|اقتحم|اقتحموا|توغل|توغلت)(?=\s)")
NO_LEADER_SIDES = frozenset({"CIVILIANS", "UNKNOWN"})


def raid_leader(rec: Recognized, trig: Match[Entry]) -> Match[Entry] | None:
    """The force named right after a raid word in the clash trigger's sentence ('اقتحام قوات X', 'اقتحمت قوات X'),
    or None."""
    sent = rec.sentence_at(trig.start)
    if sent is None:
        return None
    text = rec.nt.text
    for r in RAID.finditer(text, sent.start, sent.end):
        after = r.end() + len(text[r.end():sent.end]) - len(text[r.end():sent.end].lstrip())
        m = next((a for a in rec.near("actors", after, after + 1) if a.start == after), None)
        if m is not None and m.payload.get("kind") == "force" and m.payload.get("side") not in NO_LEADER_SIDES:
            return m
    return None
