"""Attribution: claimants are sources, relays and names in passing are not (issue 7).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Article
from rasd.resources import load_resources
from tests import factories as f

PUB = date(2024, 3, 14)  # a Thursday


def sources_at(text: str, place: str, outlet: str | None = None) -> set[str]:
    """The sources of the mention whose place name contains `place` (published PUB)."""
    return f.sources_at(text, place, PUB, outlet)


# (id, text, place, expected sources)
CASES = [
    ("claimant-statement",
     "أعلنت كتائب القسام في بيان قصف موقع للجيش الإسرائيلي قرب مدينة خان يونس بقذائف الهاون اليوم.",
     "Khan", {"Al-Qassam Brigades"}),
    ("drone-word-is-not-al-masirah",
     "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بالطائرات المسيرة صباح اليوم.",
     "Tanf", {"Islamic Resistance in Iraq"}),
    ("actor-in-passing-is-not-a-source",
     "رصد المرصد السوري لحقوق الإنسان سقوط طائرة مسيرة مفخخة داخل قاعدة حقل العمر فجر اليوم، تزامنا مع استنفار "
     "لقوات سوريا الديمقراطية في محيط الحقل.",
     "Omar", {"SOHR"}),
    ("name-inside-the-reported-words",
     "قال البنتاغون إن صاروخين سقطا داخل قاعدة عين الأسد مساء أمس، وأضاف أن جماعة المقاومة الإسلامية في العراق "
     "تقف على الأرجح وراء الهجوم.",
     "Asad", {"Pentagon"}),
    ("class-noun-refers-back",
     "قالت وكالة سانا إن الطيران الروسي كثف طلعاته فوق ريف إدلب أمس. وأشار المرصد السوري لحقوق الإنسان إلى "
     "تحليق مكثف للطيران فوق المنطقة. وقصفت طائرات حربية روسية محيط مدينة سراقب صباح اليوم، وقال المرصد إن "
     "الغارات استهدفت مقرا للفصائل.",
     "Saraqib", {"SOHR"}),
    ("correspondent-of-an-outlet",
     "سقطت ثلاثة صواريخ داخل قاعدة التنف ظهر اليوم، بحسب ما أفاد مراسل الميادين.",
     "Tanf", {"Al Mayadeen"}),
    ("relay-of-a-vague-speaker-yields-to-a-claimant",
     "انفجرت عبوة ناسفة بدورية للجيش العراقي في ناحية الرياض جنوب غربي كركوك مساء أمس. وقال مصدر أمني لوكالة "
     "شفق نيوز إن العبوة زرعت على طريق ترابي. وأعلنت خلية الإعلام الأمني أن الانفجار أدى إلى إصابة جنديين.",
     "Riyad", {"Security Media Cell"}),
    ("relay-kept-when-nothing-better",
     "انفجرت عبوة ناسفة بدورية للجيش العراقي في ناحية الرياض جنوب غربي كركوك مساء أمس. وقال مصدر أمني لوكالة "
     "شفق نيوز إن العبوة زرعت على طريق ترابي.",
     "Riyad", {"Shafaq News"}),
    ("dateline-is-not-a-source",
     "صنعاء - سبأ\nشن طيران العدوان غارات على مطار الحديدة فجر اليوم. وقال المتحدث باسم القوات المسلحة اليمنية إن "
     "الغارات لم تسفر عن إصابات.",
     "Hudaydah", {"Houthis"}),
    ("received-copy-is-a-relay",
     "دمشق-سانا\nاستهدفت طائرات الاحتلال الأمريكي مواقع قرب مدينة البوكمال فجر اليوم. وقالت القيادة العامة للجيش "
     "والقوات المسلحة في بيان تلقت سانا نسخة منه إن العدوان أدى إلى أضرار مادية.",
     "Kamal", {"Syrian Ministry of Defense"}),
    ("lead-source-covers-the-report",
     "رصد المرصد السوري لحقوق الإنسان غارات روسية على محيط بلدة كنصفرة صباح اليوم.\n"
     "وفي ريف حلب الشمالي، قصفت القوات التركية بالمدفعية الثقيلة قرية مرعناز مساء أمس.",
     "Mar", {"SOHR"}),
    ("quoted-party-of-a-vague-speaker",
     'قتل عنصران من قسد بهجوم على حاجز عند مدخل مدينة القامشلي صباح اليوم، بحسب ما أكده مصدر عسكري في "قسد".',
     "Qamishli", {"SDF"}),
    ("outlet-told-by-a-named-official",
     "سقطت صواريخ باليستية على منازل في مدينة أربيل ليل الأربعاء. وقال محافظ أربيل لرووداو إن الصواريخ أصابت "
     "منازل مدنيين.",
     "Erbil", {"Rudaw"}),
    ("health-ministry-of-a-palestinian-story",
     "استشهد شابان بقصف مسيرة إسرائيلية سيارة في مخيم نور شمس شرق مدينة طولكرم مساء أمس. وأفادت وزارة الصحة "
     "بوصول الشهيدين إلى المستشفى.",
     "Nur Shams", {"Palestinian Health Ministry"}),
    ("health-ministry-of-a-lebanese-story",
     "استشهد شابان بغارة إسرائيلية على دراجة نارية في بلدة عيتا الشعب جنوبي لبنان مساء أمس. وأعلنت وزارة الصحة "
     "العامة أن الغارة أسفرت عن شهيدين.",
     "Aita", {"Lebanese Health Ministry"}),
    ("islamic-resistance-in-lebanon",
     "أعلنت المقاومة الإسلامية في بيان أنها قصفت بالصواريخ موقعا للجيش الإسرائيلي قرب بلدة كفركلا جنوبي لبنان "
     "مساء أمس.",
     "Kfar", {"Hezbollah"}),
    ("defence-ministry-of-a-syrian-story",
     "استهدفت طائرات حربية مواقع عسكرية قرب مدينة البوكمال فجر اليوم. وقالت وزارة الدفاع في بيان إن العدوان أدى "
     "إلى أضرار مادية.",
     "Kamal", {"Syrian Ministry of Defense"}),
    ("who-raises-the-toll-claims-it",
     "استهدفت مسيرة قاعدة التنف فجر اليوم، وقالت القيادة المركزية الأمريكية إن الهجوم أدى إلى إصابة 20 عسكريا، "
     "قبل أن يرفع البنتاغون الحصيلة إلى 30 جريحا.",
     "Tanf", {"CENTCOM", "Pentagon"}),
    ("town-named-by-a-base-continues-its-story",
     "قال البنتاغون إن صاروخين سقطا داخل قاعدة عين الأسد الجوية مساء أمس. وأعلنت خلية الإعلام الأمني أن القوات "
     "عثرت على منصة الإطلاق قرب ناحية البغدادي.",
     "Asad", {"Pentagon", "Security Media Cell"}),
    ("guard-corps-statement",
     "أعلن الحرس الثوري الإيراني في بيان أنه استهدف بصواريخ باليستية مقرا في مدينة أربيل فجر اليوم.",
     "Erbil", {"IRGC"}),
]


@pytest.mark.issue(7)
@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_attribution_constructions(text: str, place: str, expected: set[str]) -> None:
    """Sources are the claimants the text attributes the report to, read as constructions."""
    assert sources_at(text, place) == expected


@pytest.mark.issue(7)
def test_common_word_is_not_an_outlet() -> None:
    """'في العالم' (the world) next to a speech verb is not the Al Alam channel."""
    got = sources_at("قال البيت الأبيض إن الضربات استهدفت مواقع للحوثيين قرب مطار الحديدة لحماية واحد من أهم "
                     "الممرات المائية في العالم، مضيفا أن العمليات ستتواصل.", "Hudaydah")
    assert got == {"White House"}


@pytest.mark.issue(7)
def test_a_spokesman_named_in_full_is_a_new_speaker() -> None:
    """'وقال الناطق باسم وزارة الخارجية' does not refer back to the last spokesman's government."""
    got = sources_at("قال الناطق باسم الحكومة الأردنية إن مسيرة استهدفت قاعدة التنف فجر اليوم. وقال الناطق باسم وزارة "
                     "الخارجية الإيرانية إن الهجوم لا علاقة له ببلاده.", "Tanf")
    assert got == {"Jordanian government"}


READER_TEXT = ("قال المرصد السوري لحقوق الإنسان إن طائرات حربية قصفت أطراف مدينة سراقب فجر اليوم. وسقطت قذائف "
               "على بلدة النيرب. وأكد المرصد أن القصف أصاب منزلين. وقالت وكالة سانا إن الجيش رد على مصادر النيران.")


def test_source_reader_order_and_cache() -> None:
    """Sentences read in text order, skipped, out of order or again after a cached read give the same sources."""
    from rasd.attribution import SourceReader, lead_sources
    from rasd.recognize import recognize

    art = Article(doc_id="r.txt", text=READER_TEXT, content_hash="h", published=PUB)
    res = load_resources()
    fresh = recognize(art, res)
    n = len(fresh.sentences)
    in_order = [SourceReader(fresh).claimed(0)] + [None] * (n - 1)
    reader = SourceReader(fresh)
    for si in range(n):
        in_order[si] = reader.claimed(si)
    assert in_order[0] == (["SOHR"], [])
    assert in_order[2] == (["SOHR"], [])  # 'وأكد المرصد': the anaphor refers back to the first sentence
    skipping = recognize(art, res)  # only the last sentence asked: the earlier names are still remembered
    assert SourceReader(skipping).claimed(n - 1) == in_order[n - 1]
    backwards = recognize(art, res)
    got = [SourceReader(backwards).claimed(si) for si in reversed(range(n))][::-1]
    assert got == in_order
    late = SourceReader(backwards)  # one reader asked out of order reads again from the start
    assert [late.claimed(2), late.claimed(0), late.claimed(2)] == [in_order[2], in_order[0], in_order[2]]
    assert lead_sources(backwards) == lead_sources(recognize(art, res)) == ("SOHR",)


@pytest.mark.parametrize(("outlet", "expected"), [
    ("Saba (Sanaa)", {"Saba"}),
    ("National News Agency (NNA)", {"NNA"}),
    ("WAFA", {"WAFA"}),
    ("Reuters", set()),  # a wire's own voice is no claim
])
def test_a_national_agency_is_the_source_of_its_own_reports(outlet: str, expected: set[str]) -> None:
    """'وطنية - ...', 'صنعاء - سبأ': what a national agency tells in its own voice is its claim (the gold's rule)."""
    text = ("استهدفت مسيرة إسرائيلية منزلا في بلدة حولا جنوبي لبنان ظهر اليوم. وأفادت مصادر طبية في المنطقة "
            "باستشهاد شخصين. وتعرضت أطراف بلدة يارون لقصف مدفعي إسرائيلي بعد الظهر.")
    assert sources_at(text, "Yaroun", outlet=outlet) == expected


def test_el_fasher_committees_are_their_own_source() -> None:
    """'تنسيقية لجان مقاومة الفاشر' is named as itself, not as resistance committees in general."""
    text = ("قالت تنسيقية لجان مقاومة الفاشر في بيان إن مدفعية الجيش قصفت سوق مدينة الفاشر اليوم، ما أدى "
            "إلى مقتل خمسة مدنيين.")
    assert sources_at(text, "Fasher") == {"El Fasher Resistance Committees"}


# (id, text, place, expected sources): bodies and outlets of every theatre, each named in a construction
NEW_SOURCES = [
    ("israeli-broadcaster",
     "ذكرت هيئة البث الإسرائيلية أن صاروخا سقط في منطقة مفتوحة قرب مدينة كريات شمونة مساء أمس.",
     "Shmona", {"Kan"}),
    ("sudan-agency",
     "قصفت قوات الدعم السريع بالمدفعية سوقا في مدينة الفاشر مساء أمس، ما أدى إلى مقتل ثلاثة مدنيين، بحسب وكالة "
     "السودان للأنباء.",
     "Fasher", {"SUNA"}),
    ("hospital-of-a-gaza-report",
     "استشهد أربعة فلسطينيين بقصف إسرائيلي على منزل في بلدة بيت لاهيا فجر اليوم، بحسب مصادر طبية في مستشفى "
     "كمال عدوان.",
     "Lahia", {"Kamal Adwan Hospital"}),
    ("yemeni-army-media-centre-is-not-the-houthis",
     "أعلن المركز الإعلامي للقوات المسلحة اليمنية أن وحدات الجيش صدت هجوما لميليشيا الحوثي على مواقعها في جبهة "
     "صرواح غربي مأرب فجر اليوم، وقتل خلاله 4 من عناصر الميليشيا.",
     "Sirwah", {"Yemeni army"}),
    ("turkish-intelligence",
     "أعلنت الاستخبارات التركية أنها حيدت قياديا في تنظيم بي كي كي بضربة مسيرة على سيارته في منطقة سيدكان "
     "شمالي العراق اليوم.",
     "Sidakan", {"Turkish intelligence"}),
    ("civil-defence-of-a-palestinian-story",
     "استشهد ثلاثة فلسطينيين في قصف إسرائيلي على منزل في حي الدرج بمدينة غزة فجر اليوم، بحسب الدفاع المدني.",
     "Gaza", {"Gaza Civil Defence"}),
    ("parent-body-named-after-its-armed-wing",
     "أعلنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، في بيان أن مقاتليها قصفوا تجمعا لجنود الاحتلال "
     "شرق مدينة خان يونس اليوم.",
     "Khan", {"Al-Quds Brigades"}),
    ("channel-and-its-patron",
     'قالت قناة "المسيرة" التابعة للحوثيين إن طيران التحالف شن غارتين على مطار الحديدة فجر اليوم.',
     "Hudaydah", {"Al Masirah"}),
    ("an-unnamed-centre-speaks-for-its-ministry",
     "استهدفت مسيرة إسرائيلية دراجة نارية في بلدة حولا جنوبي لبنان ظهر اليوم. وأعلن مركز عمليات في الوزارة "
     "التابع لوزارة الصحة العامة اللبنانية في بيان أن الغارة أدت إلى استشهاد شخص.",
     "Houla", {"Lebanese Health Ministry"}),
    ("ticker-with-the-town-of-the-hospital",
     "مصادر طبية في مستشفى العودة بالنصيرات: وصول 5 شهداء جراء قصف إسرائيلي على منزل في مخيم النصيرات فجر اليوم.",
     "Nuseirat", {"Al-Awda Hospital"}),
    ("ticker-of-a-correspondent",
     "مراسل الجزيرة: استشهد فلسطينيان في غارة إسرائيلية على منزل في مخيم النصيرات وسط القطاع فجر اليوم.",
     "Nuseirat", {"Al Jazeera"}),
    ("an-outlet-told-by-an-analyst-claims-nothing",
     'أسقطت الدفاعات الأمريكية مسيرتين فوق البحر الأحمر قبالة الحديدة فجر اليوم، بحسب القيادة المركزية الأمريكية. '
     'وقال محلل عسكري متقاعد لـ«عكاظ»: «الحوثي لن يتوقف عن إطلاق المسيرات».',
     "Hudaydah", {"CENTCOM"}),
    ("a-state-health-ministry-is-the-one-of-the-province-named-before",
     "قصفت مدفعية قوات الدعم السريع سوق مدينة أم روابة أمس. وهاجمت مسيرات فجر اليوم محطة الكهرباء في مدينة ربك "
     "بولاية النيل الأبيض، ما أدى إلى مقتل 5 أشخاص، بحسب وزارة الصحة بالولاية.",
     "Rabak", {"White Nile Health Ministry"}),
    ("a-division-named-by-its-number-is-the-army",
     "قالت قيادة الفرقة 18 مشاة في بيان إن المضادات الأرضية أسقطت أربع مسيرات فوق مدينة كوستي فجر اليوم.",
     "Kosti", {"Sudanese army"}),
    ("a-sudanese-emergency-room-of-a-locality",
     "قصفت مدفعية قوات الدعم السريع أحياء في مدينة ربك مساء أمس، وقالت غرفة طوارئ ربك في بيان إن 4 مدنيين قتلوا "
     "في القصف.",
     "Rabak", {"Rabak Emergency Room"}),
    ("the-pkk-armed-wing-in-a-kurdistan-story",
     "قالت قوات الدفاع الشعبي في بيان إن مقاتليها قتلوا ثلاثة جنود أتراك في اشتباكات قرب بلدة زاخو أمس.",
     "Zakho", {"HPG"}),
    ("a-province-health-office-of-yemen",
     "شن الطيران الأمريكي ست غارات على مديرية كتاف فجر اليوم، وأكد مكتب الصحة بمحافظة صعدة استشهاد مواطنين "
     "اثنين في الغارات على كتاف.",
     "Kitaf", {"Saada Health Office"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in NEW_SOURCES], ids=[c[0] for c in NEW_SOURCES])
def test_sources_of_every_theatre(text: str, place: str, expected: set[str]) -> None:
    """Outlets, agencies, hospitals and armed wings of Yemen, Sudan, Gaza, Lebanon, Israel and Turkey are sources."""
    assert sources_at(text, place) == expected


@pytest.mark.parametrize("text", [
    "قال مسؤول إن الهجوم وقع في ساعات النهار، وإن الأخبار عن الخسائر لم تتأكد بعد.",
    "قال الجيش إن الغواصين انتشلوا الجثث من أعماق النهر، وإن الجنود عملوا معا لساعات.",
    "أكدت الوزارة أن الجديد في الأمر هو حجم التغيير في الموقف، وقال مسؤول إن كان هناك هجوم فسيرد الجيش.",
    "قال الشيخ إن القدس ستبقى عربية، وإن الشرق والغرب يعرفان ذلك.",
])
def test_common_words_name_no_outlet(text: str) -> None:
    """'النهار', 'الأخبار', 'أعماق', 'معا', 'الجديد', 'التغيير', 'كان', 'القدس', 'الشرق' are words, not outlets."""
    from rasd.recognize import recognize

    rec = recognize(Article(doc_id="w.txt", text=text, content_hash="h", published=PUB), load_resources())
    assert [rec.nt.text[s.start:s.end] for s in rec.sources] == []


def test_every_new_source_row_has_a_display_name_among_its_variants() -> None:
    """Each row's name_ar folds to one of its variants, and each by_country target is a row of its own."""
    from rasd.lexicon import load_table
    from rasd.normalize import normalize_text

    rows = load_table("sources").rows
    ids = {r.get("id") for r in rows}
    for r in rows:
        if r.get("name_ar"):
            assert normalize_text(r.get("name_ar")) in r.many("variants"), r.get("id")
        for option in r.many("by_country"):
            assert option.split("=", 1)[1] in ids, option


# (id, text, place, expected sources): who speaks when the speaker is not named again in full
SPEAKER_CASES = [
    ("first-word-of-a-name-refers-back",
     "قالت وكالة السودان للأنباء إن وفدا حكوميا وصل إلى مدينة بورتسودان. وأفادت تنسيقية لجان مقاومة الفاشر بأن "
     "الأوضاع الإنسانية في المدينة تتدهور منذ أسابيع. وذكرت التنسيقية في بيان أن قوات الدعم السريع قصفت بالمدفعية "
     "سوقا في مدينة الفاشر صباح اليوم، ما أدى إلى مقتل خمسة مدنيين.",
     "Fasher", {"El Fasher Resistance Committees"}),
    ("verb-of-saying-without-a-subject-goes-on-with-the-last-speaker",
     "قال البنتاغون إن قواته في العراق في حالة تأهب قصوى منذ أيام. وأعلن الحرس الثوري الإيراني في بيان أنه قصف "
     "بصواريخ باليستية مقرا في مدينة أربيل فجر اليوم. وفي بيان لاحق، أكد أن طائراته المسيرة استهدفت موقعا آخر "
     "قرب مدينة السليمانية.",
     "Sulay", {"IRGC"}),
    ("the-statement-is-its-speakers-not-a-name-inside-it",
     "أعلنت القيادة المركزية الأمريكية أن مقاتلاتها قصفت مستودعا يستخدمه الحرس الثوري الإيراني قرب مدينة البوكمال "
     "فجر اليوم. وأضاف البيان أن الضربة دمرت المستودع بالكامل وقتلت ثلاثة مسلحين.",
     "Kamal", {"CENTCOM"}),
    ("wire-in-brackets-after-place-and-date-is-the-publisher",
     "القاهرة 14 مارس 2024 (شينخوا) قالت وزارة الصحة في غزة إن ثلاثة فلسطينيين استشهدوا في غارة إسرائيلية على "
     "منزل في مخيم جباليا فجر اليوم.",
     "Jabal", {"Palestinian Health Ministry"}),
    ("rafah-hospital",
     "استشهد خمسة فلسطينيين في قصف إسرائيلي على خيمة للنازحين غرب مدينة رفح فجر اليوم، بحسب مصادر طبية في مستشفى "
     "أبو يوسف النجار.",
     "Rafah", {"Abu Yousef al-Najjar Hospital"}),
    ("nablus-group",
     "أعلنت مجموعة عرين الأسود في بيان أن مقاتليها استهدفوا بالرصاص دورية لجيش الاحتلال الإسرائيلي عند حاجز حوارة "
     "جنوب مدينة نابلس مساء أمس.",
     "Huwwar", {"Lions' Den"}),
    ("state-health-ministry",
     "قصفت قوات الدعم السريع بالمدفعية أحياء مدينة كادوقلي مساء أمس، ما أدى إلى مقتل أربعة مدنيين، وفق ما أعلنت "
     "وزارة الصحة بولاية جنوب كردفان.",
     "Kaduq", {"South Kordofan Health Ministry"}),
    ("infantry-division-command",
     "أعلنت قيادة الفرقة السادسة مشاة في بيان أنها صدت هجوما لقوات الدعم السريع على مدينة الفاشر فجر اليوم.",
     "Fasher", {"Sudanese army"}),
    ("media-centre-of-the-armed-forces-in-yemen",
     "قال المركز الإعلامي للقوات المسلحة إن وحدات الجيش صدت هجوما لميليشيا الحوثي على مواقعها في جبهة صرواح غربي "
     "مأرب فجر اليوم.",
     "Sirwah", {"Yemeni army"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in SPEAKER_CASES],
                         ids=[c[0] for c in SPEAKER_CASES])
def test_speakers_named_in_part_or_not_at_all(text: str, place: str, expected: set[str]) -> None:
    """A name's first word, a subjectless verb of saying and 'the statement' refer back to the speaker before;
    a wire in brackets after the dateline's place and date only published the story."""
    assert sources_at(text, place) == expected


# (id, text, place, expected sources): round 10b, who speaks for a body and which names are no speakers
VOICE_CASES = [
    ("the-ministry-is-the-last-one-named",
     "قالت وزارة الداخلية التركية إنها اعتقلت عشرة مشتبه بهم في إسطنبول الأسبوع الماضي. وأعلنت وزارة الدفاع "
     "التركية أن عملياتها مستمرة شمالي العراق. وذكرت الوزارة في بيان أن مقاتلاتها قصفت مخابئ لتنظيم بي كي كي في "
     "منطقة الزاب شمالي العراق فجر اليوم.",
     "Zab", {"Turkish Ministry of Defense"}),
    ("a-verb-stem-under-the-article-is-a-noun",
     "قتل مسلحون مجهولون بالرصاص رجلا في مدينة الصنمين شمالي درعا مساء أمس، وكان مدرجا في النشرة الأمنية لدى "
     "وزارة الداخلية السورية منذ سنوات.",
     "Sanamayn", set()),
    ("security-sources-speak-for-the-body-whose-operation-they-tell",
     "أفادت مصادر أمنية بأن جهاز الاستخبارات التركي حيد قياديا في تنظيم بي كي كي بضربة مسيرة قرب بلدة الدرباسية "
     "بريف الحسكة مساء أمس.",
     "Darbasiyah", {"Turkish intelligence"}),
    ("security-sources-after-the-told-operation",
     "حيد جهاز الاستخبارات التركي عنصرين من تنظيم بي كي كي في عملية بطائرة مسيرة قرب منطقة سيدكان شمالي العراق "
     "أمس، وفق مصادر أمنية.",
     "Sidakan", {"Turkish intelligence"}),
    ("security-sources-that-spoke-to-an-agency",
     "أفادت مصادر أمنية لمراسل الأناضول بأن جهاز الاستخبارات التركي حيد قياديا في تنظيم بي كي كي بضربة مسيرة قرب "
     "بلدة الدرباسية بريف الحسكة مساء أمس.",
     "Darbasiyah", {"Anadolu"}),
    ("a-verb-suffix-is-no-word-between-the-verb-and-its-speaker",
     "قالت شركة الأمن البحري البريطانية \"أمبري\" إن طائرة مسيرة استهدفت سفينة شحن قبالة ميناء المخا صباح اليوم.",
     "Mocha", {"Ambrey"}),
    ("a-vague-speaker-described-at-length-told-an-agency",
     "شنت طائرات أمريكية غارتين على مديرية باقم بمحافظة صعدة فجر اليوم. وقال مصدر في المجلس المحلي للمديرية "
     "لوكالة الأنباء اليمنية سبأ إن الغارتين استهدفتا مزرعة دون وقوع إصابات.",
     "Baqim", {"Saba"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in VOICE_CASES], ids=[c[0] for c in VOICE_CASES])
def test_who_speaks_for_a_body(text: str, place: str, expected: set[str]) -> None:
    """'وقالت الوزارة' is the ministry named last; 'النشرة' is no verb of saying; unnamed security sources speak for
    the state body whose operation they tell, unless they told an outlet; an outlet told by a vague speaker relays;
    'قالت' is one word however long the speaker's name after it."""
    assert sources_at(text, place) == expected


@pytest.mark.parametrize(("outlet", "expected"), [
    ("SOHR", {"SOHR"}),
    ("IDF Arabic spokesman", {"IDF"}),
    ("Iraqi Security Media Cell", {"Security Media Cell"}),
    ("Syrian Network for Human Rights (SNHR)", {"SNHR"}),
    ("Sky News Arabia", set()),
])
def test_a_body_that_publishes_its_own_reports_is_their_source(outlet: str, expected: set[str]) -> None:
    """A monitor's or an army spokesman's own page tells its claims in its own voice (its id as a word of the name)."""
    text = "سقطت قذائف هاون على بلدة ذيبان بريف دير الزور الشرقي فجر اليوم، ما أدى إلى إصابة طفلين بجروح."
    assert sources_at(text, "Dhiban", outlet=outlet) == expected


# (id, text, place, expected sources): local bodies of the ez_ batch's theatres
LOCAL_BODIES = [
    ("darfur-camp-emergency-room",
     "قصفت قوات الدعم السريع بالمدفعية أطراف بلدة طويلة غرب الفاشر مساء أمس، وقالت غرفة طوارئ طويلة إن ستة مدنيين "
     "قتلوا في القصف.",
     "Tawila", {"Tawila Emergency Room"}),
    ("daraa-reporters-network",
     'قال "تجمع أحرار حوران" إن عبوة ناسفة انفجرت بسيارة عنصر سابق في فصائل المعارضة في مدينة طفس غربي درعا مساء '
     'أمس، ما أدى إلى مقتله.',
     "Tafas", {"Horan Free League"}),
    ("daraa-news-site",
     'انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة المزيريب غربي درعا صباح اليوم، ما أدى إلى مقتل عنصرين، بحسب موقع '
     '"درعا 24" المحلي.',
     "Muzayrib", {"Daraa 24"}),
    ("yemeni-camps-unit",
     "سقطت قذيفة أطلقها الحوثيون على مخيم للنازحين في مديرية صرواح غربي مأرب مساء أمس، ما أدى إلى إصابة طفلين، "
     "بحسب الوحدة التنفيذية لإدارة مخيمات النازحين.",
     "Sirwah", {"IDP Camps Executive Unit"}),
    ("kordofan-hospital",
     "قصفت مسيرة سوقا في مدينة أم روابة بشمال كردفان ظهر اليوم، وأفاد مستشفى أم روابة بوصول جثامين ثلاثة قتلى.",
     "Ruwaba", {"Um Ruwaba Hospital"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in LOCAL_BODIES], ids=[c[0] for c in LOCAL_BODIES])
def test_local_bodies_are_sources(text: str, place: str, expected: set[str]) -> None:
    """Emergency rooms, local reporters' networks, a camps unit and a hospital are named as themselves."""
    assert sources_at(text, place) == expected


# (id, text, place, expected sources): constructions read since the ka_ batch
QUOTED_AND_REFERRED = [
    ("quoted-by-a-long-named-relay",
     "قصفت طائرات حربية مواقع للفصائل قرب بلدة كفرنبل جنوبي إدلب مساء أمس. ونقلت وسائل إعلام الحكومة السورية عن "
     "وزارة الدفاع قولها إن الغارات دمرت مستودعا للذخيرة.",
     "Kafr Nabl", {"Syrian Ministry of Defense"}),
    ("security-sources-then-fa-inna",
     "نفذت الاستخبارات التركية عملية بطائرة مسيرة في منطقة سيدكان شمالي العراق. وحسب مصادر أمنية، فإن جهاز "
     "الاستخبارات تابع القيادي أياما قبل أن يستهدف سيارته مساء الأحد.",
     "Sidakan", {"Turkish intelligence"}),
    ("claimed-through-an-outlet",
     "انفجرت عبوة ناسفة بدورية لقوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور صباح اليوم، ما أدى إلى مقتل "
     "عنصرين. وتبنى التنظيم الهجوم عبر وكالة أعماق التابعة له.",
     "Shahil", {"Amaq"}),
    ("the-statement-is-not-a-name-inside-it",
     "أعلن الجيش الإسرائيلي في بيان أن طائرة مسيرة انفجرت قرب موقع عسكري في بلدة شلومي. وشهدت المنطقة تحليقا "
     "مكثفا. وتابع البيان أن طائرة حربية قصفت مبنى لحزب الله في بلدة عيترون ظهر اليوم.",
     "Aitaroun", {"IDF"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in QUOTED_AND_REFERRED],
                         ids=[c[0] for c in QUOTED_AND_REFERRED])
def test_quoted_and_referred_speakers(text: str, place: str, expected: set[str]) -> None:
    """'نقلت X عن Y قولها', 'فان جهاز ...' after security sources, 'البيان' and 'بحسب' read as the speakers they name."""
    assert sources_at(text, place) == expected


def test_a_name_before_bihasab_is_no_speaker() -> None:
    """'مستقبل التحالف، حسب بيان لمكتبه': the anaphor before 'حسب' is what the statement is about, not its speaker."""
    text = ("قتل عنصران من الفصائل بقصف مسيرة أمريكية على سيارة قرب جرف الصخر مساء أمس. وكان التحالف الدولي قد أعلن "
            "تقليص قواته في البلاد. وبحث رئيس الحكومة تداعيات الاعتداء ومستقبل التحالف، حسب بيان لمكتبه.")
    from rasd.attribution import SourceReader
    from rasd.recognize import recognize

    rec = recognize(Article(doc_id="c.txt", text=text, content_hash="h", published=PUB), load_resources())
    reader = SourceReader(rec)
    assert [reader.claimed(si)[0] for si in range(len(rec.sentences))][-1] == []


# (id, text, place, expected sources): verbs of telling read since round 11b
TELLING_VERBS = [
    ("tahaddath-an",
     "قتل ثلاثة مدنيين في قصف على قرية قرب بلدة الأتارب غربي حلب مساء أمس، وتحدث المرصد السوري لحقوق الإنسان عن "
     "دمار واسع في المنازل.",
     "Atarib", {"SOHR"}),
    ("tahaddathat-agency",
     "قصفت مدفعية الجيش الإسرائيلي أطراف بلدة الخيام صباح اليوم، وتحدثت الوكالة الوطنية للإعلام عن أضرار في المنازل.",
     "Khiyam", {"NNA"}),
    ("accuser-not-the-accused",
     "اتهمت لجان مقاومة مليط قوات الدعم السريع بقصف سوق بلدة مليط بالمدافع صباح أمس الأربعاء، ما أسفر عن مقتل خمسة "
     "مدنيين.",
     "Mellit", {"Mellit Resistance Committees"}),
    ("accuser-monitor",
     "اتهم المرصد السوري لحقوق الإنسان الطائرات الروسية بقصف سوق بلدة سرمين بريف إدلب مساء أمس، ما أدى إلى مقتل "
     "أربعة مدنيين.",
     "Sarmin", {"SOHR"}),
    ("qaddara-toll",
     "قتل عدد من المدنيين في غارة جوية على سوق بلدة كتم صباح اليوم، وقدّرت الأمم المتحدة عدد القتلى بعشرة.",
     "Kutum", {"UN"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in TELLING_VERBS],
                         ids=[c[0] for c in TELLING_VERBS])
def test_verbs_of_telling(text: str, place: str, expected: set[str]) -> None:
    """'تحدث X عن', 'اتهم X Y ب' (X speaks, Y is accused), 'قدّر X' name their speaker."""
    assert sources_at(text, place) == expected


# (id, text, place, expected sources): who speaks a statement's list, a relative 'تبنته X', 'X قد اصدر بيانا'
LISTS_AND_CLAIMS = [
    ("dash-items-of-a-statement",
     "قصفت مدفعية الاحتلال أطراف بلدة بيت حانون صباح اليوم، وفق ما أفاد الدفاع المدني. وكانت سرايا القدس قد أصدرت "
     "سلسلة بيانات قالت فيها:\n- قصف تجمع لجنود الاحتلال قرب معبر كرم أبو سالم بقذائف الهاون عند الساعة العاشرة "
     "صباحا.",
     "Kerem Shalom", {"Al-Quds Brigades"}),
    ("the-opener-claims-no-incident-before",
     "قصفت مدفعية الاحتلال أطراف بلدة بيت حانون صباح اليوم، وفق ما أفاد الدفاع المدني. وكانت سرايا القدس قد أصدرت "
     "سلسلة بيانات قالت فيها:\n- قصف تجمع لجنود الاحتلال قرب معبر كرم أبو سالم بقذائف الهاون عند الساعة العاشرة "
     "صباحا.",
     "Beit Hanoun", {"Gaza Civil Defence"}),
    ("adopted-by-a-relative",
     "أصيب جنديان أمريكيان بجروح طفيفة في هجوم بطائرة مسيرة تبنته المقاومة الإسلامية في العراق على قاعدة حرير فجر "
     "اليوم.",
     "Harir", {"Islamic Resistance in Iraq"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in LISTS_AND_CLAIMS],
                         ids=[c[0] for c in LISTS_AND_CLAIMS])
def test_lists_and_claims(text: str, place: str, expected: set[str]) -> None:
    """A statement's list items are its words; its opener tells no incident before; 'تبنته X' names the claimant."""
    assert sources_at(text, place) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ('"اولا: استهداف سفينه تجاريه', True),
    ("ثانيا: استهداف مدمره", True),
    ("- قصف تجمع للجنود", True),
    ("2- استهداف دبابه", True),
    ("3 شهداء في قصف", False),
    ("وقال المتحدث ان الهجوم", False),
])
def test_list_items(line: str, expected: bool) -> None:
    """Bullets, numbers and ordinals open an item; a count does not."""
    from rasd.attribution_text import list_item
    from rasd.segment import Sentence

    assert list_item(line, Sentence(0, len(line), 0, ((0, len(line)),), False)) == expected
