"""Live-blog time stamps: the day of each entry of a running coverage that crosses midnight.

A live blog dated on the publication day ('تغطية مستمرة', 'الاحدث اولا') stamps its
entries with a clock time alone ('🔴 10:55 م', '23:42 (الاحد)'). When the stamps
cross midnight, in either order, the evening entries happened the day before the
blog's day, and 'مساء اليوم' inside them means that evening, not the evening of
the publication day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

# a line that holds only a clock time, an optional am/pm word and an optional bracket ('(الاحد)'), after a bullet
STAMP_RE = re.compile(r"^[^\w\n]{0,4}[ \t]*(\d{1,2}):(\d{2})[ \t]*(م|ص|مساء|صباحا|ليلا|فجرا)?[ \t]*(?:\([^)\n]{0,20}\))?"
                      r"[ \t]*$", re.MULTILINE)
PM_WORDS = frozenset({"م", "مساء", "ليلا"})
AM_WORDS = frozenset({"ص", "صباحا", "فجرا"})
MIN_STAMPS = 3  # fewer clock lines are no live blog
EVENING = 12  # a stamp at or after this hour, on the far side of midnight, belongs to the day before
SMALL_HOURS = 7  # a stamp before this hour lies after the midnight the blog crossed
SHIFTED_KINDS = frozenset({"relative_day"})  # 'مساء اليوم' under an evening stamp: that evening


def _hour(match: re.Match[str]) -> int | None:
    """The stamp's hour on a 24-hour clock, or None for an impossible time."""
    hour, minute, half = int(match[1]), int(match[2]), match[3] or ""
    if hour > 23 or minute > 59:
        return None
    if half in PM_WORDS and hour < 12:
        return hour + 12
    if half in AM_WORDS and hour == 12:
        return 0
    return hour


def stamp_days(text: str, published: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of every stamp line of a blog whose stamps cross midnight; [] for any other article."""
    if published is None:
        return []
    stamps = [(m.start(1), m.end(), h) for m in STAMP_RE.finditer(text) if (h := _hour(m)) is not None]
    if len(stamps) < MIN_STAMPS:
        return []
    hours = [h for _, _, h in stamps]
    wraps = [k for k in range(1, len(hours)) if min(hours[k - 1], hours[k]) < SMALL_HOURS <= EVENING <= max(
        hours[k - 1], hours[k])]
    if len(wraps) != 1:
        return []  # no midnight crossed, or stamps in no order
    before = published - dt.timedelta(days=1)
    return [(a, b, before if h >= EVENING else published) for a, b, h in stamps]


def with_stamps(text: str, published: dt.date | None, found: Sequence[Any], make: Callable[..., Any]) -> list[Any]:
    """The time expressions found, with the blog's stamps added where no expression lies and each relative day
    under an evening stamp moved to that evening's day (make builds a TimeExpr from its fields)."""
    days = stamp_days(text, published)
    if not days:
        return list(found)
    out = list(found)
    for a, b, day in days:
        if not any(e.start < b and a < e.end for e in found):
            out.append(make(start=a, end=b, text=text[a:b], date=day, precision=1, kind="stamp"))
    for k, e in enumerate(out):
        if e.kind not in SHIFTED_KINDS or e.date is None:
            continue
        under = [d for (a, _, d) in days if a <= e.start]  # the entry it is written in: the last stamp before it
        if under and under[-1] != published:
            out[k] = make(start=e.start, end=e.end, text=e.text, date=e.date - dt.timedelta(days=1),
                          precision=e.precision, kind=e.kind, reason=e.reason)
    return sorted(out, key=lambda e: e.start)
