"""Days told inside a dated statement: 'في بيان اصدره امس الاحد ان "... استهدف مساء امس ..."' is the day before Sunday.

A report often quotes a statement issued on an earlier day than its own ('قال X في بيان
اصدره امس الاحد ان', 'في بيان متلفز بثته قناه X بعد ظهر الثلاثاء, ان'). The speaker's
'امس' and 'اليوم' count from the day the statement came out, not from the report's, so
every relative day inside the reported words moves by the statement's distance from
publication. The statement's own day follows a word of issuing or saying closely and is
followed, in the same sentence, by the complementizer that opens the reported words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .literal_guard import guard

# a word of issuing or saying right before the statement's day: 'بيان اصدره امس الاحد', 'اعلنت مساء الجمعه'
ISSUED = re.compile(r"(?<!\S)[وف]?(?:(?:اصدر|اصدرت|بث|بثت|نشر|نشرت|القي|القا|القت|تلا|تلت)(?:ه|ها)?|صدر|صدرت|قال|قالت|"
                    r"اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت)(?!\S)")
ISSUED_REACH = 5  # words from the word of issuing to the statement's day ('بثته قناه المسيره بعد ظهر الثلاثاء')
# the complementizer that opens the reported words after the statement's day: 'امس الاحد ان "...', ', بان'
OPENS = re.compile(r"(?<!\S)(?:ان|انه|انها|بان|بانه|بانها)(?!\S)")
OPENS_REACH = 4  # words from the statement's day to its complementizer
# a statement quoted whole after its noun: 'اصدرت X مساء الاثنين ايضاحا بشان الهجوم, جاء فيه: "... امس ..."'
QUOTE_GAP = 4  # line breaks and spaces between 'جاء فيه:' ending its line and the opening quote
QUOTE_HEAD = guard(r"(?<!\S)و?(?:جاء|ورد)\s(?:فيه|فيها)(?:\sبنصه|\sبنصها)?\s*:\s*\"")
DAY_KINDS = frozenset({"relative_day", "weekday", "absolute", "night_span"})
SHIFTED = "relative_day"  # the speaker's 'امس', 'اليوم', 'الليله الماضيه'
QUOTED_HEAD = re.compile(r'"([^"\s]+) $')  # the one word that opens a quoted name before 'اليوم'
DEMONSTRATIVES = frozenset({"هذا", "ذلك", "هذه"})  # '"هذا اليوم"': the day itself


def said_days(text: str, published: dt.date | None, found: Sequence[Any]) -> list[Any]:
    """The time expressions found, with each relative day inside the words of a statement issued on another day than
    publication counted from that day (see the module)."""
    out = [t for t in found if not _outlet_name(text, t)]
    if published is None:
        return out
    for i, t in enumerate(out):
        if t.kind not in DAY_KINDS or t.date is None or t.date == published or not _issued_on(text, t):
            continue
        opened = _opened(text, t.end)
        if opened is None:
            continue
        opens_at, stop = opened
        shift = t.date - published
        for k in range(i + 1, len(out)):
            u = out[k]
            if u.start >= stop:
                break
            if u.kind == SHIFTED and u.date is not None and u.start > opens_at:
                out[k] = replace(u, date=u.date + shift)
    return out


def _opened(text: str, at: int) -> tuple[int, int] | None:
    """Where the words of the statement dated just before `at` open and end: after a near complementizer, to the
    end of its sentence, or inside the quotation its 'جاء فيه:' opens later in the sentence (even on the next line)."""
    end = _stop(text, at)
    opener = OPENS.search(text, at, end)
    if opener is not None and len(text[at:opener.start()].split()) <= OPENS_REACH:
        return opener.end(), _stop(text, opener.end())
    head = QUOTE_HEAD.search(text, at, end + QUOTE_GAP)
    if head is None or head.start() > end:
        return None
    close = text.find('"', head.end())
    return head.end(), close if close >= 0 else len(text)


def _outlet_name(text: str, t: Any) -> bool:
    """'لمراسل "البقاع اليوم"', 'موقع "حلب اليوم"': a quoted name of two words ending in 'اليوم' is an outlet's, not a
    day (the word before it is no time word, or the two would be one expression: '"فجر اليوم"' stays a day)."""
    if t.kind != SHIFTED or text[t.start:t.end] != "اليوم" or text[t.end:t.end + 1] != '"':
        return False
    head = QUOTED_HEAD.search(text, max(0, t.start - 24), t.start)
    return head is not None and head.group(1) not in DEMONSTRATIVES


def _issued_on(text: str, t: Any) -> bool:
    """A word of issuing or saying stands at most ISSUED_REACH words before the day t, in its sentence."""
    lo = max(text.rfind(ch, 0, t.start) for ch in ".\n") + 1
    head = text[lo:t.start].split()[-ISSUED_REACH - 1:]
    at = next((i for i in range(len(head) - 1, -1, -1) if ISSUED.fullmatch(head[i])), None)
    return at is not None and not any(OPENS.fullmatch(w) for w in head[at + 1:])  # 'قال X ان طايرات قصفت امس':
    # a day inside the reported words dates what they tell


def _stop(text: str, at: int) -> int:
    """Where the sentence holding `at` ends (a full stop or a line break)."""
    ends = [i for i in (text.find(".", at), text.find("\n", at)) if i >= 0]
    return min(ends, default=len(text))
