"""Scene of a fired weapon whose sentence tells both where it was aimed and where it came down: 'كانت موجهه نحو
قاعده X الا انها سقطت قرب ناحيه Y', 'اطلقت باتجاه منطقه X ..., فيما سقط احدها في بلده Y'. The aimed-at place is
the target's, the told landing place is the incident's (the launch origin is scene.launch_origin's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .recognize import Recognized
from .scene_clauses import impact

TOWARD = frozenset({"باتجاه", "نحو", "صوب", "تجاه", "اتجاه"})  # 'موجهه نحو X', 'اطلقت باتجاه X'
HEADS = frozenset({"منطقه", "قاعده", "مدينه", "بلده", "قريه", "مستوطنه", "مستعمره", "مطار", "ميناء", "معسكر",
                   "موقع", "ثكنه", "مواقع", "اهداف", "هدف", "محافظه", "مخيم"})  # 'باتجاه منطقه كرمييل'


def aimed_at(text: str, p: Any) -> bool:
    """A place right after a direction word ('نحو قاعده عين الاسد', 'باتجاه منطقه X'), at most one head noun
    between: where the weapon was aimed, which a told landing place outranks."""
    words = [w.strip('"«»(') for w in text[max(0, p.start - 40):p.start].split()][-3:]
    if words[-1:] and words[-1] in HEADS:
        words = words[:-1]
    return bool(words) and words[-1] in TOWARD and words[-2:-1] != ["من"]  # not 'من اتجاه X' (a launch side)


def landing_over_aim(rec: Recognized, cands: list[Any], candidate: Callable[[Any], bool]) -> list[Any] | None:
    """The clause's places from the landing place on when a place later in the sentence is where the weapon came
    down ('مصدر في X: ... نحو مطار X الا انها سقطت في بساتين قرب ناحيه جبه': not the aim, nor a teller's seat
    before it); that landing place alone when the clause holds none of them."""
    aims = [p for p in cands if aimed_at(rec.nt.text, p)]
    if not aims:
        return None
    sent = rec.sentence_at(aims[0].start)
    if sent is None:
        return None
    text = rec.nt.text
    landed = [q for q in rec.near("places", aims[0].end, sent.end)
              if q.start >= aims[0].end and q.end <= sent.end and all(q is not a for a in aims)
              and not aimed_at(text, q) and candidate(q) and impact(text, aims[0].end, q)]
    if not landed:
        return None
    rest = [p for p in cands if p.start >= landed[0].start and all(p is not a for a in aims)]
    return rest if any(any(q is p for p in rest) for q in landed) else [landed[0]]
