"""Roles 30b (fb_ study and round 30a's leftover): Iran's own forces, a clash fought in a market, and the remnants
of a group named with 'لـ' after an attack noun. Sentences written for rasd in wording unlike the articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import sides

DAY = date(2024, 11, 20)


@pytest.mark.parametrize("text, attacker, target", [
    # the opposition's 'قوات النظام' in Iran is the Islamic Republic's (fb_025's Jaish al-Adl claim)
    ("أعلنت جماعة جيش العدل أن مقاتليها اشتبكوا مع قوات النظام قرب مدينة سراوان في محافظة سيستان وبلوشستان "
     "مساء الأحد.", "OTHER", "IRAN_ALIGNED"),
    # a police post hit in Iran, no force named: the home force (lexicon home_forces, IRN)
    ("قتل شرطيان بهجوم مسلح على مركز للشرطة في مدينة زاهدان جنوب شرقي إيران مساء الأحد، ولم تتبن أي جهة "
     "الهجوم.", "UNKNOWN", "IRAN_ALIGNED"),
], ids=["regime-forces-in-iran", "police-post-in-iran"])
def test_irans_own_forces_are_iran_aligned(text: str, attacker: str, target: str) -> None:
    """Iran's police and the forces its armed opposition calls 'the regime's' stand on Iran's side, not Syria's."""
    got = sides(text, published=DAY)
    assert got and got[0][1:] == (attacker, target), got


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات عنيفة ليل السبت في منطقة سوق الخميس بمدينة الزاوية بين كتيبتين مسلحتين، استخدمت فيها "
    "الأسلحة المتوسطة.",
    "دارت اشتباكات بالأسلحة الرشاشة مساء الجمعة قرب سوق الماشية في مدينة الزاوية بين مجموعتين مسلحتين، قتل "
    "فيها شخص.",
], ids=["market-quarter", "near-a-market"])
def test_a_clash_fought_in_a_market_does_not_make_civilians_its_side(text: str) -> None:
    """'اشتباكات في منطقة سوق X': the market is where the clash was fought, no party to it (fb_020, fb_021)."""
    got = sides(text, published=DAY)
    assert got and got[0][0] == "Armed clash" and "CIVILIANS" not in got[0][1:], got


@pytest.mark.parametrize("text, attacker", [
    ('مقتل جنديين بهجوم لفلول "داعش" على حاجز للجيش السوري في بادية تدمر فجر اليوم.', "ISIS"),
    ("إصابة ثلاثة عسكريين في اعتداء لبقايا داعش على موقع عسكري قرب السخنة ليل الأحد.", "ISIS"),
], ids=["remnants", "leftovers"])
def test_the_remnants_named_with_lam_after_an_attack_noun_made_it(text: str, attacker: str) -> None:
    """'هجوم لفلول X على نقطه': X's remnants made the attack; X is never the target (ma_005, ob_010 headlines)."""
    got = sides(text, published=DAY)
    assert got and got[0][1] == attacker and got[0][2] != attacker, got
