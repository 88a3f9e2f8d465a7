"""Days of round 20b (ub_ study): 'بعد يومين من هجوم X' set off by commas inside its clause, and a life's move.

The phrase inside a clause: ub_003 ('نفذت طائرات, بعد يومين من هجوم الجبة, ضربات'); 'ويأتي/وجاءت ... بعد يومين من'
relates and dates nothing (bl_009, dz_014, ht_005, lb_003, pa_008, sa_014, sb_022: 7 docs / 7 sets). A move's
'قبل': oa_005, ra_005, ta_005, ub_005, ub_014 (5 docs / 4 sets: 'نزحت من مدينة غزة قبل أربعة أشهر'). Every sentence
is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times

PUB = dt.date(2024, 2, 9)  # a Friday


def days(text: str, published: dt.date | None = PUB) -> list[tuple[str, dt.date | None]]:
    """(kind, day) of every time expression of the text."""
    return [(t.kind, t.date) for t in find_times(normalize_text(text), published)]


def test_days_after_an_incident_inside_the_clause() -> None:
    """'قصفت المدفعية, بعد ثلاثة أيام من غارة الشيخ مسكين, ...' is the day of that strike plus three; a headline
    naming the place above the dateline is passed over, and the day nearest before the naming in its line counts."""
    text = ("قصف على درعا بعد غارة الشيخ مسكين\n\nالجمعة 9 شباط 2024\n\nأكدت مصادر محلية اليوم أن غارة مساء "
            "الأحد الماضي أصابت مستودعاً في مدينة الشيخ مسكين.\n\nوقصفت المدفعية، بعد ثلاثة أيام من غارة الشيخ "
            "مسكين، بلدة نوى غربي درعا.")
    assert ("story_day", dt.date(2024, 2, 7)) in days(text)


@pytest.mark.parametrize("text", [
    "أصابت غارة مساء الأحد مستودعاً في الشيخ مسكين. وجاءت الغارات، بعد يومين من هجوم الشيخ مسكين، لتزيد التوتر.",
    "أصابت غارة مساء الأحد مستودعاً في الشيخ مسكين. وقصفت المدفعية، بعد يومين من الهجوم، بلدة نوى.",
    "أصابت غارة مساء الأحد مستودعاً في الشيخ مسكين. وقصفت المدفعية بلدة نوى بعد يومين من زيارة الشيخ مسكين.",
])
def test_no_day_after_inside_a_relating_or_bare_phrase(text: str) -> None:
    """A verb of coming ('وجاءت ... بعد يومين من') relates two incidents, a bare noun names none, and a phrase not set
    off by commas or counting from no incident noun dates nothing."""
    assert not any(kind == "story_day" for kind, _ in days(text))


@pytest.mark.parametrize("text", [
    "قال أحد السكان إن عائلته نزحت من خان يونس قبل ثلاثة أشهر وتعيش في خيمة.",
    "وكان الشاب قد انتقل إلى مدينة الموصل قبل أسبوعين للعمل في مخبز.",
])
def test_a_lifes_move_dates_no_incident(text: str) -> None:
    """'نزحت ... قبل ثلاثة أشهر', 'انتقل إلى ... قبل أسبوعين': a person's history, no day to anchor an incident on."""
    assert all(day is None for _, day in days(text))


def test_an_incident_ago_keeps_its_day() -> None:
    """'قتل شاب قبل يومين برصاص قناص' names no move: two days before publication."""
    assert ("relative_day", dt.date(2024, 2, 7)) in days("قتل شاب قبل يومين برصاص قناص في حي الزيتون.")
