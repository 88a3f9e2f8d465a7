"""Capital detail: the lead's incident told again at the city that names its province, or at a place inside it.

A report of one incident names the city in its lead ('ضربة بطائرة مسيرة في العاصمة العراقية بغداد') and the
quarter or village it hit in a detail sentence ('استهدفت سيارة في حي X'); or it names the place in the lead and the
city in a detail ('قوة من قيادة عمليات بغداد عثرت على منصة ...'). The detail has no day of its own (it is dated by
the story) and reads the lead's sides and type, but the city's point and the quarter's row lie a few km apart, so
the ordinary merge (two settlements apart are two incidents; only a gazetteer quarter joins its city) keeps two
incidents. When one of the two places is a city that names its province ('بغداد', 'حمص'), the other lies within
DETAIL_KM of it, and the article tells no other incident of that day and type or attacker, the detail joins the
lead at the place that is not the city. Two villages, or a city and a village told beside a third incident of the
kind (a round-up), stay apart.
"""

from __future__ import annotations

from collections.abc import Callable

from .merge_compat import (
    Unit,
    dates_ok,
    items_apart,
    km,
    numbered_apart,
    settlement,
    side,
    sides_ok,
    types_ok,
)
from .records import Location

DETAIL_KM = 25.0  # a quarter or a suburb village of a capital from the city's point


def join_details(units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> list[Unit]:
    """The units with an undated detail of the article's one incident of its kind folded into that incident."""
    placed = [u for u in units if u.place is not None and u.frames]
    if len(placed) < 2:
        return units
    lead = min(placed, key=lambda u: min(f.sent for f in u.frames))
    out = list(units)
    for u in placed:
        if u is lead or u not in out or lead.place is None or not _detail_of(lead, u) or _another(lead, u, out):
            continue
        place = u.place if _names_province(lead.place.location) else lead.place
        absorb(lead, u)
        lead.place = place  # the quarter or village, not the city's point
        out.remove(u)
    return out


def _detail_of(lead: Unit, u: Unit) -> bool:
    """u is an undated body sentence told after the lead, compatible with it, at the lead's city or inside it."""
    if lead.place is None or u.place is None or u.date_from != "narrative":
        return False
    if any(f.heading or f.distinct or f.zone or f.section for f in u.frames):
        return False
    body = [f.sent for f in lead.frames if not f.heading]
    if not body or min(f.sent for f in u.frames) <= min(body):
        return False
    la, lb = lead.place.location, u.place.location
    if la.id == lb.id or la.country_iso3 != lb.country_iso3 or km(la, lb) > DETAIL_KM:
        return False
    if _names_province(la) == _names_province(lb):
        return False  # two villages, or two cities: two incidents
    if numbered_apart(lead, u) or items_apart(lead, u) or any(f is g for f in lead.frames for g in u.frames):
        return False
    return dates_ok(lead, u) and sides_ok(lead, u) and types_ok(lead, u)


def _another(lead: Unit, u: Unit, units: list[Unit]) -> bool:
    """The article tells another incident of u's day and type or attacker besides the lead: a round-up."""
    return any(v is not lead and v is not u and v.place is not None and dates_ok(v, u) and (
        v.sub_event == u.sub_event or side(v.agent) is not None and side(v.agent) == side(u.agent)) for v in units)


def _names_province(loc: Location) -> bool:
    """A city that names its province ('بغداد', 'حمص'): the coarser telling of a quarter or village near it."""
    return settlement(loc) and bool(loc.name_en) and loc.name_en == loc.admin1
