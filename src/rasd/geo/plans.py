"""Name plans: the candidate places of a name under a head kind, with their context-free score terms.

What depends only on a name and the kind of place its head noun announces (the candidates, their size
rank, alternate-name and bare-admin penalties, head-noun compatibility, the best reading in an empty
context and whether all plausible readings lie in one country) is prepared once per name and head kind
and memoized (``name_plan``); ``geocode.choose`` adds the article's context terms.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from .context import DEFAULT_FOCUS, DEFAULT_TIE, curated
from .gazetteer import ALTERNATE, NEEDS_HEAD, PRIMARY, Gazetteer, NameRef, Place
from .places import Unit

# head feature -> place feature -> compatibility score (absent = fallback score below)
COMPAT: dict[str, dict[str, float]] = {
    "locality": {"locality": 3, "neighbourhood": 3, "admin3": 3, "village": 3},
    "neighbourhood": {"neighbourhood": 3, "locality": 3, "village": 3, "admin3": 2},
    "city": {"locality": 3, "admin3": 2, "neighbourhood": 1, "village": 2},  # a curated town (مدينه رشاد)
    "camp": {"locality": 2, "village": 2, "area": 2, "base": 1},
    "settlement": {"locality": 3, "neighbourhood": 2, "village": 3, "base": 1},  # only in SETTLEMENT_COUNTRIES
    "admin1": {"admin1": 4, "admin2": 2},  # محافظه رام الله: a Palestinian governorate is a WOF county
    "admin2": {"admin2": 4, "admin3": 2},
    "admin3": {"admin3": 4, "locality": 2},
    "area": {"area": 3, "locality": 2, "village": 2, "admin3": 2, "neighbourhood": 1, "admin2": 1,
             "oil_field": 1, "gas_field": 1, "base": 1, "crossing": 1},
    "airport": {"airport": 4, "airbase": 4},
    "base": {"base": 4, "airbase": 3, "airport": 2, "oil_field": 2, "gas_field": 2},
    "field": {"oil_field": 4, "gas_field": 4},
    "crossing": {"crossing": 4},
    "river": {"river": 4},
}
SITE_HEADS = frozenset({"airport", "base", "field", "crossing"})
SETTLEMENT_COUNTRIES = frozenset({"ISR", "PSE"})  # مستوطنه / مستعمره: an Israeli town, kibbutz or settlement
FALLBACK_LOCALITY = 0.0  # a town under a site head: the site is in or next to the town
SITE_TOWN_SCALE = 0.5  # under a site head a town's size counts half: fields and bases lie by villages as by cities
FALLBACK_OTHER = -5.0
KIND_ORDER = {"site": 0, "locality": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
ADMIN_BARE_PENALTY = 1.5  # see score(); the province reading is decided later from the article
VOTE_MARGIN = 2.0  # readings of a name this close to its best context-free score are plausible


def compat(feature: str | None, place: Place) -> float:
    """How well a place fits the kind of place a head noun announces."""
    if feature is None or feature == "-":
        return 0.0
    if feature == "settlement" and place.iso3 not in SETTLEMENT_COUNTRIES:
        return FALLBACK_OTHER
    table = COMPAT.get(feature, {})
    best = max((table.get(f, -99.0) for f in place.features), default=-99.0)
    if best > -99.0:
        return best
    if feature in SITE_HEADS and place.kind == "locality":
        return FALLBACK_LOCALITY
    if feature in ("city", "locality", "neighbourhood") and place.kind in ("admin1", "admin2") and place.cap:
        return 1.0  # مدينه دير الزور: the admin unit stands for its capital
    return FALLBACK_OTHER


class Cand(NamedTuple):
    """One candidate place of a name under a head kind, with its context-free score terms."""

    place: Place
    flag: int
    base: float  # size rank, alternate-name and bare-admin penalties, head-noun compatibility
    headed: bool  # the head noun or an adjective announces this kind of place (compatibility >= 2)
    order: tuple[int, int]  # tie-breaks after the score: the more precise kind, then the larger population
    cos: float  # cos(latitude), for distances
    curated: bool  # a hand-curated site or region
    lat: float  # the place's fields and products the scoring loop reads, unpacked once (hot path)
    lon: float
    lonc: float  # lon * cos
    iso3: str
    admin1: tuple[str, str]  # (iso3, admin1): the key of the article's governorate shares
    local: bool  # a locality or a site: the governorate shares count for it
    id: str


def prepare(feature: str | None, pairs: list[tuple[Place, int]]) -> tuple[Cand, ...]:
    """The context-free score terms of some candidates (penalties see the others of the same list)."""
    ids = frozenset(p.id for p, _ in pairs) if len(pairs) > 1 else frozenset()
    bare_admin = feature not in ("admin1", "admin2", "admin3")
    out: list[Cand] = []
    site = feature in SITE_HEADS or feature == "camp"  # a refugee camp too: "مخيم الرشيديه" by Tyre, not Morocco's city
    for p, flag in pairs:
        rank = p.rank * SITE_TOWN_SCALE if site and p.kind == "locality" else p.rank  # a multiple of 0.5 still
        s = float(rank) - (1.5 if flag == ALTERNATE else 0.0)
        if bare_admin and p.kind in ("admin1", "admin2") and p.cap in ids:
            s -= ADMIN_BARE_PENALTY  # a bare name of both a capital and its governorate is the town
        c = compat(feature, p)
        cos = math.cos(math.radians(p.lat))
        out.append(Cand(place=p, flag=flag, base=s + c, headed=c >= 2.0,
                        order=(-KIND_ORDER.get(p.kind, 9), p.pop), cos=cos, curated=curated(p),
                        lat=p.lat, lon=p.lon, lonc=p.lon * cos, iso3=p.iso3, admin1=(p.iso3, p.admin1),
                        local=p.kind in ("locality", "site"), id=p.id))
    return tuple(out)


class NamePlan(NamedTuple):
    """A name's candidates under a head kind: those the head allows, and those still possible for a bare,
    unintroduced name; the best of each when nothing is known yet; two facts about the name's places."""

    refs: tuple[NameRef, ...]
    allowed: tuple[Cand, ...]
    strong: tuple[Cand, ...]
    first_allowed: tuple[Cand, float] | None  # the best candidate and its score in an empty context
    first_strong: tuple[Cand, float] | None
    small: bool  # only small villages or secondary names: a bare, unintroduced name is hopeless
    solid: bool  # one place, a country, governorate or curated site: decided without context
    vote_allowed: Cand | None  # the best reading when every plausible reading lies in one country
    vote_strong: Cand | None
    mixed_allowed: bool  # candidates in several countries: the country focus can change the choice
    mixed_strong: bool
    ties: frozenset[str] = frozenset()  # ids a namesake of the same country matches term for term (see _ties)


def _first(cands: tuple[Cand, ...]) -> tuple[Cand, float] | None:
    """The best candidate, and its score, before anything is known of the article (choose() in an empty
    context without explicit context: only the default focus adds to the context-free terms)."""
    if not cands:
        return None
    best, best_s = cands[0], -math.inf
    for cd in cands:
        p = cd.place
        s = cd.base
        if p.iso3 in DEFAULT_FOCUS:
            s += DEFAULT_TIE
        if cd is best or s > best_s or (s == best_s and (cd.order > best.order or (
                cd.order == best.order and p.id < best.place.id))):
            best, best_s = cd, s
    return best, best_s


def name_plan(gz: Gazetteer, u: Unit) -> NamePlan:
    """The candidates of a unit's name under its head kind (memoized by name: names recur across articles)."""
    plan = _known_name_plan(gz, u.key, u.feature)
    return plan if plan.refs is u.refs else _name_plan(gz, u.refs, u.feature)


@lru_cache(maxsize=8192)
def _known_name_plan(gz: Gazetteer, key: str, feature: str | None) -> NamePlan:
    """The plan of a gazetteer name (one cache lookup on a string instead of hashing its places)."""
    return _name_plan(gz, gz.names.get(key, ()), feature)


def _name_plan(gz: Gazetteer, refs: tuple[NameRef, ...], feature: str | None) -> NamePlan:
    """The candidates of a name under a head kind, prepared."""
    places = gz.places
    allowed = [(places[idx], f) for idx, f in refs if not (f == NEEDS_HEAD and compat(feature, places[idx]) < 2.0)
               ] if feature != "street" else []  # شارع الناصره: a street named after a place is not the place
    if feature == "settlement":  # مستعمره شعار يشوف: a settlement is Israeli or Palestinian, never a Yemeni namesake
        allowed = [(p, f) for p, f in allowed if p.iso3 in SETTLEMENT_COUNTRIES]
    strong = [(p, f) for p, f in allowed if not ((p.rank < 2 or f != PRIMARY) and p.kind == "locality")]
    if strong:  # a bare name is read as its best-known places: الدوحه is Doha, not a village of that name
        tier = max(p.rank for p, _ in strong) - 1
        strong = [(p, f) for p, f in strong if p.rank >= tier]
    small = all(places[i].kind == "locality" and (places[i].rank < 2 or f != PRIMARY) for i, f in refs)
    one = places[refs[0][0]] if len(refs) == 1 else None
    solid = one is not None and (one.kind in ("country", "admin1") or curated(one))
    ready, ready_strong = prepare(feature, allowed), prepare(feature, strong)
    return NamePlan(refs=refs, allowed=ready, strong=ready_strong, first_allowed=_first(ready),
                    first_strong=_first(ready_strong), small=small, solid=solid,
                    vote_allowed=_vote(ready), vote_strong=_vote(ready_strong),
                    mixed_allowed=len({cd.place.iso3 for cd in ready}) > 1,
                    mixed_strong=len({cd.place.iso3 for cd in ready_strong}) > 1, ties=_ties(ready))


def _ties(cands: tuple[Cand, ...]) -> frozenset[str]:
    """The ids whose context-free terms (those of a place's first candidate) another place of the same country
    matches: a choice of one of them the tie-break may have made (geocode._tie_picked), found once per name."""
    first: dict[str, Cand] = {}
    for cd in cands:
        first.setdefault(cd.id, cd)
    return frozenset(pid for pid, c in first.items()
                     if any(cd.id != pid and cd.iso3 == c.iso3 and cd.base == c.base for cd in cands))


def _vote(cands: tuple[Cand, ...]) -> Cand | None:
    """The best reading of a name when all its plausible readings (within VOTE_MARGIN of the best
    context-free score) lie in one country: the name is evidence of the article's country focus."""
    if not cands:
        return None
    best = max(cands, key=lambda cd: (cd.base, cd.order))
    floor = best.base - VOTE_MARGIN
    iso3 = best.place.iso3
    return best if all(cd.place.iso3 == iso3 for cd in cands if cd.base >= floor) else None
