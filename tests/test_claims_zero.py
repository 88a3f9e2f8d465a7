"""No-casualty statements: a negated loss noun of the wounded only sets the wounded to 0, not the dead.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # 'من دون تسجيل جرحى' beside one martyr: one dead, no wounded (na_013); 'بسقوط شهيد' is one dead as 'سقوط شهيد' is
    ("أفاد مصدر طبي بسقوط شهيد في قصف مدفعي على بلدة كفرنبل جنوبي إدلب مساء اليوم، من دون تسجيل جرحى.",
     "Kafr Nabl", 1, 0),
    # no wounded and no figure of the dead: the dead are not said to be none
    ("سقطت قذيفة هاون على حي سكني في مدينة تعز صباح اليوم، ولم يسجل جرحى بحسب مصادر محلية.", "Ta'izz", None, 0),
])
def test_no_wounded_only(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """A negated 'wounded' (جرحى) is a zero of the injured field only."""
    m = f.mention_at(f.extract_text(text, date(2024, 3, 14)), place)
    assert (m.fatalities, m.injured) == (killed, injured)
