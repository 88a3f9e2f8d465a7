"""A martyr named by a singular definite noun and a singular death verb is one dead.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

RAID = "اقتحمت قوات الاحتلال فجر اليوم بلدة قباطية جنوب جنين واندلعت مواجهات مع الشبان. "


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("وارتقى من صفوف الشبان الشهيد البطل محمد برصاص الاحتلال.", 1, None),  # the verb before the noun (ne_005)
    ("وتزف البلدة ابنها الشهيد البطل (م. ع.)، اللي ارتقى برصاص الاحتلال عند المدخل.", 1, None),  # relative (ne_015)
    ("ورحمة الله على شهيد البلدة اللي ارتقى برصاص الاحتلال.", 1, None),  # the indefinite construct (fa_016)
    ("وأصيب 3 شبان بالرصاص الحي، فيما ارتقى الشهيد محمد.", 1, 3),  # beside the wounded: not 0 dead
    ("وارتقى 3 شهداء بينهم الشهيد محمد.", 3, None),  # a count told: the named martyr is one of them
    ("واستشهد شابان برصاص الاحتلال. وارتقى الشهيد محمد عند المدخل.", 2, None),  # the toll told before holds him
])
def test_session_42_a_named_martyr_is_one_dead(text: str, killed: int | None, injured: int | None) -> None:
    """'وارتقى الشهيد محمد' counts one dead as 'وارتقى الشاب محمد' does."""
    m = f.mention_at(f.extract_text(RAID + text, date(2024, 3, 14)), "Qabatiya")
    assert (m.fatalities, m.injured) == (killed, injured)
