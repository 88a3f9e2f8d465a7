"""Roles 26a (za_ study): a clause headed by a fronted operation noun that names no party takes the parties of the verb
after it ('في عملية مشتركة مع X، استهدفت طائرة تابعة لـY'). Sentences written for rasd in wording unlike the articles
that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import sides

DAY = date(2024, 8, 7)


@pytest.mark.parametrize("text, attacker", [
    # 'وفي إطار عملية مشتركة مع قوات التحالف الدولي ...، استهدفت طائرة مسيّرة تابعة للتحالف' (za_004)
    ("وضمن عملية مشتركة مع قوات سوريا الديمقراطية، قصفت طائرة مسيرة تابعة للتحالف الدولي سيارة قرب بلدة الشحيل "
     "مساء أمس، ما أدى إلى مقتل شخصين.", "US"),
    ("وفي إطار عملية أمنية واسعة، استهدفت مروحية تابعة للجيش العراقي مخبأ لمسلحين قرب قضاء الحضر مساء أمس.",
     "IRAQ_GOV"),
], ids=["joint-operation", "security-operation"])
def test_an_operation_noun_heading_a_clause_yields_to_its_verb(text: str, attacker: str) -> None:
    """'في عملية ...، استهدفت طائرة تابعة لـX': the noun frames the act, the verb's owner phrase names the attacker."""
    got = sides(text, published=DAY)
    assert got and got[0][1] == attacker, got


def test_an_exposure_noun_keeps_its_own_reading() -> None:
    """'تعرضت X لهجوم بمسيرات قال الجيش إن Y أطلقتها': no fronted 'في' before the noun, so the later verb does not
    decide the parties (the launcher is not read as the target)."""
    got = sides("تعرضت مدينة كوستي فجر اليوم لهجوم بطائرات مسيرة قال الجيش السوداني إن قوات الدعم السريع أطلقتها، "
                "واستهدف الهجوم محطة المياه في المدينة.", published=DAY)
    assert got and got[0][2] is None, got
