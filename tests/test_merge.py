"""Merge rules: which frames of one article are the same incident."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from rasd.extract import extract
from rasd.merge import _absorb
from rasd.merge_compat import Unit, dates_ok
from rasd.records import Actor, Article, Mention
from rasd.resources import load_resources

PUB = date(2024, 3, 14)  # a Thursday


def run(text: str) -> list[Mention]:
    """Extract the mentions of one small article."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=PUB)
    return list(extract(art, load_resources()).mentions)


@pytest.mark.issue(8)
def test_the_outskirts_of_another_village_are_another_incident() -> None:
    """'أطراف بلدة يارون' (precision 2) lies 15 km from Houla: the shelling there is its own incident."""
    ms = run("قصفت المدفعية الإسرائيلية بلدة حولا جنوبي لبنان ظهر اليوم، فيما طال القصف المدفعي أطراف بلدة يارون.")
    assert sorted(m.location.name_en for m in ms) == ["Houla", "Yaroun"]


@pytest.mark.issue(8)
def test_a_home_hit_and_the_fighters_killed_in_it_are_one_strike() -> None:
    """A strike on a home (civilians) and a group mourning its members killed in it: one incident."""
    ms = run("شنت مسيرة إسرائيلية غارة على منزل في بلدة عيترون جنوبي لبنان ظهر اليوم.\n"
             "وأعلن حزب الله مقتل اثنين من عناصره في الغارة الإسرائيلية على بلدة عيترون.")
    assert [(m.location.name_en, m.fatalities) for m in ms] == [("Aitaroun", 2)]


def test_two_countries_at_once_are_a_tally() -> None:
    """'تحييد 9 إرهابيين من PKK في شمالي العراق وسوريا': a total over two countries, not one incident."""
    assert run("أعلنت وزارة الدفاع التركية أمس تحييد 9 إرهابيين من تنظيم \"PKK\" في شمالي العراق وسوريا.") == []


def test_a_headline_and_its_lead_with_one_toll_are_one_incident() -> None:
    """Headline 'قرب تدمر' and lead 'قرب مدينة السخنة' give the same two dead: one attack, placed by the body."""
    ms = run("مقتل جنديين بهجوم لداعش قرب تدمر\n"
             "قتل جنديان من الجيش السوري، مساء أمس الأربعاء، بهجوم شنه عناصر من داعش على حاجز قرب مدينة السخنة "
             "شرق حمص.\n"
             "وأفاد مصدر محلي بأن مسلحين هاجموا حاجزا للجيش قرب تدمر بالأسلحة الرشاشة، ما أسفر عن مقتل جنديين.")
    assert [(m.location.name_en, m.fatalities) for m in ms] == [("As Sukhnah", 2)]


def test_a_headline_place_gives_way_to_the_village_the_body_names_near_it() -> None:
    """Headline 'في صحراء Y' and lead 'قرب قرية X التابعة لقضاء Y': the lead's village stands, though 'قرب' reads p2."""
    ms = run("مقتل جنديين بكمين لداعش في صحراء الحضر\n"
             "قتل جنديان من الجيش العراقي، مساء أمس الأربعاء، بكمين نصبه عناصر من داعش قرب قرية العطشانة التابعة "
             "لقضاء الحضر جنوبي نينوى.")
    assert [(m.location.text, m.fatalities) for m in ms] == [("قرب قرية العطشانة", 2)]


def test_a_definite_noun_without_a_date_tells_the_incident_again() -> None:
    """'وأسفر القصف عن إصابة امرأة': the shelling just told, not a second one on civilians."""
    ms = run("قصفت المدفعية الإسرائيلية مواقع لحزب الله في بلدة الخيام جنوبي لبنان مساء أمس الأربعاء.\n"
             "وأسفر القصف عن إصابة امرأة بشظايا في بلدة الخيام، نقلت إلى مستشفى مرجعيون.")
    assert [(m.actor1.side, m.actor2 and m.actor2.side, m.injured) for m in ms] == [("ISRAEL", "IRAN_ALIGNED", 1)]


def test_a_definite_noun_with_a_list_of_places_is_news() -> None:
    """'كما طال القصف أطراف بلدتي X وY' names new places across the border from the attack just told."""
    ms = run("استهدف حزب الله بالصواريخ تجمعا لجنود إسرائيليين في مستعمرة المطلة ظهر اليوم.\n"
             "كما طال القصف المدفعي الإسرائيلي أطراف بلدتي العديسة ورب ثلاثين جنوبي لبنان.")
    assert ("Aadaisse", "ISRAEL") in [(m.location.name_en, m.actor1.side) for m in ms]


def test_a_clash_told_after_an_attack_in_one_sentence_is_the_same_operation() -> None:
    """'فجروا عبوة بدورية ..., كما خاضوا اشتباكات معها': the bomb and the fight that followed are one event."""
    ms = run("أعلن فصيل مسلح أن مقاتليه تمكنوا فجر اليوم من تفجير عبوة ناسفة بدورية لقوات النظام قرب بلدة "
             "اليادودة في ريف درعا، كما خاضوا اشتباكات مع عناصرها.")
    assert len(ms) == 1


def test_one_drone_downed_and_the_other_exploding_is_the_attack() -> None:
    """'أسقطت إحدى المسيرتين فيما سقطت الثانية قرب السياج': partly intercepted, so the drone attack itself."""
    ms = run("قال مصدر أمني إن الدفاعات الجوية في قاعدة عين الأسد تمكنت مساء أمس من إسقاط إحدى الطائرتين "
             "المسيرتين، فيما سقطت الثانية وانفجرت قرب السياج دون إصابات.")
    assert [m.sub_event_type for m in ms] == ["Air/drone strike"]


def test_merging_never_puts_one_side_on_both_ends() -> None:
    """A headline's attacker and a body's target of the same side ('برصاص الاحتلال' over 'اشتباكات مع قوات
    الاحتلال'): the merged unit keeps the side on one end only."""
    israel = Actor(id="israel", name_en="Israeli forces", name_ar="", side="ISRAEL", text="")
    into = Unit(frames=[], place=None, day=None, precision=None, date_from="none", agent=None, target=israel,
                sub_event="Armed clash", sub_from="trigger")
    head = Unit(frames=[], place=None, day=None, precision=None, date_from="none", agent=israel, target=None,
                sub_event="Armed clash", sub_from="weapon")
    _absorb(into, head)
    assert (into.agent, into.target) == (None, israel)


@pytest.mark.issue(8)
@pytest.mark.parametrize("text, expected", [
    # two districts named apart are two incidents, however near
    ("شنت طائرات أمريكية فجر اليوم غارتين على مديرية الصليف في محافظة الحديدة.\n"
     "كما شنت طائرات أمريكية غارة على مديرية الزيدية في المحافظة ذاتها.", 2),
    # a clash between the two sides of the attack told in its own sentence is the same operation
    ("أعلنت سرايا القدس أن مقاتليها استهدفوا آلية عسكرية إسرائيلية بقذيفة مضادة للدروع في محيط بلدة بيت لاهيا، "
     "مؤكدة أن مقاتليها يخوضون اشتباكات عنيفة مع قوات الاحتلال المتوغلة.", 1),
    # the family a raid killed, told in the raid's sentence, is no second incident
    ("وذكر الجيش الإسرائيلي أن طائرة حربية أغارت على مبنى لحزب الله في بلدة عيترون جنوبي لبنان، فيما قالت وسائل "
     "إعلام لبنانية إن الغارة أدت إلى مقتل أربعة أشخاص من عائلة واحدة.", 1),
])
def test_how_many_incidents(text: str, expected: int) -> None:
    """Districts apart, a clash beside an attack, a family killed in the raid told."""
    assert len(run(text)) == expected, [(m.sub_event_type, m.location.name_en) for m in run(text)]


@pytest.mark.issue(8)
def test_two_parts_of_a_title_line_at_two_places_are_two_stories() -> None:
    """'هجوم على X.. والطيران يقصف Y': a response at another place never joins the attack it answers."""
    ms = run("مقتل جنديين بهجوم إرهابي على حاجز قرب مدينة السخنة.. والطيران الحربي السوري يقصف مواقع في جبل البشري\n"
             "قتل جنديان وأصيب ثالث فجر اليوم جراء هجوم شنه مسلحون من تنظيم داعش على حاجز قرب مدينة السخنة.\n"
             "وردا على الهجوم، شن الطيران الحربي السوري غارات على مواقع التنظيم في جبل البشري.")
    got = sorted((m.location.name_en, m.actor1.side if m.actor1 else None) for m in ms)
    assert got == [("As Sukhnah", "ISIS"), ("Jabal al-Bishri", "SYRIA_GOV")], got


@pytest.mark.parametrize("text", [
    "أعلنت كتائب حزب الله، اليوم الخميس، تنفيذ أربع عمليات ضد القوات الأمريكية في سوريا.",
    "وأعلنت الجماعة في بيان مساء أمس شن ثلاث هجمات على أهداف إسرائيلية داخل الأراضي الفلسطينية المحتلة.",
])
def test_counted_operations_placed_only_in_a_country_are_a_summary(text: str) -> None:
    """'تنفيذ أربع عمليات ... في سوريا': several incidents summed up in a country, none of them codable."""
    assert run(text) == [], [(m.sub_event_type, m.location.name_en) for m in run(text)]


def test_a_sea_beats_the_country_the_drones_came_from() -> None:
    """'أسقطت مسيرات أطلقت من اليمن فوق البحر الأحمر' read at both places: the sea where they fell, not the country
    they came from; between two clauses the first place of equal precision stays."""
    from types import SimpleNamespace

    def unit(frame: object, flagged: str | None) -> Unit:
        place = SimpleNamespace(location=SimpleNamespace(geo_precision=3, flagged=flagged, feature="region",
                                                           id="x", text=""))
        return Unit(frames=[frame], place=place, day=None, precision=None, date_from="none",  # type: ignore[list-item]
                    agent=None, target=None, sub_event="Disrupted weapons use", sub_from="trigger")

    one, other = SimpleNamespace(heading=False), SimpleNamespace(heading=False)
    into, sea = unit(one, "country_only"), unit(one, "region")
    _absorb(into, sea)
    assert into.place is sea.place
    into, sea = unit(one, "country_only"), unit(other, "region")
    _absorb(into, sea)
    assert into.place is not sea.place


def test_a_dated_abduction_by_unnamed_men_is_coded() -> None:
    """'خطف ملثمون مساء أمس رجلا': no dictionary actor on either side, but a day, a place and an abduction."""
    ms = run("وفي ريف دير الزور، خطف ملثمون مساء أمس الأربعاء رجلا من بلدة الشحيل.")
    assert [(m.sub_event_type, m.event_date) for m in ms] == [("Abduction/forced disappearance", date(2024, 3, 13))]


def _dated(day: date, place: str, source: str) -> Unit:
    """A unit at one place with a date of the given provenance."""
    loc = SimpleNamespace(location=SimpleNamespace(id=place))
    return Unit(frames=[], place=loc, day=day, precision=1, date_from=source, agent=None, target=None,
                sub_event="Air/drone strike", sub_from="trigger")


@pytest.mark.parametrize(("a", "b", "ok"), [
    (_dated(date(2024, 3, 12), "x", "narrative"), _dated(date(2024, 3, 13), "x", "narrative"), True),
    (_dated(date(2024, 3, 12), "x", "narrative"), _dated(date(2024, 3, 13), "y", "narrative"), False),
    (_dated(date(2024, 3, 12), "x", "text"), _dated(date(2024, 3, 13), "x", "narrative"), False),
    (_dated(date(2024, 3, 11), "x", "narrative"), _dated(date(2024, 3, 13), "x", "narrative"), False),
])
def test_two_days_carried_over_from_the_story_may_be_a_night_apart(a: Unit, b: Unit, ok: bool) -> None:
    """'ليل الثلاثاء وفجر الأربعاء': two guessed days one night apart at the same place may be one incident."""
    assert dates_ok(a, b) is ok


def test_two_listed_villages_stay_two_incidents_however_close() -> None:
    """'أطراف بلدتي X وY' (2 km apart): one record per village, as ACLED splits them."""
    ms = run("قصفت المدفعية الإسرائيلية صباح اليوم أطراف بلدتي كفركلا والعديسة جنوبي لبنان بعدد من القذائف.")
    assert sorted(m.location.name_en for m in ms) == ["Aadaisse", "Kfar Kila"], [m.location.name_en for m in ms]


@pytest.mark.issue(8)
@pytest.mark.parametrize("downed, expected", [
    ("لصواريخ", ["Shelling/artillery/missile attack"]),  # the rockets the attack fired: one incident
    ("لطائرة مسيرة", ["Disrupted weapons use", "Shelling/artillery/missile attack"]),  # another weapon, another
])
def test_a_defence_joins_the_attack_it_partly_downed(downed: str, expected: list[str]) -> None:
    """'تصدت الدفاعات الجوية لصواريخ' beside 'أطلقت رشقة ... وقد اعترضت الدفاعات معظمها': the interception is part
    of the attack that got through, unless it downed a weapon the attack did not use."""
    ms = run(f"دوت صفارات الإنذار في مدينة إيلات مساء أمس، وتصدت الدفاعات الجوية {downed} في سمائها.\n"
             "وقال الجيش الإسرائيلي إن جماعة الحوثي أطلقت رشقة من الصواريخ باتجاه مدينة إيلات، وقد اعترضت الدفاعات "
             "الجوية معظمها وسقط أحدها في منطقة مفتوحة.")
    assert sorted(m.sub_event_type for m in ms) == expected


@pytest.mark.issue(8)
@pytest.mark.parametrize("place, expected", [
    ("النصيرات", 1),  # the attacker's own account of the strike told: one incident
    ("مدينة دير البلح", 2),  # another town: another strike
])
def test_the_attackers_word_about_the_strike_told_joins_it(place: str, expected: int) -> None:
    """'قتل خمسة مدنيين في غارة على منزل' then 'زعم الجيش أنه استهدف مسلحين داخل مبنى': the same strike, in the
    attacker's words, though it names another target."""
    ms = run("قتل خمسة مدنيين بينهم طفلان، فجر اليوم، في غارة إسرائيلية استهدفت منزلا في مخيم النصيرات وسط قطاع غزة.\n"
             f"وزعم الجيش الإسرائيلي في بيان أنه استهدف مسلحين من حركة حماس داخل مبنى في {place}.")
    assert len(ms) == expected, [(m.location.name_en, m.actor2 and m.actor2.side) for m in ms]
    assert ms[0].fatalities == 5 and ms[0].actor2 is not None and ms[0].actor2.side == "CIVILIANS"


def test_a_placeless_title_part_does_not_retype_the_body_strike() -> None:
    """'شهيدان باستهداف منزل في X.. وإصابة شاب برصاص قناص' over a body that tells the strike at X: the shooting in
    the title's second part, placed nowhere, does not make the strike a shooting."""
    ms = run("شهيدان باستهداف منزل في عيتا الشعب.. وإصابة شاب برصاص قناص\n"
             "استشهد مواطنان، فجر اليوم، جراء استهداف منزل في بلدة عيتا الشعب جنوبي لبنان.")
    assert [(m.sub_event_type, m.fatalities) for m in ms] == [("Shelling/artillery/missile attack", 2)]


def test_a_sub_heading_titles_the_paragraphs_after_it() -> None:
    """'قصف على الباب' inside the body names the shelling told below it: a placeless quote of the paragraph before
    is no shelling at al-Bab."""
    ms = run("صحيفة الشرق\n"
             "اشتباكات في ريف حلب\n"
             "قتل ثلاثة عناصر من قوات النظام بهجوم لمسلحين على حاجز في بلدة تادف شرقي حلب مساء أمس الأربعاء.\n"
             "وقال أحد السكان إن القذائف سقطت قرب المنازل طوال الليل.\n"
             "قصف على الباب\n"
             "وفي سياق آخر، قصفت المدفعية التركية، صباح اليوم الخميس، أطراف مدينة الباب، من دون إصابات.")
    assert sorted((m.location.name_en, m.event_date.isoformat()) for m in ms) == [
        ("Tedef", "2024-03-13"), ("al-Bab", "2024-03-14")]


def test_a_clash_goes_on_after_its_headline_joined() -> None:
    """'كمين ...، حيث هاجم عناصر التنظيم الرتل بالقذائف الصاروخية': the attack detailed in the ambush's sentence is
    the same incident, also once the headline's ambush has joined it."""
    ms = run("كمين لخلايا التنظيم يوقع قتلى من قوات النظام في بادية الرصافة\n\n"
             "قتل أربعة عناصر من قوات النظام مساء أمس الأربعاء جراء كمين نفذته خلايا تنظيم داعش استهدف رتلاً عسكرياً "
             "قرب بلدة الرصافة بريف الرقة، حيث هاجم عناصر التنظيم الرتل بالقذائف الصاروخية قبل أن ينسحبوا.")
    assert [(m.sub_event_type, m.fatalities) for m in ms] == [("Armed clash", 4)]


def test_a_day_of_telling_is_a_day_off_from_the_incident() -> None:
    """'أعلنت المديرية، اليوم الخميس، مقتل ...' then the statement's 'مساء الأربعاء': one incident, Wednesday."""
    ms = run("أعلنت مديرية الأمن في إقليم كردستان، اليوم الخميس، مقتل شخصين بغارة لطائرة مسيّرة تركية استهدفت سيارة "
             "قرب ناحية سيدكان.\n"
             "ولم تكشف المديرية عن هوية القتيلين.\n"
             "وقالت المديرية في بيان إن طائرة مسيّرة تركية استهدفت مساء يوم الأربعاء 13-3-2024 سيارة على طريق "
             "ناحية سيدكان، ما أسفر عن مقتل شخصين كانا على متنها.")
    assert [(str(m.event_date), m.fatalities) for m in ms] == [("2024-03-13", 2)], [
        (m.event_date, m.location.name_en) for m in ms]


def test_the_debris_of_downed_drones_belongs_to_the_interception() -> None:
    """'تصدت المضادات التابعة للجيش ... لمسيرات' and 'شظايا إحدى المسيرات سقطت على منزل': one interception, with
    the wounded of its debris ('التابعة للجيش' says whose guns they are, not what was repelled)."""
    ms = run("تصدت المضادات الأرضية التابعة للجيش، ليل الأربعاء، لعدد من الطائرات المسيّرة التي أطلقتها قوات الدعم "
             "السريع باتجاه مدينة عطبرة، وأسقطتها جميعها.\n"
             "وقالت حكومة ولاية نهر النيل في بيان إن شظايا إحدى المسيّرات سقطت على منزل وسط المدينة، ما أدى إلى إصابة "
             "امرأتين.")
    assert [(m.location.name_en[:6], m.injured) for m in ms] == [("Atbara", 2)], [
        (m.location.name_en, m.sub_event_type, m.injured) for m in ms]


def test_a_defence_that_downed_part_of_an_attack_in_a_later_clause_tells_the_attack() -> None:
    """'تصدت الدفاعات لهجوم ...، واستهدف ...، وأسقطت بعضها': some got through; one attack with its attacker
    (ob_010; the one-clause form in ka_010, ma_007, na_008, ot_016)."""
    ms = run("تصدت الدفاعات الجوية السورية فجر اليوم لعدوان إسرائيلي بصواريخ أرض-أرض انطلقت من الجولان، واستهدف "
             "مواقع عسكرية قرب بلدة الكسوة، وأسقطت بعضها.")
    assert [(m.sub_event_type, m.actor1.side) for m in ms] == [("Shelling/artillery/missile attack", "ISRAEL")]


def test_a_placeless_report_amid_the_story_takes_no_later_incident() -> None:
    """'فور انتهاء الاشتباك' (no place of its own) does not swallow, as a clash of its sides, the strike a later
    paragraph places (ob_010, ob_012, ka_020, bl_023)."""
    ms = run("قتل ثلاثة عناصر من قوات النظام مساء أمس الأربعاء في هجوم لخلايا داعش على حاجز قرب مدينة السخنة.\n"
             "وأضاف المصدر أن وحدات الجيش باشرت فور انتهاء الاشتباك عمليات تمشيط بمؤازرة القوات الرديفة.\n"
             "وفي سياق آخر، أعلنت وزارة الدفاع عن افتتاح مستشفى ميداني.\n"
             "كما زار الوزير القطعات المنتشرة في البادية.\n"
             "وفي ريف دمشق، استُهدفت نقاط عسكرية في محيط بلدة الكسوة فجر أمس الأربعاء، ما أدى إلى إصابة جنديين.")
    assert [(m.location.name_en, m.sub_event_type) for m in ms] == [
        ("As Sukhnah", "Armed clash"), ("Al-Kiswah", "Shelling/artillery/missile attack")]


def test_a_live_blog_entry_read_as_a_heading_keeps_its_stamps_day() -> None:
    """An evening entry without a full stop reads as a heading; the death told after midnight keeps its day."""
    text = ("الخيام والجوار - أخبار عاجلة\n\n"
            "📌 تغطية مستمرة لأحداث ليلة الأحد ١٠ آذار في الخيام\n\n"
            "🔴 ٩:١٠ م\n"
            "الطيران المسير عم يحلّق فوق الخيام من ساعة، ما في شي لهلأ\n\n"
            "🔴 ١١:٣٥ م\n"
            "الاحتلال عم يقصف بالمدفعية على حارات بلدة الخيام، القذايف نازلة عالبيوت والناس بالملاجئ\n\n"
            "🔴 ٢:٠٥ ص\n"
            "الهدوء رجع للبلدة بس الناس بعدها بالملاجئ\n\n"
            "🔴 ٦:٢٠ ص\n"
            "💔 توفيت السيدة اللي انصابت بقصف المدفعية على الخيام متأثرة بجراحها، الله يرحمها.\n")
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=date(2024, 3, 11))
    ms = extract(art, load_resources()).mentions
    assert [(m.event_date, m.fatalities) for m in ms] == [(date(2024, 3, 10), 1)]


def test_a_toll_update_the_day_after_tells_the_attack_again() -> None:
    """'لترتفع حصيلة قتلى الجيش في هجوم X': an update dated the next day by the story is the attack told before."""
    ms = run("قتل جندي سوري وأصيب ثلاثة آخرون، مساء الأربعاء، بهجوم شنه مسلحون على حاجز للجيش في مدينة الصنمين "
             "بريف درعا.\n"
             "وقال مصدر عسكري إن المهاجمين فروا بعد اشتباك قصير.\n"
             "تحديث – الخميس:\n"
             "أفاد مصدر طبي بوفاة جندي ثان متأثرا بجروح أصيب بها في الهجوم، لترتفع حصيلة قتلى الجيش في هجوم "
             "الصنمين إلى جنديين.\n")
    assert [(m.location.name_en, m.event_date) for m in ms] == [("Al-Sanamayn", date(2024, 3, 13))]


def test_a_country_beside_a_town_in_one_frame_is_no_second_incident() -> None:
    """'في مقاومة قوات الاحتلال الأمريكي في العراق والمنطقة ... هاجم ... قاعدة الاحتلال في الشدادي': the country of
    the mission statement is no incident of its own beside the base hit (round 16a: pa_004; frames with a country
    and a town in 5 dev docs of 5 sets)."""
    ms = run("حصاد اليوم | الخميس 14-03-2024\n\nتبنّت المقاومة الإسلامية في العراق اليوم عمليتين ضد قواعد الاحتلال "
             "الأمريكي، وفي ما يلي نص البيان:\n\n«العملية رقم (40)\nاستمراراً بنهجنا في مقاومة قوات الاحتلال "
             "الأمريكي في العراق والمنطقة، ونصرةً لأهلنا في لبنان، هاجم مجاهدو المقاومة الإسلامية في العراق، فجر "
             "اليوم الخميس، قاعدة الاحتلال الأمريكي في الشدادي بريف الحسكة الجنوبي بطائرة مسيرة».")
    assert [m.location.name_en for m in ms] == ["Ash Shaddadah"]


def test_a_point_measured_from_a_port_is_the_ports_incident() -> None:
    """'قبالة ميناء المخا' and '90 ميلاً بحرياً غرب ميناء المخا' tell one hit at sea, measured from one anchor, however
    far the offset point lies (round 16a: la_020)."""
    ms = run("ناقلة نفط تصاب بصاروخ قبالة المخا\n\nأصيبت ناقلة نفط بصاروخ باليستي أطلقته جماعة الحوثي مساء أمس قبالة "
             "المخا. وقالت شركة أمبري للأمن البحري إن ربان الناقلة أبلغ عن إصابتها بمقذوف على بعد 90 ميلاً بحرياً "
             "غرب ميناء المخا.")
    assert len(ms) == 1, [(m.location.name_en, m.sub_event_type) for m in ms]


@pytest.mark.parametrize("marker, expected", [
    ("في المقابل قدم الجيش الإسرائيلي رواية مختلفة، إذ قال إن", [("Beit Lahia", 10)]),
    ("في المقابل قال الجيش الإسرائيلي إن", [("Beit Lahia", None), ("Jabalia", 10)]),
])
def test_another_partys_different_account_retells_the_incident(marker: str, expected: list[object]) -> None:
    """'قدم ... رواية مختلفة، إذ قال': the other side's version of the incident just told, whatever place and sides it
    reads (round 16b: qb_004, qb_020; the construction in 5 dev docs of 5 sets); without the phrase, two reports."""
    ms = run("نصب مقاتلو حماس كميناً لقوة إسرائيلية في بيت لاهيا شمالي قطاع غزة مساء أمس.\n"
             f"{marker} قواته قتلت عشرة مسلحين خلال اشتباكات في جباليا.")
    assert [(m.location.name_en, m.fatalities) for m in ms] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("اعتراض مسيرة حوثية مفخخة أطلقت باتجاه خميس مشيط\n\nأعلن التحالف أن الدفاعات الجوية السعودية تمكنت فجر "
     "اليوم من اعتراض وتدمير طائرة مسيرة مفخخة أطلقتها الميليشيا الحوثية باتجاه خميس مشيط.\nوأفاد الدفاع المدني "
     "بأن سقوط شظايا المسيرة بعد اعتراضها فوق حي سكني في خميس مشيط أدى إلى إصابة طفلين.", ("Khamis Mushait", 2)),
    ("وقال الجيش إن صاروخا أطلق من جنوب لبنان باتجاه كريات شمونة جرى اعتراضه، وسقطت شظايا الاعتراض في منطقة "
     "مفتوحة.", ("Qiryat Shmona", None)),
    ("قال مسؤول عسكري أمريكي إن جنديين أصيبا بجروح طفيفة في هجوم بعدة صواريخ تعرضت له قاعدة حرير في أربيل في وقت "
     "متأخر من ليل أمس، موضحاً أن \"بعض الصواريخ جرى اعتراضه\" وأن الأضرار \"محدودة\".", ("Harir (Bashur) air base", 2)),
])
def test_an_interception_told_twice_is_one_incident(text: str, expected: tuple[str, int | None]) -> None:
    """Round 17b (rb_014, rb_021, fr_006, ht_011): one interception told launcher-first and defence-first, the
    debris it dropped, and 'جرى اعتراضه/إسقاطها' (a verbal noun whose pronoun is the weapon just told: 5 dev docs of
    4 sets) or 'بعض الصواريخ جرى اعتراضه' (part of the attack downed) make one mention, not two."""
    ms = run(text)
    assert [(m.location.name_en, m.injured) for m in ms] == [expected]


@pytest.mark.parametrize("detail", [
    "وأوضح المكتب أن المسيرة ألقت قنبلة على غرفة الحراسة عند مدخل الثكنة.",
    "وذكر المصدر أن الطائرة أطلقت صاروخين على الثكنة قبل أن تغادر الأجواء.",
])
def test_the_weapon_just_told_as_a_verbs_subject_details_its_incident(detail: str) -> None:
    """Round 18a (ra_008, ez_023, qb_004; 'المسيرة/الطائرة/القذائف + verb' in 47 dev docs of 20 sets): a definite
    weapon noun that opens the next sentence's verb is the weapon of the incident just told; its payload is a
    detail, no new Grenade or shelling event, and the carrier stays the weapon."""
    ms = run("هاجمت طائرة مسيرة تابعة لقوات الدعم السريع مساء أمس الأربعاء ثكنة للجيش السوداني في مدينة الأبيض.\n"
             + detail)
    assert [(m.sub_event_type, m.weapons) for m in ms] == [("Air/drone strike", ("drone",))]


def test_a_numbered_sub_heading_joins_the_operation_under_it() -> None:
    """Round 19a (sa_002; 'العملية رقم (N)' in 12 dev docs of 11 sets): the sub-heading 'العملية رقم (58): الشدادي'
    titles the paragraph that tells operation 58, not the lead that counts the operations."""
    ms = run("غارات ليلية: فصائل عراقية تتبنى ضرب قاعدتين\nتبنت فصائل عراقية، أمس الخميس، عمليتين ضد قاعدتين للقوات "
             "الأمريكية في سوريا.\nالعملية رقم (58): الشدادي\nوجاء في البيان: \"العملية رقم (58): هاجم مجاهدونا قاعدة "
             "الاحتلال الأمريكي في الشدادي بطائرة مسيرة مساء الخميس\".\nالعملية رقم (59): حقل العمر\nوفي بيان ثان، قالت "
             "الفصائل إن مقاتليها قصفوا قاعدة حقل العمر بالصواريخ مساء الخميس.")
    shaddadi = [m for m in ms if m.location is not None and m.location.name_en == "Ash Shaddadah"]
    assert len(ms) == 2 and len(shaddadi) == 1
    assert any(e.text.startswith("العملية رقم (58): الشدادي") for e in shaddadi[0].evidence)


@pytest.mark.parametrize(("text", "expected"), [
    ("أخبار الجنوب أولاً بأول\n🔴 غارة لمسيّرة إسرائيلية على سيارة في بلدة عيترون جنوبي لبنان\n"
     "🔴 معلومات أولية عن شهيدين\n#عيترون #عاجل", [("Aitaroun", PUB)]),
    ("غارة لمسيّرة إسرائيلية على سيارة في بلدة عيترون جنوبي لبنان\n"
     "قصفت المدفعية الإسرائيلية بلدة حولا جنوبي لبنان ظهر اليوم.", [("Houla", PUB)]),
], ids=["post-of-headlines", "headline-beside-a-body"])
def test_a_post_of_headlines_only_is_its_own_report(text: str, expected: list[tuple[str, date]]) -> None:
    """A flash post whose every line is a short unpunctuated line tells its incidents there, dated like a body; a
    headline beside a body that tells another incident is still only a headline."""
    assert [(m.location.name_en, m.event_date) for m in run(text)] == expected

def test_a_body_s_unknown_hand_stays_below_a_headline_naming_no_one() -> None:
    """'هجوم على بوابة X' above 'هجوم نفذه مسلحون مجهولون': the attacker stays the unknown gunmen, not a war party."""
    ms = run("ليبيا: مقتل حارس في هجوم على بوابة غريان\n"
             "قُتل أحد عناصر الحراسة عند مدخل مدينة غريان، مساء أمس الأربعاء، إثر هجوم نفذه مسلحون مجهولون.")
    assert [(m.actor1.side if m.actor1 else None, m.actor1.id if m.actor1 else None) for m in ms] == [
        ("UNKNOWN", "unknown_gunmen")]


def test_the_verbal_noun_of_arrest_is_no_definite_retelling() -> None:
    """'إلقاء القبض' opens with the alef-lam of its root, not the article: the arrest told after a shell at the same
    quarter is an arrest of its own, not the shell told again."""
    ms = run("قالت خلية الإعلام الأمني إن قذيفة هاون سقطت صباح اليوم في منطقة الكرادة ببغداد وأصابت شخصين بجروح.\n"
             "وتابعت الخلية أن القوات الأمنية \"نجحت بعد ساعتين في إلقاء القبض على ثلاثة مشتبه بهم في منطقة "
             "الكرادة\".")
    assert sorted(m.sub_event_type for m in ms) == ["Arrests", "Shelling/artillery/missile attack"]
