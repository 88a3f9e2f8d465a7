"""Round 21b role constructions (vb_ study): a post's owner in construct, counted Palestinians, hedged identities."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Mention
from tests.factories import assert_first_sides, extract_text

PUB = date(2024, 6, 20)


def run(text: str) -> list[Mention]:
    """Extract the mentions of one small article."""
    return extract_text(text, PUB)


# (id, text, attacker side or None for 'any', forbidden attacker side or None, target side or None for 'any')
CASES = [
    ("fire-at-a-post-hits-its-owner",  # 'عند حاجز X': the owner in construct after the post fired at
     "سمع دوي إطلاق نار كثيف عند حاجز قسد في بلدة الشحيل بريف دير الزور، وقتل عنصر من الحاجز.",
     None, "SDF", "SDF"),
    ("post-object-of-a-verb-with-its-subject",  # verb, subject, then the post as object
     "هاجم مسلحون مجهولون فجر اليوم حاجز قوات النظام عند مدخل بلدة الصنمين بريف درعا، ما أدى إلى مقتل عنصرين.",
     "UNKNOWN", None, "SYRIA_GOV"),
    ("counted-palestinians-are-the-people-hit",  # 'اصيب ثلاثة فلسطينيين خلال مواجهات مع X': X shot them
     "أصيب ثلاثة فلسطينيين بالرصاص المطاطي خلال مواجهات مع الجيش الإسرائيلي عند مدخل بلدة بيتا جنوب نابلس.",
     "ISRAEL", None, "CIVILIANS"),
    ("hedged-identity-stands-for-the-gunmen",  # 'مسلحون يعتقد انهم من X': X acted, the gunmen are not its target
     "اغتال مسلحون يُرجّح أنهم من تنظيم داعش، مساء الأحد، أحد وجهاء العشائر في بلدة ذيبان بريف دير الزور الشرقي.",
     "ISIS", None, "CIVILIANS"),
]


@pytest.mark.parametrize(("text", "a1", "not_a1", "a2"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round21b_roles(text: str, a1: str | None, not_a1: str | None, a2: str | None) -> None:
    assert_first_sides(run(text), a1, not_a1, a2)


def test_definite_palestinians_describe_a_noun() -> None:
    """'مخيم ... للاجئين الفلسطينيين': with the article the nisba is an adjective, no people hit."""
    ms = run("قصفت طائرة مسيرة إسرائيلية سيارة عند مدخل مخيم البداوي للاجئين الفلسطينيين شمال مدينة طرابلس.")
    assert ms
    assert all(not (m.actor2 and m.actor2.text and "فلسطيني" in m.actor2.text) for m in ms)


def test_gunmen_firing_from_a_post_stay_the_attacker() -> None:
    """'اطلق عناصر حاجز X النار': the post's men are the subject, the owner is not hit."""
    ms = run("أطلق عناصر حاجز لقوات النظام النار من رشاشاتهم على سيارة مدنية قرب مدينة الصنمين بريف درعا فقتل سائقها.")
    assert all(not (m.actor2 and m.actor2.side == "SYRIA_GOV") for m in ms)
