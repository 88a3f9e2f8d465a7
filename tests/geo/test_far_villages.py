"""A small village of a theatre country named without a town's head, more than FAR_KM from every other place of the
article, is a namesake's reading (rasd.geo.far_villages; sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import names_of as _names


def test_a_far_village_is_dropped() -> None:
    """'قرب السدة' (near the weir) in a report from al-Qa'im is no Diyala village 300 km off."""
    got = _names("انفجرت عبوة ناسفة بسيارة قرب السدة في قضاء القائم غربي الأنبار مساء أمس.")
    assert "Saddah" not in got and any("Qa'im" in n or "Kaim" in n for n in got), got


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة بسيارة قرب السدة في محافظة ديالى مساء أمس.",  # near the article's other place
    "انفجرت عبوة ناسفة بسيارة في قرية السدة مساء أمس. وفي قضاء القائم غربي الأنبار قتل راع.",  # a town's head
], ids=["near", "headed"])
def test_the_village_stays(text: str) -> None:
    """A place of the article near the village, or a town's head noun before its name: Saddah is read."""
    assert "Saddah" in _names(text)
