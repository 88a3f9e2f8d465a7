"""Roles 39a (half-A census of target sides): dual forms of the civilian nouns the lexicon had only in other numbers.
Sentences written for rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text", [
    "وفي محافظة صعدة، أصيب مهاجران إثيوبيان بجروح، صباح الأربعاء، جراء قصف مدفعي استهدف مديرية شدا الحدودية.",
    "وأصيب نازحان بشظايا، مساء الخميس، جراء قصف مدفعي طال مخيماً قرب بلدة الخوخة.",
], ids=["migrants", "displaced"])
def test_two_civilians_counted_in_the_dual_are_the_target(text: str) -> None:
    """'اصيب مهاجران ... جراء قصف': the dual of a civilian noun counts civilians as hit (pa_022)."""
    got = sides(text, published=date(2024, 5, 9))
    assert got and got[0][2] == "CIVILIANS", got
