"""Explicit context phrases: which unit qualifies which ("حسرات بريف البوكمال", "باديه السخنه شرقي حمص"),
and how well a candidate agrees with the place such a phrase names (distance, admin unit, direction)."""

from __future__ import annotations

import math
from typing import NamedTuple

from .gazetteer import Gazetteer, Place
from .places import Unit
from .quarters import QUARTER as QUARTER  # the place feature and the head kind of a town's quarter
from .quarters import reach_km
from .refs import Choice, admin1_of_capital, km_to, point

NEAR_KM = 40.0
DIRECTION_KM, DIRECTION_DEG = 250.0, 50.0  # "X شرقي Y": X may lie this far from Y, within this angle of east
IN_TOWN = 4.0  # agreement of a place within 15 km of its context, or in the same admin unit
DIRECTION_AGREES = 3.5  # as a place within NEAR_KM of the context
IN_BEARING = 6.0  # a place within NEAR_KM of a town the way its phrase says: firmer than one merely within 15 km
NOT_IN_TOWN = -6.0  # a quarter's namesake outside the town its phrase names: refused
VILLAGE_QUARTER_KM = 8.0  # a village read as a quarter of a town under BIG_CITY lies this near the town's point
BIG_CITY = 500_000  # a city this large spreads out to IN_TOWN's 15 km (Shambat, Khartoum North)
QUARTER_REACH_KM = 30.0  # a quarter named without its head lies this near the town or unit of its context
SEA_KM = 300.0  # "جزر حنيش في جنوب البحر الاحمر": an island or a port lies this far from a sea's one point
# a country context that also stands for another: "مستوطنه سنير شمالي فلسطين المحتله" (Arab news call Israel
# occupied Palestine; 24 dev docs in 17 sets say "فلسطين المحتله")
ALSO_COUNTRY = {"PSE": frozenset({"PSE", "ISR"})}
PROVINCE_HEADS = frozenset({"منطقه", "محافظه", "ولايه", "اقليم"})  # a capital's name under these may be its province


def explicit_score(gz: Gazetteer, p: Place, ctx: Place, area: bool = False, bearing: int | None = None) -> float:
    """Agreement between a candidate and the place its phrase names as context (بريف X, في X);
    area: the context is a countryside or desert (ريف X, باديه X), so X's governorate counts;
    bearing: the context is a direction from X (شرقي X), so a place far out that way agrees."""
    target = explicit_target(gz, ctx, area)
    return agreement(p, target, point(gz, target), area, bearing)


def explicit_target(gz: Gazetteer, ctx: Place, area: bool) -> Place:
    """The place a context phrase stands for: a governorate for the countryside of its capital or a direction
    from it ("البوكمال والميادين شرقي دير الزور": the east of the province, not only of the city)."""
    if area and ctx.kind == "locality" and ctx.rank >= 4:
        gov = _admin1_index(gz, ctx)
        if gov is not None:
            return gz.places[gov]
    return ctx


def agreement(p: Place, ctx: Place, pt: tuple[float, float], area: bool, bearing: int | None = None) -> float:
    """explicit_score with the context's target and point worked out once per phrase."""
    e = _agreement(p, ctx, pt, area)
    if bearing is None or e >= IN_BEARING or ctx.kind == "country" or not towards(pt, p, bearing):
        return e
    if ctx.kind == "locality" and km_to(p.lat, p.lon, pt) <= NEAR_KM:
        return IN_BEARING  # "بلده العطاره جنوب غرب جنين": the namesake 20 km that way, not the larger one 52 km out
    return max(e, DIRECTION_AGREES)  # "باديه السخنه شرقي حمص": 180 km out in the desert, east of Homs


def towards(pt: tuple[float, float], p: Place, bearing: int) -> bool:
    """Whether a place lies within DIRECTION_KM of a point, roughly (DIRECTION_DEG) in the bearing's direction."""
    dy = p.lat - pt[0]
    dx = (p.lon - pt[1]) * math.cos(math.radians((p.lat + pt[0]) / 2))
    if 111.2 * math.hypot(dx, dy) > DIRECTION_KM or (dx == 0 and dy == 0):
        return False
    off = abs((math.degrees(math.atan2(dx, dy)) - bearing + 180) % 360 - 180)
    return off <= DIRECTION_DEG


def _agreement(p: Place, ctx: Place, pt: tuple[float, float], area: bool) -> float:
    """agreement() by distance and admin unit alone."""
    if ctx.kind == "country":
        return 3.0 if p.iso3 == ctx.iso3 or p.iso3 in ALSO_COUNTRY.get(ctx.iso3, ()) else -6.0
    if ctx.kind == "admin1":
        if p.iso3 == ctx.iso3 and p.admin1 == ctx.admin1:
            return 4.0
        return 1.5 if km_to(p.lat, p.lon, pt) <= 60 else -5.0
    if ctx.kind == "admin2" and p.iso3 == ctx.iso3 and p.admin2 == ctx.admin2:
        return 5.0
    d = km_to(p.lat, p.lon, pt)
    if ctx.kind == "region" and ctx.rank >= 5:  # a sea (rank 5 region): one point stands for its whole length
        return DIRECTION_AGREES if d <= SEA_KM else -6.0
    if d <= 15:
        return 5.0
    if d <= NEAR_KM or (area and d <= 60):
        return 3.5
    if d <= 80 or (area and d <= 120):
        return 1.0
    return -6.0


def quarter_fit(e: float, feature: str | None, p: Place, target: Place, target_pt: tuple[float, float]) -> float:
    """A town's quarter lies in the town its phrase names: the explicit agreement e, or a namesake's penalty.

    Under a quarter head ("حي الهلاليه بمدينه قامشلو") the quarter lies in the town (IN_TOWN; a quarter row within
    the town's reach_km, the breadth of a city of millions: "حي المشتل ببغداد", 18 km from its point), and a village read
    as one within VILLAGE_QUARTER_KM of a town that is no big city ("حي الروضه السكني وسط مدينه مارب" is no village
    14 km out); a quarter named without the head lies in the governorate of its context, within QUARTER_REACH_KM
    ("البلده القديمه في نابلس" is not Jerusalem's, 49 km off; "منطقه المشتل ببغداد" is Baghdad's, 18 km out).
    """
    d = km_to(p.lat, p.lon, target_pt)
    if feature != QUARTER:
        agrees = e >= IN_TOWN or (p.iso3 == target.iso3 and p.admin1 == target.admin1 and d <= QUARTER_REACH_KM)
    elif QUARTER in p.features and target.kind == "locality" and p.iso3 == target.iso3 and d <= reach_km(target):
        return max(e, IN_TOWN)  # "حي المشتل شرقي بغداد": a quarter row within a big city's breadth lies in it
    else:
        agrees = e >= IN_TOWN and not (QUARTER not in p.features and target.kind == "locality"
                                       and target.pop < BIG_CITY and d > VILLAGE_QUARTER_KM)
    return e if agrees else NOT_IN_TOWN


def _admin1_index(gz: Gazetteer, capital: Place) -> int | None:
    """The governorate whose capital this locality is, if any."""
    return admin1_of_capital(gz).get(capital.id)


class Explicit(NamedTuple):
    """The place a unit's context phrase names, whether it is an area (ريف X), a direction's bearing (شرقي X), and
    whether it may name a province: a bare name or a province word ("بجيزان", "بمنطقه جازان"), no town head."""

    place: Place
    area: bool
    bearing: int | None
    province: bool = False


def province_fit(gz: Gazetteer, e: float, feature: str | None, p: Place, ex: Explicit) -> float:
    """A town of the province whose capital a context phrase names bare ("منطقه الشقيق بجيزان": the Jizan region,
    not the city 100 km off) agrees as a place of that province (IN_TOWN); a quarter and a village keep e."""
    if e >= IN_TOWN or not ex.province or ex.bearing is not None or feature == QUARTER or p.rank < 2:
        return e
    ctx = ex.place
    gov = _admin1_index(gz, ctx) if ctx.kind == "locality" else None
    if gov is None or gz.places[gov].iso3 != p.iso3 or gz.places[gov].admin1 != p.admin1:
        return e
    return IN_TOWN


def context_units(units: list[Unit]) -> dict[int, list[int]]:
    """Unit index -> the context phrases that qualify it or its list."""
    members: dict[int, list[int]] = {}
    for i, v in enumerate(units):
        if v.list_first is not None:
            members.setdefault(v.list_first, []).append(i)
    out: dict[int, list[int]] = {}
    for j, u in enumerate(units):
        if u.context_of is None:
            continue
        t = u.context_of
        lf = units[t].list_first
        first = lf if lf is not None else t
        for i in {t, first, *members.get(first, ())}:
            out.setdefault(i, []).append(j)
    return out


def _explicit(units: list[Unit], ctx_units: list[int], chosen: dict[int, Choice]) -> Explicit | None:
    """The accepted place of the first accepted context phrase, whether it names an area (ريف X), and the
    bearing of a direction from it (شرقي X)."""
    for j in ctx_units:
        c = chosen.get(j)
        if c is not None and c.accepted:
            d = units[j].desc
            bearing = d.bearing if d is not None and d.code.endswith("_of") else None
            head = units[j].head
            province = head is None or head.key in PROVINCE_HEADS
            return Explicit(c.place, d is not None and d.code in ("rif", "badiya"), bearing, province)
    return None
