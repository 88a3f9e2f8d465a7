"""Roles 39a (half-A census of target sides): dual forms of the civilian nouns and the masculine dual and plural of
Turkey's nisba, which the lexicon had only in other numbers.
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


@pytest.mark.parametrize("text", [
    "وذكرت الوزارة في بيانها مقتل جنديين تركيين وإصابة آخر، أثناء اشتباك مع عناصر من حزب العمال الكردستاني شمالي العراق.",
    "قتل ثلاثة جنود أتراك، مساء الجمعة، في اشتباك مع مسلحين قرب الحدود مع العراق.",
], ids=["dual", "broken_plural"])
def test_turkish_soldiers_in_the_plural_are_turkey(text: str) -> None:
    """'مقتل جنديين تركيين ... خلال اشتباك': the masculine dual and plural of the nisba name Turkey's soldiers (bl_021)."""
    got = sides(text, published=date(2024, 5, 9))
    assert got and "TURKEY" in (got[0][1], got[0][2]), got
