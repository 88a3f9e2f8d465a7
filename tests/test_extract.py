"""Extraction regression tests: one row per construction or error category, sentences written for rasd."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extract import extract
from rasd.records import Article, Mention
from rasd.resources import load_resources

PUB = date(2024, 3, 14)  # a Thursday


def run(text: str, published: date = PUB) -> list[Mention]:
    """Extract the mentions of one small article."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=published)
    return list(extract(art, load_resources()).mentions)


def one(text: str) -> Mention:
    """The single mention of a text (fails when there is not exactly one)."""
    ms = run(text)
    assert len(ms) == 1, [(m.sub_event_type, m.location and m.location.name_en) for m in ms]
    return ms[0]


# (id, text, sub_event_type, attacker side, target side, place contains)
CASES = [
    ("active-vso",
     "استهدفت الميليشيات الإيرانية أمس الأربعاء قاعدة حقل العمر بريف دير الزور بثلاثة صواريخ.",
     "Shelling/artillery/missile attack", "IRAN_ALIGNED", "US", "Omar"),
    ("exposure-passive",
     "تعرضت القاعدة الأمريكية في حقل كونيكو لهجوم بطائرة مسيرة من قبل فصائل موالية لإيران فجر اليوم.",
     "Air/drone strike", "IRAN_ALIGNED", "US", "Conoco"),
    ("nominal-nisba",
     "قصف أمريكي بالمدفعية الثقيلة على مواقع للميليشيات الإيرانية في مدينة الميادين مساء الثلاثاء.",
     "Shelling/artillery/missile attack", "US", "IRAN_ALIGNED", "Mayadin"),
    ("air-strike-trigger",
     "شن الطيران الأمريكي غارات على مستودعات لحزب الله العراقي في مدينة البوكمال ليل الثلاثاء الأربعاء.",
     "Air/drone strike", "US", "IRAN_ALIGNED", "Kamal"),
    ("unknown-attacker",
     "سقطت ثلاث قذائف صاروخية داخل قاعدة عين الأسد الجوية غربي العراق اليوم الخميس دون وقوع إصابات.",
     "Shelling/artillery/missile attack", "UNKNOWN", "US", "Asad"),
    ("drone-all-intercepted",
     "أسقطت الدفاعات الجوية للتحالف الدولي طائرتين مسيرتين حاولتا استهداف قاعدة التنف صباح الأربعاء.",
     "Disrupted weapons use", None, None, "Tanf"),
    ("turkish-drone",
     "قصفت مسيرة تركية سيارة لقوات سوريا الديمقراطية قرب مدينة القامشلي يوم الأربعاء.",
     "Air/drone strike", "TURKEY", "SDF", "Qamishli"),
    ("agent-verb-far",
     "قتل ثلاثة جنود عراقيين أمس الأربعاء في هجوم نفذته خلية مسلحة من بقايا تنظيم داعش على نقطة للجيش قرب مدينة الرطبة.",
     None, "ISIS", None, "Rutba"),
    ("host-clause-is-target",
     "تعرضت قاعدة عين الأسد، التي تضم جنودا من التحالف الدولي، لهجوم بالصواريخ مساء الأربعاء.",
     "Shelling/artillery/missile attack", None, "US", "Asad"),
    ("indefinite-host-clause-is-target",  # 'قاعدة تضم/موقعا يضم/التي يتواجد فيها' (bl, ez, fr, ht, ja, ma sets)
     "سقطت ثلاثة صواريخ مساء الأربعاء على قاعدة تضم جنودا من التحالف الدولي قرب مدينة الشدادي في ريف الحسكة.",
     "Shelling/artillery/missile attack", "UNKNOWN", "US", "Shaddadah"),
    ("ground-weapons-clash",
     "هاجم مسلحون من داعش بالرشاشات والقذائف الصاروخية حاجزا لقوات سوريا الديمقراطية في بلدة الشحيل فجر الأربعاء.",
     "Armed clash", "ISIS", "SDF", "Shahil"),
    ("dateline-is-not-an-actor",
     "واشنطن (رويترز) - أصيب أربعة جنود أمريكيين في هجوم صاروخي استهدف قاعدة حرير الجوية مساء الأربعاء.",
     "Shelling/artillery/missile attack", None, "US", "Harir"),
    ("since-phrase-place",
     "قتل جنديان أمريكيان بهجوم بمسيرة على قاعدة التنف أمس، في أول هجوم دام منذ بدء الحرب في غزة.",
     "Air/drone strike", None, "US", "Tanf"),
    ("active-killer-is-the-attacker",
     "حيدت المخابرات التركية ثلاثة عناصر من حزب العمال الكردستاني بضربة جوية قرب ناحية سيدكان مساء الأربعاء.",
     "Air/drone strike", "TURKEY", "OTHER", "Sidakan"),
    ("raid-and-arrests",
     "داهمت قوات سوريا الديمقراطية فجر الأربعاء منازل في بلدة البصيرة واعتقلت ثمانية شبان بتهمة التعامل مع داعش.",
     "Arrests", "SDF", None, "Busayrah"),
    ("spokesman-headline-and-regime-of",
     "المتحدث باسم جيش الدفاع: طائرات حربية أغارت مساء الأربعاء على أهداف عسكرية لنظام الحوثي في ميناء الحديدة",
     "Air/drone strike", None, "IRAN_ALIGNED", "Hudaydah"),
    ("planted-by-and-activity-carried-out-by",
     "خلال نشاط أمني نفذته قوات جيش الدفاع في مدينة جنين أمس الأربعاء، انفجرت عبوة ناسفة زرعها مخربون فقتل جندي.",
     "Remote explosive/landmine/IED", "OTHER", "ISRAEL", "Jenin"),
    ("road-between-two-towns",
     "انفجرت عبوة ناسفة صباح الأربعاء على الطريق الواصل بين بلدتي الشحيل والبصيرة لدى مرور دورية لقسد.",
     "Remote explosive/landmine/IED", None, "SDF", "Shahil"),
]


@pytest.mark.parametrize(("text", "sub", "a1", "a2", "place"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_constructions(text: str, sub: str | None, a1: str | None, a2: str | None, place: str) -> None:
    """Roles, type and place for the common constructions of Arabic attack reports."""
    m = one(text)
    assert sub is None or m.sub_event_type == sub
    if a1:
        assert m.actor1 is not None and m.actor1.side == a1
    if a2:
        assert m.actor2 is not None and m.actor2.side == a2
    assert m.location is not None and place.lower() in m.location.name_en.lower()


NEGATIVES = [
    ("negation", "وأكد المتحدث أن القوات الأمريكية لم تنفذ أي ضربات في سوريا خلال الأيام الماضية."),
    ("aggregate", "وبلغ عدد الهجمات على القوات الأمريكية في العراق وسوريا 127 هجوما منذ منتصف تشرين الأول."),
    ("exercise", "نفذت القوات الأمريكية تدريبات بالذخيرة الحية في قاعدة حقل العمر بريف دير الزور اليوم."),
    ("threat", "وتوعدت الفصائل العراقية باستهداف القواعد الأمريكية في حال استمرار الدعم لإسرائيل."),
    ("statement", "وأدانت وزارة الخارجية السورية الضربات الأمريكية على دير الزور ووصفتها بالعدوان."),
    ("launcher", "وعثرت القوات العراقية على منصة لإطلاق الصواريخ قرب مطار بغداد الدولي."),
    ("denial-whole-clause",
     "نفت وزارة الدفاع التركية الأنباء المتداولة عن تنفيذ مسيراتها غارات على مواقع في مدينة كوباني أمس."),
    ("expected-after", "وتداولت صفحات محلية أنباء عن ضربات وشيكة على مقرات الفصائل في مدينة الميادين."),
    ("any-attack-hypothetical", "وقال القيادي إن أي استهداف لمقرات الحشد الشعبي في جرف الصخر سيقابل برد قاس."),
    ("brandish-threat", "لوحت كتائب حزب الله باستئناف عملياتها ضد القوات الأمريكية في قاعدة حرير."),
    ("period-roundup",
     "ونفذت خلايا داعش خلال شهر تموز الماضي هجمات على نقاط للجيش السوري في بادية السخنة أوقعت 41 قتيلا."),
    ("not-the-first-time",
     "وليست هذه المرة الأولى التي تتعرض فيها مدينة أربيل لقصف بالصواريخ الباليستية من جهة الشرق."),
    ("background-years-ago",
     "ويذكر أن الطيران الإسرائيلي قصف مطار دمشق الدولي في الثاني من حزيران 2019 ودمر مدرجه."),
    ("count-then-its-kinds",
     "وسجل المرصد 33 عملية على الأقل للتنظيم في البادية، توزعت بين كمائن على الطرق، واعتداءات على حواجز معزولة،"
     " وتفجير عبوات ناسفة وألغام بسيارات مدنية قرب بلدة معدان."),
    ("condition-opens-the-quote",
     'وقال القيادي في بيان: "لو أقدم الاحتلال على أي خطوة جديدة، فإن منشآته في حيفا وإيلات لن تكون بعيدة،'
     ' وسنوسع دائرة الاستهداف لتشمل موانئه".'),
    ("rejection-of-the-attacks",
     "وتتعرض القواعد في المنطقة لهجمات متكررة منذ اندلاع الحرب في السابع من تشرين الأول الماضي، فيما تشدد"
     " الحكومة العراقية على رفضها استخدام أراضيها منطلقا للاعتداءات على قوات التحالف."),
    ("launch-site-and-risk",
     "ويشكو أهالي القرى من اتخاذ المسلحين منازلهم مواقع لإطلاق القذائف نحو قاعدة التنف، ما يعرضهم لقصف مستمر."),
    ("without-any-raids",
     "وخرقت طائرات حربية إسرائيلية جدار الصوت فوق مدينة النبطية ظهر اليوم، دون أن تنفذ أي غارات."),
    ("similar-attacks-before",
     "وليست هذه المرة الأولى التي تستهدف فيها المدينة، إذ سبق أن تبنى الحرس الثوري هجمات مماثلة على مدينة أربيل."),
    ("since-period-far-from-trigger",  # the trend covers the whole clause (6 docs in 6 sets have the construction)
     "ويقول ناشطون محليون إن أكثر من 60 مدنياً سقطوا بين قتيل وجريح بقذائف المدفعية في أحياء مدينة الفاشر الشرقية "
     "منذ مطلع العام."),
]


@pytest.mark.parametrize("text", [n[1] for n in NEGATIVES], ids=[n[0] for n in NEGATIVES])
def test_not_incidents(text: str) -> None:
    """Negations, aggregates, exercises, threats, statements and launchers are not incidents."""
    assert run(text) == []


def test_headline_clause_joins_the_incident_of_its_type() -> None:
    """'هجوم ... في X.. وانفجار عبوة': the headline's placeless second clause does not retype the first incident."""
    text = ("هجوم لداعش على نقطة لقسد في بلدة الشحيل.. وانفجار عبوة ناسفة على طريق ترابي\n"
            "هاجم مسلحون من داعش ليل الثلاثاء نقطة لقسد في بلدة الشحيل، فقتل عنصران.\n"
            "وفي حادثة منفصلة، انفجرت عبوة ناسفة صباح الأربعاء بسيارة عسكرية لقسد قرب بلدة البصيرة.")
    by_place = {m.location.name_en: m.sub_event_type for m in run(text) if m.location}
    assert by_place.get("Shahil") not in (None, "Remote explosive/landmine/IED"), by_place
    assert "Remote explosive/landmine/IED" in by_place.values(), by_place


def test_weapon_head_with_its_type_and_implied_aircraft() -> None:
    """'قذائف "ار بي جي"' is one weapon, an RPG; 'غارة' alone implies aircraft."""
    m = one("هاجم مسلحون من داعش بقذائف \"آر بي جي\" نقطة لقسد في بلدة الشحيل مساء الأربعاء.")
    assert "rpg" in m.weapons and "artillery" not in m.weapons
    m = one("شنت إسرائيل غارة على بلدة عيتا الشعب جنوبي لبنان مساء الأربعاء.")
    assert m.weapons == ("aircraft",)


def test_toll_given_place_by_place_splits_the_incident() -> None:
    """'توزع القتلى: 5 في الميادين, و4 في البوكمال': one mention per place, each with its own figure."""
    text = ("قتل 9 عناصر من الميليشيات الإيرانية في غارات أمريكية ليل الثلاثاء على ريف دير الزور. "
            "وتوزع القتلى على النحو التالي: 5 في مدينة الميادين حيث طالت الغارات مقرا للحرس الثوري، "
            "و4 في مدينة البوكمال.")
    got = {m.location.name_en: m.fatalities for m in run(text) if m.location}
    assert got.get("Mayadin") == 5 and got.get("Abu Kamal") == 4, got


def test_continuing_clause_keeps_its_subject() -> None:
    """'... كما هاجموا موقع X': the attacker of the clause before goes on."""
    text = ("أعلنت كتائب حزب الله أن مقاتليها استهدفوا قاعدة حرير الجوية صباح الأربعاء بالصواريخ، "
            "كما هاجموا مطار أربيل الدولي بطائرة مسيرة.")
    sides = {m.location.name_en: m.actor1.side if m.actor1 else None for m in run(text) if m.location}
    assert sides and all(v == "IRAN_ALIGNED" for v in sides.values()), sides


def test_relative_date_resolves_against_publication() -> None:
    """'أمس الأربعاء' is the day before a Thursday publication."""
    m = one("استهدفت الميليشيات الإيرانية أمس الأربعاء قاعدة حقل العمر بريف دير الزور بثلاثة صواريخ.")
    assert m.event_date == date(2024, 3, 13) and m.time_precision == 1


def test_night_span_is_the_first_day() -> None:
    """'ليل الثلاثاء الأربعاء' is dated to the Tuesday."""
    m = one("شن الطيران الأمريكي غارات على مستودعات لحزب الله العراقي في مدينة البوكمال ليل الثلاثاء الأربعاء.")
    assert m.event_date == date(2024, 3, 12)


@pytest.mark.issue(7)
def test_dual_head_splits_into_two_mentions() -> None:
    """'حقلي كونيكو والعمر' names two places: one mention each (ACLED split)."""
    ms = run("تعرضت القواعد الأمريكية في حقلي كونيكو والعمر بريف دير الزور لهجوم صاروخي مساء الأربعاء.")
    names = sorted(m.location.name_en for m in ms if m.location)
    assert len(ms) == 2 and any("Conoco" in n for n in names) and any("Omar" in n for n in names)


@pytest.mark.issue(7)
def test_retaliation_zone_is_its_own_incident() -> None:
    """'ردا على هجوم ...' inside a strike report is the earlier attack, with its own roles and place."""
    ms = run("وأعلن التحالف الدولي قصف مواقع للميليشيات في مدينة الميادين يوم الأربعاء، ردا على هجوم بالصواريخ "
             "استهدف قاعدة القرية الخضراء يوم الثلاثاء.")
    sides = {(m.actor1.side if m.actor1 else None, m.location.name_en if m.location else None) for m in ms}
    assert any(a == "US" and "Mayadin" in (p or "") for a, p in sides)
    assert any(m.retaliation for m in ms)


@pytest.mark.issue(7)
def test_no_casualties_is_zero_and_unknown_is_null() -> None:
    """'دون وقوع إصابات' -> 0 fatalities; 'لم يعرف إن كان الهجوم خلف إصابات' -> null."""
    zero = one("سقطت ثلاث قذائف صاروخية داخل قاعدة عين الأسد الجوية غربي العراق اليوم الخميس دون وقوع إصابات.")
    assert zero.fatalities == 0
    unknown = one("استهدف هجوم صاروخي قاعدة حقل كونيكو اليوم، ولم يعرف إن كان الهجوم قد خلف إصابات أو قتلى.")
    assert unknown.fatalities is None


@pytest.mark.issue(7)
def test_injuries_only_means_no_deaths() -> None:
    """'أصيب ثلاثة مدنيين' with no death reported: ACLED's casualties-without-deaths rule gives 0 fatalities."""
    m = one("أصيب ثلاثة مدنيين بجروح جراء قصف مدفعي استهدف بلدة ذيبان بريف دير الزور الشرقي اليوم الخميس.")
    assert (m.fatalities, m.injured) == (0, 3)


@pytest.mark.issue(7)
def test_conservative_fatalities_prefer_exact_figures() -> None:
    """Two sources, 'عدة أشخاص' and 'مقتل 5 عناصر': the exact figure wins, the lowest exact one."""
    m = one("قصفت طائرات أمريكية مواقع للفصائل في مدينة البوكمال اليوم، ما أسفر عن مقتل 5 عناصر بحسب المرصد السوري، "
            "فيما قالت مصادر إن الضربات قتلت عدة أشخاص.")
    assert m.fatalities == 5


@pytest.mark.issue(7)
def test_speaker_is_not_the_attacker() -> None:
    """'قال مسؤول في البنتاغون إن ...': the Pentagon is the source, the militias the attacker."""
    m = one("وقال المتحدث باسم البنتاغون إن فصائل موالية لإيران استهدفت قاعدة التنف بطائرة مسيرة أمس الأربعاء.")
    assert m.actor1 is not None and m.actor1.side == "IRAN_ALIGNED"
    assert "Pentagon" in m.sources


@pytest.mark.issue(7)
def test_victims_are_targets() -> None:
    """'6 مسلحين موالين لإيران قتلوا في موقع قصفته الطائرات الأمريكية': the dead are the target side."""
    m = one("قال المرصد إن 6 مسلحين موالين لإيران قتلوا في موقع قصفته الطائرات الأمريكية في البوكمال اليوم.")
    assert m.actor1 is not None and m.actor1.side == "US"
    assert m.actor2 is not None and m.actor2.side == "IRAN_ALIGNED"
    assert m.fatalities == 6


def test_evidence_points_into_the_original_text() -> None:
    """Every evidence span is an exact substring of the article."""
    text = "استهدفت الميليشيات الإيرانية أمس الأربعاء قاعدة حقل العمر بريف دير الزور بثلاثة صواريخ."
    m = one(text)
    for ev in m.evidence:
        assert text[ev.start:ev.end] == ev.text
    assert m.location is not None and text[m.location.start:m.location.end] == m.location.text  # type: ignore[misc]


def test_no_event_has_a_reason() -> None:
    """An article without incidents gives no mention and says why."""
    art = Article(doc_id="n.txt", text="التقى وزير الخارجية نظيره العراقي في بغداد لبحث العلاقات الثنائية.",
                  content_hash="h", published=PUB)
    ex = extract(art, load_resources())
    assert ex.mentions == () and ex.notes


@pytest.mark.issue(7)
def test_air_raid_with_missiles_is_an_air_strike() -> None:
    """'غارة ... بصاروخين': the missiles are what the warplane fired; the raid is an Air/drone strike."""
    m = one("استهدفت غارة إسرائيلية بصاروخين سيارة على طريق بلدة الناقورة جنوبي لبنان مساء اليوم الخميس.")
    assert m.sub_event_type == "Air/drone strike"


@pytest.mark.issue(7)
def test_date_deep_in_a_since_phrase_does_not_date_the_next_report() -> None:
    """'منذ بدء تبادل اطلاق النار على الحدود في اكتوبر الماضي' dates a period; the next undated report keeps the lead's day."""
    ms = run("قال الجيش الإسرائيلي إن عشرات الصواريخ أطلقت من جنوب لبنان صباح الأربعاء باتجاه مدينة صفد، في أكبر"
             " هجوم ينفذه حزب الله منذ بدء تبادل إطلاق النار على الحدود في أكتوبر الماضي.\n"
             "وأوضح المتحدث باسم الجيش أن منظومة القبة الحديدية اعترضت جميع الصواريخ فوق بلدة كتسرين.",
             published=date(2024, 6, 13))
    assert ms and all(m.event_date == date(2024, 6, 12) for m in ms)


@pytest.mark.issue(7)
def test_date_after_since_with_no_incident_is_not_a_date_of_the_clause() -> None:
    """'منذ اندلاع الحرب في السابع من تشرين الاول' dates a period: a later clause of that sentence is not dated by it."""
    ms = run("وتتعرض مواقع الجيش في المنطقة لقصف متكرر منذ اندلاع الحرب في السابع من تشرين الأول الماضي، فيما"
             " استهدفت مسيرة نقطة عسكرية في بلدة الخيام.")
    assert [m.event_date for m in ms] == [PUB]


@pytest.mark.issue(7)
def test_date_of_an_incident_named_in_a_since_phrase_stays_its_own() -> None:
    """'منذ الضربات التي نفذتها واشنطن مساء الجمعة': the Friday strikes keep their day."""
    ms = run("ويعد الهجوم الأول على القواعد الأمريكية منذ الضربات الواسعة التي نفذتها واشنطن مساء الجمعة الماضي"
             " على مواقع الحرس الثوري في مدينة الميادين.")
    assert date(2024, 3, 8) in [m.event_date for m in ms]


@pytest.mark.issue(7)
def test_approaching_a_base_is_not_launching_from_it() -> None:
    """'كانت تقترب من قاعدة X': X is where the drone was downed, not its launch point."""
    m = one("أسقطت الدفاعات الجوية صباح اليوم طائرة مسيرة كانت تقترب من قاعدة الشدادي جنوب الحسكة.")
    assert m.location is not None and "Shaddadi" in m.location.name_en


@pytest.mark.issue(7)
def test_a_detail_naming_one_of_the_weapons_joins_the_attack() -> None:
    """'هجوم بمسيرة وصاروخين' then 'صاروخان سقطا داخل القاعدة': one incident, not an air strike and a shelling."""
    ms = run("أصيب جنديان بجروح طفيفة جراء هجوم بطائرة مسيرة وصاروخين استهدف قاعدة حرير الجوية شمالي أربيل أمس"
             " الأربعاء.\nوأوضح المصدر أن صاروخين سقطا داخل محيط القاعدة.")
    assert len(ms) == 1 and ms[0].injured == 2


@pytest.mark.issue(7)
def test_army_spokesman_s_air_force_eliminating_members_of_a_group() -> None:
    """'قال المتحدث باسم الجيش ان طائرة لسلاح الجو قضت على مسلحين من X': the army struck X."""
    m = one('أعلن المتحدث باسم الجيش الإسرائيلي، مساء اليوم، أن طائرة تابعة لسلاح الجو "قضت على مسلحين من حزب الله"'
            " في منطقة مرجعيون جنوبي لبنان.")
    assert m.actor1 is not None and m.actor2 is not None
    assert (m.actor1.side, m.actor2.side, m.sub_event_type) == ("ISRAEL", "IRAN_ALIGNED", "Air/drone strike")


@pytest.mark.issue(7)
def test_next_sentence_elsewhere_does_not_date_an_announced_strike() -> None:
    """A date after the speech verb dates the telling, but a next sentence about another town keeps its own day."""
    ms = run("أعلن الجيش الإسرائيلي، مساء اليوم الخميس، أن طائرة حربية أغارت على مبنى لحزب الله في بلدة مرجعيون.\n"
             "وأضاف أن مدفعيته قصفت خلال ليلة الثلاثاء-الأربعاء أطراف بلدة الخيام.")
    days = {m.location.name_en: m.event_date for m in ms if m.location}
    assert any("Marj" in k and v == PUB for k, v in days.items()), days


@pytest.mark.issue(7)
def test_dateline_places_are_not_the_incident_s() -> None:
    """'الفاشر/ نيالا 11 يونيو 2024 - قتل ...': the dateline names where the story was filed."""
    ms = run("عنوان الخبر\nنيالا/ الفاشر 13 مارس 2024 - قتل خمسة مدنيين، اليوم الخميس، في قصف مدفعي على سوق مدينة"
             " الجنينة غربي دارفور.")
    assert [m.location.name_en for m in ms if m.location] == ["El Geneina"]


@pytest.mark.issue(7)
def test_repelling_an_infiltration_is_a_clash_not_an_interception() -> None:
    """'تصدت القوات لمحاولة تسلل': a ground attack repelled, not a projectile intercepted."""
    m = one("تصدت قوات الجيش، فجر اليوم الخميس، لمحاولة تسلل نفذتها عناصر من قوات الدعم السريع على مدينة الفاشر.")
    assert m.sub_event_type == "Armed clash"


@pytest.mark.issue(7)
def test_a_partial_interception_clause_is_the_attack_not_a_disruption() -> None:
    """'وتصدت الدفاعات لأغلبها' told in its own clause: part of the attack, no Disrupted-weapons mention."""
    ms = run("أطلقت عشرة صواريخ مساء اليوم على قاعدة عين الأسد الجوية، وتصدت منظومات الدفاع الجوي لأغلبها، مؤكداً أن"
             " صاروخين سقطا داخل القاعدة.")
    assert [m.sub_event_type for m in ms] == ["Shelling/artillery/missile attack"]


@pytest.mark.issue(7)
def test_sweeps_and_searches_are_not_attacks() -> None:
    """'شرعت القوات بعمليات تفتيش', 'عمليات تمشيط': security sweeps, not incidents."""
    assert run("وشرعت القوات الأمنية بعمليات تفتيش وتمشيط في المناطق المحيطة بقضاء الرطبة بحثا عن المنفذين.") == []


@pytest.mark.issue(7)
def test_shots_fired_into_the_air_are_rejected_as_no_attack() -> None:
    """'أطلقت الأعيرة النارية في الهواء' at a funeral: the launch trigger is rejected with its reason."""
    from rasd.frame import build_frames
    from rasd.recognize import recognize

    art = Article(doc_id="t.txt", text="وشيع الأهالي أحد المقاتلين اليوم، حيث أطلقت الأعيرة النارية في الهواء.",
                  content_hash="h", published=PUB)
    frames, rejected = build_frames(recognize(art, load_resources()))
    assert frames == [] and any("non-event" in r.reason for r in rejected)


def test_government_and_its_militia_told_twice_are_one_shelling() -> None:
    """Government forces, then the NDF militia beside them, shelling the same town that day: one incident."""
    ms = run("قصفت قوات النظام بلدة ذيبان بريف دير الزور بقذائف الهاون فجر اليوم.\n"
             "وأوضح المصدر أن عناصر الدفاع الوطني أطلقوا قذائف الهاون على ذيبان فجر اليوم من مواقعهم غربي الفرات، ما أدى"
             " إلى إصابة ثلاثة مدنيين.")
    assert [(m.location and m.location.name_en, m.injured) for m in ms] == [("Dhiban", 3)], [
        (m.actor1 and m.actor1.side, m.location and m.location.name_en, m.injured) for m in ms]


def test_claim_of_responsibility_names_who_did_the_incident_told_before() -> None:
    """'رصد إطلاق' is what the army saw; 'وأعلن حزب الله مسؤوليته عن القصف' says who fired: one incident."""
    ms = run("قال الجيش الإسرائيلي إنه رصد إطلاق نحو 15 قذيفة صاروخية من لبنان باتجاه بلدة المطلة مساء اليوم، "
             "سقط بعضها في مناطق مفتوحة.\nوأعلن حزب الله مسؤوليته عن القصف.")
    assert [(m.actor1 and m.actor1.side, "Hezbollah" in m.sources) for m in ms] == [("IRAN_ALIGNED", True)]


def test_a_semicolon_separates_statements_and_their_places() -> None:
    """'إصابتان بسقوط صاروخ في X؛ الجيش يقصف ...': the second statement is its own clause and does not borrow X."""
    from rasd.frame import build_frames
    from rasd.recognize import recognize
    text = "إصابتان بسقوط صاروخ أطلق من لبنان على مبنى في مدينة كريات شمونة؛ الجيش الإسرائيلي يقصف مواقع."
    rec = recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=date(2024, 3, 14)), load_resources())
    frames, _ = build_frames(rec)
    assert [(f.trigger.key, [p.location.name_en for p in f.places]) for f in frames] == [
        ("سقوط", ["Qiryat Shmona"]), ("يقصف", [])]


def test_a_soldier_who_had_been_killed_counts_one() -> None:
    """'وكان جندي قد قتل وأصيب ثمانية آخرون': a singular noun before 'قد قتل' counts one death."""
    m = one("وكان جندي إسرائيلي قد قتل وأصيب ثمانية آخرون يوم الخميس الماضي، جراء سقوط صاروخ أطلق من لبنان على قاعدة"
            " عسكرية في مدينة صفد.")
    assert (m.fatalities, m.injured) == (1, 8)
