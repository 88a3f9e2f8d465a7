"""Round 52 (h1, places): a city named early in a clause (a body's seat, the telling's frame) gives way to a village
or area of its own province that the clause names later with its head noun. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from rasd.scene import choose_places
from tests import scene_text


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت الخلية أن مفارز الاستخبارات في كركوك تمكنت مساء أمس من اعتقال ثلاثة مطلوبين في قرية دوكمات.",
     ["Dugmat"]),
    ("وفي مأرب، اندلعت مواجهات عنيفة فجر اليوم بين الطرفين في منطقة جزيلان.", ["Juzaylan"]),
], ids=["seat-then-village", "frame-then-area"])
def test_a_village_of_the_province_named_later_is_the_scene(text: str, expected: list[str]) -> None:
    """'X في كركوك ... في قرية Y', 'وفي مأرب، ... في منطقة Y': the village, not the city."""
    assert scene_text.chosen(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت الطائرات مدينة كركوك وقرية دوكمات مساء أمس.", "Kirkuk"),
    ("اعتقلت قوة أمنية ثلاثة مطلوبين في كركوك مساء أمس.", "Kirkuk"),
    ("داهمت قوة أمنية منزلا في كركوك، فجر اليوم، واعتقلت مطلوبين اثنين في قرية دوكمات.", "Kirkuk"),
], ids=["coordinated", "city-alone", "city-with-its-own-clause"])
def test_the_city_stays_when_it_is_a_scene(text: str, expected: str) -> None:
    """A city coordinated with the village, named alone, or heading a clause of its own is still a scene."""
    assert any(expected in name for name in scene_text.chosen(text))


@pytest.mark.parametrize(("second", "expected"), [
    ("وقالت شرطة البصرة إنها اعتقلت اليوم أربعة متهمين بعد مداهمة منازل في نفس المنطقة.", ["Al Harithah"]),
    ("وقالت شرطة البصرة إنها اعتقلت اليوم أربعة متهمين بعد مداهمة منازل في المنطقة ذاتها.", ["Al Harithah"]),
    ("وقالت شرطة البصرة إنها اعتقلت اليوم أربعة متهمين بعد مداهمة منازل.", ["Basra"]),
], ids=["in-the-same-area", "the-area-itself", "no-anaphor"])
def test_the_same_area_after_a_body_seat_is_the_place_told_before(second: str, expected: list[str]) -> None:
    """'شرطة X اعتقلت ... في نفس المنطقة': the place an earlier paragraph told, not the police's city; without the
    anaphor the body's city alone still stands."""
    rec = scene_text.rec_of("اندلع نزاع مسلح ليلة أمس في بلدة الهارثة شمال البصرة.\n\n" + second)
    lo = rec.nt.text.index("\n\n") + 2
    assert [p.location.name_en for p in choose_places(rec, lo, len(rec.nt.text))] == expected
