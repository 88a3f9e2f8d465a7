"""Round 31b (frame, from the gb_ study): a tribal fight ('نزاع عشايري') told with a toll or weapons in its sentence, or
with its fire, toll or weapons in the next sentence, is an armed clash; 'تجدد' opening its clause is the past verb
(a renewed fight told), not the noun of a feared renewal."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text
from tests.factories import rejection_reasons as reasons

PUB = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("text", "clash"), [
    ("نزاع عشائري في قضاء الزبير يخلّف ثلاثة قتلى.", True),
    ("أفادت الشرطة بإصابة أربعة أشخاص في نزاع عشائري اندلع مساء الأربعاء في قضاء الزبير.", True),
    ("اندلع نزاع عشائري ظهر الأربعاء بين عشيرتين في قضاء الزبير بسبب خلاف على أرض.\n"
     "واستمر إطلاق النار بالأسلحة الخفيفة نحو ساعتين.", True),
    ("نزاع عشائري مساء الأربعاء في قضاء الزبير على خلفية خلاف قديم.\n"
     "الحصيلة: قتيلان وثلاثة جرحى نقلوا إلى المستشفى.", True),
    ("نزاع عشائري مساء الأربعاء في قضاء الزبير على خلفية خلاف قديم.\n"
     "وتدخل شيوخ المنطقة لحل الخلاف.", False),
    ("نزاع عشائري مساء الأربعاء في قضاء الزبير على خلفية خلاف قديم.\n"
     "وفي حادث منفصل، ألقى مجهولون قنبلة يدوية على منزل في قضاء الزبير.", False),
], ids=["toll-in-headline", "toll-before-it", "fire-next-sentence", "toll-next-sentence", "mediation-only",
        "separate-incident-next"])
def test_clan_fight(text: str, clash: bool) -> None:
    """A tribal fight is a clash with its toll or weapons in its sentence, or its fire, toll or weapons next."""
    why = reasons(text, PUB)
    assert ("weak trigger without a weapon" in why) is not clash


def test_clan_fight_is_clash_between_others() -> None:
    """The licensed tribal fight is an Armed clash between two armed groups of no party (OTHER–OTHER)."""
    ms = extract_text("نزاع عشائري في قضاء الزبير يخلّف ثلاثة قتلى مساء الأربعاء.", PUB)
    assert [(m.sub_event_type, m.actor1.side if m.actor1 else None) for m in ms] == [("Armed clash", "OTHER")]


@pytest.mark.parametrize(("text", "renewed"), [
    ("الثلاثاء: تجدد القصف المدفعي على بلدة الخيام، ما أدى إلى مقتل مزارع.", True),
    ("تجدد الاشتباك بين مسلحين وقوة من الشرطة صباح الأربعاء في قضاء الزبير، ما أدى إلى مقتل شرطي.", True),
    ("وتجدد القصف المدفعي على بلدة الخيام فجر الأربعاء.", True),
    ("طالب الأهالي بحل الخلاف خشية تجدد الاشتباكات في حي الصناعة.", False),
    ("نفت الشرطة أنباء عن تجدد الاشتباكات في حي الصناعة مساء الأربعاء.", False),
], ids=["day-heading", "sentence-head", "and-head", "feared-renewal", "rumoured-renewal"])
def test_renewed_past_verb(text: str, renewed: bool) -> None:
    """'تجدد' opening its clause tells a fight renewed; after a governing word it is the noun of a renewal."""
    assert bool(extract_text(text, PUB)) is renewed


@pytest.mark.parametrize(("text", "broken_up"), [
    ("اندلع اشتباك مسلح بين عشيرتين مساء الأربعاء في قضاء الزبير، ما أسفر عن مقتل شخص. "
     "وتدخلت قوة من الشرطة لفض الاشتباك واعتقلت عددا من المتورطين.", True),
    ("وأصيب شرطي أثناء محاولته فض الاشتباك بين الطرفين في قضاء الزبير.", True),
    ("اندلع اشتباك مسلح بين عشيرتين مساء الأربعاء في قضاء الزبير، ما أسفر عن مقتل شخص.", False),
], ids=["police-break-up", "wounded-breaking-up", "clash-itself"])
def test_breaking_up_the_fight(text: str, broken_up: bool) -> None:
    """A clash noun right after 'فض/لفض' is the fight told being broken up, not a new one."""
    assert any(r.startswith("reference: 'لفض'") or r.startswith("reference: 'فض'") for r in reasons(text, PUB)) \
        is broken_up
