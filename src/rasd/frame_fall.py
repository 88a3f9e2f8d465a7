"""Spoken fall verbs: 'الدانات نزلت فينا', 'دانة وقعت جنب الجامع', 'وقعت قذيفة في السوق' report a strike only
when a fired weapon is their subject, right before or right after the verb."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .scene import words

FIRED = frozenset({"artillery", "mortar", "rocket", "missile", "ballistic_missile", "guided_missile", "mlrs"})  # what falls on a place
BEFORE_WORDS = 2  # 'قذائف هاون حوثية نزلت', 'قذيفة تانية وقعت': the weapon and one word of its own
AFTER_WORDS = 1  # 'وقعت قذيفة', 'نزلت عليهم دانة'


def no_fired_subject(rec: Recognized, trig: Match[Entry]) -> str | None:
    """Why a spoken fall verb ('نزلت', 'وقعت') reports nothing: no shell, rocket or missile is its subject
    ('نزلت القوات الى الشارع', 'وقعت الحكومه صفقه صواريخ' has the weapon as an object, two words on)."""
    if trig.payload.id != "fall_spoken":
        return None
    text = rec.nt.text
    for w in rec.near("weapons", max(0, trig.start - 60), trig.end + 40):
        if w.payload.id not in FIRED:
            continue
        if w.end <= trig.start and words(text, w.end, trig.start) <= BEFORE_WORDS - 1:
            return None
        if w.start >= trig.end and words(text, trig.end, w.start) <= AFTER_WORDS:
            return None
    return "a spoken fall verb ('نزلت', 'وقعت') whose subject is no shell, rocket or missile"
