"""Round 13b geocoding: settlements, quarters and suburbs the gazetteer lacked, and common words that are no places
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import main_refs, refs_of


@pytest.mark.parametrize(("text", "pid"), [
    ("قالت الفصائل إنها أطلقت مسيرة على ثكنة قرب مستوطنة عين زيفان في الهضبة المحتلة", "site:ein_zivan"),
    ("أطلق الحزب صلية صواريخ على مستعمرة غورن قرب الحدود ظهر اليوم", "site:goren"),
    ("دمرت غارة إسرائيلية برجا سكنيا في مدينة حمد شمال غربي خان يونس", "site:hamad_city_gaza"),
    ("سقطت قذائف على سوق في منطقة سوبا جنوب شرقي الخرطوم", "site:soba_khartoum"),
    ("قصفت مسيرة مقرا لفصيل عراقي في بلدة البوليل بريف دير الزور الشرقي", "site:bulayl_dz"),
    ("أصابت قذائف الدبابات منازل في عزبة عبد ربه شرقي جباليا", "site:izbat_abed_rabbo"),
    ("أبلغت سفينة عن انفجار قربها على بعد أميال من جبل الطير في البحر الأحمر", "region:jabal_al_tair"),
])
def test_a_place_the_gazetteer_lacked(text: str, pid: str) -> None:
    """Settlements, Gaza quarters, a Khartoum suburb, a Euphrates town and a Red Sea island resolve to their rows."""
    assert pid in [r.location.id.split("/")[0] for r in main_refs(text)]


def test_a_family_name_is_no_quarter() -> None:
    """'لعائله عبد ربه' names a family: only the full 'عزبه عبد ربه' is the quarter."""
    assert "site:izbat_abed_rabbo" not in [r.location.id for r in refs_of("قصفت دبابة منزلا لعائلة عبد ربه في غزة")]


@pytest.mark.parametrize("text", [
    "قال القيادي إن من يخطط للهجمات لن يبقى بأمان في أي مكان",
    "توعدت الفصائل بضرب موانئ الكيان ومطاراته إذا استمر العدوان",
    "طالب الأهالي بتوفير الأمان لقوافل الإغاثة",
])
def test_common_words_are_no_places(text: str) -> None:
    """'بامان' is safety, not Amman; 'الكيان' is Israel in Iran-aligned outlets, not an Iranian or Iraqi hamlet."""
    assert [r.location.name_en for r in refs_of(text) if r.location.country_iso3 in ("JOR", "IRN", "IRQ", "YEM")] == []
