"""Round 28a (frame gates, from the ba_ study): a spokesman's title does not hide what his statement talks about, an
expert's opinion is about the incident told before, 'نمط' names a trend, a negation covers each item of its 'أي' list,
and a round-up lead's list of kinds is no incident."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons

LEAD = ("قُتل ثلاثة عناصر من فصيل مسلح، مساء أمس الأربعاء، بغارة نفذتها طائرة مسيّرة على سيارتهم قرب مدينة "
        "القائم غربي الأنبار.\n")


def _places(text: str) -> list[str | None]:
    """Each mention's place."""
    return [m.location.name_en if m.location else None for m in run(text)]


@pytest.mark.parametrize(("said", "why"), [
    ("ووصف المتحدث الرسمي باسم وزارة الدفاع العراقية الغارة بأنها «عدوان مرفوض».", "statement: 'وصف"),
    ("وانتقدت المتحدثة باسم الخارجية الروسية الضربة في مؤتمرها الصحافي.", "statement: 'انتقد"),
    ("وفي بغداد، وصف الناطق باسم قيادة العمليات المشتركة الهجوم بأنه «خرق خطير».", "statement: 'وصف"),
], ids=["spokesman-describes", "spokeswoman-criticises", "place-then-speaker"])
def test_a_spokesman_title_does_not_hide_the_statement_object(said: str, why: str) -> None:
    """'وصف الناطق باسم X الضربة': the title and its 'باسم' do not count in the verb's window to its object."""
    text = LEAD + said
    assert any(r.startswith(why) for r in reasons(text)), reasons(text)
    assert len(run(text)) == 1, _places(text)


def test_what_the_statement_calls_the_incident_is_no_incident() -> None:
    """'… الضربة بأنها «اعتداء سافر»': the statement's description of its object is no second attack."""
    text = LEAD + "وفي بغداد، وصف المتحدث باسم القيادة العامة للقوات المسلحة الغارة بأنها «اعتداء سافر»."
    assert any(r.startswith("statement: what") for r in reasons(text)), reasons(text)
    assert len(run(text)) == 1, _places(text)


@pytest.mark.parametrize("said", [
    "ويقول المحلل العسكري اللواء المتقاعد سمير الخالدي لـ«الشرق» إن «الغارة الأخيرة تكشف تغيراً في قواعد "
    "الاشتباك جنوب الموصل»",
    "ويرى الباحث في الشؤون الأمنية علي الحسن، في حديث لـ«النهار»، أن الضربة «رسالة إلى الفصائل في البصرة»",
    "وقال مراقبون إن القصف يعكس تصعيداً في جنوب كركوك",
], ids=["analyst-quote", "researcher-interview", "observers"])
def test_an_expert_opinion_is_about_the_incident_told_before(said: str) -> None:
    """'يقول الخبير X لـY إن «الضربة …»': the incident the expert comments on, not a new one at the places he names."""
    text = LEAD + said + "."
    assert any(r.startswith("reference: an expert") for r in reasons(text)), reasons(text)
    assert len(run(text)) == 1, _places(text)


def test_an_expert_telling_a_fresh_incident_keeps_it() -> None:
    """An expert's quote that tells a day and a toll of its own after the trigger reports an incident."""
    text = LEAD + ("وقال الخبير الأمني أحمد الكبيسي إن غارة ثانية استهدفت فجر اليوم الخميس موقعاً قرب بلدة "
                   "عكاشات وأسفرت عن مقتل مسلحين اثنين.")
    assert not any(r.startswith("reference: an expert") for r in reasons(text)), reasons(text)


@pytest.mark.parametrize("text", [
    "ويعكس ذلك عودة نمط الهجمات بالعبوات الناسفة على الطرق الريفية.",
    "وحذر ناشطون من أن استمرار هذا النمط من القصف قد يدفع السكان إلى النزوح.",
], ids=["return-of-pattern", "this-pattern"])
def test_a_pattern_names_a_trend(text: str) -> None:
    """'نمط الاستهدافات': a pattern of attacks is a trend, not one incident."""
    assert any("('نمط')" in r or "('النمط')" in r for r in reasons(text)), reasons(text)
    assert not run(text)


@pytest.mark.parametrize("text", [
    ("انتشرت وحدات من الجيش في محيط مطار مصراتة مساء أمس الأربعاء، دون أن تُسجّل أي اشتباكات أو إطلاق نار "
     "حتى الآن."),
    "حلّقت طائرة استطلاع فوق بلدة مارون الراس طوال النهار، من دون أن تسجل أي غارة أو قصف.",
], ids=["clash-or-fire", "raid-or-shelling"])
def test_a_negation_covers_each_item_of_its_any_list(text: str) -> None:
    """'دون أن تُسجّل أي A أو B': 'أي' puts B under the negation as well as A."""
    assert not run(text), (_places(text), reasons(text))


def test_a_negated_claim_does_not_negate_the_blast() -> None:
    """'لم تتبن أي جهة عملية الاغتيال أو التفجير': the negation is of the claim, the word after 'أي' is no attack."""
    text = ("انفجرت عبوة ناسفة بسيارة مسؤول محلي في بلدة الخالص مساء أمس الأربعاء، ما أدى إلى إصابته بجروح. "
            "ولم تتبن أي جهة عملية الاغتيال أو التفجير.")
    assert not any(r.startswith("negated") and "التفجير" in r for r in reasons(text))
    assert sum(1 for r in reasons(text) if r.startswith("negated")) <= 1, reasons(text)


@pytest.mark.parametrize("text", [
    ("شهد الأسبوع الماضي سلسلة من الحوادث الأمنية في محافظة ديالى، تنوعت بين تفجير عبوات ناسفة واغتيالات وقصف "
     "بقذائف الهاون على قرى في قضاء المقدادية، في وقت تواصل فيه القوات عمليات التفتيش."),
    ("شهد الشهر الجاري تصاعداً في الحوادث الأمنية، تراوحت بين ضربات جوية على مواقع في جبل مكحول وهجوم لمسلحين على نقطة "
     "للجيش قرب بيجي."),
], ids=["varied-between", "ranged-between"])
def test_a_round_up_lead_lists_kinds_not_incidents(text: str) -> None:
    """'شهد الأسبوع … تنوعت/تراوحت بين A وB': the kinds of the period's incidents, itemised after the lead."""
    assert any(r.startswith("a round-up") for r in reasons(text)), reasons(text)
    assert not run(text), _places(text)


def test_a_range_of_numbers_is_no_round_up() -> None:
    """'مجموعة تتراوح بين أربعة وستة عناصر': a range of men, the clash after it is an incident."""
    text = ("تصدت قوات الجيش فجر اليوم الخميس لمجموعة مسلحة تتراوح بين أربعة وستة عناصر قرب قضاء المقدادية، ودار "
            "اشتباك أسفر عن مقتل جندي.")
    assert not any(r.startswith("a round-up") for r in reasons(text)), reasons(text)
    assert run(text)
