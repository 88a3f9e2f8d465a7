"""Units: two armed units no lexicon lists, told as the sides of a clash (ra_024), sentences written for rasd."""

from __future__ import annotations

from tests.factories import sides


def test_two_unlisted_libyan_units_are_both_armed_parties() -> None:
    """'بين "كتيبة X" و"لواء Y"' in Libya: OTHER against OTHER, and the civilians among the dead are no party."""
    got = sides('اندلعت مساء أمس اشتباكات بالأسلحة الثقيلة في مدينة مصراتة بين "كتيبة شهداء الساحل" و"لواء '
                'الصمود"، ما أسفر عن مقتل أربعة أشخاص بينهم مدنيان.')
    assert got == [("Armed clash", "OTHER", "OTHER")], got


def test_civilians_among_the_dead_of_an_unnamed_clash_are_no_party() -> None:
    """'ارتفاع حصيلة الاشتباكات إلى 9 قتلى بينهم 4 مدنيين': civilians counted within a clash's dead."""
    got = sides("ارتفعت حصيلة الاشتباكات المسلحة في مدينة الزاوية الليبية إلى تسعة قتلى بينهم أربعة مدنيين.")
    assert all(g[2] != "CIVILIANS" for g in got), got
