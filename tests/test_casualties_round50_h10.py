"""Casualty figures, session 50 second round (h10): a group's 'احد عناصرها' is one part of the clash's both-sides sum.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 5, 9)  # a Thursday

# (id, text, place, fatalities) -- cause seen in rA ne_020, ne_006: 'مقتل احد عناصرها' (1) was kept as a lower toll
# beside the statement's 'مقتل الجندي ومقتل اثنين من المسلحين' (3)
ONE_OF_GROUP = [
    ("one-of-its-men-then-both-sides",
     "أعلنت قيادة حرس الحدود مقتل أحد عناصرها في اشتباك مع مهربين مساء أمس قرب مدينة الحويجة. وأضاف البيان أن "
     "الاشتباك أسفر عن مقتل الجندي ومقتل اثنين من المهربين.", "Hawija", 3),
    ("one-of-its-fighters-then-both-sides",
     "نعت الكتيبة استشهاد أحد مقاتليها في هجوم لمسلحين على نقطة قرب مدينة الحويجة فجر اليوم. وقال البيان إن "
     "الهجوم أسفر عن استشهاد المقاتل ومقتل ثلاثة من المسلحين.", "Hawija", 4),
]


@pytest.mark.parametrize(("text", "place", "killed"), [c[1:] for c in ONE_OF_GROUP], ids=[c[0] for c in ONE_OF_GROUP])
def test_one_of_a_groups_men_is_part_of_both_sides(text: str, place: str, killed: int) -> None:
    """'مقتل احد عناصرها' beside 'مقتل الجندي ومقتل اثنين من المهربين' is a share of the 3 dead, not a lower toll."""
    assert f.mention_at(f.extract_text(text, PUB), place).fatalities == killed


# (id, text, place, fatalities) -- cause seen in rA kd_020: an army's 'مقتل العشرات من المتمردين', which the text says
# cannot be checked, was summed with its own two dead (the rebels were no side the engine knew)
REBELS = [
    ("rebels-unchecked-beside-own-dead",
     "قال الجيش إن قواته صدت هجوماً على مواقعها قرب مدينة الحويجة فجر اليوم، مشيراً إلى مقتل عشرة من المتمردين "
     "واستشهاد ثلاثة جنود. ولم يتسن التحقق من أعداد قتلى المتمردين من مصدر مستقل.", "Hawija", 3),
]


@pytest.mark.parametrize(("text", "place", "killed"), [c[1:] for c in REBELS], ids=[c[0] for c in REBELS])
def test_rebels_are_the_attackers_side(text: str, place: str, killed: int) -> None:
    """'مقتل عشرة من المتمردين' is the attackers' dead: unchecked, it is no part of the toll."""
    assert f.mention_at(f.extract_text(text, PUB), place).fatalities == killed


# (id, text, place, fatalities) -- cause seen in rA nh_001: 'فإن القتلى سوريان اثنان ... إضافة إلى عنصرين' broke
# down the four dead told before and was kept as a lower toll; a per-place list ('القتلى على النحو التالي') is not one
BREAKDOWNS = [
    ("dead-broken-down-by-nationality",
     "قُتل أربعة عناصر من مجموعة مسلحة وأصيب اثنان آخران جراء غارة جوية على مقر لها قرب مدينة الحويجة ليل أمس. "
     "وبحسب مصادر محلية، فإن القتلى عراقيان اثنان من أبناء المنطقة منتسبان إلى فصيل محلي يتبع \"الحشد\"، إضافة "
     "إلى عنصرين من جنسية أخرى.", "Hawija", 4),
]


@pytest.mark.parametrize(("text", "place", "killed"), [c[1:] for c in BREAKDOWNS], ids=[c[0] for c in BREAKDOWNS])
def test_a_breakdown_of_the_dead_is_no_lower_toll(text: str, place: str, killed: int) -> None:
    """'فإن القتلى عراقيان اثنان' after 'قُتل أربعة' is a share of the four dead, not a lower toll."""
    assert f.mention_at(f.extract_text(text, PUB), place).fatalities == killed
