"""Days told through the week or another incident (round 19a, from the sa_ study): a bare weekday a round-up dated
a week back, 'وبعد ثلاثة أيام من X' (timex_after) and feast days (timex_feast).

The weekday: la_009, ma_017, sa_009 (3 docs / 3 sets, weekly round-ups published on the weekday they open with).
'بعد N أيام من X' opening a sentence: qa_017, sa_018 (2 docs / 2 sets). Feasts: sb_013 ('عشية عيد الفطر').
Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times

FRIDAY = dt.date(2023, 11, 17)


def days(text: str, published: dt.date | None = FRIDAY) -> list[tuple[str, dt.date | None]]:
    """(kind, day) of every time expression of the text."""
    return [(t.kind, t.date) for t in find_times(normalize_text(text), published)]


def test_a_bare_weekday_of_the_week_told() -> None:
    """A weekly review published on a Friday opens with 'الجمعة 10 تشرين الثاني': 'كمين الجمعة' is that Friday."""
    text = ("نستعرض أحداث الأسبوع من الجمعة 10 تشرين الثاني إلى الخميس 16 منه.\nالجمعة\nقتل ثلاثة عناصر في كمين "
            "الجمعة قرب الميادين.")
    assert ("weekday", dt.date(2023, 11, 10)) in days(text)
    assert ("weekday", FRIDAY) not in days(text)


@pytest.mark.parametrize("text", [
    "قتل ثلاثة عناصر في كمين الجمعة قرب الميادين.",  # no Friday told a week back: today
    "بدأ الهجوم الأربعاء 8 تشرين الثاني. وفي هذه الجمعة قتل ثلاثة عناصر في كمين قرب الميادين.",
])
def test_a_bare_weekday_is_today_without_the_week_told(text: str) -> None:
    """Without a Friday dated a week back, 'الجمعة' in a Friday's article is the publication day."""
    assert ("weekday", FRIDAY) in days(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("الاثنين 13 تشرين الثاني\nاستهدفت مسيرة سيارة في بلدة الشحيل.\n\nوبعد ثلاثة أيام من غارة الشحيل، انفجر لغم "
     "بشاحنة قرب البصيرة.", dt.date(2023, 11, 16)),
    ("ففي مساء الأحد، قصفت المدفعية قرية المسرب. وبعد يومين من قصف المسرب، سقط صاروخ على سوق البلدة.",
     dt.date(2023, 11, 14)),
])
def test_days_after_an_incident_told(text: str, expected: dt.date) -> None:
    """'وبعد ثلاثة أيام من غارة الشحيل' opening a sentence is the day of the strike on al-Shuhayl plus three."""
    assert ("story_day", expected) in days(text)


@pytest.mark.parametrize("text", [
    "ويأتي القصف بعد يومين من غارة نفذتها طائرة مسيرة على أطراف البلدة.",  # inside the sentence: relates, no date
    "وبعد يومين من الهجوم، أعلنت السلطات حظر التجول.",  # a bare noun names no incident by its place
    "قتل جنديان أمس. وبعد يومين من القصف الإسرائيلي، سقطت قذيفة على السوق.",  # an adjective is no name
    "وبعد يومين من غارة الحسكة، سقط صاروخ على القاعدة.",  # the place was never told before
])
def test_no_day_after_an_incident_not_named_before(text: str) -> None:
    """Only a fronted phrase whose incident is named by a word the text used before counts days from it."""
    assert not any(kind == "story_day" for kind, _ in days(text))


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("قتل طفلان في قصف مدفعي على حي سكني عشية عيد الأضحى.", dt.date(2024, 6, 20), dt.date(2024, 6, 15)),
    ("سقطت قذائف على سوق المدينة في ثاني أيام عيد الفطر المبارك.", dt.date(2023, 4, 30), dt.date(2023, 4, 22)),
    ("وفي صباح العيد، استهدفت مسيرة سيارة عند مدخل البلدة.", dt.date(2025, 4, 2), dt.date(2025, 3, 30)),
])
def test_feast_days(text: str, published: dt.date, expected: dt.date) -> None:
    """The eve, first or second day of the latest feast on or before publication (the announced start of the month
    where months.tsv lists it: Eid al-Adha 1445 on 16 June 2024, Eid al-Fitr 1444 on 21 April 2023, 1446 on 30 March
    2025; round 24a)."""
    assert ("feast", expected) in days(text, published)


@pytest.mark.parametrize(("text", "published"), [
    ("تستعد الفصائل لهدنة خلال عيد الفطر.", dt.date(2024, 4, 5)),  # no day word: a span of days
    ("وفي صباح العيد، استهدفت مسيرة سيارة عند مدخل البلدة.", dt.date(2025, 5, 20)),  # no Eid in the last days
])
def test_no_feast_day(text: str, published: dt.date) -> None:
    """A feast named without a day word, or 'العيد' long after the last Eid, dates nothing."""
    assert not any(kind == "feast" for kind, _ in days(text, published))
