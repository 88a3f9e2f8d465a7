"""Round 29a place data (the ca_ study): news spellings of named rows (ة/ه for a final alef, ط for ت, ه for ح,
long vowels written out), and villages the open data we build from leaves out (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # the news' spelling of a named row
    ("سقطت مسيرة قرب القاعدة الأمريكية في هيمو غربي القامشلي", "Himu", 37.05, 41.16),
    ("أغلق حاجز الطريق عند قرية العجاجة جنوبي الحسكة", "Aajaja", 36.21, 40.71),
    ("قتل راع بانفجار لغم في أطراف ناحية خرناباط", "Kharnabat", 33.80, 44.63),
    ("انفجرت عبوة قديمة قرب بلدة باطنايا شمالي نينوى", "Batnay", 36.54, 43.12),
    ("هاجم مسلحون مخفراً للدرك في قضاء أروه بولاية سيرت", "Eruh", 37.73, 42.09),
    # open-data rows the build leaves out (no population, no Arabic name), curated at their own point
    ("سمع دوي انفجار في منطقة خجير قرب طهران", "Khojir (Tehran)", 35.66, 51.73),
    ("اندلعت اشتباكات قبلية في بلدة غدوة جنوبي سبها", "Ghadduwa (Sabha)", 26.44, 14.28),
], ids=["hemo-ha", "ajajah-ta-marbuta", "kharnabat-emphatic-ta", "batnaya-long-vowels", "eruh-turkish",
        "khojir", "ghadduwa-head"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "wrong"), [
    ("خرج الصيادون غدوة إلى البحر كعادتهم", "Ghadduwa (Sabha)"),  # bare: the noun 'morning'
], ids=["ghadduwa-bare-morning"])
def test_namesakes_keep_their_place(text: str, wrong: str) -> None:
    """A name a new row shares is not read as that row without its head."""
    assert wrong not in {r.location.name_en for r in main_refs(text)}


@pytest.mark.parametrize(("text", "en"), [
    # a Latin-only town after a bearing, with no town head
    ("قتل جنديان في كمين على بعد عشرين كيلومتراً جنوب بانكاس في وسط مالي قرب موبتي", "Bankass"),
    ("نفذت القوات الأمريكية غارة على مخابئ للتنظيم شمال غربي إسكوشوبان في إقليم بونتلاند بالصومال", "Iskushuban"),
    # ... after «قرب»
    ("انفجرت عبوة ناسفة بدورية للجيش قرب بانكاس وسط مالي، على الطريق إلى موبتي", "Bankass"),
    # ... after a facility's head: the plant bears the town's name
    ("قالت طهران إن الغارة أصابت مفاعل خنداب في محافظة مركزي قرب أراك", "Khondab"),
], ids=["bearing", "compound-bearing", "near", "facility-head"])
def test_a_latin_only_town_without_a_head(text: str, en: str) -> None:
    """A bearing, «قرب» or a facility's head introduces a Latin-only town as a town's head does."""
    assert en in {r.location.name_en for r in main_refs(text)}, [
        (r.location.name_en, r.location.text) for r in main_refs(text)]


@pytest.mark.parametrize("text", [
    "وقعت الاشتباكات قرب منزله في وسط مالي على الطريق إلى موبتي",  # a common noun after قرب
    "تقدمت القوات شمال سوريا باتجاه منبج وسط اشتباكات عنيفة",  # a country after a bearing: a known place
    "زار الوزير مجمع الشفاء الطبي في غزة صباح اليوم",  # a definite word after a facility's head
], ids=["near-common-noun", "bearing-country", "facility-definite"])
def test_no_bare_guess_on_common_words(text: str) -> None:
    """A common or definite word after a bearing or «قرب» is no transliterated town."""
    assert not [r for r in main_refs(text) if "transliteration" in (r.note or "")]
