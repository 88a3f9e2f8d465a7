"""Scene, round 33a (from the v31 (ha_) study, package A): a district the gazetteer lacks, told by its bearing from
the bare 'العاصمه', lies at the edge of the capital of the article's country (the adjective after it, the one capital
or the one country the article names); a country after 'قرب الحدود مع' is the neighbour, never the scene of a town
named before it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.scene import choose_places
from tests import scene_text


@pytest.mark.parametrize(("text", "expected"), [
    ("الصومال: مقتل شرطي في مقديشو\nانفجرت عبوة ناسفة بسيارة للشرطة في مديرية كوروبالي جنوب غربي العاصمة اليوم.",
     [("southwest of Mogadishu", 2)]),
    ("أصيب ثلاثة مدنيين بقذيفة سقطت على منزل في حي الزنبقة شمالي العاصمة العراقية.",
     [("north of Baghdad", 2)]),
    ("عاجل من الصومال\nانفجرت عبوة ناسفة بدورية للشرطة في منطقة هيلبانو شرقي العاصمة مساء أمس.",
     [("east of Mogadishu", 2)]),
    ("سقطت قذيفة هاون على منزل في حي الزنبقة شمالي العاصمة.", []),
    ("أخبار مقديشو\nوقال الوزير في العاصمة إن الهجوم فشل.", []),
    ("انفجرت عبوة ناسفة في مديرية هيليوا شمالي العاصمة مقديشو صباح اليوم.", [("north of Mogadishu", 2)]),
], ids=["capital-named-elsewhere", "adjective", "country-named", "no-country", "no-district", "capital-named-here"])
def test_a_district_by_its_bearing_from_the_capital(text: str, expected: list[tuple[str, int]]) -> None:
    """The capital of the article's country, moved along the bearing, at geo_precision 2; none when the article does
    not say which capital, or no district head comes before the bearing (the body line only: the headline names the
    capital)."""
    rec = scene_text.rec_of(text)
    got = choose_places(rec, rec.nt.text.rfind("\n") + 1, len(rec.nt.text))  # the body line, not the headline
    assert [(p.location.name_en, p.location.geo_precision) for p in got] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل خمسة جنود في هجوم على معسكر في بلدة تاكوبيري وسط البلاد، قرب الحدود مع النيجر.", []),
    ("قتل خمسة جنود في هجوم على معسكر في بلدة كوركوسي قرب الحدود مع النيجر.", []),
    ("قتل خمسة جنود في هجوم على معسكر للجيش قرب الحدود مع النيجر.", ["Niger"]),
    ("قتل خمسة جنود في هجوم على معسكر في مدينة غاو قرب الحدود مع النيجر.", ["Gao"]),
], ids=["unknown-town", "unknown-town-no-comma", "no-town", "known-town"])
def test_the_neighbour_across_the_border_is_no_scene(text: str, expected: list[str]) -> None:
    """A town named before 'قرب الحدود مع COUNTRY' (known or not) keeps the country out of the scene."""
    assert scene_text.chosen(text) == expected
