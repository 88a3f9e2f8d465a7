"""Feast days: 'عشيه عيد الفطر', 'ثاني ايام عيد الاضحي', 'صباح العيد' dated by the Hijri calendar.

News dates an incident by the feast it fell on: the eve ('عشيه', 'ليله', 'وقفه'), the first
day ('اول ايام', 'يوم', 'صبيحه') or a later one ('ثاني ايام', 'ثالث ايام') of the latest such
feast on or before publication (time_words roles feast and feast_day; hijri.py computes the
day, within a day of the local announcement, and a Hijri date told with its weekday in the same
article, such as the dateline 'الثلاثاء 12 ذو الحجه 1445ه', sets the tabular calendar's shift).
A feast day in apposition to a relative day or weekday ('مساء امس الاثنين ثاني ايام عيد
الاضحي') dates nothing of its own when the two lie at most a day apart: the weekday wins, and sets the shift of the
article's other feast days as a weekday-dated Hijri date does ('عشيه عيد الفطر' is the eve of the Eid whose second
day the article dates Monday). A feast named without a day word ('قبيل عيد
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
from .literal_guard import finditer_near

EIDS = (1001, 1210)  # 1 Shawwal, 10 Dhu al-Hijja: what 'العيد' may be
FEAST_REACH = 5  # days after a feast's first day in which 'العيد' alone still names it
CALIBRATION_REACH = 60  # days between a weekday-dated Hijri date and a feast for the date to set its shift
APPOSED = re.compile(r"[\s,،]*(?:الموافق\s+)?")  # what may stand between a weekday and the feast day it names
APPOSED_KINDS = frozenset({"relative_day", "weekday"})
DIGITS = re.compile(r"\d+")
FEAST_KEY = "عيد"  # in every feast's name ('العيد', 'عيد الفطر'): a text without it names none
LEAD_REACH = len("وفي ")  # the most characters before a day word: a glued 'و' and 'في '


@cache
def _feast_pattern() -> tuple[re.Pattern[str], dict[str, int], dict[str, int], int]:
    """One regex of a day word before a feast's name, with the day words' offsets, the feasts' Hijri days and the
    most characters from a match's start to its FEAST_KEY."""
    rows = load_table("time_words").rows
    days = {v: int(r.get("value")) for r in rows if r.get("role") == "feast_day" for v in r.many("variants")}
    feasts = {v: int(r.get("value")) for r in rows if r.get("role") == "feast" for v in r.many("variants")}
    day_alts = "|".join(re.escape(d) for d in sorted(days, key=len, reverse=True))
    feast_alts = "|".join(re.escape(f) for f in sorted(feasts, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\S)[وفب]?(?:في )?({day_alts}) ل?({feast_alts})(?![^\s.,:;؛\"'()])")
    reach = LEAD_REACH + max(map(len, days)) + len(" ل") + max(f.find(FEAST_KEY) for f in feasts)
    return pattern, days, feasts, reach


def feast_days(text: str, published: dt.date | None, found: Sequence[Any], make: Callable[..., Any]) -> list[Any]:
    """The time expressions found, with each feast day told by a day word and a feast's name (see the module)."""
    if published is None or FEAST_KEY not in text:
        return list(found)
    pattern, days, feasts, reach = _feast_pattern()
    out = list(found)
    told = []  # (match, day by the calendar) of each feast day told by a day word
    shifts = _shifts(out)
    for m in finditer_near(pattern, text, (FEAST_KEY,), reach):
        if not any(e.start < m.end() and m.start() < e.end for e in out) and (
                first := _latest(published, feasts[m[2]])) is not None:
            day = first + dt.timedelta(days=days[m[1]])
            told.append((m, day + dt.timedelta(days=_shift(shifts, day))))
    apposed = [(d, s) for m, d in told if (s := _apposed(text, out, m.start(), d))]
    for m, day in told:
        if _apposed(text, out, m.start(), day) is not None:
            continue  # 'صباح اليوم الاثنين, ثاني ايام عيد الفطر': the weekday dates it, and sets the shift of the rest
        day += dt.timedelta(days=_shift(apposed, day))
        if day > published:
            continue
        out.append(make(start=m.start(), end=m.end(), text=m[0], date=day, precision=1, kind="feast"))
        out.sort(key=lambda e: e.start)
    return out


def _shift(shifts: Sequence[tuple[dt.date, int]], day: dt.date) -> int:
    """The shift of the first calibrating date at most CALIBRATION_REACH days from day, else 0."""
    return next((s for d, s in shifts if abs((d - day).days) <= CALIBRATION_REACH), 0)


def _shifts(found: Sequence[Any]) -> list[tuple[dt.date, int]]:
    """Each Hijri date told with its weekday, and the days its weekday moved it from the tabular calendar's date."""
    out = []
    for e in found:
        if e.kind != "hijri" or e.date is None:
            continue
        month = next((n for v, n in _hijri_months().items() if v in e.text), None)
        numbers = [int(d) for d in DIGITS.findall(e.text)]
        day = next((n for n in numbers if 1 <= n <= 30), None)
        year = next((n for n in numbers if 1300 <= n <= 1500), None)
        if month is None or day is None or year is None:
            continue
        tabular = hijri.to_gregorian(year, month, day)
        if tabular is not None and (shift := (e.date - tabular).days) and abs(shift) <= hijri.WEEKDAY_REACH:
            out.append((e.date, shift))
    return out


@cache
def _hijri_months() -> dict[str, int]:
    """The Hijri month names (months.tsv), longest first, with their numbers."""
    rows = [(v, int(r.get("month"))) for r in load_table("months").rows if r.get("calendar") == "hijri"
            for v in r.many("variants")]
    return dict(sorted(rows, key=lambda p: len(p[0]), reverse=True))


def _apposed(text: str, found: Sequence[Any], start: int, day: dt.date) -> int | None:
    """The days from a feast day's tabular date to the relative day or weekday that stands right before it, at most a
    day away ('صباح اليوم الاثنين, ثاني ايام عيد الفطر': the feast began a day before the tabular calendar's date), or
    None when none does."""
    for e in found:
        if e.kind in APPOSED_KINDS and e.date is not None and e.end <= start \
                and APPOSED.fullmatch(text, e.end, start) and abs((e.date - day).days) <= 1:
            return (e.date - day).days
    return None


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
