"""Round 14a geocoding: places the gazetteer lacked, common words that are no places, a field or an airport named
after a town, and a distance written in words (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.distances import stated_km
from rasd.normalize import normalize

from .conftest import main_refs, refs_of


@pytest.mark.parametrize(("text", "en"), [
    ("دمرت غارة منزلا في بلدة اللبوة شمالي بعلبك فجر اليوم", "Laboue"),
    ("سقطت قذيفة على أطراف بلدة عيتا الجبل في قضاء بنت جبيل", "Ayta Al Jabal"),
    ("دوت صفارات الإنذار في مستعمرة بتسيت بعد رشقة صواريخ", "Betzet"),
    ("اعتقلت القوات شابين من مخيم عين بيت الماء غرب نابلس", "Beit el Ma"),
    ("هاجم مستوطنون خيمة لعائلة في قرية سوسيا جنوب الخليل", "Suseya"),
    ("قصفت المدفعية قرى في مديرية شدا الحدودية بمحافظة صعدة", "Shada'a"),
    ("انفجر مقذوف قرب سفينة على بعد أميال من جزيرة زقر اليمنية", "Zuqar island"),
    ("استشهد ثلاثة مواطنين في قصف منزل في منطقة تل الزعتر شمال مخيم جباليا", "Tel al-Zaatar"),
])
def test_a_place_the_gazetteer_lacked(text: str, en: str) -> None:
    """Villages WOF or GeoNames hold without an Arabic name, a district's news spelling, an island and a quarter."""
    assert any(en in (r.location.name_en or "") for r in main_refs(text)), [r.location.name_en for r in refs_of(text)]


@pytest.mark.parametrize("text", [
    "ندد البيان بالاعتداءات المتكررة على السيادة الوطنية للبلاد",
    "قال مصدر محلي في المحافظة إن القصف طال عدة قرى",
    "سقطت القذيفة بالقرب من الجانب الأيسر للناقلة دون إصابات",
    "كريتر سكاي - عدن",
])
def test_common_words_are_no_places(text: str) -> None:
    """Sovereignty, 'local', a ship's side and an outlet named after an Aden quarter are no Yemeni villages."""
    assert [r.location.name_en for r in refs_of(text) if r.location.country_iso3 == "YEM"] == []


@pytest.mark.parametrize(("text", "en"), [
    ("هاجم مسلحون صهاريج الوقود قرب حقل آراك في ريف حمص الشرقي", "Arak"),
    ("سقطت قذائف على مدرج مطار دير الزور العسكري مساء أمس", "Deir ez-Zor military airport"),
])
def test_a_site_named_after_a_town_is_near_a_village_of_the_article(text: str, en: str) -> None:
    """Under a site head a town's size counts little: the field by a Syrian village, not a large Iranian city; the
    airport, not the governorate it is named after."""
    got = [r for r in main_refs(text) if en in (r.location.name_en or "")]
    assert got and got[0].location.country_iso3 == "SYR", [(r.location.name_en, r.location.country_iso3)
                                                           for r in refs_of(text)]
    if "مطار" in text:
        assert got[0].kind == "site"


@pytest.mark.parametrize(("phrase", "km"), [
    ("على بعد نحو عشرين كيلومتراً شمال", 20.0),
    ("على بعد خمسة كيلومترات غرب", 5.0),
    ("على بعد كيلومترين جنوب", 2.0),
    ("على بعد نحو 30 كيلومترا شرق", 30.0),
    ("بعد الظهر شمال", None),
    ("على بعد ميلا غرب", None),
])
def test_a_distance_in_words(phrase: str, km: float | None) -> None:
    """A stated distance in number words or a dual moves the point like one in digits."""
    text = normalize(phrase).text
    assert stated_km(text, text.rfind(" ") + 1) == km


def test_the_larger_namesake_still_wins_under_a_site_head() -> None:
    """Halving a town's size under 'مطار' keeps the port city ahead of the villages that share its name."""
    got = [r for r in main_refs("صنعاء - سبأ\nقصفت الطائرات مطار الحديدة فجر اليوم") if "Hudaydah" in r.location.name_en]
    assert got and got[0].location.country_iso3 == "YEM"
