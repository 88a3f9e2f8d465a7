"""Arabic time expressions: find them in normalized text and resolve them against the publication date.

Every phrase starts at a word the time lexicon lists (a weekday, a month name,
اليوم, فجر, مطلع, قبل, منذ ...) or at a digit; a few small word-level parsers try
to read a phrase from there and the longest reading wins. The calendar rules
live in ``timex_rules``. "دقيقه", "ساعه" and "حتي الان" never yield a date, and
phrases like "روسيا اليوم" or "اليوم التالي" hide the time word inside them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from typing import Any

from . import hijri
from .matcher import Match
from .normalize import normalize_text
from .numbers import DIGIT_MARKS, NUMBER_WORDS, number_lexicon, read_cardinal
from .scan import DIGITS, INT_RE, TOKEN_RE, Tok, read_tokens
from .timex_after import after_days
from .timex_digest import digest_days
from .timex_feast import feast_days
from .timex_links import span_end, story_days
from .timex_night import small_hours
from .timex_rules import (
    DAY_SPAN_RE,
    HIJRI,
    VAGUE,
    YEAR_ONLY,
    Ctx,
    Resolved,
    after_lead,
    clause_start,
    clock_at,
    day_at,
    history_day,
    month_at,
    ordinal_next,
    ordinal_words,
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
    time_lexicon,
    tod_at,
    truce_day,
    weekday_at,
    year_at,
    year_or_qual,
)
from .timex_said import said_days
from .timex_stamps import with_stamps

YMD_RE = re.compile(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})")
DMY_RE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
PERIOD_UNITS = {7: "week", 30: "month", 365: "year"}
DUR_UNITS = {"dur_day": "day", "dur_week": "week", "dur_month": "month", "dur_year": "year"}
TIME_WORDS = "times"  # the name of the time readers' words in a MatcherGroup (see reader_words)
DAY_NAME_KINDS = frozenset({"weekday", "relative_day", "night_span"})  # an explicit date after these wins
AFTER = frozenset({"بعد", "وبعد", "بعيد", "وبعيد"})  # before 'منتصف ليل X - Y': the small hours, on day Y
AFTER_MIDNIGHT = AFTER | {"منذ", "ومنذ"}  # before 'منتصف الليله الماضيه': from midnight on, i.e. today
SPAN_END = "end of a span dated by its start"  # see timex_links.span_end
TRUCE = "the start or end of a truce, no incident's date"
HISTORY = "a person's move ('نزحت ... قبل اربعه اشهر'), no incident's date"
RECENT_DAYS = 2  # 'منذ فجر اليوم', 'منذ مساء امس': a start this close to publication is a campaign still going on


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr:
    """A time phrase in normalized text with its resolved day and ACLED time_precision.

    kind: absolute, hijri (a dated Hijri day, or a Hijri month without a day), relative_day, weekday, night_span,
    week, month, since, year, vague_past, vague_future, span_end, truce (a truce's start or end), stamp (a live
    blog's entry, see timex_stamps), story_day (timex_links, timex_after), recalled (an earlier incident a sentence
    recalls, timex_after) or feast (timex_feast);
    when date is None, reason says why.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: int | None
    kind: str
    reason: str = ""


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
    if kind == "night_span" and got.date is not None and toks[i].text == "منتصف" and set(
            ctx.text[max(0, toks[i].start - 8):toks[i].start].split()[-1:]) & AFTER:
        got = got._replace(date=got.date + dt.timedelta(days=1))  # 'بعد منتصف ليل الثلاثاء - الاربعاء': Wednesday
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


def p_since(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'منذ 17 تشرين الاول', 'منذ امس', 'منذ مطلع الشهر': the date a state of affairs began ('منذ مطلع العام 2024':
    a since without a day)."""
    if role_at(ctx, toks, i, "since") is None or i + 1 >= len(toks):
        return None
    best = _best(ctx, toks, i + 1, DATE_PARSERS)
    if best is None:
        return None
    j, res = best
    return j, res._replace(kind="since") if res.date is not None or res.kind == "year" else res  # 'منذ مطلع العام'


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


def p_clock_first(ctx: Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'الساعه 3 فجر اليوم', 'عند الساعه العاشره من صباح امس': a clock time before the day."""
    j = clock_at(ctx, toks, i)
    if j is None:
        return None
    j = skip_text(toks, j, "من")
    return _best(ctx, toks, j, DATE_PARSERS) if j < len(toks) else None


DATE_PARSERS: tuple[Parser, ...] = (p_numeric, p_day_month, p_day_of_month, p_month_pos, p_month,
                                    p_relative_day, p_weekday, p_period, p_year)
ALL_PARSERS: tuple[Parser, ...] = (*DATE_PARSERS, p_ago, p_since, p_vague, p_clock_first)
# The word classes a parser's first token can belong to: time_words roles, or #digit (a digit group),
# #day (a digit group, 'ال' or an ordinal), #weekday and #month.
STARTS: dict[Parser, tuple[str, ...]] = {
    p_numeric: ("#digit",), p_day_month: ("#weekday", "day_word", "first_day", "#day"),
    p_day_of_month: ("day_word", "#day"), p_month_pos: ("month_pos",), p_month: ("month_word", "#month"),
    p_relative_day: ("part", "month_pos", "day_word", "rel_day"),
    p_weekday: ("part", "month_pos", "day_word", "#weekday"), p_period: ("this", "period"),
    p_year: ("year_word",), p_ago: ("ago", "since"), p_since: ("since",),
    p_vague: ("vague_past", "vague_future"), p_clock_first: ("clock_pre", "clock"),
}


@cache
def _dispatch() -> dict[str, tuple[Parser, ...]]:
    """First word (or '#digit') -> the parsers that can start with it, in ALL_PARSERS order."""
    lex = time_lexicon()
    classes: dict[str, Iterable[str]] = {
        "#digit": ["#digit"], "#day": ["#digit", "ال", *ordinal_words()],
        "#weekday": list(lex.weekdays), "#month": list(lex.months.heads),
    }
    table: dict[str, list[Parser]] = {}
    for parser in ALL_PARSERS:
        for cls in STARTS[parser]:
            words = classes[cls] if cls in classes else lex.roles[cls].heads
            for word in words:
                if parser not in table.setdefault(word, []):
                    table[word].append(parser)
    return {word: tuple(p for p in ALL_PARSERS if p in parsers) for word, parsers in table.items()}


def _best(ctx: Ctx, toks: Sequence[Tok], i: int, parsers: Sequence[Parser]) -> Parsed | None:
    """The longest reading any of the parsers gives at toks[i] (the earlier parser wins a tie)."""
    if i >= len(toks):
        return None
    best: Parsed | None = None
    word = toks[i].text
    for parser in _dispatch().get("#digit" if word[0].isdigit() else word, ()):
        if parsers is not ALL_PARSERS and parser not in parsers:
            continue
        got = parser(ctx, toks, i)
        if got is not None and (best is None or got[0] > best[0]):
            best = got
    return best


@cache
def _day_followers() -> frozenset[str]:
    """The words that may follow the day number opening p_day_month or p_day_of_month."""
    lex = time_lexicon()
    roles = ("month_word", "this", "period", "qual_past", "qual_next", "qual_current")
    return frozenset({"من", *lex.months.heads, *(w for r in roles if r in lex.roles for w in lex.roles[r].heads)})


def _digits_may_open(ctx: Ctx, start: int) -> bool:
    """False when the digit group at start opens no phrase, judged from two tokens instead of sixteen.

    Digits open p_numeric (a whole date), or p_day_month and p_day_of_month with
    a day 1-31 followed by one of _day_followers(); most digit groups are counts.
    """
    text = ctx.text
    first = TOKEN_RE.match(text, start)
    if first is None:
        return False
    word = first[1]
    if word in _dispatch() or YMD_RE.fullmatch(word) or DMY_RE.fullmatch(word):
        return True
    day = DAY_SPAN_RE.fullmatch(word)
    if day is None or not 1 <= int(day[1]) <= 31:
        return False
    nxt = TOKEN_RE.match(text, first.end())
    return nxt is not None and nxt[1] in _day_followers()


def _parse_at(ctx: Ctx, start: int) -> TimeExpr | None:
    """The time phrase that starts at start, with a trailing clock time, or None."""
    if ctx.text[start].isdigit() and not _digits_may_open(ctx, start):
        return None
    toks = read_tokens(ctx.text, start, 16, ctx.lex.vocab, opens=ctx.lex.tz_heads)
    if not toks:
        return None
    best = _best(ctx, toks, 0, ALL_PARSERS)
    if best is None:
        return None
    j, res = best
    if res.kind in DAY_NAME_KINDS and j < len(toks):
        explicit = _best(ctx, toks, skip_text(toks, j, ","), (p_numeric, p_day_month))
        if explicit is not None:
            day_name = res.date
            j, res = explicit
            if res.kind == "hijri" and res.date is not None and day_name is not None:  # 'مساء يوم الاربعاء 15 ...'
                res = res._replace(date=hijri.on_weekday(res.date, day_name.isoweekday()))
    clock = clock_at(ctx, toks, skip_text(toks, j, ",")) if j < len(toks) else None
    j = clock if clock is not None else tod_at(ctx, toks, j)
    end = toks[j - 1].end
    return TimeExpr(start=start, end=end, text=ctx.text[start:end], date=res.date,
                    precision=res.precision, kind=res.kind, reason=res.reason)


def reader_words() -> dict[str, list[tuple[str, tuple[Any, ...]]]]:
    """The words the time and number readers start from, for a MatcherGroup to find in its own scan."""
    return {TIME_WORDS: time_lexicon().anchors.patterns, NUMBER_WORDS: number_lexicon().anchors.patterns}


def reader_marks() -> dict[str, str]:
    """The characters the time and number readers start from (digits), as MatcherGroup marks."""
    return {DIGIT_MARKS: DIGITS}


def find_times(text: str, published: dt.date | None, found: Mapping[str, Sequence[Match[Any]]] | None = None,
               stamps: str | None = None) -> list[TimeExpr]:
    """Every time expression in normalized text, non-overlapping, in text order.

    found: the word and mark matches of a MatcherGroup built with reader_words()
    and reader_marks(), when one already scanned the text (saves the reader's own scan); stamps: the same text
    before page debris was blanked (a live blog's bare clock lines are debris to the page, stamps to the blog).
    """
    lex = time_lexicon()
    ctx = Ctx(lex, text, published)
    if found is None:
        hits, digits = lex.anchors.find(text)
    else:
        hits, digits = lex.anchors.from_matches(text, found[TIME_WORDS], found[DIGIT_MARKS])
    blocks = [(start, end) for start, end, _, payloads in hits if any(payloads)]
    starts = {start for start, _, _, payloads in hits if not all(payloads)}
    starts.update(start for start, _ in digits)
    out: list[TimeExpr] = []
    last_end = 0
    for start in sorted(starts):
        if start < last_end:
            continue
        expr = _parse_at(ctx, start)
        if expr is None or any(b0 < expr.end and expr.start < b1 for b0, b1 in blocks):
            continue
        if out and span_end(text, out[-1], expr):
            expr = replace(expr, date=None, precision=None, kind="span_end", reason=SPAN_END)
        elif expr.date is not None and truce_day(ctx, expr.start):
            expr = replace(expr, date=None, precision=None, kind="truce", reason=TRUCE)
        elif expr.date is not None and expr.kind != "since" and history_day(ctx, expr.start):
            expr = replace(expr, date=None, precision=None, kind="history", reason=HISTORY)
        out.append(expr)
        last_end = expr.end
    out = feast_days(text, published, with_stamps(text if stamps is None else stamps, published, out, TimeExpr,
                                                  partial(parse_timestamp, published=published)), TimeExpr)
    out = said_days(text, published, out)  # 'في بيان اصدره امس الاحد ان "... مساء امس"': the day before Sunday
    out = after_days(text, published, story_days(text, published, small_hours(text, out, TimeExpr), TimeExpr), TimeExpr)
    return digest_days(text, published, out)  # 'خلال الاسبوع الممتد من الجمعه 18 الي الخميس 24': its week


def recent_day(day: dt.date | None, published: dt.date | None) -> bool:
    """A day at most RECENT_DAYS before publication: 'منذ فجر اليوم' starts one campaign, not a running total."""
    return day is not None and published is not None and 0 <= (published - day).days <= RECENT_DAYS


def parse_date_phrase(phrase: str, published: dt.date | None = None) -> TimeExpr | None:
    """The first time expression in one phrase (normalized here; offsets index the normalized phrase)."""
    found = find_times(normalize_text(phrase), published)
    return found[0] if found else None


def parse_timestamp(line: str, published: dt.date | None = None) -> dt.date | None:
    """The calendar date of a page timestamp ('2023.11.13 | 06:43 دمشق', '13 تشرين الثاني 2023'; with published,
    one without its year: 'الاربعاء 18 حزيران')."""
    for expr in find_times(normalize_text(line), published):
        if expr.date is not None and expr.precision == 1:
            return expr.date
    return None
