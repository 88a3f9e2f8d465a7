"""Round 34a (frame, from the ia_ study): a near-daily tally and a future 'سيشهد' tell no incident; a trigger word
inside a town's name after its head noun is no trigger; the attacks a retaliation answers, told as a series by a
relative clause, are no incident, while a singular cause and the retaliation itself stay."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text, rejection_reasons

PUB = date(2024, 5, 16)  # a Thursday


@pytest.mark.parametrize("text", [
    'وتعلن الوزارة بشكل شبه يومي "تحييد" مسلحين في شمال البلاد.',
    "ويقصف الجيش بشكل يومي مواقع المسلحين في الجبال الشرقية قرب بلدة العمادية.",
], ids=["near-daily", "daily"])
def test_daily_habit_is_no_incident(text: str) -> None:
    """'بشكل (شبه) يومي': what a party keeps doing, no one incident."""
    assert extract_text(text, PUB) == []


@pytest.mark.parametrize("text", [
    'وقال المتحدث إن "العام المقبل سيشهد عمليات نوعية لملاحقة الخلايا في جبال حمرين".',
    'وأكد القائد أن "المرحلة المقبلة ستشهد ضربات جوية على أوكار المسلحين في وادي الشاي".',
], ids=["year", "stage"])
def test_future_will_see_is_no_incident(text: str) -> None:
    """'سيشهد/ستشهد عمليات': operations forecast, not reported."""
    assert extract_text(text, PUB) == []


@pytest.mark.parametrize("text", [
    "شيعت بلدة معركة في قضاء صور ظهر اليوم أحد أبنائها في موكب حاشد انطلق من ساحة البلدة.",
    "شيّع أهالي بلدة معركة في قضاء صور أمس ابنهم الشاب في مأتم شارك فيه المئات.",
], ids=["funeral", "farewell"])
def test_trigger_word_in_a_town_name_is_no_trigger(text: str) -> None:
    """'بلدة معركة': the word 'battle' names the town; a funeral tells no incident."""
    assert extract_text(text, PUB) == []
    assert any(r.startswith("part of a place's name") for r in rejection_reasons(text, PUB))


def test_battle_word_outside_a_name_still_reads() -> None:
    """A 'معركة' that no head noun makes a town's name is read as before (the rule does not fire)."""
    text = "اندلعت معركة عنيفة أمس بين الجيش ومسلحين قرب بلدة العمادية."
    assert not any(r.startswith("part of a place's name") for r in rejection_reasons(text, PUB))


@pytest.mark.parametrize("text", [
    'وقالت القيادة إن قواتها نفذت ضربة جوية على مخزن للسلاح قرب بلدة الميادين أمس "رداً على الهجمات التي تستهدف '
    'جنودنا في المنطقة".',
    "وشنت مقاتلات غارة على مقر للفصائل قرب البوكمال أمس، رداً على الهجمات الأخيرة التي استهدفت قواعدها.",
], ids=["present", "past"])
def test_answered_series_is_no_incident(text: str) -> None:
    """'رداً على الهجمات التي ...': the series answered is background; only the strike is an incident."""
    ms = extract_text(text, PUB)
    assert [m.sub_event_type for m in ms] == ["Air/drone strike"]
    assert any(r.startswith("background: the attacks a retaliation answers") for r in rejection_reasons(text, PUB))


def test_singular_cause_is_not_a_series() -> None:
    """'رداً على الهجوم الذي استهدف ...': one attack with its own telling is not the series rule's."""
    text = "وقصفت المدفعية مواقع المسلحين قرب بلدة العمادية أمس، رداً على الهجوم الذي استهدف نقطة للجيش فجر اليوم."
    assert not any(r.startswith("background: the attacks a retaliation answers")
                   for r in rejection_reasons(text, PUB))
