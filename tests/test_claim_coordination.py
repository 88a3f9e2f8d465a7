"""Claim coordination: a count governed by a casualty word of the other kind is no addend of the next toll.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


@pytest.mark.parametrize(("text", "place", "want"), [
    # 'مقتل N X و M جريحا' (fa_ of rA read 3 + 14 = 17 wounded)
    ("قصفت مدفعية الاحتلال مدينة خان يونس مساء الأحد ما أسفر عن مقتل ثلاثة مدنيين و12 جريحاً.", "Khan Yunus", (3, 12)),
    ("قصفت مدفعية الاحتلال مدينة خان يونس مساء الأحد، ووصلت إلى المستشفى جثث 4 مواطنين و9 جرحى.", "Khan Yunus", (4, 9)),
], ids=["death-noun-count-then-wounded", "bodies-count-then-wounded"])
def test_count_after_the_other_kinds_noun_is_no_addend(text: str, place: str, want: tuple[int, int]) -> None:
    """The count right after a death noun is that noun's; the wounded coordinated after it are only their own."""
    got = tolls_by_place(text, date(2024, 5, 13))
    assert got.get(place) == want, got
