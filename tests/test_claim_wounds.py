"""Wounded who died (claim_wounds): a bare count before 'بعد وفاة' and a wounded noun is the dead's risen toll.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


@pytest.mark.parametrize(("text", "want"), [
    ("قتل ثلاثة عناصر في غارة بطائرة مسيرة على سيارة قرب بلدة الحويجة مساء الأحد، ثم ارتفع العدد إلى أربعة بعد وفاة "
     "أحد الجريحين متأثرا بإصابته.", (4, None)),
    ("قتل ثلاثة عناصر في غارة بطائرة مسيرة على سيارة قرب بلدة الحويجة مساء الأحد. وكانت الحصيلة الأولية اثنين، قبل "
     "أن ترتفع صباح اليوم إلى ثلاثة بعد وفاة أحد المصابين.", (3, None)),
    ("قتل ثلاثة عناصر وأصيب أربعة آخرون في غارة بطائرة مسيرة على سيارة قرب بلدة الحويجة مساء الأحد.", (3, 4)),
], ids=["risen-to-a-bare-count", "first-count-then-risen", "plain-wounded-count"])
def test_session_41_a_count_before_a_wounded_death_is_of_the_dead(text: str, want: tuple[int | None, int | None]
                                                                   ) -> None:
    assert tolls_by_place(text, date(2024, 5, 9)).get("Al Hawijah") == want
