"""Locations for resolved place phrases: descriptors, province readings, context flags, original spans."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from ..fuse_keys import km as great_circle
from ..normalize import NormText
from ..records import Location
from .distances import stated_after, stated_km
from .gazetteer import Gazetteer, Place
from .places import Descriptor, Unit

Point = tuple[float, float]
VILLAGE_RANK, VILLAGE_OFFSET_KM = 2, 3  # a direction from a village or a place of unknown size moves its point 3 km
TOWN_RANK, TOWN_OFFSET_KM = 3, 5  # a direction from a town under 100,000 (rank <= 3) moves its point 5 km
QUARTER_OFFSET_KM = 2  # the direction of a quarter named before it ('حي البرازيل شرقي رفح') moves the town's point 2 km
QUARTER_HEADS = frozenset({"حي", "وحي", "بحي", "فحي", "حاره", "وحاره", "بحاره"})
# a quarter's head, or the plural of quarters: 'احياء الفتيحاب جنوبي امدرمان' are the town's southern quarters
TOWN_PARTS = QUARTER_HEADS | frozenset({"احياء", "باحياء", "واحياء", "فاحياء"})
AREA_HEADS = frozenset({"منطقه", "بمنطقه", "ومنطقه", "مديريه", "بمديريه", "ومديريه"})
# a dam, a bridge, a roundabout or a junction named before a direction from a city ('لسده X غربي مدينه الرمادي'):
# a structure of the city's edge the gazetteer lacks, at an area's offset
STRUCTURES = frozenset(p + w for w in ("سد", "سده", "جسر", "دوار", "مفرق", "تقاطع") for p in ("", "و", "ب", "ل"))
AREA_OFFSET_KM = 5  # 'منطقه ميراج شمال رفح', 'مديريه هيليوا شمالي العاصمه مقديشو': a named area or district the
# gazetteer lacks, told by its direction from a city, lies at the city's edge, not a large city's full offset out

@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceRef:
    """One place reference in an article, resolved; start/end are normalized-text offsets."""

    start: int
    end: int
    location: Location
    kind: str  # site | locality | admin2 | admin1 | region | country
    descriptor: str | None
    note: str | None = None  # how the place was found when not by its Arabic name (translit.py)


def ref_km(p: PlaceRef, q: PlaceRef) -> float:
    """Great-circle distance between two place references' points, in km."""
    a, b = p.location, q.location
    return great_circle(a.lat, a.lon, b.lat, b.lon)


class Choice(NamedTuple):
    """The place chosen for a unit, with its score and whether the unit is a place at all (a NamedTuple: made
    by the hundred per article)."""

    place: Place
    flag: int
    score: float
    accepted: bool
    supported: bool  # explicit context, head or descriptor backs it


def km(a: Place | tuple[float, float], b: Place | tuple[float, float]) -> float:
    """Approximate distance in km (equirectangular; fine under a few hundred km)."""
    la, lo = (a.lat, a.lon) if isinstance(a, Place) else a
    lb, lob = (b.lat, b.lon) if isinstance(b, Place) else b
    x = (lob - lo) * math.cos(math.radians((la + lb) / 2))
    return 111.2 * math.hypot(la - lb, x)


def km_to(la: float, lo: float, pt: Point) -> float:
    """km from (la, lo) to a point, without km()'s type tests (the same arithmetic)."""
    lb, lob = pt
    return 111.2 * math.hypot(la - lb, (lob - lo) * math.cos(math.radians((la + lb) / 2)))


def offset(lat: float, lon: float, bearing: float, dist_km: float) -> tuple[float, float]:
    """The point dist_km from (lat, lon) along bearing degrees clockwise from north."""
    b = math.radians(bearing)
    dlat = dist_km * math.cos(b) / 111.2
    dlon = dist_km * math.sin(b) / (111.2 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def point(gz: Gazetteer, place: Place) -> tuple[float, float]:
    """Where a place is: the capital for admin units, else its own coordinates."""
    if place.cap and place.kind in ("admin1", "admin2"):
        i = gz.by_id.get(place.cap)  # gz.get without its split: a capital's id is a plain id
        cap = gz.places[i] if i is not None else gz.get(place.cap)
        if cap is not None:
            return cap.lat, cap.lon
    return place.lat, place.lon


@cache
def admin1_of_capital(gz: Gazetteer) -> dict[str, int]:
    """Capital id -> index of the admin1 it is the capital of (the first by id: Damascus, not Rif Dimashq)."""
    out: dict[str, int] = {}
    for i, p in enumerate(gz.places):
        if p.kind == "admin1" and p.cap:
            out.setdefault(p.cap, i)
    return out


DIRECTION_WORDS = {0: "north", 45: "northeast", 90: "east", 135: "southeast", 180: "south", 225: "southwest",
                   270: "west", 315: "northwest"}


def _province_reading(gz: Gazetteer, units: list[Unit], i: int, p: Place, text: str) -> Place | None:
    """For a bare governorate-capital name, the governorate when the article speaks of the province."""
    u = units[i]
    if (u.head is not None or u.desc is not None or u.direction is not None or p.kind != "locality"
            or p.id not in admin1_of_capital(gz)):
        return None
    admin1 = next((gz.places[k] for k, _ in u.refs if gz.places[k].kind == "admin1"
                   and gz.places[k].cap == p.id), None)
    if admin1 is None:
        return None
    as_context = u.context_of is not None and units[u.context_of].context_of is None
    rif = f"ريف {u.key}"
    if as_context or f"محافظه {u.key}" in text or (rif in text and rif not in gz.names):
        return admin1  # ريف دمشق is a governorate of its own, not the countryside of Damascus
    if any(v.key == u.key and v.head is not None and v.head.key.startswith("محافظ") for v in units):
        return admin1  # 'في محافظتي صعده وعمران' elsewhere: a dual or plural head (or one inherited) names it too
    return None


def _base_place(gz: Gazetteer, units: list[Unit], i: int, p: Place, text: str) -> Place:
    """Admin units named after their capital resolve to the capital unless the head says otherwise."""
    kind = p.kind
    if kind == "locality":
        return _province_reading(gz, units, i, p, text) or _seat(gz, units[i], p) or p
    if kind in ("admin1", "admin2") and p.cap and units[i].feature in (None, "city", "locality", "area"):
        cap_i = gz.by_id.get(p.cap)
        if cap_i is not None and any(k == cap_i for k, _ in units[i].refs):
            cap = gz.places[cap_i]  # the capital carries the same name: دير الزور the city, unless the article
            return _province_reading(gz, units, i, cap, text) or cap  # speaks of the province
    return p  # (the province reading is for localities only)


def _seat(gz: Gazetteer, u: Unit, p: Place) -> Place | None:
    """The town a sub-district (admin3) is named after, also when the phrase says "ناحيه".

    A sub-district's centroid can lie tens of km from its seat in the desert ("باديه عقيربات", "صحراء ناحيه
    النخيب": 48 km); the ACLED way codes the town (the same name in the same district).
    """
    if "admin3" not in p.features:
        return None
    for k, _ in u.refs:
        q = gz.places[k]
        if (q.kind == "locality" and "admin3" not in q.features and q.iso3 == p.iso3 and q.admin1 == p.admin1
                and q.admin2 == p.admin2):
            return q
    return None


def _descriptor_code(u: Unit) -> str | None:
    """rif, rif_east, badiya, east_of, near, ... for the unit's descriptors."""
    d = u.desc
    if d is None:
        return None
    if d.code in ("rif", "badiya") and u.direction is not None:
        return f"{d.code}_{u.direction.code}"
    return d.code


def _region(gz: Gazetteer, p: Place, d: Descriptor) -> tuple[float, float, str] | None:
    """Reference point for "east of <country>": the curated region, else the country's bounding box."""
    direction = DIRECTION_WORDS.get(d.bearing or 0, "")
    r = gz.regions.get((p.iso3, direction))
    if r is not None:
        return r.lat, r.lon, r.name_en
    if p.bbox is None or d.bearing is None:
        return None
    lat0, lon0, lat1, lon1 = p.bbox
    b = math.radians(d.bearing)
    lat = (lat0 + lat1) / 2 + math.cos(b) * (lat1 - lat0) / 4
    lon = (lon0 + lon1) / 2 + math.sin(b) * (lon1 - lon0) / 4
    return lat, lon, f"{direction} {p.name_en}"


def locate_units(nt: NormText, gz: Gazetteer, units: list[Unit], chosen: dict[int, Choice]) -> list[PlaceRef]:
    """PlaceRefs for every accepted unit, with Locations pointing into the original text."""
    out: list[PlaceRef] = []
    accepted = {i for i, c in chosen.items() if c.accepted}
    precision_of: dict[int, int] = {}
    stand_in: dict[int, int] = {}  # an unknown place's first accepted context -> its precision
    for i in sorted(accepted):
        u = units[i]
        t = u.context_of
        if t is not None and t in accepted and chosen[t].place.id == chosen[i].place.id:
            continue  # "عين العرب (كوباني)": the same place named twice, not a context
        base = _base_place(gz, units, i, chosen[i].place, nt.text)
        code = _descriptor_code(u)
        lat, lon = point(gz, base)
        precision, kind, flagged = base.precision, base.kind, None
        name_en = base.name_en
        if base.kind == "country":
            flagged = "country_only"
            if u.desc is not None and u.desc.bearing is not None:
                reg = _region(gz, base, u.desc)
                if reg is not None:
                    lat, lon, name_en = reg
                    kind, flagged = "region", "region"
        elif code is not None:
            assert u.desc is not None
            bearing = u.direction.bearing if u.direction is not None else u.desc.bearing
            dist: float = (u.direction or u.desc).offset_km if bearing is not None else 0.0
            stated = (stated_km(nt.text, u.start) or stated_after(nt.text, u.end)) if code.endswith("_of") else None
            if stated is not None:
                dist = stated  # 'علي بعد 25 ميلا بحريا غربي ميناء ميدي': the distance the text gives
            elif code.endswith("_of") and base.kind == "locality" and _after_quarter(nt.text, u.start, TOWN_PARTS):
                dist = min(dist, QUARTER_OFFSET_KM)  # 'حي البرازيل شرقي رفح': a quarter of the town, inside it
            elif code.endswith("_of") and base.kind == "locality" and _after_quarter(nt.text, u.start, AREA_HEADS
                                                                                 | STRUCTURES):
                dist = min(dist, AREA_OFFSET_KM)  # 6 dev/xb docs of 5 sets (tb_, ob_, ub_, wa_, xb_)
            elif code.endswith("_of") and base.kind == "locality" and base.rank <= TOWN_RANK:
                dist = min(dist, TOWN_OFFSET_KM)  # 'شرق بلده بني سهيلا': just outside a town, not 20 km out
            if stated is None and code.endswith("_of") and base.kind == "locality" and base.rank <= VILLAGE_RANK:
                dist = min(dist, VILLAGE_OFFSET_KM)  # 'منطقه ... شرق قريه ...': the village's own lands
            if bearing is not None and dist:
                lat, lon = offset(lat, lon, bearing, dist)
            if not (u.feature == "neighbourhood" and code in ("near", "outskirts", "surroundings")):
                precision = max(precision, u.desc.precision)  # 'محيط حي شمبات' is still in the town: precision 1
            if code.startswith(("rif", "badiya", "bank")) or code.endswith("_of"):
                kind = "region"
                name_en = _area_name(code, base.name_en)
            if code.startswith("bank"):
                flagged = "region"  # a side of a river reach: a wide area
        elif base.kind == "region":
            flagged = "region" if base.precision >= 3 else None
        t_prec = 9 if t is None else precision_of.get(t, stand_in.get(t, 9))
        if precision >= t_prec:  # "دير الزور قرب الشولا": a nearer place is no context of a wider one
            flagged = "context"
            if base.kind in ("locality", "admin1", "admin2") and kind != "site":
                kind = _admin_kind(gz, base)
        elif t is not None and t not in accepted:
            stand_in.setdefault(t, precision)  # "ميناء راس عيسي في مديريه الصليف شمال مدينه الحديده": the port
            # unknown, the district stands for it, and the direction from the city is the district's context
        precision_of[i] = precision
        loc_id = base.id if code is None or code in ("near", "outskirts", "surroundings") else f"{base.id}/{code}"
        ostart, oend = nt.to_orig(u.start, u.end)
        out.append(PlaceRef(start=u.start, end=u.end, kind=kind, descriptor=code, location=Location(
            id=loc_id, name_en=name_en, name_ar=base.name_ar, country_iso3=base.iso3 or None,
            admin1=base.admin1 or None, admin2=base.admin2 or None, lat=round(lat, 5), lon=round(lon, 5),
            geo_precision=precision, text=nt.original[ostart:oend], start=ostart, end=oend,
            feature=_feature(base), flagged=flagged)))
    return out


def _after_quarter(text: str, start: int, heads: frozenset[str] = QUARTER_HEADS) -> bool:
    """A direction phrase right after a quarter's head and its name of one or two words ('حي البرازيل شرقي رفح',
    'حي الشيخ رضوان شمالي مدينه غزه'): where the quarter lies in the town."""
    words = text[max(0, start - 40):start].split()[-3:]
    return any(w in heads for w in words[:-1]) and not any(c in " ".join(words) for c in ",.:")


def _feature(p: Place) -> str:
    """The location's feature: the place's first, a curated village being a locality like the gazetteer's."""
    f = p.features[0] if p.features else p.kind
    return "locality" if f == "village" else f


def _admin_kind(gz: Gazetteer, p: Place) -> str:
    """admin1/admin2 for a context place: a capital counts as its governorate, a seat as its district."""
    if p.kind in ("admin1", "admin2"):
        return p.kind
    if p.rank >= 4:
        return "admin1"
    return "admin2" if p.rank >= 3 else "locality"


def _area_name(code: str, name: str) -> str:
    """An English label for a derived area: 'rif_east' + 'Deir ez-Zor' -> 'Deir ez-Zor eastern countryside'."""
    kind, _, direction = code.partition("_")
    if kind == "bank":
        return f"{direction + ' ' if direction else ''}bank of the {name}"
    if kind == "rif":
        return f"{name} {direction + 'ern ' if direction and direction != 'of' else ''}countryside"
    if kind == "badiya":
        return f"{name} {direction + 'ern ' if direction else ''}desert"
    return f"{kind} of {name}"


def at_home(loc: Location, refs: Sequence[PlaceRef]) -> bool:
    """Another town of the article lies in the place's country: a known Arabic name, not a longer foreign one's
    first word ("باتجاه صيدا خوفا" in a Lebanese report is Sidon and the word 'for fear', not Sede Yaaqov)."""
    return any(q.location.country_iso3 == loc.country_iso3 and q.location.id != loc.id
               and q.location.flagged != "country_only" for q in refs)
