"""Frame announcements: a list's header, a campaign continued day after day or named by its phase, and an
operation's label are no incidents of their own (round 25a)."""

from __future__ import annotations

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons

HEADER = "a count of the operations told one by one after it"
LABEL = "an operation's label"
CONTINUED = "a campaign continued day after day"
PHASE = "'في اطار المرحله الثانيه من العمليات'"


def _places(text: str) -> list[tuple[str | None, str | None]]:
    """Each mention's place and attacker side."""
    return [(m.location.name_en if m.location else None, m.actor1.side if m.actor1 else None) for m in run(text)]


def test_a_list_header_is_dropped_and_its_items_keep_the_attacker() -> None:
    """'نفذت الفصائل الهجمات التالية:' then one item a line: the header counts them, the items take its attacker."""
    text = ("نفّذت فصائل المقاومة في قطاع غزة مساء اليوم الأربعاء الهجمات التالية:\n"
            "قصف موقع كيسوفيم العسكري بقذائف الهاون.\n"
            "استهداف دبابة ميركافا شرق مدينة خان يونس بقذيفة الياسين 105.")
    assert HEADER in reasons(text)
    assert ("Kissufim", "IRAN_ALIGNED") in _places(text)
    assert not any(p == "Gaza Strip" for p, _ in _places(text))


def test_a_round_up_header_places_no_incident_at_its_provinces() -> None:
    """'شهد الأسبوع ... في محافظتي X وY ...، وفيما يلي أبرزها:': the items are the incidents, not the provinces."""
    text = ("شهد الأسبوع الماضي سلسلة من الهجمات في محافظتي درعا والسويداء، تنوعت بين اغتيالات وتفجيرات بعبوات "
            "ناسفة، وفيما يلي أبرزها:\n"
            "مساء الاثنين، قتل مسلحون مجهولون عنصراً سابقاً في الفصائل بإطلاق النار عليه في بلدة طفس.\n"
            "فجر الثلاثاء، انفجرت عبوة ناسفة بسيارة عسكرية قرب مدينة نوى، ما أدى إلى إصابة جنديين.")
    assert sorted(p for p, _ in _places(text) if p) == ["Nawa", "Tafas"]


def test_a_campaign_continued_day_after_day_is_no_incident() -> None:
    """'واصلت الطائرات، لليوم الثالث على التوالي، شن غارات على قرى ...': the campaign, not one raid."""
    text = "واصلت الطائرات الحربية الروسية، لليوم الثالث على التوالي، شن غارات على قرى ريف إدلب الجنوبي وسط نزوح الأهالي."
    assert any(r.startswith(CONTINUED) for r in reasons(text))
    assert _places(text) == []


def test_the_day_counter_leaves_the_days_own_clash() -> None:
    """'اندلعت يوم أمس اشتباكات في X، وتواصلت المواجهات لليوم الثالث على التوالي': yesterday's clash stays."""
    text = ("اندلعت يوم أمس الأربعاء اشتباكات عنيفة بين قوات سوريا الديمقراطية ومسلحين من العشائر في بلدة ذيبان، "
            "وتواصلت المواجهات لليوم الثالث على التوالي.")
    assert [p for p, _ in _places(text)] == ["Dhiban"]


def test_a_phase_of_the_operations_is_no_incident() -> None:
    """'في إطار المرحلة الثانية من العمليات التي تشنها القوات': the campaign the news belongs to."""
    text = "وتأتي الغارة في إطار المرحلة الثانية من العمليات التي تشنها القوات الحكومية ضد حركة الشباب في إقليم هيران."
    assert any(r.startswith(PHASE) for r in reasons(text))


def test_a_label_over_a_denied_item_is_no_incident() -> None:
    """'العملية الثانية: إعلام العدو: لا تقارير عن سقوط أي صاروخ في X': the label tells nothing the item denies."""
    text = ("أعلنت المقاومة الإسلامية تنفيذ عمليتين اليوم ضد مواقع الاحتلال.\n"
            "🔸 العملية الأولى: استهداف ثكنة زرعيت بصاروخ موجه.\n"
            "🔸 العملية الثانية: إعلام العدو: لا تقارير عن سقوط أي صاروخ في مستوطنة المطلة.")
    assert any(r.startswith(LABEL) for r in reasons(text))
    assert not any(p == "Metula" for p, _ in _places(text))


def test_a_label_that_is_its_whole_item_stays_an_incident() -> None:
    """'▪ العملية رقم (58): قاعدة حريز الجوية في أربيل، بواسطة الطيران المسير': the label is the item's only word
    of an attack."""
    text = "▪ العملية رقم (58): قاعدة حريز الجوية في أربيل، بواسطة الطيران المسير."
    assert not any(r.startswith(LABEL) for r in reasons(text))
    assert [p for p, _ in _places(text)] == ["Erbil"]


RETRACTED = "an earlier report the article corrects"


def test_a_retracted_report_retold_with_its_own_verb_is_no_incident() -> None:
    """'ذكرنا في نسخة سابقة أن القذيفة أصابت مدرسة في X، والصحيح أن القذيفة سقطت في Y': only the corrected one
    (pa_025, tb_022, ya_025 and zb_019 show the correction notice that retells the incident)."""
    text = ("الموصل – خاص\n"
            "سقطت قذيفة هاون مساء الجمعة في أرض زراعية قرب بلدة تلكيف شمالي الموصل من دون أن تسفر عن إصابات.\n"
            "تنويه: ذكرنا في نسخة سابقة من هذا الخبر أن القذيفة أصابت مدرسة في بلدة بعشيقة. والصحيح وفق مصدر "
            "أمني أن القذيفة سقطت في أرض خالية.")
    assert any(RETRACTED in r for r in reasons(text))
    assert "Ba'shiqah" not in [p for p, _ in _places(text)]


def test_a_corrected_toll_keeps_the_report_it_corrects() -> None:
    """'ورد في خبر سابق أن القصف على X أسفر عن مقتل 4، والصحيح أن الحصيلة 6': the earlier report still tells the
    incident (often the only telling of it in a correction notice)."""
    text = ("تصحيح: ورد في خبر نشرناه أمس الأحد أن القصف المدفعي على سوق مدينة الأبيض أسفر عن مقتل 4 مواطنين، "
            "والصحيح وفق بيان وزارة الصحة أن الحصيلة بلغت 6 قتلى.")
    assert not any(RETRACTED in r for r in reasons(text))
    assert len(run(text)) == 1
