"""Round 24a place data (tools/gazetteer_fixes.py): a name a row borrows from another town, a Sudanese district
whose seat only the Latin-only file holds, and the Hebrew كفار of Israeli villages the sources spell كفر
(sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tests import tool_modules

from .conftest import assert_read_at


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # WOF gives Tuz Khurmatu (Salah al-Din) the name of Taza Khurmatu, a town south of Kirkuk 53 km north of it
    ("استهدف مسلحون نقطة للشرطة الاتحادية في أطراف تازة خورماتو فجر اليوم", "Tazah Khurmatu", 35.30, 44.33),
    ("انفجرت عبوة ناسفة قرب طوز خورماتو", "Taza Khurmato", 34.89, 44.62),  # Tuz keeps its own names
    # a Sudanese locality named after its seat: the town's point, not the county's centroid
    ("قتل ثلاثة مدنيين بقصف مدفعي على أبو حجار بولاية سنار", "Abu Hujar", 12.85, 33.99),
    ("قصفت مسيرة سوقا شعبيا في مدينة جبل أولياء جنوب الخرطوم", "Jabal Awlya", 15.24, 32.50),
    # the news write the Hebrew Kfar كفار where the sources write كفر
    ("دوت صفارات الإنذار في كفار حاباد بعد رصد صاروخ", "Kfar Chabad", 31.99, 34.85),
    ("أصيب مستوطن بشظايا في كفار فراديم شمال عكا", "Kefar Weradim", 32.99, 35.28),
])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


def _rec(id: str, names: list[str], lat: float, lon: float, **kw: Any) -> Any:
    """A locality row under construction."""
    fields: dict[str, Any] = {"kind": "locality", "feature": "locality", "iso3": "SYR"} | kw
    return tool_modules.gazetteer_rec(id, fields.pop("kind"), fields.pop("feature"), fields.pop("iso3"), names,
                                      lat=lat, lon=lon, **fields)


def test_borrowed_names() -> None:
    """A secondary name that is another populated town's first name, 60 km off, is dropped; a namesake spelled
    like the row's own first name, a near one and an unpopulated lender leave it."""
    fixes = tool_modules.load("gazetteer_fixes")
    skel = tool_modules.load("build_gazetteer").skeleton_ar
    big = _rec("big", ["مدينه الشمس", "تل قمر", "ام حجر", "عين نور"], 36.0, 38.0, rank=4)
    lender = _rec("lender", ["تل قمر"], 36.55, 38.0, rank=2)  # 61 km north: another town
    near = _rec("near", ["ام حجر"], 36.1, 38.0, rank=2)  # 11 km: the same place
    hamlet = _rec("hamlet", ["عين نور"], 36.6, 38.0, rank=0)  # nobody's town
    assert fixes.borrowed_names([big, lender, near, hamlet], skel) == 1
    assert big.names == ["مدينه الشمس", "ام حجر", "عين نور"]
    twin = _rec("twin", ["نوراباد", "نور اباد"], 30.0, 52.0, iso3="IRN", rank=3)  # two towns of one name
    other = _rec("other", ["نور اباد"], 34.0, 48.0, iso3="IRN", rank=3)
    assert fixes.borrowed_names([twin, other], skel) == 0


def test_latin_seats() -> None:
    """A Sudanese county without a capital takes its Latin-only seat as a row; a county whose seat has an
    Arabic name, or a Yemeni district, does not."""
    fixes = tool_modules.load("gazetteer_fixes")
    b = tool_modules.load("build_gazetteer")
    county = _rec("county", ["ام قرين"], 13.0, 30.0, kind="admin2", feature="admin2", iso3="SDN",
                  name_en="Umm Qurain", admin1="North Kordofan")
    seat = b.latin_rec({"wof_id": "7", "name": "Umm Qurayn", "lat": "13.1", "lon": "30.1", "region_name": "",
                        "county_name": "", "county_id": ""}, "SDN", ["Umm Qurayn"], [])
    far = b.latin_rec({"wof_id": "8", "name": "Umm Qurayn", "lat": "13.45", "lon": "30.0", "region_name": "",
                       "county_name": "", "county_id": ""}, "SDN", ["Umm Qurayn"], [])
    yemen = _rec("district", ["بني قيس"], 15.0, 44.0, kind="admin2", feature="admin2", iso3="YEM", name_en="Bani Qays")
    village = b.latin_rec({"wof_id": "9", "name": "Bani Qays", "lat": "15.01", "lon": "44.0", "region_name": "",
                           "county_name": "", "county_id": ""}, "YEM", ["Bani Qays"], [])
    recs, latin = [county, yemen], [seat, far, village]
    assert fixes.latin_seats(recs, latin, b.Rec, b.arabic_skeletons) == 1
    made = recs[-1]
    assert (made.id, made.names, made.rank, made.admin2) == ("wof:7", ["ام قرين"], 3, "Umm Qurain")
    assert [t.id for t in latin] == ["wof:8", "wof:9"]
    named = _rec("town", ["ام قرين"], 13.05, 30.05, iso3="SDN")
    assert fixes.latin_seats([county, named], [seat], b.Rec, b.arabic_skeletons) == 0


def test_hebrew_kfar() -> None:
    """An Israeli Kfar/Kefar row answers to كفار; an Arab town's Kafr keeps كفر alone."""
    fixes = tool_modules.load("gazetteer_fixes")
    hebrew = _rec("h", ["كفر روبين", "كفرروبين"], 32.0, 34.9, iso3="ISR", name_en="Kefar Ruppin")
    arab = _rec("a", ["كفر قاسم"], 32.1, 35.0, iso3="ISR", name_en="Kafr Qasim")
    assert fixes.hebrew_kfar([hebrew, arab]) == 1
    assert hebrew.names == ["كفر روبين", "كفرروبين", "كفار روبين"]
    assert arab.names == ["كفر قاسم"]
