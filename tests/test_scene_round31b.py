"""Scene, round 31b (from the gb_ study, P-gb2b): the town of the hospital a wounded man died in later ('توفي متاثرا
بجراحه في مستشفي X بY', 'وفاه احد المصابين في مستشفي X في Y') is not the incident's place, as the town of the
hospital the wounded were taken to is not. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.normalize import normalize_text
from rasd.scene_aside import hospital_in


def _before(text: str) -> str:
    """The normalized text before the place the hospital clause names (it ends with 'في' or the proclitic 'ب')."""
    return normalize_text(text) + " "


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلنت الوزارة وفاة أحد الجرحى صباح اليوم في مستشفى النور في", True),
    ("وتوفي شاب متأثراً بجراحه في مستشفى الرحمة الجامعي ب", True),
    ("وفارقت امرأة الحياة في المشفى الوطني في", True),
    ("ليرتفع العدد بعد وفاة مصابين اثنين في مستشفى الأمل ب", True),
    ("ونقل المصابون إلى مستشفى السلام في", True),
    ("واستهدفت الغارة مستشفى السلام في", False),
    ("توفي رجل مسن، وقصفت الطائرات مستشفى السلام في", False),
    ("وتوفي ثلاثة في غارة استهدفت مستشفى السلام في", False),
    ("وتوفي الجريح بالمستشفى الميداني في", True),
], ids=["death-noun", "died-of-wounds", "left-life", "toll-rises", "taken-to", "hospital-struck", "clause-break",
        "strike-on-hospital",
        "bi-hospital"])
def test_the_town_of_a_hospital_someone_died_in_later_is_aside(text: str, expected: bool) -> None:
    """A death verb or noun before 'في مستشفي X في/ب' with no clause break puts the town aside; a strike does not."""
    assert hospital_in(_before(text)) is expected
