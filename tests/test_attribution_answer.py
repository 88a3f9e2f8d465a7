"""Answered attacks: the side replying to an attack on it is no source of that attack where others tell it.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_attribution import sources_at

# (id, text, place of the answered attack, expected sources)
CASES = [
    ("told-by-others-iraq",
     "شنت طائرة أمريكية مسيرة غارة على مقر للفصائل في منطقة جرف الصخر فجر اليوم، بحسب خلية الإعلام الأمني. وفي وقت "
     "لاحق، أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة ردا على الغارة الأمريكية على "
     "جرف الصخر.",
     "Jurf", {"Security Media Cell"}),
    ("told-by-others-lebanon-thaaran",
     "شنت مسيرة إسرائيلية غارة على دراجة نارية في بلدة كفركلا ظهر اليوم، ما أدى إلى مقتل شخصين وفق وزارة الصحة "
     "اللبنانية. وأعلن حزب الله أن مقاتليه قصفوا موقع المطلة بالصواريخ ثأرا للاعتداء على كفركلا.",
     "Kfar Kila", {"Lebanese Health Ministry"}),
    ("known-only-from-the-reply",
     "تبنت المقاومة الإسلامية في العراق قصف قاعدة حرير بطائرتين مسيرتين ردا على غارة أمريكية على مدينة القائم صباح "
     "اليوم.",
     "Qa'im", {"Islamic Resistance in Iraq"}),
    ("the-answering-side-tells-it-too",
     "قالت القيادة المركزية الأمريكية إن صاروخا سقط داخل قاعدة التنف صباح اليوم. وأعلنت القيادة في بيان لاحق أنها "
     "قصفت مواقع قرب البوكمال ردا على الهجوم على قاعدة التنف.",
     "Tanf", {"CENTCOM"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_answering_side_is_no_source_of_the_attack_it_answers(text: str, place: str, expected: set[str]) -> None:
    """'ردا علي'/'ثارا ل' an attack another sentence tells: the replying claimant is not among that attack's sources."""
    assert sources_at(text, place) == expected


def test_the_reply_keeps_its_own_claimant() -> None:
    """The reply itself is still claimed by the side answering."""
    text = CASES[1][1]
    assert sources_at(text, "Metula") == {"Hezbollah"}


# a side that claims its own attack in a sentence with no place: 4 docs in 3 sets of dev ('واعلن المتحدث باسم الحوثيين
# ان قواته استهدفت السفينه' after a US strike, 'اصدرت المقاومه الاسلاميه بيانات اعلنت فيها ان مجاهديها استهدفوا:')
OWN_ATTACK = [
    ("own-attack-after-the-other-sides-strike",
     "قالت القيادة المركزية الأمريكية إن طائراتها قصفت مقرا لكتائب حزب الله في منطقة جرف الصخر فجر اليوم. من جهتها، "
     "أعلنت المقاومة الإسلامية في العراق في بيان أن مجاهديها استهدفوا قاعدة للاحتلال الأمريكي بطائرة مسيرة.",
     "Jurf", {"CENTCOM"}),
    ("the-same-sides-claim-stays",  # the claimant's own attack told before: its claim is a source of it
     "سقطت طائرة مسيرة داخل قاعدة عين الأسد فجر اليوم بحسب خلية الإعلام الأمني. من جهتها، أعلنت المقاومة الإسلامية "
     "في العراق في بيان أن مجاهديها استهدفوا القاعدة بطائرة مسيرة.",
     "Asad", {"Security Media Cell", "Islamic Resistance in Iraq"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in OWN_ATTACK], ids=[c[0] for c in OWN_ATTACK])
def test_a_sides_claim_of_its_own_attack_is_no_source_of_the_others(text: str, place: str,
                                                                     expected: set[str]) -> None:
    """A claimant telling, with no place, an attack of its own side is not a source of the other side's attack."""
    assert sources_at(text, place) == expected
