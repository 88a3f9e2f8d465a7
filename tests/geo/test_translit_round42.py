"""Round 42 transliteration readings (h4, from the rA place census): a Latin name whose last consonant is a real h
is keyed without it, so the Arabic name is looked up without its last h too (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.translit import query_skeletons
from rasd.geo.translit_locative import unknown

from .conftest import assert_read_at


@pytest.mark.parametrize(("arabic", "key"), [
    ("ابو جبيهه", "bkb"),  # Abu Jibeha: the h before the ta marbuta
    ("بار يوحاي", "br"),  # Bar Yohai: the h between vowels
    ("بلدحاوو", "blt"),  # Beled Hawo
], ids=["abu-jibeha", "bar-yohai", "beled-hawo"])
def test_last_h_dropped(arabic: str, key: str) -> None:
    """The name is also looked up by the skeleton the Latin key keeps once its final h is dropped."""
    assert key in query_skeletons(arabic)


def test_short_skeleton_kept() -> None:
    """A skeleton of two consonants ending in h keeps it: no one-consonant key is looked up."""
    assert all(len(k) >= 2 for k in query_skeletons("طه"))


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    ("سقط صاروخان في محيط مستوطنة بار يوحاي شمالي إسرائيل بعد دوي صفارات الإنذار", "Bar Yuhay", 32.998, 35.444),
    ("اشتباكات عنيفة في بلدة بلدحاوو بإقليم جدو جنوب غربي الصومال", "Beled Hawo", 3.928, 41.880),
], ids=["bar-yohai", "beled-hawo"])
def test_town_with_a_last_h(text: str, en: str, lat: float, lon: float) -> None:
    """A town whose Latin name ends in h and a vowel is read after its head."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    ("نفذت الطائرات المسيرة ضربات على مواقع المسلحين قرب مدينة توغان شمال غربي بوركينا فاسو", "Tougan", 13.072, -3.069),
    ("قتل عشرة من عناصر الدفاع المحلي في هجوم على أطراف مدينة كوبيلا شرق بوركينا فاسو", "Koupela", 12.179, -0.351),
], ids=["tougan", "koupela"])
def test_small_town_by_its_source_name(text: str, en: str, lat: float, lon: float) -> None:
    """A Sahel town under 50,000 that GeoNames names in Arabic is read by that name after a town's head, not tied in
    the Latin-only file with a town spelled alike (Toeghin, Gebiley)."""
    assert_read_at(text, en, lat, lon)


def test_small_town_bare_after_a_locative() -> None:
    """Such a town, held by the gazetteer only after a head noun, is still read bare after a locative preposition."""
    assert_read_at("قصفت طائرة مسيرة مواقع للمسلحين في كيدال بشمال مالي الليلة الماضية", "Kidal", 18.443, 1.409)


@pytest.mark.parametrize(("name", "want"), [("كيدال", True), ("دمشق", False)], ids=["head-only", "bare-name"])
def test_unknown_bare(name: str, want: bool) -> None:
    """A name the gazetteer holds only after a head noun is unknown bare: the locative lookup may read it."""
    assert unknown(name) is want
