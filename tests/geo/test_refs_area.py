"""Round 23b: a named area or district the gazetteer lacks, told by its direction from a large city, lies at the
city's edge (at most 5 km out), not a large city's full offset away."""

from __future__ import annotations

import math

import pytest

from .conftest import refs_of


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Rough distance in km between two points."""
    dlat = (a[0] - b[0]) * 111.0
    dlon = (a[1] - b[1]) * 111.0 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


def _shift(text: str, city: str) -> float:
    """How far the direction phrase moved the city's own point."""
    base = next(r for r in refs_of(f"وقع الانفجار في مدينة {city} صباحا") if r.descriptor is None)
    ref = next(r for r in refs_of(text) if r.descriptor and r.descriptor.endswith("_of"))
    return _km((ref.location.lat, ref.location.lon), (base.location.lat, base.location.lon))


@pytest.mark.parametrize("text", [
    "سقطت قذيفتان على منازل في مديرية وابري شمالي العاصمة مقديشو",
    "انفجرت عبوة ناسفة بسيارة مدنية في منطقة الزعيفرات جنوبي العاصمة بغداد",
    "دارت اشتباكات بالأسلحة الثقيلة في منطقة الفرناج جنوبي العاصمة طرابلس",
], ids=["somali-district", "baghdad-area", "tripoli-area"])
def test_named_area_stays_at_the_city_edge(text: str) -> None:
    city = next(c for c in ("مقديشو", "بغداد", "طرابلس") if c in text)
    assert _shift(text, city) <= 5.5


def test_a_bare_direction_keeps_the_full_offset() -> None:
    """'شمالي العاصمة بغداد' with no area before it is still a region out of the city."""
    assert _shift("قصفت طائرة مسيرة شاحنة شمالي العاصمة بغداد", "بغداد") > 5.5


@pytest.mark.parametrize("text", [
    "سقطت قذائف عشوائية على أحياء الزهور جنوبي مدينة أم درمان",
    "أصيب مدنيون بقصف طال أحياء النصر شرقي مدينة الخرطوم",
], ids=["omdurman-quarters", "khartoum-quarters"])
def test_quarters_told_by_their_direction_lie_in_the_city(text: str) -> None:
    """Round 40 (h1; lc_023: 'احياء الفتيحاب جنوبي امدرمان', placed 15 km out): the plural of quarters before a
    direction from a city names the city's quarters on that side, a quarter's short offset (2 km) as for 'حي X'."""
    city = "أم درمان" if "درمان" in text else "الخرطوم"
    assert _shift(text, city) <= 2.5


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة على الطريق المحاذي لسدة البساتين غربي مدينة الرمادي",
    "أطلق مسلحون النار على دورية قرب دوار البساتين شمالي العاصمة بغداد",
], ids=["dam", "roundabout"])
def test_a_structure_told_by_its_direction_stays_at_the_city_edge(text: str) -> None:
    """Round 40 (h1; mc_012: 'لسده الورار غربي مدينه الرمادي', placed 15 km out, the dam 4 km from the city): a dam,
    bridge, roundabout or junction the gazetteer lacks, named before a direction from a city, lies at an area's
    offset (5 km)."""
    city = "الرمادي" if "الرمادي" in text else "بغداد"
    assert _shift(text, city) <= 5.5
