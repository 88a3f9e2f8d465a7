"""A night told by its two days whose incident is timed after its midnight: 'ليل الخميس-الجمعه' is the Friday.

A night span is dated by its first day ('ليل الخميس-الجمعه' -> Thursday: timex_rules). When the story of that night
goes on to give the hour in the small hours ('اقدمت عند الساعه الواحده واربعين دقيقه من فجر اليوم علي اطلاق',
'هاجمت حاجزنا قرابه الساعه الواحده وعشر دقايق بعد منتصف الليل'), the incident happened after the midnight that
parts the two days: the span is dated by its second day. An hour before midnight ('الساعه 11:40 من ليله الخميس علي
الجمعه', 'الساعه 11:30 من مساء امس') keeps the first day. Last night ('ليله امس', 'الليله الماضيه', 'ليله امبارح')
is the same night seen from the next day: an hour after its midnight ('ليله امس ... قرابه الواحده فجرا', 'ليله
امبارح حوالي الساعه 1 بعد نص الليل') is the day after it, the publication day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from .literal_guard import guard

# a clock hour in the small hours, with the words that place it after midnight ('الساعه الواحده واربعين دقيقه من فجر
# اليوم', 'الساعه 2:15 فجرا', 'الساعه الثالثه بعد منتصف الليل', 'قرابه الواحده فجرا', 'الساعه 1 بعد نص الليل'; a
# comma or stop may close it: 'قرابه الساعه الثالثه فجرا,')
SMALL_HOUR = guard(r"(?<!\S)(?:الساعه|قرابه|حوالي|نحو) (?:الساعه )?(?:الواحده|الثانيه|الثالثه|الرابعه|0?[1-4](?::\d\d)?)"
                   r"(?:\s+\S+){0,4}?\s+(?:فجرا|فجر|من فجر|بعد منتصف|بعد نص)(?![^\s,.;:])")
# last night seen from the day after it, at the head of a time expression ('ليله امس', 'ليل امس الاحد', 'الليله
# الماضيه', 'ليله البارحه', 'ليله امبارح'); 'منذ/بعد منتصف الليله الماضيه' is today already (timex_parsers)
LAST_NIGHT = guard(r"^(?:ليل|ليله|الليله) (?:امس|امبارح|البارحه|الماضيه)(?!\S)")
NIGHT_REACH = 500  # characters from the night span to the hour its story gives
# an hour the fighting ended at is no time of the incident ('قبل ان تتوقف قرابه الثالثه فجرا', 'استمرت حتي الساعه 2
# فجرا'): the words right before the hour
END_WORDS = frozenset({"توقف", "يتوقف", "تتوقف", "توقفت", "انتهت", "انتهي", "هدات", "هدا", "حتي", "لغايه", "لحد"})
END_REACH = 3  # words before the hour looked at for END_WORDS


def _ended(text: str, start: int) -> bool:
    """The hour at text[start:] closes the incident ('... قبل ان تتوقف قرابه الثالثه فجرا')."""
    return bool(END_WORDS.intersection(text[max(0, start - 60):start].split()[-END_REACH:]))


def _night(e: Any, published: dt.date | None) -> bool:
    """e is a night whose small hours fall on its next day: a night span, or last night before publication."""
    if e.date is None:
        return False
    if e.kind == "night_span":
        return True
    return (e.kind == "relative_day" and published is not None and e.date + dt.timedelta(days=1) == published
            and LAST_NIGHT.search(e.text) is not None)


def small_hours(text: str, found: Sequence[Any], make: Callable[..., Any],
                published: dt.date | None = None) -> list[Any]:
    """The time expressions found, with each night span (or last night) whose story gives an hour after its midnight
    (within NIGHT_REACH characters, no expression of another day between) dated by its second day."""
    out = list(found)
    for k, e in enumerate(out):
        if not _night(e, published):
            continue
        second = e.date + dt.timedelta(days=1)
        hour = SMALL_HOUR.search(text, e.start, e.end + NIGHT_REACH)  # 'ليله امبارح حوالي الساعه 1 بعد نص الليل'
        if hour is None or _ended(text, hour.start()) or any(o.date is not None and o.date != second and e.end <= o.start < hour.start()
                               for o in found):
            continue
        out[k] = make(start=e.start, end=e.end, text=e.text, date=second, precision=e.precision, kind=e.kind,
                      reason=e.reason)
    return out
