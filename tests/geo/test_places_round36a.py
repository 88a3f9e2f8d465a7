"""Round 36a place data (the dev-wide near-miss study): a WOF town whose point is the centroid of a wide municipal
polygon lies at its GeoNames populated place (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests import tool_modules

from .conftest import assert_read_at


def _wof(lat: float, lon: float, src: str, placetype: str = "locality") -> dict[str, str]:
    """A WOF row as tools/build_gazetteer.py reads it."""
    return {"lat": str(lat), "lon": str(lon), "src_geom": src, "placetype": placetype}


def _gn(lat: float, lon: float) -> dict[str, str]:
    """A GeoNames cities500 record."""
    return {"latitude": str(lat), "longitude": str(lon)}


@pytest.mark.parametrize(("row", "gn", "point"), [
    # a polygon centroid 8 km from the town's GeoNames point: the town's point
    (_wof(33.387, 44.333, "whosonfirst"), _gn(33.341, 44.401), (33.341, 44.401)),
    (_wof(15.464, 44.238, "quattroshapes"), _gn(15.355, 44.206), (15.355, 44.206)),
    # close to the town (3 km): both are the town, WOF's point stays
    (_wof(36.343, 43.155, "whosonfirst"), _gn(36.335, 43.119), (36.343, 43.155)),
    # WOF's point is GeoNames' own: it stays
    (_wof(34.276, 44.539, "geonames"), _gn(34.376, 44.539), (34.276, 44.539)),
    # 173 km apart: the geonameid names another place
    (_wof(26.957, 49.581, "whosonfirst"), _gn(25.400, 49.650), (26.957, 49.581)),
    # no GeoNames record, or not a town (a county's centroid stays its own)
    (_wof(33.387, 44.333, "whosonfirst"), None, (33.387, 44.333)),
    (_wof(33.387, 44.333, "meso", "county"), _gn(33.341, 44.401), (33.387, 44.333)),
], ids=["baghdad-centroid", "sanaa-centroid", "near-centroid", "geonames-point", "wrong-link", "no-record",
        "county"])
def test_town_point(row: dict[str, str], gn: dict[str, str] | None, point: tuple[float, float]) -> None:
    """The point a WOF row gets in the build."""
    fixes = tool_modules.load("gazetteer_fixes")
    assert fixes.town_point(row, gn) == pytest.approx(point)


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    ("انفجرت سيارة مفخخة في حي سكني ببغداد ظهر اليوم وأوقعت جرحى", "Baghdad", 33.34, 44.40),
    ("شنت مقاتلات غارات على العاصمة صنعاء فجر السبت", "Sanaa", 15.35, 44.21),
    ("قال مصدر أمني إن اشتباكات اندلعت في مدينة عدن مساء الجمعة", "Aden", 12.78, 45.04),
    ("سقطت قذيفتان في مدينة الموصل دون أن تسفرا عن إصابات", "Mosul", 36.34, 43.15),
], ids=["baghdad", "sanaa", "aden", "mosul-stays"])
def test_city_read_at_its_centre(text: str, en: str, lat: float, lon: float) -> None:
    """A city named alone is placed at its centre, not at its municipal polygon's centroid."""
    assert_read_at(text, en, lat, lon)
