"""Frame triggers that name no incident: a word of a place's name after its head ('بلده معركه'), and the attacks a
retaliation answers when a relative clause tells them as a standing series ('ردا علي الهجمات التي تستهدف X')."""

from __future__ import annotations

from .geo.places import heads
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .scene import words

ANSWERED = frozenset({"هجمات", "اعتداءات", "ضربات", "غارات", "عمليات", "استهدافات"})  # a series' plurals
RELATIVE = "التي"  # 'الهجمات التي تستهدف/استهدفت/تتعرض لها قواتها': what keeps being done to the party
QUALIFIERS = 2  # 'الهجمات المتكرره الاخيره التي ...': adjectives between the plural and its relative clause
RETAL_GAP = 0  # 'ردا علي الهجمات': the cause's noun stands right after the retaliation cue


def place_named(rec: Recognized, trig: Match[Entry]) -> str | None:
    """'شيعت بلده معركه ابنها': a trigger word inside a recognised place whose span opens with a place head noun
    (بلده, قريه, مدينه, حي, منطقه ...) is part of the town's name, not an incident."""
    text = rec.nt.text
    for p in rec.near("places", trig.start - 60, trig.start + 1):
        if p.start < trig.start and trig.end <= p.end:
            first = text[p.start:trig.start].split()[:1]
            head = heads().get(first[0].removeprefix("ال")) if first else None
            if head is not None and head.role == "head":
                return f"part of a place's name ('{text[p.start:p.end]}'), not an incident"
    return None


def answered_series(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> str | None:
    """'نفذت ضربه ردا علي الهجمات التي تستهدف قواتها': a plural attack noun that a retaliation cue governs and a
    relative clause describes is the standing series the strike answers, no incident of its own (and lends no
    target); a singular cause ('ردا علي الهجوم الذي استهدف ...') stays an incident."""
    if trig.key.removeprefix("ال").split()[0] not in ANSWERED or trig.payload.get("pos") == "verb":
        return None
    text = rec.nt.text
    if not any(c.end <= trig.start and c.key.endswith("علي") and words(text, c.end, trig.start) <= RETAL_GAP
               for c in rec.cues_of("retaliation", clause[0], trig.start)):
        return None
    after = text[trig.end:clause[1]].split()[:QUALIFIERS + 1]
    if RELATIVE not in after or not all(w.startswith("ال") for w in after[:after.index(RELATIVE)]):
        return None
    return "background: the attacks a retaliation answers ('ردا علي الهجمات التي تستهدف X'), a series, no incident"
