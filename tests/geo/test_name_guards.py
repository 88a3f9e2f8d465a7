"""The words that end a village's short name after its head noun (geo/name_guards.py; sentences written for these
tests)."""

from __future__ import annotations

import pytest

from rasd.geo import locate
from rasd.normalize import normalize


def _names(text: str) -> list[str]:
    return [r.location.name_en for r in locate(normalize(text)) if r.location.flagged != "context"]


@pytest.mark.parametrize("participle", ["الواقعة", "الواقع", "القريبة", "المجاورة"])
def test_a_participle_after_a_short_name_ends_it(participle: str) -> None:
    """Round 46: «منطقة الخصم الواقعة شرقي قضاء القائم» reads the village, not only the district's east."""
    assert _names(f"قصفت طائرات مسيرة مخزنا في منطقة الخصم {participle} شرقي قضاء القائم ليلا") == ["Al Khasm"]
