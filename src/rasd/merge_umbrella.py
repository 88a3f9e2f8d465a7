"""Umbrella: a strike told with its places counted, not named, joins the first item the next sentences name.

'شنت طايرات غارات علي مواقع في منطقتين بريف X' then 'الغاره الاولي استهدفت ... في قريه Y, في حين طالت غارتان
اخريان محيط Z': the lead counts the places and the sentences after it name them; the lead, placed only in the wide
area around them, is no incident of its own (ACLED codes the items). It joins the first item told within
UMBRELLA_SPAN sentences after it, of its type, day and sides, at a finer place in its area; the items stay apart.
"""

from __future__ import annotations

from collections.abc import Callable

from .frame import Frame
from .merge_compat import Unit, dates_ok, km, sides_ok
from .recognize import Recognized

UMBRELLA_SPAN = 3  # sentences after the count in which its items are named
AREA_KM = 150  # an item this far from the counted area's point lies in another province's story


def join_umbrellas(rec: Recognized, units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> list[Unit]:
    """The units with each counted-places umbrella folded into the first item named after it."""
    out = list(units)
    for u in list(out):
        count = _count_frame(rec, u)
        if count is None or u.place is None or all(p.location.id != u.place.location.id for p in count.places):
            continue  # a count already joined to an item it names keeps that item's place
        item = next((m for m in out if m is not u and _item_of(m, u, count)), None)
        if item is not None:
            place = item.place
            absorb(item, u)
            item.place = place  # the item's own place, never the area the count names
            out.remove(u)
    return out


def _count_frame(rec: Recognized, u: Unit) -> Frame | None:
    """The body frame of u whose clause counts its places after the trigger ('غارات علي مواقع في منطقتين')."""
    for f in u.frames:
        if not f.heading and rec.cues_of("umbrella", f.trigger.end, f.clause[1]):
            return f
    return None


def _item_of(m: Unit, u: Unit, count: Frame) -> bool:
    """m names one of the counted places: told in the sentences after the count, same type, day and sides, at a
    finer place in the counted area."""
    body = [f.sent for f in m.frames if not f.heading]
    if not body or not count.sent < min(body) <= count.sent + UMBRELLA_SPAN or m.place is None or u.place is None:
        return False
    here, area = m.place.location, u.place.location
    if here.geo_precision >= area.geo_precision and here.id != area.id:
        return False
    same_area = here.country_iso3 == area.country_iso3 and (
        area.admin1 is None or here.admin1 == area.admin1 or km(here, area) <= AREA_KM)
    return same_area and m.sub_event == u.sub_event and dates_ok(m, u) and sides_ok(m, u)
