"""Round 19a place data: Saudi border provinces down to every village, governorate seats, Latin rows behind a
name the gazetteer knows only in other countries, and spellings of the news."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests import tool_modules

from .conftest import main_refs


def _build() -> ModuleType:
    """tools/build_gazetteer.py imported as a module."""
    return tool_modules.load("build_gazetteer")


@pytest.mark.parametrize(("text", "want", "iso3"), [
    # a Jizan frontier village (WOF, no population): the Saudi border provinces are covered like Syria's villages
    ("سقطت قذيفة أطلقت من الأراضي اليمنية على قرية الخوبة الحدودية في منطقة جازان", "Al Khawbah", "SAU"),
    # a Saudi governorate (محافظة) that WOF holds only as its town: the town answers to the governorate's head
    ("أصيب مقيم بشظايا مقذوف سقط على مزرعة في محافظة الطوال بمنطقة جازان", "At Tuwal", "SAU"),
    ("احتجزت السلطات شحنة مخدرات في محافظة طبرجل شمال السعودية", "Tabarjal", "SAU"),
])
def test_saudi_border_villages_and_governorate_seats(text: str, want: str, iso3: str) -> None:
    got = {(r.location.name_en, r.location.country_iso3) for r in main_refs(text)}
    assert (want, iso3) in got


def test_a_town_is_its_governorate_only_where_no_admin_unit_bears_the_name() -> None:
    b = _build()
    rec = tool_modules.gazetteer_rec
    alone = rec("t1", "locality", b.SEAT_FEATURE, "SAU", ["الطوال"])
    seat = rec("t2", "locality", b.SEAT_FEATURE, "SAU", ["صامطه"])
    county = rec("c", "admin2", "admin2", "SAU", ["صامطه"])
    b.governorate_seats([alone, seat, county])
    assert alone.feature == "locality,admin2" and seat.feature == "locality"


def test_features_split_at_commas(gazetteer) -> None:  # type: ignore[no-untyped-def]
    tuwal = gazetteer.get("wof:1242936743")
    assert tuwal is not None and tuwal.features == ("locality", "admin2")


@pytest.mark.parametrize(("text", "want"), [
    # جوهر names places in other countries only: in a Somali report the Latin-only town is looked up
    ("قال مسؤول محلي إن قذائف هاون سقطت على مقر حكومي في مدينة جوهر شمال مقديشو", "Jawhar"),
    ("أعلنت المقاومة أنها أطلقت مسيرة باتجاه مستوطنة نمرود في الجولان المحتل", "Nimrod"),
])
def test_latin_row_behind_a_reading_refused_elsewhere(text: str, want: str) -> None:
    assert want in {r.location.name_en for r in main_refs(text)}


def test_no_latin_guess_where_nothing_of_the_country_is_spelled_so() -> None:
    names = {r.location.name_en for r in main_refs("قصفت المدفعية أطراف مدينة جوهر في ريف حمص")}
    assert "Jawhar" not in names


@pytest.mark.parametrize(("text", "want"), [
    ("قالت خلية الإعلام الأمني إن مسيرة استهدفت سيارة في منطقة بسماية جنوب شرقي بغداد", "Qaryat al Basmayah"),
    ("دوت صفارات الإنذار في كفار يوفال بعد رصد صواريخ أطلقت من جنوب لبنان", "Yuval"),
    ("استهدفت مسيرات منشأة نفطية في أبقيق شرقي السعودية", "Abqaiq"),
])
def test_spellings_of_the_news(text: str, want: str) -> None:
    assert want in {r.location.name_en for r in main_refs(text)}
