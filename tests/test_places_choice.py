"""Place choice: which of a clause's places are its incidents' (distributive lists, own triggers, roads, coordination).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.frame import build_frames
from tests import scene_text

PUB = date(2024, 3, 14)


rec_of = partial(scene_text.rec_of, published=PUB)


chosen = partial(scene_text.chosen, published=PUB)


# (id, text, expected place names in order: a word of each English name)
CASES = [
    ("distributive-one-other",
     "قصفت طائرات أمريكية فجر اليوم موقعين للفصائل، أحدهما قرب مدينة البوكمال والآخر في محيط مدينة الميادين.",
     ["Kamal", "Mayadin"]),
    ("distributive-two-and-third",
     "نفذت الطائرات غارات على ثلاثة مقرات، اثنان منها في مدينة الميادين، والثالث قرب مدينة القائم.",
     ["Mayadin", "Qa'im"]),
    ("own-trigger-after-comma-and",
     "قتل خمسة عناصر في قصف استهدف مقرا داخل مدينة الميادين، وقتل اثنان في غارة على مستودع في ريف البوكمال.",
     ["Mayadin", "Kamal countryside"]),
    ("own-launch-after-comma-and",
     "أسقطت الدفاعات طائرة مسيرة قرب موقع خراب الجير، وأن صاروخين أطلقا باتجاه قاعدة الشدادي.",
     ["Kharab", "Shaddadi"]),
    ("comma-and-without-trigger-keeps-one",
     "سقطت قذائف على بلدة الشولا, وقالت مصادر في دير الزور إن القصف مستمر.", ["Shula"]),
    ("near-town-beats-road-ends",
     "قتل جنديان بانفجار عبوة ناسفة قرب بلدة كباجب على طريق دير الزور - تدمر.", ["Kabajeb"]),
    ("near-town-beats-road-ends-no-space",
     "قصفت المدفعية سيارة على طريق حلب-دمشق قرب بلدة سراقب.", ["Saraqib"]),
    ("road-alone-is-one-place",
     "استهدف كمين حافلة عسكرية على طريق دير الزور - تدمر مساء أمس.", ["Deir ez-Zor"]),
    ("road-end-beats-a-governorate",
     "قتل قيادي بضربة مسيرة على طريق عامودا - الدرباسية في محافظة الحسكة.", ["Amude"]),
    ("coordinated-coarser-far-place",
     "قصفت طائرات مواقع في الميادين وريف البوكمال.", ["Mayadin", "Kamal countryside"]),
    ("direction-phrase-is-no-second-place",
     "نفذت القوات ضربة في منطقة المسيب جنوب بغداد.", ["Musayyib"]),
    ("province-locating-a-wadi-is-no-second-place",
     "قصفت الطائرات أوكارا للتنظيم في وادي حوران بمحافظة الأنبار فجر اليوم.", ["Hauran"]),
    ("part-of-a-city-is-no-launch-point",
     "اعتقلت القوات ثلاثة مطلوبين في الجانب الأيمن من مدينة الموصل، بحسب مصدر أمني في محافظة نينوى.", ["Mosul"]),
    ("loose-part-near-the-first-gives-the-precise-place",
     "قتل 8 مواطنين في قطاع غزة، وأصيب آخرون، في قصف طائرات الاحتلال منزلا في مدينة دير البلح.", ["Balah"]),
    ("glued-and-trigger-opens-a-second-incident",
     "قتل مدنيان في غارة على منزل في بلدة حولا الجنوبية وقصف مدفعي على أطراف بلدة الخيام في جنوب لبنان.", ["Houla", "Khiyam"]),
    ("road-named-after-a-village",
     "قتل شاب بضربة مسيرة على طريق الحوايج في ريف دير الزور الشرقي.", ["Hawayij"]),
    ("area-with-its-context-and-a-far-town",
     "تركزت الغارات الروسية على بادية الشولا جنوب غربي دير الزور ومحيط بلدة السخنة في ريف حمص الشرقي.",
     ["Shula", "Sukhnah"]),
    ("second-object-with-a-far-town",
     "طالت الضربات مقرا للفصائل في بلدة صبيخان، ومستودعا للذخائر في محيط مدينة البوكمال.", ["Subaykhan", "Kamal"]),
    ("second-object-after-a-far-near-town",
     "قصفت الطائرات منشأة قرب البوكمال ومركز قيادة في بلدة صبيخان.", ["Kamal", "Subaykhan"]),
    ("second-object-near-the-first-is-one-place",
     "قصفت الطائرات مقرا في مدينة الميادين، ومستودعا في محيط حقل العمر.", ["Mayadin"]),
    ("patron-is-no-place", "قتل خمسة مسلحين مرتبطين بإيران في غارة على بلدة صبيخان.", ["Subaykhan"]),
    ("word-of-a-persons-name-is-no-place",
     'اغتالت مسيرة قياديا يدعى "شيار كوباني" قرب بلدة القحطانية.', ["Qahtaniyah"]),
    ("town-of-the-hospital-is-no-place",
     "أصيب مزارع بشظايا في قرية خزنة ونقل إلى مشفى ميداني في القامشلي.", ["Khaznah"]),
    ("town-locates-its-quarter", "وفي الخرطوم بحري، اندلعت اشتباكات عنيفة في محيط حي شمبات.", ["Shambat"]),
    ("capital-locates-the-green-zone", "أطلقت صواريخ باتجاه المنطقة الخضراء وسط العاصمة بغداد.", ["Green Zone"]),
    # round 19a: phrases that name no scene (a building's name, a destination, a speaker, a biography, an outlet)
    ("school-named-after-a-town",
     'قتل ثلاثة نازحين في قصف على مدرسة "بئر السبع" التابعة للأونروا وسط مدينة دير البلح.', ["Balah"]),
    ("quoted-school-name-in-another-theatre", 'وفي سوريا، قصفت المدفعية مدرسة "حمص" في بلدة سرمين.', ["Sarmin"]),
    ("where-the-wounded-were-taken", "أصيب جندي بقذيفة شرق مدينة تعز ونقلوه للمخا.", ["Ta'izz"]),
    ("where-the-bodies-were-taken",
     "قال المرصد إن سيارات نقلت جثث القتلى إلى البوكمال بعد الغارة على بادية الميادين.", ["Mayadin"]),
    ("security-directorate-of-a-province",
     "وأكدت مديرية أمن (أسايش) دهوك أن مسيرة استهدفت سيارة قرب قرية كاني ماسي.", ["Nuni"]),
    ("latest-of-the-attacks-answered",
     'وقالت المقاومة الإسلامية في العراق: "رداً على الاعتداءات على أهلنا، وآخرها في مخيم النصيرات، '
     'استهدف مجاهدونا قاعدة عين الأسد بالطيران المسير".', ["Asad"]),
    ("second-scene-after-comma-wa-fi",
     "وفي محيط بلدة الخيام، سقطت قذائف مدفعية من دون إصابات، وفي بلدة عيتا الشعب أغارت مسيرة على سيارة.",
     ["Khiyam", "Aita"]),
    ("neighbouring-second-scene-is-the-same",
     "وفي ريف البوكمال، دوت انفجارات قرب بلدة السويعية، وفي بادية الشولا المجاورة استهدفت غارة سيارتين.",
     ["Suwayyah"]),
    ("fronted-conjunct-scenes-each-with-its-own-verb-after-an-appendage",
     "شنت الطائرات غارات على ريف إدلب، ففي محيط بلدة سراقب الواقعة شرق إدلب، قصفت الطائرات مقرا للفصائل، وفي بلدة "
     "الأتارب التابعة لريف حلب الغربي، استهدفت مسيرة سيارة مساء الثلاثاء.", ["Saraqib", "Atarib"]),
    ("a-hamlet-head-beats-the-region-after-it",
     "اعتدى مستوطنون على رعاة في خربة سوسيا في مسافر يطا جنوب الخليل.", ["Suseya"]),
]

NO_SCENE = [
    ("capital-speaking-for-its-government",
     "وكان الهجوم بالمسيرات قد وقع في الشهر الماضي، الذي قالت دمشق حينها إنه لم يوقع قتلى."),
    ("a-commanders-home-town", "وقال المصدر إن صاروخا أطلق باتجاه السيارة، وإن القيادي وهو من أهالي مدينة الديوانية."),
    ("an-outlet-spoken-to", 'وقال مختار البلدة لـ"تلفزيون حلب" إن الطائرات قصفت المنطقة.'),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_SCENE], ids=[c[0] for c in NO_SCENE])
def test_no_scene_in_a_clause_that_names_no_incident_place(text: str) -> None:
    """A capital after a verb of saying, a person's home town and an outlet's name are never the scene."""
    assert chosen(text) == []


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_choose_places(text: str, expected: list[str]) -> None:
    """The incident places of a clause, in text order."""
    got = chosen(text)
    assert len(got) == len(expected), got
    for name, word in zip(got, expected, strict=True):
        assert word in name, got


def test_distributive_sentence_gives_one_frame_per_place() -> None:
    """A sentence whose own clause names no place borrows both places of its distributive list."""
    rec = rec_of("أعلن البنتاغون أن مقاتلات أمريكية نفذت ضربات على منشأتين، "
                 "إحداهما قرب مدينة البوكمال والأخرى في محيط مدينة الميادين.")
    frames, _ = build_frames(rec)
    names = [p.location.name_en for f in frames for p in f.places]
    assert any("Kamal" in n for n in names) and any("Mayadin" in n for n in names), names


def test_story_date_skips_a_referenced_incidents_date() -> None:
    """An undated sentence takes the story's date, not the date inside 'ردا علي هجوم ... قبل يومين'."""
    rec = rec_of("نفذت مقاتلات أمريكية يوم السبت ضربات في شرق سوريا، وذلك ردا على هجوم أصاب قاعدة في الحسكة قبل يومين.\n"
                 "وقال البيان إن الطائرات نفذت الضربات على منشأة قرب مدينتي الميادين والبوكمال.")
    frames, _ = build_frames(rec)
    last = [f for f in frames if f.sent == len(rec.sentences) - 1]
    assert last and all(f.time is not None and f.time.date == date(2024, 3, 9) for f in last), [
        (f.time and f.time.date, f.date_from) for f in last]


def test_partitive_toll_names_each_place() -> None:
    """'3 من المسلحين قتلوا في منطقه غارا, و2 في منطقه قنديل': a toll given place by place, the first after 'من'."""
    rec = rec_of("أعلنت الوزارة أن 3 من المسلحين قتلوا في منطقة غارا، و2 في منطقة قنديل، بضربات جوية.")
    frames, _ = build_frames(rec)
    names = [p.location.name_en for f in frames for p in f.places]
    assert any("Gara" in n for n in names) and any("Qandil" in n for n in names), names
