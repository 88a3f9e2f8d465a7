"""Frame rules: which triggers are incidents, and claims of responsibility for incidents told before."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.frame import build_frames
from rasd.recognize import recognize
from rasd.records import Article
from rasd.resources import load_resources
from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons

PUB = date(2024, 3, 14)  # a Thursday


@pytest.mark.issue(8)
def test_pluperfect_qad_reports_a_past_strike() -> None:
    """'وكانت مسيرة قد شنت غارة': 'قد' after 'كان' is a past tense, not a possibility."""
    ms = run("وكانت مسيرة إسرائيلية قد شنت ظهر اليوم غارة على منزل في بلدة حولا جنوبي لبنان، ما أدى إلى مقتل شخصين.")
    assert [(m.sub_event_type, m.location.name_en, m.fatalities) for m in ms] == [
        ("Air/drone strike", "Houla", 2)]


@pytest.mark.issue(8)
def test_qad_before_a_present_verb_stays_hypothetical() -> None:
    """'قد تستهدف' is a possibility: no incident."""
    assert run("وقال مسؤول إن الطائرات قد تستهدف مواقع في بلدة حولا خلال الأيام المقبلة.") == []


@pytest.mark.issue(8)
def test_placed_claim_of_responsibility_joins_the_incidents_told() -> None:
    """'وكانت X قد تبنت استهداف A' after an attack on A told earlier: X did it, no new incident."""
    ms = run("أصيب جنديان أمريكيان بجروح طفيفة في هجوم صاروخي على قاعدة عين الأسد غربي العراق ليل الاثنين.\n"
             "وأسقطت القوات الأمريكية مسيرة أخرى فوق قاعدة التنف مساء الأحد.\n"
             "وكانت المقاومة الإسلامية في العراق قد تبنت استهداف قاعدة عين الأسد برشقة صاروخية.")
    assert sorted((m.location.name_en, m.actor1.side) for m in ms) == [
        ("Ain al-Asad air base", "IRAN_ALIGNED"), ("al-Tanf", "UNKNOWN")], [
        (m.location.name_en, m.event_date, m.actor1.side) for m in ms]


@pytest.mark.issue(8)
@pytest.mark.parametrize("text", [
    "وسارعت قيادة العمليات المشتركة إلى نفي الأنباء عن سقوط قتلى في مدينة الرمادي.",
    "وأعلن مركز عمليات طوارئ الصحة أن فرق الإسعاف وصلت إلى بلدة حولا.",
])
def test_an_operations_command_is_a_name_not_operations(text: str) -> None:
    """'قيادة العمليات المشتركة', 'مركز عمليات طوارئ': a body's name, not operations carried out."""
    assert run(text) == []
    assert any("non-event" in r for r in reasons(text))


@pytest.mark.issue(8)
@pytest.mark.parametrize("text, cue", [
    ("وقالت قوات سوريا الديمقراطية إنها تحتفظ بحق الرد على الاعتداءات التركية في ريف القامشلي.", "حق الرد"),
    ("وأعلن زعيم الجماعة في خطاب متلفز مساء أمس عزمه توسيع نطاق عمليات قواته في البحر الأحمر.", "توسيع نطاق"),
    ("ووثق المرصد مقتل 40 شخصا في بادية دير الزور خلال عمليات متفرقة.", "متفرقه"),
])
def test_rights_plans_and_scattered_operations_are_not_incidents(text: str, cue: str) -> None:
    """A right to respond, a plan to widen operations and 'عمليات متفرقة' report no single incident."""
    assert any(cue in r for r in reasons(text)), reasons(text)


@pytest.mark.issue(8)
def test_a_zone_days_before_is_its_own_incident() -> None:
    """'ويأتي هجوم X بعد يومين من ضربات ... قرب Y': the strikes are an earlier incident at Y, not at X."""
    art = Article(doc_id="t.txt", content_hash="h", published=PUB, text=(
        "ويأتي هجوم عين الأسد بعد يومين من ضربات نفذتها مقاتلات أمريكية فجر الثلاثاء على منشأة قرب مدينة البوكمال."))
    frames, _ = build_frames(recognize(art, load_resources()))
    zone = [f for f in frames if f.zone]
    assert [(f.trigger.key, [p.location.name_en for p in f.places], f.time and f.time.date) for f in zone] == [
        ("ضربات", ["Abu Kamal"], date(2024, 3, 12))], [(f.trigger.key, f.zone) for f in frames]


@pytest.mark.parametrize("same", ["وفي الليلة ذاتها", "وفي اليوم نفسه", "وقبيل منتصف الليل ذاته"])
def test_same_time_phrase_takes_the_date_told_before(same: str) -> None:
    """'في الليلة ذاتها' dates an incident like the one told before, not like the report; its speaker hit no one."""
    ms = run("أفاد مصدر أمني، فجر اليوم الخميس، بسقوط صاروخين على قاعدة عين الأسد مساء أمس الأربعاء دون وقوع إصابات. "
             "وقال المصدر إن الصواريخ أطلقت من منطقة صحراوية. وأضاف أن القوات الأمنية فتشت المنطقة. "
             f"{same}، أسقطت الدفاعات الجوية طائرة مسيرة مفخخة فوق مطار أربيل الدولي، بحسب بيان لجهاز مكافحة "
             "الإرهاب في إقليم كردستان.")
    assert [(m.sub_event_type, m.event_date, m.actor1.side) for m in ms] == [
        ("Shelling/artillery/missile attack", date(2024, 3, 13), "UNKNOWN"),
        ("Disrupted weapons use", date(2024, 3, 13), "UNKNOWN")]


def test_a_campaign_since_this_morning_is_dated_today() -> None:
    """'قصف الجيش منذ فجر اليوم ...': today's incident, not the day of the incident told before."""
    ms = run("قتل مدنيان مساء أمس في غارة لمسيرة تركية على سيارة قرب مدينة القامشلي.\n"
             "وفي سياق متصل، قصف الجيش التركي منذ فجر اليوم قرية تل حلف قرب مدينة رأس العين بالمدفعية الثقيلة.")
    assert sorted((m.location.name_en, m.event_date.isoformat()) for m in ms) == [
        ("Al-Qamishli", "2024-03-13"), ("Ra's al 'Ayn", "2024-03-14")]


@pytest.mark.parametrize(("text", "expected"), [
    ("شنت طائرات أمريكية فجر اليوم غارات على مواقع للميليشيات الإيرانية في مدينة الميادين، بعد يومين من هجوم "
     "بالصواريخ على قاعدة حقل العمر.", [("Mayadin", "2024-03-14"), ("al-Omar oil field", "2024-03-12")]),
    ("وتأتي هذه الغارات بعد نحو أسبوع من قصف إسرائيلي استهدف، في 7 آذار الجاري، مدرسة تؤوي نازحين في مدينة دير "
     "البلح.", [("Deir el-Balah", "2024-03-07")]),
])
def test_reference_zones_keep_their_own_day(text: str, expected: list[tuple[str, str]]) -> None:
    """'بعد يومين من هجوم ...' came two days before the clause's day; a date set off by commas after the zone's
    verb ('استهدف، في 7 آذار، مدرسة') does not end the zone."""
    assert [(m.location.name_en, m.event_date.isoformat()) for m in run(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وكانت وزارة الدفاع الأمريكية قد أعلنت أمس أن طائرة مسيرة مفخخة استهدفت قاعدة عين الأسد غربي العراق "
     "دون أن تسفر عن إصابات.", ("UNKNOWN", "US")),
    ("وأعلن الجيش الإسرائيلي أن طائرات حربية أغارت فجر اليوم على بلدة عيتا الشعب جنوبي لبنان.",
     ("ISRAEL", "IRAN_ALIGNED")),  # the target named by no clause is Israel's foe in Lebanon
])
def test_a_speaker_that_reports_a_hit_on_its_own_base_did_not_strike_it(
        text: str, expected: tuple[str, str | None]) -> None:
    """'أعلن البنتاغون أن مسيرة استهدفت قاعدة X': the speaker tells of the hit on its own side's base; a military
    speaker's unowned aircraft elsewhere is still its own act."""
    ms = run(text)
    assert [(m.actor1.side, m.actor2.side if m.actor2 else None) for m in ms][:1] == [expected], [
        (m.actor1, m.actor2) for m in ms]


def test_a_story_sentence_after_a_reference_zone_keeps_the_lead_date() -> None:
    """'ردا على الهجوم ... مساء الاثنين' then an undated strike: dated like the lead, not like the zone;
    'بعد نحو يومين من هجوم' came two days before."""
    ms = run("قتل أربعة مسلحين فجر اليوم الخميس في غارة أمريكية على موقع في مدينة البوكمال، وذلك بعد نحو يومين "
             "من هجوم بطائرة مسيرة على قاعدة حقل العمر.\n"
             "وقال البيان إن الضربة جاءت ردا على الهجوم الذي طال قاعدة حقل العمر مساء الثلاثاء.\n"
             "وأوضح المرصد أن القتلى سقطوا في الضربة على مستودع في بلدة الميادين.")
    assert sorted((m.location.name_en, m.event_date.isoformat()) for m in ms) == [
        ("Abu Kamal", "2024-03-14"), ("al-Omar oil field", "2024-03-12")]


def test_a_date_after_publication_dates_nothing() -> None:
    """'لـ"عدن الغد"' read as tomorrow: no incident is reported before it happens."""
    ms = run('وقال مصدر لـ"عدن الغد" إن قصفاً مدفعياً حوثياً استهدف حي الروضة في مدينة تعز.')
    assert ms and all(m.event_date is not None and m.event_date <= date(2024, 3, 14) for m in ms)


def test_a_comma_then_followed_by_opens_a_second_incident() -> None:
    """'تعرض موقع قرب A لهجوم، أعقبه قصف طال B': the answer that followed is its own incident at its own place."""
    ms = run("تعرض موقع للجيش الإسرائيلي قرب مستوطنة المطلة مساء أمس الأربعاء لهجوم بصاروخين موجهين، أعقبه قصف "
             "مدفعي إسرائيلي طال أطراف بلدة الخيام.")
    got = sorted((m.location.name_en, m.actor1.side, m.actor2.side if m.actor2 else None) for m in ms)
    # the attacker no clause names is the target's foe there (role_fallbacks.theatre_attacker); shells on a town's
    # outskirts that hurt no one hit its land (role_populated.shelled_place)
    assert got == [("El Khiyam", "ISRAEL", "CIVILIANS"), ("Metula", "IRAN_ALIGNED", "ISRAEL")], got


def test_less_than_an_hour_after_the_attack_is_a_reference() -> None:
    """'وبعد أقل من ساعة على الهجوم، ردت المدفعية بقصف B': a response at B, not the attack told again."""
    ms = run("سقطت ثلاث قذائف هاون على موقع للجيش الإسرائيلي قرب مستوطنة المطلة مساء أمس الأربعاء.\n"
             "وبعد أقل من ساعة على الهجوم، ردت المدفعية الإسرائيلية بقصف أطراف بلدة كفركلا.")
    got = sorted((m.location.name_en, m.actor1.side, m.retaliation) for m in ms)
    assert got == [("Kfar Kila", "ISRAEL", True), ("Metula", "IRAN_ALIGNED", True)], got


def test_clauses_after_a_trend_list_its_kinds() -> None:
    """'يشن المسلحون منذ أشهر هجمات ...، ما دفع الجيش إلى شن غارات': both are the trend, no dated incident."""
    text = ("ويشن المسلحون منذ أشهر هجمات على القوافل التجارية في الطرق الصحراوية البعيدة، ما دفع الجيش الحكومي "
            "إلى شن غارات على مواقعهم في محافظة مأرب.")
    assert run(text) == []
    assert any(r.startswith("a kind of the attacks counted before") for r in reasons(text)), reasons(text)


def test_a_similar_strike_with_its_own_day_is_one_incident() -> None:
    """'بعد أيام من غارة مماثلة نفذتها مسيرة في 3 آذار': a single earlier strike with its day, not a kind."""
    ms = run("وتأتي الغارة بعد أيام من غارة مماثلة نفذتها مسيّرة إسرائيلية في 3 آذار الجاري، واستهدفت سيارة في "
             "بلدة الخيام.")
    assert [(m.event_date, m.location.name_en) for m in ms] == [(date(2024, 3, 3), "El Khiyam")], ms


def test_an_obituary_is_no_source_of_the_strike() -> None:
    """'ونعى الحزب لاحقا القتيل': the mourner adds no source to the strike told before."""
    ms = run("قتل شاب صباح اليوم بغارة إسرائيلية بطائرة مسيرة على سيارة عند مدخل بلدة الخيام، وفق ما ذكرت الوكالة "
             "الوطنية للإعلام. ونعى حزب الله لاحقا الشاب شهيدا على طريق القدس.")
    assert [m.sources for m in ms] == [("NNA",)], [m.sources for m in ms]


@pytest.mark.parametrize("text", [
    "قصفت المدفعية الإسرائيلية صباحاً أطراف بلدة كفركلا جنوبي لبنان، فيما حلقت طائرات الاستطلاع فوق قرى القطاع "
    "الشرقي طوال الليلة الماضية.",
    "وكانت مدفعية الجيش التركي قد قصفت صباحاً قرية أم الكيف في ريف تل تمر، بينما حلقت مسيرات فوق مدينة القامشلي "
    "طوال الليلة الماضية.",
])
def test_a_parallel_clause_keeps_its_time_to_itself(text: str) -> None:
    """'قصفت صباحاً X، فيما حلقت الطائرات طوال الليلة الماضية': last night dates the flights, not the shelling."""
    assert [m.event_date for m in run(text)] == [PUB]


def test_a_parallel_clause_keeps_its_place_to_itself() -> None:
    """'قتل مدنيان في قصف قرب سوق ...، بينما أصيب ثلاثة في غارة على حي X': X is the second strike's place only."""
    ms = run("قتل مدنيان في قصف بطائرة مسيرة استهدف سيارة قرب سوق الخضار صباح اليوم، بينما أصيب ثلاثة آخرون في غارة "
             "على حي الشجاعية شرق مدينة غزة ظهر أمس.")
    assert [(m.event_date, m.injured) for m in ms] == [(date(2024, 3, 13), 3)], ms


@pytest.mark.parametrize("text", [
    "قُتل شاب يعمل في تجارة المواشي في مدينة طفس بريف درعا الغربي مساء أمس، إثر إطلاق النار عليه من قبل مسلحين "
    "مجهولين كانوا يستقلون سيارة.",
    "قتل الشاب خالد العلي، وهو عنصر سابق في فصائل المعارضة، إثر إطلاق النار عليه من قبل مسلحين مجهولين، أثناء "
    "وجوده أمام منزله في مدينة طفس مساء أمس.",
])
def test_the_cause_of_a_toll_is_the_incident_not_an_earlier_one(text: str) -> None:
    """'قتل شاب ... إثر إطلاق النار عليه': after a toll with no incident of its own, 'إثر' tells its cause."""
    ms = run(text)
    assert [(m.location.name_en, m.event_date, m.fatalities) for m in ms] == [("Tafas", date(2024, 3, 13), 1)], ms


@pytest.mark.parametrize("there, day", [
    ("في المنطقة الواقعة شمال شرق مدينة تدمر", date(2024, 3, 13)),  # an area of the same town: the strike's day
    ("في محيط مدينة السخنة", date(2024, 3, 14)),  # another town: another incident's day, the telling day stays
])
def test_the_next_sentence_dates_a_strike_told_on_a_speech_day(there: str, day: date) -> None:
    """'أعلنت الوزارة، اليوم الخميس، أن طائراتها قصفت ... في بادية تدمر' then 'الغارات نفذت فجر أمس ... شمال شرق
    مدينة تدمر': the day told next dates the strike when it is placed in the same area."""
    ms = run("أعلنت وزارة الدفاع الروسية، اليوم الخميس، أن طائراتها قصفت مواقع لتنظيم داعش في بادية تدمر.\n"
             f"وأوضحت الوزارة في بيان أن الغارات نفذت فجر أمس الأربعاء على مخابئ {there}.")
    assert (day, "Palmyra desert") in [(m.event_date, m.location.name_en) for m in ms], [
        (m.event_date, m.location.name_en) for m in ms]


def test_a_masthead_stamp_does_not_date_the_title() -> None:
    """'أخبار | 14.03.2024 - 09:15' above a long title: the publication stamp is no date of the title's incidents,
    which join the body's tellings dated 'أمس' (round 16a: pa_015)."""
    ms = run("صحيفة الوادي\nأخبار | 14.03.2024 - 09:15\n\nحصاد اليوم الخامس من المعارك: قتيلان في قصف على كفرنبل "
             "وقذائف على سراقب وغارة جوية قرب بلدة معرة النعمان الشرقية\n\nقُتل مدنيان بقصف مدفعي على بلدة كفرنبل "
             "مساء أمس الأربعاء. وفي وقت لاحق، سقطت قذائف على أطراف مدينة سراقب دون إصابات.", PUB)
    assert sorted((m.location.name_en, str(m.event_date)) for m in ms if m.location.name_en != "Ma'arrat an Nu'man") \
        == [("Kafr Nabl", "2024-03-13"), ("Saraqib", "2024-03-13")]


@pytest.mark.parametrize("text, place, day", [
    ("أعلنت خلية الإعلام الأمني القبض على خمسة مطلوبين في قرية الجرامل بقضاء القائم أمس الأربعاء.", "Al Jaramil",
     date(2024, 3, 13)),
    ("وأعلن جهاز مكافحة الإرهاب القبض على قيادي في داعش بمنطقة أبو دشير جنوبي بغداد فجر اليوم.",
     "Qaryat Abu Dashir al Ula", date(2024, 3, 14)),
])
def test_the_bare_noun_of_seizing_is_an_arrest(text: str, place: str, day: date) -> None:
    """'أعلنت الخلية القبض على خمسة': the verbal noun without 'إلقاء' is an arrest like 'إلقاء القبض' (round 45 h2)."""
    ms = run(text)
    assert [(m.sub_event_type, m.location.name_en, m.event_date) for m in ms] == [
        ("Arrests", place, day)], [(m.sub_event_type, m.location, m.event_date) for m in ms]
