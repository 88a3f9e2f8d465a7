"""Session 41 (h3) gazetteer reading: a town's market names the town (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    ("سقطت قذيفة على سوق كاس ظهر اليوم وأصيب عدد من الباعة", "Kas", 12.510, 24.285),
    ("قصفت طائرة مسيرة سيارة متوقفة خلف سوق الفضيلية ليلة أمس", "Fadh'aliyah", 33.336, 44.522),
], ids=["kas-market", "fudhailiya-market"])
def test_a_towns_market_is_read_at_the_town(text: str, en: str, lat: float, lon: float) -> None:
    """'سوق X' is the market of town X: the head noun introduces the town as 'مدينة' or 'منطقة' does."""
    assert_read_at(text, en, lat, lon)
