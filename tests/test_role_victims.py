"""Victims: whom a casualty word counts as hit, sentences written for rasd."""

from __future__ import annotations

from tests.factories import sides


def test_the_cause_of_a_wound_is_no_victim() -> None:
    """'أصيب بها جراء العدوان X': the actor after a cause word did the harm (ob_006 had it reversed)."""
    got = sides("استشهد اليوم طفل متأثرا بجراحه التي أصيب بها جراء العدوان السعودي الذي استهدف منزل أسرته في مديرية "
                "رازح مساء الجمعة.")
    assert [g[1:] for g in got] == [("OTHER", "CIVILIANS")], got
