"""Midnight crossings: the day of each entry of a live blog that crosses midnight, and 'بعد منتصف الليل'.

A live blog dated on the publication day ('تغطية مستمرة', 'الاحدث اولا') stamps its
entries with a clock time alone ('🔴 10:55 م', '23:42 (الاحد)'). When the stamps
cross midnight, in either order, the evening entries happened the day before the
blog's day, and 'مساء اليوم' inside them means that evening, not the evening of
the publication day. A weekday in a stamp's brackets ('12:35 ص (الثلاثاء)') names that entry's day,
the one of that weekday within a day of publication (a blog is dated by its first or its last
entry), and sets the day of every entry on its side of midnight. Likewise 'بعد منتصف الليل' told after an evening ('مساء امس الجمعه, ...
وردا علي الهجوم, شنت طايرات بعد منتصف الليل غارات') is the next day's small hours.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from .literal_guard import finditer_lines, guard
from .timex_rules import DAY_GRACE, time_lexicon, weekday_on_or_before

# a line that holds only a clock time, an optional am/pm word and an optional bracket ('(الاحد)'), after a bullet;
# or a clock time and a bar before the entry's text on the same line ('20:52 | مسيره اسراييليه تستهدف ...')
STAMP_RE = re.compile(r"^[^\w\n]{0,4}[ \t]*((\d{1,2}):(\d{2})[ \t]*(م|ص|مساء|صباحا|ليلا|فجرا|بعد (?:نص|منتصف) (?:الليل|الليله))?[ \t]*(?:\([^)\n]{0,20}\))?)"
                      r"[ \t]*(?:$|\|(?=[^\n]*\w))", re.MULTILINE)
PM_WORDS = frozenset({"م", "مساء", "ليلا"})
AM_WORDS = frozenset({"ص", "صباحا", "فجرا", "بعد نص الليل", "بعد نص الليله", "بعد منتصف الليل", "بعد منتصف الليله"})
MIN_STAMPS = 3  # fewer clock lines are no live blog
EVENING = 12  # a stamp at or after this hour, on the far side of midnight, belongs to the day before
SMALL_HOURS = 7  # a stamp before this hour lies after the midnight the blog crossed
NIGHT_HEAD = guard(r"(?<!\S)(ليل|ليله) ")  # the night a blog's heading names ('ليل السبت - الاحد')
SHIFTED_KINDS = frozenset({"relative_day"})  # 'مساء اليوم' under an evening stamp: that evening
AFTER_MIDNIGHT = guard(r"(?<!\S)[وف]?بعد منتصف (?:الليل|الليله)(?!\w)")
EVENING_WORDS = frozenset({"مساء", "مساءا", "ليل", "ليله", "ليلا", "عشيه"})  # 'مساء امس', 'ليله الجمعه'
MIDNIGHT_REACH = 600  # characters from the evening's date to its 'بعد منتصف الليل'
# 'وفي بيان نشر بعد منتصف الليل': the hour a statement came out, not the incident's (words right before the time)
TELLING_WORDS = frozenset({"بيان", "بيانا", "تصريح", "منشور", "تغريده", "نشر", "نشرت", "صدر", "صدرت", "اصدر", "اصدرت"})
TELLING_LEAD = 3
# a clock time in a blog's heading ('بدات التغطيه: الاحد 26 نوفمبر 2023 - 10:40 م', 'اخر تحديث: ... - 01:50 ص')
HEAD_CLOCK = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)")
DAY_LINE_WORDS = 6  # words of a line that holds only a date: a blog's day divider ('الاربعاء 18 حزيران')


def _hour(match: re.Match[str]) -> int | None:
    """The stamp's hour on a 24-hour clock, or None for an impossible time."""
    hour, minute, half = int(match[2]), int(match[3]), match[4] or ""
    if hour > 23 or minute > 59:
        return None
    if half in PM_WORDS and hour < 12:
        return hour + 12
    if half in AM_WORDS and hour == 12:
        return 0
    return hour


def stamp_days(text: str, published: dt.date | None, found: Sequence[Any] = (),
               read: Callable[[str], dt.date | None] | None = None) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of every stamp of a blog whose stamps cross midnight; [] for any other article.

    The evening entries belong to the day the blog itself dates one of its entries by (see _anchored; read gives a
    line's calendar day), else to the first day of the night the blog's heading names ('مباشر | ليل السبت - الاحد
    13-14 تموز', found among the time expressions before the first stamp), else to the day before publication (a
    blog dated by its last entry), and the small hours to the day after the evening's.
    """
    if published is None:
        return []
    stamps = [(m.start(1), m.end(1), h) for m in finditer_lines(STAMP_RE, text, ":") if (h := _hour(m)) is not None]
    if len(stamps) < MIN_STAMPS:
        return []
    hours = [h for _, _, h in stamps]
    wraps = [k for k in range(1, len(hours)) if min(hours[k - 1], hours[k]) < SMALL_HOURS <= EVENING <= max(
        hours[k - 1], hours[k])]
    if len(wraps) != 1:
        return []  # no midnight crossed, or stamps in no order
    night = next((e.date for e in found if e.start < stamps[0][0] and e.date is not None and NIGHT_HEAD.search(
        e.text)), None)
    before = night if night in (published, published - dt.timedelta(days=1)) else published - dt.timedelta(days=1)
    before = _anchored(text, stamps, published, read) or _bracket_evening(stamps, published, found) or before
    after = before + dt.timedelta(days=1)
    return [(a, b, before if h >= EVENING else after) for a, b, h in stamps]


def _anchored(text: str, stamps: Sequence[tuple[int, int, int]], published: dt.date,
              read: Callable[[str], dt.date | None] | None) -> dt.date | None:
    """The evening's day as the blog dates an entry itself, or None: a heading line with a date and an entry's clock
    time ('بدات التغطيه: الاحد 26 نوفمبر 2023 - 10:40 م', 'اخر تحديث: الاثنين 27 نوفمبر 2023 - 01:50 ص') dates that
    entry, and a line of a date alone between entries (a day divider, 'الاربعاء 18 حزيران') the entry after it. Page
    debris as these lines often are to the ingester, they are read here in the text before masking."""
    if read is None:
        return None
    clocks = {(h % 12, int(text[a:b].split(":")[1][:2])): h for a, b, h in stamps}
    pos = 0
    for line in text[:stamps[-1][0]].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if any(a <= at + len(line) and at <= b for a, b, _ in stamps) or not any(ch.isdigit() for ch in line):
            continue
        if at < stamps[0][0]:
            hours = [clocks.get((int(m[1]) % 12, int(m[2]))) for m in HEAD_CLOCK.finditer(line)]
            hour = next((h for h in hours if h is not None), None)
        elif len(line.split()) <= DAY_LINE_WORDS and not HEAD_CLOCK.search(line):
            hour = next((h for a, _, h in stamps if a > at), None)  # a divider dates the entry after it
        else:
            continue
        day = read(line) if hour is not None else None
        if hour is None or day is None:
            continue
        evening = day if hour >= EVENING else day - dt.timedelta(days=1)
        if evening in (published, published - dt.timedelta(days=1)):
            return evening
    return None


def _bracket_evening(stamps: Sequence[tuple[int, int, int]], published: dt.date, found: Sequence[Any]
                     ) -> dt.date | None:
    """The evening's day set by the first stamp with a weekday in its brackets ('00:25 (السبت)'), or None."""
    for a, b, hour in stamps:
        wd = next((e.date.isoweekday() for e in found if e.kind == "weekday" and e.date is not None
                   and a <= e.start and e.end <= b), None)
        if wd is None or SMALL_HOURS <= hour < EVENING:
            continue
        day = next(d for k in (0, -1, 1, 2, -2, 3, -3) if (d := published + dt.timedelta(days=k)).isoweekday() == wd)
        if abs((day - published).days) > 1:
            return None
        return day if hour >= EVENING else day - dt.timedelta(days=1)
    return None


def after_midnight(text: str, found: Sequence[Any], make: Callable[..., Any]) -> list[Any]:
    """The time expressions found, with each bare 'بعد منتصف الليل' dated the day after the evening last dated before
    it (within MIDNIGHT_REACH characters, no other dated expression between), unless it times a statement."""
    out = list(found)
    for m in AFTER_MIDNIGHT.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in found) or TELLING_WORDS & set(
                text[max(0, m.start() - 60):m.start()].split()[-TELLING_LEAD:]):
            continue
        last = next((e for e in found[::-1] if e.end <= m.start() and e.date is not None), None)
        if last is None or last.precision != 1 or m.start() - last.end > MIDNIGHT_REACH \
                or not EVENING_WORDS & set(last.text.split()):
            continue
        out.append(make(start=m.start(), end=m.end(), text=m.group(), date=last.date + dt.timedelta(days=1),
                        precision=1, kind="after_midnight"))
    return sorted(out, key=lambda e: e.start)


def with_stamps(text: str, published: dt.date | None, found: Sequence[Any], make: Callable[..., Any],
                read: Callable[[str], dt.date | None] | None = None) -> list[Any]:
    """The time expressions found, with the blog's stamps added where no expression lies and each relative day
    under a stamp of another day than publication moved by as many days (make builds a TimeExpr from its fields; read gives a line's
    calendar day, for the blog's own dated lines)."""
    found = after_midnight(text, found, make)
    days = stamp_days(text, published, found, read)
    if not days:
        return found
    inside = {k for k, e in enumerate(found) if e.kind == "weekday" and any(a <= e.start and e.end <= b
                                                                            for a, b, _ in days)}
    found = [e for k, e in enumerate(found) if k not in inside]  # a stamp's bracketed weekday: the stamp's day
    out = list(found)
    for a, b, day in days:
        if not any(e.start < b and a < e.end for e in found):
            out.append(make(start=a, end=b, text=text[a:b], date=day, precision=1, kind="stamp"))
    for k, e in enumerate(out):
        if e.kind not in SHIFTED_KINDS or e.date is None:
            continue
        under = [d for (a, _, d) in days if a <= e.start]  # the entry it is written in: the last stamp before it
        if under and published is not None and under[-1] != published:  # 'امس' written past midnight: the evening
            out[k] = make(start=e.start, end=e.end, text=e.text, date=_entry_day(e, under[-1] - published),
                          precision=e.precision, kind=e.kind, reason=e.reason)
    return sorted(out, key=lambda e: e.start)


def _entry_day(e: Any, shift: dt.timedelta) -> dt.date:
    """A relative day moved into the entry it is written in: by the entry's distance from publication, or, when it
    names its weekday ('مساء اليوم السبت' under '21:42 (السبت)'), that weekday's day as seen from the entry's day
    (the weekday already set it, and moving it a day would contradict it)."""
    weekdays = time_lexicon().weekdays
    named = {weekdays[w][0] for w in e.text.split() if w in weekdays}
    if e.date.isoweekday() in named:
        return weekday_on_or_before(e.date + shift + dt.timedelta(days=DAY_GRACE), e.date.isoweekday())
    return e.date + shift
