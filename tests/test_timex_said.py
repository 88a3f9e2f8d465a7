"""Days told inside a dated statement count from the statement's day (timex_said).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times

SAT = date(2024, 3, 16)  # a Saturday


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # the statement came out on Thursday: its 'فجر اليوم' is Thursday, its 'ليل امس' Wednesday
    ("وقال الجيش الأردني في بيان أصدره أمس الخميس إن قواته أسقطت فجر اليوم طائرة مسيّرة قرب الحدود.",
     "فجر اليوم", date(2024, 3, 14)),
    ("وكانت وزارة الدفاع التركية قد أعلنت يوم الخميس أن مقاتلاتها قصفت ليل أمس مواقع في منطقة متينا.",
     "ليل أمس", date(2024, 3, 13)),
    ("وقال المتحدث في كلمة متلفزة بثتها قناة المنار بعد ظهر الخميس، إن \"مقاتلينا استهدفوا مساء أمس ثكنة\".",
     "مساء أمس", date(2024, 3, 13)),
    # a statement of today: nothing moves
    ("وأفاد الدفاع المدني صباح اليوم السبت بأن ثلاثة أصيبوا في قصف ليل أمس.", "ليل أمس", date(2024, 3, 15)),
    # the day is inside the reported words (after 'إن'), not the statement's: nothing moves
    ("قال المرصد إن طائرات حربية قصفت أمس الجمعة مواقع قال إنها تعرضت لقصف آخر اليوم.", "اليوم", SAT),
])
def test_said_days(text: str, phrase: str, expected: date) -> None:
    """The day of `phrase` in a report published on Saturday."""
    nt = normalize_text(text)
    at = nt.index(normalize_text(phrase))
    got = [t for t in find_times(nt, SAT) if t.start <= at < t.end]
    assert got and got[0].date == expected, [(t.text, t.date) for t in find_times(nt, SAT)]


@pytest.mark.parametrize(("text", "phrase", "is_day"), [
    # a quoted two-word name ending in 'اليوم' is an outlet's (round 25b: 14 dev docs of 13 sets quote one)
    ("وقال مراسل \"حاصبيا اليوم\" إن مسيّرة استهدفت سيارة على طريق البلدة.", "اليوم", False),
    ("ونقل موقع «كوردستان اليوم» عن شهود أن الانفجار هزّ الحي.", "اليوم", False),
    # a quoted time phrase or demonstrative stays a day
    ("وقالت الحركة إن مقاتليها نفّذوا الهجوم «فجر اليوم» قرب المعبر.", "فجر اليوم", True),
    ("وقال شاهد إن \"هذا اليوم\" كان الأعنف منذ أشهر.", "اليوم", True),
])
def test_quoted_outlet_name_is_no_day(text: str, phrase: str, is_day: bool) -> None:
    """'اليوم' closing a quoted outlet name dates nothing."""
    nt = normalize_text(text)
    at = nt.index(normalize_text(phrase))
    got = [t for t in find_times(nt, SAT) if t.start <= at < t.end and t.date is not None]
    assert bool(got) == is_day, [(t.text, t.date) for t in find_times(nt, SAT)]
