"""Round 24b sources: a ticker line's closing source tag, and an Iraqi province's operations command.

Every sentence is written for these tests (other theatres and wordings than the articles that showed the causes).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 10, 2)

# (id, text, place, expected sources)
CASES = [
    ("closing-tag-in-square-brackets-tells-the-line",
     "عاجل | سقوط صاروخ أطلق من لبنان على منزل في مدينة نهاريا وإصابة ثلاثة أشخاص بجروح متوسطة [نجمة داود الحمراء]",
     "Nahariya", {"Magen David Adom"}),
    ("closing-tag-in-round-brackets-tells-the-line",
     "قصفت المدفعية التركية منزلا في بلدة عين عيسى بريف الرقة الشمالي ما أدى إلى إصابة طفلين (سانا).",
     "'Ayn 'Isa", {"SANA"}),
    ("a-bracketed-abbreviation-of-the-name-before-is-no-tag",
     "قصفت المدفعية التركية منزلا في بلدة عين عيسى بريف الرقة الشمالي، الخاضعة لسيطرة \"قوات سوريا الديمقراطية\" "
     "(قسد).",
     "'Ayn 'Isa", set()),
    ("a-tag-after-a-line-with-its-own-speaker-only-relayed-it",
     "🟡 سرايا القدس تعلن: قصفنا مدينة سديروت برشقة صاروخية مساء اليوم ردا على العدوان (قناة المنار)",
     "Sderot", {"Al-Quds Brigades"}),
    ("a-province-operations-command",
     "أعلنت قيادة عمليات صلاح الدين أن عناصر من داعش هاجموا نقطة للجيش قرب قضاء طوز خورماتو مساء أمس ما أدى إلى "
     "مقتل جنديين.",
     "Tooz", {"Salahuddin Operations Command"}),
    ("an-officer-inside-the-command-is-not-its-statement",
     "قال ضابط برتبة عقيد في قيادة عمليات صلاح الدين إن عبوة ناسفة انفجرت على دورية للجيش قرب قضاء طوز خورماتو "
     "مساء أمس.",
     "Tooz", set()),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round24b_sources(text: str, place: str, expected: set[str]) -> None:
    """Closing tags tell their line unless another speaker did; a province's operations command speaks for itself."""
    assert f.sources_at(text, place, PUB) == expected
