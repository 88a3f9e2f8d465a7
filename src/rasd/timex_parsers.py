"""The parsers of timex: each reads one kind of time phrase at a token and resolves it (dates, days, periods)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from .numbers import read_cardinal
from .scan import INT_RE, Tok
from .timex_rules import (
    HIJRI,
    VAGUE,
    YEAR_ONLY,
    Ctx,
    Resolved,
    after_lead,
    clause_start,
    day_at,
    month_at,
    ordinal_next,
    qual_at,
    resolve_ago,
    resolve_day_month,
    resolve_day_of_month,
    resolve_hijri,
    resolve_month,
    resolve_period,
    resolve_relative_day,
    resolve_weekday,
    role_at,
    skip_role,
    skip_text,
    weekday_at,
    year_at,
    year_or_qual,
)

YMD_RE = re.compile(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})")
DMY_RE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
PERIOD_UNITS = {7: "week", 30: "month", 365: "year"}
DUR_UNITS = {"dur_day": "day", "dur_week": "week", "dur_month": "month", "dur_year": "year"}
AFTER = frozenset({"بعد", "وبعد", "بعيد", "وبعيد"})  # before 'منتصف ليل X[ - Y]': the small hours, on day X+1
AFTER_MIDNIGHT = AFTER | {"منذ", "ومنذ"}  # before 'منتصف الليله الماضيه': from midnight on, i.e. today

Parsed = tuple[int, Resolved]
Parser = Callable[[Ctx, Sequence[Tok], int], Parsed | None]


def p_numeric(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'2023.11.13', '13/11/2023', '13-11-2023', '11/13/2023' (month first when the day is > 12)."""
    word = toks[i].text
    m = YMD_RE.fullmatch(word)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        m = DMY_RE.fullmatch(word)
        if m is None:
            return None
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if mo > 12 >= d:
            d, mo = mo, d
    if not 1900 <= y <= 2100:
        return None
    return i + 1, resolve_day_month(None, d, mo, y, "")


def p_day_month(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'[الاثنين] [يوم] 13 [من] [شهر] تشرين الثاني [2023 | الماضي]', 'الخميس 11 رجب 1444ه' (Hijri)."""
    wd = weekday_at(ctx, toks, skip_role(ctx, toks, i, "day_word"))  # 'يوم الخميس 5 شوال'
    j = skip_text(toks, wd[0], ",") if wd else i
    j = skip_role(ctx, toks, j, "day_word")
    day = day_at(ctx, toks, j)
    if day is None:
        return None
    j = skip_role(ctx, toks, skip_text(toks, day[0], "من"), "month_word")
    month = month_at(ctx, toks, j)
    if month is None:
        return None
    j, mon, cal, _ = month
    j, year, qual = year_or_qual(ctx, toks, j, hijri=cal == "hijri")
    if cal == "hijri":
        return j, resolve_hijri(ctx.published, day[1], mon, year, wd[1] if wd else None)
    return j, resolve_day_month(ctx.published, day[1], mon, year, qual)


def p_day_of_month(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'في ال26 من الشهر الماضي', 'العاشر من هذا الشهر', '13 الجاري'."""
    j = skip_role(ctx, toks, i, "day_word")
    day = day_at(ctx, toks, j)
    if day is None:
        return None
    j, qual = qual_at(ctx, toks, day[0])
    if qual != "current":
        j = skip_text(toks, day[0], "من")
        j = skip_role(ctx, toks, j, "this")
        period = role_at(ctx, toks, j, "period")
        if period is None or period[1] != 30:
            return None
        j, qual = qual_at(ctx, toks, period[0])
    return j, resolve_day_of_month(ctx.published, day[1], qual)


def p_month_pos(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'مطلع شباط الماضي', 'اواخر الشهر الجاري', 'منتصف ايار 2023', 'نهايه الاسبوع الماضي'."""
    hit = role_at(ctx, toks, i, "month_pos")
    if hit is None:
        return None
    j, pos = hit
    pos = pos or 1
    month = month_at(ctx, toks, skip_role(ctx, toks, j, "month_word"))
    if month is not None:
        k, mon, cal, _ = month
        k, year, qual = year_or_qual(ctx, toks, k, hijri=cal == "hijri")
        if cal == "hijri":
            return k, Resolved(None, None, "hijri", HIJRI)
        return k, resolve_month(ctx.published, mon, year, qual, pos)
    year_only = year_at(ctx, toks, j)
    if year_only is not None:
        return year_only[0], Resolved(None, None, "year", YEAR_ONLY)
    k = skip_role(ctx, toks, j, "this")
    period = role_at(ctx, toks, k, "period")
    if period is None:
        return None
    k, qual = qual_at(ctx, toks, period[0])
    return k, resolve_period(ctx.published, PERIOD_UNITS[period[1] or 30], qual or "current", pos)


def p_month(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'[شهر] اب 2014', 'شباط الماضي', 'نوفمبر 13, 2023', 'في نوفمبر' (bare names need a preposition)."""
    j = skip_role(ctx, toks, i, "month_word")
    named = j > i
    month = month_at(ctx, toks, j)
    if month is None:
        return None
    j, mon, cal, ambiguous = month
    if j < len(toks) and INT_RE.fullmatch(toks[j].text) and len(toks[j].text) <= 2:
        after_day = year_at(ctx, toks, j + 1)
        if after_day and cal == "gregorian":
            return after_day[0], resolve_day_month(None, int(toks[j].text), mon, after_day[1], "")
    k, year, qual = year_or_qual(ctx, toks, j, hijri=cal == "hijri")
    if k == j and not named and (ambiguous or not after_lead(ctx, toks, i)):
        return None
    if cal == "hijri":
        return k, Resolved(None, None, "hijri", HIJRI)
    return k, resolve_month(ctx.published, mon, year, qual, 15)


def p_relative_day(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'[فجر] [يوم] اليوم|امس|اول امس [,] [الاثنين]', 'ليله امس الجمعه', 'الليله الماضيه'."""
    j = skip_role(ctx, toks, i, "part")
    if j == i:
        j = skip_role(ctx, toks, i, "month_pos")
    j = skip_role(ctx, toks, j, "day_word")
    rel = role_at(ctx, toks, j, "rel_day")
    if rel is None:
        return None
    j, offset = rel
    if not offset and ordinal_next(ctx.text, toks[j - 1].end):
        return None  # 'اليوم الثالث من القتال': the war's third day, not today
    wd = weekday_at(ctx, toks, skip_role(ctx, toks, skip_text(toks, j, ","), "day_word"))
    if wd:
        j = wd[0]
    if offset == -1 and toks[i].text == "منتصف" and set(ctx.text[max(0, toks[i].start - 8):toks[i].start].split(
            )[-1:]) & AFTER_MIDNIGHT:
        offset = 0  # 'منذ/بعد منتصف الليله الماضيه': midnight parts the two days, what follows it is today
    return j, resolve_relative_day(ctx.published, offset or 0, wd[1] if wd else None)


def _night_pair(ctx: Ctx, toks: Sequence[Tok], j: int, first: int) -> int:
    """The index after a second night day ('الجمعه', '-الجمعه', 'علي الجمعه', 'والجمعه') or j."""
    k = skip_text(toks, j, "-", "/")
    k = skip_role(ctx, toks, k, "night_link") if k == j else k
    if k < len(toks) and toks[k].text.startswith("و") and toks[k].text[1:] in ctx.lex.weekdays:
        second: int | None = ctx.lex.weekdays[toks[k].text[1:]][0]
        k += 1
    else:
        wd = weekday_at(ctx, toks, k)
        second, k = (wd[1], wd[0]) if wd else (None, k)
    return k if second == first % 7 + 1 else j


def p_weekday(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'[فجر|ليل] [يوم] الخميس [الماضي]', 'ليل الخميس الجمعه', 'ليل السبت-الاحد'."""
    part = role_at(ctx, toks, i, "part")
    j = part[0] if part else skip_role(ctx, toks, i, "month_pos")
    k = skip_role(ctx, toks, j, "day_word")
    wd = weekday_at(ctx, toks, k)
    if wd is None:
        return None
    end, isoday, ambiguous = wd
    kind = "weekday"
    if part and part[1] == 1:
        pair_end = _night_pair(ctx, toks, end, isoday)
        if pair_end > end:
            end, kind = pair_end, "night_span"
    end, qual = qual_at(ctx, toks, end)
    if ambiguous and k == i and not qual and not clause_start(ctx, toks, i):
        return None
    got = resolve_weekday(ctx.published, isoday, qual, kind)
    if part and part[1] == 1 and got.date is not None and toks[i].text == "منتصف" and set(
            ctx.text[max(0, toks[i].start - 8):toks[i].start].split()[-1:]) & AFTER and (
            kind == "night_span" or ctx.published is None or got.date < ctx.published):
        got = got._replace(date=got.date + dt.timedelta(days=1))  # 'بعد منتصف ليل الثلاثاء[ - الاربعاء]': Wednesday
    return end, got


def p_period(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'الاسبوع الماضي', 'هذا الشهر', 'الشهر الجاري', 'العام الماضي'."""
    j = skip_role(ctx, toks, i, "this")
    period = role_at(ctx, toks, j, "period")
    if period is None:
        return None
    k, qual = qual_at(ctx, toks, period[0])
    if not qual and j == i:
        return None
    return k, resolve_period(ctx.published, PERIOD_UNITS[period[1] or 30], qual or "current")


def p_ago(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'قبل يومين', 'منذ ثلاثه ايام', 'قبل ايام', 'قبل اسبوعين', 'قبل شهر' (not 'قبل يومين من ...')."""
    j = skip_role(ctx, toks, i, "ago")
    j = skip_role(ctx, toks, j, "since") if j == i else j
    if j == i or j >= len(toks):
        return None
    count = 0
    if INT_RE.fullmatch(toks[j].text) and len(toks[j].text) <= 3:
        count, j = int(toks[j].text), j + 1
    elif (card := read_cardinal(toks, j)) is not None:
        j, count = card
    for role, unit in DUR_UNITS.items():
        hit = role_at(ctx, toks, j, role)
        if hit is None:
            continue
        end, implied = hit
        if count and implied == 2:
            return None
        if end < len(toks) and toks[end].text in ("من", "علي"):
            return None
        return end, resolve_ago(ctx.published, unit, count or implied or 0)
    return None


def p_year(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'عام 2014', 'العام 2023': a year alone (no ACLED precision)."""
    if role_at(ctx, toks, i, "year_word") is None:
        return None
    year = year_at(ctx, toks, i)
    return None if year is None else (year[0], Resolved(None, None, "year", YEAR_ONLY))


def p_vague(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'خلال الايام الماضيه', 'موخرا', 'الاسابيع المقبله': periods without a date."""
    for role in ("vague_past", "vague_future"):
        hit = role_at(ctx, toks, i, role)
        if hit:
            return hit[0], Resolved(None, None, role, VAGUE)
    return None
