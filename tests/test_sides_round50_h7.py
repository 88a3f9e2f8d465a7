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


def test_downed_drone_keeps_no_target_of_an_earlier_shelling() -> None:
    """A drone downed after shells by the same hand killed civilians was aimed at the defenders, not at them."""
    text = ("قالت مصادر طبية إن قذائف مدفعية أطلقتها قوات الدعم السريع على سوق مدينة الدلنج صباح اليوم أودت بحياة "
            "ثلاثة مدنيين.\nوفي مساء اليوم نفسه، قالت قيادة الحامية في الدلنج إن دفاعاتها الجوية أسقطت مسيرة "
            "أطلقتها قوات الدعم السريع باتجاه مقر القيادة، دون خسائر.")
    got = sides(text)
    downed = [g for g in got if g[0] == "Disrupted weapons use"]
    assert downed and downed[0][2] != "CIVILIANS", got
