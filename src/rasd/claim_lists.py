"""Claim lists: the figures of a per-place list, each the toll of the incident the article tells at its place.

'استشهد 17, توزعوا بواقع 9 شهداء في مخيم النصيرات, و4 في دير البلح' is often told in the lead
of a round-up whose own frame is only the total (an aggregate, a headline); the incidents are
told after it, place by place, some with no count of their own ('شهداء النصيرات ارتقوا في
قصف'). Each listed figure is the toll of the incident told at its place.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .claim_scope import TOWN_KM
from .claim_split import place_spans
from .fuse_keys import km
from .recognize import Recognized
from .records import Claim

if TYPE_CHECKING:
    from .frame import Frame

LIST_ITEMS = 2  # places a list gives figures of one field for, at least


def listed_claims(rec: Recognized, loc: Any, day: date | None, own: list[Claim], frames: list[Frame]) -> list[Claim]:
    """The list items of other incidents' sentences given for loc's town on that day, for a field loc has no
    figure of (not the toll of an earlier strike on the town told in the background).

    A claim is a list item when its evidence ends (or begins) with its place, and its frame holds
    figures of its field for LIST_ITEMS distinct places or more (claim_places.scoped_span widens each item so).
    """
    have = {c.field for c in own if c.value}
    out: list[Claim] = []
    for f in {id(f): f for f in frames}.values():
        if (f.time.date if f.time is not None else rec.article.published) != day:
            continue
        for fld in ("fatalities", "injured"):
            if fld in have:
                continue
            items = [(c, p) for c in f.claims if c.field == fld and c.value and (p := _item_place(rec, c)) is not None]
            if len({p.id for _, p in items}) < LIST_ITEMS:
                continue
            here = [c for c, p in items if _same_town(loc, p) and all(c is not d for d in (*own, *out))]
            if len(here) == 1:
                out.extend(here)
    return out


def _same_town(a: Any, b: Any) -> bool:
    """Two locations of one town: the same, or within TOWN_KM of each other."""
    return bool(a.id == b.id or km(a.lat, a.lon, b.lat, b.lon) <= TOWN_KM)


def _item_place(rec: Recognized, c: Claim) -> Any | None:
    """The place that ends claim c's evidence, the place its figure is given for ('9 شهداء في مخيم النصيرات'), else
    the place that opens it (an item told place first: 'وفي مديريه باجل اصيب مواطن')."""
    if c.start is None or c.end is None:
        return None
    spans = place_spans(rec)
    ends = [ploc for a, b, ploc in spans if b == c.end and a > c.start]
    if ends:
        return ends[-1]
    starts = [ploc for a, b, ploc in spans if a == c.start and b < c.end]  # 'وفي مديريه باجل اصيب مواطن'
    return starts[0] if starts else None
