"""A week's tally: several acts told only by last week at a province are no incident; one act of last week stays.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 6, 12)  # a Wednesday
LEAD = "قصفت طائرات حربية أمريكية، فجر اليوم الأربعاء، مواقع في مديرية الحوك جنوبي مدينة الحديدة. "
TALLIES = [
    "وكانت الطائرات العراقية قد نفذت الأسبوع الماضي ضربات على مخابئ للتنظيم في صحراء محافظة الأنبار.",
    "وكان الجيش قد أعلن الأسبوع الماضي أن دفاعاته أسقطت عدداً من المسيرات فوق محافظة الأنبار.",
    "وكانت الوزارة قد أعلنت الأسبوع الماضي \"تحييد\" 9 مسلحين في محافظة الأنبار.",
]


@pytest.mark.parametrize("tally", TALLIES, ids=["plural", "a-number-of", "counted"])
def test_several_acts_of_last_week_at_a_province_are_no_incident(tally: str) -> None:
    """Strikes, downings or a count of those killed over last week in a province sum a week: only the lead stays."""
    kept = f.place_names(LEAD + tally, PUB)
    assert len(kept) == 1 and "Anbar" not in kept[0]


def test_one_act_of_last_week_at_a_province_stays() -> None:
    """'الضربة التي قتلت الأسبوع الماضي قيادياً': one act, told by its week, is still an incident."""
    text = LEAD + "وجاء ذلك بعد الضربة التي قتلت الأسبوع الماضي قيادياً في التنظيم في محافظة الأنبار."
    assert len(f.place_names(text, PUB)) == 2
