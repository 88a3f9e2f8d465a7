"""Round 21b place data: an air base named after the town beside it or by its other name, a town written with
س for the sources' ص, a Libyan desert town below the city threshold, and a unit noun that is a hamlet's name
only after a head noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests import tool_modules

from .conftest import main_refs


@pytest.mark.parametrize(("text", "en"), [
    # one base, two names: Ain al-Asad lies by al-Baghdadi, Rmeilan's airstrip is also "Abu Hajar airport"
    ("أعلنت فصائل عراقية أنها قصفت قاعدة البغدادي بصاروخين من طراز غراد", "Ain al-Asad air base"),
    ("اعترضت الدفاعات الأمريكية طائرة مسيرة كانت متجهة نحو مطار أبو حجر شرقي القامشلي", "Kharab al-Jir (Rmeilan landing zone)"),
    # the news write حتسريم, the sources حتريم (the kibbutz beside the base)
    ("قال الجيش الإسرائيلي إن صاروخا سقط في منطقة مفتوحة قرب قاعدة حتسريم", "Hatzerim Air Base"),
    # س for ص in a Bekaa village
    ("دمرت غارة إسرائيلية مستودعا عند أطراف سغبين في البقاع الغربي", "Saghbine"),
    # a Libyan town of 8,000 (the city-level threshold is 10,000)
    ("دارت اشتباكات عنيفة بين قوة حكومية ومهربين على طريق تراغن في الجنوب الليبي", "Taraghin"),
])
def test_places_of_the_round(text: str, en: str) -> None:
    """Each sentence's place is the row of the right base or town."""
    assert en in {r.location.name_en for r in main_refs(text)}, [r.location.name_en for r in main_refs(text)]


@pytest.mark.parametrize("text", [
    "قال السائق إن المسلحين أوقفوه بعد كام كيلو من الحاجز وسلبوا سيارته",
    "كمن مسلحون لرتل عسكري عند الكيلو 35 على الطريق الدولي غربي الرمادي",
])
def test_kilo_is_no_kurdish_hamlet(text: str) -> None:
    """Bare كيلو is a unit or a road marker, not Kaylu in Panjwin (that row needs a head noun)."""
    assert "Kaylu" not in {r.location.name_en for r in main_refs(text)}


def test_sparse_country_towns_skip_names_already_taken() -> None:
    """A small Libyan town bearing a name another row or a facility bears is left out (Daraj vs Gaza's الدرج)."""
    b = tool_modules.load("build_gazetteer")
    gaza, daraj, taraghin = (b.Rec(id=i, kind="locality", feature=f, iso3=c, lat=0.0, lon=0.0,
                                   name_en=i, names=[n]) for i, f, c, n in (
        ("gaza", "neighbourhood", "PSE", "الدرج"), ("daraj", "locality", "LBY", "درج"),
        ("taraghin", "locality", "LBY", "تراغن")))
    daraj.extra["sparse"] = taraghin.extra["sparse"] = "1"
    assert [r.id for r in b.sparse_towns([gaza, daraj, taraghin])] == ["gaza", "taraghin"]
