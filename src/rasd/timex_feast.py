"""Feast days: 'عشيه عيد الفطر', 'ثاني ايام عيد الاضحي', 'صباح العيد' dated by the Hijri calendar.

News dates an incident by the feast it fell on: the eve ('عشيه', 'ليله', 'وقفه'), the first
day ('اول ايام', 'يوم', 'صبيحه') or a later one ('ثاني ايام', 'ثالث ايام') of the latest such
feast on or before publication (time_words roles feast and feast_day; hijri.py computes the
day, within a day of the local announcement). A feast named without a day word ('قبيل عيد
الفطر', 'خلال عيد الاضحي') spans days and dates nothing; 'العيد' alone is a feast only
after a day word and when one began at most FEAST_REACH days before publication.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from . import hijri
from .lexicon import load_table

EIDS = (1001, 1210)  # 1 Shawwal, 10 Dhu al-Hijja: what 'العيد' may be
FEAST_REACH = 5  # days after a feast's first day in which 'العيد' alone still names it


@cache
def _feast_pattern() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    """One regex of a day word before a feast's name, with the day words' offsets and the feasts' Hijri days."""
    rows = load_table("time_words").rows
    days = {v: int(r.get("value")) for r in rows if r.get("role") == "feast_day" for v in r.many("variants")}
    feasts = {v: int(r.get("value")) for r in rows if r.get("role") == "feast" for v in r.many("variants")}
    day_alts = "|".join(re.escape(d) for d in sorted(days, key=len, reverse=True))
    feast_alts = "|".join(re.escape(f) for f in sorted(feasts, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\S)[وفب]?(?:في )?({day_alts}) ل?({feast_alts})(?![^\s.,:;؛\"'()])")
    return pattern, days, feasts


def feast_days(text: str, published: dt.date | None, found: Sequence[Any], make: Callable[..., Any]) -> list[Any]:
    """The time expressions found, with each feast day told by a day word and a feast's name (see the module)."""
    if published is None or "عيد" not in text:
        return list(found)
    pattern, days, feasts = _feast_pattern()
    out = list(found)
    for m in pattern.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in out):
            continue
        first = _latest(published, feasts[m[2]])
        if first is None:
            continue
        day = first + dt.timedelta(days=days[m[1]])
        if day > published:
            continue
        out.append(make(start=m.start(), end=m.end(), text=m[0], date=day, precision=1, kind="feast"))
        out.sort(key=lambda e: e.start)
    return out


def _latest(published: dt.date, hijri_day: int) -> dt.date | None:
    """The first day of the latest feast on or before publication (a day past it for an eve told before it) — for
    0, of whichever Eid began at most FEAST_REACH days before."""
    if hijri_day == 0:
        got = [d for h in EIDS if (d := _latest(published, h)) is not None and (published - d).days <= FEAST_REACH]
        return max(got) if got else None
    year = hijri.year_of(published)
    for y in (year + 1, year, year - 1):
        day = hijri.to_gregorian(y, hijri_day // 100, hijri_day % 100)
        if day is not None and day - dt.timedelta(days=1) <= published:
            return day
    return None
