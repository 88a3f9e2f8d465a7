"""Scene refinement: a thin follow-up naming a town inside the area of the incident told just before places it.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extract import extract
from rasd.records import Article, Location
from rasd.resources import load_resources
from rasd.scene_refine import inside

PUB = date(2024, 3, 14)


def _places(text: str) -> list[str]:
    """The English names of the places of one small article's mentions."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=PUB)
    return [m.location.name_en for m in extract(art, load_resources()).mentions if m.location is not None]


def test_a_thin_follow_up_names_the_town_inside_the_countryside() -> None:
    """'في ريف دير الزور الشرقي' then 'قبل أن يستهدف سيارته قرب بلدة هجين': one strike, near Hajin (ra_021's
    'ريف الحسكة الجنوبي' then 'قرب بلدة مركدة', told here by another party in another province)."""
    text = ("أعلنت القيادة المركزية الأمريكية أنها نفذت أمس غارة بطائرة مسيرة في ريف دير الزور الشرقي أسفرت عن مقتل "
            "قيادي في تنظيم داعش. وأوضح البيان أنه رصد تحركات القيادي أسابيع، قبل أن يستهدف سيارته قرب بلدة هجين.")
    assert _places(text) == ["Hajin"]


def _loc(lid: str, prec: int, admin1: str, lat: float, lon: float, feature: str = "locality") -> Location:
    """A location for the containment test."""
    return Location(id=lid, name_en=lid, name_ar="", country_iso3="SYR", admin1=admin1, admin2=None, lat=lat, lon=lon,
                    geo_precision=prec, text="", start=0, end=0, feature=feature, flagged=None)


@pytest.mark.parametrize(("area", "town", "expected"), [
    (_loc("a/rif_east", 2, "Deir ez-Zor", 35.2, 40.4), _loc("hajin", 2, "Deir ez-Zor", 34.7, 40.8), True),
    (_loc("a/rif_east", 2, "Deir ez-Zor", 35.2, 40.4), _loc("raqqa", 1, "Raqqa", 35.9, 39.0), False),  # another province
    (_loc("a/rif_east", 2, "Deir ez-Zor", 35.2, 40.4), _loc("far", 1, "Deir ez-Zor", 34.4, 41.9), False),  # too far
    (_loc("town", 2, "Deir ez-Zor", 35.2, 40.4), _loc("hajin", 2, "Deir ez-Zor", 34.7, 40.8), False),  # a town's vicinity
])
def test_inside(area: Location, town: Location, expected: bool) -> None:
    """A town lies inside a countryside or a province of its own province, near enough; not inside another town."""
    assert inside(area, town) is expected
