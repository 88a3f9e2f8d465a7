"""Fuse: mentions of the same incident across articles become one event, with stable ids.

ACLED's rule (same day, same place, same actor pair, same type = one event),
made tolerant of reporting differences: a province-level place joins a
precise one, an unknown attacker joins a named one, and a mention whose day
is only approximate joins within its precision window. Candidate pairs are
found by blocking on date, so cost grows near-linearly with the mentions.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from .records import Actor, Claim, Event, Location, Mention

WINDOW = {1: 0, 2: 3, 3: 15, None: 0}


def km(a: Location, b: Location) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _known(a: Actor | None) -> str | None:
    """A known side or None."""
    return a.side if a is not None and a.side != "UNKNOWN" else None


def same_incident(a: Mention, b: Mention) -> bool:
    """True when two mentions from different articles report one incident."""
    if a.doc_id == b.doc_id:
        return False
    if a.event_date is None or b.event_date is None:
        return False
    window = max(WINDOW.get(a.time_precision, 0), WINDOW.get(b.time_precision, 0))
    if abs((a.event_date - b.event_date).days) > window:
        return False
    if (a.sub_event_type == "Disrupted weapons use") != (b.sub_event_type == "Disrupted weapons use"):
        return False
    if a.event_type != b.event_type:
        return False
    for x, y in ((_known(a.actor1), _known(b.actor1)), (_known(a.actor2), _known(b.actor2))):
        if x and y and x != y:
            return False
    la, lb = a.location, b.location
    if la is None or lb is None:
        return False
    if la.id == lb.id:
        return True
    if la.geo_precision == 1 and lb.geo_precision == 1:
        return km(la, lb) < 3
    coarse, fine = (la, lb) if la.geo_precision >= lb.geo_precision else (lb, la)
    if coarse.geo_precision == 2:
        return km(coarse, fine) <= 40
    return bool(coarse.admin1) and coarse.admin1 == fine.admin1 and a.sub_event_type == b.sub_event_type


def _find(parent: dict[str, str], x: str) -> str:
    """Union-find root with path halving."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def cluster(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Group mentions into incidents; blocking by event day keeps the pair count small."""
    by_day: dict[date, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.event_date is not None:
            by_day[m.event_date].append(m)
    parent = {m.id: m.id for m in mentions}
    for day, group in by_day.items():
        widest = max(WINDOW.get(m.time_precision, 0) for m in group)
        near: list[Mention] = []
        for d in range(-widest, widest + 1):
            near.extend(by_day.get(day + timedelta(days=d), ()))
        for a in group:
            for b in near:
                if a.id < b.id and same_incident(a, b):
                    ra, rb = _find(parent, a.id), _find(parent, b.id)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[_find(parent, m.id)].append(m)
    return list(groups.values())


def _event_id(members: Sequence[Mention], previous: Mapping[str, str]) -> str:
    """Keep the oldest previous id of any member, else derive one from the first mention id."""
    old = sorted({previous[m.id] for m in members if m.id in previous})
    if old:
        return old[0]
    first = min(m.id for m in members)
    return "ev-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:16]


def _conservative(claims: Sequence[Claim], fld: str) -> tuple[int | None, int | None, int | None]:
    """Chosen figure (lowest credible), minimum and maximum over every claim of a field."""
    vals = [c for c in claims if c.field == fld and isinstance(c.value, int)]
    if not vals:
        return None, None, None
    figures = [int(c.value) for c in vals if isinstance(c.value, int)]
    positive = [v for v in figures if v > 0]
    chosen = min(positive) if positive else 0
    return chosen, min(figures), max(int(c.max if c.max is not None else c.value) for c in vals)  # type: ignore[arg-type]


def fuse(mentions: Sequence[Mention], previous: Mapping[str, str] | None = None) -> tuple[list[Event], dict[str, str]]:
    """Fuse mentions into events; `previous` maps mention id -> event id from the last run."""
    prev = previous or {}
    events: list[Event] = []
    assign: dict[str, str] = {}
    for members in cluster(mentions):
        members = sorted(members, key=lambda m: (-(m.confidence), m.doc_id, m.id))
        best = members[0]
        eid = _event_id(members, prev)
        used = {e.id for e in events}
        while eid in used:
            eid = "ev-" + hashlib.sha1(eid.encode()).hexdigest()[:16]
        loc = min((m.location for m in members if m.location), key=lambda x: x.geo_precision, default=None)
        claims = tuple(c if c.doc_id else c for m in members for c in m.claims)
        fat_claims = [m.fatalities for m in members if m.fatalities is not None]
        fat, fmin, fmax = _conservative(claims, "fatalities")
        if fat is None and fat_claims:
            fat = min(fat_claims)
        inj = min((m.injured for m in members if m.injured is not None), default=None)
        sources = tuple(dict.fromkeys(s for m in members for s in m.sources))
        docs = tuple(dict.fromkeys(m.doc_id for m in members))
        a1 = next((m.actor1 for m in members if _known(m.actor1)), best.actor1)
        a2 = next((m.actor2 for m in members if _known(m.actor2)), best.actor2)
        conf = min(0.99, best.confidence + 0.08 * (len(docs) - 1) + 0.03 * max(0, len(sources) - 1))
        ev = Event(
            id=eid, event_date=best.event_date, time_precision=best.time_precision,
            event_type=best.event_type, sub_event_type=best.sub_event_type, actor1=a1, actor2=a2,
            location=loc, weapons=tuple(dict.fromkeys(w for m in members for w in m.weapons)),
            fatalities=fat, fatalities_min=fmin, fatalities_max=fmax,
            disputed=fmin is not None and fmax is not None and fmin != fmax, injured=inj,
            claims=claims, sources=sources, evidence=tuple(e for m in members for e in m.evidence),
            confidence=conf, mention_ids=tuple(m.id for m in members), documents=docs,
        )
        events.append(ev)
        for m in members:
            assign[m.id] = eid
    events.sort(key=lambda e: (e.event_date or date.max, e.id))
    return events, assign
