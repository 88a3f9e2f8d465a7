"""Scene, round 26b: a big city's quarter lies as far from the city's point as the city is broad; an extent ('مناطق
واسعه') is no place; the people's home towns ('وهم من ابناء X') are no scene. Every sentence is written for these
tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasd.geo.quarters import reach_km
from tests import scene_text

chosen = scene_text.chosen


@pytest.mark.parametrize(("pop", "km"), [
    (0, 15.0),  # a town of unknown size: QUARTER_KM
    (900_000, 15.0),  # a city under about 1.8 million is no broader than QUARTER_KM
    (2_600_000, 18.2),  # a disc of 10,000 people a km2
    (7_216_000, 30.0),  # Baghdad
    (15_000_000, 30.0),  # at most CITY_KM
], ids=["unknown", "city", "big-city", "baghdad", "capped"])
def test_a_citys_reach_grows_with_its_population(pop: int, km: float) -> None:
    """reach_km: QUARTER_KM, or the breadth of a city of millions, at most CITY_KM."""
    assert reach_km(SimpleNamespace(pop=pop)) == pytest.approx(km, abs=0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    # (ab_002; Baghdad's point lies 13 km north-west of its centre, 16-22 km from its eastern and southern quarters)
    ("سقطت قذيفة على منزل في حي الزعفرانية ببغداد", ["Zafriniya"]),
    ("انفجرت عبوة ناسفة قرب سوق شعبي في حي الكمالية شرقي بغداد", ["Kamaliya"]),
    ("اغتال مسلحون مجهولون تاجراً في حي الدورة جنوبي العاصمة بغداد", ["Dora"]),
    # the frame's town gives way to its quarter as far out
    ("وفي بغداد، انفجرت عبوة ناسفة قرب سوق شعبي في حي الزعفرانية", ["Zafriniya"]),
    # a village of the same name as far out is still no quarter of Baghdad
    ("سقطت قذيفة على منزل في حي البزركان ببغداد", ["Baghdad"]),
    # a smaller town's reach stays 15 km: Baghdad's al-Bayya' is 23 km from al-Mahmudiyah's point
    ("سقطت قذيفة على منزل في حي البياع في المحمودية", ["Al Mahmudiyah"]),
])
def test_a_big_citys_quarter_lies_within_its_breadth(text: str, expected: list[str]) -> None:
    """'حي X بمدينه Y': a quarter row of the gazetteer within a city of millions' breadth is the city's quarter."""
    assert chosen(text) == expected


@pytest.mark.parametrize("text", [
    # (ab_010; 'مناطق/اجزاء واسعه' in 8 dev docs): an extent, not Wasi'ah (Deir ez-Zor)
    "وتخشى الأمم المتحدة من انهيار السد الذي يروي مناطق واسعة من الريف",
    "وانقطع التيار الكهربائي عن أجزاء واسعة بعد القصف",
    # nor Ba'idah (Tartus)
    "وسقطت القذيفة في منطقة بعيدة عن المنازل",
])
def test_an_extent_is_no_place(text: str) -> None:
    """'مناطق واسعه', 'منطقه بعيده': an adjective of extent after an area's head noun is no village's name."""
    assert chosen(text) == []


def test_a_named_village_of_the_same_word_is_still_read() -> None:
    """'قريه واسعه' names the village: the stop phrases hold only the extent's nouns."""
    assert chosen("قصفت مسيرة قرية واسعة في ريف دير الزور") == ["Wasi'ah"]


@pytest.mark.parametrize(("text", "expected"), [
    # (ab_008, la_011: 'وهم/وهما من ابناء X' tells who the victims are)
    ("استهدفت مسيرة سيارة عند مدخل مدينة منبج، وهم من أبناء مدينة الرقة والطبقة", ["Manbij"]),
    ("قتل شابان بقصف على أطراف بلدة كفركلا، وهما من أبناء بلدة حولا", ["Kfar Kila"]),
    # every place named is a home town: the incident has none of its own here
    ("قصفت مسيرة قافلة من السيارات المدنية، وهم من أبناء مدينتي الرقة والطبقة", []),
    # 'شهيد من ابناء X' with no pronoun may well be both: still the scene
    ("قصفت مسيرة إسرائيلية سيارة تقل شابين من أبناء بلدة الخيام", ["El Khiyam"]),
])
def test_the_peoples_home_towns_are_no_scene(text: str, expected: list[str]) -> None:
    """'..., وهم من ابناء X': where the people come from, not where the incident befell them."""
    assert chosen(text) == expected
