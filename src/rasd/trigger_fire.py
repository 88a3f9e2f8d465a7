"""Trigger fire: 'اطلق' with its subject before 'النار علي X' is the shooting 'اطلقوا النار علي X', told verb first.

Arabic puts the subject between the verb and its object: 'اطلق مسلحون مجهولون يستقلون دراجه ناريه النار علي
شاب', 'اطلق جنود الاحتلال المتمركزون علي الحاجز النار علي ...'. The lexicon's shooting phrase ('اطلق النار') only
matches the verb and 'النار' side by side, so these tellings met the launch verb alone, a weak trigger that needs a
weapon word. Read as the shooting, the same incident gets the same answer however its sentence is ordered."""

from __future__ import annotations

from functools import cache

from .lexicon import load_table
from .matcher import Match
from .resources import Entry, row_entry

LAUNCH_ID = "launch_v"  # the launch verb the subject splits from its object ('اطلق*')
SHOOT_ID = "shoot"  # the shooting row whose 'اطلق النار' the split telling is
FIRE = "النار"
AT = frozenset({"علي", "عليه", "عليها", "عليهم", "عليهما", "باتجاه", "صوب", "نحو"})  # 'النار علي X', 'النار عليه'
SUBJECT_WORDS = 9  # words of the subject between the verb and 'النار' ('مسلحون مجهولون يستقلون سياره من دون لوحات')
STOPS = (".", "!", "?", ":", "\n")  # a subject does not run across the end of a sentence or a line


def split_fire(text: str, triggers: tuple[Match[Entry], ...]) -> tuple[Match[Entry], ...]:
    """The triggers, each launch verb whose subject stands before 'النار علي' read as the shooting row."""
    if not any(t.payload.id == LAUNCH_ID for t in triggers):
        return triggers
    return tuple(t._replace(payload=_shoot()) if t.payload.id == LAUNCH_ID and _fire_after(text, t.end) else t
                 for t in triggers)


def shot_end(text: str, trig: Match[Entry]) -> int:
    """Where the shooting phrase of a trigger ends: after 'النار' for a telling split by its subject, else at its end
    (what a shooting's result is counted from, as for 'اطلقوا النار')."""
    if trig.payload.id != SHOOT_ID or " " in trig.key or not trig.key.startswith(("اطلق", "يطلق", "تطلق")):
        return trig.end
    return _fire_after(text, trig.end) or trig.end


def _fire_after(text: str, end: int) -> int:
    """The end of 'النار' followed by 'علي/باتجاه/صوب' within SUBJECT_WORDS words after the verb, with at least one
    word of subject between them, in the same sentence; 0 when there is none."""
    while end < len(text) and not text[end].isspace():
        end += 1  # 'اطلق*' matches the stem: the verb's own ending ('اطلقت', 'اطلقا') is no subject
    ahead = text[end:end + 160]
    cut = min((i for i in (ahead.find(s) for s in STOPS) if i != -1), default=len(ahead))
    pos, ws = 0, []
    for w in ahead[:cut].split()[:SUBJECT_WORDS + 2]:
        pos = ahead.index(w, pos) + len(w)
        ws.append((w, pos))
    at = next((i for i, (w, _) in enumerate(ws[:SUBJECT_WORDS + 1]) if w == FIRE), None)
    if at is None or at == 0 or at + 1 >= len(ws) or ws[at + 1][0] not in AT:
        return 0
    return end + ws[at][1]


@cache
def _shoot() -> Entry:
    """The shooting row of the trigger lexicon as the matchers carry it."""
    return next(row_entry("triggers", r) for r in load_table("triggers").rows if r.get("id") == SHOOT_ID)
