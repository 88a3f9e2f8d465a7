"""Constructions that decide which place a phrase names: a direction from a town as context ("باديه السخنه
شرقي حمص"), a town across the border from the article's villages, a town after a site head, two names of
one place, a quarter of a town, a street named after a place, and names that are common phrases."""

from __future__ import annotations

import pytest

from rasd.geo import load_gazetteer
from rasd.geo.explicit import towards

from .conftest import km, refs_of

SUKHNAH, TANF, METULA, MALKIYA = "wof:1260068243", "site:al_tanf", "wof:421203903", "wof:1209426457"

# (case, sentence, ids that must be among the references, ids that must not)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ("desert_east_of_town", "قتل ثلاثة جنود بهجوم على نقطة عسكرية في بادية السخنة شرقي حمص",
     [f"{SUKHNAH}/badiya"], []),
    ("base_southeast_of_town", "سقطت طائرة مسيرة قرب قاعدة التنف جنوب شرقي حمص", [TANF], []),
    ("desert_south_of_town", "نفذت طائرات روسية غارات على بادية الرصافة جنوبي الرقة",
     ["site:rasafah_raqqa/badiya"], []),
    ("galilee_context", "أطلقت عشرات الصواريخ من لبنان نحو منطقة المالكية في الجليل الأعلى ظهر اليوم",
     [MALKIYA], ["wof:1326527603"]),
    ("town_across_the_border", "قصفت المدفعية أطراف بلدة كفركلا في جنوب لبنان. وفي المطلة، قالت خدمة الإسعاف "
     "إنها لم تتلق بلاغات عن إصابات بعد سقوط قذائف في محيط البلدة", [METULA], ["wof:1310600243"]),
    ("post_named_after_town", "قصف الجيش بلدة العديسة في جنوب لبنان، فهاجمت المقاومة موقع المطلة بمسيرة انقضاضية",
     [METULA], []),
    ("settlement_next_to_front", "استهدف المقاومون تجمعا للجنود في محيط مستعمرة المطلة ردا على قصف بلدة كفركلا",
     [METULA], ["wof:101920981", "wof:1126035219"]),
    ("two_names_of_one_town", "قال الناطق إن مقاتليه استهدفوا هدفا حيويا في أم الرشراش (إيلات). "
     "وفي العراق قصفت طائرات مقرا في جرف النصر", ["wof:421200307"], []),
    ("quarter_of_a_town", "استهدفت طائرة مسيرة سيارة عسكرية في حي الهلالية بمدينة القامشلي",
     ["wof:1225958399"], ["wof:1293210083"]),
    ("street_named_after_a_town", "فجر المقاتلون عبوة ناسفة بآلية عسكرية في شارع الناصرة بمدينة جنين",
     ["wof:101920881"], ["wof:421175077"]),
    ("village_on_a_desert_road", "قتل راعيان بانفجار لغم أرضي قرب بلدة كباجب على طريق دير الزور تدمر",
     ["site:kabajeb"], []),
    ("iraqi_hideout_area", "هاجم مسلحون من داعش نقطة للجيش في منطقة مطيبيجة بمحافظة صلاح الدين ليلة أمس",
     ["region:mutaibija"], []),
    ("anbar_wadi", "قصفت طائرات عراقية أوكارا لداعش في وادي حوران غربي الأنبار فجر اليوم", ["region:wadi_hauran"], []),
    ("darfur_town", "قتل مدنيون في قصف جوي على السوق الأسبوعي في مدينة كبكابية بولاية شمال دارفور",
     ["wof:1276690453"], []),
    ("southern_region_is_a_phrase", "أصيب جنديان بعدوان استهدف أحد مواقعنا في المنطقة الجنوبية", [],
     ["wof:85672531"]),
    ("from_the_east_is_a_phrase", "اعترض الجيش هدفا جويا مشبوها اقترب من جهة الشرق", [], ["wof:1796661375"]),
    # a direction from a governorate capital covers its governorate: Albukamal is south-east of the city
    ("two_towns_east_of_a_province", "قصفت الطائرات مقرات في مدينتي البوكمال والميادين شرقي دير الزور فجر اليوم",
     ["wof:890449891", "wof:1125980167"], []),
    ("road_named_after_a_village", "قتل شاب بضربة مسيرة استهدفت دراجته على طريق الحوايج قرب بلدة ذيبان",
     ["wof:1259675293"], []),
    ("near_the_school_is_no_village", "سقطت قذيفة قرب المدرسة في بلدة ذيبان بريف دير الزور", [],
     ["wof:1243166579"]),
    ("mountain_range", "نفذت الطائرات ضربتين على أوكار للتنظيم في سلسلة جبال حمرين بمحافظة صلاح الدين",
     ["region:hamrin"], []),
    ("northern_iraq_operation_areas", "أعلنت الوزارة تحييد مسلحين في منطقتي متينا وغارا وفي منطقة هاكورك شمالي العراق",
     ["region:metina", "region:gara", "region:hakurk"], []),
    ("qandil_after_a_head", "قصفت المقاتلات مواقع في منطقة قنديل شمالي العراق", ["region:qandil"], []),
    ("kurdish_subdistrict_spelling", "طال القصف المدفعي محيط قرى في ناحية باطيفا بقضاء زاخو وقرى ناحية شيلادزي",
     ["wof:1193263789", "wof:1343943309"], []),
    ("barracks_across_the_border", "قصف الجيش أطراف بلدتي يارون وحولا في جنوب لبنان، فهاجم المقاومون ثكنة زرعيت بمسيرة ثم موقع مسكفعام",
     ["wof:1193139259", "wof:421166631"], []),
    ("gaza_city_quarters", "استشهد مواطنون بقصف مدرسة في حي الشيخ رضوان وتجمع في حي الزيتون بمدينة غزة",
     ["site:gaza_sheikh_radwan", "site:gaza_zeitoun"], []),
    ("olives_are_no_quarter", "قطف المزارعون الزيتون في أراضيهم قرب مدينة غزة", [], ["site:gaza_zeitoun"]),
    # the adjective of 'تلال كفرشوبا اللبنانيه' puts Lebanon in focus before any choice: Shebaa is the Lebanese town
    ("village_named_in_two_countries", "قصفت المدفعية أطراف بلدتي كفرشوبا وشبعا. وأعلن المقاومون استهداف موقع في "
     "تلال كفرشوبا اللبنانية المحتلة", ["wof:1276863295"], ["wof:1293769245"]),
    # a named operation's zone: 'منطقه عمليات' / 'منطقه عمليه' is a head, the zone a curated region
    ("operation_zone_in_iraq", 'قتل جندي في اشتباك مع مسلحين في منطقة عمليات "المخلب-القفل" شمالي العراق أمس',
     ["region:claw_lock"], []),
    ("operation_zone_in_syria", 'رصدت القوات متسللين في منطقة عملية "نبع السلام" شمالي سوريا',
     ["region:peace_spring"], []),
    ("faction_named_after_an_operation", "قالت فصائل درع الفرات إنها صدت هجوما على بلدة مارع", [],
     ["region:euphrates_shield"]),
    ("mountain_villages_of_idlib", "شنت الطائرات غارات على محيط بلدة كنصفرة في جبل الزاوية جنوبي إدلب",
     ["wof:1226826293", "region:jabal_zawiya"], []),
    ("gas_field_east_of_homs", "هاجم مسلحون نقطة للجيش في محيط حقل الشاعر بريف حمص الشرقي", ["site:al_shaer"], []),
    ("green_zone_of_baghdad", "أطلقت ثلاثة صواريخ باتجاه المنطقة الخضراء وسط العاصمة بغداد", ["site:green_zone"], []),
    ("uplands_of_a_bekaa_village", "شنت المقاتلات غارة على جرود بلدة جنتا في البقاع", ["wof:1210005089"], []),
    ("kurdish_name_of_qahtaniyah", "استهدفت مسيرة سيارة على الطريق بين تربه سبيه وقرية خزنة بريف القامشلي",
     ["wof:1243085261"], ["wof:1327249075"]),
    ("zirgan_near_ras_al_ain", "ردت القوات على مصادر النيران في محيط بلدة زركان (أبو راسين) قرب رأس العين",
     ["wof:1226460101"], ["wof:1343771515"]),
    ("quarter_of_khartoum_north", "دارت اشتباكات في محيط حي شمبات بمدينة الخرطوم بحري", ["site:shambat"], []),
    ("five_is_no_town", "عثرت القوة على خمس جثث في موقع الضربة قرب مدينة الموصل", [], ["wof:1125881497"]),
    # a lone mention's first-pass tie-break is no sense of its own: the second pass reads it by its neighbours
    ("village_among_its_neighbours", "قصفت المدفعية التركية قريتي الشيخ عيسى ومرعناز ومحيط مدينة تل رفعت",
     ["wof:1309790345"], ["wof:1210011051"]),
    # a sub-district's centroid lies 46 km from the town it is named after: the desert of X is around the town
    ("desert_of_a_subdistrict_seat", "انفجر لغم أرضي بسيارة لجامعي الكمأة في بادية عقيربات بريف حماة الشرقي",
     ["wof:1209298245/badiya"], ["sy:SY050304/badiya"]),
    # ... and so does the sub-district named by its head (the ACLED way codes its seat): its desert centroid lies
    # 46 km (عقيربات) or 48 km (النخيب) out
    ("subdistrict_by_its_head", "سيطرت القوات على ناحية عقيربات بعد معارك عنيفة", ["wof:1209298245"],
     ["sy:SY050304"]),
    ("desert_of_a_subdistrict_by_its_head", "هاجم مسلحون نقطة للجيش في صحراء ناحية النخيب غرب كربلاء",
     ["wof:1276562269"], ["iq:IQG01Q04N01"]),
    # a quarter lies in the town its phrase names, else it is none of its namesakes
    ("old_city_of_another_town", "اقتحمت قوات الاحتلال البلدة القديمة في مدينة نابلس فجر اليوم", ["wof:101921387"],
     ["wof:85907155"]),
    ("old_city_of_its_own_town", "زار الوفد البلدة القديمة في القدس", ["wof:85907155"], []),
    ("village_is_no_quarter_of_a_town_14_km_off", "سقط صاروخ على حي الروضة السكني وسط مدينة مأرب",
     ["wof:421174131"], ["wof:1242650721"]),
    # a quarter far from the article's places is a namesake's: the chest, a Sudanese town under حي
    ("chest_is_no_quarter_of_baghdad", "أصيب شاب برصاصة في الصدر خلال مواجهات مع قوات الاحتلال في مخيم جنين "
     "شمال الضفة الغربية", ["wof:101920881"], ["wof:421197059"]),
    ("quarter_of_the_article_town", "أفادت مصادر طبية في رفح جنوب قطاع غزة بأن طائرات الاحتلال قصفت منزلا في حي "
     "الجنينة شرقي المدينة", ["wof:1125841687"], ["wof:890441689"]),
    ("guardians_of_the_homeland_are_no_town", "تصدى حماة الديار لهجوم في ريف حمص الشرقي", [], ["wof:421202161"]),
    ("outside_is_no_district", "قال أحد السكان إن الأطفال كانوا يلعبون برع البيت في مدينة مأرب", ["wof:421174131"],
     ["wof:1091920387"]),
    ("ordinal_after_a_town", "ضربتان الأولى على أطراف بلدة ذيبان والثانية على مستودع في محيط بلدة الحوايج",
     ["wof:1242967673", "wof:1259675293"], ["wof:1209223605"]),
    ("darfur_town_without_arabic_name_in_wof", "قتل مدنيون بغارة جوية على السوق في مدينة مليط بولاية شمال دارفور",
     ["wof:1276803709"], []),
    # spellings of the news that the sources lack (place_aliases.tsv), a curated bay, a corrected town point
    ("karmiel_with_hamza_on_ya", "سقطت قذيفة صاروخية في حي سكني بمدينة كرميئيل شمالي إسرائيل", ["wof:421167851"], []),
    ("raghwan_with_alif", "اندلعت مواجهات عنيفة في مديرية راغوان بمحافظة مأرب", ["wof:1091925257"], []),
    ("bay_of_haifa", "أعلنت فصائل عراقية أنها استهدفت منشأة للطاقة في خليج حيفا بطائرات مسيرة", ["region:haifa_bay"], []),
    ("abu_ghraib_town_not_a_baghdad_quarter", "انفجرت عبوة على طريق المرور السريع في أبو غريب غرب بغداد",
     ["site:abu_ghraib"], ["wof:1796500177"]),
    # a common word that is also a town: only when introduced
    ("the_door_is_no_town", "قال المسؤول إن الباب ما زال مفتوحا أمام الحلول في سوريا", [], ["wof:1125981903"]),
    ("al_bab_under_its_head", "قصفت المدفعية مدينة الباب", ["wof:1125981903"], []),
    # a wrong WOF name: يمن is the country without its article, not Mocha
    ("yemen_is_no_mocha", "ذكر موقع يمن مونيتور أن اشتباكات دارت في تعز", ["wof:890449743"], ["wof:1360252615"]),
    # a dateline opened by a bracket and closed by a colon is where the report was filed
    ("dateline_in_braces", "{الموصل: وكالة الأنباء} أفاد مصدر أمني بانفجار عبوة في قضاء تلعفر", ["iq:IQG15Q08"],
     ["wof:421186153"]),
]


@pytest.mark.parametrize(("sentence", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_construction(sentence: str, present: list[str], absent: list[str]) -> None:
    ids = {r.location.id for r in refs_of(sentence)}
    assert set(present) <= ids, ids
    assert not ids & set(absent), ids


HOMS = (34.732, 36.716)


@pytest.mark.parametrize(("place_id", "bearing", "expected"), [
    (SUKHNAH, 90, True),  # 190 km east of Homs, in the desert
    (SUKHNAH, 135, True),  # within 50 degrees of south-east
    (SUKHNAH, 270, False),  # the other way
    (TANF, 135, True),  # 230 km south-east
    (TANF, 0, False),
    ("wof:890449891", 90, False),  # Albukamal: east, but 380 km away
])
def test_towards(place_id: str, bearing: int, expected: bool) -> None:
    p = load_gazetteer().get(place_id)
    assert p is not None
    assert towards(HOMS, p, bearing) is expected


def test_direction_from_a_town_stays_near_it() -> None:
    """'شرق بلده بني سهيلا': a few km out of a town (5), while a city's direction moves its point 15 km."""
    town = next(r for r in refs_of("استهدف المقاتلون دبابة شرق بلدة بني سهيلا") if r.descriptor == "east_of")
    assert 3 < km(31.3426, 34.3255, town.location.lat, town.location.lon) < 7
    city = next(r for r in refs_of("سقطت قذائف شرق مدينة حمص") if r.descriptor == "east_of")
    assert 10 < km(34.732, 36.716, city.location.lat, city.location.lon) < 20


def test_uplands_and_quarter_precision() -> None:
    """'جرود بلده X' is the village's outskirts (precision 2); 'محيط حي X' is still in the town (precision 1)."""
    jurud = next(r for r in refs_of("شنت المقاتلات غارة على جرود بلدة جنتا في البقاع") if "1210005089" in r.location.id)
    assert jurud.descriptor == "outskirts" and jurud.location.geo_precision == 2
    quarter = next(r for r in refs_of("دارت اشتباكات في محيط حي شمبات") if r.location.id == "site:shambat")
    assert quarter.location.geo_precision == 1


def test_capital_in_the_middle_is_context() -> None:
    """'المنطقه الخضراء وسط العاصمه بغداد': the capital locates the zone (a context reference)."""
    refs = refs_of("أطلقت ثلاثة صواريخ باتجاه المنطقة الخضراء وسط العاصمة بغداد")
    assert [r.location.flagged for r in refs if r.location.name_en == "Baghdad"] == ["context"]


def test_bare_capital_of_a_province_the_article_speaks_of() -> None:
    """A bare name of a governorate and its capital, in an article that says 'محافظه X', is the province."""
    refs = refs_of("قصفت الطائرات أوكارا في محافظة كركوك. وقالت القيادة إن الضربات جرت ضمن قاطع عمليات كركوك")
    assert [r.kind for r in refs if r.location.name_en == "Kirkuk"] == ["admin1", "admin1"]


def test_province_named_under_a_dual_head() -> None:
    """'محافظتي ادلب وحماه' elsewhere in the article: a bare 'ادلب' is the province too."""
    refs = refs_of("شنت الطائرات غارات على مواقع في إدلب. وطالت الغارات قرى في محافظتي إدلب وحماة")
    assert [r.kind for r in refs if r.location.name_en == "Idlib"] == ["admin1", "admin1"]


def test_a_sense_several_introduced_mentions_took_holds() -> None:
    """Three mentions of 'بلده الصالحيه بريف البوكمال' fix its sense: a fourth without context is no namesake
    near the city the article also names."""
    refs = refs_of("قصفت طائرات مجهولة مقرا في بلدة الصالحية بريف البوكمال شرقي دير الزور. وقال سكان من بلدة "
                   "الصالحية بريف البوكمال إن الانفجار هز البيوت. وحلقت طائرة استطلاع فوق بلدة الصالحية بريف "
                   "البوكمال بعد الضربة. وأفاد ناشطون من مدينة دير الزور بأن القصف طال مستودعا عند الطرف الغربي "
                   "لبلدة الصالحية.")
    assert [r.location.id for r in refs if "salih" in r.location.id or r.location.id == "wof:1226434157"] == [
        "wof:1226434157"] * 4


def test_context_of_an_unknown_place_qualifies_its_stand_in() -> None:
    """'ميناء ابو زهره في مديريه الصليف شمال مدينه الحديده': the port unknown, the district is the place and the
    direction from the city its context, not a second place; a known port keeps both as its context."""
    refs = refs_of("شنت الطائرات غارات على ميناء أبو زهرة في مديرية الصليف شمال مدينة الحديدة")
    assert [(r.location.name_en, r.location.flagged) for r in refs] == [
        ("As Salif", None), ("north of Al Hudaydah", "context")]
    refs = refs_of("شنت الطائرات غارات على ميناء رأس عيسى في مديرية الصليف شمال مدينة الحديدة")
    assert [(r.location.name_en, r.location.flagged) for r in refs] == [
        ("Ras Isa port (al-Hudaydah)", None), ("As Salif", "context"), ("north of Al Hudaydah", "context")]


def test_a_curated_village_is_a_locality() -> None:
    """A village of facilities.tsv is a settlement like the gazetteer's towns (merge compares settlements)."""
    ref = next(r for r in refs_of("قتل راعيان بانفجار لغم أرضي قرب بلدة كباجب") if r.location.id == "site:kabajeb")
    assert ref.location.feature == "locality"
