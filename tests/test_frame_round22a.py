"""Frame 22a: a dated incident that joins a series 'منذ مطلع الشهر' is still one incident, and the air defence of
the side attacked, engaging 'hostile projectiles', is part of the strike told at its place that day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons


@pytest.mark.parametrize("text", [
    # the incident's own day, then the series it adds to (va_004; rb_013 and tb_014 also carry such a clause)
    "قتل ضابطان في الجيش، مساء أمس الأربعاء، بانفجار عبوة ناسفة استهدفت سيارتهما قرب مدينة بيجي، في هجوم جديد "
    "على القوات الأمنية منذ مطلع الشهر الجاري.",
    "أغارت طائرة مسيرة فجر اليوم الخميس على سيارة في مدينة بنت جبيل، ما أدى إلى مقتل شخصين، في تصعيد جديد "
    "تشهده المنطقة منذ بداية الشهر.",
])
def test_a_dated_incident_in_a_series_since_a_date_is_kept(text: str) -> None:
    """'في هجوم جديد ... منذ مطلع الشهر': the series the incident joins, not a period instead of it."""
    ms = run(text, published=date(2024, 3, 21))
    assert len(ms) == 1 and ms[0].event_date is not None, rejection_reasons(text, date(2024, 3, 21))


def test_a_period_without_a_day_of_its_own_is_still_a_period() -> None:
    """'قصفت ... منذ مطلع الشهر' with no day for the shelling: a campaign, no incident."""
    text = "وقصفت المدفعية التركية قرى ريف تل تمر منذ مطلع الشهر الجاري، ما أدى إلى نزوح عشرات العائلات."
    assert run(text, published=date(2024, 3, 21)) == []


@pytest.mark.parametrize("text, place", [
    # 'تصدت الدفاعات لأهداف/مقذوفات معادية' beside the strike (va_013, tb_014, qa_024, ex_010, tb_002: 5 sets)
    ("شنت طائرات حربية إسرائيلية غارات فجر اليوم على مواقع عسكرية قرب مدينة تدمر، ما أدى إلى مقتل ثلاثة جنود.\n"
     "وقال مصدر عسكري إن الهجوم على محيط مدينة تدمر أسفر عن أضرار مادية، مؤكداً أن وسائط الدفاع الجوي تصدت "
     "لعدد من الأهداف المعادية في سماء مدينة تدمر.", "Palmyra"),
    ("قتل عنصران من الحرس في غارة جوية إسرائيلية استهدفت موقعاً عسكرياً في مدينة تبريز مساء أمس.\n"
     "وذكر مسؤول محلي أن الدفاعات الجوية في تبريز تصدت ليلاً لعدد من المقذوفات المعادية.", "Tabriz"),
])
def test_the_air_defence_at_the_strike_is_part_of_it(text: str, place: str) -> None:
    """The defence engaging unnamed hostile projectiles at the strike's place that day: one incident, the strike."""
    ms = run(text)
    assert [(m.location.name_en, m.sub_event_type) for m in ms] == [(place, "Air/drone strike")], [
        (m.location.name_en, m.sub_event_type, m.weapons) for m in ms]
    assert "anti_aircraft" not in ms[0].weapons


def test_a_drone_downed_beside_a_missile_attack_stays_apart() -> None:
    """A drone shot down by the other side is an interception of its own, even at the attack's place and day."""
    ms = run("أطلق الحوثيون صاروخاً على سفينة تجارية قرب جزيرة زقر مساء أمس، ما أدى إلى اندلاع حريق محدود فيها.\n"
             "وأعلنت القيادة المركزية الأمريكية أن قواتها أسقطت مساء أمس طائرتين مسيرتين أطلقهما الحوثيون قرب "
             "جزيرة زقر.")
    assert sorted(m.sub_event_type for m in ms) == ["Disrupted weapons use", "Shelling/artillery/missile attack"]
