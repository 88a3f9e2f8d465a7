"""Round 33b (frame, from the ib_ study): a count of strikes since a part of the day is that day's cluster, not a
tally since a date; a commemoration of the days gone by since a death remembers it; the incident that is the latest
of a series is one incident, only the series is a class."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text

PUB = date(2024, 5, 16)  # a Thursday


@pytest.mark.parametrize("text", [
    "نفذت مقاتلات روسية منذ ساعات الصباح الأولى أكثر من 30 غارة على جبال في بادية السخنة.",
    "شنت طائرات حربية منذ الفجر 18 غارة جوية على كهوف قرب بلدة السخنة.",
    "نفذ الطيران الحربي منذ ساعات الظهر نحو 20 غارة على تلال في محيط بلدة السخنة.",
], ids=["morning-hours", "dawn", "noon-hours"])
def test_count_since_a_day_part_is_one_days_strikes(text: str) -> None:
    """'منذ (ساعات) الصباح/الفجر/الظهر' opens the day told, so the count is no aggregate since a date."""
    ms = extract_text(text, PUB)
    assert [m.sub_event_type for m in ms] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "نفذت مقاتلات روسية منذ مطلع الشهر الماضي أكثر من 300 غارة على جبال في بادية السخنة.",
    "شنت طائرات حربية منذ بداية العام 180 غارة جوية على كهوف قرب بلدة السخنة.",
], ids=["month", "year"])
def test_count_since_a_date_stays_an_aggregate(text: str) -> None:
    """A count since the start of a month or a year is still a running total."""
    assert extract_text(text, PUB) == []


@pytest.mark.parametrize("text", [
    "أحيا أهالي بلدة الخيام ذكرى مرور عام على استشهاد ثلاثة شبان سقطوا بغارة إسرائيلية على منزلهم.",
    "نظم الأهالي مسيرة في ذكرى مرور أربعين يوماً على ارتقاء شهداء القرية الذين قتلوا بقصف مدفعي على الساحة العامة.",
    "أقامت العائلة أربعينية الشهداء الذين سقطوا في الغارة على سيارتهم قرب بلدة الخيام.",
], ids=["year-gone", "forty-days", "fortieth"])
def test_commemoration_of_days_gone_by_remembers_a_past_death(text: str) -> None:
    """'ذكرى مرور N على <death>', 'أربعينية': the strike that killed the ones remembered is no news."""
    assert extract_text(text, PUB) == []


@pytest.mark.parametrize("text", [
    "تعرض مطار أربيل فجر اليوم لهجوم بطائرة مسيرة، هو الأحدث في سلسلة هجمات طالت مواقع في الإقليم منذ مطلع العام.",
    "استهدفت طائرة مسيرة فجر اليوم مطار أربيل، في هجوم هو الأحدث ضمن سلسلة هجمات على مواقع في الإقليم.",
], ids=["latest-in", "latest-among"])
def test_latest_of_a_series_is_one_incident(text: str) -> None:
    """The series after 'هو الأحدث في' qualifies the incident told before it and does not turn it into a class."""
    ms = extract_text(text, PUB)
    assert len(ms) == 1


def test_series_alone_stays_an_aggregate() -> None:
    """Without the elative the series noun still names a class of attacks."""
    assert extract_text("شهد الإقليم سلسلة هجمات بطائرات مسيرة منذ مطلع العام.", PUB) == []
