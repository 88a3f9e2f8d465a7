"""Round 35a (casualty figures): a headline retelling one side's dead beside the body's toll of both sides.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Mention
from tests import factories as f

PUB = date(2024, 5, 9)  # a Thursday


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


at = f.mention_at


# (id, text, place, fatalities) -- cause seen in ob_010 and rb_004 (dev gold sums both sides of a repelled attack)
RETOLD = [
    # the headline's martyrs, then the attackers' dead coordinated after them: the martyrs are not the attackers
    ("headline-martyrs-and-attackers",
     "ارتقاء ثلاثة شهداء ومقتل خمسة إرهابيين بهجوم على نقطة للجيش قرب مدينة الحويجة\n"
     "ارتقى ثلاثة من أبطال الجيش فجر اليوم خلال التصدي لهجوم شنته مجموعة إرهابية على نقطة قرب مدينة الحويجة. "
     "وقال مصدر عسكري إن عناصر النقطة اشتبكوا مع الإرهابيين لساعة، ما أسفر عن مقتل خمسة منهم.",
     "Hawija", 8),
    # a figure equal to both addends may be the same dead told by each side: no sum is forced
    ("same-dead-told-by-each-side",
     "شهيدان في اشتباك قرب مدينة الحويجة\n"
     "استشهد مقاتلان اثنان من أبطال الفصيل فجر اليوم خلال اشتباك مع قوة قرب مدينة الحويجة. "
     "في المقابل، قال الجيش إن قواته قضت على مسلحين اثنين في المكان.",
     "Hawija", 2),
]


@pytest.mark.parametrize(("text", "place", "killed"), [c[1:] for c in RETOLD], ids=[c[0] for c in RETOLD])
def test_headline_retelling_one_side_is_no_lower_toll(text: str, place: str, killed: int) -> None:
    """'ارتقاء ثلاثه شهداء' in a headline retells the forces' three of the body's 3 + 5: the toll is 8."""
    m = at(run(text), place)
    assert m.fatalities == killed
