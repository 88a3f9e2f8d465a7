"""Running ordinals: 'a fifth body found' numbers the dead so far; after an injured count it is one more victim.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Mention
from tests import factories as f

PUB = date(2024, 3, 14)  # a Thursday


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


# (id, text, place, fatalities, injured)
CASES = [
    ("a-fourth-body-after-three-dead",
     "قصفت مدفعية الدعم السريع سوقا شعبيا في مدينة الأبيض أمس، ما أسفر عن مقتل ثلاثة أشخاص. وصباح اليوم أعلن "
     "متطوعو الهلال الأحمر العثور على جثة رابعة قرب السوق.",
     "Ubayyid", 4, None),
    ("a-sixth-body-after-a-count-of-both-kinds",
     "أغارت طائرة حربية على مبنى سكني في مدينة صور ليلة أمس، ما أدى إلى مقتل خمسة أشخاص وجرح ثمانية، بعد انتشال "
     "جثة سادسة من تحت الركام.",
     "Tyre", 6, 8),
    ("a-third-after-two-wounded-is-one-more-dead",
     "أصيب حارسان وقتل ثالث في هجوم بعبوة ناسفة على نقطة تفتيش قرب مدينة الحويجة اليوم.",
     "Hawija", 1, 2),
    ("a-third-wounded-after-two-dead-is-one",
     "قتل شرطيان وأصيب ثالث بانفجار عبوة ناسفة استهدفت دورية قرب مدينة الحويجة اليوم.",
     "Hawija", 2, 1),
]


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_running_ordinals(text: str, place: str, killed: int | None, injured: int | None) -> None:
    ms = [m for m in run(text) if m.location is not None and place in m.location.name_en]
    assert [(m.fatalities, m.injured) for m in ms] == [(killed, injured)]
