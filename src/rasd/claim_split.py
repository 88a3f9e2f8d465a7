"""Split totals: a total the same sentence then shares out place by place is no one place's toll.

'بلغت الحصيلة خمسة قتلى وأربعة جرحى، وتوزعوا على النحو الآتي: ثلاثة قتلى وجريح في X، وقتيلان في Y،
وثلاثة جرحى في Z' gives Y its two dead and no wounded, Z its three wounded and none of the five
dead: once an item of the breakdown is given for the incident's place, the totals told before it
in that sentence, of either field, are sums over the places and yield to the item.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .claim_revision import PLAIN, RISE, RISE_ONE
from .recognize import Recognized
from .records import Claim

# a breakdown opens after a colon or a 'توزع/موزعين' word ('وتوزعت الاصابات علي النحو الاتي:', 'موزعين كالاتي:')
BREAKDOWN = re.compile(r":|\b(?:و?ت|م)وز[ّ]?ع")


def place_spans(rec: Recognized) -> list[tuple[int, int, Any]]:
    """The article's places as (start, end, location) in original offsets, the frame a claim's evidence is matched
    against (a place ending or opening it is the one its figure is given for); computed once per article."""
    spans: list[tuple[int, int, Any]] | None = rec.memo.get("place_spans")
    if spans is None:
        spans = rec.memo["place_spans"] = [(*rec.nt.to_orig(p.start, p.end), p.location) for p in rec.places]
    return spans


def without_split_totals(rec: Recognized, loc: Any, claims: list[Claim], same_town: Callable[[Any, Any], bool]
                         ) -> list[Claim]:
    """The claims at loc without the totals an item given for loc's town shares out later in their sentence."""
    spans = place_spans(rec)
    items = [c for c in claims if c.value and c.start is not None and c.end is not None and any(
        b == c.end and a > c.start and same_town(loc, ploc) for a, b, ploc in spans)]
    if not items:
        return claims
    split = [(c, d) for c in claims for d in items if c.value and c is not d and not _placed(c, spans)
             and _shares_out(rec, c, d)]
    if not split:
        return claims
    kinds: dict[int, str] = rec.cache("claim_revision")
    # a risen total shared out ('ترتفع الحصيلة الى خمسة ...: ثلاثة في X') still makes X's earlier count an earlier report
    risen = {(d.field, d.value, c.start or 0) for c, d in split if c.field == d.field and isinstance(d.value, int)
             and kinds.get(id(c), PLAIN) in (RISE, RISE_ONE)}
    gone = {id(c) for c, _ in split}
    return [c for c in claims if id(c) not in gone and not (
        kinds.get(id(c), PLAIN) == PLAIN and isinstance(c.value, int) and c.value and c.start is not None and any(
            fld == c.field and isinstance(v, int) and c.value < v and c.start < at for fld, v, at in risen))]


def _placed(c: Claim, spans: list[tuple[int, int, Any]]) -> bool:
    """Claim c's evidence ends with a place: an item of its own, no total."""
    return any(b == c.end and a > (c.start or 0) for a, b, _ in spans)


def _shares_out(rec: Recognized, total: Claim, item: Claim) -> bool:
    """The item comes after the total in its sentence, past the breakdown's opening."""
    if total.end is None or item.start is None or item.start <= total.end:
        return False
    gap = rec.nt.original[total.end:item.start]
    return "." not in gap and "\n" not in gap and BREAKDOWN.search(gap) is not None
