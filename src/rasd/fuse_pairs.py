"""Candidate pairs: blocking by place, type family and day, and the score of each pair (rasd.fuse_cluster)."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .fuse_keys import (
    DAY_WINDOW,
    MAX_SCORE,
    SCORE,
    SEED_BONUS,
    THRESHOLD,
    Features,
    one_deadly_spot,
    one_spot,
    place_score,
)


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
    lower index's when both are coarse; so does a report of arrests, for the violent reports of its
    attacker's raid that day. With `remember`, pairs of one previous event come first.
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
    day, doc, att, tgt, win, loc, wide, dead = f.day, f.doc, f.att, f.tgt, f.win, f.loc, f.places.wide, f.dead
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
                if doc[j] == di or (ai and aj and ai != aj and not (ai == tgt[j] and aj == tgt[i]) and
                                    dead[i] + dead[j] < 2):
                    continue  # two attackers: neither one air strike told both ways nor one deadly fight (score)
                add(i, j)


def _look_up(f: Features, bl: _Blocks, add: Callable[[int, int], None]) -> None:
    """Pairs of wide and week/month-precise mentions; other-family pairs of coarse, deadly, civilian-target, arrest ones."""
    pl = f.places
    loc, day, win, wide, gp, att, tcls, violent, dead = (f.loc, f.day, f.win, pl.wide, pl.gp, f.att, f.tcls,
                                                         f.violent, f.dead)
    sub, arrests, tgt, civ = f.sub, f.arrests, f.tgt, f.civilians
    families = sorted(set(tcls))

    def deed(k: int) -> bool:
        """A known attacker's violent report that looks for its other-type tellings: deadly, or against civilians."""
        return bool(att[k]) and tcls[k] in violent and (dead[k] == 1 or tgt[k] == civ)

    wmin = min(DAY_WINDOW.values())
    any_wide = bool(bl.wide)
    empty: list[int] = []
    elsewhere: dict[tuple[int, int, int, bool], list[tuple[dict[int, list[int]], int]]] = {}
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
        coarse = gp[li] >= 3
        raid = sub[i] == arrests
        if not ai or not (coarse or raid or deed(i)):
            continue
        where = (pl.cty[li], 0 if wide[li] else pl.adm[li], tcls[i], wide[li])
        others = elsewhere.get(where)
        if others is None:
            others = elsewhere[where] = _other_families(bl, where[:3], families, own_index)
        for index, base in others:
            for j in index.get(base + di, empty):
                if att[j] == ai and ((gp[loc[j]] < 3 or j > i) if coarse else (
                        gp[loc[j]] < 3 and tcls[j] in violent) if raid else (
                        gp[loc[j]] < 3 and tcls[j] in violent and one_deed(dead[i], dead[j], tgt[i], tgt[j], civ) and
                        (j > i or not deed(j)))):
                    add(i, j)


def _other_families(bl: _Blocks, where: tuple[int, ...], families: Sequence[int],
                    own_index: dict[int, list[int]]) -> list[tuple[dict[int, list[int]], int]]:
    """(index, block base) pairs holding the other type families of a coarse mention's place."""
    c, adm, fam = where
    out = []
    for other in families:
        if other == fam:
            continue
        for index, base in ((own_index, bl.base(c, adm, other)), (bl.wide, bl.base(c, 0, other))):
            if base is not None:
                out.append((index, base))
    return out


def one_deed(dead_a: int, dead_b: int, tgt_a: int, tgt_b: int, civilians: int) -> bool:
    """True when two violent reports of one attacker, place and day may be one deed however typed.

    Their tolls (1 deaths, 0 none, -1 not told) give deaths and no 'none', or both name civilians as the target
    (a settlers' raid on a village: an attack in one report, a clash or arson in another).
    """
    return ((dead_a == 1 or dead_b == 1) and dead_a != 0 and dead_b != 0) or tgt_a == tgt_b == civilians


def _pair_scorer(f: Features) -> Callable[[int, int], int]:
    """A closure scoring one candidate pair (-99 when a hard constraint fails)."""
    doc, day, exact, tcls, sub, att, tgt, loc, weap = (f.doc, f.day, f.exact, f.tcls, f.sub, f.att,
                                                       f.tgt, f.loc, f.weap)
    delivery, dead, ally, violent, arrests = f.delivery, f.dead, f.ally, f.violent, f.arrests
    loose_sub, air = f.loose_sub, f.air
    prev, ban, pl = f.prev, f.ban, f.places
    same, gp, wide = pl.same, pl.gp, pl.wide
    cache: dict[int, int] = {}
    nloc = max(1, len(pl.gp))
    s_att, s_tgt, s_tdis = SCORE["same_attacker"], SCORE["same_target"], SCORE["target_disagrees"]
    s_day, s_day1, s_win = SCORE["same_day"], SCORE["one_day_apart"], SCORE["in_window"]
    s_sub, s_osub, s_weap = SCORE["same_sub_event"], SCORE["other_sub_event"], SCORE["shared_weapon"]
    s_ofam, s_prec, s_civ, civ = SCORE["other_family"], SCORE["same_precision"], SCORE["civilians_or_not"], f.civilians
    s_seat = SCORE["seat_and_village"]

    def score(i: int, j: int) -> int:
        if doc[i] == doc[j]:
            return -99
        ai, aj, gi, gj = att[i], att[j], tgt[i], tgt[j]
        li, lj = loc[i], loc[j]
        one_time = exact[i] and exact[j] and day[i] == day[j] and one_spot(pl, li, lj)
        flipped = ai and aj and ai != aj and one_time and (
            (ai == gj and aj == gi and sub[i] == sub[j] == air) or  # A's raid on B / B's on A
            (tcls[i] == tcls[j] and tcls[i] in violent and dead[i] == dead[j] == 1 and civ not in (ai, aj) and
             bool({ai, gi} & {aj, gj} - {0, civ})))  # one deadly fight, each report naming another side's attacker
        if not flipped and ((ai and aj and ai != aj) or (ai and ai == gj != gi and aj != gj) or (
                aj and aj == gi != gj and ai != gi)):
            return -99  # two attackers, or a reversed dyad (A hit B / B hit A; A-A fighting is no reversal)
        family = tcls[i] == tcls[j]
        if not family and not (ai and ai == aj and day[i] == day[j] and (
                gp[li] >= 3 or gp[lj] >= 3 or (tcls[i] in violent and tcls[j] in violent and one_deed(dead[i], dead[j], gi, gj, civ)) or
                (sub[i] == arrests and tcls[j] in violent) or (sub[j] == arrests and tcls[i] in violent))):
            return -99  # another type: a coarse report, one attacker's deadly clash / shelling at one place that day,
            # or a raid's arrests and its violence
        if family and sub[i] != sub[j] and not (loose_sub[i] and loose_sub[j]):
            return -99
        if delivery[i] + delivery[j] == 3 and not one_deadly_spot(f, i, j):
            return -99  # from the air / by gun tubes: two attacks, unless both count the dead of one spot
        s = 0
        if ai and ai == aj:
            s = s_att
        if gi and gj and not flipped:
            if gi == gj:
                s += s_tgt
            elif civ in (gi, gj):  # the victims' side says "civilians", the attacker's names a force: no real
                s += s_civ  # conflict, even when one report (or both) does not say who attacked
            elif s:
                s += s_tdis
            else:
                return -99
        if prev[j] in ban[i] or prev[i] in ban[j]:
            return -99
        if li != lj and (wide[li] or wide[lj]) and not (ai and ai == aj):
            return -99  # only a country or region in common: too little without one known attacker
        if li == lj:
            s += same[li] + s_prec
        else:
            key = li * nloc + lj if li < lj else lj * nloc + li
            ps = cache.get(key)
            if ps is None:
                ps = cache[key] = place_score(pl, li, lj)
            if ps < 0 or (ps == s_seat and not (ai and ai == aj and exact[i] and exact[j] and day[i] == day[j])):
                return -99  # a seat and a village of its district: only one known attacker's reports of one day
            s += ps + (s_prec if gp[li] == gp[lj] else 0)
        if exact[i] and exact[j]:
            if day[i] == day[j]:
                s += s_day
            elif wide[li] or wide[lj] or dead[i] + dead[j] == 1 or (ally[i] and ally[j] and ally[i] != ally[j]):
                return -99  # a day apart and only a country in common, one report's dead and the other's none,
                # or two allies' raids
            else:  # (a missile on Marib city one day, 2 killed, and another the next, 4 injured: two attacks)
                s += s_day1
        else:
            s += s_win
        s += (s_sub if sub[i] == sub[j] else s_osub) if family else s_ofam
        if weap[i] & weap[j]:
            s += s_weap
        return s

    return score

