"""frame_running: a count of ten or more objects tied to the trigger 'since' a past month or date ('منذ تشرين
الثاني الماضي') or since the start of a party's operations is that span's running total, not one incident; a
single incident told as the first since that month, and a count since a recent morning, stay. Every sentence is
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons

PUB = date(2024, 6, 20)


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الجماعة في خطاب مساء الثلاثاء إن قواتها هاجمت أكثر من 90 سفينة تجارية في خليج عدن منذ "
    "كانون الأول الماضي.",
    "وأكد زعيم الجماعة في كلمة متلفزة أن قواته استهدفت نحو 130 سفينة مرتبطة بالعدو والولايات المتحدة وبريطانيا "
    "منذ بدء عملياتها البحرية في ديسمبر الماضي.",
], ids=["ships-since-a-month", "ships-since-its-operations"])
def test_a_count_since_a_past_month_is_a_running_total(text: str) -> None:
    """The ships counted since a named past month, or since the party's operations began, make no mention."""
    assert run(text, PUB) == [], [(m.sub_event_type, m.location and m.location.name_en) for m in run(text, PUB)]
    assert any("running total" in r or "aggregate" in r for r in reasons(text, PUB)), reasons(text, PUB)


@pytest.mark.parametrize("text", [
    "واستهدفت قوات الجماعة سفينة تجارية في خليج عدن مساء الأربعاء، في أول هجوم من نوعه منذ كانون الأول الماضي.",
    "وقصفت المدفعية الإسرائيلية بلدة الخيام بأكثر من 30 قذيفة منذ صباح اليوم الخميس، ما أدى إلى إصابة مواطنين.",
], ids=["one-ship-first-since-a-month", "shells-since-this-morning"])
def test_one_incident_beside_a_since_stays(text: str) -> None:
    """One ship hit (no count), and shells counted since this morning (a recent since), stay incidents."""
    assert run(text, PUB) != []
