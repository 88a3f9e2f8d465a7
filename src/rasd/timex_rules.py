"""The time lexicon and the calendar rules that turn a parsed time phrase into an ACLED date.

Rules (ACLED time_precision: 1 day, 2 week, 3 month):

- A weekday is the most recent such day on or before the publication date; with
  الماضي it is strictly before, with المقبل/القادم strictly after.
- A relative day word (اليوم, امس, اول امس) counts from the publication date; when
  a weekday follows and disagrees, the weekday wins: the latest such day on or
  before the relative day plus one (a day of grace for time zones; a larger gap
  means the publication date is late, e.g. a crawl date).
- A night span (ليل الخميس الجمعه, ليله الخميس علي الجمعه) is dated by its first day.
- A day and month without a year take the year that puts them on or before the
  publication date, with one day of grace for time zones; المقبل moves them after it.
- Weeks are ACLED weeks, Saturday to Friday, dated by their middle day (Tuesday).
  الاسبوع الماضي is the week before the publication week; قبل ايام is the week
  holding the day three days before publication.
- A month without a day is dated by its 15th (precision 3); مطلع/اوايل/بدايه give
  the first day and اواخر/نهايه the last day, still precision 3.
- A year alone has no ACLED precision: reported with date None and reason "year only".
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from .lexicon import load_table
from .numbers import AnchorIndex, Phrases, number_lexicon, role_index

NO_PUBLISHED = "relative expression but no publication date"
YEAR_ONLY = "year only (ACLED has no year precision)"
VAGUE = "vague period"
HIJRI = "Hijri date; conversion to the Gregorian calendar is not supported"
DAY_GRACE = 1  # days a day+month may lie after the publication date and keep its year (time zones)


class Resolved(NamedTuple):
    """What a time phrase means: a day and a precision, or no date and why."""

    date: dt.date | None
    precision: int | None
    kind: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Month:
    """A month name from months.tsv."""

    month: int
    calendar: str
    ambiguous: bool


@dataclass(frozen=True, slots=True, eq=False)
class TimeLexicon:
    """time_words by role, month and weekday names, and the index of words that open a phrase."""

    roles: dict[str, Phrases[int | None]]
    months: Phrases[Month]
    weekdays: dict[str, tuple[int, bool]]
    vocab: frozenset[str]
    anchors: AnchorIndex[bool]


ANCHOR_ROLES = ("rel_day", "part", "month_pos", "period", "this", "day_word", "month_word", "year_word",
                "ago", "since", "clock", "vague_past", "vague_future", "block")


@cache
def time_lexicon() -> TimeLexicon:
    """Load time_words, months and weekdays once and index the words that open a phrase (True = block)."""
    roles = role_index(load_table("time_words"), lambda r: r.get("role"))
    months = {v: Month(int(r.get("month")), r.get("calendar"), r.get("ambiguous") == "yes")
              for r in load_table("months").rows for v in r.many("variants")}
    weekdays = {v: (int(r.get("isoday")), r.get("ambiguous") == "yes")
                for r in load_table("weekdays").rows for v in r.many("variants")}
    anchors: list[tuple[str, bool]] = [(w, False) for w in weekdays]
    anchors += [(m, False) for m in months]
    for role in ANCHOR_ROLES:
        anchors += [(w, role == "block") for w in roles.get(role, {})]
    ordinal_roles = ("ordinal", "ordinal_one", "ordinal_ten")
    anchors += [(w, False) for w, r in number_lexicon().roles.items() if any(o in r for o in ordinal_roles)]
    numbers = number_lexicon().roles
    phrases = [*(w for words in roles.values() for w in words), *months, *weekdays, *numbers,
               "من", "ال", "م", "ه"]
    vocab = {w for p in phrases for w in p.split(" ")} | {"و" + w for w in (*weekdays, *numbers)}
    return TimeLexicon(roles={role: Phrases(words) for role, words in roles.items()}, months=Phrases(months),
                       weekdays=weekdays, vocab=frozenset(vocab), anchors=AnchorIndex(anchors))


def last_day(year: int, month: int) -> int:
    """The number of days in a month."""
    return calendar.monthrange(year, month)[1]


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by delta months."""
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def week_start(day: dt.date) -> dt.date:
    """The Saturday that opens the ACLED week (Saturday-Friday) holding day."""
    return day - dt.timedelta(days=(day.weekday() - 5) % 7)


def week_middle(day: dt.date) -> dt.date:
    """The middle day (Tuesday) of the ACLED week holding day."""
    return week_start(day) + dt.timedelta(days=3)


def weekday_on_or_before(anchor: dt.date, isoday: int, *, strict: bool = False) -> dt.date:
    """The latest date with that ISO weekday on or before anchor (strictly before when strict)."""
    back = (anchor.isoweekday() - isoday) % 7
    if strict and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


def weekday_after(anchor: dt.date, isoday: int) -> dt.date:
    """The first date with that ISO weekday strictly after anchor."""
    ahead = (isoday - anchor.isoweekday()) % 7
    return anchor + dt.timedelta(days=ahead or 7)


def resolve_weekday(published: dt.date | None, isoday: int, qual: str, kind: str) -> Resolved:
    """A weekday relative to the publication date: past (default), strictly past or strictly next."""
    if published is None:
        return Resolved(None, None, kind, NO_PUBLISHED)
    if qual == "next":
        return Resolved(weekday_after(published, isoday), 1, kind)
    return Resolved(weekday_on_or_before(published, isoday, strict=qual == "past"), 1, kind)


def resolve_relative_day(published: dt.date | None, offset: int, isoday: int | None) -> Resolved:
    """اليوم/امس/اول امس (+ an optional weekday, which wins when they disagree, see the module rules)."""
    if published is None:
        return Resolved(None, None, "relative_day", NO_PUBLISHED)
    day = published + dt.timedelta(days=offset)
    if isoday is not None and day.isoweekday() != isoday:
        day = weekday_on_or_before(day + dt.timedelta(days=DAY_GRACE), isoday)
    return Resolved(day, 1, "relative_day")


def month_year(published: dt.date | None, month: int, qual: str) -> int | None:
    """The year of a month named without one: the latest on or before publication unless qualified."""
    if published is None:
        return None
    if qual == "past":
        return published.year if month < published.month else published.year - 1
    if qual == "next":
        return published.year if month > published.month else published.year + 1
    if qual == "current":
        return published.year
    return published.year if month <= published.month else published.year - 1


def resolve_day_month(published: dt.date | None, day: int, month: int, year: int | None, qual: str,
                      kind: str = "absolute") -> Resolved:
    """A day and month, with the year given or inferred from the publication date."""
    if year is None:
        if published is None:
            return Resolved(None, None, kind, "no year and no publication date")
        limit = published + dt.timedelta(days=DAY_GRACE)
        year = published.year
        if qual == "next":
            if (month, day) <= (published.month, published.day):
                year += 1
        elif (month, day) > (limit.month, limit.day) and limit.year == year:
            year -= 1
    try:
        return Resolved(dt.date(year, month, day), 1, kind)
    except ValueError:
        return Resolved(None, None, kind, f"invalid date {year}-{month:02d}-{day:02d}")


def resolve_month(published: dt.date | None, month: int, year: int | None, qual: str, pos: int) -> Resolved:
    """A month (pos: 1 first day, 15 middle, -1 last day), precision 3."""
    if year is None:
        year = month_year(published, month, qual)
        if year is None:
            return Resolved(None, None, "month", "no year and no publication date")
    day = last_day(year, month) if pos == -1 else pos
    return Resolved(dt.date(year, month, day), 3, "month")


def resolve_period(published: dt.date | None, unit: str, qual: str, pos: int = 15) -> Resolved:
    """الاسبوع/الشهر/العام with a qualifier (past, current, next) against the publication date."""
    if unit == "year":
        return Resolved(None, None, "year", YEAR_ONLY)
    if published is None:
        return Resolved(None, None, unit, NO_PUBLISHED)
    delta = {"past": -1, "next": 1}.get(qual, 0)
    if unit == "week":
        return Resolved(week_middle(published + dt.timedelta(days=7 * delta)), 2, "week")
    year, month = add_months(published.year, published.month, delta)
    return resolve_month(None, month, year, "", pos)


def resolve_day_of_month(published: dt.date | None, day: int, qual: str) -> Resolved:
    """'في ال26 من الشهر الماضي', '13 الجاري': a day of a month named relative to publication."""
    if published is None:
        return Resolved(None, None, "relative_day", NO_PUBLISHED)
    delta = {"past": -1, "next": 1, "current": 0}.get(qual)
    if delta is None:
        delta = 0 if day <= published.day + DAY_GRACE else -1
    year, month = add_months(published.year, published.month, delta)
    return resolve_day_month(None, day, month, year, "", "relative_day")


def resolve_ago(published: dt.date | None, unit: str, count: int) -> Resolved:
    """'قبل يومين', 'قبل ايام', 'قبل اسبوع', 'قبل شهر' (count 0 = an unstated number)."""
    if unit == "year":
        return Resolved(None, None, "year", YEAR_ONLY)
    if count == 0 and unit != "day":
        return Resolved(None, None, "vague_past", VAGUE)
    if published is None:
        return Resolved(None, None, "relative_day", NO_PUBLISHED)
    if unit == "day" and count:
        return Resolved(published - dt.timedelta(days=count), 1, "relative_day")
    if unit == "day":
        return Resolved(week_middle(published - dt.timedelta(days=3)), 2, "week")
    if unit == "week":
        return Resolved(week_middle(published - dt.timedelta(days=7 * count)), 2, "week")
    back = published - dt.timedelta(days=30 * count)
    return Resolved(dt.date(back.year, back.month, 15), 3, "month")
