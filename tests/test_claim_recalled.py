"""Recalled tolls: a result verb glued to an earlier incident's relative clause tells that incident's toll.

Every sentence is written for these tests (cause seen in xa_003; the construction 'ردا على <incident> الذي …،
وأسفر عن' is how outlets recall the attack a strike answers).
"""

from __future__ import annotations

from datetime import date

from rasd.records import Mention
from tests import factories as f

PUB = date(2024, 5, 12)  # a Sunday


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


def toll(ms: list[Mention], place: str) -> tuple[int | None, int | None]:
    """(fatalities, injured) of the mention at place."""
    m = f.mention_at(ms, place)
    return m.fatalities, m.injured


def test_a_masculine_result_verb_goes_with_the_recalled_attack_not_the_feminine_strikes() -> None:
    """'ضربات ..., ردا على الهجوم الذي استهدف ..., وأسفر عن إصابة جنديين': the injured are the recalled attack's."""
    ms = run("نفذ الطيران الحربي التركي ضربات جوية على مواقع في منطقة قنديل ليل السبت، ردا على الهجوم الذي استهدف "
             "صباح الجمعة قاعدة عسكرية تركية قرب مدينة دهوك، وأسفر عن إصابة جنديين تركيين.")
    assert toll(ms, "Duhok") == (0, 2)
    assert toll(ms, "Qandil") == (None, None)


def test_a_result_verb_agreeing_with_both_stays_with_the_main_strike() -> None:
    """'غارة ..., ردا على الهجمات التي استهدفت ..., وأسفرت عن مقتل قيادي': both feminine, so nothing moves."""
    ms = run("شنت طائرات أمريكية غارة على مقر لفصيل مسلح قرب مدينة القائم ليل الأحد، ردا على الهجمات التي استهدفت "
             "القوات الأمريكية في المنطقة، وأسفرت عن مقتل قيادي في الفصيل.")
    assert toll(ms, "Qa'im")[0] == 1
