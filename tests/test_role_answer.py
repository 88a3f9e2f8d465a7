"""Answered attacks: 'X strikes Y in answer to an attack on X' makes Y the attacker answered; sentences written for rasd."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    # the striker's side was hit first: the side it strikes back at made the answered attack
    ("شنت مقاتلات أمريكية ليل الأربعاء غارات على مقرات لكتائب حزب الله في منطقة جرف النصر، وذلك رداً على هجوم "
     "صاروخي استهدف قاعدة تضم جنوداً أمريكيين في محافظة الأنبار.",
     ("Shelling/artillery/missile attack", "IRAN_ALIGNED", "US")),
    ("قصفت قوات النظام بالمدفعية الثقيلة قرى تسيطر عليها هيئة تحرير الشام في جبل الزاوية، رداً على هجوم استهدف "
     "حاجزاً لقوات النظام قرب سراقب.",
     ("Shelling/artillery/missile attack", "OPPOSITION", "SYRIA_GOV")),
    ("أغارت طائرات حربية إسرائيلية فجر اليوم على مواقع لحزب الله في بلدة الخيام، رداً على هجوم بطائرة مسيرة "
     "استهدف موقعاً إسرائيلياً في مستوطنة المطلة.",
     ("Air/drone strike", "IRAN_ALIGNED", "ISRAEL")),
], ids=["answer-in-anbar", "answer-in-idlib", "answer-in-lebanon"])
def test_the_answered_attack_was_made_by_the_side_struck_back(text: str, expected: tuple[str, str, str]) -> None:
    """The answered attack names no attacker; the answering strike names both sides (fr_002, lb_001, ht_002: 3 docs,
    3 sets; 'ردا علي هجوم' in 38 dev docs)."""
    assert expected in sides(text)


def test_an_answered_attack_on_someone_else_keeps_no_attacker() -> None:
    """Only when the answered attack hit the striker's own side: an attack on a third party tells nobody."""
    got = sides("قصفت طائرات أمريكية مخازن للحوثيين في صنعاء فجر اليوم، رداً على هجوم استهدف سفينة تجارية في البحر الأحمر.")
    assert all(g[1] != "IRAN_ALIGNED" or g[2] != "CIVILIANS" for g in got), got
