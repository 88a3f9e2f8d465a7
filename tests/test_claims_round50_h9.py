"""Round 50 (h9, casualty figures): tolls the claim readers missed or took from the wrong telling.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 5, 9)  # a Thursday

# (id, text, place, fatalities, injured) -- 'الحصيله الاولي كانت ...' names the first toll, which the risen one replaced
# (oo_018; the phrase also in ib_012 and nh_008)
FIRST_TOLL = [
    ("first-toll-in-brackets",
     "ارتفاع حصيلة القصف على بلدة الخيام: أعلنت وزارة الصحة أن الغارة التي استهدفت منزلاً في البلدة ظهر أمس "
     "أدت إلى سقوط أربعة شهداء. (الحصيلة الأولى كانت ثلاثة شهداء)",
     "El Khiyam", 4, None),
]


@pytest.mark.parametrize(("text", "place", "killed", "hurt"), [c[1:] for c in FIRST_TOLL],
                         ids=[c[0] for c in FIRST_TOLL])
def test_first_toll_gives_way(text: str, place: str, killed: int | None, hurt: int | None) -> None:
    """A figure told as 'the first toll' is the earlier count: the later one stands."""
    assert f.tolls_by_place(text, PUB)[place] == (killed, hurt)
