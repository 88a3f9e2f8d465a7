"""Round 52 (h2): what a verb of threatening threatens with is no incident, however long its speaker and medium.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 8, 9)
LEAD = "قتل ثلاثة عناصر من الجيش في هجوم مسلح على حاجز قرب بلدة الميادين فجر اليوم. "


@pytest.mark.parametrize("threat", [
    'وهدد قائد ميداني في الفصائل المحلية في تسجيل مصور بـ"نقل المعركة إلى البوكمال".',
    'وتوعد قائد ميداني في الفصائل المحلية في كلمة مصورة بـ"توسيع المعركة إلى البوكمال".',
    "وتوعدت قيادة المجلس العسكري في بيان نشرته على حساباتها بقصف مدينة البوكمال.",
    "وهدد متحدث باسم المجلس العسكري في مؤتمر صحفي عقده مساء اليوم بالقصف على البوكمال.",
])
def test_what_a_long_threat_threatens_with_is_no_incident(threat: str) -> None:
    """The speaker and the medium put the trigger more than six words after the verb: still a threat."""
    assert f.place_names(LEAD + threat, PUB) == ["Mayadin"]
    assert any(r.startswith("threat") for r in f.rejection_reasons(LEAD + threat, PUB))


@pytest.mark.parametrize("text", [
    "وهدد المجلس العسكري في بيان نشره على حساباته في مواقع التواصل بالرد بعد هجوم بطائرة مسيرة استهدف بلدة البوكمال "
    "مساء أمس وأسفر عن مقتل طفلين.",
    "وهدد المجلس العسكري في بيان نشره على حساباته بالرد على هجوم بطائرة مسيرة استهدف بلدة البوكمال مساء أمس وأسفر عن "
    "مقتل طفلين.",
])
def test_the_attack_a_threat_answers_stays(text: str) -> None:
    """'هدد ... بالرد بعد/على هجوم ...': the attack is the threat's occasion, told as news."""
    assert f.place_names(text, PUB) == ["Abu Kamal"]
