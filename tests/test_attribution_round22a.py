"""Round 22a sources (from the va_ study): the Darfur joint force and north-east Syria's Autonomous Administration
as speakers (each a by-country name: no body elsewhere), and an outlet 'close to' a body ('وكاله X المقربه من Y'),
whose patron is no speaker.

Every sentence is written for these tests, in other wording than the articles that showed the causes.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 9, 12)  # a Thursday

# (id, text, place, expected sources)
CASES = [
    ("joint-force-in-darfur",
     "هاجمت قوات الدعم السريع مواقع في مدينة مليط بولاية شمال دارفور فجر اليوم، وقالت القوة المشتركة في بيان إنها "
     "صدت الهجوم وقتلت عشرين من المهاجمين.",
     "Mellit", {"Joint Force"}),
    ("joint-force-spokesman",
     "أعلن المتحدث باسم القوة المشتركة لحركات الكفاح المسلح مقتل ثلاثة من عناصرها في اشتباك مع الدعم السريع قرب "
     "مدينة كتم أمس.",
     "Kutum", {"Joint Force"}),
    ("autonomous-administration-speaks",
     "سقطت قذائف هاون على حي سكني في مدينة الحسكة مساء أمس، وقالت الإدارة الذاتية لشمال وشرق سوريا إن القصف أدى "
     "إلى إصابة ثلاثة مدنيين.",
     "Hasakah", {"Autonomous Administration"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sources(text: str, place: str, expected: set[str]) -> None:
    """Each case's mention carries exactly the expected sources."""
    assert f.sources_at(text, place, PUB) == expected


# (id, text, place, a source that must not be found)
NOT_CASES = [
    ("joint-forces-outside-sudan",
     "قالت القوة المشتركة في بيان إن مسلحين هاجموا نقطة تفتيش قرب مدينة المخا غربي تعز أمس، ما أدى إلى مقتل جنديين.",
     "Mocha", "Joint Force"),
    ("patron-of-an-outlet",
     "قصفت مسيرة تركية سيارة على طريق قرب مدينة القامشلي أمس، ما أدى إلى مقتل شخصين، بحسب وكالة \"هاوار\" المقربة "
     "من الإدارة الذاتية.",
     "Qamishli", "Autonomous Administration"),
    ("patron-of-a-channel",
     "استهدفت غارة إسرائيلية مبنى في بلدة الخيام جنوب لبنان ظهر اليوم، وفق ما ذكرت قناة الميادين المقربة من حزب الله.",
     "Khiyam", "Hezbollah"),
]


@pytest.mark.parametrize(("text", "place", "absent"), [c[1:] for c in NOT_CASES], ids=[c[0] for c in NOT_CASES])
def test_not_sources(text: str, place: str, absent: str) -> None:
    """The name read by this round's rules is not a source where the construction differs."""
    assert absent not in f.sources_at(text, place, PUB)
