"""A village read under منطقه far from the other places of its sentence is a namesake's (session 43, h2; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.geocode import locate
from rasd.normalize import normalize


def _names(text: str) -> list[str]:
    return [r.location.name_en for r in locate(normalize(text))]


def test_a_far_area_gives_way_to_the_town_of_its_sentence() -> None:
    """Hazam (Aleppo's countryside) is 300 km from al-Mayadin: the phrase is a local name, the town stands for it."""
    assert _names("قصفت طائرات مجهولة مستودعا في منطقة الحزام قرب مدينة الميادين فجر اليوم.") == ["Mayadin"]


@pytest.mark.parametrize("text", [
    # a town of its own governorate in the sentence: the reading stays
    "قصفت طائرات مجهولة مستودعا في منطقة الحزام قرب مدينة الباب فجر اليوم.",
    # the far town in another sentence: nothing places the phrase by it
    "قصفت طائرات مجهولة مستودعا في منطقة الحزام فجر اليوم. وفي مدينة الميادين قتل عنصران.",
], ids=["near-town", "other-sentence"])
def test_the_reading_stays(text: str) -> None:
    """No far town of the same country in the sentence, or a near place: Hazam is read."""
    assert "Hazam" in _names(text)
