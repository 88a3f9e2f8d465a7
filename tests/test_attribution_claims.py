"""Attribution (round 15b): verbs of claiming, masdars that are no verbs of saying, 'the same source' after an unnamed
one, a body's own losses, and bodies named by their town or their own website.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from rasd.attribution_answer import OWN_LOSSES
from rasd.normalize import normalize_text
from tests.test_attribution import sources_at

# (id, text, place, expected sources)
CASES = [
    ("claimed-with-iddaa",  # 'ادعت X ان': a claim is a telling (5 docs in 5 sets)
     "ادعت قوات الدعم السريع أن مسيراتها قصفت مقرا للجيش في مدينة الفاشر فجر اليوم.",
     "Fasher", {"RSF"}),
    ("transport-is-no-verb",  # 'شركات النقل المتعاقده مع X': the masdar under the article names no speaker
     "انفجرت عبوة ناسفة بشاحنة لإحدى شركات النقل المتعاقدة مع الأمم المتحدة على طريق مدينة مأرب صباح اليوم، "
     "وفق ما أفاد مكتب الصحة في مأرب.",
     "Ma'rib", {"Marib Health Office"}),
    ("same-source-after-an-unnamed-one",  # 'بحسب المصدر ذاته' is the police source, not the group named before
     "قتل عنصر في «كتائب حزب الله» بانفجار عبوة ناسفة على طريق قرب مدينة بعقوبة مساء أمس. وقال مصدر في شرطة "
     "ديالى إن العبوة زرعت على جانب الطريق. ويعمل القتيل، بحسب المصدر ذاته، حارسا في مقر للفصيل.",
     "Baqubah", set()),
    ("emergency-room-of-a-quarter-the-gazetteer-lacks",
     "سقطت قذيفة مدفعية أطلقتها قوات الدعم السريع على سوق في الكلاكلة جنوبي الخرطوم صباح اليوم، ما أدى إلى مقتل "
     "ثلاثة مدنيين، بحسب غرفة طوارئ الكلاكلة.",
     "Khartoum", {"Kalakla Emergency Room"}),
    ("the-pmf-by-its-short-name",
     "أعلنت هيئة الحشد في بيان مقتل اثنين من منتسبيها بضربة جوية على مقر للواء 45 قرب مدينة القائم فجر اليوم.",
     "Qa'im", {"PMF"}),
    ("the-iraqi-government",
     "قالت الحكومة العراقية إن ضربة جوية مجهولة استهدفت سيارة مدنية قرب مدينة القائم مساء أمس وقتلت ثلاثة أشخاص.",
     "Qa'im", {"Iraqi government"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_claims_and_names(text: str, place: str, expected: set[str]) -> None:
    """'ادعت X', 'النقل', 'المصدر ذاته' after an unnamed source, and rows of bodies the gold names."""
    assert sources_at(text, place) == expected


def test_a_body_publishing_its_own_report() -> None:
    """The PMF's media directorate tells its own incident in its own voice (like SOHR or the IDF's spokesman)."""
    text = "استشهد اثنان من منتسبي اللواء 45 بقصف طائرة مسيرة على مقرهم قرب مدينة القائم فجر اليوم."
    assert sources_at(text, "Qa'im", "PMF media directorate website") == {"PMF"}


@pytest.mark.parametrize(("text", "expected"), [
    ("واعلنت الهيئه مقتل ثلاثه من عناصرها في الغاره", True),
    ("قالت الحركه ان اثنين من مقاتليه اصيبا", True),
    ("اعلنت الجماعه ان عناصرها استهدفوا القاعده", False),  # its fighters as attackers, no partitive
    ("قتل ثلاثه من عناصر الامن", False),  # no pronoun: someone else's men
])
def test_own_losses(text: str, expected: bool) -> None:
    """'مقتل N من منتسبيها': a body telling its own losses is the attack's victim, not the claimant of one."""
    assert (OWN_LOSSES.search(normalize_text(text)) is not None) == expected


def test_a_victims_own_losses_keep_it_a_source_of_the_attack() -> None:
    """A body that tells its own dead in the attack told before stays that attack's source (it claims no attack)."""
    text = ("قال متحدث باسم البنتاغون إن القوات الأمريكية نفذت ضربة دفاعا عن النفس على سيارة قرب مدينة القائم مساء "
            "أمس. وكانت هيئة الحشد الشعبي قد أعلنت، في بيان أمس، مقتل اثنين من منتسبيها فقط في الهجوم.")
    assert sources_at(text, "Qa'im") == {"Pentagon", "PMF"}
