"""Scene helpers for places that hold rather than host the incident: the home area of the people counted ('ثمانيه
اشخاص من ابناء ريف حمص') is where they come from, and a town that holds the two members of a dual list ('في صنعاء,
طالت منطقتي A شمال العاصمه وB') only locates them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .geo.places import heads

PEOPLE = frozenset({"اشخاص", "شخصا", "مدنيين", "مدنيا", "مواطنين", "مواطنا", "شبان", "شابا", "اطفال", "طفلا",
                    "نساء", "رجال", "عمال", "عاملا", "مزارعين", "رعاه", "صيادين", "ركاب", "اشقاء"})
# counted people ('ثمانيه اشخاص', 'تسعه مدنيين'): a 'من ابناء X' after them tells who they are
VICTIMS = frozenset({"مدنيان", "شخصان", "شخصين", "شابان", "شابين", "طفلان", "طفلين", "مواطنان", "الشهيدين",
                     "شهيدين", "الشهداء", "شهداء", "القتيلين", "قتيلين", "القتلي", "قتلي", "عنصرين", "عنصران"})
# the dead or the people named by number or as victims ('"الشهيدين" من ابناء ريف X', 'قتل مدنيان من ريف X')
DEATHS = frozenset({"قتل", "وقتل", "استشهد", "واستشهد", "مقتل", "بمقتل", "استشهاد", "باستشهاد"})
# a death verb or noun right before the victims: 'قتل مدنيان من ريف X' tells where they come from, without 'ابناء'
HOMED = PEOPLE | VICTIMS  # the people a 'من (ابناء) X' after them tells the home of
MAX_DUAL_GAP = 4  # words between a dual list's members: 'منطقتي A شمال العاصمه وB' (a direction of the first)
HOME_HEADS = frozenset({"قري", "مناطق", "بلدات", "مدن", "احياء"})  # 'من ابناء قري ريف X': the head of their home area


def people_home(text: str, p: Any) -> bool:
    """'ثمانيه اشخاص من ابناء ريف حمص الشرقي', '"الشهيدين" من ابناء ريف X': an area (not a town) right after 'من
    ابناء', at most one plural head between, that follows counted people or the victims is their home area, not the
    incident's place; so is one right after 'من' that follows the victims of a death verb ('قتل مدنيان من ريف X')."""
    if p.location.geo_precision < 2 or p.kind in ("site", "locality"):
        return False  # 'شاب من ابناء بلده X' may well be hit at home: only areas are told apart
    before = text[max(0, p.start - 50):p.start]
    cut = max(before.rfind(c) for c in ",.:\n")
    words = [w.strip('"«»') for w in before[cut + 1:].split()]
    if words[-1:] and words[-1] in HOME_HEADS:
        words = words[:-1]
    if len(words) >= 3 and words[-1] == "من" and words[-2] in HOMED and words[-3] in DEATHS:
        return True
    return len(words) >= 3 and words[-2:] == ["من", "ابناء"] and words[-3] in HOMED


def dual_scenes(text: str, cands: list[Any], chosen: list[Any], apart_km: float,
                km: Callable[[Any, Any], float]) -> list[Any]:
    """The chosen places with both members of a dual list ('طالت منطقتي A ... وB', not 'بين بلدتي A وB', a road's
    ends): each member is a scene, and a chosen place within apart_km of a member only locates it, unless the list
    is coordinated with it ('منازل في المدينه وبلدتي A وB': the town too)."""
    duals = _dual_pair(text, cands)
    if not duals:
        return chosen
    joined = text[duals[0].start - 2:duals[0].start] in (" و", "\nو")
    rest = [c for c in chosen if all(c is not d and (joined or km(c, d) > apart_km) for d in duals)]
    return sorted([*duals, *rest], key=lambda q: q.start)


def _dual_pair(text: str, cands: list[Any]) -> list[Any]:
    """The two members of the first dual list among the candidates (the second joined by 'و', maybe after a direction
    of the first: 'بلدتي A شمال B وC'), or none."""
    for k, a in enumerate(cands):
        h = heads().get(text[a.start:a.end].split()[0])
        if h is None or h.number != "du" or text[max(0, a.start - 5):a.start].split()[-1:] == ["بين"]:
            continue
        for b in cands[k + 1:]:
            gap = text[a.end:b.start]
            if gap.split()[-1:] == ["و"] and len(gap.split()) <= MAX_DUAL_GAP and not any(c in gap for c in ".:\n"):
                return [a, b]
    return []
