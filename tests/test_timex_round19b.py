"""Days of round 19b (tb_ study): the Hijri calendar calibrated by the article's own dated weekday, a feast day in
apposition to a weekday, and a live blog's bracketed weekday stamp.

Feasts: tb_019 (dateline 'الثلاثاء 12 ذو الحجة 1445هـ': the tabular calendar is a day late for 1445; 'مساء أمس
الاثنين ثاني أيام عيد الأضحى'); sb_013 keeps its 'عشية عيد الفطر'. Bracketed weekday stamps: tb_013 (a blog
dated Monday whose '12:35 ص (الثلاثاء)' is the next day), ex_015 and ey_001 (3 docs / 3 sets). Every sentence is
written for these tests.
"""

from __future__ import annotations

import datetime as dt

from rasd.normalize import normalize_text
from rasd.timex import find_times


def days(text: str, published: dt.date) -> list[tuple[str, str, dt.date | None]]:
    """(kind, text, day) of every time expression of the text."""
    return [(t.kind, t.text, t.date) for t in find_times(normalize_text(text), published)]


TUESDAY = dt.date(2024, 6, 18)  # 12 Dhu al-Hijja 1445; the tabular calendar says Wednesday 19 June


def test_a_dated_weekday_calibrates_the_feast() -> None:
    """The dateline's Hijri date and weekday move Eid al-Adha to Sunday 16 June: its eve is Saturday 15."""
    text = "الثلاثاء 12 ذو الحجة 1445هـ\nأعلنت القوات البحرية أنها استهدفت سفينة تجارية عشية عيد الأضحى."
    assert ("feast", "عشيه عيد الاضحي", dt.date(2024, 6, 15)) in days(text, TUESDAY)


def test_without_a_dated_weekday_the_announced_day_stands() -> None:
    """No Hijri date in the article: the eve of the announced Eid (months.tsv first_days: Sunday 16 June), Saturday
    15, not the tabular calendar's Sunday 16 (round 24a)."""
    text = "أعلنت القوات البحرية أنها استهدفت سفينة تجارية عشية عيد الأضحى."
    assert ("feast", "عشيه عيد الاضحي", dt.date(2024, 6, 15)) in days(text, TUESDAY)


def test_a_weekday_in_apposition_wins_over_the_feast_day() -> None:
    """'ظهر أمس الاثنين، ثاني أيام عيد الأضحى': the Monday dates the raid; the feast day adds no date of its own."""
    text = "قصفت طائرات حربية ظهر أمس الاثنين، ثاني أيام عيد الأضحى، مخزناً في ريف المدينة."
    got = days(text, TUESDAY)
    assert ("relative_day", "ظهر امس الاثنين", dt.date(2024, 6, 17)) in got
    assert not [g for g in got if g[0] == "feast"]


def test_a_bracketed_weekday_stamp_is_the_next_day_of_the_blog() -> None:
    """A blog dated Thursday whose '00:20 ص (الجمعة)' follows evening stamps: the small hours are Friday's."""
    text = ("تغطية مباشرة: ليلة من الغارات على ريف حمص\n\n"
            "10:40 م\nغارة على مستودع قرب مدينة القصير.\n\n"
            "11:15 م\nانفجارات متتالية في محيط المستودع.\n\n"
            "00:20 ص (الجمعة)\nغارة جديدة على جسر قرب بلدة ربلة.\n\n"
            "01:05 ص\nغارة ثالثة على طريق قرب بلدة جوسية.\n")
    got = {t: d for k, t, d in days(text, dt.date(2024, 3, 7)) if k == "stamp"}
    assert got["10:40 م"] == dt.date(2024, 3, 7)
    assert got["00:20 ص (الجمعه)"] == dt.date(2024, 3, 8)
    assert got["01:05 ص"] == dt.date(2024, 3, 8)
