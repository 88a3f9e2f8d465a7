"""One fused event from the mentions of one incident: which value wins for every field.

* place: the most precise one (lowest geo_precision), then the one most reports name;
* day: from the most precise reports (lowest time_precision), the day most of them give
  (weighted by mention confidence), then the earlier day;
* sub-event type: the one most reports give (weighted by confidence), then the best report's;
* actors: the attacker is the known attacker side most reports give (fusion mixes two only for allies'
  reports of one day: Syrian and Russian air raids, Israel and the US); the target is the known side
  most reports give; an unknown side yields to a known one; when the two are one side (other than OTHER, which
  fights itself: the army against the RSF), reports that name different attackers of one fight (fusion joins them,
  rasd.fuse_pairs) left the winners crossed, and the best report naming two sides gives the dyad;
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
from typing import Any

from .claims_summary import NO_FIGURE, Figure, figure
from .records import Actor, Claim, Event, Evidence, Mention

INDEPENDENCE = 0.6  # each further independent origin keeps 60 % of the remaining doubt
MAX_CONFIDENCE = 0.99


def _rank(m: Mention) -> tuple[float, str, str]:
    """Best report first: higher confidence, then doc id, then mention id."""
    return (-m.confidence, m.doc_id, m.id)


def _dyad(a1: Actor | None, a2: Actor | None, ranked: Sequence[Mention]) -> tuple[Actor | None, Actor | None]:
    """The voted attacker and target, or the best two-sided report's when the votes made one side fight itself."""
    if a1 is None or a2 is None or a1.side != a2.side or a1.side in ("OTHER", "UNKNOWN"):
        return a1, a2
    for m in ranked:
        b1, b2 = m.actor1, m.actor2
        if b1 is not None and b2 is not None and b1.side != b2.side and "UNKNOWN" not in (b1.side, b2.side):
            return b1, b2
    return a1, a2


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


class _Tally:
    """Weighted votes for one field: value -> (total weight, first item seen with that value)."""

    __slots__ = ("votes",)

    def __init__(self) -> None:
        self.votes: dict[Any, list[Any]] = {}

    def add(self, key: Any, weight: float, item: Any) -> None:
        """Count `weight` for `key`, remembering the first `item` given for it."""
        v = self.votes.get(key)
        if v is None:
            self.votes[key] = [weight, item]
        else:
            v[0] += weight

    def winner(self) -> Any:
        """The item of the heaviest key; ties go to the key seen first."""
        best = None
        for v in self.votes.values():
            if best is None or v[0] > best[0] + 1e-9:
                best = v
        return None if best is None else best[1]


def fused_event(eid: str, members: Sequence[Mention], *, absorbed: Sequence[str],
                outlets: Mapping[str, str | None]) -> Event:
    """The event of several mentions, each field chosen by the rules of the module docstring.

    One pass over the reports, best first (the same choices as _location, _day and _actor).
    """
    ranked = sorted(members, key=_rank)
    best = ranked[0]
    top_place, places = 9, _Tally()
    top_time, days = 9, _Tally()
    subs, attackers, targets = _Tally(), _Tally(), _Tally()
    first_a1: Actor | None = None
    first_a2: Actor | None = None
    weapons: dict[str, None] = {}
    sources: dict[str, None] = {}
    origins: set[str] = set()
    fat_stated: list[int] = []
    inj_stated: list[int] = []
    for m in ranked:
        w = m.confidence
        loc = m.location
        if loc is not None and loc.geo_precision <= top_place:
            if loc.geo_precision < top_place:
                top_place, places = loc.geo_precision, _Tally()
            places.add(loc.id, w, loc)
        if m.event_date is not None:
            tp = m.time_precision or 1
            if tp <= top_time:
                if tp < top_time:
                    top_time, days = tp, _Tally()
                days.add(m.event_date, w, m.event_date)
        subs.add(m.sub_event_type, w, m)
        a1, a2 = m.actor1, m.actor2
        if a1 is not None:
            if a1.side != "UNKNOWN":
                attackers.add(a1.side, w, a1)
            first_a1 = first_a1 or a1
        if a2 is not None:
            if a2.side != "UNKNOWN":
                targets.add(a2.side, w, a2)
            first_a2 = first_a2 or a2
        for x in m.weapons:
            weapons[x] = None
        if m.sources:
            for x in m.sources:
                sources[x] = None
            origins.update(m.sources)
        else:
            origins.add(outlets.get(m.doc_id) or f"doc:{m.doc_id}")
        if m.fatalities is not None:
            fat_stated.append(m.fatalities)
        if m.injured is not None:
            inj_stated.append(m.injured)
    claims = _claims(ranked)
    fat = figure(claims, "fatalities") if claims else NO_FIGURE
    if fat.value is None and fat_stated:
        fat = Figure(value=min(fat_stated), low=min(fat_stated), high=max(fat_stated),
                     disputed=min(fat_stated) != max(fat_stated))
    injured = figure(claims, "injured").value if claims else None
    if injured is None and inj_stated:
        injured = min(inj_stated)
    sub_from: Mention = subs.winner()
    actor1, actor2 = _dyad(attackers.winner() or first_a1, targets.winner() or first_a2, ranked)
    conf = min(MAX_CONFIDENCE, 1.0 - (1.0 - max(m.confidence for m in ranked)) * INDEPENDENCE ** (len(origins) - 1))
    return Event(
        id=eid, event_date=_earliest_heaviest(days), time_precision=top_time if days.votes else best.time_precision,
        event_type=sub_from.event_type, sub_event_type=sub_from.sub_event_type,
        actor1=actor1, actor2=actor2,
        location=places.winner(), weapons=tuple(weapons), fatalities=fat.value, fatalities_min=fat.low,
        fatalities_max=fat.high, disputed=fat.disputed, injured=injured, claims=claims, sources=tuple(sources),
        evidence=_evidence(ranked), confidence=round(conf, 4),
        mention_ids=tuple(sorted(m.id for m in ranked)), documents=tuple(sorted({m.doc_id for m in ranked})),
        absorbed_ids=tuple(absorbed),
    )


def _earliest_heaviest(days: _Tally) -> date | None:
    """The day with the most weight; ties go to the earliest day."""
    best: list[Any] | None = None
    for v in days.votes.values():
        if best is None or v[0] > best[0] + 1e-9 or (abs(v[0] - best[0]) <= 1e-9 and v[1] < best[1]):
            best = v
    return None if best is None else best[1]
