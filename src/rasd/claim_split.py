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
        (b == c.end and a > c.start or a == c.start and b < c.end) and _holds(loc, ploc, same_town)
        for a, b, ploc in spans)]  # '3 قتلي في X', a line 'X: 3 قتلي', 'جريحان في قضاء X' for a town of X
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


COARSE = frozenset({"admin1", "admin2"})  # a province or district an item can be given for ('جريحان في قضاء زحله')


def _holds(loc: Any, place: Any, same_town: Callable[[Any, Any], bool]) -> bool:
    """An item given for place is loc's: the same town, or the district or province loc lies in."""
    if same_town(loc, place):
        return True
    return place.feature in COARSE and loc.feature not in COARSE and bool(loc.admin1) and (
        place.admin1 == loc.admin1 and (place.feature == "admin1" or place.admin2 == loc.admin2))


def without_other_items(rec: Recognized, loc: Any, claims: list[Claim], same_town: Callable[[Any, Any], bool]
                        ) -> list[Claim]:
    """Once a breakdown gives an item for loc's town, the items it gives for other places are not loc's, however
    near: '- الحيمه الخارجيه: 3 قتلي و5 جرحي. - الحيمه الداخليه: جريحان.' gives the inner district two wounded only."""
    spans = place_spans(rec)
    placed = {id(c): ploc for c in claims if c.value and c.start is not None and c.end is not None
              for a, b, ploc in spans if a == c.start and b < c.end and _line_item(rec, c)}
    mine = [c for c in claims if (p := placed.get(id(c))) is not None and same_town(loc, p)]
    if not mine:
        return claims
    return [c for c in claims if (p := placed.get(id(c))) is None or same_town(loc, p) or not any(
        _one_list(rec, c, d) for d in mine)]


def _line_item(rec: Recognized, c: Claim) -> bool:
    """Claim c's evidence opens a list line on its place: 'X: 3 قتلي'."""
    line = rec.nt.original[c.start or 0:c.end or 0].split("\n", 1)[0]
    return ":" in line


def _one_list(rec: Recognized, c: Claim, d: Claim) -> bool:
    """Two items of one breakdown: no blank line and no line of another kind between them."""
    a, b = sorted((c.start or 0, d.start or 0))
    lines = rec.nt.original[a:b].split("\n")[1:]
    return all(":" in line.split(".", 1)[0] for line in lines if line.strip()) and "\n\n" not in rec.nt.original[a:b]


def _placed(c: Claim, spans: list[tuple[int, int, Any]]) -> bool:
    """Claim c's evidence ends with a place: an item of its own, no total."""
    return any(b == c.end and a > (c.start or 0) for a, b, _ in spans)


def _shares_out(rec: Recognized, total: Claim, item: Claim) -> bool:
    """The item comes after the total in its sentence, past the breakdown's opening."""
    if total.end is None or item.start is None or item.start <= total.end:
        return False
    gap = rec.nt.original[total.end:item.start]
    head, *lines = gap.split("\n")
    if lines:  # 'وتوزعت الاصابات علي النحو الاتي:' then one line a place: '- X: 3 قتلي و5 جرحي.'
        return "." not in head and head.rstrip().endswith(":") and BREAKDOWN.search(head) is not None and all(
            ":" in line for line in lines[:-1] if line.strip())  # the last: the item's own line up to it
    return "." not in gap and BREAKDOWN.search(gap) is not None
