"""The actor pair of a merged incident: who was hit, then who attacked (merge_roles.decide_roles)."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize(("text", "expected"), [
    # Iran: the police of the place arrest people; the place's own side is not the side held (session 47, h7)
    ("أعلنت الشرطة في محافظة كردستان الإيرانية أن قواتها اعتقلت اليوم خمسة أشخاص في مدينة سنندج.",
     [("Arrests", "IRAN_ALIGNED", "CIVILIANS")]),
    ("اعتقلت قوات الأمن اليوم خمسة أشخاص في مدينة سنندج.", [("Arrests", "IRAN_ALIGNED", "CIVILIANS")]),
])
def test_an_arrest_holds_no_one_of_the_arresters_own_side(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A target inferred without words (the side of the place's country) that is the arresting side itself gives way
    to the people held of no side named: civilians."""
    assert sides(text) == expected
