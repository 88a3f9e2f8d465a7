"""Round 50 (h7): sides of the target the clause names by its soldiers, its vehicle or its shelled land."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize(("text", "target"), [
    # the trigger's own 'by' ('بانفجار') tells the cause of the soldiers' wounds counted before it
    ("أصيب ملازم وثلاثة جنود بانفجار عبوة ناسفة مساء أمس قرب قرية البو عيثة جنوب بغداد.", "IRAQ_GOV"),
    ("قتل جنديان بانفجار لغم أرضي ظهر اليوم قرب قضاء الرطبة غربي الأنبار.", "IRAQ_GOV"),
    # a military vehicle told with its owners' pronoun ('عجلتهم العسكرية')
    ("انفجرت عبوة ناسفة على عجلتهم العسكرية صباح اليوم قرب ناحية العظيم شمالي ديالى.", "IRAQ_GOV"),
    # civilians hit 'by' the blast stay civilians
    ("قتل مدنيان بانفجار عبوة ناسفة صباح اليوم قرب ناحية العظيم شمالي ديالى.", "CIVILIANS"),
])
def test_soldiers_hit_by_bomb(text: str, target: str) -> None:
    """Soldiers counted as hit 'by' a bomb, or their own vehicle named, make the state force the target."""
    got = sides(text)
    assert got and got[0][2] == target


@pytest.mark.parametrize(("text", "target"), [
    # shells on a town's outskirts that hurt no one: its land, not the attacker's usual foe
    ("وفي القطاع الشرقي، قصفت المدفعية الإسرائيلية صباح اليوم أطراف بلدة شبعا بعدد من القذائف، من دون تسجيل إصابات.",
     "CIVILIANS"),
    ("قصفت المدفعية التركية صباح اليوم أطراف قرية كوري في ريف منبج دون أنباء عن إصابات.", "CIVILIANS"),
    # a party's position named in the clause keeps its side
    ("استهدفت المدفعية التركية صباح اليوم مواقع قسد في محيط بلدة عين عيسى.", "SDF"),
])
def test_shelled_outskirts(text: str, target: str) -> None:
    """Shells on an inhabited place that hurt no one hit civilians' land, unless a party's position is named."""
    got = sides(text)
    assert got and got[0][2] == target
