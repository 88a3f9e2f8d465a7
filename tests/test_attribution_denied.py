"""Names that tell nothing of the incident: a denial of the speaker's own act, reported words that only deny or
decline (attribution_denied).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.attribution_denied import told_nothing
from tests import factories as f

PUB = date(2024, 3, 14)


# round 44 (h3, rA census of source errors on matched events: a source that only denies, 4 events in 3 batches)
CASES = [
    ("reported-words-deny-any-strike",
     "قتل خمسة مسلحين في غارة جوية مجهولة على مستودع قرب مدينة الميادين ليل الثلاثاء، بحسب المرصد السوري لحقوق "
     "الإنسان. وقال متحدث باسم وزارة الدفاع الأمريكية (البنتاغون) لوكالة الأنباء إن القوات الأمريكية \"لم تنفذ أي "
     "ضربات في المنطقة\".",
     "Mayadin", {"SOHR"}),
    ("reported-words-decline-comment",
     "قتل أربعة مسلحين في غارة جوية على موقع قرب مدينة البوكمال ليل الأربعاء، بحسب المرصد السوري لحقوق الإنسان. "
     "وقال متحدث باسم الجيش الإسرائيلي إنه \"لا يعلق على هذه التقارير\".",
     "Kamal", {"SOHR"}),
    ("subject-first-denial-of-its-own-act",
     "قتل ثلاثة مسلحين في غارة جوية على مقر قرب مدينة الميادين ليل الخميس بحسب المرصد السوري لحقوق الإنسان، "
     "والبنتاغون نفى تنفيذ أي ضربة.",
     "Mayadin", {"SOHR"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round_44_denials_tell_nothing(text: str, place: str, expected: set[str]) -> None:
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "name", "nothing"), [
    ("والبنتاغون نفي تنفيذ اي ضربه.", "والبنتاغون", True),
    ("نقلت عنه \"سانا\" نفي صحه البيان، مؤكدا ان الصاروخ سقط قرب البلده.", "\"سانا\"", False),  # another's words
    ("وقالت الوزاره ان طايره مسيره استهدفت سياره ولم تسجل اي اصابات.", "الوزاره", False),
    ("وقال الجيش ان قواته \"لم تنفذ اي غارات\" علي المدينه.", "الجيش", True),
])
def test_round_44_told_nothing_constructions(text: str, name: str, nothing: bool) -> None:
    at = text.index(name)
    assert told_nothing(text, at, at + len(name)) is nothing
