"""Arabic time expressions: find them in normalized text and resolve them against the publication date.

Every phrase starts at a word the time lexicon lists (a weekday, a month name,
اليوم, فجر, مطلع, قبل, منذ ...) or at a digit; a few small word-level parsers try
to read a phrase from there (``timex_parsers``) and the longest reading wins. The
calendar rules live in ``timex_rules``. "دقيقه", "ساعه" and "حتي الان" never yield a date, and
phrases like "روسيا اليوم" or "اليوم التالي" hide the time word inside them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from typing import Any

from . import hijri
from .matcher import Match
from .normalize import normalize_text
from .numbers import DIGIT_MARKS, NUMBER_WORDS, number_lexicon
from .scan import DIGITS, TOKEN_RE, Tok, read_tokens
from .timex_after import after_days
from .timex_digest import digest_days
from .timex_feast import feast_days
from .timex_links import span_end, story_days
from .timex_night import small_hours
from .timex_parsers import (
    DMY_RE,
    YMD_RE,
    Parsed,
    Parser,
    p_ago,
    p_day_month,
    p_day_of_month,
    p_month,
    p_month_pos,
    p_numeric,
    p_period,
    p_relative_day,
    p_vague,
    p_weekday,
    p_year,
)
from .timex_posts import post_days
from .timex_rules import (
    DAY_SPAN_RE,
    Ctx,
    clock_at,
    history_day,
    ordinal_words,
    role_at,
    skip_text,
    time_lexicon,
    tod_at,
    truce_day,
    truce_named,
)
from .timex_said import said_days
from .timex_stamps import with_stamps

TIME_WORDS = "times"  # the name of the time readers' words in a MatcherGroup (see reader_words)
DAY_NAME_KINDS = frozenset({"weekday", "relative_day", "night_span"})  # an explicit date after these wins
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
    truce = truce_named(ctx)
    for start in sorted(starts):
        if start < last_end:
            continue
        expr = _parse_at(ctx, start)
        if expr is None or any(b0 < expr.end and expr.start < b1 for b0, b1 in blocks):
            continue
        if out and span_end(text, out[-1], expr):
            expr = replace(expr, date=None, precision=None, kind="span_end", reason=SPAN_END)
        elif expr.date is not None and truce and truce_day(ctx, expr.start):
            expr = replace(expr, date=None, precision=None, kind="truce", reason=TRUCE)
        elif expr.date is not None and expr.kind != "since" and history_day(ctx, expr.start):
            expr = replace(expr, date=None, precision=None, kind="history", reason=HISTORY)
        out.append(expr)
        last_end = expr.end
    out = feast_days(text, published, with_stamps(text if stamps is None else stamps, published, out, TimeExpr,
                                                  partial(parse_timestamp, published=published)), TimeExpr)
    out = post_days(text, published, out, TimeExpr)  # 'مساء اليوم' in a post headed '10 مارس 2025 الساعه 8:30 م ·'
    out = said_days(text, published, out)  # 'في بيان اصدره امس الاحد ان "... مساء امس"': the day before Sunday
    out = small_hours(text, out, TimeExpr, published)  # a night's small hours: its second day
    out = after_days(text, published, story_days(text, published, out, TimeExpr), TimeExpr)
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
