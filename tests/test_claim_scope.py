"""Claim scope: which incident a continuing sentence's toll joins, and which claims hold at a place.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.claim_scope import _toll_at
from rasd.extract import extract
from rasd.records import Article, Mention
from rasd.resources import load_resources

PUB = date(2024, 3, 14)  # a Thursday


def run(text: str) -> list[Mention]:
    """Extract the mentions of one small article."""
    art = Article(doc_id="s.txt", text=text, content_hash="h", published=PUB)
    return list(extract(art, load_resources()).mentions)


def tolls(ms: list[Mention], place: str) -> list[tuple[int | None, int | None]]:
    """The (fatalities, injured) of the mentions whose place name contains `place`."""
    return [(m.fatalities, m.injured) for m in ms if m.location is not None and place in m.location.name_en]


def test_a_risen_toll_of_an_operation_in_the_district_joins_it() -> None:
    ms = run("نفذت قوات الجيش فجر اليوم عملية إنزال جوي على مخابئ لداعش في الصحراء شمال غرب قضاء حديثة. وأضاف "
             "البيان أن القوات دمرت ثلاثة أوكار. وقال مصدر عسكري إن عدد قتلى التنظيم في عملية حديثة ارتفع إلى 11 "
             "مسلحا.")
    assert tolls(ms, "Haditha") == [(11, None)]


def test_a_toll_followed_by_an_unnamed_place_is_not_the_named_one() -> None:
    ms = run("شنت طائرات أمريكية فجر اليوم غارات على مقرات للفصائل في الميادين ومحيط البوكمال. وقال المرصد إن أربعة "
             "عناصر قتلوا في الميادين، بينما قتل اثنان من حراس مستودع في محيط المطار.")
    assert tolls(ms, "Mayadin") == [(4, None)]
    assert tolls(ms, "Abu Kamal") == [(2, None)]


def test_a_town_toll_does_not_hold_in_another_districts_countryside() -> None:
    ms = run("شنت طائرات أمريكية فجر اليوم غارات على مقر في مدينة الميادين ومستودع في ريف البوكمال. وتوزعت الحصيلة "
             "كالتالي: 5 قتلى في مدينة الميادين، و2 قتلى في ريف البوكمال.")
    assert tolls(ms, "Mayadin") == [(5, None)]


def test_a_toll_over_several_places_yields_to_no_casualties_at_one() -> None:
    ms = run("الوكالة الوطنية للإعلام - شهيدان وجريح في غارة على منزل في كفركلا وقصف مدفعي على أطراف الخيام ويارون"
             "\n\nشنت مسيرة معادية ظهر اليوم غارة على منزل في بلدة كفركلا، ما أدى إلى سقوط شهيدين وجريح. كما تعرضت "
             "أطراف بلدة الخيام لقصف مدفعي بعد الظهر، اقتصرت أضراره على الماديات.")
    assert tolls(ms, "Khiyam") == [(0, 0)]
    assert (2, 1) in tolls(ms, "Kfar Kila")


def test_a_continuing_toll_skips_the_strike_that_hurt_no_one() -> None:
    ms = run("استهدفت غارات أمريكية فجر اليوم مقرين للحشد الشعبي في جرف النصر والقائم. وأفاد مراسل بأن الغارة على "
             "القائم أدت إلى استشهاد ثلاثة من المنتسبين. وأضاف أن الغارة على جرف النصر اقتصرت على الأضرار المادية. "
             "ونعت هيئة الحشد في بيان الشهداء الثلاثة.")
    assert tolls(ms, "Jurf") == [(0, 0)]
    assert tolls(ms, "Qa'im") == [(3, 0)]


def test_two_towns_four_km_apart_keep_their_own_tolls() -> None:
    ms = run("سقطت قذائف هاون أطلقتها قوات النظام على بلدتي ذيبان والحوايج فجر اليوم، ما أدى إلى مقتل طفل وإصابة "
             "والدته في بلدة ذيبان، وأصيبت امرأة في بلدة الحوايج.")
    assert tolls(ms, "Dhiban") == [(1, 1)]
    assert tolls(ms, "Hawayij") == [(0, 1)]


LIVE_BLOG = ("🔴 ١٠:٣٠ م\nاشتباك بين عناصر من قسد ومسلحين عند أطراف بلدة ذيبان، قُتل عنصرين من قسد وانصاب ٣.\n\n"
             "🔴 ١١:٠٠ م\nانفجار عبوة بسيارة على طريق بلدة الشحيل، والحمد لله ما في إصابات.\n\n"
             "🔴 ١٢:٣٠ ص\nتحديث: ارتفع عدد قتلى قسد بالاشتباك لـ ٤ عناصر.\nيعني الحصيلة صارت ٤ قتلى، والمصابين ٢.")


def test_a_risen_toll_joins_the_incident_whose_toll_it_raises_and_the_next_sentence_follows() -> None:
    """'ارتفع عدد قتلى ... لـ ٤' raises the clash's toll (not the later blast's, which hurt no one); the sentence
    after it, naming no place, goes on with the same incident."""
    assert tolls(run(LIVE_BLOG), "Dhiban") == [(4, 2)]


def test_the_losses_of_both_sides_set_against_each_other_add_up() -> None:
    """'مقتل 12 من المهاجمين مقابل مقتل 3 من جنوده': the two sides' dead of one clash (ja_007)."""
    ms = run("أعلن الجيش أن قواته صدت هجوما على مواقعها في محيط مدينة بابنوسة اليوم، وأكد مقتل 12 من المهاجمين مقابل "
             "مقتل 3 من جنوده.")
    assert tolls(ms, "Babanusa") == [(15, None)]


def test_two_killed_in_the_battles_and_the_attackers_dead_add_up_past_the_headline() -> None:
    """'ان جنديين قتلا في المعارك, فيما قتل اكثر من 8 من المهاجمين' = 10; the headline's two soldiers are a part of
    it (ma_021; the dual verb also in ma_023)."""
    ms = run("مقتل جنديين في صد هجوم حوثي على حريب\n\nصدت قوات الجيش هجوما على مواقعها في مديرية حريب ليلة أمس، "
             "وقال مصدر عسكري إن جنديين قتلا في المعارك، فيما قتل أكثر من 8 من المهاجمين.")
    assert tolls(ms, "Harib") == [(10, None)]


def test_a_remark_after_the_toll_does_not_cut_it_from_the_story() -> None:
    """'انتشلت 5 شهداء ..., مشيرا الى ان عمليات البحث توقفت': the search stopped, the toll is the strike's (ob_016;
    an aggregate cue after every casualty word, behind a comma, vetoed the sentence)."""
    ms = run("دمرت غارة إسرائيلية منزلا في بلدة بيت لاهيا فجر اليوم. وقال الدفاع المدني إن طواقمه انتشلت 5 "
             "شهداء من تحت الأنقاض، مشيرا إلى أن عمليات البحث توقفت بسبب نفاد الوقود.")
    assert tolls(ms, "Lahia") == [(5, None)]


def test_a_toll_before_a_new_scene_in_its_sentence_stays_with_the_first_incident() -> None:
    ms = run("قصفت مدفعية الدعم السريع حي الثورة في مدينة أم درمان ظهر اليوم، ما أسفر عن مقتل ثلاثة مدنيين، وفي مدينة "
             "الأبيض سقطت قذائف على سوق شعبي وأصيب سبعة أشخاص بجروح.")
    assert tolls(ms, "Omdurman") == [(3, None)]
    assert tolls(ms, "Ubayyid") == [(0, 7)]


def test_round_17a_each_place_keeps_its_own_share_of_a_first_count() -> None:
    """'فقتل ثلاثة في X وقتيل في Y' after 'بحسب حصيلة أولية': the one in Y is no share of X's three that replaces it
    (a share follows a total given for no place: fr_009, la_007, lb_012, na_013, qa_013, sy_010)."""
    ms = run("وبحسب حصيلة أولية، استهدفت طائرات حربية روسية صباح اليوم بلدتي سرمين وبنش، فقُتل ثلاثة مدنيين في سرمين "
             "وقتيل في بنش.")
    assert tolls(ms, "Sarmin") == [(3, None)]
    assert tolls(ms, "Binnish") == [(1, None)]


def test_round_17a_a_headline_total_of_several_strikes_is_no_town_toll() -> None:
    """'6 قتلى بغارات روسية على ريف إدلب' over strikes told town by town: not the toll of the town whose own victim
    is told without a count (pa_008, pa_013, qa_013)."""
    ms = run("6 قتلى بغارات روسية على ريف إدلب\n\nشنت طائرات حربية روسية صباح اليوم غارات على ريف إدلب الشرقي. "
             "واستهدفت غارة منزلاً في بلدة سرمين ما أدى إلى مقتل مواطن. وفي بلدة بنش، قتل مدنيان بغارة على سوق شعبي.")
    assert tolls(ms, "Sarmin") == [(1, None)]
    assert tolls(ms, "Binnish") == [(2, None)]


def test_round_18a_a_rising_toll_reaches_its_incident_past_the_story_window() -> None:
    """'ارتفاع عدد القتلى إلى خمسة' four paragraphs after the incident, with nothing told between: the toll told
    before rises (live blogs and later paragraphs: ey_001, na_009, na_015, nb_010, ra_009, ra_024)."""
    ms = run("سقطت قذيفة مدفعية على سوق شعبي في مدينة تعز صباح اليوم، ما أدى إلى مقتل مدنيين اثنين وإصابة أربعة "
             "آخرين.\n\nوتشهد المدينة منذ أشهر توتراً أمنياً متصاعداً.\n\nوناشدت منظمات محلية المجتمع الدولي التدخل "
             "لحماية السكان.\n\nوأغلقت المحال التجارية أبوابها في معظم الأحياء.\n\nوفي المساء، أعلن مكتب الصحة "
             "ارتفاع عدد القتلى إلى خمسة، بعد وفاة ثلاثة من المصابين.")
    assert [t[0] for t in tolls(ms, "Ta'izz")] == [5]


def test_round_18a_a_hospital_named_for_accidents_is_no_class_of_events() -> None:
    """'نُقلت إلى مستشفى الحوادث': the aggregate word 'حوادث' names the hospital, so the rise after the incident
    is still its toll (ra_024's Tripoli hospital; the name recurs in Khartoum and Cairo)."""
    ms = run("قصفت قوات الدعم السريع حي الثورة في مدينة أم درمان مساء أمس، ما أدى إلى مقتل ثلاثة مدنيين وإصابة "
             "ستة.\n\nوأعلنت لجنة الأطباء صباح اليوم ارتفاع عدد القتلى إلى سبعة وعدد المصابين إلى 15، مبينة أن "
             "الإصابات نُقلت إلى مستشفى الحوادث.")
    assert tolls(ms, "Omdurman") == [(7, 15)]


def test_round_18a_a_rise_naming_its_attack_skips_the_incident_told_since() -> None:
    """'لترتفع حصيلة ضحايا الانفجار إلى ثلاثة' after a paragraph on an assassination of the night before: the
    explosion's toll rises, not the assassination's (nb_010's wording had a PMF convoy in Salah al-Din)."""
    ms = Article(doc_id="s.txt", published=date(2024, 3, 17), content_hash="h",
                 text="انفجرت عبوة ناسفة مساء السبت بسيارة عسكرية قرب مدينة نوى غربي درعا، ما أدى إلى مقتل عنصرين "
                      "وإصابة ثلاثة.\n\nوفي سياق آخر، اغتال مسلحون مجهولون ليل الجمعة شاباً في بلدة طفس.\n\nوصباح "
                      "اليوم الأحد، توفي أحد الجرحى متأثراً بجراحه، لترتفع حصيلة ضحايا الانفجار إلى ثلاثة قتلى.")
    got = list(extract(ms, load_resources()).mentions)
    assert [t[0] for t in tolls(got, "Nawa")] == [3]
    assert [t[0] for t in tolls(got, "Tafas")] == [1]


def test_round_21a_a_rise_naming_a_town_joins_that_town_not_a_neighbour_told_since() -> None:
    """'بارتفاع حصيلة شهداء عيترون إلى خمسة' after a strike on a town 2.5 km off raises عيترون's toll (ua_014)."""
    ms = run("قصفت طائرة إسرائيلية منزلاً في بلدة عيترون جنوبي لبنان مساء أمس، ما أدى إلى استشهاد ثلاثة أشخاص.\n\n"
             "وفي بلدة بنت جبيل، استهدفت غارة سيارة على الطريق العام، ما أدى إلى استشهاد شخصين.\n\n"
             "ولاحقاً أفادت وزارة الصحة بارتفاع حصيلة شهداء عيترون إلى خمسة بعد انتشال جثتين من تحت الأنقاض.")
    assert tolls(ms, "Aitaroun") == [(5, None)]
    assert tolls(ms, "Jbail") == [(2, None)]


def test_round_21a_no_casualties_of_a_background_strike_weeks_before_say_nothing_of_today() -> None:
    """'سبق أن شنت ... في الثالث من شباط الماضي غارتين على مواقع في X ... لم تسفرا عن إصابات' is not the toll of
    today's strike on X (ua_017)."""
    ms = run("شنت طائرات التحالف صباح اليوم غارة على موقع في مدينة صعدة اليمنية.\n\n"
             "وقال أحد السكان إن الضربة وقعت قرب سوق المدينة.\n\n"
             "وسبق أن شنت طائرات التحالف في الثالث من شباط الماضي غارتين على مواقع في مدينة صعدة، قال الحوثيون "
             "حينها إنهما لم تسفرا عن إصابات.")
    today = [m for m in ms if m.location is not None and "Sa" in m.location.name_en and m.event_date == PUB]
    assert today and all(m.fatalities is None for m in today)


def test_round_23a_a_result_clause_toll_is_its_causes_not_a_later_incidents() -> None:
    """'..., ما أدى إلى إصابة سائقها، في هجوم يشبه كميناً ... الأسبوع الماضي': the toll after a result clause's
    head is the attack's told before it, not the incident a later phrase of its clause recalls (wa_015, nb_005)."""
    ms = run("استهدف مسلحون مجهولون ظهر اليوم سيارة تقل موظفين في منظمة إغاثية على طريق مدينة التربة جنوب تعز، ما "
             "أدى إلى إصابة سائقها بجروح، في هجوم يشبه كميناً نصبه مسلحون الأسبوع الماضي لقافلة إغاثة في مديرية "
             "المعافر.")
    assert tolls(ms, "Turbah") == [(0, 1)]
    assert all(t == (None, None) for t in tolls(ms, "Ma'afer"))


def test_round_24a_the_other_hands_statement_continues_the_clash_its_pair_opened() -> None:
    """'فمن جهة، قالت X ... معلنة مقتل ثلاثة من أفرادها. ومن جهة أخرى، أكد Y ... معترفين بمقتل اثنين': the second
    half of the pair is no new matter; each party's own dead add up (tb_021, wb_024, ub_007, vb_023, tb_023: 5 docs
    in 4 sets tell a clash so)."""
    ms = run("اندلعت ليل الأربعاء اشتباكات عنيفة بين قوات الحزام الأمني ومسلحين قبليين في مدينة لودر. وروى كل طرف ما "
             "جرى؛ فمن جهة، قالت قوات الحزام في بيان إن أفرادها صدوا هجوما على نقطة تفتيش، معلنة مقتل ثلاثة من "
             "أفرادها. ومن جهة أخرى، أكد المسلحون القبليون في بيان أنهم سيطروا على النقطة، معترفين بمقتل اثنين من "
             "مقاتليهم.")
    assert tolls(ms, "Lawdar") == [(5, None)]



@pytest.mark.parametrize(("head", "named"), [
    ("الشهداء في ", True),  # 'ارتفاع عدد الشهداء في كنكاور إلى خمسة' (xa_022): the toll of that town
    ("المصابين بالرصاص في ", True),  # 'ارتفع عدد المصابين بالرصاص في X إلى ستة'
    ("القتلى في الغارة على بلدة ", False),  # the incident named first: its place is the incident's, not a scope
    ("القتلى ", False),
])
def test_round_24a_a_toll_told_for_a_town_opens_on_its_casualty_word_and_in(head: str, named: bool) -> None:
    """The words of a toll's evidence before a place it names: a casualty word and 'في' scope the toll to it."""
    assert _toll_at(head) is named


def test_session_41_a_short_toll_line_under_a_post_goes_on_with_its_incident() -> None:
    ms = run("صفحة أخبار المدينة\n\nقصفت طائرة مسيرة مجهولة سوق بلدة الرقة صباح اليوم وسط ازدحام الناس.\n"
             "الحصيلة الأولية: 3 شهداء و7 جرحى\nالله يرحمهم")
    assert tolls(ms, "Raqqa") == [(3, 7)]



@pytest.mark.parametrize("toll", ["ارتقاء شهيدين من المرابطين وإصابة آخرين", "ارتقاء ٣ شهداء من الإخوة وإصابة اثنين"])
def test_session_48_a_post_line_toll_under_an_unpunctuated_incident_line_is_its_toll(toll: str) -> None:
    """A post whose lines all lack final stops: the toll on the line right under the incident's line is its toll
    (a dual noun counts as a figure); the second half of a title line ('X.. والإسعاف: قتيلان') is not."""
    ms = run("قناة أخبار الجبهة | عاجل\n🔴 غارة معادية تستهدف فجر اليوم موقعاً للمقاومة في بلدة الميادين\n" + toll
             + " 🤲\n#الميادين")
    assert tolls(ms, "Mayadin")[0][0] in (2, 3)


def test_session_48_a_titles_second_half_is_no_post_line() -> None:
    ms = run("قصف مدفعي على أطراف بلدة الميادين.. وغداة مقتل شخصين بمسيرة\nموقع الأخبار\n\nتعرضت أطراف بلدة "
             "الميادين صباح اليوم لقصف مدفعي عنيف، من دون أن يسفر عن خسائر بشرية.")
    assert tolls(ms, "Mayadin") == [(0, 0)]


def test_session_42_the_first_toll_goes_to_its_incident_past_the_hospital_town_it_names() -> None:
    """A first counted toll with no incident of its own, told before the only town it names (where the wounded were
    taken), is the toll of the incident just told."""
    ms = run("صفحة أخبار الريف\n\nهاجم مسلحون على دراجات نارية فجر اليوم حاجزاً للشرطة عند مدخل بلدة الميادين "
             "وأطلقوا النار على العناصر.\nالحصيلة حسب مصادرنا: مقتل ثلاثة عناصر وإصابة اثنين، والحالات الحرجة "
             "تحولت البوكمال.")
    assert tolls(ms, "Mayadin") == [(3, 2)]
