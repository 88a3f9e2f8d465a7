"""Revised tolls: a risen toll told after the first count's phrase, a toll that 'became' a figure, and a headline
repeating the first count.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Mention
from tests import factories as f

PUB = date(2024, 5, 9)  # a Thursday


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


at = f.mention_at


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # the first count's phrase opens the sentence, the rise comes after it: the risen figure is the new one
    ("قصفت طائرة مسيرة سوقا في مدينة الحديدة ظهر اليوم. وكانت الحصيلة الأولية قد تحدثت عن مقتل 3 مدنيين، قبل أن "
     "يعلن مستشفى المدينة ارتفاع العدد إلى 6 قتلى و9 جرحى.", "Hudaydah", 6, 9),
    # the headline repeats the first count the body says was revised
    ("مقتل 3 مدنيين بقصف على سوق الحديدة\nقصفت طائرة مسيرة سوقا في مدينة الحديدة ظهر اليوم. وكانت الحصيلة الأولية "
     "قد تحدثت عن مقتل 3 مدنيين، قبل أن يعلن مستشفى المدينة ارتفاع العدد إلى 6 قتلى.", "Hudaydah", 6, None),
    # 'the toll became 5' is the newest figure of a toll told before
    ("دارت اشتباكات في بلدة الخيام ليل أمس وقتل فيها 3 مسلحين. وقال مصدر محلي صباح اليوم إن الحصيلة أصبحت 5 "
     "قتلى بعد العثور على جثتين.", "Khiyam", 5, None),
    # 'the updated toll' names the newest figure (mb_025, and the construction in ey_020, ez_016)
    ("قصفت طائرة مسيرة سوقا شعبيا في مدينة الأبيض يوم الأحد، وأفادت وكالة محلية بمقتل 5 أشخاص، غير أن الحصيلة "
     "المحدثة التي أعلنتها السلطات الصحية اليوم بلغت 9 قتلى.", "Ubayyid", 9, None),
    # 'preliminary information' is a first count that a later one replaces (ka_003, mb_015, ex_014)
    ("شنت طائرة حربية غارة على منزل في بلدة الخيام جنوب لبنان مساء اليوم، ومعلومات أولية عن 3 شهداء.\n\n"
     "وأعلنت وزارة الصحة أن الغارة على بلدة الخيام أسفرت عن استشهاد 5 مواطنين.", "Khiyam", 5, None),
])
def test_revised_tolls(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """The newest figure of a revised toll is the incident's."""
    m = at(run(text), place)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # a correction set off by a comma, told in the sentence after the version it corrects, of the outlet's previous
    # issue (na_025; 'والصحيح،' in lb_019 and nb_021, 'في عددها الصادر أمس' in ka_025 and mb_025)
    ("تنويه: نشرت الصحيفة في عددها الصادر أمس أن القصف على سوق مدينة الفاشر أسفر عن مقتل 4 مدنيين وإصابة 7. "
     "والصحيح، وفق بيان لاحق لوزارة الصحة، أن القصف على الفاشر أسفر عن مقتل 6 مدنيين وإصابة 15.", "Fasher", 6, 15),
    # the shares of an updated toll given place by place are not lower figures the total replaces (nb_016; per-place
    # breakdowns in 8 docs of 8 sets)
    ("قصفت مدفعية الاحتلال منازل في بلدة بيت حانون صباح اليوم، واستهدفت غارة منزلا في مخيم جباليا.\n\n"
     "وفي حصيلة محدثة صدرت مساء اليوم أعلنت وزارة الصحة أن القصف على بيت حانون ومخيم جباليا أدى إلى سقوط 9 شهداء و20 جريحا، موزعين كالآتي: 6 شهداء و12 "
     "جريحا في بيت حانون، و3 شهداء و8 جرحى في مخيم جباليا.", "Jabalia", 3, 8),
])
def test_corrections_and_shares_of_an_update(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """A correction replaces the earlier issue's figures; a place's share of an updated toll is that place's toll."""
    m = at(run(text), place)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 15a: a final toll replaces the other figures of its field, wherever it stands (bl_011, dz_011, ex_014,
    # ja_011, ma_014, oa_013: 6 docs, 6 sets; ma_014 and mb_015 took a lower one)
    ("استشهاد ثلاثة مواطنين بغارة إسرائيلية على الخيام\n\nأعلنت وزارة الصحة أن غارة إسرائيلية على بلدة الخيام "
     "جنوبي لبنان فجر اليوم أدت في حصيلة نهائية إلى استشهاد خمسة مواطنين.", "Khiyam", 5, None),
    # newest first: the final statement, then the older figure 'في حصيلة غير نهائية'
    ("الدفاع المدني في بيان نهائي: حصيلة القصف على بلدة بنت جبيل ظهر اليوم بلغت أربعة شهداء وسبعة جرحى.\n\n"
     "الدفاع المدني: سقوط شهيدين و5 جرحى في القصف على بنت جبيل، في حصيلة غير نهائية.\n\n"
     "قصفت المدفعية الإسرائيلية ظهر اليوم بلدة بنت جبيل جنوبي لبنان.", "Bent Jbail", 4, 7),
])
def test_final_toll(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """'في حصيلة نهائية', 'بيان نهائي:' name the figure that stands."""
    m = at(run(text), place)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "killed"), [
    # the risen toll of one incident named by its trigger replaces the share a breakdown gave its place, told in
    # another sentence (na_013; 'عدد شهداء <trigger> ... الي N' in 27 docs of 17 sets)
    ("شن الطيران الحربي غارات على بلدتي الخيام وعيترون جنوب لبنان ظهر اليوم.\n\nوأعلنت وزارة الصحة أن الغارات أدت "
     "إلى سقوط ستة شهداء، موزعين كالآتي: أربعة شهداء في الغارة على منزل في بلدة الخيام، وشهيدان في الغارة على بلدة "
     "عيترون. ثم أعلنت الوزارة في بيان لاحق ارتفاع عدد شهداء غارة الخيام إلى خمسة، بعد وفاة أحد الجرحى.", "Khiyam", 5),
    # the rising verb after the named incident ('عدد قتلى قصف السوق ارتفع إلى 8'), a count of the wounded between
    # the figure and their noun, and a larger day's total of another town told in between (pb_022, ma_015)
    ("قتل 5 مدنيين في قصف مدفعي على سوق في مدينة الفاشر صباح اليوم.\n\nوفي حصيلة أشمل لأحداث اليوم في دارفور، قال "
     "ناشطون إن 20 مدنياً قتلوا في قصف على مدينة نيالا.\n\nوفي المساء قالت لجنة المقاومة إن عدد قتلى قصف السوق "
     "ارتفع إلى 8 بعد وفاة ثلاثة من المصابين متأثرين بجراحهم.", "Fasher", 8),
    # a rise that names no incident, against another teller's lower count: the conservative figure stays (ja_015)
    ("قصفت طائرة مسيرة منزلا في حي الشيخ رضوان بمدينة غزة فجر اليوم.\n\nوقال الدفاع المدني إن عدد الشهداء ارتفع "
     "إلى تسعة بعد انتشال جثة من تحت الأنقاض، بينما أفاد مستشفى الشفاء بأنه استقبل جثامين ستة شهداء.", "Radwan", 6),
])
def test_risen_toll_of_one_incident(text: str, place: str, killed: int) -> None:
    """A risen toll that names its incident by its trigger is that incident's newest figure."""
    assert at(run(text), place).fatalities == killed


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 16a: a count 'in a toll not yet final' told after a first count's is the newer figure, not an earlier
    # report (pa_011 lost its 3 to the 1 of 'معلومات أولية'; 'غير نهائية' in mb_015, oa_013, pb_014: 4 docs, 4 sets)
    ("قصفت قوات الدعم السريع سوق مدينة الفاشر ظهر اليوم، ومعلومات أولية عن سقوط قتيل.\n\n"
     "وأعلنت وزارة الصحة أن القصف على سوق الفاشر أدى في حصيلة غير نهائية إلى مقتل أربعة مواطنين وإصابة تسعة "
     "آخرين.", "Fasher", 4, 9),
    # 'ليصل عدد القتلى إلى N' raises the toll as 'لترتفع' does, and the headline repeating the replaced figure is
    # that earlier count (pa_016, pb_014)
    ("3 قتلى بقصف حوثي على منزل في تعز\n\nقصفت ميليشيا الحوثي منزلا في مدينة تعز فجر اليوم، ما أدى إلى مقتل "
     "ثلاثة مدنيين.\n\nوفي وقت لاحق انتشلت فرق الإنقاذ جثتين أخريين من تحت الأنقاض، ليصل عدد القتلى إلى خمسة.",
     "Ta'izz", 5, None),
    # a correction giving the count alone, its noun told in the figure it corrects (pb_019)
    ("قصفت قوات الدعم السريع حي الشرقي في مدينة الأبيض أمس الأربعاء.\n\nتنويه: ذكرنا أمس أن جرحى القصف "
     "خمسة، والصحيح أنهم أربعة.", "Ubayyid", 0, 4),
])
def test_newer_counts_round_16a(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """A non-final count beats a first count, 'ليصل عدد ... إلى' is a rise, 'والصحيح أنهم N' a correction."""
    m = at(run(text), place)
    assert (m.fatalities, m.injured) == (killed, injured)



@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 17b: 'حصيلة' + one attack ('ارتفاع حصيلة القصف على بلدة X') is the toll of that one attack, which
    # replaces the lower figures a listing gave it in an earlier post (rb_011; 'حصيلة الغارة/الهجوم/التفجير' rising in
    # 16 docs of 14 sets)
    ("قصفت مدفعية الجيش صباح اليوم بلدتي كفرنبل ومعرة النعمان، وأسفر القصف على كفرنبل عن قتيلين، "
     "وعلى معرة النعمان عن جريح.\n\nوفي المساء أعلن الدفاع المدني ارتفاع حصيلة القصف على بلدة كفرنبل إلى 6 "
     "قتلى و9 جرحى.", "Kafr Nabl", 6, 9),
    # 'عدد القتلى ارتفع إلى N' (the rising verb after the toll's noun) raises the toll told in an earlier sentence,
    # and 'وفاة أحد الجريحين' is one of the two told before, no count of two (rb_009, nb_010; 'عدد X ارتفع إلى' in 7
    # docs of 7 sets)
    ("هاجم مسلحون حاجزاً للجيش قرب مدينة تلعفر مساء أمس، ما أدى إلى مقتل جنديين وإصابة اثنين آخرين.\n\n"
     "وأفاد مصدر طبي اليوم بأن عدد القتلى ارتفع إلى ثلاثة بعد وفاة أحد الجريحين في المستشفى، ليبقى جريح واحد "
     "تحت العلاج.", "Tal Afar", 3, 1),
    # ... but another teller's count told after the risen one in its sentence stands beside it (ja_015)
    ("قصفت طائرة إسرائيلية منزلاً في حي الشجاعية بمدينة غزة اليوم. وقال الدفاع المدني إن عدد الشهداء ارتفع إلى "
     "تسعة، بينما أفاد مستشفى المعمداني بأنه استقبل ستة شهداء.", "Shuja", 6, None),
])
def test_newer_counts_round_17b(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """A risen toll of one attack beats its listed figure; 'عدد القتلى ارتفع' rises; 'أحد الجريحين' counts no two."""
    m = at(run(text), place)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "killed"), [
    # round 20a: a toll of one group of victims that rises in a later paragraph ('لترتفع حصيلة قتلى الجنود إلى')
    # replaces the lower figure the headline gave (ta_024, la_006; such rises in ~50 docs of 28 sets)
    ("مقتل جنديين بهجوم على حاجز قرب تلعفر\n\nهاجم مسلحون حاجزاً للجيش قرب مدينة تلعفر مساء أمس، ما أدى إلى "
     "مقتل جنديين.\n\nوصباح اليوم توفي جندي ثالث متأثراً بجروحه، لترتفع حصيلة قتلى الجنود إلى ثلاثة.", "Tal Afar", 3),
    # ... but a teller raising the figure itself ('فيما رفعت X الحصيلة إلى') gives its own count beside the lower
    # one (bl_024)
    ("قصف الطيران سوقاً في مدينة الأبيض يوم الأحد.\n\nووثقت لجنة الأطباء مقتل 8 مدنيين في القصف على سوق "
     "الأبيض.\n\nوفي المقابل رفعت قوات الدعم السريع الحصيلة إلى 15 قتيلاً.", "Ubayyid", 8),
    # ... and a total risen over the day's strikes is no figure of one strike
    ("قصفت طائرة مسيرة منزلاً في بلدة الخيام ظهر اليوم، ما أدى إلى مقتل 3 مدنيين.\n\nوقالت وزارة الصحة إن "
     "الحصيلة الإجمالية لغارات اليوم ارتفعت إلى 11 قتيلاً.", "Khiyam", 3),
    # a strike's risen figure keeps its place before the day's risen total told after it in the same sentence
    # (ta_012; a day or several strikes' total rising after one strike's figure in 11 docs of 11 sets)
    ("قصفت طائرة مسيرة منزلاً في بلدة الخيام ظهر اليوم.\n\nوأعلنت وزارة الصحة لاحقاً ارتفاع حصيلة الغارة على "
     "الخيام إلى 5 شهداء بعد انتشال جثة من تحت الأنقاض، لترتفع الحصيلة الإجمالية لغارات اليوم إلى 8 شهداء.",
     "Khiyam", 5),
])
def test_risen_group_tolls_round_20a(text: str, place: str, killed: int) -> None:
    """A group's toll risen in a later paragraph beats the headline; a teller's raise or a day's total does not."""
    assert at(run(text), place).fatalities == killed


def test_rise_before_the_victims_named_again_round_20a() -> None:
    """'عدد الجرحى ارتفع إلى N' raises the toll though its victims are named again after it without a count (sa_020)."""
    text = ("سقطت قذيفة هاون على سوق في مدينة تعز عصر اليوم، ما أدى إلى إصابة اثنين من الباعة.\n\nوقال مصدر طبي "
            "لاحقاً إن عدد الجرحى ارتفع إلى أربعة بعد وصول مصابين آخرين إلى المستشفى، مؤكداً أن حالة الجرحى مستقرة.")
    assert at(run(text), "Ta'izz").injured == 4


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 20b: 'the latest toll' heading a colon beats the first post of a live blog (ub_020; 'أحدث حصيلة', 'آخر
    # إحصائية' in la_014, nw_014, ot_007)
    ("عاجل: غارة على سوق مدينة حجة الآن وسقوط 3 قتلى.\n\nتحديث: المستشفى يتحدث عن 5 قتلى و8 جرحى.\n\n"
     "آخر حصيلة من مكتب الصحة لغارة سوق حجة: 11 قتيلاً و17 جريحاً.", "Hajjah", 11, 17),
    # ... and after its figure ('وفق أحدث حصيلة')
    ("قصفت طائرة مسيرة سوقاً في مدينة حجة ظهر اليوم، ما أدى إلى مقتل 4 مدنيين.\n\nوقالت السلطات الصحية مساءً "
     "إن 7 مدنيين قتلوا في الغارة، وفق أحدث حصيلة.", "Hajjah", 7, None),
    # 'the initial count' is a first count a later one replaces (ub_020; 'الأرقام الأولية' in sa_015)
    ("سقطت قذائف على حي سكني في مدينة حجة عصر اليوم، والعدد الأولي 3 قتلى.\n\nوقال مصدر طبي لاحقاً إن 6 مدنيين "
     "قتلوا في القصف.", "Hajjah", 6, None),
])
def test_latest_and_initial_counts_round_20b(text: str, place: str, killed: int, injured: int | None) -> None:
    """'آخر حصيلة' / 'أحدث حصيلة' name the newest count, 'العدد الأولي' a first one."""
    m = at(run(text), place)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 43b: 'X, قبل أن ... ارتفاعها إلى Y': the pronoun-suffixed rise names the toll told before it (of007-e)
    ("هاجم مسلحون حاجزا للجيش في بلدة الخيام فجر اليوم. وتحدثت الحصيلة الأولية عن قتيلين، قبل أن يعلن مصدر طبي "
     "ارتفاعها إلى 4 قتلى.", "Khiyam", 4, None),
    # 'X, قبل أن ... لتصبح الحصيلة النهائية Y': a final toll later in the sentence leaves the first count behind (lc016-a)
    ("أعلنت وزارة الصحة في حصيلة أولى سقوط شهيدين بغارة على منزل في بلدة الخيام فجر اليوم، قبل أن تنتشل فرق "
     "الإنقاذ جثة ثالث من تحت الركام، لتصبح الحصيلة النهائية ثلاثة شهداء.", "Khiyam", 3, None),
    # 'كانت ... قد أحصت X، قبل أن ترتفع الحصيلة': the figure before the rise is the first count (jc001-a)
    ("قتل 7 جنود بكمين على طريق قرب بلدة الخيام مساء أمس. وكانت مصادر محلية قد أحصت في الساعات الأولى 5 قتلى، قبل "
     "أن ترتفع الحصيلة صباح اليوم.", "Khiyam", 7, None),
    # 'لتستقر الحصيلة على Y': where the toll settled after a wounded man died (hb005-a)
    ("قصفت طائرة مسيرة سيارة في بلدة الخيام يوم السبت ما أدى إلى مقتل شخصين وإصابة ثالث، إلا أن الجريح توفي "
     "اليوم في المستشفى، لتستقر الحصيلة على ثلاثة قتلى.", "Khiyam", 3, None),
])
def test_first_counts_left_behind(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """A first count that a later figure of the same sentence revises gives way to it."""
    m = at(run(text), place)
    assert m.fatalities == killed
