"""Revised tolls: a risen toll told after the first count's phrase, a toll that 'became' a figure, and a headline
repeating the first count.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Mention
from tests import factories as f

PUB = date(2024, 5, 9)  # a Thursday


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


at = f.mention_at


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # the first count's phrase opens the sentence, the rise comes after it: the risen figure is the new one
    ("قصفت طائرة مسيرة سوقا في مدينة الحديدة ظهر اليوم. وكانت الحصيلة الأولية قد تحدثت عن مقتل 3 مدنيين، قبل أن "
     "يعلن مستشفى المدينة ارتفاع العدد إلى 6 قتلى و9 جرحى.", "Hudaydah", 6, 9),
    # the headline repeats the first count the body says was revised
    ("مقتل 3 مدنيين بقصف على سوق الحديدة\nقصفت طائرة مسيرة سوقا في مدينة الحديدة ظهر اليوم. وكانت الحصيلة الأولية "
     "قد تحدثت عن مقتل 3 مدنيين، قبل أن يعلن مستشفى المدينة ارتفاع العدد إلى 6 قتلى.", "Hudaydah", 6, None),
    # 'the toll became 5' is the newest figure of a toll told before
    ("دارت اشتباكات في بلدة الخيام ليل أمس وقتل فيها 3 مسلحين. وقال مصدر محلي صباح اليوم إن الحصيلة أصبحت 5 "
     "قتلى بعد العثور على جثتين.", "Khiyam", 5, None),
])
def test_revised_tolls(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """The newest figure of a revised toll is the incident's."""
    m = at(run(text), place)
    assert (m.fatalities, m.injured) == (killed, injured)
