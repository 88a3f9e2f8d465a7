"""Round 52 (h5): target-side rules of the fifty-second session."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, target", [
    # suspected of a part in the attack told before: their side is the attack's unknown makers'
    ("انفجرت عبوة ناسفة أمس على دورية للشرطة قرب بلدة الكرمة. وأعلنت الشرطة اليوم اعتقال ثلاثة أشخاص يشتبه بتورطهم "
     "في زرع العبوة في منطقة الكرمة.", "UNKNOWN"),
    ("اعتقلت قوة أمنية صباح اليوم رجلين في قرية البوعيثة يشتبه بصلتهما بإطلاق الصواريخ.", "UNKNOWN"),
    # no suspicion told: the people held are civilians
    ("انفجرت عبوة ناسفة أمس على دورية للشرطة قرب بلدة الكرمة. وأعلنت الشرطة اليوم اعتقال ثلاثة أشخاص في منطقة "
     "الكرمة.", "CIVILIANS"),
], ids=["suspected-involvement", "suspected-link", "held-no-suspicion"])
def test_suspects_of_an_attack_are_of_unknown_side(text: str, target: str) -> None:
    """'اعتقال ثلاثة أشخاص يشتبه بتورطهم في ...': the held are suspects of the attack, not civilians."""
    got = [s for s in sides(text) if s[0] == "Arrests"]
    assert got and got[0][2] == target


@pytest.mark.parametrize("text, target", [
    # the passive with the outskirts' side between the verb and the town ('تعرضت الاطراف الشمالية لبلدة X لقصف')
    ("وفي قضاء بنت جبيل، تعرّضت الأطراف الشمالية لبلدة عيتا الشعب لقصف مدفعي إسرائيلي بعد الظهر، سقطت خلاله قذائف في "
     "أرض زراعية من دون أن تسجل إصابات.", "CIVILIANS"),
    # 'طال قصف ... أطراف بلدة X': the shelling reached the town's outskirts past its instrument phrase
    ("وفي قضاء مرجعيون، طال قصف مدفعي إسرائيلي بقذائف فوسفورية أطراف بلدة كفركلا والأحراج المجاورة لها، ما أدى إلى "
     "اندلاع حرائق، من دون تسجيل إصابات.", "CIVILIANS"),
    # a party's posts at the outskirts are no town land
    ("قصفت المدفعية الإسرائيلية بعد الظهر مواقع لحزب الله عند أطراف بلدة كفركلا، من دون تسجيل إصابات.",
     "IRAN_ALIGNED"),
], ids=["passive-side-of-town", "reached-outskirts", "posts-at-outskirts"])
def test_shells_on_a_towns_outskirts_hit_its_land(text: str, target: str) -> None:
    """Shells that fell on a town's outskirts and hurt no one hit civilians' land (role_populated.shelled_place),
    also when told 'تعرضت الاطراف الشمالية لبلدة X' or 'طال قصف ... اطراف بلدة X'."""
    got = sides(text)
    assert got and got[0][2] == target
