"""Round 52 dates (h6, from the rA census of duplicates dated off their gold): an incident told in a clause that
opens 'بعد N ايام من' right after a 'وتاتي/وجاءت X' opener ('وتأتي العملية بعد ثلاثة أيام من انفجار عبوة ...')
took place N days before the story's day, unless its clause names a day of its own.

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f

PUB = dt.date(2024, 3, 14)  # a Thursday
LEAD = "نفذت قوات الأمن فجر اليوم الخميس عملية دهم في بلدة البصيرة شرقي دير الزور واعتقلت أربعة مطلوبين.\n"


def ied_days(text: str) -> list[dt.date | None]:
    """The days of the roadside-bomb mentions of a small article published on PUB."""
    return [m.event_date for m in f.extract_text(text, PUB) if m.sub_event_type == "Remote explosive/landmine/IED"]


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD + "وتأتي العملية بعد ثلاثة أيام من انفجار عبوة ناسفة بسيارة عسكرية في البلدة نفسها.\n", dt.date(2024, 3, 11)),
    (LEAD + "وجاءت المداهمة بعد يومين من انفجار عبوة ناسفة بدورية للجيش قرب البصيرة.\n", dt.date(2024, 3, 12)),
    (LEAD + "وقال المصدر إن العملية جاءت بعد يوم واحد من انفجار عبوة ناسفة بدورية للجيش قرب البصيرة.\n",
     dt.date(2024, 3, 13)),
])
def test_days_after_an_earlier_incident(text: str, expected: dt.date) -> None:
    """The incident recalled N days before the story's day is dated that day."""
    assert ied_days(text) == [expected]


@pytest.mark.parametrize("text", [
    LEAD + "وتأتي العملية بعد ساعات من انفجار عبوة ناسفة بدورية للجيش قرب البصيرة.\n",  # hours: the same day
    LEAD + "وتأتي العملية بعد يومين من انفجار عبوة ناسفة بدورية للجيش قرب البصيرة مساء الخميس الماضي.\n",
])
def test_hours_or_a_day_of_its_own(text: str) -> None:
    """An offset of hours, or a clause with its own day, is not counted back from the story's day."""
    assert dt.date(2024, 3, 12) not in ied_days(text)
