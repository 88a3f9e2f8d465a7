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
