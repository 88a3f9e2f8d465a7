"""Headline retold: a headline and the lead that tell one incident with the same death toll become one unit.

A headline packs the story in one line and places it in its own words ('مقتل شخصين بقصف مسيره قرب X'); the
lead tells it again with the town's district ('قتل شخصان ... قرب ناحيه X التابعه لقضاء Y'). When the two give
the same death toll on close days at compatible (or nearby) places, with attackers that do not contradict each
other, they are one incident; the body's roles and place stand, or a finer place another body sentence of the
headline's unit tells.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .merge_compat import Unit, allies, fineness, km, places_ok, reversed_dyad, side


def unit_toll(u: Unit) -> int | None:
    """The one death toll all of the unit's claims give, or None (none, several, or a frame of several places)."""
    if any(len(f.places) > 1 for f in u.frames):
        return None
    vals = {c.value for f in u.frames for c in f.claims if c.field == "fatalities" and isinstance(c.value, int)}
    return vals.pop() if len(vals) == 1 else None


def _finer_body_place(h: Unit, place: Any) -> Any:
    """The finest place a body sentence of unit h tells when it is finer than `place`, else `place`."""
    told = [p for f in h.frames if not f.heading for p in f.places]
    best = min(told, key=lambda p: fineness(p.location, False), default=None)
    if best is None or place is None or fineness(best.location, False) >= fineness(place.location, False):
        return place
    return best


def join_headline(units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> None:
    """A headline and the lead that tell one incident with the same death toll are one mention, even when they
    place it differently ('مقتل شخصين بقصف مسيره قرب X' over 'قتل شخصان ... قرب ناحيه X التابعه لقضاء Y')."""
    body = [f.sent for u in units if not any(g.heading for g in u.frames) for f in u.frames]
    if not body:
        return
    lead = min(body)  # the first sentence of the body whose incident did not join a headline
    for h in list(units):
        if h not in units or not any(f.heading for f in h.frames):
            continue
        toll = unit_toll(h)
        if not toll:
            continue
        for u in units:
            if u is h or any(f.heading for f in u.frames) or not any(f.sent == lead for f in u.frames):
                continue
            if unit_toll(u) != toll or any(f.distinct for f in u.frames) or h.place is None or u.place is None:
                continue
            days = abs((h.day - u.day).days) if h.day and u.day else 0
            if days > (0 if h.date_from == u.date_from == "text" else 3):  # a guessed date may be days off
                continue
            if not (places_ok(h, u) or km(h.place.location, u.place.location) <= 75) or not _agents_agree(h, u):
                continue
            at = min(units.index(h), units.index(u))
            place = _finer_body_place(h, u.place)  # a body sentence joined to the headline may tell it finer
            absorb(u, h)  # the body's roles and place first: a headline packs two stories in one line
            u.place = place
            units.remove(h)
            units.remove(u)
            units.insert(at, u)
            break


def _agents_agree(a: Unit, b: Unit) -> bool:
    """No contradiction between the two attackers' known sides, nor a reversed dyad."""
    aa, ba = side(a.agent), side(b.agent)
    if aa and ba and not allies(aa, ba):
        return False
    return not reversed_dyad(a, b)
