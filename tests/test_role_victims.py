"""Victims: whom a casualty word counts as hit, sentences written for rasd."""

from __future__ import annotations

from tests.factories import sides


def test_the_cause_of_a_wound_is_no_victim() -> None:
    """'أصيب بها جراء العدوان X': the actor after a cause word did the harm (ob_006 had it reversed)."""
    got = sides("استشهد اليوم طفل متأثرا بجراحه التي أصيب بها جراء العدوان السعودي الذي استهدف منزل أسرته في مديرية "
                "رازح مساء الجمعة.")
    assert [g[1:] for g in got] == [("OTHER", "CIVILIANS")], got


def test_victims_of_a_unit_affiliated_to_a_force() -> None:
    """'من مجموعة محلية تتبع لفرع X' (pa_007; na_008, ka_002 tell members the same way): the force whose unit lost men
    was hit, it did not attack."""
    got = sides("أصيب ثلاثة عناصر من دورية تابعة لفرقة الحشد الشعبي، ليل أمس، في هجوم مسلح على طريق قرب قضاء "
                "الطارمية.")
    assert [g[2] for g in got] == ["IRAN_ALIGNED"], got
    assert all(g[1] != "IRAN_ALIGNED" for g in got), got


def test_civilians_counted_before_their_number_after_a_casualty_noun_are_hit() -> None:
    """'ما ادي الي مقتل مدنيين اثنين': the noun of the killing, then the victims, then their count."""
    got = sides("الخرطوم: قصفت قوات الدعم السريع بالمدفعية أحياء سكنية في مدينة سنجة صباح اليوم، ما أدى إلى مقتل "
                "مدنيين اثنين.")
    assert [s[2] for s in got] == ["CIVILIANS"]


def test_a_dual_passive_killed_verb_counts_its_subject_as_hit() -> None:
    """'جنديان من X قُتلا': the dual of 'قتلوا' after the force names its dead, not the attacker."""
    got = sides("أكد مصدر أمني أن جنديين من الجيش العراقي قُتلا مساء الأحد بانفجار عبوة ناسفة على طريق ترابي قرب "
                "قضاء القائم.")
    assert [g[1:] for g in got] == [("UNKNOWN", "IRAQ_GOV")], got
