"""Flown triggers: 'دمر' is an air strike with an aircraft as its subject, a destroyed object without one."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run


@pytest.mark.parametrize(("text", "strike"), [
    ("وأعلن الجيش العراقي أن طائرات F-16 دمرت أمس وكراً لعصابات داعش في وادي حوران غربي الرطبة.", True),
    ("وقالت القيادة إن الطيران الحربي دمر مقراً للتنظيم في صحراء قضاء راوة صباح اليوم.", True),
    ("ودمرت قوة من الجيش عبوة ناسفة عثرت عليها على طريق ترابي قرب قضاء راوة صباح اليوم.", False),
])
def test_an_aircraft_that_destroys_a_target_is_an_air_strike(text: str, strike: bool) -> None:
    """'طائرات F-16 دمرت وكراً': a warplane as the subject of 'دمر' is an air strike; troops destroying a device are not."""
    assert any(m.sub_event_type == "Air/drone strike" for m in run(text)) is strike


def test_a_destroyed_house_in_a_list_keeps_the_lists_strike() -> None:
    """'وحزارين حيث دمر منزل': no aircraft before the verb, so the item is the list's strike at its own town."""
    ms = run("وتوزعت الغارات الروسية على بلدتين في جبل الزاوية: كفرنبل حيث قتل مدني، وحزارين حيث دمر منزل.")
    assert sorted(m.location.name_en for m in ms) == ["Hazzarin", "Kafr Nabl"]
