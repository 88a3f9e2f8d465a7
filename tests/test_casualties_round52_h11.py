"""Wounded who died, counted against the wounded they came from ('اثنين من المصابين الستة فارقا الحياة').

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


@pytest.mark.parametrize(("text", "want"), [
    ("قتل خمسة جنود في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد. وقال مصدر طبي إن ثلاثة من الجرحى الثمانية "
     "فارقوا الحياة صباح اليوم في المستشفى.", 5),
    ("قتل خمسة جنود في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد. وقال مصدر طبي إن اثنين من المصابين الأربعة "
     "توفيا صباح اليوم في المستشفى.", 2),
    ("قتل خمسة جنود وأصيب سبعة آخرون في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد.", 7),
], ids=["three-of-the-eight", "two-of-the-four", "plain-wounded-count"])
def test_wounded_who_died_of_a_definite_count_leave_the_rest(text: str, want: int) -> None:
    assert tolls_by_place(text, date(2024, 5, 9)).get("Al Hawijah", (None, None))[1] == want


@pytest.mark.parametrize(("text", "want"), [
    ("قتل جنديان في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد. وقال مصدر طبي إن المستشفى استقبل ستة جنود "
     "مصابين بالرصاص، توفي أحدهم صباح اليوم.", 5),
    ("قتل جنديان في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد. وقال مصدر طبي إن المستشفى استقبل عشرة جرحى، "
     "توفي اثنان منهم صباح اليوم.", 8),
    ("قتل جنديان وأصيب عشرة في هجوم مسلح على حاجز قرب بلدة الحويجة مساء الأحد. وقال مصدر طبي إن المستشفى استقبل "
     "عشرة جرحى، توفي اثنان منهم صباح اليوم.", 10),
], ids=["one-of-them", "two-of-them", "tally-told-apart-stays"])
def test_wounded_who_died_of_them_leave_the_rest(text: str, want: int) -> None:
    assert tolls_by_place(text, date(2024, 5, 9)).get("Al Hawijah", (None, None))[1] == want
