"""Round 23b places: a definite common noun with its direction adjective after a preposition ('عند المدخل
الجنوبي لمدينة X') is the entrance or side of the town named after it, never a village of that noun's name
elsewhere (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import main_refs


@pytest.mark.parametrize(("text", "wrong", "right"), [
    # Yemen itself in focus: the Hajjah village al-Madkhal must still not take the entrance of another town
    ("في محافظة حجة، انفجرت عبوة ناسفة عند المدخل الشرقي لمدينة حرض وأصيب اثنان من المارة",
     "Al Madkhal", "Harad"),
    # an Iraqi district named after the entrance, as in a report of a convoy attack
    ("وفي محافظة كربلاء، استهدفت عبوة ناسفة شاحنة نقل عند المدخل الشمالي لقضاء الهندية دون خسائر بشرية",
     "Al Madkhal", "Al-Hindiya"),
])
def test_entrance_is_no_village(text: str, wrong: str, right: str) -> None:
    """The noun with its adjective is no place; the town after it still is."""
    got = {r.location.name_en for r in main_refs(text)}
    assert wrong not in got and right in got, got


@pytest.mark.parametrize(("text", "en"), [
    # the adjective of a construct belongs to the entrance, not to the town: the town stays
    ("استهدف مسلحون حاجزا على مدخل السوسة الشمالي في ريف دير الزور الشرقي", "As Susah"),
    # a curated village whose name carries its own adjective after ب
    ("قتل شاب برصاص مجهولين أمام منزله بالجرذي الغربي في ريف دير الزور", "al-Jurdi (Deir ez-Zor)"),
])
def test_named_towns_stay(text: str, en: str) -> None:
    """A real town before a direction adjective is still read."""
    assert en in {r.location.name_en for r in main_refs(text)}, [r.location.name_en for r in main_refs(text)]
