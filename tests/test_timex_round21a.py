"""Round 21a dates (from the ua_ and ub_ studies): the small hours after last night's midnight, and a feast day that
the article dates by its weekday setting the calendar of its other feast days.

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times


def dated(text: str, published: dt.date) -> dict[str, dt.date | None]:
    """The date of each time expression of text, by its normalized words."""
    nt = normalize_text(text)
    return {nt[e.start:e.end]: e.date for e in find_times(nt, published)}


WED = dt.date(2024, 8, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("أطلقت الفصائل منذ منتصف الليلة الماضية عشرات الصواريخ", WED),
    ("وبعد منتصف ليل أمس قصفت المدفعية أطراف البلدة", WED),
    ("ومنذ منتصف ليلة أمس تتواصل الاشتباكات في محيط المطار", WED),
    ("قبيل منتصف الليلة الماضية قصفت المدفعية أطراف البلدة", WED - dt.timedelta(days=1)),
    ("عند منتصف الليلة الماضية دوت صفارات الإنذار", WED - dt.timedelta(days=1)),
])
def test_after_last_midnight(text: str, expected: dt.date) -> None:
    """Midnight parts last night from today: what follows it ('منذ/بعد منتصف') is today, the rest stays yesterday."""
    got = [d for d in dated(text, WED).values() if d is not None]
    assert got == [expected]


def test_weekday_of_a_feast_day_sets_the_others() -> None:
    """'مساء أمس الاثنين، ثاني أيام عيد الأضحى' puts the feast's first day on Sunday (the tabular calendar says Monday),
    so the eve told elsewhere in the article is Saturday."""
    text = ("قصفت المدفعية مساء أمس الاثنين، ثاني أيام عيد الأضحى، أطراف المدينة. وكان شاب قد قتل عشية عيد الأضحى "
            "برصاص قناص.")
    got = dated(text, dt.date(2024, 6, 18))
    assert got["عشيه عيد الاضحي"] == dt.date(2024, 6, 15)


def test_feast_eve_without_a_weekday_keeps_the_calendar() -> None:
    """With no feast day dated by a weekday, the eve follows the calendar (the announced start of Dhu al-Hijja
    1445, months.tsv first_days: Eid on Sunday 16 June, its eve Saturday 15)."""
    got = dated("وكان شاب قد قتل عشية عيد الأضحى برصاص قناص.", dt.date(2024, 6, 18))
    assert got["عشيه عيد الاضحي"] == dt.date(2024, 6, 15)
