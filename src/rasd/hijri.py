"""The Hijri calendar, arithmetically: the tabular (civil) Islamic calendar, corrected by a weekday when one is given.

The tabular calendar (30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29)
agrees with Saudi Umm al-Qura dates to within a day or two; a weekday told with the
date ('الخميس 11 رجب 1444ه') settles the day exactly. The months whose start is announced by
moon sighting (Ramadan, Shawwal, Dhu al-Hijja) began, in most recent years, a day before the
tabular date: where months.tsv lists the day a month began (first_days), that day is used.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from .lexicon import load_table

EPOCH = 1948440  # Julian day number of 1 Muharram 1 AH (16 July 622, Julian calendar)
ORDINAL_OFFSET = 1721425  # Julian day number minus date.toordinal()
WEEKDAY_REACH = 2  # days the tabular date may be off from the date its weekday names


def to_gregorian(year: int, month: int, day: int, isoweekday: int | None = None) -> dt.date | None:
    """The Gregorian day of a Hijri date (the day of the weekday nearest the tabular date when one is given), or None
    for a day or month out of range."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        return None
    first = _first_days().get((year, month))
    got = first + dt.timedelta(days=day - 1) if first is not None else _tabular(year, month, day)
    return got if isoweekday is None else on_weekday(got, isoweekday)


def on_weekday(day: dt.date, isoweekday: int) -> dt.date:
    """The day of the given weekday nearest a tabular date (at most WEEKDAY_REACH days away), else the date itself."""
    for shift in sorted(range(-WEEKDAY_REACH, WEEKDAY_REACH + 1), key=abs):
        near = day + dt.timedelta(days=shift)
        if near.isoweekday() == isoweekday:
            return near
    return day


@cache
def _first_days() -> dict[tuple[int, int], dt.date]:
    """(Hijri year, month) -> the Gregorian day the month began as announced (months.tsv first_days)."""
    out: dict[tuple[int, int], dt.date] = {}
    for row in load_table("months").rows:
        if row.get("calendar") == "hijri":
            for item in row.many("first_days"):
                year, _, day = item.partition("=")
                out[(int(year), int(row.get("month")))] = dt.date.fromisoformat(day)
    return out


def _tabular(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Hijri date in the tabular calendar."""
    jdn = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 + EPOCH - 1
    return dt.date.fromordinal(jdn - ORDINAL_OFFSET)


def year_of(day: dt.date) -> int:
    """The Hijri year a Gregorian day falls in (tabular calendar)."""
    year = int((day.toordinal() + ORDINAL_OFFSET - EPOCH) / 354.367) + 1
    while _tabular(year + 1, 1, 1) <= day:
        year += 1
    while _tabular(year, 1, 1) > day:
        year -= 1
    return year
