"""One fused event from the mentions of one incident: which value wins for every field.

* place: the most precise one (lowest geo_precision), then the one most reports name;
* day: from the most precise reports (lowest time_precision), the day most of them give
  (weighted by mention confidence), then the earlier day;
* sub-event type: the one most reports give (weighted by confidence), then the best report's;
* actors: the attacker is the known attacker side (fusion never mixes two); the target is
  the known side most reports give; an unknown side yields to a known one;
* weapons, sources, claims and evidence: the union, best report first, without repeats;
* fatalities: the conservative figure over every claim (rasd.claims_summary), with the range
  and the dispute flag; injured the same way;
* confidence: the best report's confidence, raised for every further independent origin
  (a named source, or the outlet/document of an unattributed report):
  1 - (1 - best) * 0.6 ** (origins - 1), at most 0.99.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date

from .claims_summary import NO_FIGURE, Figure, figure
from .records import Actor, Claim, Event, Evidence, Location, Mention

INDEPENDENCE = 0.6  # each further independent origin keeps 60 % of the remaining doubt
MAX_CONFIDENCE = 0.99


def _rank(m: Mention) -> tuple[float, str, str]:
    """Best report first: higher confidence, then doc id, then mention id."""
    return (-m.confidence, m.doc_id, m.id)


def _vote(values: Sequence[tuple[str, float]]) -> str | None:
    """The value with the highest total weight; ties go to the value seen first."""
    totals: dict[str, float] = {}
    for v, w in values:
        totals[v] = totals.get(v, 0.0) + w
    best: str | None = None
    for v, w in totals.items():
        if best is None or w > totals[best] + 1e-9:
            best = v
    return best


def _actor(ranked: Sequence[Mention], attr: str) -> Actor | None:
    """The actor of the winning known side (best report's actor of that side), else the best's."""
    actors = [getattr(m, attr) for m in ranked]
    side = _vote([(a.side, m.confidence) for a, m in zip(actors, ranked, strict=True)
                  if a is not None and a.side != "UNKNOWN"])
    if side is None:
        return next((a for a in actors if a is not None), None)
    return next(a for a in actors if a is not None and a.side == side)


def _claims(ranked: Sequence[Mention]) -> tuple[Claim, ...]:
    """Every claim once, each carrying the document it came from."""
    seen: set[tuple[object, ...]] = set()
    out: list[Claim] = []
    for m in ranked:
        for c in m.claims:
            if c.doc_id is None:
                c = dataclasses.replace(c, doc_id=m.doc_id)
            key = (c.doc_id, c.start, c.end, c.field, c.value, c.source)
            if key not in seen:
                seen.add(key)
                out.append(c)
    return tuple(out)


def _evidence(ranked: Sequence[Mention]) -> tuple[Evidence, ...]:
    """Every evidence span once."""
    seen: set[tuple[str, int, int]] = set()
    out: list[Evidence] = []
    for m in ranked:
        for e in m.evidence:
            key = (e.doc_id, e.start, e.end)
            if key not in seen:
                seen.add(key)
                out.append(e)
    return tuple(out)


def _location(ranked: Sequence[Mention]) -> Location | None:
    """The most precise place, then the one most reports name."""
    placed = [(m.location, m.confidence) for m in ranked if m.location is not None]
    if not placed:
        return None
    top = min(loc.geo_precision for loc, _ in placed)
    at_top = [(loc, w) for loc, w in placed if loc.geo_precision == top]
    loc_id = _vote([(loc.id, w) for loc, w in at_top])
    return next(loc for loc, _ in at_top if loc.id == loc_id)


def _day(ranked: Sequence[Mention]) -> tuple[date | None, int | None]:
    """The day most of the most precise reports give (then the earliest) and its precision."""
    dated = sorted((m.event_date, m.time_precision or 1, m.confidence) for m in ranked
                   if m.event_date is not None)
    if not dated:
        return None, ranked[0].time_precision
    precision = min(p for _, p, _ in dated)
    totals: dict[date, float] = {}
    for day, p, w in dated:
        if p == precision:
            totals[day] = totals.get(day, 0.0) + w
    return max(totals, key=totals.__getitem__), precision


def confidence(ranked: Sequence[Mention], outlets: Mapping[str, str | None]) -> float:
    """Best confidence raised by the number of independent origins (sources, else outlets)."""
    origins: set[str] = set()
    for m in ranked:
        if m.sources:
            origins.update(m.sources)
        else:
            origins.add(outlets.get(m.doc_id) or f"doc:{m.doc_id}")
    best = max(m.confidence for m in ranked)
    return min(MAX_CONFIDENCE, 1.0 - (1.0 - best) * INDEPENDENCE ** (len(origins) - 1))


def build_event(eid: str, members: Sequence[Mention], *, absorbed: Sequence[str] = (),
                outlets: Mapping[str, str | None] | None = None) -> Event:
    """The fused event `eid` of `members` (at least one mention)."""
    if not members:
        raise ValueError(f"event {eid}: no mentions to build it from")
    if len(members) == 1:
        return single_event(eid, members[0], absorbed=absorbed, outlets=outlets or {})
    return fused_event(eid, members, absorbed=absorbed, outlets=outlets or {})


def single_event(eid: str, m: Mention, *, absorbed: Sequence[str],
                 outlets: Mapping[str, str | None]) -> Event:
    """The event of one mention: the same values as `fused_event` would give, found faster."""
    claims = m.claims
    if any(c.doc_id is None for c in claims):
        claims = _claims((m,))
    fat = figure(claims, "fatalities") if claims else NO_FIGURE
    if fat.value is None and m.fatalities is not None:
        fat = Figure(value=m.fatalities, low=m.fatalities, high=m.fatalities, disputed=False)
    injured = figure(claims, "injured").value if claims else None
    if injured is None:
        injured = m.injured
    evidence = m.evidence if len(m.evidence) < 2 else _evidence((m,))
    sources = tuple(dict.fromkeys(m.sources)) if len(m.sources) > 1 else m.sources
    origins = len(set(sources)) or 1
    conf = min(MAX_CONFIDENCE, 1.0 - (1.0 - m.confidence) * INDEPENDENCE ** (origins - 1))
    return Event(
        id=eid, event_date=m.event_date,
        time_precision=(m.time_precision or 1) if m.event_date is not None else m.time_precision,
        event_type=m.event_type, sub_event_type=m.sub_event_type, actor1=m.actor1, actor2=m.actor2,
        location=m.location, weapons=tuple(dict.fromkeys(m.weapons)) if len(m.weapons) > 1 else m.weapons,
        fatalities=fat.value, fatalities_min=fat.low, fatalities_max=fat.high, disputed=fat.disputed,
        injured=injured, claims=claims, sources=sources, evidence=evidence, confidence=round(conf, 4),
        mention_ids=(m.id,), documents=(m.doc_id,), absorbed_ids=tuple(absorbed),
    )


def fused_event(eid: str, members: Sequence[Mention], *, absorbed: Sequence[str],
                outlets: Mapping[str, str | None]) -> Event:
    """The event of several mentions, each field chosen by the rules of the module docstring."""
    ranked = sorted(members, key=_rank)
    best = ranked[0]
    event_date, precision = _day(ranked)
    sub = _vote([(m.sub_event_type, m.confidence) for m in ranked]) or best.sub_event_type
    event_type = next(m.event_type for m in ranked if m.sub_event_type == sub)
    claims = _claims(ranked)
    fat = figure(claims, "fatalities")
    if fat.value is None:
        stated = [m.fatalities for m in ranked if m.fatalities is not None]
        if stated:
            fat = Figure(value=min(stated), low=min(stated), high=max(stated),
                         disputed=min(stated) != max(stated))
    injured = figure(claims, "injured").value
    if injured is None:
        injured = min((m.injured for m in ranked if m.injured is not None), default=None)
    return Event(
        id=eid, event_date=event_date, time_precision=precision, event_type=event_type,
        sub_event_type=sub, actor1=_actor(ranked, "actor1"), actor2=_actor(ranked, "actor2"),
        location=_location(ranked), weapons=tuple(dict.fromkeys(w for m in ranked for w in m.weapons)),
        fatalities=fat.value, fatalities_min=fat.low, fatalities_max=fat.high, disputed=fat.disputed,
        injured=injured, claims=claims, sources=tuple(dict.fromkeys(s for m in ranked for s in m.sources)),
        evidence=_evidence(ranked), confidence=round(confidence(ranked, outlets), 4),
        mention_ids=tuple(sorted(m.id for m in ranked)), documents=tuple(sorted({m.doc_id for m in ranked})),
        absorbed_ids=tuple(absorbed),
    )
