"""Roles 26b (ab_ study): 'الفرقة الرابعة' is the Syrian 4th Division only in Syria (an Iraqi article's is the Iraqi
army's, a Sudanese one's the SAF's), and border porters ('العتالين', 'الكولبر') are civilians, so a shooting at them
is an attack. Sentences written for rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import sides

DAY = date(2024, 3, 10)


@pytest.mark.parametrize("text, kind, target", [
    ("انفجرت عبوة ناسفة صباح اليوم بعجلة عسكرية تابعة لأحد ألوية الفرقة الرابعة قرب قضاء الطوز في محافظة صلاح "
     "الدين، ما أدى إلى إصابة جنديين.", "Remote explosive/landmine/IED", "IRAQ_GOV"),
    ("استهدفت مسيرة تركية مقراً للفرقة الرابعة قرب بلدة عين عيسى في ريف الرقة مساء أمس.", "Air/drone strike",
     "SYRIA_GOV"),
    ("قُتل اثنان من العتالين الأكراد برصاص حرس الحدود الإيرانيين مساء أمس قرب مدينة بانه في محافظة كردستان.",
     "Attack", "CIVILIANS"),
], ids=["iraqi-4th-division", "syrian-4th-division", "porters"])
def test_round26b_targets(text: str, kind: str, target: str) -> None:
    """The first mention's type and target side."""
    got = sides(text, published=DAY)
    assert got and got[0][0] == kind and got[0][2] == target, got
