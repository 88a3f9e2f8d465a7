"""Wounded who died (claim_wounds): a bare count before 'بعد وفاة' and a wounded noun is the dead's risen toll.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


@pytest.mark.parametrize(("text", "want"), [
    ("قتل ثلاثة عناصر في غارة بطائرة مسيرة على سيارة قرب بلدة الحويجة مساء الأحد، ثم ارتفع العدد إلى أربعة بعد وفاة "
     "أحد الجريحين متأثرا بإصابته.", (4, None)),
    ("قتل ثلاثة عناصر في غارة بطائرة مسيرة على سيارة قرب بلدة الحويجة مساء الأحد. وكانت الحصيلة الأولية اثنين، قبل "
     "أن ترتفع صباح اليوم إلى ثلاثة بعد وفاة أحد المصابين.", (3, None)),
    ("قتل ثلاثة عناصر وأصيب أربعة آخرون في غارة بطائرة مسيرة على سيارة قرب بلدة الحويجة مساء الأحد.", (3, 4)),
], ids=["risen-to-a-bare-count", "first-count-then-risen", "plain-wounded-count"])
def test_session_41_a_count_before_a_wounded_death_is_of_the_dead(text: str, want: tuple[int | None, int | None]
                                                                   ) -> None:
    assert tolls_by_place(text, date(2024, 5, 9)).get("Al Hawijah") == want


@pytest.mark.parametrize(("text", "want"), [
    ("قتل خمسة جنود وأصيب ثلاثة آخرون في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد. وارتفعت الحصيلة صباح "
     "اليوم إلى خمسة بعد وفاة أحد الجرحى متأثرا بإصابته.", (5, 3)),
    ("قتل ستة جنود وأصيب خمسة آخرون في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد. وكانت المصادر قد أحصت "
     "أربعة قتلى قبل أن ترتفع الحصيلة بعد وفاة اثنين من المصابين.", (6, 5)),
    ("قتل أربعة جنود وأصيب خمسة آخرون في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد. ثم ارتفعت الحصيلة إلى "
     "ستة قتلى بعد وفاة اثنين من المصابين.", (6, 3)),
    ("قتل ستة جنود وأصيب خمسة آخرون في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد. وكانت المصادر قد أحصت "
     "ستة قتلى قبل أن ترتفع الحصيلة بعد وفاة اثنين من المصابين.", (6, 3)),
], ids=["dead-told-at-the-risen-toll", "dead-told-at-count-plus-died", "dead-told-before-the-rise",
        "first-count-is-the-lead's"])
def test_session_45_wounded_told_with_the_risen_toll_stay(text: str, want: tuple[int | None, int | None]) -> None:
    assert tolls_by_place(text, date(2024, 5, 9)).get("Al Hawijah") == want
