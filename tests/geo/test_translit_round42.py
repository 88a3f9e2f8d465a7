"""Round 42 transliteration readings (h4, from the rA place census): a Latin name whose last consonant is a real h
is keyed without it, so the Arabic name is looked up without its last h too (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.translit import query_skeletons

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
