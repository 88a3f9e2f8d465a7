"""A night told by its two days whose incident is timed after its midnight: 'ليل الخميس-الجمعه' is the Friday.

A night span is dated by its first day ('ليل الخميس-الجمعه' -> Thursday: timex_rules). When the story of that night
goes on to give the hour in the small hours ('اقدمت عند الساعه الواحده واربعين دقيقه من فجر اليوم علي اطلاق',
'هاجمت حاجزنا قرابه الساعه الواحده وعشر دقايق بعد منتصف الليل'), the incident happened after the midnight that
parts the two days: the span is dated by its second day. An hour before midnight ('الساعه 11:40 من ليله الخميس علي
الجمعه', 'الساعه 11:30 من مساء امس') keeps the first day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from .literal_guard import guard

# a clock hour in the small hours, with the words that place it after midnight ('الساعه الواحده واربعين دقيقه من فجر
# اليوم', 'الساعه 2:15 فجرا', 'الساعه الثالثه بعد منتصف الليل'; a comma or stop may close it: 'قرابه الساعه الثالثه فجرا,')
SMALL_HOUR = guard(r"(?<!\S)الساعه (?:الواحده|الثانيه|الثالثه|الرابعه|0?[1-4](?::\d\d)?)(?:\s+\S+){0,4}?"
                        r"\s+(?:فجرا|فجر|من فجر|بعد منتصف)(?![^\s,.;:])")
NIGHT_REACH = 500  # characters from the night span to the hour its story gives


def small_hours(text: str, found: Sequence[Any], make: Callable[..., Any]) -> list[Any]:
    """The time expressions found, with each night span whose story gives an hour after its midnight (within
    NIGHT_REACH characters, no expression of another day between) dated by its second day."""
    out = list(found)
    for k, e in enumerate(out):
        if e.kind != "night_span" or e.date is None:
            continue
        second = e.date + dt.timedelta(days=1)
        hour = SMALL_HOUR.search(text, e.end, e.end + NIGHT_REACH)
        if hour is None or any(o.date is not None and o.date != second and e.end <= o.start < hour.start()
                               for o in found):
            continue
        out[k] = make(start=e.start, end=e.end, text=e.text, date=second, precision=e.precision, kind=e.kind,
                      reason=e.reason)
    return out
