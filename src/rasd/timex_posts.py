"""Social-media posts: a post's header line ('11 مارس 2025 الساعه 10:05 ص ·') gives the post its own day.

A page of posts (a Facebook page copied with its headers) tells one item per post, each under a line of the day,
'الساعه', the clock time and its am/pm word ('٢٧ نوفمبر الساعة ١٢:٤١ ص ·'). 'اليوم', 'مساء اليوم', 'امس' inside a
post are told from the post's day, not from the day the page was copied: a relative day under a header of another
day than publication moves by as many days, and the header opens a post as a live blog's clock line does
(`timex_entries`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from .literal_guard import finditer_lines, guard

# a line of a post's day (the date, any weekday before it), 'الساعه', the clock and its am/pm word, and nothing but
# marks after it ('·', an emoji); an update word or marks may stand before the date ('تحديث 🔴 17 يونيو ...')
HEAD_RE = guard(r"^(?:[^\w\n]|تحديث)*(\w[^\n]{0,40}?)[ \t،,-]*الساعه[ \t]+\d{1,2}:\d{2}[ \t]*(?:ص|م)[^\w\n]*$",
                     re.MULTILINE)
HEAD_KINDS = frozenset({"absolute"})  # the post's day: a calendar date, not 'اليوم' or a bare weekday
SHIFTED_KINDS = frozenset({"relative_day"})  # 'مساء اليوم' in a post of the day before: that day's evening


def post_heads(text: str, found: Sequence[Any]) -> list[tuple[int, Any]]:
    """(line start, date expression) of every post header in text order; the date covers the words before 'الساعه'."""
    out = []
    for m in finditer_lines(HEAD_RE, text, "الساعه"):  # a header holds 'الساعه' on its line
        head = next((e for e in found if e.kind in HEAD_KINDS and e.precision == 1 and e.date is not None
                     and e.start == m.start(1) and e.end >= m.end(1)), None)
        if head is not None:
            out.append((m.start(), head))
    return out


def post_days(text: str, published: dt.date | None, found: Sequence[Any], make: Callable[..., Any]) -> list[Any]:
    """The time expressions found, with each relative day inside a post dated on another day than publication moved
    by the post's distance from publication (make builds a TimeExpr from its fields)."""
    heads = post_heads(text, found)
    if published is None or not heads:
        return list(found)
    out = []
    for e in found:
        under = [h.date for start, h in heads if start <= e.start]  # its post: the last header before it
        if e.kind in SHIFTED_KINDS and e.date is not None and under and under[-1] != published:
            e = make(start=e.start, end=e.end, text=e.text, date=e.date + (under[-1] - published),
                     precision=e.precision, kind=e.kind, reason=e.reason)
        out.append(e)
    return out
