"""Round 37a: the government's posts and soldiers hit unnamed in Yemen's held governorates, Somalia and Sudan."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.role_state import home_force
from tests.factories import sides


@pytest.mark.parametrize(("text", "target"), [
    # Yemen (Marib): a Houthi drone on a post of no named army
    ("قتل جندي وأصيب آخران مساء أمس جراء هجوم بطائرة مسيرة أطلقها الحوثيون على موقع عسكري في مديرية صرواح بمأرب.",
     "OTHER"),
    # Yemen (Shabwa): soldiers counted as the cause's victims, the attacker unnamed
    ("أصيب ثلاثة جنود صباح اليوم إثر انفجار عبوة ناسفة على دورية في مدينة عتق.", "OTHER"),
    # Somalia: a roadside bomb on an army vehicle
    ("انفجرت عبوة ناسفة على عربة عسكرية قرب مدينة بيدوا ما أدى إلى مقتل جنديين.", "OTHER"),
    # Sudan: unnamed shells on an army post
    ("سقطت قذائف على موقع عسكري في مدينة الأبيض مساء أمس دون ورود أنباء عن إصابات.", "OTHER"),
])
def test_government_post_hit_unnamed(text: str, target: str) -> None:
    """The government's force is the side hit when its post, patrol or soldiers are told with no army named."""
    got = sides(text)
    assert got and got[0][2] == target


@pytest.mark.parametrize(("country", "region", "force"), [
    ("YEM", "Ma'rib", "yemen_gov"),
    ("YEM", "Shabwah", "yemen_gov"),
    ("YEM", "Ta`izz", "yemen_gov"),
    ("YEM", "Sa`dah", None),  # Houthi-held: no government post there
    ("YEM", "Amanat Al Asimah", None),
    ("SOM", None, "somali_army"),
    ("SDN", "Khartoum", "saf"),
])
def test_home_force_rows(country: str, region: str | None, force: str | None) -> None:
    """Government-held Yemeni governorates, Somalia and Sudan have a home force; Houthi-held Yemen has none."""
    assert home_force(country, region, False, date(2024, 6, 1)) == force
