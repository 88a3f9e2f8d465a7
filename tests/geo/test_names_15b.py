"""Round 15b geocoding: Israeli places spelled as the news spell them, a settlement head that excludes namesakes
outside Israel and Palestine, two-word Hebrew names after a settlement head, and named areas of the Gaza Strip
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.translit import arabic_skeletons

from .conftest import refs_of


def names(text: str) -> list[str]:
    """The English names of every place reference of a text."""
    return [r.location.name_en or "" for r in refs_of(text)]


@pytest.mark.parametrize(("text", "en"), [
    ("اعترضت الدفاعات الجوية مسيرة فوق مدينة حاتسور هجليليت في الجليل الأعلى", "Hatzor HaGlilit"),
    ("أعلن الحزب قصف مستعمرة شعار يشوف بالصواريخ ردا على الغارة على بلدة الخيام", "She'ar Yashuv"),
])
def test_the_news_spelling_of_a_galilee_town(text: str, en: str) -> None:
    """'حاتسور هجليليت' (with ا) is Hatzor HaGlilit, not Hazor Ashdod; 'شعار يشوف' is She'ar Yashuv."""
    assert en in names(text), names(text)
    assert "Hazor Ashdod" not in names(text) and "Ash Sha'ar" not in names(text)


def test_a_settlement_is_never_a_namesake_abroad() -> None:
    """After مستعمره / مستوطنه only Israeli and Palestinian places are read: no Yemeni village الشعار."""
    got = [r for r in refs_of("سقطت صواريخ على محيط مستعمرة شعار قرب الحدود مع لبنان") if r.location.country_iso3 == "YEM"]
    assert not got, [r.location.name_en for r in got]


def test_a_two_word_hebrew_name_after_a_settlement_head() -> None:
    """'كيبوتس نير عوز' is looked up as one name among the Latin-only rows of Israel, the Gaza Strip being named."""
    text = "تسللت مجموعة مسلحة من خان يونس إلى كيبوتس نير عوز فجر اليوم"
    got = [r for r in refs_of(text) if r.location.name_en == "Nir 'Oz"]
    assert got and got[0].location.geo_precision == 2, names(text)


def test_a_latin_sh_may_be_s_and_h() -> None:
    """'Yitshaq' writes the 'tsh' of يتسحاق with the digraph 'sh': the skeleton without the h is tried too."""
    assert "tsk" in arabic_skeletons("يتسحاق") and "tshk" in arabic_skeletons("يتسحاق")


@pytest.mark.parametrize(("text", "en", "not_en"), [
    ("تمركزت دبابات إسرائيلية على محور صلاح الدين جنوب رفح", "Philadelphi corridor", "Salah Al-Din"),
    ("قصفت طائرات مسيرة نقطة للمقاومة قرب محور فيلادلفيا", "Philadelphi corridor", "Egypt"),
    ("دوت صفارات الإنذار في مستوطنات غلاف غزة بعد إطلاق قذائف هاون", "Gaza envelope (Israel)", "Gaza City"),
])
def test_named_areas_of_the_gaza_front(text: str, en: str, not_en: str) -> None:
    """The corridors along the Egyptian border and the Israeli communities around the Strip are areas of their own."""
    assert en in names(text) and not_en not in names(text), names(text)


def test_salah_al_din_without_the_corridor_is_the_governorate() -> None:
    """Only 'محور صلاح الدين' is the corridor: the Iraqi governorate keeps its name."""
    assert "Salah Al-Din" in names("انفجرت عبوة ناسفة بدورية للجيش في محافظة صلاح الدين")
