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
    # 'the updated toll' names the newest figure (mb_025, and the construction in ey_020, ez_016)
    ("قصفت طائرة مسيرة سوقا شعبيا في مدينة الأبيض يوم الأحد، وأفادت وكالة محلية بمقتل 5 أشخاص، غير أن الحصيلة "
     "المحدثة التي أعلنتها السلطات الصحية اليوم بلغت 9 قتلى.", "Ubayyid", 9, None),
    # 'preliminary information' is a first count that a later one replaces (ka_003, mb_015, ex_014)
    ("شنت طائرة حربية غارة على منزل في بلدة الخيام جنوب لبنان مساء اليوم، ومعلومات أولية عن 3 شهداء.\n\n"
     "وأعلنت وزارة الصحة أن الغارة على بلدة الخيام أسفرت عن استشهاد 5 مواطنين.", "Khiyam", 5, None),
])
def test_revised_tolls(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """The newest figure of a revised toll is the incident's."""
    m = at(run(text), place)
    assert (m.fatalities, m.injured) == (killed, injured)
