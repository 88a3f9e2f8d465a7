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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from .normalize import normalize_text
from .numbers import (
    INT_RE,
    Tok,
    digit_starts,
    number_lexicon,
    read_cardinal,
    read_ordinal,
    read_tokens,
    tokens_before,
)
from .timex_rules import (
    HIJRI,
    VAGUE,
    YEAR_ONLY,
    Resolved,
    TimeLexicon,
    resolve_ago,
    resolve_day_month,
    resolve_day_of_month,
    resolve_month,
    resolve_period,
    resolve_relative_day,
    resolve_weekday,
    time_lexicon,
)

YMD_RE = re.compile(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})")
DMY_RE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
DAY_SPAN_RE = re.compile(r"(\d{1,2})(?:-\d{1,2})?")  # '13', or '5-6' (a night or a span: its first day)
CLOCK_RE = re.compile(r"\d{1,2}(?:[:.]\d{2})?")
QUALS = (("qual_past", "past"), ("qual_next", "next"), ("qual_current", "current"))
PERIOD_UNITS = {7: "week", 30: "month", 365: "year"}
DUR_UNITS = {"dur_day": "day", "dur_week": "week", "dur_month": "month", "dur_year": "year"}
DAY_NAME_KINDS = frozenset({"weekday", "relative_day", "night_span"})  # an explicit date after these wins
CLAUSE_MARKS = frozenset(",;:.!?\"'()-\n")


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr:
    """A time phrase in normalized text with its resolved day and ACLED time_precision."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: int | None
    kind: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class _Ctx:
    """What every parser needs: the lexicon, the text and the publication date."""

    lex: TimeLexicon
    text: str
    published: dt.date | None


Parsed = tuple[int, Resolved]
Parser = Callable[[_Ctx, Sequence[Tok], int], Parsed | None]


def _role(ctx: _Ctx, toks: Sequence[Tok], i: int, role: str) -> tuple[int, int | None] | None:
    """The longest phrase of a time_words role at toks[i]: (index after, value)."""
    words = ctx.lex.roles.get(role)
    return words.at(toks, i) if words else None


def _skip(ctx: _Ctx, toks: Sequence[Tok], i: int, role: str) -> int:
    """i moved past an optional word of the role."""
    hit = _role(ctx, toks, i, role)
    return hit[0] if hit else i


def _skip_text(toks: Sequence[Tok], i: int, *words: str) -> int:
    """i moved past an optional token equal to one of words."""
    return i + 1 if i < len(toks) and toks[i].text in words else i


def _qual(ctx: _Ctx, toks: Sequence[Tok], i: int) -> tuple[int, str]:
    """An optional qualifier (الماضي, المقبل, الجاري): (index after, past|next|current|'')."""
    for role, name in QUALS:
        hit = _role(ctx, toks, i, role)
        if hit:
            return hit[0], name
    return i, ""


def _weekday(ctx: _Ctx, toks: Sequence[Tok], i: int) -> tuple[int, int, bool] | None:
    """A weekday name at toks[i]: (index after, ISO weekday, ambiguous)."""
    if i >= len(toks):
        return None
    hit = ctx.lex.weekdays.get(toks[i].text)
    return (i + 1, hit[0], hit[1]) if hit else None


def _month(ctx: _Ctx, toks: Sequence[Tok], i: int) -> tuple[int, int, str, bool] | None:
    """A month name, possibly paired (اذار/مارس, ابريل (نيسان)): (index after, month, calendar, ambiguous)."""
    if i >= len(toks):
        return None
    hit = ctx.lex.months.at(toks, i)
    if hit is None:
        return None
    j, month = hit
    ambiguous = month.ambiguous
    if j < len(toks) and toks[j].text in ("/", "("):
        pair = ctx.lex.months.at(toks, j + 1)
        if pair and pair[1].month == month.month and pair[1].calendar == month.calendar:
            j, ambiguous = _skip_text(toks, pair[0], ")"), False
    return j, month.month, month.calendar, ambiguous


def _year(ctx: _Ctx, toks: Sequence[Tok], i: int, *, hijri: bool = False) -> tuple[int, int] | None:
    """An optional ', من العام 2023م' after a date: (index after, year)."""
    j = _skip_text(toks, i, ",")
    j = _skip_text(toks, j, "من")
    j = _skip(ctx, toks, j, "year_word")
    if j >= len(toks) or not (len(toks[j].text) == 4 and toks[j].text.isdigit()):
        return None
    year = int(toks[j].text)
    if not (1300 <= year <= 1500 if hijri else 1900 <= year <= 2100):
        return None
    return _skip_text(toks, j + 1, "م", "ه", "هـ"), year


def _day(ctx: _Ctx, toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
    """A day of the month: '13', 'ال26', 'ال 26', 'العاشر', 'الحادي والعشرين': (index after, day)."""
    if i >= len(toks):
        return None
    word = toks[i].text
    if word == "ال":
        i, word = i + 1, (toks[i + 1].text if i + 1 < len(toks) else "")
    span = DAY_SPAN_RE.fullmatch(word)
    if span:
        return (i + 1, int(span.group(1))) if 1 <= int(span.group(1)) <= 31 else None
    got = read_ordinal(toks, i) if word.startswith("ال") else None
    return got if got and got[1] <= 31 else None


def _clause_start(ctx: _Ctx, toks: Sequence[Tok], i: int) -> bool:
    """True when toks[i] opens a clause, follows a proclitic و/ف, or follows a preposition."""
    pos = toks[i].start
    text = ctx.text
    k = pos
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] in CLAUSE_MARKS:
        return True
    if k == pos and text[k - 1] in "وف" and (k < 2 or not text[k - 2].isalnum()):
        return True
    prev = tokens_before(text, pos, 1)
    return bool(prev) and prev[0].text in ctx.lex.roles["month_lead"]


def p_numeric(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
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


def p_day_month(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'[الاثنين] [يوم] 13 [من] [شهر] تشرين الثاني [2023 | الماضي]'."""
    wd = _weekday(ctx, toks, i)
    j = _skip_text(toks, wd[0], ",") if wd else i
    j = _skip(ctx, toks, j, "day_word")
    day = _day(ctx, toks, j)
    if day is None:
        return None
    j = _skip(ctx, toks, _skip_text(toks, day[0], "من"), "month_word")
    month = _month(ctx, toks, j)
    if month is None:
        return None
    j, mon, cal, _ = month
    year = _year(ctx, toks, j, hijri=cal == "hijri")
    qual = ""
    if year:
        j = year[0]
    else:
        j, qual = _qual(ctx, toks, j)
    if cal == "hijri":
        return j, Resolved(None, None, "hijri", HIJRI)
    return j, resolve_day_month(ctx.published, day[1], mon, year[1] if year else None, qual)


def p_day_of_month(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'في ال26 من الشهر الماضي', 'العاشر من هذا الشهر', '13 الجاري'."""
    j = _skip(ctx, toks, i, "day_word")
    day = _day(ctx, toks, j)
    if day is None:
        return None
    j, qual = _qual(ctx, toks, day[0])
    if qual != "current":
        j = _skip_text(toks, day[0], "من")
        j = _skip(ctx, toks, j, "this")
        period = _role(ctx, toks, j, "period")
        if period is None or period[1] != 30:
            return None
        j, qual = _qual(ctx, toks, period[0])
    return j, resolve_day_of_month(ctx.published, day[1], qual)


def p_month_pos(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'مطلع شباط الماضي', 'اواخر الشهر الجاري', 'منتصف ايار 2023', 'نهايه الاسبوع الماضي'."""
    hit = _role(ctx, toks, i, "month_pos")
    if hit is None:
        return None
    j, pos = hit
    pos = pos or 1
    month = _month(ctx, toks, _skip(ctx, toks, j, "month_word"))
    if month is not None:
        k, mon, cal, _ = month
        year = _year(ctx, toks, k, hijri=cal == "hijri")
        k, qual = (year[0], "") if year else _qual(ctx, toks, k)
        if cal == "hijri":
            return k, Resolved(None, None, "hijri", HIJRI)
        return k, resolve_month(ctx.published, mon, year[1] if year else None, qual, pos)
    year = _year(ctx, toks, j)
    if year is not None:
        return year[0], Resolved(None, None, "year", YEAR_ONLY)
    k = _skip(ctx, toks, j, "this")
    period = _role(ctx, toks, k, "period")
    if period is None:
        return None
    k, qual = _qual(ctx, toks, period[0])
    return k, resolve_period(ctx.published, PERIOD_UNITS[period[1] or 30], qual or "current", pos)


def p_month(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'[شهر] اب 2014', 'شباط الماضي', 'نوفمبر 13, 2023', 'في نوفمبر' (bare names need a preposition)."""
    j = _skip(ctx, toks, i, "month_word")
    named = j > i
    month = _month(ctx, toks, j)
    if month is None:
        return None
    j, mon, cal, ambiguous = month
    if j < len(toks) and INT_RE.fullmatch(toks[j].text) and len(toks[j].text) <= 2:
        year = _year(ctx, toks, j + 1)
        if year and cal == "gregorian":
            return year[0], resolve_day_month(None, int(toks[j].text), mon, year[1], "")
    year = _year(ctx, toks, j, hijri=cal == "hijri")
    k, qual = (year[0], "") if year else _qual(ctx, toks, j)
    if k == j and not named and (ambiguous or not _after_lead(ctx, toks, i)):
        return None
    if cal == "hijri":
        return k, Resolved(None, None, "hijri", HIJRI)
    return k, resolve_month(ctx.published, mon, year[1] if year else None, qual, 15)


def _after_lead(ctx: _Ctx, toks: Sequence[Tok], i: int) -> bool:
    """True when the word before toks[i] is a preposition such as في, خلال, منذ."""
    prev = tokens_before(ctx.text, toks[i].start, 1)
    return bool(prev) and prev[0].text in ctx.lex.roles["month_lead"]


def p_relative_day(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'[فجر] [يوم] اليوم|امس|اول امس [,] [الاثنين]', 'ليله امس الجمعه', 'الليله الماضيه'."""
    j = _skip(ctx, toks, i, "part")
    if j == i:
        j = _skip(ctx, toks, i, "month_pos")
    j = _skip(ctx, toks, j, "day_word")
    rel = _role(ctx, toks, j, "rel_day")
    if rel is None:
        return None
    j, offset = rel
    wd = _weekday(ctx, toks, _skip(ctx, toks, _skip_text(toks, j, ","), "day_word"))
    if wd:
        j = wd[0]
    return j, resolve_relative_day(ctx.published, offset or 0, wd[1] if wd else None)


def _night_pair(ctx: _Ctx, toks: Sequence[Tok], j: int, first: int) -> int:
    """The index after a second night day ('الجمعه', '-الجمعه', 'علي الجمعه', 'والجمعه') or j."""
    k = _skip_text(toks, j, "-", "/")
    k = _skip(ctx, toks, k, "night_link") if k == j else k
    if k < len(toks) and toks[k].text.startswith("و") and toks[k].text[1:] in ctx.lex.weekdays:
        second: int | None = ctx.lex.weekdays[toks[k].text[1:]][0]
        k += 1
    else:
        wd = _weekday(ctx, toks, k)
        second, k = (wd[1], wd[0]) if wd else (None, k)
    return k if second == first % 7 + 1 else j


def p_weekday(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'[فجر|ليل] [يوم] الخميس [الماضي]', 'ليل الخميس الجمعه', 'ليل السبت-الاحد'."""
    part = _role(ctx, toks, i, "part")
    j = part[0] if part else _skip(ctx, toks, i, "month_pos")
    k = _skip(ctx, toks, j, "day_word")
    wd = _weekday(ctx, toks, k)
    if wd is None:
        return None
    end, isoday, ambiguous = wd
    kind = "weekday"
    if part and part[1] == 1:
        pair_end = _night_pair(ctx, toks, end, isoday)
        if pair_end > end:
            end, kind = pair_end, "night_span"
    end, qual = _qual(ctx, toks, end)
    if ambiguous and k == i and not qual and not _clause_start(ctx, toks, i):
        return None
    return end, resolve_weekday(ctx.published, isoday, qual, kind)


def p_period(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'الاسبوع الماضي', 'هذا الشهر', 'الشهر الجاري', 'العام الماضي'."""
    j = _skip(ctx, toks, i, "this")
    period = _role(ctx, toks, j, "period")
    if period is None:
        return None
    k, qual = _qual(ctx, toks, period[0])
    if not qual and j == i:
        return None
    return k, resolve_period(ctx.published, PERIOD_UNITS[period[1] or 30], qual or "current")


def p_ago(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'قبل يومين', 'منذ ثلاثه ايام', 'قبل ايام', 'قبل اسبوعين', 'قبل شهر' (not 'قبل يومين من ...')."""
    j = _skip(ctx, toks, i, "ago")
    j = _skip(ctx, toks, j, "since") if j == i else j
    if j == i or j >= len(toks):
        return None
    count = 0
    if INT_RE.fullmatch(toks[j].text) and len(toks[j].text) <= 3:
        count, j = int(toks[j].text), j + 1
    elif (card := read_cardinal(toks, j)) is not None:
        j, count = card
    for role, unit in DUR_UNITS.items():
        hit = _role(ctx, toks, j, role)
        if hit is None:
            continue
        end, implied = hit
        if count and implied == 2:
            return None
        if end < len(toks) and toks[end].text in ("من", "علي"):
            return None
        return end, resolve_ago(ctx.published, unit, count or implied or 0)
    return None


def p_since(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'منذ 17 تشرين الاول', 'منذ امس', 'منذ مطلع الشهر': the date a state of affairs began."""
    if _role(ctx, toks, i, "since") is None or i + 1 >= len(toks):
        return None
    best = _best(ctx, toks, i + 1, DATE_PARSERS)
    if best is None:
        return None
    j, res = best
    return j, res._replace(kind="since") if res.date is not None else res


def p_year(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'عام 2014', 'العام 2023': a year alone (no ACLED precision)."""
    if _role(ctx, toks, i, "year_word") is None:
        return None
    year = _year(ctx, toks, i)
    return None if year is None else (year[0], Resolved(None, None, "year", YEAR_ONLY))


def p_vague(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'خلال الايام الماضيه', 'موخرا', 'الاسابيع المقبله': periods without a date."""
    for role in ("vague_past", "vague_future"):
        hit = _role(ctx, toks, i, role)
        if hit:
            return hit[0], Resolved(None, None, role, VAGUE)
    return None


def _clock(ctx: _Ctx, toks: Sequence[Tok], i: int) -> int | None:
    """'[عند] الساعه 3[:30] [والنصف] [فجرا|بتوقيت دمشق]': the index after it, or None."""
    j = _skip(ctx, toks, i, "clock_pre")
    hit = _role(ctx, toks, j, "clock")
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
    j = _skip(ctx, toks, j, "clock_frac")
    return _tod(ctx, toks, j)


def _tod(ctx: _Ctx, toks: Sequence[Tok], j: int) -> int:
    """j moved past an optional 'فجرا', 'بالتوقيت المحلي' or 'بتوقيت <place>'."""
    tod = _role(ctx, toks, j, "tod")
    if tod:
        return tod[0]
    tz = _role(ctx, toks, j, "tz")
    return tz[0] + 1 if tz and tz[0] < len(toks) and toks[tz[0]].text.isalpha() else j


def p_clock_first(ctx: _Ctx, toks: Sequence[Tok], i: int) -> Parsed | None:
    """'الساعه 3 فجر اليوم', 'عند الساعه العاشره من صباح امس': a clock time before the day."""
    j = _clock(ctx, toks, i)
    if j is None:
        return None
    j = _skip_text(toks, j, "من")
    return _best(ctx, toks, j, DATE_PARSERS) if j < len(toks) else None


DATE_PARSERS: tuple[Parser, ...] = (p_numeric, p_day_month, p_day_of_month, p_month_pos, p_month,
                                    p_relative_day, p_weekday, p_period, p_year)
ALL_PARSERS: tuple[Parser, ...] = (*DATE_PARSERS, p_ago, p_since, p_vague, p_clock_first)
# The word classes a parser's first token can belong to: time_words roles, or #digit (a digit group),
# #day (a digit group, 'ال' or an ordinal), #weekday and #month.
STARTS: dict[Parser, tuple[str, ...]] = {
    p_numeric: ("#digit",), p_day_month: ("#weekday", "day_word", "#day"), p_day_of_month: ("day_word", "#day"),
    p_month_pos: ("month_pos",), p_month: ("month_word", "#month"),
    p_relative_day: ("part", "month_pos", "day_word", "rel_day"),
    p_weekday: ("part", "month_pos", "day_word", "#weekday"), p_period: ("this", "period"),
    p_year: ("year_word",), p_ago: ("ago", "since"), p_since: ("since",),
    p_vague: ("vague_past", "vague_future"), p_clock_first: ("clock_pre", "clock"),
}


@cache
def _dispatch() -> dict[str, tuple[Parser, ...]]:
    """First word (or '#digit') -> the parsers that can start with it, in ALL_PARSERS order."""
    lex = time_lexicon()
    ordinals = [w for w, r in number_lexicon().roles.items() if {"ordinal", "ordinal_one", "ordinal_ten"} & set(r)]
    classes: dict[str, Iterable[str]] = {
        "#digit": ["#digit"], "#day": ["#digit", "ال", *ordinals],
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


def _best(ctx: _Ctx, toks: Sequence[Tok], i: int, parsers: Sequence[Parser]) -> Parsed | None:
    """The longest reading any of the parsers gives at toks[i] (the earlier parser wins a tie)."""
    if i >= len(toks):
        return None
    best: Parsed | None = None
    word = toks[i].text
    for parser in _dispatch().get("#digit" if word[0].isdigit() else word, ()):
        if parser not in parsers:
            continue
        got = parser(ctx, toks, i)
        if got is not None and (best is None or got[0] > best[0]):
            best = got
    return best


def _parse_at(ctx: _Ctx, start: int) -> TimeExpr | None:
    """The time phrase that starts at start, with a trailing clock time, or None."""
    toks = read_tokens(ctx.text, start, 16, ctx.lex.vocab, foreign=1)
    if not toks:
        return None
    best = _best(ctx, toks, 0, ALL_PARSERS)
    if best is None:
        return None
    j, res = best
    if res.kind in DAY_NAME_KINDS and j < len(toks):
        explicit = _best(ctx, toks, _skip_text(toks, j, ","), (p_numeric, p_day_month))
        if explicit is not None:
            j, res = explicit
    clock = _clock(ctx, toks, _skip_text(toks, j, ",")) if j < len(toks) else None
    j = clock if clock is not None else _tod(ctx, toks, j)
    end = toks[j - 1].end
    return TimeExpr(start=start, end=end, text=ctx.text[start:end], date=res.date,
                    precision=res.precision, kind=res.kind, reason=res.reason)


def find_times(text: str, published: dt.date | None) -> list[TimeExpr]:
    """Every time expression in normalized text, non-overlapping, in text order."""
    lex = time_lexicon()
    ctx = _Ctx(lex, text, published)
    hits = lex.anchors.find(text)
    blocks = [(start, end) for start, end, _, payloads in hits if any(payloads)]
    starts = {start for start, _, _, payloads in hits if not all(payloads)}
    starts.update(start for start, _ in digit_starts(text))
    out: list[TimeExpr] = []
    last_end = 0
    for start in sorted(starts):
        if start < last_end:
            continue
        expr = _parse_at(ctx, start)
        if expr is None or any(b0 < expr.end and expr.start < b1 for b0, b1 in blocks):
            continue
        out.append(expr)
        last_end = expr.end
    return out


def parse_date_phrase(phrase: str, published: dt.date | None = None) -> TimeExpr | None:
    """The first time expression in one phrase (normalized here; offsets index the normalized phrase)."""
    found = find_times(normalize_text(phrase), published)
    return found[0] if found else None


def parse_timestamp(line: str) -> dt.date | None:
    """The calendar date of a page timestamp ('2023.11.13 | 06:43 دمشق', '13 تشرين الثاني 2023')."""
    for expr in find_times(normalize_text(line), None):
        if expr.date is not None and expr.precision == 1:
            return expr.date
    return None
