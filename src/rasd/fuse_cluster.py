"""Which mentions report one incident: blocking, pair scores and constrained single-link clustering.

ACLED's rule is "same day, same place, same actors, same type = one event". Fusion keeps it,
tolerant of how outlets report one incident differently. The rule in full:

Hard constraints (a pair, or a cluster, that breaks one is never joined):
  * two mentions of one document never share an event (the extractor already merged them);
  * one attacker side (allies count as one, rasd.fuse_keys.ALLIES): two known attacker sides must
    agree; no reversed dyad (A's attacker is B's target, unless one of them is a side fighting its own side,
    or two single air strike reports of one day and one spot read the dyad each way, rasd.fuse_pairs); targets may disagree (SANA's "civilians" vs CENTCOM's "militias") only when
    the attacker is known and agrees, or when the other target is "civilians" (one force besides them);
  * one type: reports of one attack may differ between air/drone strike, shelling/missile
    attack and "Disrupted weapons use" (drones or rockets? shot down or hit?); other sub-event
    types must be equal. Weapons only from the air (aircraft, helicopter, drone) and weapons only
    fired by gun tubes (artillery, mortar) are two attacks (a rocket or missile may be either), unless both
    count dead at one named spot (rasd.fuse_keys.one_spot). A province- or country-level report of the same day and the same
    known attacker may even differ in event type (a vague report is vague about the act too);
  * places: two precise places (geo_precision 1) must be the same place or within 2 km
    (two villages 5 km apart are two ACLED events); "near X" (precision 2 at X's point) must
    lie within 10 km of the other, a precision-2 area (countryside, direction, district) within
    25 km; a province (precision 3) only joins places of that province; a country-level or
    regional mention ("شرق سوريا") joins places of its country (another place only with the
    same known attacker);
  * days: day-precise reports may differ by one day (reported "yesterday" vs "today"), but
    not when they only share a country; a week (time_precision 2) allows +/-3 days, a month
    (3) +/-15, as ACLED's middle-of-period dates; all members must fit one common window;
  * reviewer splits: a mention split off an event never rejoins that event's mentions.

Candidate pairs come only from one block, (country, admin1, type family) x day window
(rasd.fuse_pairs), so the cost grows near-linearly. Each candidate pair gets a score
(rasd.fuse_keys.SCORE: same day, same place, same attacker, same target, same sub-event
type, a shared weapon count for it; a day apart, another target or sub-event type against
it); pairs below THRESHOLD (e.g. only the province and the day in common) are dropped, the
rest are joined best-first (single-link) as long as the joined cluster still meets every hard
constraint. Best-first is what makes a province-level report join the right precise one:
the exact-day, same-actor, same-place pairs are joined before weaker ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .fuse_keys import (
    DAY_WINDOW,
    MAX_SCORE,
    NO_BAN,
    SEED_BONUS,
    THRESHOLD,
    Features,
    one_deadly_spot,
    place_score,
)
from .fuse_pairs import candidate_pairs


@dataclass(slots=True)
class _Cluster:
    """What a growing cluster must stay consistent with (see the module docstring)."""

    docs: tuple[int, ...]
    members: tuple[int, ...]
    att: int
    tgts: int  # bit mask of the known target sides
    tcls: int
    cty: int
    locs: tuple[int, ...]
    lo: int  # exact-day range, -1 when no day-precise member
    hi: int
    wlo: int  # common window of the week/month-precise members (unbounded when none)
    whi: int
    prev: frozenset[int]
    ban: frozenset[int]
    loose: bool  # one province- or country-level mention: may join another type family
    delivery: int  # bits: 1 = a report from the air, 2 = one by gun tubes (fuse_keys.AIR_WEAPONS)


NO_WINDOW = (-(1 << 40), 1 << 40)  # no week/month-precise member: every day fits
EMPTY = NO_BAN


def _single(f: Features, i: int) -> _Cluster:
    """The cluster of one mention."""
    li, d = f.loc[i], f.day[i]
    exact = d >= 0 and f.exact[i]
    wlo, whi = (d - f.win[i], d + f.win[i]) if (d >= 0 and not exact) else NO_WINDOW
    return _Cluster(docs=(f.doc[i],), members=(i,), att=f.att[i], tgts=(1 << f.tgt[i]) if f.tgt[i] else 0, tcls=f.tcls[i],
                    cty=f.places.cty[li] if li >= 0 else 0, locs=(li,) if li >= 0 else (),
                    lo=d if exact else -1, hi=d if exact else -1, wlo=wlo, whi=whi,
                    prev=frozenset((f.prev[i],)) if f.prev[i] else EMPTY, ban=f.ban[i],
                    loose=li >= 0 and f.places.gp[li] >= 3, delivery=f.delivery[i])


def _absorb(a: _Cluster, b: _Cluster) -> _Cluster:
    """Add cluster b to cluster a in place (no checks) and return a."""
    if a.lo < 0 or b.lo < 0:
        if a.lo < 0:
            a.lo, a.hi = b.lo, b.hi
    else:
        a.lo, a.hi = min(a.lo, b.lo), max(a.hi, b.hi)
    if a.loose and not b.loose:
        a.tcls = b.tcls
    a.docs += b.docs
    a.members += b.members
    a.att = a.att or b.att
    a.delivery |= b.delivery
    a.tgts |= b.tgts
    a.cty = a.cty or b.cty
    for x in b.locs:
        if x not in a.locs:
            a.locs += (x,)
    a.wlo, a.whi = max(a.wlo, b.wlo), min(a.whi, b.whi)
    if b.prev:
        a.prev = a.prev | b.prev
    if b.ban:
        a.ban = a.ban | b.ban
    a.loose = False
    return a


def _absorb_one(f: Features, a: _Cluster, j: int) -> _Cluster:
    """_absorb(a, _single(f, j)) without building the single cluster."""
    lj, d = f.loc[j], f.day[j]
    if d >= 0 and f.exact[j]:
        a.lo, a.hi = (d, d) if a.lo < 0 else (min(a.lo, d), max(a.hi, d))
    elif d >= 0:
        a.wlo, a.whi = max(a.wlo, d - f.win[j]), min(a.whi, d + f.win[j])
    if a.loose and not (lj >= 0 and f.places.gp[lj] >= 3):
        a.tcls = f.tcls[j]
    a.docs += (f.doc[j],)
    a.members += (j,)
    a.att = a.att or f.att[j]
    a.delivery |= f.delivery[j]
    if f.tgt[j]:
        a.tgts |= 1 << f.tgt[j]
    if lj >= 0:
        a.cty = a.cty or f.places.cty[lj]
        if lj not in a.locs:
            a.locs += (lj,)
    if f.prev[j]:
        a.prev = a.prev | {f.prev[j]}
    if f.ban[j]:
        a.ban = a.ban | f.ban[j]
    a.loose = False
    return a


def _fits(f: Features, a: _Cluster, j: int, cache: dict[tuple[int, int], int]) -> bool:
    """_compatible(f, a, _single(f, j), cache) without building the single cluster."""
    if f.doc[j] in a.docs:
        return False
    lj, d = f.loc[j], f.day[j]
    aj, gj = f.att[j], f.tgt[j]
    loose_j = lj >= 0 and f.places.gp[lj] >= 3
    exact = d >= 0 and f.exact[j]
    if a.tcls != f.tcls[j] and not ((a.loose or loose_j) and a.att and a.att == aj and
                                    a.lo >= 0 and exact and a.lo == a.hi == d):
        return False
    if (a.att and aj and a.att != aj) or ((a.delivery | f.delivery[j]) == 3 and _two_deliveries(f, a.members, (j,))):
        return False
    att = a.att or aj
    tgts = a.tgts | ((1 << gj) if gj else 0)
    if not att and _two_targets(f, tgts):
        return False
    if att and tgts >> att & 1 and _reversed(f, a.members, (j,)):
        return False
    cj = f.places.cty[lj] if lj >= 0 else 0
    pj = f.prev[j]
    if (a.cty and cj and a.cty != cj) or (pj and pj in a.ban) or (f.ban[j] & a.prev):
        return False
    if exact:
        lo = d if a.lo < 0 else min(a.lo, d)
        hi = max(a.hi, d)
        if hi - lo > DAY_WINDOW[1] or hi < a.wlo or lo > a.whi:
            return False
    elif d >= 0:
        wlo, whi = max(a.wlo, d - f.win[j]), min(a.whi, d + f.win[j])
        if wlo > whi or (a.lo >= 0 and (a.hi < wlo or a.lo > whi)):
            return False
    return lj < 0 or _places_fit(f, a.locs, (lj,), cache)


def _two_targets(f: Features, tgts: int) -> bool:
    """True when a target mask holds two sides besides civilians (the victims' name for a force's dead)."""
    if f.civilians > 0:
        tgts &= ~(1 << f.civilians)
    return bool(tgts & (tgts - 1))


def _two_deliveries(f: Features, xs: tuple[int, ...], ys: tuple[int, ...]) -> bool:
    """True when an air report of xs and a gun-tube report of ys (or the other way) are not one deadly spot."""
    dv = f.delivery
    for i in xs:
        for j in ys:
            if dv[i] + dv[j] == 3 and not one_deadly_spot(f, i, j):
                return True
    return False


def _reversed(f: Features, xs: tuple[int, ...], ys: tuple[int, ...]) -> bool:
    """True when a member of xs and a member of ys report the dyad the other way round."""
    att, tgt = f.att, f.tgt
    for i in xs:
        ai, gi = att[i], tgt[i]
        for j in ys:
            aj, gj = att[j], tgt[j]
            if (ai and ai == gj != gi and aj != gj) or (aj and aj == gi != gj and ai != gi):
                return True  # (a side fighting its own side, "A vs A", reverses nothing)
    return False


def _compatible(f: Features, a: _Cluster, b: _Cluster, cache: dict[tuple[int, int], int]) -> bool:
    """True when the union of two clusters keeps every hard constraint."""
    if any(d in b.docs for d in a.docs):
        return False
    if a.tcls != b.tcls and not ((a.loose or b.loose) and a.att and a.att == b.att and
                                 a.lo >= 0 and a.lo == a.hi == b.lo == b.hi):
        return False
    if (a.att and b.att and a.att != b.att) or ((a.delivery | b.delivery) == 3 and
                                                 _two_deliveries(f, a.members, b.members)):
        return False
    att = a.att or b.att
    tgts = a.tgts | b.tgts
    if not att and _two_targets(f, tgts):
        return False
    if att and tgts >> att & 1 and _reversed(f, a.members, b.members):
        return False
    if (a.cty and b.cty and a.cty != b.cty) or (a.ban & b.prev) or (b.ban & a.prev):
        return False
    if a.lo >= 0 and b.lo >= 0 and max(a.hi, b.hi) - min(a.lo, b.lo) > DAY_WINDOW[1]:
        return False
    lo = a.lo if b.lo < 0 else (b.lo if a.lo < 0 else min(a.lo, b.lo))
    hi = max(a.hi, b.hi)
    wlo, whi = max(a.wlo, b.wlo), min(a.whi, b.whi)
    if wlo > whi or (lo >= 0 and (hi < wlo or lo > whi)):
        return False
    return _places_fit(f, a.locs, b.locs, cache)


def _places_fit(f: Features, xs: Iterable[int], ys: Iterable[int], cache: dict[tuple[int, int], int]) -> bool:
    """True when every pair of distinct places from xs and ys may belong to one event (memoized)."""
    ys = tuple(ys)
    for x in xs:
        for y in ys:
            if x != y:
                key = (x, y) if x < y else (y, x)
                ok = cache.get(key)
                if ok is None:
                    ok = cache[key] = place_score(f.places, x, y)
                if ok < 0:
                    return False
    return True


def cluster(f: Features, *, remember: bool = True) -> list[list[int]]:
    """Groups of mention indices: best-first constrained joins, the pairs of one previous event first.

    A previous event is thus rebuilt as far as the current rules still link its mentions (a rule
    fixed since is not overruled by history); events a reviewer merged (`pinned`) are kept whole.
    """
    parent = list(range(f.n))
    info: dict[int, _Cluster] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(ri: int, rj: int, merged: _Cluster) -> None:
        keep, drop = (ri, rj) if ri < rj else (rj, ri)
        parent[drop] = keep
        info.pop(drop, None)
        info[keep] = merged

    seeds: dict[int, int] = {}
    for i in range(f.n):
        p = f.prev[i]
        if not p or p not in f.pinned or p in f.ban[i]:
            continue
        first = seeds.setdefault(p, i)
        if first != i:
            ri, rj = find(first), find(i)
            if ri != rj:
                union(ri, rj, _absorb(info.get(ri) or _single(f, ri), info.get(rj) or _single(f, rj)))
    buckets, shift = candidate_pairs(f, remember=remember)
    mask = (1 << shift) - 1
    cache: dict[tuple[int, int], int] = {}
    for s in range(MAX_SCORE + SEED_BONUS, THRESHOLD - 1, -1):
        for code in buckets.pop(s):
            ri, rj = find(code >> shift), find(code & mask)
            if ri == rj:
                continue
            a, b = info.get(ri), info.get(rj)
            if a is None:
                if b is None:  # two single mentions: the pair score already checked them
                    union(ri, rj, _absorb_one(f, _single(f, ri), rj))
                elif _fits(f, b, ri, cache):  # one joins a cluster: checked without its own summary
                    union(ri, rj, _absorb_one(f, b, ri))
            elif b is None:
                if _fits(f, a, rj, cache):
                    union(ri, rj, _absorb_one(f, a, rj))
            elif _compatible(f, a, b, cache):
                union(ri, rj, _absorb(a, b))
    groups: dict[int, list[int]] = {}
    for i in range(f.n):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())
