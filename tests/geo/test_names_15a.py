"""Round 15a geocoding: words that are no places (month names, an age, an office, common nouns), an adjective that is
also a town's name, datelines after an outlet or in a list, and places the gazetteer lacked or gave to the wrong
village (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.datelines import datelines
from rasd.geo.places import find_units
from rasd.normalize import normalize_text

from .conftest import main_refs, refs_of


@pytest.mark.parametrize(("text", "not_en"), [
    ("قصفت طائرات مسيرة مخزنا للذخيرة جنوب بغداد في الثالث من كانون الثاني الماضي", "Kanun"),
    ("استهدفت غارة موقعا في ضواحي بغداد منذ مطلع كانون الأول، بحسب مصادر أمنية", "Kanun"),
    ("سقطت قذائف على حي في الموصل خلال تشرين الثاني 2023", "Tishrin"),
    ("انفجرت عبوة بدورية قرب حلب في شباط الماضي", "Shubat"),
])
def test_a_month_name_is_no_place(text: str, not_en: str) -> None:
    """A month (كانون الاول, تشرين الثاني, شباط) is a date, not the Baghdad quarter or a village of that name."""
    assert not any(not_en in (r.location.name_en or "") for r in refs_of(text)), [
        r.location.name_en for r in refs_of(text)]


@pytest.mark.parametrize(("text", "bad"), [
    ("قتل رجل في الخمسين من عمره برصاص قناص في مديرية المظفر بمدينة تعز", "الخمسين"),
    ("أصيبت طفلة في العاشرة من عمرها بشظايا قذيفة في قرية بمحافظة الضالع", "العاشره"),
    ("قتلت امرأة في الأربعين من عمرها بقصف على مديرية حيس جنوبي الحديدة", "الاربعين"),
])
def test_an_age_is_no_place(text: str, bad: str) -> None:
    """'في الاربعين من عمرها' is a woman's age, not al-Arba'in (Marib): the district after it stays the place."""
    assert all(bad not in text_of(r, text) for r in refs_of(text)), [r.location.name_en for r in refs_of(text)]
    assert main_refs(text)


def text_of(ref: object, text: str) -> str:
    """The normalized words of a reference."""
    nt = normalize_text(text)
    return nt[ref.start:ref.end]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "not_en"), [
    ("استدعت وزارة الخارجية القائم بالأعمال الإيراني في بغداد لتسليمه مذكرة احتجاج", "Qa'im"),
    ("سقطت قذيفتا هاون قرب مدرسة القرية دون إصابات في ريف دير الزور", "Madrasah"),
    ("استهدفت مسيرة سيارة قرب مفرق ترابي شرق الرطبة", "Mafraq"),
    ("اعترف الجيش بمقتل جندي خلال معركة في جنوب لبنان", "Maarake"),
])
def test_an_office_or_a_common_noun_is_no_place(text: str, not_en: str) -> None:
    """The chargé d'affaires is no al-Qaim; a school, a junction and a battle are no villages."""
    assert not any(not_en in (r.location.name_en or "") for r in refs_of(text)), [
        r.location.name_en for r in refs_of(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("شنت مسيرة إسرائيلية غارة على بلدة الغازية قرب صيدا فجر اليوم", True),
    ("تواصلت الغارات الإسرائيلية على الغازية في جنوب لبنان ليلا", True),
    ("استهدفت الطائرات الحقل الغازي في ريف حمص الشرقي", False),
])
def test_an_adjective_that_is_a_town(text: str, want: bool) -> None:
    """'الغازيه' after a preposition or a town's head noun is Ghaziyeh; after a field it says 'gas'."""
    assert any("Ghaziye" in (r.location.name_en or "") for r in refs_of(text)) is want


@pytest.mark.parametrize(("text", "filed"), [
    ("وكالة الأنباء - بيروت: أعلن الجيش أن مسيرة استهدفت سيارة في صور", ["بيروت"]),
    ("دمشق، عمان - وكالات: قتل ثلاثة بانفجار في درعا", ["دمشق", "عمان"]),
    ("- حلب: قذائف على جنديرس", []),
], ids=["outlet_dash_place", "list_of_places", "bullet_label"])
def test_datelines_after_an_outlet_or_in_a_list(text: str, filed: list[str]) -> None:
    """'<outlet> - <city>:' and '<city>، <city> - وكالات:' say where the report was filed; a bulleted label does not."""
    nt = normalize_text(text)
    units = find_units(nt)
    assert sorted(units[i].key for i in datelines(nt, units)) == sorted(normalize_text(f) for f in filed)


@pytest.mark.parametrize(("text", "en"), [
    ("سقطت صواريخ أطلقت من بادية البوكمال على بلدة الكشكية ليلا", "Kishkiyah"),
    ("داهمت القوات منزلا في بلدة جديد عكيدات بريف دير الزور الشرقي", "Jadid Ekaidat"),
    ("استهدفت المقاومة موقع زبدين في مزارع شبعا بالصواريخ الموجهة", "Zebdine post"),
    ("قصف المقاتلون موقع رويسات العلم في تلال كفرشوبا بالمدفعية", "Ruwaysat al-Alam"),
    ("قصف الطيران الحربي مواقع في حي كافوري بالخرطوم بحري", "Kafouri"),
    ("قصفت المدفعية التركية قرية حاجي عمران في محافظة أربيل", "Hajj 'Umran"),
])
def test_a_place_the_gazetteer_lacked_or_misplaced(text: str, en: str) -> None:
    """Villages and Shebaa Farms posts the sources lack, a quarter of Khartoum North and a news spelling; the Nabatieh
    village زبدين is not the Shebaa Farms post, nor WOF's Al Kashmah al-Kishkiyah."""
    got = [r.location.name_en or "" for r in refs_of(text)]
    assert any(en in g for g in got), got


def test_a_bare_zebdine_is_still_the_nabatieh_village() -> None:
    """The post is named only after 'موقع'; the village keeps its own name."""
    got = [r.location.name_en for r in main_refs("غارة على بلدة زبدين في قضاء النبطية")]
    assert got and got[0] == "Zebdine", got
