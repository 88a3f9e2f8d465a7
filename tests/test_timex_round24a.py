"""Feast days by the announced calendar (round 24a, from the xa_ study: xa_019 'في ثاني أيام عيد الأضحى' dated a day
late by the tabular calendar; ua_023's Sudanese 'تاني يوم العيد').

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times


def days(text: str, published: dt.date) -> list[tuple[str, dt.date | None]]:
    """(kind, day) of every time expression of the text."""
    return [(t.kind, t.date) for t in find_times(normalize_text(text), published)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("قصفت مسيرة منزلا في القرية في ثاني أيام عيد الأضحى.", dt.date(2023, 7, 1), dt.date(2023, 6, 29),
                 id="second-day-of-eid-al-adha-1444"),
    pytest.param("ضربت قذائف سوق الحي تاني يوم العيد بعد الصلاة.", dt.date(2023, 6, 29), dt.date(2023, 6, 29),
                 id="colloquial-second-day"),
    pytest.param("انفجرت عبوة ناسفة بدورية على الطريق في ثالث يوم من عيد الفطر.", dt.date(2022, 5, 8),
                 dt.date(2022, 5, 4), id="third-day-of-eid-al-fitr-1443"),
    pytest.param("أطلق مسلحون النار على سيارة عشية عيد الفطر.", dt.date(2025, 4, 3), dt.date(2025, 3, 29),
                 id="eve-of-eid-al-fitr-1446"),
])
def test_feast_days_by_the_announced_calendar(text: str, published: dt.date, expected: dt.date) -> None:
    """The day of a feast told by a day word, from the month's announced start (months.tsv first_days)."""
    assert ("feast", expected) in days(text, published)
