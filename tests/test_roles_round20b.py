"""Round 20b role constructions (ub_ study): owned vehicles hit, PKK naming by country, pluperfect tellers, responders."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Mention
from tests.factories import assert_first_sides, extract_text

PUB = date(2024, 3, 14)


def run(text: str) -> list[Mention]:
    """Extract the mentions of one small article."""
    return extract_text(text, PUB)


# (id, text, attacker side or None for 'not this side', forbidden attacker side, target side)
CASES = [
    ("vehicle-owner-is-the-target",  # 'عجلة/مدرعة لX': X rides in what was hit
     "انفجر لغم أرضي بمدرعة للجيش السوري قرب بلدة معدان بريف الرقة، ما أسفر عن مقتل جنديين.",
     None, "SYRIA_GOV", "SYRIA_GOV"),
    ("ypg-name-in-iraq-is-the-pkk",  # a Syrian branch's name in Iraq names the party fought there
     "قصفت المدفعية التركية مواقع لوحدات حماية الشعب قرب ناحية سيدكان بمحافظة أربيل شمالي العراق.",
     "TURKEY", None, "OTHER"),
    ("ypg-name-in-syria-stays-sdf",
     "قصفت المدفعية التركية مواقع لوحدات حماية الشعب قرب بلدة تل تمر بريف الحسكة.",
     "TURKEY", None, "SDF"),
    ("turkey-hit-inside-turkey-by-the-pkk",  # theatre foe when the article names only the Turkish side
     "استشهد جندي تركي وأصيب آخران في هجوم على مخفر حدودي في ولاية هكاري جنوب شرقي تركيا.",
     "OTHER", None, "TURKEY"),
    ("pluperfect-teller-is-no-party",  # 'وكان X قد اعلن': who had told of it
     "وكان الجيش اللبناني قد أعلن سقوط صاروخين في منطقة مفتوحة قرب بلدة القليعة جنوب لبنان.",
     None, "OTHER", None),
]


@pytest.mark.parametrize(("text", "a1", "not_a1", "a2"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round20b_roles(text: str, a1: str | None, not_a1: str | None, a2: str | None) -> None:
    assert_first_sides(run(text), a1, not_a1, a2)


def test_responders_at_the_site_are_no_party() -> None:
    """'قوة تطوق مكان الاستهداف': the force acting at the scene did not strike."""
    ms = run("عاجل | قوة من الجيش اللبناني تطوّق مكان الاستهداف في بلدة برج الشمالي قرب صور وتمنع الاقتراب منه")
    assert all(not (m.actor1 and m.actor1.id == "lebanon_army") for m in ms)


def test_shells_on_a_residential_quarter_hit_civilians() -> None:
    """'على حي سكني': a quarter of homes hit, with no armed party named there, is a civilian target."""
    text = ("قصفت قوات الدعم السريع بالمدفعية حياً سكنياً في مدينة الأبيض صباح اليوم.\n"
            "وكانت القوات المسلحة قد استعادت مواقع للدعم السريع شرق المدينة.\n"
            "وفي المساء سقطت أربع قذائف أطلقتها قوات الدعم السريع على حي سكني شمال مدينة الأبيض.")
    ms = run(text)
    assert ms
    assert all(m.actor2 is not None and m.actor2.side == "CIVILIANS" for m in ms)
