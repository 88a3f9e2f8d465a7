"""Resolution of place phrases against the gazetteer, with the article as context.

Candidate-then-decide: ``places.find_units`` proposes phrases; here every candidate place of a phrase
is scored (size rank, head-noun compatibility, the explicit context phrase "بريف X" / "في X", the
other places of the sentence and of the article, the article's country focus), the best one is
chosen, and a precision gate decides whether the phrase is a place at all: a small village whose
name is also a common word needs a head noun, a descriptor, or a locative preposition plus nearby
context. False places are worse than missing ones.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..normalize import NormText
from ..records import Location
from .gazetteer import ALTERNATE, NEEDS_HEAD, Gazetteer, Place, load_gazetteer
from .places import Descriptor, Unit, find_units, stopwords

# head feature -> place feature -> compatibility score (absent = fallback score below)
COMPAT: dict[str, dict[str, float]] = {
    "locality": {"locality": 3, "neighbourhood": 3, "admin3": 3, "village": 3},
    "city": {"locality": 3, "admin3": 2, "neighbourhood": 1, "village": 1},
    "camp": {"locality": 2, "village": 2, "area": 2, "base": 1},
    "admin1": {"admin1": 4},
    "admin2": {"admin2": 4, "admin3": 2},
    "admin3": {"admin3": 4, "locality": 2},
    "area": {"area": 3, "locality": 2, "village": 2, "admin3": 2, "neighbourhood": 1, "admin2": 1,
             "oil_field": 1, "gas_field": 1, "base": 1, "crossing": 1},
    "airport": {"airport": 4, "airbase": 4},
    "base": {"base": 4, "airbase": 3, "airport": 2, "oil_field": 2, "gas_field": 2},
    "field": {"oil_field": 4, "gas_field": 4},
    "crossing": {"crossing": 4},
}
SITE_HEADS = frozenset({"airport", "base", "field", "crossing"})
FALLBACK_LOCALITY = 0.0  # a town under a site head: the site is in or next to the town
FALLBACK_OTHER = -5.0
KIND_ORDER = {"site": 0, "locality": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
DEFAULT_FOCUS = ("SYR", "IRQ")  # tie-break only: the first theatre of rasd
NEAR_KM = 40.0


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceRef:
    """One place reference in an article, resolved; start/end are normalized-text offsets."""

    start: int
    end: int
    location: Location
    kind: str  # site | locality | admin2 | admin1 | region | country
    descriptor: str | None


@dataclass(frozen=True, slots=True)
class Choice:
    """The place chosen for a unit, with its score and whether the unit is a place at all."""

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


def offset(lat: float, lon: float, bearing: float, dist_km: float) -> tuple[float, float]:
    """The point dist_km from (lat, lon) along bearing degrees clockwise from north."""
    b = math.radians(bearing)
    dlat = dist_km * math.cos(b) / 111.2
    dlon = dist_km * math.sin(b) / (111.2 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def compat(feature: str | None, place: Place) -> float:
    """How well a place fits the kind of place a head noun announces."""
    if feature is None or feature == "-":
        return 0.0
    table = COMPAT.get(feature, {})
    best = max((table.get(f, -99.0) for f in place.features), default=-99.0)
    if best > -99.0:
        return best
    if feature in SITE_HEADS and place.kind == "locality":
        return FALLBACK_LOCALITY
    if feature in ("city", "locality") and place.kind in ("admin1", "admin2") and place.cap:
        return 1.0  # مدينه دير الزور: the admin unit stands for its capital
    return FALLBACK_OTHER


def point(gz: Gazetteer, place: Place) -> tuple[float, float]:
    """Where a place is: the capital for admin units, else its own coordinates."""
    if place.kind in ("admin1", "admin2") and place.cap:
        cap = gz.get(place.cap)
        if cap is not None:
            return cap.lat, cap.lon
    return place.lat, place.lon


@dataclass
class Context:
    """What the article has established so far: accepted places by unit, with their sentences."""

    chosen: dict[int, Choice]
    countries: Counter[str]
    admin1s: Counter[tuple[str, str]]

    def anchors(self, units: list[Unit], skip: int, sentence: int | None = None) -> list[Place]:
        """Accepted places of other units (optionally of one sentence only)."""
        return [c.place for i, c in self.chosen.items()
                if i != skip and c.accepted and (sentence is None or units[i].sentence == sentence)]


def explicit_score(gz: Gazetteer, p: Place, ctx: Place) -> float:
    """Agreement between a candidate and the place its phrase names as context (بريف X, في X)."""
    if ctx.kind == "country":
        return 3.0 if p.iso3 == ctx.iso3 else -6.0
    if ctx.kind == "admin1":
        if p.iso3 == ctx.iso3 and p.admin1 == ctx.admin1:
            return 4.0
        return 1.5 if km(p, point(gz, ctx)) <= 60 else -5.0
    if ctx.kind == "admin2" and p.iso3 == ctx.iso3 and p.admin2 == ctx.admin2:
        return 5.0
    d = km(p, point(gz, ctx))
    if d <= 15:
        return 5.0
    if d <= NEAR_KM:
        return 3.5
    if d <= 80:
        return 1.0
    return -6.0


def score(gz: Gazetteer, units: list[Unit], i: int, p: Place, flag: int, ctx: Context,
          explicit: Place | None) -> tuple[float, bool]:
    """Score one candidate of unit i; also say whether explicit evidence supports it."""
    u = units[i]
    s = float(p.rank) - (1.5 if flag == ALTERNATE else 0.0)
    c = compat(u.feature, p)
    s += c
    supported = c >= 2.0 or (u.desc is not None)
    if explicit is not None:
        e = explicit_score(gz, p, explicit)
        s += e
        supported = supported or e >= 3.0
    near = ctx.anchors(units, i, u.sentence)
    if near:
        d = min(km(p, a) for a in near)
        s += 2.5 if d <= 20 else 1.5 if d <= 60 else 0.5 if d <= 150 else 0.0
    total = sum(ctx.admin1s.values())
    if total:
        s += 2.0 * ctx.admin1s[(p.iso3, p.admin1)] / total
        far = ctx.anchors(units, i)
        if far:
            d = min(km(p, a) for a in far)
            s += 1.5 if d <= 30 else 0.5 if d <= 100 else 0.0
    n = sum(ctx.countries.values())
    if n:
        s += 2.0 * ctx.countries[p.iso3] / n
    elif p.iso3 in DEFAULT_FOCUS:
        s += 0.2
    return s, supported


def gate(gz: Gazetteer, units: list[Unit], i: int, ch: Choice, ctx: Context, explicit: Place | None) -> bool:
    """Whether the chosen place of unit i is a place reference at all (precision first)."""
    u, p = units[i], ch.place
    headed = u.feature is not None and compat(u.feature, p) >= 2.0
    evidence = ch.supported or headed or (u.desc is not None)
    if u.key in stopwords() and not (headed or u.desc is not None):
        return False
    if ch.flag == NEEDS_HEAD:
        return headed
    if explicit is not None and explicit_score(gz, p, explicit) < 0:
        return False
    if ch.flag == ALTERNATE and not evidence:
        return False
    if p.kind in ("country", "admin1", "admin2", "region", "site") or p.rank >= 2:
        return True
    near = [a for a in ctx.anchors(units, i) if a.kind != "country"]
    if p.rank == 1:
        return evidence or u.list_first is not None or (u.locative and any(km(p, a) <= NEAR_KM for a in near))
    return evidence or (u.locative and any(km(p, a) <= 25 and a.admin1 == p.admin1 for a in near))


def choose(gz: Gazetteer, units: list[Unit], i: int, ctx: Context) -> Choice | None:
    """The best candidate of unit i under the current context, with the gate's verdict."""
    u = units[i]
    explicit = _explicit(units, i, ctx)
    best: tuple[float, int, str] | None = None
    pick: Choice | None = None
    for idx, flag in u.refs:
        p = gz.places[idx]
        if flag == NEEDS_HEAD and compat(u.feature, p) < 2.0:
            continue
        s, supported = score(gz, units, i, p, flag, ctx, explicit)
        key = (s, -KIND_ORDER.get(p.kind, 9), p.id)
        if best is None or key[:2] > best[:2] or (key[:2] == best[:2] and key[2] < best[2]):
            best = (s, key[1], p.id)
            pick = Choice(place=p, flag=flag, score=s, accepted=False, supported=supported)
    if pick is None:
        return None
    return Choice(place=pick.place, flag=pick.flag, score=pick.score,
                  accepted=gate(gz, units, i, pick, ctx, explicit), supported=pick.supported)


def _explicit(units: list[Unit], i: int, ctx: Context) -> Place | None:
    """The accepted place of the context phrase that qualifies unit i (or its list), if any."""
    first = units[i].list_first if units[i].list_first is not None else i
    for j, u in enumerate(units):
        if u.context_of is not None and (u.context_of == i or u.context_of == first
                                         or units[u.context_of].list_first == first):
            c = ctx.chosen.get(j)
            if c is not None and c.accepted:
                return c.place
    return None


def resolve(gz: Gazetteer, units: list[Unit]) -> dict[int, Choice]:
    """Choose a place for every unit: context phrases and strong names first, then the rest twice."""
    ctx = Context(chosen={}, countries=Counter(), admin1s=Counter())
    order = sorted(range(len(units)), key=lambda k: (units[k].context_of is None, k))
    for _ in range(2):
        for i in order:
            ch = choose(gz, units, i, ctx)
            if ch is None:
                ctx.chosen.pop(i, None)
                continue
            ctx.chosen[i] = ch
        ctx.countries = Counter(c.place.iso3 for c in ctx.chosen.values() if c.accepted)
        ctx.admin1s = Counter((c.place.iso3, c.place.admin1) for c in ctx.chosen.values()
                              if c.accepted and c.place.kind != "country")
    return ctx.chosen


# ---------------------------------------------------------------- locations


DIRECTION_WORDS = {0: "north", 45: "northeast", 90: "east", 135: "southeast", 180: "south", 225: "southwest",
                   270: "west", 315: "northwest"}


def _province_reading(gz: Gazetteer, units: list[Unit], i: int, p: Place, text: str) -> Place | None:
    """For a bare governorate-capital name, the governorate when the article speaks of the province."""
    u = units[i]
    if u.head is not None or u.desc is not None or u.direction is not None or p.kind != "locality":
        return None
    admin1 = next((gz.places[k] for k, _ in u.refs if gz.places[k].kind == "admin1"
                   and gz.places[k].cap == p.id), None)
    if admin1 is None:
        return None
    as_context = u.context_of is not None and units[u.context_of].context_of is None
    if as_context or f"محافظه {u.key}" in text or f"ريف {u.key}" in text:
        return admin1
    return None


def _base_place(gz: Gazetteer, units: list[Unit], i: int, p: Place, text: str) -> Place:
    """Admin units named after their capital resolve to the capital unless the head says otherwise."""
    u = units[i]
    if p.kind in ("admin1", "admin2") and p.cap and (u.feature is None or u.feature in ("city", "locality", "area")):
        cap = gz.get(p.cap)
        if cap is not None and u.feature not in ("admin1", "admin2"):
            return cap
    return _province_reading(gz, units, i, p, text) or p


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
    for i in sorted(accepted):
        u = units[i]
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
            dist = (u.direction or u.desc).offset_km if bearing is not None else 0
            if bearing is not None and dist:
                lat, lon = offset(lat, lon, bearing, dist)
            precision = max(precision, u.desc.precision)
            if code.startswith(("rif", "badiya")) or code.endswith("_of"):
                kind = "region"
                name_en = _area_name(code, base.name_en)
        elif base.kind == "region":
            flagged = "region" if base.precision >= 3 else None
        ctx_target = u.context_of is not None and u.context_of in accepted
        if ctx_target:
            flagged = "context"
            if base.kind in ("locality", "admin1", "admin2") and kind != "site":
                kind = _admin_kind(gz, base)
        loc_id = base.id if code is None or code in ("near", "outskirts", "surroundings") else f"{base.id}/{code}"
        ostart, oend = nt.to_orig(u.start, u.end)
        out.append(PlaceRef(start=u.start, end=u.end, kind=kind, descriptor=code, location=Location(
            id=loc_id, name_en=name_en, name_ar=base.name_ar, country_iso3=base.iso3 or None,
            admin1=base.admin1 or None, admin2=base.admin2 or None, lat=round(lat, 5), lon=round(lon, 5),
            geo_precision=precision, text=nt.original[ostart:oend], start=ostart, end=oend,
            feature=base.features[0] if base.features else base.kind, flagged=flagged)))
    return out


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
    if kind == "rif":
        return f"{name} {direction + 'ern ' if direction and direction != 'of' else ''}countryside"
    if kind == "badiya":
        return f"{name} {direction + 'ern ' if direction else ''}desert"
    return f"{kind} of {name}"


def locate(nt: NormText) -> list[PlaceRef]:
    """Every place reference in the article, resolved with article context, sorted by start."""
    gz = load_gazetteer()
    units = find_units(nt.text)
    if not units:
        return []
    return locate_units(nt, gz, units, resolve(gz, units))
