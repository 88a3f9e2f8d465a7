"""Round 30a (frame gates, from the da_ study): the spoken definite 'الرمايه' is the shooting, not a drill; the
inverted toll update 'ارتفعت الي N حصيله ...' tells one incident; a defusing noun with the device's pronoun; the
days that followed an incident are a campaign."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import rejection_reasons as reasons

PUB = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("text", "drill"), [
    ("اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين قرب مدخل المدينة مساء الثلاثاء، واستمرت الرماية قرابة ساعتين.", False),
    ("قال أحد السكان إن الاشتباكات بدأت بعد المغرب والرماية ما وقفت لين الصبح في الحي الغربي.", False),
    ("نفذت وحدات الجيش اشتباكاً افتراضياً ضمن تمرين في ميدان الرماية جنوب المدينة صباح الثلاثاء.", True),
    ("شهد المعسكر اشتباكات وهمية ورمايات بالذخيرة الحية على أهداف مفترضة يوم الثلاثاء.", True),
], ids=["spoken-shooting-went-on", "witness-shooting", "range-in-drill", "plural-firings"])
def test_spoken_shooting_is_no_drill(text: str, drill: bool) -> None:
    """The definite 'الرمايه' alone in its clause is the firing of the clash; with another drill word, a drill."""
    assert any(r.startswith("exercise") for r in reasons(text, PUB)) is drill


@pytest.mark.parametrize(("text", "trend"), [
    ("ارتفعت إلى سبعة حصيلة القتلى من الرعاة الذين استهدفهم مسلحون مجهولون مساء الثلاثاء في البادية.", False),
    ("ارتفع إلى خمسة عدد القتلى المدنيين الذين سقطوا في القصف الذي استهدف السوق صباح أمس.", False),
    ("ارتفعت إلى أكثر من ثلاثمئة حصيلة القتلى الذين سقطوا في الغارات التي استهدفت المحافظة منذ بدء الحرب.", True),
    ("ارتفعت إلى عشرين حصيلة القتلى الذين سقطوا في الهجمات على القرى في عام 2019.", True),
], ids=["toll-of-tuesday", "count-of-yesterday", "war-total-since", "toll-of-a-past-year"])
def test_inverted_toll_update(text: str, trend: bool) -> None:
    """'ارتفعت الي N حصيله القتلي الذين ...' of a recent day is one incident's newer toll; a war's total stays a trend."""
    assert any(r.startswith("aggregate or trend") for r in reasons(text, PUB)) is trend


@pytest.mark.parametrize(("text", "weak"), [
    ("عثرت مفرزة هندسية على عبوتين ناسفتين على طريق زراعي قرب القرية صباح الأربعاء، وتم تفكيكهما دون أضرار.", False),
    ("اكتشفت دورية للشرطة عبوة ناسفة مزروعة قرب جسر البلدة، وتمكنت من إبطالها مساء الثلاثاء.", False),
    ("عثرت القوات على مستودع يضم أجهزة اتصال ومعدات، وتم تفكيكها ونقلها إلى مقر القيادة.", True),
], ids=["found-and-defused-pair", "found-and-neutralised", "equipment-dismantled"])
def test_defused_device_pronoun(text: str, weak: bool) -> None:
    """A defusing noun whose pronoun is a device named before it reports the device disrupted; other gear does not."""
    assert any(r.startswith("weak trigger") for r in reasons(text, PUB)) is weak


@pytest.mark.parametrize(("text", "campaign"), [
    ("وخلال الأيام التي تلت الهجوم، نفذت القوات الأمنية مداهمات في عدة قرى واعتقلت عشرات الشبان.", True),
    ("وفي الأسابيع التي أعقبت التفجير شنت الطائرات غارات على مواقع المسلحين في الجبال.", True),
    ("نفذت القوات الأمنية مداهمات في قريتين شرق المدينة فجر الأربعاء واعتقلت خمسة شبان.", False),
], ids=["days-that-followed", "weeks-after", "one-dawn-raid"])
def test_days_that_followed_are_a_campaign(text: str, campaign: bool) -> None:
    """'خلال الايام التي تلت X' spans several days: the raids and strikes it governs are no single incident."""
    assert any("التي تلت" in r or "التي اعقبت" in r for r in reasons(text, PUB)) is campaign
