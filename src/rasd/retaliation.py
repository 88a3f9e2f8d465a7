"""Retaliation links: an event reported "in response to" another points at it (Event.retaliation_for).

The extractor marks a mention `retaliation=True` when its clause says "ردا على", "رداً على
ذلك", "عقب", "بعد ساعات من"; an event retaliates when any of its mentions does. The rule:

1. Candidates are events with the reversed dyad: their attacker side is our target side
   (when our target is unknown: their target side is our attacker side), both known.
2. They happened before us: 1 to 3 days earlier, or the same day.
3. Ranked: first events that share a document with us (the article that says "in response"
   usually reports the cause); then by order evidence: earlier days, or the same day and
   earlier in a shared text; then same-day events with no shared text; last same-day events
   later in a shared text ("struck X, in response to an attack on Y" names the cause second);
   then the most recent, then the nearest place, then the id.
4. One link per event, to the best candidate. Links of the first two order classes are made
   first; a weaker link is skipped when the candidate (or another attack that day by the
   candidate's attacker: one response reported at two bases) already retaliates for us, so
   same-day events never point at each other.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from .fuse_keys import km
from .records import Event, Mention

WINDOW_DAYS = 3
EARLIER, UNORDERED, LATER_IN_TEXT = 0, 1, 2


def _known(side: str | None) -> str | None:
    """A known side or None."""
    return side if side and side != "UNKNOWN" else None


def _positions(event: Event) -> dict[str, int]:
    """Where the event is first reported in each of its documents."""
    pos: dict[str, int] = {}
    for ev in event.evidence:
        if ev.doc_id not in pos or ev.start < pos[ev.doc_id]:
            pos[ev.doc_id] = ev.start
    return pos


def _order(ours: dict[str, int], theirs: dict[str, int], days: int) -> tuple[bool, int]:
    """(shares a document, order class) of a candidate `days` before us."""
    shared = [d for d in ours if d in theirs]
    if days > 0:
        return bool(shared), EARLIER
    if not shared:
        return False, UNORDERED
    earlier = any(theirs[d] < ours[d] for d in shared)
    return True, EARLIER if earlier else LATER_IN_TEXT


def _distance(a: Event, b: Event) -> float:
    """Km between two events' places (far when unknown)."""
    if a.location is None or b.location is None:
        return 1e9
    return km(a.location.lat, a.location.lon, b.location.lat, b.location.lon)


def link_retaliation(events: Sequence[Event], mentions: Iterable[Mention]) -> list[Event]:
    """The events with `retaliation_for` set by the rule of the module docstring (same order)."""
    flagged = {m.id for m in mentions if m.retaliation}
    if not flagged:
        return list(events)
    by_attacker: dict[str, list[tuple[int, str, int]]] = {}
    by_target: dict[str, list[tuple[int, str, int]]] = {}
    for n, e in enumerate(events):
        if e.event_date is None:
            continue
        key = (e.event_date.toordinal(), e.id, n)
        if a1 := _known(e.actor1.side if e.actor1 else None):
            by_attacker.setdefault(a1, []).append(key)
        if a2 := _known(e.actor2.side if e.actor2 else None):
            by_target.setdefault(a2, []).append(key)
    for index in (by_attacker, by_target):
        for keys in index.values():
            keys.sort()
    ranked: dict[int, list[tuple[tuple[int, int, int, float, str], int]]] = {}
    for n, e in enumerate(events):
        if e.event_date is None or not any(mid in flagged for mid in e.mention_ids):
            continue
        ranked[n] = _candidates(n, events, by_attacker, by_target)
    links: dict[int, int] = {}
    for strong in (True, False):
        for n, cands in sorted(ranked.items()):
            if n in links:
                continue
            for rank, c in cands:
                if strong and rank[1] > EARLIER:
                    break
                if not _answers_us(events, links, n, c):
                    links[n] = c
                    break
    return [dataclasses.replace(e, retaliation_for=(events[links[n]].id,)) if n in links else e
            for n, e in enumerate(events)]


def _answers_us(events: Sequence[Event], links: dict[int, int], n: int, c: int) -> bool:
    """True when candidate c, or a same-day attack by c's attacker, already retaliates for n."""
    if links.get(c) == n:
        return True
    cand = events[c]
    side = _side(cand, "actor1")
    return any(target == n and events[r].event_date == cand.event_date and _side(events[r], "actor1") == side
               for r, target in links.items())


def _side(event: Event, attr: str) -> str | None:
    """The side of an event's actor1 or actor2."""
    actor = event.actor1 if attr == "actor1" else event.actor2
    return actor.side if actor is not None else None


def _candidates(n: int, events: Sequence[Event], by_attacker: dict[str, list[tuple[int, str, int]]],
                by_target: dict[str, list[tuple[int, str, int]]]
                ) -> list[tuple[tuple[int, int, int, float, str], int]]:
    """Ranked candidate causes of event n: (rank key, event index), best first."""
    e = events[n]
    if e.event_date is None:
        return []
    ours_att = _known(e.actor1.side if e.actor1 else None)
    ours_tgt = _known(e.actor2.side if e.actor2 else None)
    if ours_tgt:
        pool = by_attacker.get(ours_tgt, [])
    elif ours_att:
        pool = by_target.get(ours_att, [])
    else:
        return []
    day = e.event_date.toordinal()
    lo, hi = bisect_left(pool, (day - WINDOW_DAYS,)), bisect_right(pool, (day, "\uffff"))
    ours = _positions(e)
    out = []
    for cday, cid, c in pool[lo:hi]:
        if c == n:
            continue
        cand = events[c]
        if ours_att and _known(cand.actor1.side if cand.actor1 else None) == ours_att:
            continue  # same attacker on both sides: not a reversed dyad
        shared, order = _order(ours, _positions(cand), day - cday)
        out.append(((0 if shared else 1, order, day - cday, _distance(e, cand), cid), c))
    out.sort()
    return out
