"""Scene, round 39b (from the census of the recent half-A misses): a 'since' phrase that opens with a part of the
day or its hours ('منذ ساعات الصباح الاولي', 'منذ فجر اليوم') is over before the place after it, which is the
incident's scene; a period's 'since' phrase ('منذ بدء الحرب في X') still holds its place. A province's head before
a name read as a city ('مدينه X باقليم تمبكتو') makes it the province that only locates X. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from rasd.normalize import normalize
from rasd.scene_since import day_since
from tests import scene_text


@pytest.mark.parametrize(("text", "expected"), [
    ("تقصف المدفعية التركية منذ ساعات الصباح الأولى قرية كشتعار في ريف حلب الشمالي.", ["Kishta'ar"]),
    ("تشن الطائرات منذ فجر اليوم غارات على بلدة زيدل جنوب شرقي حمص.", ["Zaydal"]),
], ids=["hours-of-morning", "dawn-today"])
def test_the_place_after_a_day_s_since_phrase_is_the_scene(text: str, expected: list[str]) -> None:
    """The village named right after 'منذ ساعات الصباح' is chosen over the countryside that holds it."""
    assert scene_text.chosen(text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("يستهدف منذ ساعات الصباح الأولى قرية ", True),
    ("غارات منذ فجر اليوم على ", True),
    ("اشتباكات منذ ليل أمس في ", True),
    ("سقط منذ بدء الحرب في ", False),
    ("منذ مطلع العام في ", False),
    ("منذ الاثنين الماضي في ", False),
    ("قصف على ", False),
], ids=["hours", "dawn", "night", "war", "year", "weekday", "no-since"])
def test_a_day_s_since_phrase(phrase: str, expected: bool) -> None:
    """Only a 'since' opening with a part of the day (فجر, صباح, مساء, ليل) or its hours is a day's phrase."""
    text = normalize(phrase).text
    assert day_since(text, len(text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("اشتباكات عنيفة في مدينة نيافونكي بإقليم تمبكتو شمالي مالي.", ["Niafunke"]),
    ("انفجرت عبوة في بلدة دوينتزا في إقليم موبتي وسط مالي.", ["Douentza"]),
    ("انفجرت عبوة قرب مدينة تمبكتو شمالي مالي.", ["Timbuktu"]),
], ids=["glued-iqlim", "fi-iqlim", "the-city-itself"])
def test_a_city_named_as_a_province_holds_the_town_before_it(text: str, expected: list[str]) -> None:
    """'مدينه X باقليم Y': Y read as a city after a province's head outside its span only locates X."""
    assert scene_text.chosen(text) == expected
