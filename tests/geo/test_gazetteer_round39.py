"""Round 39 gazetteer coverage: Iraqi districts and sub-districts named as iraq_geo_data spells them, Kurdish letters
folded (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, refs_of


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # OCHA names the district شهربازار; the news write the Kurdish شارباژێڕ as شاربازير
    ("استهدفت طائرة مسيرة سيارة مدنية في قضاء شاربازير بمحافظة السليمانية", "Sharbazher", 35.69, 45.61),
    # WOF names the town خانك; iraq_geo_data's sub-district خانكي is the same place, not the namesake 100 km off
    ("سقطت قذيفة قرب ناحية خانكي التابعة لقضاء الشيخان في محافظة دهوك", "Khanke", 36.78, 42.78),
], ids=["sharbazher", "khanke"])
def test_kurdish_spelling_of_a_unit(text: str, en: str, lat: float, lon: float) -> None:
    """A district or sub-district spelled as the Kurdish name reads is that unit."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize("text", ["قال سلمان إن القصف استمر حتى الفجر", "وصل حمزة إلى المدينة صباحا"],
                         ids=["salman", "hamza"])
def test_citation_form_is_no_name(text: str) -> None:
    """A unit's name without the article its rows carry (سلمان for السلمان) stays a man's name."""
    assert refs_of(text) == []
