"""Roles 27b (bb_ study): who struck whom. Iran's Kurdish opposition parties are a known party (OTHER), a
statement label 'X: وحداتنا الصاروخيه ... قصفت' makes X the attacker, 'the militias' in Libya are Libya's armed
formations, and a rocket fired from Yemen is a missile. Sentences written for rasd in wording unlike the articles
that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.weapons_pick import read_in_context
from tests.factories import extract_text, sides

DAY = date(2024, 3, 5)


@pytest.mark.parametrize("text", [
    "قصف الحرس الثوري الإيراني فجر اليوم الثلاثاء بالصواريخ والمسيّرات مقراً لحزب كومله قرب مدينة كويسنجق في محافظة أربيل.",
    "استهدفت مسيّرات تابعة للحرس الثوري صباح اليوم الثلاثاء معسكراً للحزب الديمقراطي الكردستاني الإيراني قرب مدينة كويسنجق في محافظة أربيل.",
], ids=["komala", "kdpi"])
def test_an_iranian_kurdish_party_is_the_target(text: str) -> None:
    """'مقرا لحزب كومله': the party hit is a known actor of no listed side (OTHER), not the IRGC's foe in Iraq (US)."""
    got = sides(text, published=DAY)
    assert got and got[0][1:] == ("IRAN_ALIGNED", "OTHER"), got


@pytest.mark.parametrize("text", [
    "عاجل | القوة البحرية للحرس الثوري: وحداتنا الصاروخية والمسيّرة قصفت فجر اليوم الثلاثاء مقراً لحزب كومله قرب مدينة كويسنجق في محافظة أربيل.",
    "الحرس الثوري: قواتنا البرية قصفت فجر اليوم الثلاثاء مقراً لحزب كومله قرب مدينة كويسنجق في محافظة أربيل.",
], ids=["unit-label", "short-label"])
def test_a_statement_label_before_its_own_units_is_the_attacker(text: str) -> None:
    """'X: وحداتنا الصاروخيه قصفت': the labelled teller's own units (adjectives between) struck; X is no target."""
    got = sides(text, published=DAY)
    assert got and got[0][1:] == ("IRAN_ALIGNED", "OTHER"), got


def test_the_militias_in_libya_are_libyan_armed_groups() -> None:
    """'الميليشيات' in a Libyan report: the capital's armed formations (OTHER), not Iran's militias."""
    ms = extract_text("اندلعت اشتباكات عنيفة ليل الأحد بين الميليشيات في منطقة تاجوراء شرق العاصمة الليبية طرابلس.",
                      published=DAY)
    got = [a for m in ms for a in (m.actor1, m.actor2) if a is not None and a.text == "الميليشيات"]
    assert got and all(a.id == "libya_militias" and a.side == "OTHER" for a in got), ms


@pytest.mark.parametrize("clause, expected", [
    ("اعترضت الدفاعات الجويه صاروخا اطلق من اليمن باتجاه ايلات", "missile"),
    ("سقط صاروخ قادم من الاراضي اليمنيه في منطقه مفتوحه", "missile"),
    ("سقط صاروخ في منطقه مفتوحه قرب سديروت", "rocket"),
], ids=["from-yemen", "from-yemeni-land", "no-origin"])
def test_a_rocket_fired_from_yemen_is_a_missile(clause: str, expected: str) -> None:
    """'صاروخ اطلق من اليمن': nothing unguided flies that far; a phrase of weapon_context.tsv in the clause."""
    at = clause.index("صاروخ")
    assert read_in_context("rocket", clause, at, (0, len(clause))) == expected
