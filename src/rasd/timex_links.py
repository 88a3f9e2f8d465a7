"""Days told through other days: a span's end, 'اليوم نفسه', 'عشيه الهجوم' and the night an article frames.

A time phrase can name its day only through another one the text told before it: the end
of a span opened by a day ('من مساء الاربعاء حتي فجر الخميس') dates nothing of its own;
'وفي الليله نفسها', 'مساء اليوم ذاته' are the day last told, 'عشيه الهجوم' the day before
the incident last dated and 'غداه القصف' the day after it (time_words role story_day); and a
bare 'الليله' in a story of a night past ('ليل الاحد-الاثنين ... حصيله الليله') is that night,
not the coming one; and a bare weekday that is also the publication's ('السبت' in a round-up
published on a Saturday) is the one the text dated a week before ('السبت 8 حزيران ... هجوم السبت').
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from .lexicon import load_table
from .literal_guard import Guarded, finditer_near, guard

# 'اندلعت مساء الاربعاء ... واستمرت الي حدود فجر الخميس': a day after these words ends a span opened by a day
# told just before it; the span is dated by its start, so the end is reported without a date
SPAN_END_WORDS = frozenset({"حتي", "الي", "لغايه", "وحتي"})
SPAN_END_FILLERS = frozenset({"حدود", "ساعات", "ما", "بعد", "قبيل"})
SPAN_GAP = 10  # words between the span's start and its end
ANCHOR_KINDS = frozenset({"absolute", "hijri", "relative_day", "weekday", "night_span", "stamp", "after_midnight",
                          "story_day", "feast"})  # the days a story_day phrase counts from
BARE_NIGHT = frozenset({"الليله", "هذه الليله"})  # 'حصيله الليله': tonight, or the night the story tells
THIS_WEEK = ("هذا", "هذه", "الجاري", "الحالي")  # 'السبت الجاري': the current one, never the one a week back
WEEK = 7
NIGHT_HEAD = guard(r"^(?:\S+ )?(?:ليل|ليله|منتصف ليل|منتصف ليله)(?!\S)")  # 'ليل الاحد-الاثنين', 'ليله امس'


def span_end(text: str, first: Any, expr: Any) -> bool:
    """expr closes a span that the dated day `first` opened ('من مساء الاربعاء حتي فجر الخميس')."""
    if first.date is None or first.precision != 1 or expr.date is None or expr.date <= first.date:
        return False
    between = text[first.end:expr.start]
    if any(ch in between for ch in ".\n؛"):
        return False
    words = between.replace("،", " ").replace(",", " ").split()
    if not words or len(words) > SPAN_GAP:
        return False
    k = len(words) - 1
    while k > 0 and words[k] in SPAN_END_FILLERS:
        k -= 1
    return words[k] in SPAN_END_WORDS


STORY_LEADS = ("في", "خلال")  # 'وفي اليوم نفسه'
STORY_PARTS = ("صباح", "مساء", "ظهر", "عصر", "فجر", "ليل")  # 'مساء اليوم ذاته'
COMMON_WORDS = frozenset({"اليوم", "الليله", "الليل"})  # too frequent to look a story_day phrase up by
# the most characters a story_day match runs before its phrase: 'وخلال ' + 'وصباح ' + a glued 'و'
STORY_REACH = 1 + max(map(len, STORY_LEADS)) + 1 + 1 + max(map(len, STORY_PARTS)) + 1 + 1


@cache
def _story_days() -> tuple[Guarded, dict[str, int], tuple[str, ...], int]:
    """The story_day phrases of time_words as one regex, each phrase's offset in days, and the words that find
    them (each phrase's first word outside COMMON_WORDS) with the most characters a match runs before one."""
    offsets = {v: int(r.get("value")) for r in load_table("time_words").rows if r.get("role") == "story_day"
               for v in r.many("variants")}
    alts = "|".join(re.escape(p) for p in sorted(offsets, key=len, reverse=True))
    leads, parts = "|".join(STORY_LEADS), "|".join(STORY_PARTS)
    pattern = guard(rf"(?<!\w)(?:[وف]?(?:{leads}) )?(?:[وف]?(?:{parts}) )?[وفب]?({alts})(?!\w)")
    keys = {next((w for w in p.split(" ") if w not in COMMON_WORDS), p) for p in offsets}
    kept = tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))
    reach = max((min(i for k in kept if (i := p.find(k)) >= 0) for p in offsets), default=0)
    return pattern, offsets, kept, reach + STORY_REACH


def _day_before(found: Sequence[Any], pos: int) -> Any | None:
    """The last expression before pos that names one day."""
    return next((e for e in found[::-1] if e.end <= pos and e.date is not None and e.precision == 1
                 and e.kind in ANCHOR_KINDS), None)


def story_days(text: str, published: dt.date | None, found: Sequence[Any], make: Callable[..., Any]) -> list[Any]:
    """The time expressions found, with each story_day phrase dated from the day last told before it (none when no
    day came before, or when it would fall after publication), and each bare 'الليله' told after the night before
    publication was named ('ليل الاحد-الاثنين', a blog's evening stamps) dated that night."""
    out = _told_weekdays(published, _night_told(published, found, make), make)
    pattern, offsets, keys, reach = _story_days()
    for m in finditer_near(pattern, text, keys, reach):
        if any(e.start < m.end() and m.start() < e.end for e in found):
            continue
        last = _day_before(out, m.start())
        if last is None:
            continue
        day = last.date + dt.timedelta(days=offsets[m[1]])
        if published is not None and day > published:
            continue
        out.append(make(start=m.start(), end=m.end(), text=m.group(), date=day, precision=1, kind="story_day"))
        out.sort(key=lambda e: e.start)
    return out


def _night_told(published: dt.date | None, found: Sequence[Any], make: Callable[..., Any]) -> list[Any]:
    """The expressions found, with each bare 'الليله' told after the night before publication was named ('ليل
    الاحد-الاثنين', 'ليله امس', a blog's evening stamps) dated that night instead of the coming one."""
    out = list(found)
    if published is None:
        return out
    night = published - dt.timedelta(days=1)
    for k, e in enumerate(out):
        if e.kind == "relative_day" and e.text in BARE_NIGHT and e.date == published and any(
                f.date == night and (f.kind in ("stamp", "night_span") or NIGHT_HEAD.match(f.text))
                for f in out[:k]):
            out[k] = make(start=e.start, end=e.end, text=e.text, date=night, precision=e.precision, kind=e.kind,
                          reason=e.reason)
    return out


def _told_weekdays(published: dt.date | None, found: list[Any], make: Callable[..., Any]) -> list[Any]:
    """The expressions found, with each bare weekday that names the publication's own weekday ('هجوم السبت' in a
    weekly round-up published on a Saturday) dated a week back when the text dated that day before it ('السبت 8
    حزيران'): the week the story covers, not today."""
    if published is None:
        return found
    back = published - dt.timedelta(days=WEEK)
    told = next((e.start for e in found if e.kind == "absolute" and e.precision == 1 and e.date == back), None)
    if told is None:
        return found
    return [make(start=e.start, end=e.end, text=e.text, date=back, precision=e.precision, kind=e.kind,
                 reason=e.reason)
            if e.kind == "weekday" and e.date == published and e.start > told and not any(
                w in THIS_WEEK for w in e.text.split()) else e for e in found]
