"""The time lexicon, the word readers the phrase parsers share, and the calendar rules.

Rules (ACLED time_precision: 1 day, 2 week, 3 month):

- A weekday is the most recent such day on or before the publication date; with
  الماضي it is strictly before, with المقبل/القادم strictly after.
- A relative day word (اليوم, امس, اول امس) counts from the publication date; when
  a weekday follows and disagrees, the weekday wins: the latest such day on or
  before the relative day plus one (a day of grace for time zones; a larger gap
  means the publication date is late, e.g. a crawl date).
- A night span (ليل الخميس الجمعه, ليله الخميس علي الجمعه) is dated by its first day; after its midnight
  (بعد منتصف ليل الخميس - الجمعه) by its second. A night whose first day is the publication day would end after
  it, so it is the week before's (a Saturday's 'ليله السبت علي الاحد').
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
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from . import hijri
from .lexicon import load_table
from .numbers import number_lexicon, read_cardinal, read_ordinal
from .scan import AnchorIndex, Phrases, Tok, role_index, tokens_before

NO_PUBLISHED = "relative expression but no publication date"
YEAR_ONLY = "year only (ACLED has no year precision)"
VAGUE = "vague period"
HIJRI = "Hijri month without a day"
DAY_SPAN_RE = re.compile(r"(\d{1,2})(?:-\d{1,2})?")  # '13', or '5-6' (a night or a span: its first day)
CLOCK_RE = re.compile(r"\d{1,2}(?:[:.]\d{2})?")
QUALS = (("qual_past", "past"), ("qual_next", "next"), ("qual_current", "current"))
CLAUSE_MARKS = frozenset(",;:.!?\"'()-\n")
BULLETS = frozenset("•·◦‣*")  # line-opening bullets that are punctuation, not symbols (emoji are symbols)
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
    qual_heads: frozenset[str]  # the first words of every qualifier (QUALS)
    tz_heads: frozenset[str]  # the first words of the time-zone phrases ('بتوقيت' + a place)


LOOKBACK_ROLES = frozenset({"month_lead", "weekday_lead", "block", "story_day", "truce", "truce_edge", "history",
                            "feast", "feast_day"})  # never inside a phrase (feasts: timex_feast)
HIDING_ROLES = frozenset({"block", "story_day"})  # phrases that hide the time words inside them
ANCHOR_ROLES = ("rel_day", "part", "month_pos", "period", "this", "day_word", "month_word", "year_word",
                "ago", "since", "clock", "vague_past", "vague_future", "block", "story_day")


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
        anchors += [(w, role in HIDING_ROLES) for w in roles.get(role, {})]
    ordinal_roles = ("ordinal", "ordinal_one", "ordinal_ten")
    anchors += [(w, False) for w, r in number_lexicon().roles.items() if any(o in r for o in ordinal_roles)]
    numbers = number_lexicon().roles
    forward = [w for role, words in roles.items() if role not in LOOKBACK_ROLES for w in words]
    phrases = [*forward, *months, *weekdays, *numbers, "من", "ال", "م", "ه"]
    vocab = {w for p in phrases for w in p.split(" ")} | {"و" + w for w in (*weekdays, *numbers)}
    phrases_of = {role: Phrases(words) for role, words in roles.items()}
    return TimeLexicon(roles=phrases_of, months=Phrases(months), weekdays=weekdays, vocab=frozenset(vocab),
                       anchors=AnchorIndex(anchors),
                       qual_heads=frozenset(w for role, _ in QUALS if role in phrases_of for w in phrases_of[role].heads),
                       tz_heads=phrases_of["tz"].heads)


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
    strict = qual == "past" or kind == "night_span"  # a night from the publication day on would end after it
    return Resolved(weekday_on_or_before(published, isoday, strict=strict), 1, kind)


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


def resolve_hijri(published: dt.date | None, day: int, month: int, year: int | None, isoweekday: int | None
                  ) -> Resolved:
    """A Hijri day ('الخميس 11 رجب 1444ه', '23 رمضان'), the year inferred from the publication date when not given."""
    if year is not None:
        got = hijri.to_gregorian(year, month, day, isoweekday)
    elif published is None:
        return Resolved(None, None, "hijri", "Hijri day without a year and no publication date")
    else:
        limit = published + dt.timedelta(days=DAY_GRACE)
        here = hijri.year_of(published)
        days = [d for y in (here - 1, here, here + 1) if (d := hijri.to_gregorian(y, month, day, isoweekday))]
        got = max((d for d in days if d <= limit), default=None)
    if got is None:
        return Resolved(None, None, "hijri", f"invalid Hijri date {year}-{month:02d}-{day:02d}")
    return Resolved(got, 1, "hijri")


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


@dataclass(frozen=True, slots=True)
class Ctx:
    """What every phrase reader needs: the lexicon, the normalized text and the publication date."""

    lex: TimeLexicon
    text: str
    published: dt.date | None


def role_at(ctx: Ctx, toks: Sequence[Tok], i: int, role: str) -> tuple[int, int | None] | None:
    """The longest phrase of a time_words role at toks[i]: (index after, value)."""
    words = ctx.lex.roles.get(role)
    if words is None or i >= len(toks) or toks[i].text not in words.heads:  # the usual miss, without a call
        return None
    return words.at(toks, i)


def skip_role(ctx: Ctx, toks: Sequence[Tok], i: int, role: str) -> int:
    """i moved past an optional word of the role."""
    words = ctx.lex.roles.get(role)
    if words is None or i >= len(toks) or toks[i].text not in words.heads:  # role_at's usual miss, inline
        return i
    hit = words.at(toks, i)
    return hit[0] if hit else i


def skip_text(toks: Sequence[Tok], i: int, *words: str) -> int:
    """i moved past an optional token equal to one of words."""
    return i + 1 if i < len(toks) and toks[i].text in words else i


def qual_at(ctx: Ctx, toks: Sequence[Tok], i: int) -> tuple[int, str]:
    """An optional qualifier (الماضي, المقبل, الجاري): (index after, past|next|current|'')."""
    if i >= len(toks) or toks[i].text not in ctx.lex.qual_heads:  # the usual miss, without a lookup per role
        return i, ""
    for role, name in QUALS:
        hit = role_at(ctx, toks, i, role)
        if hit:
            return hit[0], name
    return i, ""


def weekday_at(ctx: Ctx, toks: Sequence[Tok], i: int) -> tuple[int, int, bool] | None:
    """A weekday name at toks[i]: (index after, ISO weekday, ambiguous)."""
    if i >= len(toks):
        return None
    hit = ctx.lex.weekdays.get(toks[i].text)
    return (i + 1, hit[0], hit[1]) if hit else None


def month_at(ctx: Ctx, toks: Sequence[Tok], i: int) -> tuple[int, int, str, bool] | None:
    """A month name, possibly paired (اذار/مارس, ابريل (نيسان)): (index after, month, calendar, ambiguous)."""
    if i >= len(toks):
        return None
    hit = ctx.lex.months.at(toks, i)
    if hit is None:
        return None
    j, month = hit
    ambiguous = month.ambiguous
    k = j + 1 if j < len(toks) and toks[j].text in ("/", "(") else j
    pair = ctx.lex.months.at(toks, k)
    if pair and pair[1].month == month.month and pair[1].calendar == month.calendar:
        j, ambiguous = skip_text(toks, pair[0], ")"), False
    return j, month.month, month.calendar, ambiguous


def year_at(ctx: Ctx, toks: Sequence[Tok], i: int, *, hijri: bool = False) -> tuple[int, int] | None:
    """An optional ', من العام 2023م' after a date: (index after, year)."""
    j = skip_text(toks, i, ",")
    j = skip_text(toks, j, "من")
    j = skip_role(ctx, toks, j, "year_word")
    if j >= len(toks) or not (len(toks[j].text) == 4 and toks[j].text.isdigit()):
        return None
    year = int(toks[j].text)
    if not (1300 <= year <= 1500 if hijri else 1900 <= year <= 2100):
        return None
    return skip_text(toks, j + 1, "م", "ه", "هـ"), year


def year_or_qual(ctx: Ctx, toks: Sequence[Tok], j: int, *, hijri: bool = False) -> tuple[int, int | None, str]:
    """After a month: '2023', 'من العام الماضي' or 'الماضي': (index after, year or None, qualifier)."""
    year = year_at(ctx, toks, j, hijri=hijri)
    if year is not None:
        return year[0], year[1], ""
    k = skip_text(toks, skip_text(toks, j, ","), "من")
    this = skip_role(ctx, toks, k, "this")
    period = role_at(ctx, toks, this, "period")
    if k > j and period is not None and period[1] == 365:
        end, qual = qual_at(ctx, toks, period[0])
        if qual or this > k:
            delta = {"past": -1, "next": 1}.get(qual, 0)
            return end, (ctx.published.year + delta if ctx.published else None), ""
    end, qual = qual_at(ctx, toks, j)
    return end, None, qual


def day_at(ctx: Ctx, toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
    """A day of the month: '13', 'ال26', 'ال 26', 'العاشر', 'الحادي والعشرين', 'غره': (index after, day)."""
    if i >= len(toks):
        return None
    first = role_at(ctx, toks, i, "first_day")
    if first is not None:
        return first[0], first[1] or 1
    word = toks[i].text
    if word == "ال":
        i, word = i + 1, (toks[i + 1].text if i + 1 < len(toks) else "")
    span = DAY_SPAN_RE.fullmatch(word)
    if span:
        return (i + 1, int(span.group(1))) if 1 <= int(span.group(1)) <= 31 else None
    got = read_ordinal(toks, i) if word.startswith("ال") else None
    return got if got and got[1] <= 31 else None


def clause_start(ctx: Ctx, toks: Sequence[Tok], i: int) -> bool:
    """True when toks[i] opens a clause, follows a proclitic و/ف, or follows a preposition."""
    pos = toks[i].start
    text = ctx.text
    k = pos
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] in CLAUSE_MARKS or _after_bullet(text, k):
        return True
    if k == pos and text[k - 1] in "وف" and (k < 2 or not text[k - 2].isalnum()):
        return True
    prev = tokens_before(text, pos, 1)
    return bool(prev) and prev[0].text in ctx.lex.roles["weekday_lead"]


ORDINAL_ROLES = frozenset({"ordinal", "ordinal_one", "ordinal_ten"})


@cache
def ordinal_words() -> tuple[str, ...]:
    """The number words that can be ordinals ('الثالث', 'العاشر'), in number_words.tsv's order."""
    return tuple(w for w, r in number_lexicon().roles.items() if ORDINAL_ROLES & set(r))


def ordinal_next(text: str, end: int) -> bool:
    """The word after end is an ordinal ('الثالث', 'الـ221'): 'اليوم الثالث' counts days, it is not today."""
    nxt = text[end:end + 24].split()[:1]
    return bool(nxt) and (re.fullmatch(r"ال\d+", nxt[0]) is not None or nxt[0] in ordinal_words())


def _after_bullet(text: str, k: int) -> bool:
    """'🔸 الاثنين العصر:', '• الاثنين:': the word after a line's leading bullet symbols opens a clause."""
    j = k
    while j > 0 and (text[j - 1] == " " or unicodedata.category(text[j - 1])[0] == "S" or text[j - 1] in BULLETS):
        j -= 1
    return j < k and (j == 0 or text[j - 1] == "\n")


TRUCE_WORDS = 8  # words before a date in which a truce and its start or end make the date the truce's
TRUCE_STOPS = ".\n؛;:"


def truce_day(ctx: Ctx, start: int) -> bool:
    """'في خرق لاتفاق وقف اطلاق النار الذي دخل حيز التنفيذ فجر 27 ...', 'منذ انتهاء الهدنه في اكتوبر 2022': a date
    within TRUCE_WORDS words after a truce's name and its start or end (time_words roles truce, truce_edge) dates the
    truce, not an incident ('خرقت قوات النظام وقف اطلاق النار صباح اليوم' names no edge and keeps its date)."""
    text = ctx.text
    lo = max(0, start - 120)
    lo = max(lo, *(text.rfind(ch, lo, start) + 1 for ch in TRUCE_STOPS))
    words = text[lo:start].split()[-TRUCE_WORDS:]
    if not words:
        return False
    joined = " " + " ".join(words) + " "
    return any(t in joined for t in ctx.lex.roles["truce"].table) and any(
        f" {e} " in joined for e in ctx.lex.roles["truce_edge"].table)


def truce_named(ctx: Ctx) -> bool:
    """False when the text holds no truce name's first word: truce_day is then False at every date (its pre-test)."""
    return any(w in ctx.text for w in ctx.lex.roles["truce"].heads)


HISTORY_WORDS = 5  # words between a life's move and its 'قبل'/'منذ' ('نزحت من مدينه غزه قبل اربعه اشهر')
HISTORY_STOPS = ".\n؛;:,"


def history_day(ctx: Ctx, start: int) -> bool:
    """'نزحت من مدينه غزه قبل اربعه اشهر', 'انتقل الي ديالي قبل نحو عامين': an ago or since date within HISTORY_WORDS
    words after a life's move (time_words role history) dates a person's history, no incident."""
    text = ctx.text
    if text[start:start + 4] not in ("قبل ", "منذ "):
        return False
    lo = max(0, start - 80)
    lo = max(lo, *(text.rfind(ch, lo, start) + 1 for ch in HISTORY_STOPS))
    moves = ctx.lex.roles["history"].table
    return any(w in moves or w[1:] in moves for w in text[lo:start].split()[-HISTORY_WORDS - 1:])


def after_lead(ctx: Ctx, toks: Sequence[Tok], i: int) -> bool:
    """True when the word before toks[i] is a preposition such as في, خلال, منذ."""
    prev = tokens_before(ctx.text, toks[i].start, 1)
    return bool(prev) and prev[0].text in ctx.lex.roles["month_lead"]


def clock_at(ctx: Ctx, toks: Sequence[Tok], i: int) -> int | None:
    """'[عند] الساعه 3[:30] [والنصف] [فجرا|بتوقيت دمشق]': the index after it, or None."""
    j = skip_role(ctx, toks, i, "clock_pre")
    hit = role_at(ctx, toks, j, "clock")
    if hit is None or hit[0] >= len(toks):
        return None
    j = hit[0]
    if CLOCK_RE.fullmatch(toks[j].text):
        j += 1
    else:
        got = read_cardinal(toks, j) or read_ordinal(toks, j)
        if got is None:
            return None
        j = got[0]
    j = skip_role(ctx, toks, j, "clock_frac")
    return tod_at(ctx, toks, j)


def tod_at(ctx: Ctx, toks: Sequence[Tok], j: int) -> int:
    """j moved past an optional 'فجرا', 'بالتوقيت المحلي' or 'بتوقيت <place>'."""
    tod = role_at(ctx, toks, j, "tod")
    if tod:
        return tod[0]
    tz = role_at(ctx, toks, j, "tz")
    return tz[0] + 1 if tz and tz[0] < len(toks) and toks[tz[0]].text.isalpha() else j
