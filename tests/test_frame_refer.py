"""Frame references: demonstratives, numbered operations, and a cause clause's time."""

from __future__ import annotations

from datetime import date

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


def test_a_demonstrative_points_back_to_the_incident_told() -> None:
    """'إن هذا القصف انتهاك صارخ': talk about the strike told before, no new incident (and no place of its own)."""
    text = ("قصفت طائرات حربية بلدة سرمين بريف إدلب صباح اليوم، ما أدى إلى مقتل طفلين.\n"
            "وقال محافظ حلب إن هذا القصف انتهاك صارخ لاتفاق التهدئة في مدينة حلب.")
    assert any(r.startswith("reference: 'هذا/هذه'") for r in reasons(text))
    assert [(m.location.name_en, m.fatalities) for m in run(text) if m.location] == [("Sarmin", 2)]


def test_a_demonstrative_with_a_new_toll_still_frames() -> None:
    """'ليرتفع عدد ضحايا تلك الغارة إلى 5': the sentence updates a toll, so its frame stays."""
    text = ("قصفت طائرات حربية بلدة سرمين بريف إدلب صباح اليوم، ما أدى إلى مقتل طفلين.\n"
            "وعثرت فرق الإنقاذ على ثلاث جثث أخرى في بلدة سرمين، ليرتفع عدد ضحايا تلك الغارة إلى 5.")
    assert not any(r.startswith("reference: 'هذا/هذه'") for r in reasons(text))


def test_numbered_operations_are_distinct_incidents() -> None:
    """'وفي العملية الأولى ... أما العملية الثانية ...': two operations of a series, even at one site."""
    ms = run("نفذت المقاومة ثلاث عمليات اليوم ضد مواقع الاحتلال.\n"
             "وفي العملية الأولى، استهدف المقاتلون موقع المالكية بالصواريخ.\n"
             "أما العملية الثانية، فقد قصف المقاتلون موقع المالكية بقذائف المدفعية.")
    assert [m.location.name_en for m in ms if m.location] == ["Al Malikiyah", "Al Malikiyah"]


def test_the_cause_clause_time_does_not_date_the_answer() -> None:
    """'استهدفوا موقع X ...، رداً على الاعتداء على بلدة Y ليل أمس': last night is the cause's, the answer is today's."""
    ms = run("بيروت - أعلنت المقاومة الإسلامية، اليوم الخميس، تنفيذ عمليات ضد مواقع الاحتلال على الحدود.\n"
             "وقالت في بيان إن مجاهديها استهدفوا موقع المالكية بصواريخ الكاتيوشا عند الساعة العاشرة صباحاً، "
             "رداً على الاعتداء على بلدة عيتا الشعب ليل أمس.")
    assert [(m.location.name_en, m.event_date) for m in ms if m.location] == [("Al Malikiyah", date(2024, 3, 14))]


def test_a_story_going_on_about_a_long_past_incident_is_background() -> None:
    """An undated frame that continues a sentence dated decades ago tells that old incident, not news."""
    text = ("أحيا سكان بلدة قانا الذكرى السنوية للمجزرة التي وقعت في 18 نيسان 1996.\n"
            "وقال أحد الناجين إن القصف الإسرائيلي استهدف مقر الأمم المتحدة في البلدة حيث لجأ المدنيون.")
    assert run(text) == []
    assert any(r.startswith("background") for r in reasons(text))


def test_a_named_campaign_is_no_clash_of_its_own() -> None:
    """'العملية رقم 9 ضمن معركة وعد الآخرة: فجّر مجاهدونا عبوة' (round 17a: qa_017; named campaigns in 10 dev docs
    of 9 sets): the battle's name is the campaign, so the claim keeps the device's type and joins the account told
    just before."""
    text = ("انفجرت عبوة ناسفة بدورية للجيش عند مدخل بلدة قباطية صباح اليوم. وقالت كتيبة قباطية في بيان: "
            "\"العملية رقم 9 ضمن معركة وعد الآخرة: تمكن مجاهدونا من تفجير عبوة شديدة الانفجار بدورية للعدو\".")
    assert any(r.startswith("'ضمن معركه X'") for r in reasons(text)), reasons(text)
    assert [m.sub_event_type for m in run(text)] == ["Remote explosive/landmine/IED"]


def test_about_the_attack_that_is_the_leads_own_telling() -> None:
    """Round 19a (sa_005, qa_003; 'تضاربت الروايات بشأن X الذي/التي ...'): 'بشأن' before an attack whose relative
    clause tells it is the first telling when no body sentence told one before; after one it still refers back."""
    first = ("تباينت الأرقام التي نشرتها الجهات الرسمية بشأن الهجوم الذي استهدف حاجزاً للجيش قرب بلدة تلكلخ بريف "
             "حمص الغربي فجر أمس، إذ قالت وزارة الدفاع إن جنديين قتلا.")
    assert not any(r.startswith("reference:") for r in reasons(first))
    later = ("قتل جنديان بهجوم استهدف حاجزاً للجيش قرب بلدة تلكلخ بريف حمص الغربي فجر أمس. وبشأن الهجوم الذي تعرض "
             "له الحاجز، قال مصدر إن المهاجمين فروا.")
    assert any(r.startswith("reference: 'وبشان'") for r in reasons(later))


def test_serial_numbered_operations_are_distinct_incidents() -> None:
    """Round 19a (sa_002; 'العملية رقم (N)' in 12 dev docs of 11 sets): two operations a claim series numbers apart
    are two incidents, even at one site; a word ordinal and a serial may number the same one."""
    ms = run("العملية رقم (34): قصف مجاهدونا مستوطنة المطلة بصلية صاروخية مساء اليوم الأربعاء.\n"
             "العملية رقم (35): استهدف مجاهدونا مستوطنة المطلة بقذائف المدفعية مساء اليوم الأربعاء.")
    assert [m.weapons for m in ms] == [("rocket",), ("artillery",)]
    ms = run("وفي العملية الثانية، قصف المقاتلون مستوطنة المطلة بصلية صاروخية مساء الأربعاء.\nوجاء في نص البيان: "
             "\"العملية رقم (35): استهدف مجاهدونا مستوطنة المطلة بالصواريخ مساء اليوم الأربعاء\".")
    assert len(ms) == 1


def test_a_similar_device_is_a_second_incident_but_similar_attacks_a_trend() -> None:
    """'بعبوة مماثلة' after one device is one more device with its own place; plural 'هجمات مماثلة' stays a trend."""
    ms = run("أصيب جنديان بانفجار عبوة ناسفة بدورية للجيش قرب بلدة الشرقاط صباح اليوم، فيما استهدفت دورية ثانية "
             "بعد الظهر بعبوة مماثلة قرب ناحية القيارة.")
    assert sorted((m.location.name_en if m.location else "", m.weapons) for m in ms) == [
        ("Al Qayyarah", ("ied",)), ("Ash Sharqat", ("ied",))]
    assert any(r.startswith("aggregate") for r in reasons(
        "وقال مسؤول محلي إن المقرات الحكومية في مدينة الموصل تعرضت لهجمات مماثلة بالصواريخ."))


def test_a_bare_device_as_the_subject_of_exploded() -> None:
    """'عبوة زرعها مجهولون ... انفجرت' is an IED even without 'ناسفة'; the definite 'العبوة انفجرت' after a
    device already told is that device again, not a second incident."""
    ms = run("وقال مصدر أمني إن عبوة زرعها مجهولون على جانب الطريق انفجرت بسيارة مدنية قرب بلدة الشرقاط، ما أدى "
             "إلى إصابة شخصين.")
    assert [(m.location.name_en if m.location else "", m.weapons) for m in ms] == [("Ash Sharqat", ("ied",))]
    ms = run("انفجرت عبوة ناسفة بعربة للجيش قرب بلدة الشرقاط صباح اليوم.\nوقال ضابط في الشرطة إن العبوة انفجرت "
             "أثناء مرور العربة على الطريق الترابي قرب قرية الحود.")
    assert [m.location.name_en if m.location else "" for m in ms] == ["Ash Sharqat"]


def test_every_other_day_is_a_habit() -> None:
    """'كل يومين في قذيفة' in a resident's words tells what keeps happening, no incident."""
    text = "وقال أحد سكان بلدة القورية: \"صرنا ننام بالملاجئ، كل يومين في قذيفة على البيوت\"."
    assert run(text) == []
    assert any(r.startswith("aggregate") for r in reasons(text))
