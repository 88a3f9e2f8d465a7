"""Merge tolls: a mention's death and injury figures from the casualty claims of its merged frames.

ACLED's rule is the most conservative credible figure: stated figures (exact or
bounded) before vague ones, the lowest among them, and a figure that is only one
addend of a larger total in the same article is no lower toll.
"""

from __future__ import annotations

import re

from .records import Claim


def conservative(claims: list[Claim], fld: str) -> int | None:
    """ACLED's most conservative credible figure: stated claims (exact or bounded) first, then vague ones."""
    vals = [c for c in claims if c.field == fld and c.value is not None]
    if not vals:
        return None
    positive = [c for c in vals if isinstance(c.value, int) and c.value > 0]
    if not positive:
        return 0
    largest = _largest_total_holding(positive)
    whole = [c for c in positive if not (isinstance(c.value, int) and largest.get(c.value, 0) > c.value)]
    positive = whole or positive

    tellers = {c.source for c in positive if c.source and (c.min is not None or c.max is not None)}

    def tier(c: Claim) -> int:  # a bound ('7 علي الاقل') states a figure as firmly as an exact count
        # ... and so does one victim named by its teller against another teller's count ('اشارت الوزاره الي مقتل
        # جندي' vs 'زعم الحزب انه قتل اربعه جنود'): disagreeing tellers, the lower figure
        firm = c.min is not None or c.max is not None or (c.value == 1 and bool(c.source) and bool(tellers - {c.source}))
        return 0 if firm else 1

    best = min(tier(c) for c in positive)
    return min(int(c.value) for c in positive if tier(c) == best)  # type: ignore[arg-type]


def _largest_total_holding(claims: list[Claim]) -> dict[int, int]:
    """Each figure written in digits inside an exact total's text -> the largest such total. A claim whose figure
    a larger total holds is one addend of it ('مصرع 9 حوثيين' in a headline, 'مصرع 9 من عناصر الميليشيا، فيما
    استشهد جنديان' = 11 in the body, in any digits: '٥' as well as '5'): a part of the toll, not a lower one."""
    largest: dict[int, int] = {}
    for d in claims:
        if d.min == d.max and isinstance(d.value, int):
            for n in {int(x) for x in re.findall(r"\d+", d.text)}:
                largest[n] = max(largest.get(n, 0), d.value)
    return largest


def death_toll(claims: list[Claim], injured: int | None) -> int | None:
    """The conservative death toll; 0 when only injuries are reported (ACLED: casualties with no deaths = 0)."""
    dead = conservative(claims, "fatalities")
    return 0 if dead is None and injured else dead


def has_casualties(claims: list[Claim]) -> bool:
    """True when some claim gives a positive number of killed or injured."""
    return any(c.field in ("fatalities", "injured") and c.value for c in claims)
