"""Round 24a place phrases: the simile particle ك, a noun in construct with 'الله', hashtags joined by '_'.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from rasd.geo.hashtags import spaced_hashtags
from rasd.geo.places import find_units, place_matcher
from rasd.normalize import normalize_text


def _keys(text: str) -> list[str]:
    """The name keys of every unit."""
    return [u.key for u in find_units(normalize_text(text))]


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("أطلقت الفصائل رشقة كبيرة من القذائف على المستوطنة فجراً.", "بيره", None),  # ك + البيرة / بيرة
    ("صارت البلدة المنكوبة كحلب بعد سنوات القصف، وفي إدلب تجمع النازحون.", "حلب", "ادلب"),  # 'like Aleppo'
    ("قصفت المدفعية أطراف كفرنبل صباح اليوم.", None, "كفرنبل"),  # a name that begins with ك is whole
])
def test_the_simile_particle_never_locates(text: str, absent: str | None, present: str | None) -> None:
    keys = _keys(text)
    if absent is not None:
        assert absent not in keys
    if present is not None:
        assert present in keys


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("وأصاب الصاروخ هدفه بدقة بحمد الله، كما جاء في البيان.", "حمد", None),
    ("نجا السائق من الكمين بفضل الله ثم بحذر رفاقه قرب مدينة الرمادي.", "فضل", "الرمادي"),
    ("سقطت قذيفة برازح العصر دون إصابات.", None, "رازح"),  # a town, then a time word
])
def test_a_noun_in_construct_with_the_divine_name_is_no_town(text: str, absent: str | None,
                                                              present: str | None) -> None:
    keys = _keys(text)
    if absent is not None:
        assert absent not in keys
    if present is not None:
        assert present in keys


def test_a_hashtag_joined_by_underscores_names_one_place() -> None:
    text = normalize_text("قصف مدفعي على قرية آشورية صباح اليوم.\n#تل_نصري #الحسكة")
    units = find_units(text)
    got = [u for u in units if u.key == "تل نصري"]
    assert got and text[got[0].name_start:got[0].name_end] == "تل_نصري"  # offsets point into the text as read


def test_a_countryside_hashtag_keeps_its_descriptor_and_direction() -> None:
    units = find_units(normalize_text("انفجرت عبوة عند أطراف البلدة.\n#ريف_حماة_الشمالي"))
    assert any(u.key == "حماه" and u.desc is not None and u.direction is not None for u in units)


def test_hashtags_without_a_joined_name_change_nothing() -> None:
    text = normalize_text("#لا_للحرب #عاجل قصف على مدينة دوما")
    hits = list(place_matcher().find(text))
    spaced, got = spaced_hashtags(text, hits, place_matcher)
    assert len(spaced) == len(text) and got is hits
