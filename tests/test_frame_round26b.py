"""Round 26b (frame gates, from the ab_ study): an aggregate word that qualifies one dated incident, a tribal armed
dispute, the victim's own death after a shooting, a ship's report of a blast near it, an opinion on a told strike."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons

LEAD = "قتل ثلاثة عناصر في غارة جوية استهدفت معسكراً قرب مدينة القائم فجر الأربعاء.\n"


def _aggregate(text: str) -> bool:
    """Some trigger of the text was read as a trend."""
    return any(r.startswith(("aggregate", "a kind of the attacks counted")) for r in reasons(text))


@pytest.mark.parametrize("text", [
    ("شهدت مدينة كركوك مساء الجمعة أعنف حوادث الشهر، عندما استهدفت عبوة ناسفة سيارة موظف في حي الواسطي، "
     "ما أدى إلى إصابته."),
    ("شهدت مدينة تكريت ظهر الثلاثاء أخطر حوادث الأسبوع، حين استهدفت عبوة ناسفة سيارة ضابط في حي "
     "القادسية."),
    ("ارتفع عدد الضحايا الذين سقطوا في القصف الذي استهدف سوقاً في مدينة إدلب، أمس الأربعاء، إلى تسعة قتلى."),
    ("ارتفع عدد القتلى المدنيين الذين استهدفتهم غارة جوية قرب بلدة سرمدا، مساء الثلاثاء، إلى سبعة قتلى."),
], ids=["superlative-indama", "superlative-hin", "toll-relative", "toll-relative-object"])
def test_an_aggregate_word_on_one_dated_incident_is_no_trend(text: str) -> None:
    """'أعنف حوادث الشهر، عندما ...' picks one incident; 'ارتفع عدد القتلى الذين ... أمس ... إلى تسعة' updates its toll."""
    assert not _aggregate(text)
    assert run(text)


@pytest.mark.parametrize("text", [
    "شهدت مدينة كركوك خلال الشهر الجاري أعنف الحوادث منذ سنوات، إذ تكررت الاعتداءات على المحال.",
    "ارتفع عدد القتلى الذين سقطوا في القصف على مدينة إدلب منذ بداية الشهر إلى تسعين قتيلاً.",
    "ارتفع عدد الضحايا الذين سقطوا في الغارات على ريف إدلب خلال الأسبوع الماضي إلى أربعين قتيلاً.",
], ids=["no-when-clause", "toll-since", "toll-no-day"])
def test_a_real_trend_stays_an_aggregate(text: str) -> None:
    """No 'حين' clause, a 'منذ' running total, a week's toll with no day: still a trend."""
    assert _aggregate(text)
    assert not run(text)


@pytest.mark.parametrize("text", [
    "وفي ميسان، اندلع نزاع عشائري مسلح مساء الثلاثاء في ناحية المشرح، وأسفر عن مقتل شخص وإصابة ثلاثة آخرين.",
    "نزاع عشائري بالأسلحة الخفيفة والمتوسطة في قضاء الشطرة بين عشيرتين على خلفية خلاف على الماء، والحصيلة قتيلان.",
], ids=["armed", "with-weapons"])
def test_a_tribal_armed_dispute_is_a_clash(text: str) -> None:
    """'نزاع عشائري مسلح', or a tribal dispute with the weapons used: an armed clash."""
    ms = run(text)
    assert [m.sub_event_type for m in ms] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "ورجح مصدر في الشرطة أن يكون الخلاف مرتبطاً بنزاع عشائري قديم في ناحية المشرح.",
    "وتعمل لجنة من الوجهاء على حل النزاع العشائري في ناحية المشرح منذ أشهر.",
], ids=["motive", "mediation"])
def test_a_tribal_dispute_without_arms_is_no_clash(text: str) -> None:
    """A dispute named as a motive or being mediated, no weapon used in its clause: no incident."""
    assert not run(text)


@pytest.mark.parametrize("text", [
    ("قال مصدر أمني إن مسلحين مجهولين أطلقوا النار مساء أمس على سائق سيارة أجرة أمام منزله في حي الزهراء "
     "بمدينة الموصل، ما أدى إلى مقتله على الفور."),
    "قالت الشرطة إن مجهولين أطلقوا النار صباح اليوم على تاجر في سوق مدينة كركوك فقتلوه ولاذوا بالفرار.",
], ids=["own-death-noun", "slain-verb"])
def test_a_shooting_that_kills_its_victim_needs_no_weapon_word(text: str) -> None:
    """'... ما أدى إلى مقتله', '... فقتلوه': the victim's death told with his pronoun makes the shooting an incident."""
    assert "weak trigger without a weapon" not in reasons(text)


def test_a_ship_reporting_a_blast_near_it_is_an_incident() -> None:
    """'أن سفينة شحن أبلغت عن انفجار على مسافة منها': the suffixed report verb before 'عن' tells the news itself."""
    text = ("أعلنت الهيئة البحرية، صباح اليوم، أن سفينة شحن أبلغت عن انفجار على مسافة منها، على بعد 40 ميلاً "
            "بحرياً غرب الحديدة.")
    assert not any(r.startswith("statement") for r in reasons(text))
    assert len(run(text)) == 1


@pytest.mark.parametrize(("text", "opinion"), [
    (LEAD + "ويرى الخبير الأمني سعد الربيعي أن الضربة التي طالت المعسكر رسالة واضحة.", True),
    (LEAD + "وترى الفصائل أن الغارة على المعسكر تصعيد خطير.", True),
    (LEAD + "ويرى سكان القائم، بحسب ما نقل مراسلنا، أن الغارة وقعت بعد منتصف الليل.", False),
], ids=["expert", "party", "comma-between"])
def test_an_opinion_on_a_strike_is_no_new_incident(text: str, opinion: bool) -> None:
    """'يرى X أن الضربة ...' is about the strike told before; a comma between the verb and 'أن' is not the construction."""
    assert any("an opinion" in r for r in reasons(text)) is opinion
    assert len(run(text)) == 1
