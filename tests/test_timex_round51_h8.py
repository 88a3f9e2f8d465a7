"""Round 51 dates (h8, from the rA date census): last night seen from the next day ('ليلة أمس', 'الليلة الماضية',
'ليلة امبارح') whose story gives an hour after its midnight is the publication day; an hour the fighting stopped at
dates nothing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times

PUB = dt.date(2024, 3, 20)  # a Wednesday
TUESDAY = dt.date(2024, 3, 19)


def night_days(text: str, published: dt.date) -> list[dt.date | None]:
    """The dates of the time expressions of text that open on a night word."""
    nt = normalize_text(text)
    return [e.date for e in find_times(nt, published) if nt[e.start:e.end].split()[0] in {"ليل", "ليله", "الليله"}]


@pytest.mark.parametrize(("text", "expected"), [
    ("استهدفت غارة مقراً للفصيل ليلة أمس. الطائرات نفذت ضربتين قرابة الواحدة فجراً.", PUB),
    ("ليلة امبارح حوالي الساعة 2 بعد نص الليل هاجم مسلحون الحاجز.", PUB),
    ("قصفت المدفعية أطراف القرية الليلة الماضية عند الساعة الثالثة فجراً.", PUB),
    ("هاجم مسلحون نقطة للجيش ليلة أمس نحو الساعة 11 ليلاً.", TUESDAY),  # before midnight: the night's first day
    ("اندلعت اشتباكات ليلة أمس قبل أن تتوقف قرابة الثالثة فجراً.", TUESDAY),  # the hour it stopped
    ("هاجم مسلحون نقطة للجيش ليلة أمس.", TUESDAY),
])
def test_last_night_small_hours(text: str, expected: dt.date) -> None:
    """Last night with an hour after its midnight is today; without one, or with the hour it ended, yesterday."""
    assert night_days(text, PUB) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("دارت اشتباكات ليل الاثنين - الثلاثاء قبل أن تتوقف قرابة الرابعة فجراً.", dt.date(2024, 3, 18)),
    ("هاجم مسلحون الحاجز ليل الاثنين - الثلاثاء قرابة الثانية فجراً.", TUESDAY),
])
def test_night_span_hour(text: str, expected: dt.date) -> None:
    """A night span's small hour without 'الساعة' ('قرابة الثانية فجراً') is its second day, unless it ended then."""
    assert night_days(text, PUB) == [expected]
