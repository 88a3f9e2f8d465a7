"""Days of a weekly digest: its stated span bounds what a bare weekday names.

A digest opens by stating the week it covers ('خلال الاسبوع الممتد من السبت 30 ايلول
الي الجمعه 6 تشرين الاول'), then tells each incident by its weekday alone ('صباح السبت',
'ليله الجمعه علي السبت'). Published after the span ends, such a weekday names the day of
the stated week, not the latest one on or before publication: a bare weekday or night
resolved past the span's last day moves back a week when that lands inside the span.
Only a span stated with both weekdays and day numbers, in the article's opening, counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .literal_guard import guard
from .timex_rules import time_lexicon

# 'الاسبوع الممتد من [يوم] السبت 30 [ايلول] الي|حتي [يوم] الجمعه 6': both ends told by weekday and day number
SPAN_RE = guard(r"الاسبوع الممتد من (?:يوم )?(\S+) (\d{1,2})\b[^\n.]{0,30}? (?:الي|حتي) (?:يوم )?(\S+) (\d{1,2})\b")
LEAD_CHARS = 1500  # the opening of the article where a digest states its span
SEARCH_DAYS = 45  # how far before publication the span's last day may lie
WEEK = dt.timedelta(days=7)
BARE_KINDS = frozenset({"weekday", "night_span"})


def digest_days(text: str, published: dt.date | None, found: Sequence[Any]) -> list[Any]:
    """The time expressions found, with each bare weekday after a digest's stated span moved into it (see module)."""
    out = list(found)
    span = _span(text, published)
    if span is None:
        return out
    start, end, opened = span
    for i, e in enumerate(out):
        if e.kind in BARE_KINDS and e.start >= opened and e.date is not None and e.date > end and (
                start <= e.date - WEEK <= end):
            out[i] = replace(e, date=e.date - WEEK)
    return out


def _span(text: str, published: dt.date | None) -> tuple[dt.date, dt.date, int] | None:
    """The first and last day of the week a digest states in its opening, and where the statement ends."""
    if published is None:
        return None
    m = SPAN_RE.search(text, 0, LEAD_CHARS)
    if m is None:
        return None
    days = time_lexicon().weekdays
    if m[1] not in days or m[3] not in days:
        return None
    end = _day_before(published, int(m[4]), days[m[3]][0])
    if end is None:
        return None
    start = end - dt.timedelta(days=(days[m[3]][0] - days[m[1]][0]) % 7)
    if start.day != int(m[2]):
        return None  # the first day's number disagrees with its weekday: no span to trust
    return start, end, m.end()


def _day_before(published: dt.date, day: int, isoday: int) -> dt.date | None:
    """The latest date on or before publication with this day of the month and this weekday."""
    for back in range(SEARCH_DAYS):
        d = published - dt.timedelta(days=back)
        if d.day == day and d.isoweekday() == isoday:
            return d
    return None
