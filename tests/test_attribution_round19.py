"""Sources of round 19a (sa_ study): a province's police command, the accused of a statement, unnamed security
sources relayed by an agency, and standard bodies the dictionary lacked.

The police command: sa_009 ('بيان لقيادة شرطة بابل'); the gold gives no police source to an unnamed 'مصدر في
(قيادة) شرطة X' in ho_010, mb_005, pb_004, na_003, nb_010, ez_008, ho_004 (7 docs / 7 sets). The accused after
'اتهمت فيه / في بيان': sa_023, qb_012 (2 docs / 2 sets). Security sources an agency relays: pa_003, pb_010, sa_022,
rb_025 (4 docs / 4 sets). OCHA (sa_015; 10 dev docs in 8 sets name it), the Darfur displaced coordination (sa_023,
sa_024), UNRWA's full name (sa_015). Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 2, 14)

CASES = [
    ("a-province-police-command",
     "أعلنت قيادة شرطة ديالى، اليوم، أن ثلاثة من منتسبيها أصيبوا بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء "
     "المقدادية.",
     "Muqdadiya", {"Diyala Police"}),
    ("the-command-of-the-province-named-before",
     "وفي محافظة نينوى، أفادت قيادة شرطة المحافظة بأن مسلحين هاجموا نقطة تفتيش في قضاء تلعفر فجر اليوم، ما أدى إلى "
     "مقتل شرطي.",
     "Telafar", {"Ninewa Police"}),
    ("an-unnamed-voice-inside-the-command",
     "وقال مصدر في قيادة شرطة الأنبار إن مسلحين أطلقوا النار على نقطة تفتيش قرب مدينة الرمادي فجر اليوم، ما أدى إلى "
     "مقتل شرطي.",
     "Ramadi", set()),
    ("the-accused-of-a-statement",
     "وأصدرت وزارة الصحة الفلسطينية بيانا اتهمت فيه الجيش الإسرائيلي بقصف مدرسة تؤوي نازحين في بلدة بيت لاهيا، ما "
     "أدى إلى مقتل سبعة أشخاص.",
     "Beit Lahia", {"Palestinian Health Ministry"}),
    ("security-sources-an-agency-relays",
     "ونقلت وكالة الأناضول عن مصادر أمنية أن جهاز الاستخبارات التركي نفذ ضربة بطائرة مسيرة على سيارة قرب مدينة "
     "القامشلي، ما أدى إلى مقتل قيادي في وحدات حماية الشعب.",
     "Qamishli", {"Anadolu", "Turkish intelligence"}),
    ("ocha",
     "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) إن قصفا مدفعيا على سوق في مدينة الفاشر أدى إلى مقتل "
     "تسعة مدنيين.",
     "Fasher", {"OCHA"}),
    ("the-displaced-coordination",
     "وأفادت المنسقية العامة للنازحين واللاجئين بأن مسلحين على دراجات نارية هاجموا معسكر كلمة قرب مدينة نيالا، ما أدى "
     "إلى مقتل أربعة نازحين.",
     "Nyala", {"General Coordination for Displaced and Refugees"}),
    ("unrwa-by-its-full-name",
     "قالت وكالة الأمم المتحدة لإغاثة وتشغيل لاجئي فلسطين في الشرق الأدنى إن غارة أصابت مدرسة تابعة لها في مخيم "
     "جباليا، ما أدى إلى مقتل خمسة نازحين.",
     "Jabalia", {"UNRWA"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round19_sources(text: str, place: str, expected: set[str]) -> None:
    """A police command speaks for its province, an unnamed voice inside it does not; the accused never speaks; an
    agency's security sources speak for the state body they name; standard bodies are named as the gold names them."""
    assert f.sources_at(text, place, PUB) == expected
