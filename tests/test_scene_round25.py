"""Scene, rounds 25a and 25b: two gazetteer names side by side are one place phrase; a place in a person's title or
an outlet's name (also one glued to a media loanword) is no scene, nor a quoted name after an institution's noun;
'الحي' refers back to the quarter's town. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.scene import anaphoric_place
from tests import scene_text

rec_of = scene_text.rec_of


chosen = scene_text.chosen


@pytest.mark.parametrize(("text", "expected"), [
    # round 25a (ya_003, ya_007, oa_013, sa_014: 4 docs of 3 sets): a name whose words are names of their own
    # ('العزيز بلد' = 'Aziz in Diyala + Balad) is read once, at the part among the article's other places
    ("اشتبكت قوة أمنية مع مسلحين في ناحية العزيز بلد قرب سامراء", ["Balad"]),
    ("سقطت قذيفة على منزل في قرية العزيز بلد التابعة لمحافظة صلاح الدين", ["Balad"]),
    # no other place to tell the parts apart: one place, the first
    ("قصفت طائرات الاحتلال منزلاً لعائلة في جباليا النزلة", ["Jabalia"]),
    # a town and its district side by side: the town
    ("أغارت مسيّرة على دراجة نارية في بلدة الغازية قضاء صيدا", ["El Ghaziye"]),
    # a direction after a name locates it (context), and 'و' still coordinates two places
    ("قصفت المدفعية منطقة سيدكان شمالي العراق", ["Sidakan"]),
    ("اشتبك الجيش مع مسلحين في بلدة الكسرة ومدينة الرقة", ["Al Kasrah", "Ar Raqqah"]),
])
def test_one_name_is_one_place(text: str, expected: list[str]) -> None:
    """Adjacent names without 'و' or a comma give the incident one place."""
    assert chosen(text) == expected


@pytest.mark.parametrize("text", [
    # round 25a (ya_019 'قائد منطقة بنت جبيل', yb_013; 'قائد/مسؤول منطقة|قطاع X' in 15 dev docs of 14 sets): the area
    # a commander answers for
    "أعلن الجيش أنه اغتال قائد منطقة صور في الوحدة البحرية",
    # (ya_016 'لإذاعة مقديشو'; 'إذاعة/تلفزيون/قناة X' with a place in 8 dev docs of 7 sets): a broadcaster's name
    "وقال مسؤول محلي لإذاعة دمشق إن القصف استمر ساعتين",
])
def test_a_title_or_an_outlet_is_no_scene(text: str) -> None:
    """'قائد منطقة X', 'لإذاعة X': the place word belongs to a title or a name."""
    assert chosen(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 25a (ya_006 'المحيطة بالحي', sb_018, ua_015, yb_020; 'الحي' names a quarter told before in 83 dev docs
    # of 30+ sets): a quarter the gazetteer lacks is placed at the town the article names for it
    ("قتل وجيه حي الورود بمدينة دير الزور أمس. وقال شهود إن مسلحين أطلقوا النار عليه قرب مدخل الحي.",
     ["Deir ez-Zor"]),
    ("انفجرت قنبلة في حي الورود بمدينة الفاشر. وقال سكان إن القصف استمر على الحي ساعات.", ["El Fasher"]),
    # 'الرصاص الحي' is live fire, not the quarter
    ("أصيب شاب في مدينة نابلس. وقال شهود إن الجنود أطلقوا الرصاص الحي.", []),
])
def test_the_quarter_named_again(text: str, expected: list[str]) -> None:
    """'الحي' in the last sentence refers back to the quarter's town."""
    rec = rec_of(text)
    t = rec.nt.text
    cut = t.rfind(".", 0, len(t) - 2) + 1
    assert [p.location.name_en for p in anaphoric_place(rec, cut, len(t))] == expected


@pytest.mark.parametrize("text", [
    # round 25b (zb_010 'مراسل «بيروت تايم»', zb_002 'هولير تايمز', wb_007 'إدلب بوست', ez_018 '"درعا 24"'; a place
    # glued to تايم/تايمز/نيوز/بوست/برس/24 in 23 docs of 18 sets): an outlet named after its town
    "وأفاد مراسل «حمص تايمز» بأن قذيفة سقطت على سوق شعبي مساء أمس",
    "ونقل موقع الحسكة بوست عن شهود أن عبوة انفجرت بسيارة عسكرية",
    "وذكرت شبكة \"مأرب برس\" أن مسيّرة قصفت موقعاً للجيش",
    "وقالت صفحة \"حماة 24\" إن مسلحين هاجموا حاجزاً ليلاً",
    # (zb_009 'مخيم «الأمل»', Gaza schools 'مدرسة "يافا"' in sa_015/sa_016/ra_015; 9 docs of 8 sets): the quoted name
    # is the institution's
    "قصفت طائرة حربية مدرسة «حيفا» التي تؤوي نازحين",
    "استهدفت غارة مخيم \"الموصل\" العشوائي للنازحين",
])
def test_an_outlet_or_an_institution_is_no_scene(text: str) -> None:
    """'مراسل «X تايمز»', 'مدرسة «X»': the place word is part of a name."""
    assert chosen(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a count after a town is no outlet, and an unquoted camp name after its noun is still a place
    ("قتل في حمص 24 شخصاً بقصف مدفعي", ["Homs"]),
    ("سقطت قذيفة في مخيم اليرموك جنوب دمشق", ["Mukhayyam al Yarmuk"]),
])
def test_a_place_next_to_such_words_stays(text: str, expected: list[str]) -> None:
    """Only a media loanword (or '24' in quotes) and a quoted institution name turn a place into a name."""
    assert chosen(text) == expected
