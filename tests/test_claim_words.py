"""Casualty words read outside the cue lexicon: a death noun with its pronoun, wounded who died (claim_words).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.claim_words import DUAL_MARK, RELATIVE_DIED, died_of_wounds
from rasd.extract import extract
from rasd.records import Article, Mention
from rasd.resources import load_resources

PUB = date(2024, 3, 14)


def run(text: str) -> list[Mention]:
    """Extract the mentions of one small article."""
    art = Article(doc_id="w.txt", text=text, content_hash="h", published=PUB)
    return list(extract(art, load_resources()).mentions)


# (id, text, place, fatalities, injured)
CASES = [
    ("his-killing-is-one",
     "اغتال مسلحون مجهولون موظفاً في بلدية مدينة الحويجة مساء اليوم بإطلاق النار عليه أمام منزله، ما أدى إلى "
     "مقتله على الفور.",
     "Hawijah", 1, None),
    ("met-their-death-takes-the-subject-count",
     "انفجر لغم أرضي بسيارة مدنية قرب مدينة القامشلي اليوم، فلقي شقيقان مصرعهما وأصيب طفل بجروح.",
     "Qamishli", 2, 1),
    # mc_011: 'لقي موظف في دائرة ... مصرعه' read no dead (five words from 'لقي' to the noun, reach was 4)
    ("met-his-death-after-a-described-subject",
     "لقي سائق في شركة النقل العام مصرعه وأصيب ابنه بجروح إثر انفجار عبوة لاصقة بسيارته في مدينة القامشلي اليوم.",
     "Qamishli", 1, 1),
    ("dual-pronoun-is-two",
     "استهدفت مسيرة إسرائيلية شابين على دراجة نارية قرب مدينة النبطية اليوم، ما أدى إلى استشهادهما.",
     "Nabatieh", 2, None),
    ("wounded-who-died-are-no-injury-toll",
     "قصفت قوات الدعم السريع أحياء في مدينة أم درمان اليوم بالمدفعية، ما أدى إلى مقتل 7 مدنيين وإصابة 20 آخرين. "
     "وقالت مصادر طبية إن جريحين توفيا متأثرين بجراحهما.",
     "Omdurman", 7, 20),
]


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_deaths_and_wounded_who_died(text: str, place: str, killed: int | None, injured: int | None) -> None:
    ms = [m for m in run(text) if m.location is not None and place in m.location.name_en]
    assert len(ms) == 1
    assert (ms[0].fatalities, ms[0].injured) == (killed, injured)


@pytest.mark.parametrize(("text", "died"), [
    ("بعد وفاه جريحين متاثرين بجراحهما", True),
    ("وقال ان مصابين توفيا لاحقا", True),
    ("واصيب جريحين نقلا الي المستشفي", False),
])
def test_died_of_wounds(text: str, died: bool) -> None:
    start = text.index("جريحين") if "جريحين" in text else text.index("مصابين")
    assert died_of_wounds(text, start, start + 6) is died


# (id, text, place, fatalities, injured); round 14b
MORE = [
    # the day's total told after the strike's own figure (ob_015, na_013: 2 docs, 2 sets)
    ("day-total-after-the-strike-figure",
     "قصفت طائرات حربية منزلا في بلدة بيت لاهيا فجر اليوم، وقال الدفاع المدني إن عدد شهداء هذه الغارة ارتفع "
     "إلى 5، وحصيلة اليوم إلى 19 شهيدا.", "Lahia", 5, None),
    # 'one of the crew' is one wounded (ob_018); a count of the wounded wins over it
    ("one-of-the-crew-wounded",
     "استهدف صاروخ باليستي ناقلة نفط قرب ميناء المخا اليوم، ما أدى إلى إصابة أحد البحارة بجروح طفيفة.",
     "Mocha", 0, 1),
    ("a-count-of-the-wounded-wins-over-one-of",
     "اقتحمت قوات الاحتلال مدينة طولكرم فجر اليوم واندلعت اشتباكات أصيب خلالها 5 مواطنين. من جهته، اعترف "
     "الجيش بإصابة أحد جنوده.", "Tulkarm", 0, 5),
]


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [c[1:] for c in MORE], ids=[c[0] for c in MORE])
def test_day_totals_and_one_of_a_group(text: str, place: str, killed: int | None, injured: int | None) -> None:
    ms = [m for m in run(text) if m.location is not None and place in m.location.name_en]
    assert len(ms) == 1
    assert (ms[0].fatalities, ms[0].injured) == (killed, injured)


def test_a_dual_verb_counts_its_subject_with_its_group_and_both_sides_add_up() -> None:
    ms = run("قال الجيش في بيان إن عنصرين فقط من قوات الأمن قتلا في الهجوم على حاجز قرب مدينة الحويجة فجر اليوم، وإن "
             "ستة من المهاجمين قتلوا في الاشتباك.")
    assert [m.fatalities for m in ms if m.location is not None and "Hawij" in m.location.name_en] == [8]


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 17b: a death noun with its pronoun and 'مع' + those who died with him ('استشهاده مع سائقه' rb_025,
    # 'مقتله مع ابنتيه' mb_019: 2 docs, 2 sets)
    ("سقطت قذيفة على منزل في حي المطار بمدينة الفاشر أمس، ما أدى إلى مقتلها مع طفليها.", "Fasher", 3, None),
    ("استهدفت مسيرة سيارة قائد محلي قرب بلدة القحطانية، ما أدى إلى مصرعه برفقة مرافقه.", "Qahtaniyah", 2, None),
    # 'من عائلة واحدة': 'one' is the family's adjective, no count of the wounded (rb_025; 'عائلة/أسرة واحدة' in 14
    # docs)
    ("سقطت قذيفة هاون على حي سكني في مدينة تعز اليوم، ما أدى إلى إصابة ثلاثة أطفال من أسرة واحدة بجروح.",
     "Ta'izz", 0, 3),
])
def test_companions_of_a_death_noun_and_one_family(text: str, place: str, killed: int | None,
                                                    injured: int | None) -> None:
    """'مقتلها مع طفليها' = 3, 'مصرعه برفقة مرافقه' = 2; 'ثلاثة أطفال من أسرة واحدة' are three wounded."""
    ms = [m for m in run(text) if m.location is not None and place in m.location.name_en]
    assert len(ms) == 1, [(m.location and m.location.name_en) for m in run(text)]
    assert (ms[0].fatalities, ms[0].injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "killed"), [
    # the kin of the victims are counted, not the victims (ra_010: 'آلاف من أهالي المدينة وذوي الضحايا')
    ("سقطت قذيفة هاون على حي سكني في مدينة دوما بريف دمشق صباح اليوم.\n\nوتجمع مئات من أهالي المدينة وذوي "
     "الضحايا أمام المستشفى.", "Douma", None),
    # a second rise in the sentence, of the day's strikes, is no toll of the strike named first (qa_013)
    ("استهدفت غارة إسرائيلية منزلاً في بلدة الخيام صباح اليوم، ما أدى إلى استشهاد مواطنين اثنين. وفي وقت لاحق، توفي "
     "جريح متأثراً بإصابته، لترتفع حصيلة الغارة على البلدة إلى ثلاثة شهداء، وحصيلة غارات اليوم على الجنوب إلى سبعة "
     "شهداء.", "Khiyam", 3),
])
def test_round_18a_kin_and_day_totals_are_no_toll(text: str, place: str, killed: int | None) -> None:
    """A count of the victims' kin and a day's total of strikes are not the incident's toll."""
    ms = [m for m in run(text) if m.location is not None and place in m.location.name_en]
    assert [m.fatalities for m in ms] == [killed]


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 20b: a duration in a quote ('نزحوا قبل ثلاث سنوات"') counts no one (ub_005, ub_015, dz_017: 3 docs, 2 sets)
    ("قتل خمسة مدنيين بقصف مدفعي على قرية في ريف مدينة الباب مساء أمس، وقال أحد الجيران إن القتلى \"فلاحون "
     "عادوا قبل ثلاث سنوات\".", "Bab", 5, None),
    # the writer's tanween makes 'راعياً' one shepherd, the accusative singular, not the construct dual 'راعيا'
    ("قصفت المدفعية الإسرائيلية أطراف بلدة شبعا ظهر اليوم وأصابت راعياً بجروح طفيفة.", "Shab'a", 0, 1),
    ("قصفت المدفعية الإسرائيلية أطراف بلدة شبعا ظهر اليوم، وقتل راعيا أغنام كانا في المكان.",
     "Shab'a", 2, None),
])
def test_round_20b_durations_and_the_accusative_singular(text: str, place: str, killed: int | None,
                                                         injured: int | None) -> None:
    """A duration closed by a quote mark is a measure; a tanween on a final alif marks one person, not a dual."""
    m = next(x for x in run(text) if x.location is not None and place in x.location.name_en)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 21a: panic or shock is no injury (MDA-style reports in nb_018, rb_014, ua_013; uncounted in 5 more docs)
    ("سقطت شظايا صاروخ اعتراضي على مبنى في مدينة نهاريا الليلة، وأفاد الإسعاف بإصابة 4 أشخاص بجروح طفيفة، "
     "ومعالجة ثلاثة آخرين أصيبوا بالهلع.", "Nahariya", 0, 4),
    ("سقطت شظايا صاروخ اعتراضي على مبنى في مدينة نهاريا الليلة، وأفاد الإسعاف بإصابة شخصين بجروح، إضافة إلى "
     "خمسة أشخاص أصيبوا أثناء هروبهم أو عانوا من حالات هلع.", "Nahariya", 0, 2),
    # ... but a wound named first still counts
    ("سقطت شظايا صاروخ اعتراضي على مبنى في مدينة نهاريا الليلة، ما أدى إلى إصابة 3 أشخاص بجروح وحالة من الهلع.",
     "Nahariya", 0, 3),
    # a definite person dual followed by the names or a relative introduces two dead (cx, dz, ez, lb, ma, pa, ta)
    ("قصفت طائرة مسيرة تركية سيارة قرب بلدة عامودا مساء أمس، ما أدى إلى مقتل الرجلين خليل حسن وآزاد عمر.",
     "Amude", 2, None),
    ("انفجرت عبوة ناسفة بسيارة عسكرية على طريق بلدة الصنمين صباح اليوم، ما أدى إلى مقتل العنصرين اللذين كانا "
     "على متنها.", "Sanamayn", 2, None),
    # a vehicle's driver or rider is one victim, and with his companion two (ka_015, nw_006, ub_011, tb_011, tb_015)
    ("استهدفت مسيرة إسرائيلية سيارة في بلدة حولا جنوبي لبنان ظهر اليوم، ما أدى إلى استشهاد سائقها.", "Houla", 1,
     None),
    ("استهدفت مسيرة أمريكية سيارة رباعية الدفع قرب مدينة القائم ليلاً، ما أدى إلى مقتل سائقها ومرافقه.",
     "Qa", 2, None),
])
def test_round_21a_panic_definite_duals_and_drivers(text: str, place: str, killed: int | None,
                                                    injured: int | None) -> None:
    """Panic is no injury; 'الرجلين' + names is two dead; 'سائقها' is one."""
    m = next(x for x in run(text) if x.location is not None and place in x.location.name_en)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "panic"), [
    ("اثنين اخرين اصيبا بالهلع", True),
    ("سبعه اشخاص اصيبوا اثناء توجههم الي الملاجي او عانوا من حالات هلع", True),
    ("ثلاثه اشخاص بجروح وحاله من الهلع", False),
    ("ثلاثه اشخاص بجروح، وسط حاله من الهلع", False),
])
def test_round_21a_panic_is_no_injury_toll(text: str, panic: bool) -> None:
    end = len(text.split()[0]) + 1 + len(text.split()[1])
    assert died_of_wounds(text, 0, end) is panic


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 21b: a nisba dual whose shadda follows its fatha ('مدنيَّين', 'قياديَّين'; vb_002, and with a number or a
    # dual verb in dz_022, ex_010, ey_002, fr_006, la_004, mb_001, nb_009, oa_004, qa_002, sb_007, ua_002: 14 docs)
    ("أسفرت غارة تركية على قرية قرب بلدة عامودا فجر اليوم عن إصابة مدنيَّين بجروح.", "Amude", 0, 2),
    ("استهدفت طائرة مسيرة أمريكية سيارة قرب مدينة مأرب مساء أمس، ما أدى إلى مقتل قياديَّين في تنظيم القاعدة.",
     "rib", 2, None),
    # a singular relative clause of one death tells one dead (vb_017, ub_016, sy_017, pa_013, ub_001 and the
    # funerals of bl, cx, dz, ex, ey, ez, ka, mb, na, nw, ot, sa, tb, ua: 21 docs of 19 sets) ...
    ("شيّع أهالي بلدة نوى في ريف درعا الغربي اليوم الشاب خالد محمد، الذي لقي حتفه مساء أمس بانفجار عبوة ناسفة "
     "زرعها مجهولون على طريق البلدة.", "Nawa", 1, None),
    # ... unless the article states the toll, which wins over the retold victim
    ("نعت الفصائل القيادي أحمد كاظم، الذي ارتقى شهيداً مساء أمس بضربة مسيرة أمريكية استهدفت سيارته قرب مدينة "
     "القائم.\n\nوأفاد مراسلنا بأن الضربة أدت إلى مقتل ثلاثة أشخاص بينهم القيادي.", "Qa", 3, None),
])
def test_round_21b_nisba_duals_and_relative_deaths(text: str, place: str, killed: int | None,
                                                   injured: int | None) -> None:
    """'مدنيَّين' is two; '..., الذي لقي حتفه' is one dead unless a stated toll says more."""
    m = next(x for x in run(text) if x.location is not None and place in x.location.name_en)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("word", "dual"), [
    ("مدنيَّين", True), ("مدني\u0651\u064eين", True), ("مواطنَين", True),
    ("مدنيِّين", False), ("مدنيين", False),
])
def test_round_21b_dual_mark(word: str, dual: bool) -> None:
    assert (DUAL_MARK.fullmatch(word) is not None) is dual


@pytest.mark.parametrize(("text", "n"), [
    ("جثمان الشهيد الشاب علي، الذي استشهد امس", 1),
    ("والتي توفيت متاثره بجراحها", 1),
    ("اليوم الذي استشهد فيه", 0),
    ("القايد الذي ارتقي مع رفيقيه", 0),
    ("المسلح الذي قتل جنديين", 0),
])
def test_round_21b_relative_deaths(text: str, n: int) -> None:
    assert len(RELATIVE_DIED.findall(text)) == n


# round 22b (wb_ study): a thing's dual counts things, never victims; the dialect wound verb 'تعوّر/اتعوّر' (Yemeni,
# Egyptian: 8 dev docs of 8 sets) and the Gulf/Yemeni 'جاهل' (a child, one person: 6 docs of 6 sets)
ROUND_22B = [
    ("a-dual-of-strikes-is-no-toll",
     "قتلى بضربتين جويتين على مدينة سرت الليلة الماضية، وقالت مصادر طبية إن الضربتين أسفرتا عن مقتل خمسة أشخاص.",
     "Sirte", 5, None),
    ("a-dual-of-rockets-is-no-toll",
     "جرحى في صاروخين على نهاريا. وقال الإسعاف إن صاروخين أطلقا من لبنان سقطا على مدينة نهاريا وأصيب سبعة "
     "أشخاص بجروح.",
     "Nahariya", 0, 7),
    ("egyptian-wound-verb",
     "سقطت قذيفة على سوق في مدينة الفاشر اليوم، واتعوّروا أربعة من الباعة ومات واحد.",
     "Fasher", 1, 4),
    ("yemeni-child-wounded",
     "قصفت مدفعية الحوثيين منازل في مدينة الضالع، وتعوّر جاهل عمره عشر سنين.",
     "Dhal", 0, 1),
]


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [c[1:] for c in ROUND_22B],
                         ids=[c[0] for c in ROUND_22B])
def test_round_22b_thing_duals_and_dialect_wounds(text: str, place: str, killed: int | None,
                                                 injured: int | None) -> None:
    ms = [m for m in run(text) if m.location is not None and place in m.location.name_en]
    assert ms
    assert (ms[0].fatalities, ms[0].injured) == (killed, injured)


# round 44 (h3, rA census of injured errors on matched events): a singular person noun in construct ('صاحب مخبز')
# or a kin noun with a dual or plural possessive ('جدتهما', 'والدهم') counts one person, as 'والدته' already did
# (quantity_cues.tsv one_person; rA gb011-f, of018-a)
ROUND_44 = [
    ("owner-in-construct-is-one",
     "انفجرت عبوة لاصقة بسيارة في مدينة كركوك مساء اليوم، وأصيب صاحب مخبز كان يمر قربها بجروح.",
     "Kirkuk", 0, 1),
    ("kin-noun-with-dual-possessive-is-one",
     "سقطت قذيفة هاون على منزل في مدينة تعز اليوم، فقُتلت طفلتان وأصيبت جدتهما بجروح.",
     "Ta'izz", 2, 1),
    ("kin-noun-with-dual-possessive-after-killed-pair",
     "قصفت مسيرة تركية سيارة قرب بلدة عامودا اليوم، فقتل شقيقان وأصيب والدهما بجروح.",
     "Amude", 2, 1),
]


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [c[1:] for c in ROUND_44],
                         ids=[c[0] for c in ROUND_44])
def test_round_44_construct_and_possessive_persons(text: str, place: str, killed: int | None,
                                                  injured: int | None) -> None:
    ms = [m for m in run(text) if m.location is not None and place in m.location.name_en]
    assert ms
    assert (ms[0].fatalities, ms[0].injured) == (killed, injured)
