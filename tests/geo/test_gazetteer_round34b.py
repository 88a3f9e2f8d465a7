"""Round 34b: a direction from a village moves its point only onto the village's lands, and a village homonym far
from the article's places gives way to an Arabic row of the same name among them (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from rasd.geo.refs import km

from .conftest import refs_of

TUQU = (31.643, 35.215)  # Tuqu' (wof:101922521), a village of unknown size


@pytest.mark.parametrize("text", [
    "هاجم مستوطنون رعاة في منطقة واد الحصين شرق تقوع جنوب بيت لحم صباح اليوم",  # a named area east of the village
    "اقتحمت قوات الاحتلال أراضي زراعية شرق تقوع قرب بيت لحم واعتقلت مزارعا",  # the bare direction from the village
])
def test_direction_from_a_village(text: str) -> None:
    """A direction from a village lies on its lands, within the village cap of its point."""
    got = [r for r in refs_of(text) if r.location.id == "wof:101922521/east_of"]
    assert got and all(2.5 < km((r.location.lat, r.location.lon), TUQU) < 3.5 for r in got)


def test_stated_distance_beats_the_cap() -> None:
    """A distance the text gives is kept, whatever the size of the place."""
    got = [r for r in refs_of("سقطت قذيفة على بعد 10 كيلومترات شرق تقوع قرب بيت لحم") if r.location.id.endswith("/east_of")]
    assert got and all(km((r.location.lat, r.location.lon), TUQU) > 8 for r in got)


@pytest.mark.parametrize(("text", "want", "not_want"), [
    # the headline names the province: the bare second mention is the Raqqa village, not Aleppo's namesake
    ("محافظة الرقة: قتل عنصران في هجوم على نقطة تفتيش قرب قرية المعيزيلة.\n"
     "وبعد ساعات، شنت قسد حملة تفتيش في المعيزيلة واعتقلت أربعة رجال", "wof:1277074915", "wof:1193133167"),
])
def test_arabic_homonym_among_the_articles_places(text: str, want: str, not_want: str) -> None:
    """A village far from every place of its sentence reads as an Arabic row of its name among them."""
    ids = {r.location.id for r in refs_of(text)}
    assert want in ids and not_want not in ids


def test_named_province_keeps_its_village() -> None:
    """A village in a province the article names stays, though another province's namesake lies nearer."""
    ids = {r.location.id for r in refs_of("اغتال مسلحون مختار قرية تابعة لناحية السعدية في محافظة ديالى")}
    assert "wof:1310585027" not in ids
