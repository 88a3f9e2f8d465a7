"""Which mentions report one incident: blocking, pair scores and constrained single-link clustering.

ACLED's rule is "same day, same place, same actors, same type = one event". Fusion keeps it,
tolerant of how outlets report one incident differently. The rule in full:

Hard constraints (a pair, or a cluster, that breaks one is never joined):
  * two mentions of one document never share an event (the extractor already merged them);
  * one attacker side: two known attacker sides must agree; no reversed dyad (A's attacker is
    B's target); targets may disagree (SANA's "civilians" vs CENTCOM's "militias") only when
    the attacker is known and agrees;
  * one type: reports of one attack may differ between air/drone strike, shelling/missile
    attack and "Disrupted weapons use" (drones or rockets? shot down or hit?); other sub-event
    types must be equal. A province- or country-level report of the same day and the same
    known attacker may even differ in event type (a vague report is vague about the act too);
  * places: two precise places (geo_precision 1) must be the same place or within 2 km
    (two villages 5 km apart are two ACLED events); a place at precision 2 must lie within
    25 km of the other; a province (precision 3) only joins places of that province; a
    country-level or regional mention ("شرق سوريا") joins places of its country;
  * days: day-precise reports may differ by one day (reported "yesterday" vs "today"); a
    week (time_precision 2) allows +/-3 days, a month (3) +/-15, as ACLED's middle-of-period
    dates; every member of a cluster must fit one common window;
  * reviewer splits: a mention split off an event never rejoins that event's mentions.

Candidate pairs come only from one block, (country, admin1) x day window, so the cost grows
near-linearly. Each candidate pair gets a score (see `SCORE`); pairs below THRESHOLD are
dropped, the rest are joined best-first (single-link) as long as the joined cluster still
meets every hard constraint. Best-first is what makes a province-level report join the right
precise one: the exact-day, same-actor, same-place pairs are joined before weaker ones.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .records import Location, Mention

# pair score components, in half points (integers, so that pairs are bucketed instead of sorted)
SCORE = {
    "same_day": 4, "one_day_apart": -2, "in_window": 2,
    "same_precise_place": 6, "near_place": 4, "same_coarse_place": 4, "in_province": 2, "in_country": 0,
    "same_attacker": 4, "same_target": 2, "target_disagrees": -4,
    "same_sub_event": 2, "other_sub_event": -2, "other_family": -2, "shared_weapon": 2,
    "same_precision": 1,  # breaks ties: a vague report joins the equally vague one first
}
THRESHOLD = 6  # weakest accepted pair: e.g. same day, same province, unknown attacker, same target
MAX_SCORE = 21
SEED_BONUS = MAX_SCORE + 1  # pairs of one previous event are joined before any other pair
SAME_PLACE_KM = 2.0  # precise places closer than this are one place (gazetteer duplicates)
NEAR_KM = 25.0  # a precision-2 place ("near X", "X countryside") covers this radius
DAY_WINDOW = {1: 1, 2: 3, 3: 15}  # time_precision -> +/- days a report may differ
EXPLOSIONS = "Explosions/Remote violence"
DISRUPTED = "Disrupted weapons use"
# sub-event types that reports of one attack confuse (drones or rockets? hit or shot down?)
PROJECTILE_SUBS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", DISRUPTED})
WIDE_FLAGS = ("country_only", "region")
BLOCK_STRIDE = 10_000_000  # > any date ordinal: block * stride + day is one int key
NO_BAN: frozenset[int] = frozenset()


@dataclass(slots=True)
class _Places:
    """Interned locations: index -> precision, coordinates, admin1, country, wide flag."""

    gp: list[int]
    lat: list[float]
    lon: list[float]
    adm: list[int]
    cty: list[int]
    wide: list[bool]
    same: list[int]  # score when both mentions name this very place


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
    prev: list[int]  # previous event id (interned), 0 = none
    ban: list[frozenset[int]]  # previous event ids this mention may not join (reviewer splits)
    places: _Places
    pinned: frozenset[int] = frozenset()  # previous events kept whole (reviewer merges)

    def reordered(self, order: Sequence[int]) -> Features:
        """The same features with mention k of the result being mention order[k] of these."""
        lists = {name: [getattr(self, name)[k] for k in order] for name in PER_MENTION}
        return Features(n=self.n, places=self.places, pinned=self.pinned, **lists)


PER_MENTION = ("doc", "day", "win", "exact", "tcls", "sub", "loose_sub", "att", "tgt", "loc", "weap", "prev",
               "ban")


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
    masks: dict[tuple[str, ...], int] = {}
    loc_index: dict[tuple[str, float, float, int], int] = {}
    pl = _Places(gp=[], lat=[], lon=[], adm=[], cty=[], wide=[], same=[])
    n = len(mentions)
    f = Features(n=n, doc=[], day=[], win=[], exact=[], tcls=[], sub=[], loose_sub=[], att=[], tgt=[],
                 loc=[], weap=[], prev=[0] * n, ban=[NO_BAN] * n, places=pl)
    doc_a, day_a, win_a, exact_a = f.doc.append, f.day.append, f.win.append, f.exact.append
    tcls_a, sub_a, att_a, tgt_a = f.tcls.append, f.sub.append, f.att.append, f.tgt.append
    loc_a, weap_a, loose_a = f.loc.append, f.weap.append, f.loose_sub.append
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
        for actor, add in ((m.actor1, att_a), (m.actor2, tgt_a)):
            if actor is None:
                add(0)
                continue
            side = sides.get(actor.side)
            if side is None:
                side = sides[actor.side] = len(sides)
            add(side)
        loc_a(_place(m.location, loc_index, pl, admins, countries))
        mask = masks.get(m.weapons)
        if mask is None:
            mask = masks[m.weapons] = sum({1 << (weapon_ids(w) % 62) for w in m.weapons})
        weap_a(mask)
    f.pinned = frozenset(event_ids(e) for e in pinned)
    if prev or apart:
        for i, m in enumerate(mentions):
            f.prev[i] = event_ids(prev.get(m.id))
            banned = apart.get(m.id)
            if banned:
                f.ban[i] = frozenset(event_ids(e) for e in banned)
    return f


def _kind(m: Mention, known: Mapping[tuple[str, str], tuple[int, int]]) -> tuple[int, int]:
    """(type class, sub-event) ids of a new (event type, sub-event type) pair."""
    family = EXPLOSIONS if m.sub_event_type == DISRUPTED else m.event_type
    families = {EXPLOSIONS if sub == DISRUPTED else typ: t for (typ, sub), (t, _) in known.items()}
    subs = {sub: s for (_, sub), (_, s) in known.items()}
    return (families.get(family, len(families) + 1), subs.get(m.sub_event_type, len(subs) + 1))


def _place(loc: Location | None, index: dict[tuple[str, float, float, int], int], pl: _Places,
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
    return got


def place_score(pl: _Places, a: int, b: int) -> int:
    """Score of two different places reported for one incident, or -1 when they cannot be one."""
    ca, cb = pl.cty[a], pl.cty[b]
    if ca and cb and ca != cb:
        return -1
    if pl.wide[a] or pl.wide[b]:
        return SCORE["in_country"]
    fine, coarse = (a, b) if pl.gp[a] <= pl.gp[b] else (b, a)
    if pl.gp[coarse] >= 3:
        af, ac = pl.adm[fine], pl.adm[coarse]
        return SCORE["in_province"] if (af == ac or not af) else -1
    dist = km(pl.lat[a], pl.lon[a], pl.lat[b], pl.lon[b])
    if pl.gp[coarse] == 1:
        return SCORE["same_precise_place"] if dist <= SAME_PLACE_KM else -1
    return SCORE["near_place"] if dist <= NEAR_KM else -1


@dataclass(slots=True)
class _Blocks:
    """The day indexes of one clustering: keys are block * span + (day - first)."""

    span: int
    first: int
    ids: dict[tuple[int, int, int], int]  # (country, admin1 or 0 for the whole country, family)
    own: list[int]  # each mention's own block base (its country's when wide)
    country: list[int]  # each mention's country block base
    by_block: dict[int, list[int]]  # placed (not wide) mentions in their block
    wide: dict[int, list[int]]  # wide (country-level) mentions in their country block
    by_country: dict[int, list[int]]  # placed mentions in their country block (only if there are wide ones)

    def base(self, country: int, admin1: int, family: int) -> int | None:
        """The base key of a block, None when no mention is in it."""
        b = self.ids.get((country, admin1, family))
        return None if b is None else b * self.span - self.first


def _indexes(f: Features) -> _Blocks:
    """Number the blocks and file every dated, placed mention in the day indexes."""
    pl = f.places
    dated = [d for d in f.day if d >= 0]
    margin = 2 * max(DAY_WINDOW.values())
    first = (min(dated) if dated else 0) - margin
    span = (max(dated) if dated else 0) - first + margin + 1
    bl = _Blocks(span=span, first=first, ids={}, own=[0] * f.n, country=[0] * f.n, by_block={}, wide={},
                 by_country={})
    ids = bl.ids
    loc, day, tcls = f.loc, f.day, f.tcls
    for i in range(f.n):
        li, d = loc[i], day[i]
        if li < 0 or d < 0:
            continue
        c, fam = pl.cty[li], tcls[i]
        bl.country[i] = ids.setdefault((c, 0, fam), len(ids)) * span - first
        if pl.wide[li]:
            bl.own[i] = bl.country[i]
            bl.wide.setdefault(bl.own[i] + d, []).append(i)
        else:
            bl.own[i] = ids.setdefault((c, pl.adm[li], fam), len(ids)) * span - first
            bl.by_block.setdefault(bl.own[i] + d, []).append(i)
    if bl.wide:
        for i in range(f.n):
            li, d = loc[i], day[i]
            if li >= 0 and d >= 0 and not pl.wide[li]:
                bl.by_country.setdefault(bl.country[i] + d, []).append(i)
    return bl


def candidate_pairs(f: Features, *, remember: bool = True) -> tuple[dict[int, array[int]], int]:
    """Every pair above THRESHOLD, bucketed by score, as i << shift | j codes; also the shift.

    Blocks are (country, admin1, type family) x day. Most mentions are *regular*: placed in an
    admin1 and day-precise; their pairs come from one sweep over each block sorted by day
    (today and tomorrow). The others, country-level (wide) mentions and week- or month-precise
    ones, look their windows up in the day indexes (a wide one in its whole country; one with
    a known attacker only at that attacker and unknown ones); such a pair is scored by the
    member with the wider window, then the earlier day, then the lower index. A province- or
    country-level mention with a known attacker also looks at the other type families of its
    day (a vague report may be vague about the type too); those pairs are its own, or the
    lower index's when both are coarse. With `remember`, pairs of one previous event come first.
    """
    shift = max(1, (f.n - 1).bit_length())
    buckets: dict[int, array[int]] = {s: array("q") for s in range(THRESHOLD, MAX_SCORE + SEED_BONUS + 1)}
    bl = _indexes(f)
    score = _pair_scorer(f)
    prev = f.prev if remember else [0] * f.n

    def add(i: int, j: int) -> None:
        s = score(i, j)
        if s >= THRESHOLD:
            buckets[s + SEED_BONUS if prev[i] and prev[i] == prev[j] else s].append((i << shift) | j)

    _sweep(f, bl, add)
    _look_up(f, bl, add)
    return buckets, shift


def _sweep(f: Features, bl: _Blocks, add: Callable[[int, int], None]) -> None:
    """Pairs of regular mentions: each block sorted by day, each mention against today and tomorrow."""
    wmin = min(DAY_WINDOW.values())
    day, doc, att, win, loc, wide = f.day, f.doc, f.att, f.win, f.loc, f.places.wide
    blocks: dict[int, list[int]] = {}
    for i in range(f.n):
        if loc[i] >= 0 and day[i] >= 0 and win[i] == wmin and not wide[loc[i]]:
            blocks.setdefault(bl.own[i], []).append(i)
    for members in blocks.values():
        if len(members) < 2:
            continue
        members.sort(key=day.__getitem__)
        n = len(members)
        for p in range(n - 1):
            i = members[p]
            last, di, ai = day[i] + wmin, doc[i], att[i]
            for q in range(p + 1, n):
                j = members[q]
                if day[j] > last:
                    break
                aj = att[j]
                if doc[j] == di or (ai and aj and ai != aj):
                    continue
                add(i, j)


def _look_up(f: Features, bl: _Blocks, add: Callable[[int, int], None]) -> None:
    """Pairs of wide and week/month-precise mentions, and the other-family pairs of coarse ones."""
    pl = f.places
    loc, day, win, wide, gp, att, tcls = f.loc, f.day, f.win, pl.wide, pl.gp, f.att, f.tcls
    families = sorted(set(tcls))
    wmin = min(DAY_WINDOW.values())
    any_wide = bool(bl.wide)
    empty: list[int] = []
    for i in range(f.n):
        li, di = loc[i], day[i]
        if li < 0 or di < 0:
            continue
        wi, ai = win[i], att[i]
        own_index = bl.by_country if wide[li] else bl.by_block
        if wi > wmin or wide[li]:  # a special mention; regular ones never look (their pairs are here)
            okey, wkey = bl.own[i], bl.country[i]
            for d in range(di - wi, di + wi + 1):
                cands = own_index.get(okey + d, empty)
                if any_wide:
                    cands = cands + bl.wide.get(wkey + d, empty)
                for j in cands:
                    wj, aj = win[j], att[j]
                    if (ai and aj and ai != aj) or ((wj > wmin or wide[loc[j]]) and
                                                    (wj > wi or (wj == wi and (d < di or (d == di and j <= i))))):
                        continue
                    add(i, j)
        if gp[li] < 3 or not ai:
            continue
        c, adm, fam = pl.cty[li], (0 if wide[li] else pl.adm[li]), tcls[i]
        for other in families:
            if other == fam:
                continue
            for index, base in ((own_index, bl.base(c, adm, other)), (bl.wide, bl.base(c, 0, other))):
                if base is None:
                    continue
                for j in index.get(base + di, empty):
                    if (gp[loc[j]] < 3 or j > i) and att[j] == ai:
                        add(i, j)


def _pair_scorer(f: Features) -> Callable[[int, int], int]:
    """A closure scoring one candidate pair (-99 when a hard constraint fails)."""
    doc, day, exact, tcls, sub, att, tgt, loc, weap = (f.doc, f.day, f.exact, f.tcls, f.sub, f.att,
                                                       f.tgt, f.loc, f.weap)
    loose_sub = f.loose_sub
    prev, ban, pl = f.prev, f.ban, f.places
    same, gp, wide = pl.same, pl.gp, pl.wide
    cache: dict[int, int] = {}
    nloc = max(1, len(pl.gp))
    s_att, s_tgt, s_tdis = SCORE["same_attacker"], SCORE["same_target"], SCORE["target_disagrees"]
    s_day, s_day1, s_win = SCORE["same_day"], SCORE["one_day_apart"], SCORE["in_window"]
    s_sub, s_osub, s_weap = SCORE["same_sub_event"], SCORE["other_sub_event"], SCORE["shared_weapon"]
    s_ofam, s_prec = SCORE["other_family"], SCORE["same_precision"]

    def score(i: int, j: int) -> int:
        if doc[i] == doc[j]:
            return -99
        ai, aj, gi, gj = att[i], att[j], tgt[i], tgt[j]
        if (ai and aj and ai != aj) or (ai and ai == gj != gi) or (aj and aj == gi != gj):
            return -99  # two attackers, or a reversed dyad (A hit B / B hit A; A-A fighting is no reversal)
        li, lj = loc[i], loc[j]
        family = tcls[i] == tcls[j]
        if not family and not (ai and ai == aj and day[i] == day[j] and (gp[li] >= 3 or gp[lj] >= 3)):
            return -99
        if family and sub[i] != sub[j] and not (loose_sub[i] and loose_sub[j]):
            return -99
        s = 0
        if ai and ai == aj:
            s = s_att
        if gi and gj:
            if gi == gj:
                s += s_tgt
            elif s:
                s += s_tdis
            else:
                return -99
        if prev[j] in ban[i] or prev[i] in ban[j]:
            return -99
        if li == lj:
            s += same[li] + s_prec
        else:
            key = li * nloc + lj if li < lj else lj * nloc + li
            ps = cache.get(key)
            if ps is None:
                ps = cache[key] = place_score(pl, li, lj)
            if ps < 0:
                return -99
            s += ps + (s_prec if gp[li] == gp[lj] else 0)
        if exact[i] and exact[j]:
            if day[i] == day[j]:
                s += s_day
            elif wide[li] or wide[lj]:
                return -99  # a day apart and only a country in common: too little to go on
            else:
                s += s_day1
        else:
            s += s_win
        s += (s_sub if sub[i] == sub[j] else s_osub) if family else s_ofam
        if weap[i] & weap[j]:
            s += s_weap
        return s

    return score


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
                    loose=li >= 0 and f.places.gp[li] >= 3)


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
    if a.att and aj and a.att != aj:
        return False
    att = a.att or aj
    tgts = a.tgts | ((1 << gj) if gj else 0)
    if tgts & (tgts - 1) and not att:
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
    if lj >= 0:
        for x in a.locs:
            if x != lj:
                key = (x, lj) if x < lj else (lj, x)
                ok = cache.get(key)
                if ok is None:
                    ok = cache[key] = place_score(f.places, x, lj)
                if ok < 0:
                    return False
    return True


def _reversed(f: Features, xs: tuple[int, ...], ys: tuple[int, ...]) -> bool:
    """True when a member of xs and a member of ys report the dyad the other way round."""
    att, tgt = f.att, f.tgt
    for i in xs:
        ai, gi = att[i], tgt[i]
        for j in ys:
            aj, gj = att[j], tgt[j]
            if (ai and ai == gj != gi) or (aj and aj == gi != gj):
                return True
    return False


def _compatible(f: Features, a: _Cluster, b: _Cluster, cache: dict[tuple[int, int], int]) -> bool:
    """True when the union of two clusters keeps every hard constraint."""
    if any(d in b.docs for d in a.docs):
        return False
    if a.tcls != b.tcls and not ((a.loose or b.loose) and a.att and a.att == b.att and
                                 a.lo >= 0 and a.lo == a.hi == b.lo == b.hi):
        return False
    if a.att and b.att and a.att != b.att:
        return False
    att = a.att or b.att
    tgts = a.tgts | b.tgts
    if tgts & (tgts - 1) and not att:
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
    for x in a.locs:
        for y in b.locs:
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
                    union(ri, rj, _absorb(_single(f, ri), _single(f, rj)))
                elif _fits(f, b, ri, cache):  # one joins a cluster: checked without its own summary
                    union(ri, rj, _absorb(b, _single(f, ri)))
            elif b is None:
                if _fits(f, a, rj, cache):
                    union(ri, rj, _absorb(a, _single(f, rj)))
            elif _compatible(f, a, b, cache):
                union(ri, rj, _absorb(a, b))
    groups: dict[int, list[int]] = {}
    for i in range(f.n):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())
