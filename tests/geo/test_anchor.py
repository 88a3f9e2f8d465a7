"""A town told by its bearing from a city: far out, near the city, unless it lies in the city's own district
(geo/anchor.py; sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.geocode import locate
from rasd.normalize import normalize


@pytest.mark.parametrize(("text", "expected"), [
    # Ash Shamas lies 70 km out in Albukamal's own district: the village itself
    ("سقطت قذيفة على منزل في قرية الشماس جنوب غربي مدينة البوكمال", [("Ash Shamas", 1)]),
    # told from al-Mayadin, another district's seat: near the city, precision 2
    ("سقطت قذيفة على منزل في قرية الشماس جنوب غربي مدينة الميادين", [("Mayadin", 2)]),
], ids=["own-district", "other-district"])
def test_a_far_town_of_the_citys_district_is_itself(text: str, expected: list[tuple[str, int]]) -> None:
    """anchor.same_district (session 46, h1): a desert district reaches farther than ANCHOR_KM from its seat."""
    refs = [r for r in locate(normalize(text)) if r.location.flagged != "context"]
    assert [(r.location.name_en, r.location.geo_precision) for r in refs] == expected
