"""Weapons 31a (fa_ study): sniper rifles by their plural and verbal names, and launchers fired beside guns.
Sentences written for rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text

DAY = date(2024, 2, 14)


def _weapons(text: str) -> list[tuple[str, ...]]:
    """The weapons of each mention of one small article."""
    return [tuple(m.weapons) for m in extract_text(text, published=DAY)]


@pytest.mark.parametrize("text, want, not_want", [
    ("هاجم مسلحون من داعش نقطة للجيش قرب قرية البو عجيل مساء الأحد مستخدمين أسلحة قنص وقاذفات، واندلع اشتباك "
     "استمر ساعة.", {"sniper", "rpg"}, {"aircraft"}),
    ("تعرضت ربيئة للحشد الشعبي قرب بلدة العلم ليلة السبت لهجوم بالرشاشات والقاذفات، وقُتل أحد المقاتلين.",
     {"rpg"}, {"aircraft"}),
    ("قنص عناصر من الفصيل جندياً عند حاجز قرب بلدة جنديرس مساء الجمعة.", {"sniper"}, set()),
    ("استهدفت القناصات دورية للجيش قرب بلدة تل رفعت صباح الاثنين فأصيب جنديان.", {"sniper"}, set()),
    ("قالت القيادة إن قاذفات بعيدة المدى أغارت على مواقع للتنظيم قرب مدينة دير الزور فجر الأحد.",
     {"aircraft"}, {"rpg"}),
], ids=["sniper-arms-and-launchers", "guns-and-launchers", "sniping-verb", "snipers-plural", "bombers-alone"])
def test_sniper_rifles_and_launchers_beside_guns(text: str, want: set[str], not_want: set[str]) -> None:
    """'اسلحه قنص', 'قنص', 'القناصات' are sniper fire; 'قاذفات' beside guns or sniper rifles are RPG launchers
    (weapon_context `guns_and_launchers`), alone they stay bombers."""
    got = _weapons(text)
    assert got and want <= set(got[0]) and not (not_want & set(got[0])), got
