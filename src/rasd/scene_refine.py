"""Scene refinement across sentences: a thin follow-up that names a town inside the area the incident told just
before was placed in ('نفذ عمليه بطايره مسيره في ريف الحسكه الجنوبي' then 'قبل ان يستهدف سيارته قرب بلده مركده')
places that incident more precisely instead of being dropped as too thin to code."""

from __future__ import annotations

from collections.abc import Callable

from .merge_compat import Unit, dates_ok, km, side, types_ok
from .merge_tolls import has_casualties
from .records import Location

AREA_KM = 100.0  # a countryside or province area holds a town of its province this far from its point
AREA_FEATURES = frozenset({"admin1", "admin2", "admin3"})


def refine_thin(units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> None:
    """Fold each thin unit (no side, target, weapon or casualty) of the sentence right after an incident placed in
    a wide area into that incident, when the thin unit's place is a town inside the area: the town is its place."""
    for u in list(units):
        if not _thin(u) or u not in units:
            continue
        first = min(f.sent for f in u.frames)
        before = [m for m in units[:units.index(u)] if m.place is not None
                  and max(f.sent for f in m.frames) == first - 1 and not all(f.heading for f in m.frames)]
        if not before:
            continue
        m, place = before[-1], u.place
        assert m.place is not None and place is not None
        if not (inside(m.place.location, place.location) and dates_ok(m, u) and types_ok(m, u)):
            continue
        absorb(m, u)
        m.place = place
        units.remove(u)


def _thin(u: Unit) -> bool:
    """A placed unit of the body with nothing else to code: no side, target, weapon or casualty; told by a verb or
    an indefinite noun (a definite one, 'الغارات نفذت ... في محيط X', retells and merge._told_before places it)."""
    return (u.place is not None and side(u.agent) is None and u.target is None and not u.weapons
            and not any(f.heading or f.trigger.key.startswith("ال") for f in u.frames)
            and not has_casualties([c for f in u.frames for c in f.claims]))


def inside(area: Location, town: Location) -> bool:
    """A town (or a point near one) that lies in a wide area: the countryside or a side of a town or province
    ('ريف الحسكه الجنوبي'), or a province or district, of the same province and within AREA_KM of its point."""
    wide = "/" in area.id or area.feature in AREA_FEATURES
    finer = town.geo_precision < area.geo_precision or (town.geo_precision == area.geo_precision and "/" in area.id
                                                        and "/" not in town.id)
    return (wide and finer and area.geo_precision >= 2 and town.country_iso3 == area.country_iso3
            and area.admin1 is not None and town.admin1 == area.admin1 and km(area, town) <= AREA_KM)
