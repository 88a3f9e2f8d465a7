"""geo/explicit.py: a context phrase's agreement; a provincial capital named bare may stand for its province
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import refs_of


@pytest.mark.parametrize(("text", "town"), [
    ("اعترضت الدفاعات مسيرة فوق محافظة الدرب بجازان", True),
    ("سقط مقذوف عسكري في بلدة الدرب بجازان", True),
    ("سقط مقذوف عسكري في حي الدرب بجازان", False),
    ("سقط مقذوف عسكري في بلدة الدرب بمدينة جازان", False),
], ids=["governorate-in-bare-capital", "town-in-bare-capital", "quarter-stays-in-town", "city-head-is-the-city"])
def test_a_town_of_the_province_a_bare_capital_names(text: str, town: bool) -> None:
    """Round 40 (h1; mc_018, mc_019: 'منطقه/محافظه الشقيق بجيزان', a Jizan-region town 100 km from the city):
    a town in the province of a capital named bare or under a province word agrees with the phrase; a quarter, and
    a town 'بمدينه Y', still lie in the city."""
    got = [r.location.name_en for r in refs_of(text)]
    assert (any(n in ("Ad Darb", "Alddarb") for n in got)) is town
