"""Round 30b (frame gates, from the fb_ study): a device told as exploding after a 'found' cue is a used weapon;
an incident the clause says it has no link to, or whose origin it gives, is told elsewhere, not a new one."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text
from tests.factories import rejection_reasons as reasons

PUB = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("text", "used"), [
    ("عُثر صباح الأربعاء على جثة مزارع قُتل بانفجار لغم أرضي في أطراف قرية المزرعة جنوب الموصل.", True),
    ("عثرت فرق الإنقاذ على جثتي شابين قضيا بانفجار عبوة ناسفة على طريق زراعي قرب الشرقاط مساء الثلاثاء.", True),
    ("عثرت القوات الأمنية على عبوتين ناسفتين في مخبأ قرب الشرقاط صباح الأربعاء.", False),
], ids=["body-killed-by-mine", "bodies-killed-by-device", "devices-found-in-cache"])
def test_device_exploding_after_found_cue(text: str, used: bool) -> None:
    """'عثر علي جثه ... قتل بانفجار عبوه': the explosion between the 'found' cue and the device tells it was used."""
    assert any(m.sub_event_type == "Remote explosive/landmine/IED" for m in extract_text(text, PUB)) is used


@pytest.mark.parametrize(("text", "other"), [
    ("شهدت البلدة هجوماً بعبوة ناسفة على دورية للجيش لا علاقة له بالاشتباكات العشائرية في الريف الشرقي.", True),
    ("اعتقلت الشرطة ثلاثة مطلوبين بتهم سرقة، في حملة قالت إنها لا علاقة لها بالهجوم على الحاجز.", True),
    ("اندلعت اشتباكات عنيفة بين مسلحين من عشيرتين في البلدة مساء الأربعاء وأسفرت عن مقتل شخصين.", False),
], ids=["attack-unrelated-to-clashes", "arrests-unrelated-to-attack", "clash-itself"])
def test_unrelated_incident_is_told_elsewhere(text: str, other: bool) -> None:
    """'لا علاقه له بالاشتباكات': the trigger after the denied link is the incident told elsewhere."""
    assert any("لا علاقه" in r for r in reasons(text, PUB)) is other


@pytest.mark.parametrize(("text", "origin"), [
    ("وتعود شرارة الاشتباكات الأخيرة في البلدة إلى خلاف على قطعة أرض بين عائلتين قبل شهر.", True),
    ("وتعود جذور المواجهات بين الطرفين إلى قرار إداري صدر في الربيع.", True),
    ("تجددت الاشتباكات بين العائلتين في البلدة مساء الأربعاء وأسفرت عن جرح ثلاثة.", False),
], ids=["spark-of-clashes", "roots-of-confrontations", "renewed-clashes"])
def test_origin_of_told_clashes_is_a_reference(text: str, origin: bool) -> None:
    """'تعود شراره/جذور X الي ...': X is the incident told before, whose origin the sentence gives."""
    assert any(r.startswith("reference: 'وتعود") for r in reasons(text, PUB)) is origin
