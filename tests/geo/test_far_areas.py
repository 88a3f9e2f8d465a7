"""A village read under منطقه far from the other places of its sentence is a namesake's (session 43, h2; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import names_of as _names


def test_a_far_area_gives_way_to_the_town_of_its_sentence() -> None:
    """Hazam (Aleppo's countryside) is 300 km from al-Mayadin: the phrase is a local name, the town stands for it."""
    assert _names("قصفت طائرات مجهولة مستودعا في منطقة الحزام قرب مدينة الميادين فجر اليوم.") == ["Mayadin"]


@pytest.mark.parametrize("text", [
    # a town of its own governorate in the sentence: the reading stays
    "قصفت طائرات مجهولة مستودعا في منطقة الحزام قرب مدينة الباب فجر اليوم.",
    # the far town in another sentence: nothing places the phrase by it (Homs, 180 km off: within
    # far_villages.FAR_KM, which drops a headless village farther than that from every place of the article)
    "قصفت طائرات مجهولة مستودعا في منطقة الحزام فجر اليوم. وفي مدينة حمص قتل عنصران.",
], ids=["near-town", "other-sentence"])
def test_the_reading_stays(text: str) -> None:
    """No far town of the same country in the sentence, or a near place: Hazam is read."""
    assert "Hazam" in _names(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the desert of the village's own province: 260 km from Homs, yet inside the governorate the phrase names
    ("عثر رعاة على قذيفة غير منفجرة في منطقة بئر الدليعيات ببادية حمص أمس", "Bir ad Dulay'iyat"),
    ("عثر رعاة على قذيفة غير منفجرة في منطقة بئر الدليعيات بريف حمص الشرقي أمس", "Bir ad Dulay'iyat"),
    # another province's desert still gives way: the village read is no place of it
    ("عثر رعاة على قذيفة غير منفجرة في منطقة بئر الدليعيات ببادية دير الزور أمس", "Deir ez-Zor desert"),
    # one chain: the village is the context of the phrase before it, the countryside hangs from that phrase too
    ("قصفت طائرات رتلا لميليشيات قادمة من العراق في منطقة بئر الدليعيات بريف حمص الشرقي", "Bir ad Dulay'iyat"),
], ids=["own-desert", "own-countryside", "other-desert", "one-chain"])
def test_the_own_provinces_countryside_keeps_a_far_village(text: str, expected: str) -> None:
    """far_areas._own_area (session 46, h1): ريف / باديه X of the village's governorate agrees however far X lies."""
    assert _names(text)[0] == expected
