"""Round 29b (frame gates, from the db_ study): a forecast of what may come, a purpose word that tells a unit's
standing duty, a superlative 'واحدا من اعنف X منذ اشهر, حين ...' that picks out one incident."""

from __future__ import annotations

import pytest

from tests.factories import rejection_reasons as reasons


def _forecast(text: str) -> bool:
    """Some trigger of the text was read as a forecast."""
    return any(r.startswith("a forecast") for r in reasons(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("ويتوقع محللون أن يقصف الجيش مواقع الجماعة في ريف المحافظة خلال الساعات المقبلة.", True),
    ("ومن المرجح أن يستأنف الطيران قصف مواقع المسلحين شمال المدينة في الأيام القادمة.", True),
    ("ويرجح سكان أن يكون القصف قد انطلق من تلال قريبة، فيما قتل جنديان في الهجوم.", False),
    ("قصفت المدفعية مواقع المسلحين شمال المدينة، وقال الجيش إنه سيواصل عملياته خلال الأيام المقبلة.", False),
], ids=["expect-hours", "likely-days", "forecast-without-period", "period-without-forecast"])
def test_forecast_of_what_may_come(text: str, expected: bool) -> None:
    """A trigger between a forecast word and a coming period in its clause is expected, not reported."""
    assert _forecast(text) is expected


@pytest.mark.parametrize(("text", "hypothetical"), [
    ("أعلنت قيادة العمليات أن القوات المكلفة بحماية الحدود تمكنت من إسقاط طائرة مسيرة قرب بلدة حدودية.", False),
    ("قالت وزارة الدفاع إن الوحدة المخصصة لحماية المطار أسقطت مسيرة مفخخة فجر الاثنين.", False),
    ("نشر الجيش قوات إضافية لحماية المنشآت من أي إسقاط محتمل للطائرات.", True),
], ids=["tasked-with", "assigned-to", "real-purpose"])
def test_standing_duty_is_no_aim(text: str, hypothetical: bool) -> None:
    """A purpose word right after 'المكلفة/المخصصة' describes the unit and does not make its verb an aim."""
    assert any(r.startswith("hypothetical") for r in reasons(text)) is hypothetical


@pytest.mark.parametrize(("text", "trends"), [
    ("شهدت المنطقة يوم السبت واحداً من أعنف الهجمات منذ أشهر، حين هاجم مسلحون نقطة للجيش قرب مدينة حدودية.", 1),
    ("عاشت البلدة أمس واحدة من أعنف الليالي منذ أسابيع، عندما قصفت المدفعية أحياءها الشرقية.", 0),
    ("وتعد هذه من أعنف الهجمات منذ أشهر، وقد هاجم مسلحون مواقع عدة في المنطقة.", 2),
], ids=["one-of-worst-hin", "one-of-worst-indama", "no-when-clause"])
def test_superlative_picks_one_incident(text: str, trends: int) -> None:
    """'واحدا من اعنف X منذ اشهر, حين ...': the 'حين' clause tells the one incident the superlative picked out
    (only the class noun 'الهجمات' stays a trend)."""
    assert sum(r.startswith("aggregate") for r in reasons(text)) == trends


@pytest.mark.parametrize(("text", "reason"), [
    ("انفجرت عبوة ناسفة بدورية للجيش قرب القرية. وفي أعقاب الهجوم، انتشرت القوات في الطرق المؤدية إليها.",
     "reference: 'وعلي اثر الهجوم"),
    ("قصفت المدفعية أطراف البلدة مساء الأحد. وعلى إثر القصف العنيف، نزح عشرات السكان نحو المدينة.",
     "reference: 'وعلي اثر الهجوم"),
    ("أطلقت قيادة الشرطة عملية تفتيش واسعة في أحياء المدينة بإسناد من الطيران.", "'اطلقت X عمليه تفتيش'"),
    ("أطلق الجيش عمليات تمشيط في البساتين المحيطة بالبلدة بمشاركة المروحيات.", "'اطلقت X عمليه تفتيش'"),
], ids=["in-the-wake-of-the-attack", "after-the-shelling", "search-launched", "sweeps-launched"])
def test_aftermath_and_launched_search(text: str, reason: str) -> None:
    """What followed an incident told before, and a search operation launched, are no new incidents."""
    assert any(r.startswith(reason) for r in reasons(text))


@pytest.mark.parametrize("text", [
    "قتل ثلاثة مدنيين إثر هجوم شنه مسلحون على سوق شعبية في البلدة، وفق مصادر محلية.",
    "وعقب الهجوم على الحاجز انسحب المسلحون نحو البساتين.",
    "أطلق مسلحون عدة قذائف هاون على مقر عمليات الجيش في المدينة.",
], ids=["indefinite-attack", "no-comma", "shells-launched"])
def test_new_incidents_stay(text: str) -> None:
    """An indefinite attack after 'اثر', a definite one not closed by a comma, shells launched: not rejected so."""
    assert not any(r.startswith(("reference: 'وعلي اثر", "'اطلقت X")) for r in reasons(text))
