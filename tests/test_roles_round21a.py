"""Round 21a role constructions (ua_ study): owners after a head noun, later exposure verbs, headline tellers, verb
chains, theatre readings of 'القوات الحكومية' and the PMF, launchers of what was downed, directions before a country."""

from __future__ import annotations

import pytest

from tests.factories import sides

# (id, text, expected (sub-event, attacker side, target side) of the only mention)
CASES = [
    ("owner-after-a-head-noun-was-hit",  # 'التابعة لجيش X': X owns the base aimed at, it fired nothing
     "وفي الليلة ذاتها أطلق مقاتلونا طائرة مسيرة نحو قاعدة التنف التابعة لجيش الاحتلال الأمريكي على الحدود "
     "السورية الأردنية.",
     ("Air/drone strike", "UNKNOWN", "US")),
    ("subject-of-a-later-exposure-verb",  # 'اكد وقوع الانفجار ... X في Y تعرضت لهجوم': X was hit
     "أكد مسؤول عسكري وقوع الانفجار، قائلاً إن قوات التحالف في قاعدة عين الأسد تعرضت لهجوم بصاروخين مساء أمس.",
     ("Shelling/artillery/missile attack", "UNKNOWN", "US")),
    ("headline-teller-before-a-colon",  # a live blog's 'الجيش: رصد اطلاق': the army tells, it did not fire
     "قناة الجبهة الشمالية – تغطية مباشرة\n\n[08:40]\nعاجل | الجيش: رصد إطلاق نحو 15 صاروخاً من لبنان باتجاه "
     "منطقة كريات شمونة، تم اعتراض معظمها وسقط الباقي في مناطق مفتوحة\nالمصدر: الجيش الإسرائيلي\n",
     ("Shelling/artillery/missile attack", "IRAN_ALIGNED", "ISRAEL")),
    ("subject-carried-along-a-verb-chain",  # 'دفعت X ...، وطوقت ...، وداهمت ...، واعتقلت': X did them all
     "وفجر اليوم، دفعت قوات الأمن العراقية بتعزيزات إلى قرية البو عجيل، وطوقت القرية، وداهمت عدداً من المنازل، "
     "واعتقلت ثلاثة مطلوبين.",
     ("Arrests", "IRAQ_GOV", "CIVILIANS")),
    ("government-forces-in-yemen",  # 'القوات الحكومية' is the theatre's government army
     "قتل جندي من القوات الحكومية وأصيب اثنان بقصف مدفعي حوثي على مواقع في مديرية حيس بمحافظة الحديدة.",
     ("Shelling/artillery/missile attack", "IRAN_ALIGNED", "OTHER")),
    ("government-forces-in-syria",
     "قتل جندي من القوات الحكومية بهجوم لتنظيم داعش على حاجز في بادية الميادين بريف دير الزور.",
     ("Armed clash", "ISIS", "SYRIA_GOV")),
    ("owned-ship-subject-of-its-verb",  # 'فرقاطه تابعه لX اطلقت': the thing owned fired, so X did
     "أعلنت القيادة المركزية الأمريكية أن فرقاطة تابعة للبحرية الأمريكية أطلقت صواريخ على موقع رادار في "
     "محافظة الحديدة.",
     ("Shelling/artillery/missile attack", "US", "IRAN_ALIGNED")),
    ("launcher-of-what-was-downed",  # 'اعتراض طائرة من دون طيار ... اطلقها X': X launched it
     "أعلن الجيش الإسرائيلي اعتراض طائرة من دون طيار محملة بالمتفجرات أطلقها حزب الله باتجاه مدينة نهاريا.",
     ("Disrupted weapons use", "IRAN_ALIGNED", "ISRAEL")),
    ("pmf-against-isis-is-state-force",  # the PMF fighting ISIS stands for the Iraqi state
     "قتل مقاتلان من الحشد الشعبي بهجوم لعناصر داعش على نقطة مراقبة في قضاء الطارمية.",
     ("Armed clash", "ISIS", "IRAQ_GOV")),
    ("pmf-against-the-us-stays-iran-aligned",
     "قصفت طائرات أمريكية مقراً للحشد الشعبي في قضاء القائم غربي الأنبار.",
     ("Air/drone strike", "US", "IRAN_ALIGNED")),
    ("direction-before-a-country-is-a-place",  # 'جنوبي تركيا': where it fell, not who fired
     "أصيب ثلاثة مدنيين بسقوط قذائف صاروخية على بلدة أقجة قلعة جنوبي تركيا أطلقت من مناطق سيطرة قسد.",
     ("Shelling/artillery/missile attack", "SDF", "CIVILIANS")),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round21a_roles(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """Each construction gives the attacker and target sides the mechanism names."""
    assert sides(text) == [expected]


def test_noun_tearud_is_no_exposure() -> None:
    """'احبطت قطعات الجيش تعرضا لعناصر داعش': the Iraqi noun 'تعرض' (an assault) makes no one its target."""
    got = sides("أحبطت قطعات الجيش تعرضاً لعناصر داعش على نقطة مرابطة قرب ناحية العوجة جنوبي تكريت.")
    assert all(t != "IRAQ_GOV" or a != "IRAQ_GOV" for _, a, t in got)
