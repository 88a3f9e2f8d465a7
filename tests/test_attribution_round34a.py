"""Sources, round 34a (from the ia_ study): an outlet as the direct object of 'أفاد' after a vague speaker
('أفاد مصدر أمني وكالة X'), the short 'الصحة الفلسطينية' of a colon line, the Kurdistan body 'في الإقليم', a Libyan
town's municipality by its head ('عميد بلدية X'), and a bare 'الجيش' or 'هيئة الأركان' that speaks with no army
named before it (the home army of the article's country).

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f

PUB = dt.date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(("text", "place", "expected"), [
    # the outlet heard a vague speaker: it is the only named teller of the incident
    ("قتل خمسة مدنيين في قصف جوي استهدف سوقاً في مدينة كتم مساء أمس الخميس، على ما أفاد مصدر طبي وكالة رويترز.",
     "Kutum", {"Reuters"}),
    ("وأفادت مصادر محلية وكالة الأناضول بأن قذيفة سقطت على منزل في مدينة الفاشر صباح اليوم وقتلت طفلين.",
     "Fasher", {"Anadolu"}),
    # the same speaker with 'ل' before the outlet: the same answer
    ("وأفادت مصادر محلية لوكالة الأناضول بأن قذيفة سقطت على منزل في مدينة الفاشر صباح اليوم وقتلت طفلين.",
     "Fasher", {"Anadolu"}),
])
def test_round34a_outlet_told_without_l(text: str, place: str, expected: set[str]) -> None:
    assert f.sources_at(text, place, PUB, "Sudan Tribune") == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("🔴 الصحة الفلسطينية: استشهاد شاب برصاص الاحتلال في مدينة طوباس فجر اليوم، وإصابة اثنين آخرين.", "Tubas",
     {"Palestinian Health Ministry"}),
    ("أعلن جهاز مكافحة الإرهاب في الإقليم مقتل عنصرين من داعش بضربة جوية قرب قضاء مخمور أمس الخميس.", "Makhmour",
     {"Kurdistan Counter-Terrorism Directorate"}),
    ("أعلن جهاز مكافحة الإرهاب اعتقال ثلاثة مطلوبين خلال مداهمة في قضاء الطارمية فجر اليوم.", "Tarimiyah",
     {"Iraqi Counter-Terrorism Service"}),
    ("وقال عميد بلدية غريان إن طائرة مسيرة قصفت مخزناً للوقود في مدينة غريان فجر اليوم وقتلت حارسين.", "Gharyan",
     {"Gharyan Municipality"}),
])
def test_round34a_bodies(text: str, place: str, expected: set[str]) -> None:
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # no army named before: the army of the country the incident lies in
    ("هاجم مسلحون نقطة تفتيش قرب مدينة سيغو يوم الأحد، فيما أكد الجيش في بيان مقتل ثلاثة جنود.", "Segou",
     {"Malian army"}),
    ("وقالت هيئة الأركان إن طائرة مسيرة قصفت تجمعاً للمسلحين قرب مدينة موبتي أمس الخميس.", "Mopti",
     {"Malian army"}),
    # an army named before: 'الجيش' refers back to it
    ("قال الجيش الإسرائيلي إن صاروخاً سقط قرب مدينة سديروت، وأكد الجيش في بيان لاحق عدم وقوع إصابات.", "Sderot",
     {"IDF"}),
    # a man in the army, and the accused army, are no speaking army
    ("قتل ثلاثة جنود في كمين نصبه مسلحون قرب مدينة سيغو يوم الأحد، بحسب ضابط في الجيش تحدث لإذاعة محلية.", "Segou",
     set()),
    ("قتل ثلاثة رعاة في غارة جوية قرب مدينة سيغو يوم الأحد، واتهم سكان محليون الجيش بتنفيذ الغارة.", "Segou", set()),
    # a country whose 'army' the row does not name: no source
    ("هاجم مسلحون حاجزاً قرب مدينة طرابلس يوم الأحد، فيما أكد الجيش في بيان مقتل جندي.", "Tripoli", set()),
])
def test_round34a_home_army(text: str, place: str, expected: set[str]) -> None:
    assert f.sources_at(text, place, PUB) == expected
