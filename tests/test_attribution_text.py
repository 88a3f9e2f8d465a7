"""Attribution text shapes of round 15a: a hospital as a place, a claim never made, an army named by its country.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 3, 14)  # a Thursday

# (id, text, place, expected sources)
CASES = [
    ("hospital-the-wounded-were-taken-to",
     "استشهد ثلاثة مواطنين في غارة إسرائيلية استهدفت منزلاً في حي الشجاعية شرق مدينة غزة فجر اليوم، وأفاد الدفاع "
     "المدني بأن طواقمه نقلت الجرحى إلى مستشفى الشفاء.",
     "Shuja", {"Gaza Civil Defence"}),
    ("hospital-where-a-relative-stood",
     "قتل طفلان بقصف مدفعي على مخيم المغازي وسط قطاع غزة مساء أمس، بحسب الدفاع المدني. وقال عم الطفلين وهو يقف "
     "أمام مستشفى شهداء الأقصى: «كانا يلعبان أمام الخيمة».",
     "Maghazi", {"Gaza Civil Defence"}),
    ("hospital-that-reports-is-a-source",
     "استشهد أربعة مواطنين في قصف على مخيم المغازي وسط قطاع غزة صباح اليوم، وفق ما أفاد به مستشفى شهداء الأقصى.",
     "Maghazi", {"Al-Aqsa Martyrs Hospital"}),
    ("no-claim-of-responsibility",
     "سقطت ثلاثة صواريخ على محيط قاعدة عين الأسد غربي الأنبار مساء أمس، بحسب خلية الإعلام الأمني. ولم تعلن "
     "المقاومة الإسلامية في العراق، خلافاً لعادتها، مسؤوليتها عن الهجوم.",
     "Asad", {"Security Media Cell"}),
    ("no-toll-given-is-still-a-report",
     "أعلنت القيادة المركزية الأمريكية أن قواتها قصفت مخزناً للأسلحة قرب مدينة القائم فجر اليوم. ولم تذكر "
     "القيادة المركزية الأمريكية عدد القتلى في الضربة.",
     "Qa", {"CENTCOM"}),
    ("army-spokesman-of-the-articles-country",
     "اندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في مدينة بابنوسة بولاية غرب كردفان صباح اليوم. وقال "
     "الناطق باسم الجيش إن قواته صدت الهجوم.",
     "Babanusa", {"Sudanese army"}),
    # round 16b: a ticker line 'X التابع لـY: ...' is X's statement (mb_, pa_), and Iran's air defence HQ speaks
    ("ticker-speaker-of-a-body",
     "قصف مدفعي يستهدف بلدة سرمين في ريف إدلب الشرقي مساء اليوم.\n"
     "الدفاع المدني السوري التابع للحكومة المؤقتة: القصف على سرمين أدى إلى مقتل امرأة وإصابة طفلين.",
     "Sarmin", {"Syrian Civil Defence"}),
    ("iran-air-defence-headquarters",
     "قال مقر خاتم الأنبياء للدفاع الجوي في بيان إن طائرات معادية أغارت فجر اليوم على موقع للدفاع الجوي قرب مدينة "
     "أصفهان، ما أدى إلى مقتل جنديين.",
     "Isfahan", {"Khatam al-Anbiya Air Defence HQ"}),
    # session 42 (h5): 'شركة نقل' is a masdar in construct after an indefinite noun, not 'نقل X عن' (fa_, nc_)
    ("masdar-after-an-indefinite-noun",
     "قالت خلية الإعلام الأمني إن عبوة ناسفة انفجرت صباح اليوم على شاحنة تعود لشركة نقل محلية متعاقدة مع "
     "التحالف الدولي قرب ناحية الخميسية، من دون إصابات.",
     "Khamisah", {"Security Media Cell"}),
    # session 43 (h6): a one-word outlet name that is also a nisba adjective after a definite noun or 'ب' (mc014-a,
    # nh006-b) is the adjective; 'قالت العربية' stays the outlet
    ("nisba-adjective-after-a-definite-noun",
     "أفادت وزارة الصحة بمقتل شخصين في غارة على بلدة الخيام فجر اليوم. وقال المتحدث باسم الجيش الإسرائيلي "
     "بالعربية إن الغارة استهدفت مستودعاً، وفق ما نقلت النشرة العربية للوكالة.",
     "Khiyam", {"Lebanese Health Ministry", "IDF"}),
    ("the-outlet-that-speaks",
     "قتل شخصان في غارة على بلدة الخيام فجر اليوم، بحسب ما قالت العربية.",
     "Khiyam", {"Al Arabiya"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_attribution_text_shapes(text: str, place: str, expected: set[str]) -> None:
    """Who the sentence says told it, and who it names only in passing."""
    assert f.sources_at(text, place, PUB) == expected
