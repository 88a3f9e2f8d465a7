"""Frame 21a: a fronted place opens a new item, repeated or guided words are no trend, most of a salvo is one
incident, the wire's dateline dates no incident, and 'لوحدات' is no threat."""

from __future__ import annotations

from datetime import date

from tests.factories import extract_text as run
from tests.factories import mention_at, rejection_reasons


def test_a_fronted_place_keeps_its_own_toll() -> None:
    """'وفي منطقة X، استهدفت مسيرة ...' with an unknown X is one more item of the day's list: its dead are not the
    dead of the strike told before it."""
    ms = run("قصفت مدفعية الاحتلال صباح اليوم منزلاً في بلدة بيت لاهيا، ما أدى إلى مقتل ثلاثة مواطنين.\n"
             "وفي منطقة أبو زقزوق، استهدفت طائرة مسيرة دراجة نارية، ما أدى إلى مقتل شابين.")
    assert mention_at(ms, "Beit Lahia").fatalities == 3


def test_repeated_attacks_without_the_article_are_a_class() -> None:
    """'لضربات تركية متكررة': strikes that keep coming, not one incident (also with no article and a nisba)."""
    assert run("ويتعرض مخيم مخمور لضربات تركية متكررة، إذ تتهمه أنقرة بإيواء مسلحين.") == []
    assert any("repeated" in r for r in rejection_reasons("وتشهد قرى الريف الغربي لقصف روسي متكرر."))


def test_most_of_the_shells_of_one_shelling_are_part_of_it() -> None:
    """'سقطت معظم قذائفه على السوق': most shells of one shelling, not a tally ('معظم الهجمات')."""
    ms = run("تعرض مخيم أبو شوك في الفاشر مساء أمس لقصف مدفعي عنيف، سقطت معظم قذائفه على السوق، "
             "ما أدى إلى مقتل خمسة مدنيين.")
    assert [(m.sub_event_type, m.fatalities) for m in ms] == [("Shelling/artillery/missile attack", 5)]
    reasons = rejection_reasons("قالت الدفاعات الجوية إنها اعترضت معظم الصواريخ التي أطلقت نحو المدينة الليلة.")
    assert not any("'معظم'" in r for r in reasons)


def test_a_guided_missile_is_no_wave() -> None:
    """'بصاروخ موجّه من طراز كورنيت' folds like 'موجة من' (a wave of): the weapon, not a trend of attacks."""
    reasons = rejection_reasons("أعلن الحزب أن مقاتليه استهدفوا دبابة ميركافا بصاروخ موجه من طراز كورنيت قرب "
                                "بلدة مارون الراس صباح اليوم.")
    assert not any("موجه من" in r for r in reasons)


def test_the_wire_dateline_dates_no_incident() -> None:
    """'الموصل 14 آذار (أ ف ب)- قتل جنديان مساء أمس': the dateline is the day told, the incident is the day before;
    the command's later statement of the attack keeps the incident's day and joins it."""
    ms = run("الموصل 14 آذار (أ ف ب)- قتل جنديان عراقيان مساء أمس الأربعاء بهجوم شنه مسلحون على نقطة عسكرية "
             "قرب قضاء الحضر.\nوقال مصدر أمني إن المسلحين فروا باتجاه الصحراء.\n"
             "وأعلن تنظيم داعش لاحقاً مسؤوليته عن الهجوم.\n"
             "وفي وقت لاحق، قالت قيادة العمليات المشتركة إن قواتها تصدت لهجوم في الحضر.")
    assert [(str(m.event_date), m.fatalities) for m in ms] == [("2024-03-13", 2)]


def test_units_of_the_army_are_no_threat() -> None:
    """'لوحدات الجيش' (for the army's units) is not 'لوّح' (he brandished a threat)."""
    reasons = rejection_reasons("تعرضت قافلة من شاحنات تنقل الوقود لوحدات الجيش، يوم الخميس، لكمين نصبه مسلحون قرب "
                                "مدينة بلدوين.", date(2025, 2, 14))
    assert not any("threat" in r for r in reasons)


def test_a_mans_record_of_planning_attacks_is_no_incident() -> None:
    """'كان يتولى التنسيق لهجمات ...', 'شارك في التخطيط لهجمات ...': what the man killed had done, not an attack
    of the day (the strike on him is)."""
    ms = run("قالت مصادر أمنية إن المسيرة استهدفت مساء الأحد سيارة القيادي قرب بلدة القحطانية، وكان يتولى التنسيق "
             "لهجمات تستهدف نقاط الجيش، وشارك في التخطيط لهجمات بقذائف الهاون على مخافر حدودية.")
    assert len(ms) == 1
    assert ms[0].sub_event_type == "Air/drone strike"
