"""Sources of round 20a (ta_ study): a spokesman 'باسمه/بلسانه' speaks for the name before him, a statement quoted
from its basmala to the name signed under it is the signer's, and rows for bodies the dictionary lacked.

'قال المتحدث باسمه/الناطق بلسانه' after a named body: rb_002, ta_013 (both lost the IDF's counter-account), na_003
(already credited). A statement signed by a name line: nb_001, oa_001, pb_024, qb_004, ra_003, rb_002, ta_001 (7 docs
in 7 sets; rb_002 and ta_001 name the signer nowhere else). Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2025, 3, 6)

CASES = [
    ("spokesman-of-a-counter-account",
     "في المقابل، قدّمت قوات الدعم السريع رواية مختلفة، إذ قال المتحدث باسمها إن مقاتليها صدّوا هجوماً على مدينة "
     "الفاشر فجر اليوم.",
     "Fasher", {"RSF"}),
    ("spokesman-by-his-tongue",
     "وجاءت رواية الجيش السوداني مغايرة، إذ قال الناطق بلسانه إن مدفعيته قصفت تجمعات لقوات الدعم السريع في مدينة "
     "الأبيض مساء اليوم.",
     "Ubayyid", {"Sudanese army"}),
    ("statement-signed-by-its-group",
     "ونورد نص البيان كما ورد:\n\"بسم الله الرحمن الرحيم\nاستهدف مجاهدونا فجر اليوم بصاروخ موجه آلية لجيش العدو "
     "عند أطراف مستوطنة المطلة.\nالمقاومة الإسلامية في لبنان\nالخميس 6 آذار 2025\"",
     "Metula", {"Hezbollah"}),
    ("a-heading-with-a-colon-signs-nothing",
     "بسم الله الرحمن الرحيم\nاستهدف مجاهدونا فجر اليوم بصاروخ موجه آلية لجيش العدو عند أطراف مستوطنة المطلة.\n"
     "المقاومة الإسلامية في لبنان:\nبيان لاحق",
     "Metula", set()),
    ("somali-national-agency",
     "سقطت قذائف هاون على مقر حكومي في مدينة مقديشو مساء اليوم دون إصابات، بحسب وكالة الأنباء الصومالية الرسمية "
     "(صونا).",
     "Mogadishu", {"SONNA"}),
    ("puntland-forces",
     "أعلنت قوات دفاع بونتلاند مقتل خمسة مسلحين في اشتباكات قرب مدينة بوصاصو اليوم.",
     "Bosaso", {"Puntland Defence Forces"}),
    ("al-shabaab-through-its-radio",
     "تبنّت حركة الشباب عبر إذاعة الأندلس تفجير عبوة ناسفة استهدفت دورية في مدينة بوصاصو صباح اليوم.",
     "Bosaso", {"al-Shabaab"}),
    ("somali-army-statement",
     "قال الجيش الوطني الصومالي في بيان إن جنديين قتلا في هجوم على قاعدة في مدينة مقديشو فجر اليوم.",
     "Mogadishu", {"Somali National Army"}),
    ("euro-med-monitor",
     "قال المرصد الأورومتوسطي لحقوق الإنسان إن غارة إسرائيلية على منزل في مدينة رفح قتلت أربعة مدنيين اليوم.",
     "Rafah", {"Euro-Med Monitor"}),
    ("baluch-group-claim",
     "قالت جماعة جيش العدل في بيان إن مقاتليها هاجموا مركزاً للشرطة في مدينة زاهدان مساء اليوم.",
     "Zahedan", {"Jaish al-Adl"}),
    ("libyan-monitor",
     "وثّقت منظمة رصد الجرائم في ليبيا مقتل ثلاثة أشخاص في اشتباكات مسلحة بمدينة الزاوية الليلة الماضية.",
     "Zawiya", {"Libya Crimes Watch"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round20a_sources(text: str, place: str, expected: set[str]) -> None:
    """A spokesman speaks for the body his pronoun names, a signed statement for its signer, and the new rows name
    their bodies."""
    assert f.sources_at(text, place, PUB) == expected
