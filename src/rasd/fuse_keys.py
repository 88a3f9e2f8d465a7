"""Fusion keys: each mention reduced once to small integers (documents, days, sides, places, types).

Also the pair score components and place compatibility that the rules of rasd.fuse_cluster use.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .records import Location, Mention

# pair score components, in half points (integers, so that pairs are bucketed instead of sorted)
SCORE = {
    "same_day": 4, "one_day_apart": -2, "in_window": 2,
    "same_precise_place": 6, "same_anchor": 5, "near_place": 4, "same_coarse_place": 4, "in_province": 2, "in_country": 0,
    "same_attacker": 4, "same_target": 2, "target_disagrees": -4, "civilians_or_not": 0,
    "same_sub_event": 2, "other_sub_event": -2, "other_family": -2, "shared_weapon": 2,
    "same_precision": 1,  # breaks ties: a vague report joins the equally vague one first
    "seat_and_village": 3,  # a district's seat and a place of the district: one known attacker's reports of one day
}
THRESHOLD = 6  # weakest accepted pair: e.g. same day, same province, unknown attacker, same target
MAX_SCORE = 21
SEED_BONUS = MAX_SCORE + 1  # pairs of one previous event are joined before any other pair
SAME_PLACE_KM = 2.0  # precise places closer than this are one place (gazetteer duplicates)
SPOT_KM = 0.1  # one named point: X and "near X" (fuse_keys.one_spot)
NEAR_KM = 25.0  # a precision-2 area ("X countryside", "east of X", a district) covers this radius
NEAR_POINT_KM = 10.0  # "near X", "the outskirts of X" (precision 2 at X's own point) cover this one
# a base or an airport and a town this near are one place: reports name a base after its town ("قاعده الاحتلال
# الامريكي في الحبانيه" is al-Taqaddum air base, 5 km from Habbaniyah; Harir base 2.6 km from Harir)
BASE_TOWN_KM = NEAR_POINT_KM
BASE_FEATURES = frozenset({"base", "airbase", "airport"})
TOWN_FEATURES = frozenset({"locality", "neighbourhood"})
BASE, TOWN = 1, 2  # Places.site
# the seat of a district (or the capital of a province) names its surroundings in one report and another report names
# the village or quarter struck near it ('غارة على النبطية' / 'غارة على بلدة X قرب النبطية'): within NEAR_KM, in that
# district (anywhere in the province for its capital), one known attacker's reports of one day may be one incident
PROVINCE_SEAT, DISTRICT_SEAT = 2, 1  # Places.seat
TOWN_RANK = 3  # gazetteer rank of a town (>= 20k people): a place of its own, not a seat's surroundings
WIDE_FEATURES = frozenset({"admin1", "admin2", "admin3", "area", "region"})
DAY_WINDOW = {1: 1, 2: 3, 3: 15}  # time_precision -> +/- days a report may differ
EXPLOSIONS = "Explosions/Remote violence"
# the event types whose reports of one incident confuse each other (an ISIS attack on a post: a clash, shelling or
# an attack?): with one known attacker, on one day, at one place, they may join (fuse_pairs)
VIOLENT_TYPES = frozenset({"Battles", EXPLOSIONS, "Violence against civilians"})
DISRUPTED = "Disrupted weapons use"
# a raid's detentions: one report tells the arrests, another the shots fired or the people killed (fuse_pairs)
ARRESTS = "Arrests"
# sub-event types that reports of one attack confuse (drones or rockets? hit or shot down?)
PROJECTILE_SUBS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", DISRUPTED})
WIDE_FLAGS = ("country_only", "region")
# the seas of the ship attacks (facilities.tsv ids); the strait between the two joins either
STRAIT = 3
SEAS = {"region:red_sea": 1, "region:gulf_of_aden": 2, "region:bab_al_mandab": STRAIT}
# how a weapon is delivered: from the air or by a gun tube on the ground; reports of one attack do not
# mix them up (a rocket or missile can be either, so it says nothing), unless both count the dead of one spot (the
# victims' outlet says "shelling" of the strike that killed them, the attacker's says "aircraft": fuse_pairs)
AIR_WEAPONS = frozenset({"aircraft", "helicopter", "drone", "suicide_drone"})
TUBE_WEAPONS = frozenset({"artillery", "mortar"})
NO_BAN: frozenset[int] = frozenset()
AIR_STRIKE = "Air/drone strike"
# attackers whose air raids reports credit to either: Syrian and Russian warplanes fly the same raids over the
# Syrian desert ("الطيران الحربي السوري والروسي المشترك"), so in an air strike they count as one attacker side
AIR_ALLIES = {"SYRIA_GOV": "RUSSIA"}
# sides that reports credit one act to, whatever its type: the Iran-aligned outlets' "American-Zionist aggression"
# is the raid that monitors give to unidentified aircraft and others to Israel or to the US; in fusion the two are
# one side, as attacker and as target
ALLIES = {"ISRAEL": "US"}
ALLY_SIDES = frozenset((*AIR_ALLIES, *AIR_ALLIES.values(), *ALLIES, *ALLIES.values()))


@dataclass(slots=True)
class Places:
    """Interned locations: index -> precision, coordinates, admin1, country, wide flag."""

    gp: list[int]
    lat: list[float]
    lon: list[float]
    adm: list[int]
    cty: list[int]
    wide: list[bool]
    same: list[int]  # score when both mentions name this very place
    reach: list[float]  # km a precision-2 place covers (NEAR_KM or NEAR_POINT_KM)
    sea: list[int]  # SEAS code of a named sea, 0 on land
    site: list[int]  # BASE for a base or an airport, TOWN for a town or a quarter, 0 otherwise
    seat: list[int]  # PROVINCE_SEAT, DISTRICT_SEAT (X or near X), 0 a village or quarter (or near it); -1 a town, area
    district: list[int]  # (admin1, admin2) interned, 0 without an admin2


@dataclass(slots=True)
class Features:
    """Per-mention fusion features in parallel lists (index = position in the canonical order)."""

    n: int
    doc: list[int]
    day: list[int]  # date ordinal, -1 when undated
    win: list[int]
    exact: list[bool]
    tcls: list[int]
    sub: list[int]
    loose_sub: list[bool]  # a projectile sub-event, which other reports may give differently
    att: list[int]  # side id, 0 = unknown
    tgt: list[int]
    loc: list[int]  # place index, -1 when unplaced
    weap: list[int]  # weapon bit mask
    delivery: list[int]  # 1 = only from the air, 2 = only by gun tubes, 0 = unknown or both
    dead: list[int]  # 1 = the report gives deaths, 0 = it gives none, -1 = no toll
    ally: list[int]  # the attacker's own side id when it has an ally (AIR_ALLIES, ALLIES), else 0: two allies' reports
    # join on the same day only
    prev: list[int]  # previous event id (interned), 0 = none
    ban: list[frozenset[int]]  # previous event ids this mention may not join (reviewer splits)
    places: Places
    pinned: frozenset[int] = frozenset()  # previous events kept whole (reviewer merges)
    civilians: int = -1  # side id of CIVILIANS, the target one side's report names and the other's not
    violent: frozenset[int] = frozenset()  # type class ids of VIOLENT_TYPES
    arrests: int = -1  # sub-event id of ARRESTS: a raid's detentions, which another report tells as its violence
    air: int = -1  # sub-event id of AIR_STRIKE: whose aircraft struck one spot, reports may tell the other way round

    def reordered(self, order: Sequence[int]) -> Features:
        """The same features with mention k of the result being mention order[k] of these."""
        lists: dict[str, Any] = {}
        for name in PER_MENTION:
            values = getattr(self, name)
            lists[name] = [values[k] for k in order]
        return Features(n=self.n, places=self.places, pinned=self.pinned, civilians=self.civilians,
                        violent=self.violent, arrests=self.arrests, air=self.air, **lists)


PER_MENTION = ("doc", "day", "win", "exact", "tcls", "sub", "loose_sub", "att", "tgt", "loc", "weap", "delivery",
               "dead", "ally", "prev", "ban")


class Interner:
    """Strings -> small ints (0 reserved for 'none')."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def __call__(self, key: str | None) -> int:
        """The id of `key`, allocating one; 0 for None or ''."""
        if not key:
            return 0
        got = self.ids.get(key)
        if got is None:
            got = self.ids[key] = len(self.ids) + 1
        return got


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def features(mentions: Sequence[Mention], prev: Mapping[str, str], apart: Mapping[str, frozenset[str]],
             pinned: frozenset[str], event_ids: Interner) -> Features:
    """Precompute the fusion keys of every mention once."""
    admins, countries, weapon_ids = Interner(), Interner(), Interner()
    docs: dict[str, int] = {}
    kinds: dict[tuple[str, str], tuple[int, int]] = {}
    sides: dict[str, int] = {"UNKNOWN": 0}
    masks: dict[tuple[str, ...], tuple[int, int]] = {}
    loc_index: dict[tuple[str, float, float, int], int] = {}
    pl = Places(gp=[], lat=[], lon=[], adm=[], cty=[], wide=[], same=[], reach=[], sea=[], site=[], seat=[], district=[])
    n = len(mentions)
    f = Features(n=n, doc=[], day=[], win=[], exact=[], tcls=[], sub=[], loose_sub=[], att=[], tgt=[],
                 loc=[], weap=[], delivery=[], dead=[], ally=[], prev=[0] * n, ban=[NO_BAN] * n, places=pl)
    doc_a, day_a, win_a, exact_a = f.doc.append, f.day.append, f.win.append, f.exact.append
    tcls_a, sub_a, att_a, tgt_a = f.tcls.append, f.sub.append, f.att.append, f.tgt.append
    loc_a, weap_a, loose_a, deliv_a = f.loc.append, f.weap.append, f.loose_sub.append, f.delivery.append
    dead_a, ally_a = f.dead.append, f.ally.append
    for m in mentions:
        di = docs.get(m.doc_id)
        if di is None:
            di = docs[m.doc_id] = len(docs)
        doc_a(di)
        d = m.event_date
        day_a(d.toordinal() if d is not None else -1)
        prec = m.time_precision or 1
        win_a(DAY_WINDOW.get(prec, 15))
        exact_a(prec == 1)
        kind = kinds.get((m.event_type, m.sub_event_type))
        if kind is None:
            kind = kinds[(m.event_type, m.sub_event_type)] = _kind(m, kinds)
        tcls_a(kind[0])
        sub_a(kind[1])
        loose_a(m.sub_event_type in PROJECTILE_SUBS)
        a1 = m.actor1.side if m.actor1 is not None else None
        side1 = AIR_ALLIES.get(a1, a1) if a1 is not None and m.sub_event_type == AIR_STRIKE else a1
        ally_a(_side_id(sides, a1) if a1 in ALLY_SIDES else 0)
        att_a(_side_id(sides, ALLIES.get(side1, side1) if side1 is not None else None))
        a2 = m.actor2.side if m.actor2 is not None else None
        tgt_a(_side_id(sides, ALLIES.get(a2, a2) if a2 is not None else None))
        loc_a(_place(m.location, loc_index, pl, admins, countries))
        got = masks.get(m.weapons)
        if got is None:
            got = masks[m.weapons] = (sum({1 << (weapon_ids(w) % 62) for w in m.weapons}), _delivery(m.weapons))
        weap_a(got[0])
        deliv_a(got[1])
        dead_a(-1 if m.fatalities is None else 1 if m.fatalities else 0)
    f.pinned = frozenset(event_ids(e) for e in pinned)
    f.civilians = sides.get("CIVILIANS", -1)
    f.arrests = next((s for (_, sub), (_, s) in kinds.items() if sub == ARRESTS), -1)
    f.air = next((s for (_, sub), (_, s) in kinds.items() if sub == AIR_STRIKE), -1)
    f.violent = frozenset(t for (typ, sub), (t, _) in kinds.items()
                          if (EXPLOSIONS if sub == DISRUPTED else typ) in VIOLENT_TYPES)
    if prev or apart:
        for i, m in enumerate(mentions):
            f.prev[i] = event_ids(prev.get(m.id))
            banned = apart.get(m.id)
            if banned:
                f.ban[i] = frozenset(event_ids(e) for e in banned)
    return f


def _side_id(sides: dict[str, int], side: str | None) -> int:
    """The id of a side (0 for none and UNKNOWN), allocating one."""
    if side is None:
        return 0
    got = sides.get(side)
    if got is None:
        got = sides[side] = len(sides)
    return got


def _delivery(weapons: Sequence[str]) -> int:
    """1 when a weapon comes from the air and none from a gun tube, 2 the other way round, else 0."""
    air = any(w in AIR_WEAPONS for w in weapons)
    tube = any(w in TUBE_WEAPONS for w in weapons)
    return 1 if air and not tube else 2 if tube and not air else 0


def _kind(m: Mention, known: Mapping[tuple[str, str], tuple[int, int]]) -> tuple[int, int]:
    """(type class, sub-event) ids of a new (event type, sub-event type) pair."""
    family = EXPLOSIONS if m.sub_event_type == DISRUPTED else m.event_type
    families = {EXPLOSIONS if sub == DISRUPTED else typ: t for (typ, sub), (t, _) in known.items()}
    subs = {sub: s for (_, sub), (_, s) in known.items()}
    return (families.get(family, len(families) + 1), subs.get(m.sub_event_type, len(subs) + 1))


def _place(loc: Location | None, index: dict[tuple[str, float, float, int], int], pl: Places,
           admins: Interner, countries: Interner) -> int:
    """The interned index of a location (-1 for None)."""
    if loc is None:
        return -1
    key = (loc.id, loc.lat, loc.lon, loc.geo_precision)
    got = index.get(key)
    if got is not None:
        return got
    got = index[key] = len(pl.gp)
    wide = loc.geo_precision >= 3 and (not loc.admin1 or loc.flagged in WIDE_FLAGS)
    pl.gp.append(loc.geo_precision)
    pl.lat.append(loc.lat)
    pl.lon.append(loc.lon)
    pl.adm.append(0 if wide else admins(loc.admin1))
    pl.cty.append(countries(loc.country_iso3))
    pl.wide.append(wide)
    pl.same.append(SCORE["same_precise_place"] if loc.geo_precision == 1 else
                   SCORE["same_coarse_place"] if loc.geo_precision == 2 or not wide else SCORE["in_country"])
    # a descriptor that moved the point ("east_of", "rif") or an area names a wide reach; "near X" X's surroundings
    pl.reach.append(NEAR_KM if "/" in loc.id or loc.feature in WIDE_FEATURES else NEAR_POINT_KM)
    pl.sea.append(SEAS.get(loc.id, 0))
    pl.site.append(BASE if loc.feature in BASE_FEATURES else TOWN if loc.feature in TOWN_FEATURES else 0)
    pl.seat.append(_seat(loc))
    pl.district.append(admins(f"{loc.admin1}|{loc.admin2}") if loc.admin1 and loc.admin2 else 0)
    return got


def _seat(loc: Location) -> int:
    """Which seat a place named at its point is (of its province, of its district, 0 a village or a quarter); -1 for
    another town, an area or a site."""
    if loc.geo_precision > 2 or "/" in loc.id or loc.flagged is not None or loc.feature not in TOWN_FEATURES:
        return -1
    heads = _seats().get(loc.id, ())
    if (loc.admin1, "") in heads:
        return PROVINCE_SEAT
    if (loc.admin1, loc.admin2) in heads:
        return DISTRICT_SEAT
    return -1 if _ranks().get(loc.id, 0) >= TOWN_RANK else 0  # a town is no seat's surroundings (Omdurman)


@cache
def _seats() -> dict[str, frozenset[tuple[str, str]]]:
    """Gazetteer id of a capital or district seat -> the (admin1, admin2 or '') units it heads."""
    from .geo.gazetteer import load_gazetteer  # here: the geo package imports km from this module

    heads: dict[str, set[tuple[str, str]]] = {}
    for p in load_gazetteer().places:
        if p.cap and p.kind in ("admin1", "admin2"):
            heads.setdefault(p.cap, set()).add((p.admin1, p.admin2 if p.kind == "admin2" else ""))
    return {k: frozenset(v) for k, v in heads.items()}


@cache
def _ranks() -> dict[str, int]:
    """Gazetteer id of a town (rank TOWN_RANK or more) -> its rank."""
    from .geo.gazetteer import load_gazetteer  # here: the geo package imports km from this module

    return {p.id: p.rank for p in load_gazetteer().places if p.rank >= TOWN_RANK and p.kind == "locality"}


def one_spot(pl: Places, a: int, b: int) -> bool:
    """True when two places are one named spot (X or "near X"), not two places close together (a city, its quarter)."""
    if a < 0 or b < 0 or pl.gp[a] > 2 or pl.gp[b] > 2:
        return False
    return a == b or km(pl.lat[a], pl.lon[a], pl.lat[b], pl.lon[b]) <= SPOT_KM


def one_deadly_spot(f: Features, i: int, j: int) -> bool:
    """True when mentions i and j both count dead at one named spot: an air report and a gun-tube report of it are one
    strike, the victims' outlet calling "shelling" what the attacker's gives to aircraft."""
    return f.dead[i] == f.dead[j] == 1 and one_spot(f.places, f.loc[i], f.loc[j])


def place_score(pl: Places, a: int, b: int) -> int:
    """Score of two different places reported for one incident, or -1 when they cannot be one."""
    ca, cb = pl.cty[a], pl.cty[b]
    if ca and cb and ca != cb:
        return -1
    sa, sb = pl.sea[a], pl.sea[b]
    if sa != sb and ((sa and sb and STRAIT not in (sa, sb)) or pl.gp[b if sa else a] == 1):
        return -1  # the Red Sea is not the Gulf of Aden, and a ship at sea is not a town or a base on land
    if pl.wide[a] or pl.wide[b]:
        return SCORE["in_country"]
    fine, coarse = (a, b) if pl.gp[a] <= pl.gp[b] else (b, a)
    if pl.gp[coarse] >= 3:
        af, ac = pl.adm[fine], pl.adm[coarse]
        return SCORE["in_province"] if (af == ac or not af) else -1
    dist = km(pl.lat[a], pl.lon[a], pl.lat[b], pl.lon[b])
    if pl.gp[coarse] == 1:
        if dist <= SAME_PLACE_KM:
            return SCORE["same_precise_place"]
        if pl.site[a] + pl.site[b] == BASE + TOWN and dist <= BASE_TOWN_KM:
            return SCORE["near_place"]
        return _seat_and_village(pl, a, b, dist)
    if dist <= SAME_PLACE_KM:
        return SCORE["same_anchor"]  # "near X" and "X": one named anchor, a closer match than a neighbour
    reach = pl.reach[coarse] if pl.gp[fine] < 2 else max(pl.reach[a], pl.reach[b])
    if dist > reach or reach == NEAR_POINT_KM:
        return _seat_and_village(pl, a, b, dist)  # "near X" and Y (or "near Y"): two named anchors, two places (one
        # village shelled, its neighbour too), unless one is the seat of the other's district
    return SCORE["near_place"]


def _seat_and_village(pl: Places, a: int, b: int, dist: float) -> int:
    """SCORE["seat_and_village"] when one place is the seat of the other's district or province near it, else -1.

    The pair scorer takes it only for one known attacker's reports of one day (fuse_pairs).
    """
    seat, other = (a, b) if pl.seat[a] > pl.seat[b] else (b, a)
    if pl.seat[other] != 0 or dist > (NEAR_KM if pl.gp[seat] == 1 else NEAR_POINT_KM) or pl.adm[a] != pl.adm[b]:
        return -1  # "near the seat" reaches no farther than "near X" does
    if pl.seat[seat] == PROVINCE_SEAT or (pl.seat[seat] == DISTRICT_SEAT and pl.district[a] == pl.district[b] != 0):
        return SCORE["seat_and_village"]
    return -1

