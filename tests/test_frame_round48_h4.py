"""Round 48 (dates, h4, from the rA census of wrong dates): a lead that tells its incident with no day takes the
earlier day of the next sentence ('قتل ... بهجوم على حاجز' then 'واوضح المصدر ان الهجوم وقع مساء امس'), as a lead
dated only by its telling already did; a next sentence that places another incident elsewhere lends no day. A day
after a risen toll's incident with a death between them ('بعد وفاة جندي جريح صباح اليوم') dates the death, so the
lead looks to the next sentence in the same way.

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f

PUB = dt.date(2024, 5, 15)  # a Wednesday
TUESDAY = dt.date(2024, 5, 14)


def _lead_day(text: str) -> dt.date | None:
    """The day the frame builder gives the lead sentence's incident."""
    return f.lead_day(text, PUB)


@pytest.mark.parametrize("text", [
    "قتل جنديان وأصيب ثالث بهجوم مسلح على حاجز للجيش قرب قضاء خانقين في محافظة ديالى.\n"
    "وأوضح مصدر أمني أن الهجوم وقع مساء أمس، وأن القوة المهاجمة انسحبت نحو البساتين.\n",
    "أصيب ثلاثة مدنيين بانفجار عبوة ناسفة على طريق زراعي قرب قضاء خانقين.\n"
    "وقال مسؤول محلي إن الانفجار حدث فجر أمس الثلاثاء أثناء مرور سيارة المزارعين.\n",
])
def test_undated_lead_takes_next_sentence_day(text: str) -> None:
    assert _lead_day(text) == TUESDAY


def test_undated_lead_keeps_no_day_when_next_sentence_is_elsewhere() -> None:
    text = ("قتل جنديان بهجوم مسلح على حاجز للجيش قرب قضاء خانقين في محافظة ديالى.\n"
            "وفي محافظة نينوى، انفجرت عبوة ناسفة مساء أمس قرب قضاء تلعفر دون إصابات.\n")
    assert _lead_day(text) is None


def test_death_day_after_a_risen_toll_takes_the_next_sentence_day() -> None:
    text = ("ارتفعت حصيلة الهجوم على حاجز للجيش قرب قضاء خانقين إلى ثلاثة قتلى، بعد وفاة جندي جريح في المستشفى "
            "صباح اليوم الأربعاء.\n"
            "ووقع الهجوم مساء أمس الثلاثاء، وانسحب المهاجمون نحو البساتين.\n")
    assert _lead_day(text) == TUESDAY


def test_incident_day_before_the_death_stays() -> None:
    text = ("ارتفعت حصيلة الهجوم على حاجز للجيش قرب قضاء خانقين مساء الاثنين إلى ثلاثة قتلى، بعد وفاة جندي جريح "
            "صباح اليوم الأربعاء.\n"
            "ووقع الهجوم مساء أمس الثلاثاء، وانسحب المهاجمون نحو البساتين.\n")
    assert _lead_day(text) == dt.date(2024, 5, 13)
