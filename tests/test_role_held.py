"""Held ground: US raids on Houthi-held Yemen strike the Houthis, the citizens hurt are the raid's toll."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    # a US-UK raid in Yemen that hurt a citizen: the Houthis who hold the ground were struck
    ("شن طيران العدوان الأمريكي البريطاني غارتين على مديرية برع بمحافظة الحديدة، ما أسفر عن إصابة مواطن بجروح.",
     ("Air/drone strike", "US", "IRAN_ALIGNED")),
    # the same raid told in Syria: the civilians named stay the target
    ("شن الطيران الأمريكي غارة على قرية الصور بريف دير الزور، ما أسفر عن إصابة مواطن بجروح.",
     ("Air/drone strike", "US", "CIVILIANS")),
], ids=["us-yemen-citizen", "us-syria-citizen"])
def test_held_ground(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """Only on ground the raider's theatre foe holds do the hurt citizens give way to that foe."""
    assert sides(text)[0] == expected
