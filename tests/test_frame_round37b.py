"""Round 37b (frames, from the census of summaries on half A): a count of ten or more targets, ships or victims tied
to the trigger across the span of time it is summed over ('اغار خلال الساعات الـ24 الماضية على نحو 150 هدفاً',
'استهدفوا منذ نحو ثمانية أشهر أكثر من 170 سفينة') is a running total, not one incident; a count of the strikes
themselves over a day ('نفذ 14 غارة خلال الساعات الـ24 الماضية على X') stays one place's incident."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


@pytest.mark.parametrize("text", [
    "وقال المتحدث العسكري إن الطائرات قصفت خلال الأيام السبعة الماضية أكثر من 60 موقعاً للمسلحين في ريف حماة.",
    "وزعم الجيش أن سلاح الجو أغار خلال الساعات الأربع والعشرين الماضية على نحو 200 هدف في البقاع.",
    "وتقول الجماعة إنها هاجمت منذ نحو خمسة أشهر أكثر من 90 سفينة تجارية في خليج عدن.",
    "وذكرت الهيئة أن المستوطنين أحرقوا منذ مطلع العام أكثر من 300 دونم من الأراضي الزراعية في قرى نابلس.",
], ids=["targets-over-a-week", "targets-over-24-hours", "ships-since-months", "land-since-the-year"])
def test_a_count_over_a_span_is_a_running_total(text: str) -> None:
    """The count of objects summed over the span makes no mention."""
    assert run(text) == [], [(m.sub_event_type, m.location and m.location.name_en) for m in run(text)]
    assert any("running total" in r or "aggregate" in r for r in reasons(text)), reasons(text)


@pytest.mark.parametrize("text", [
    "وأعلن التحالف أنه نفذ 12 غارة خلال الساعات الـ24 الماضية استهدفت مواقع للمسلحين في مديرية صرواح.",
    "وقصفت المدفعية بلدة كفرنبل صباح اليوم الخميس بأكثر من 20 قذيفة، ما أدى إلى إصابة ثلاثة مدنيين.",
    "وأغار الطيران الإسرائيلي خلال الساعات الماضية على بلدة عيترون جنوبي لبنان، ما أدى إلى إصابة 12 مواطناً.",
], ids=["strikes-counted-in-one-district", "shells-on-one-town", "a-toll-after-a-span"])
def test_one_place_strikes_stay_an_incident(text: str) -> None:
    """A day's strikes counted on one place, or a toll told after a span, stay an incident."""
    assert len(run(text)) >= 1, reasons(text)
    assert not any("running total" in r for r in reasons(text)), reasons(text)
