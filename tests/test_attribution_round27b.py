"""Dates and sources, round 27b (from the bb_ study and the leftovers of 27a): an incident a dated sentence recalls at
its tail ('..., بعد أربعة أيام من سقوط صاروخ ...') took place that many days before the sentence's day; a one-word
outlet name opened by a country ('ليبيا الحدث') is another outlet's name; a relay's owner before 'عن' and a head
noun before a quoted name do not hide whom it quotes; a nisba of any country of the gazetteer names that country's
body ('وزارة الدفاع النيجرية'); 'جيش العدو' in a resistance channel is the IDF; a bullet's number is no dateline; the
line after a statement's 'X:' header is X's; a ship that 'أبلغت عن' an attack reports the news itself; rows for
bodies the gold names (JNIM, the Malian army, Al Mezan, Niger's defence ministry, Libya's interior ministry, the
Iranian Red Crescent).

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times
from tests import factories as f

PUB = dt.date(2025, 3, 10)  # a Monday


def recalled(text: str) -> list[dt.date | None]:
    """The days of the 'recalled' time expressions of the text."""
    return [t.date for t in find_times(normalize_text(text), PUB) if t.kind == "recalled"]


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت طائرات حربية، فجر اليوم الاثنين، مخزناً للذخيرة قرب مدينة الحديدة، بعد ثلاثة أيام من سقوط مسيّرة في "
     "ميناء إيلات.", [dt.date(2025, 3, 7)]),
    ("شنت القوات الأمريكية مساء أمس الأحد ضربة على موقع في ريف دير الزور، بعد يومين من هجوم صاروخي على قاعدة "
     "الشدادي.", [dt.date(2025, 3, 7)]),
    ("أغارت مقاتلات على بلدة في الجنوب صباح السبت الماضي، بعد أسبوع من اغتيال قيادي في المنطقة.",
     [dt.date(2025, 3, 1)]),
], ids=["four-days-fall", "two-days-attack", "a-week-assassination"])
def test_round27b_recalled_day(text: str, expected: list[dt.date]) -> None:
    """A phrase at the tail of a dated sentence dates the incident it recalls, that many days earlier."""
    assert recalled(text) == expected


@pytest.mark.parametrize("text", [
    # a clause after the phrase: the phrase dates that clause's verb, nothing is recalled
    "وفي أول أيام العيد، وبعد يومين من اعتداء المستوطنين على القرية، استشهد شاب برصاص الجنود.",
    # no day before the phrase in its sentence
    "تعرضت ناقلة نفط لهجوم أثناء عبورها مضيق هرمز، بعد يومين من غارات على ميناء بندر عباس.",
    # no incident noun: a state of affairs, not an incident
    "وصلت تعزيزات عسكرية إلى البلدة مساء أمس، بعد يومين من التوتر بين العشائر.",
], ids=["clause-after", "no-day-before", "no-incident-noun"])
def test_round27b_nothing_recalled(text: str) -> None:
    """No recalled day without a dated sentence before the phrase, an incident noun, and the sentence's end after it."""
    assert recalled(text) == []


def test_round27b_recalled_incident_keeps_its_own_day() -> None:
    """The strike keeps the sentence's day; the missile it recalls is dated four days before and joins its own telling."""
    ms = f.extract_text("غارات على الحديدة\n\nشنت طائرات إسرائيلية، فجر اليوم الاثنين، غارات على ميناء الحديدة غربي "
                        "اليمن، بعد أربعة أيام من سقوط صاروخ أُطلق من اليمن قرب مدينة إيلات.\n\nوكان صاروخ أُطلق "
                        "من اليمن صباح الخميس الماضي قد سقط قرب مدينة إيلات، ما أدى إلى إصابة شخصين بجروح.", PUB)
    assert f.mention_at(ms, "Hudaydah").event_date == dt.date(2025, 3, 10)
    assert f.mention_at(ms, "Eilat").event_date == dt.date(2025, 3, 6)


@pytest.mark.parametrize(("text", "place", "expected"), [
    # a country's name opening an outlet's name: the local outlet, not Al Arabiya's channel
    ("طرابلس – ليبيا الحدث\n\nاندلعت اشتباكات مسلحة مساء أمس في مدينة الزاوية، وقال شاهد عيان لـ\"ليبيا الحدث\" إن "
     "رجلاً قتل في تبادل لإطلاق النار.", "Zawiya", set()),
    ("اندلعت اشتباكات مسلحة مساء أمس في مدينة الزاوية، وقالت قناة الحدث إن رجلاً قتل في تبادل لإطلاق النار.",
     "Zawiya", {"Al Arabiya"}),
    # a relay's owner before 'عن', and a head noun before the quoted name, do not hide whom it quotes
    ("قتل عنصران من قوات سوريا الديمقراطية بقصف تركي على قرية قرب مدينة عامودا أمس.\n\nونقلت وكالة هاوار التابعة "
     "للإدارة الذاتية عن قوى \"الأسايش\" أن القتيلين من عناصرها.", "Amude", {"Hawar News", "Asayish"}),
    # the resistance channel's 'جيش العدو' is the IDF
    ("🔻 [21:10] جيش العدو يزعم اعتراض مسيّرة أُطلقت من لبنان فوق مستوطنة المطلة.", "Metula", {"IDF"}),
    # the line after a statement's 'X:' header is X's words
    ("غارات على جنوب لبنان\n\n🔴 [10:05] بيان صادر عن المقاومة الإسلامية:\nاستهدف مجاهدو المقاومة الإسلامية "
     "صباح اليوم الاثنين ثكنة برانيت بصلية من الصواريخ.", "Branit", {"Hezbollah"}),
    # a ship that 'أبلغت عن' an attack reports the news that the maritime body tells
    ("قالت هيئة عمليات التجارة البحرية البريطانية إن سفينة حاويات أبلغت عن تعرضها لهجوم على بعد 40 ميلاً بحرياً "
     "غربي ميناء المخا اليمني، اليوم الاثنين.", "Mocha", {"UKMTO"}),
], ids=["country-opened-outlet", "al-hadath-channel", "relay-owner-and-head-noun", "enemy-army", "header-line",
        "ship-reported"])
def test_round27b_tellers(text: str, place: str, expected: set[str]) -> None:
    """The sources of the mention at `place`."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # a nisba no list carries still names its country's body, never the article's country's
    ("حصاد أفريقيا\n\nقتل جنديان بانفجار عبوة ناسفة في مدينة مقديشو أمس، فيما هاجم مسلحون نقطة للشرطة في بلدة "
     "أفجوي.\n\nوأعلنت وزارة الدفاع النيجرية مقتل ثلاثة جنود في كمين نصبه مسلحون لدورية قرب بلدة أيورو أمس.",
     "Ayorou", {"Niger Ministry of Defense"}),
    ("حصاد أفريقيا\n\nقتل جنديان بانفجار عبوة ناسفة في مدينة مقديشو أمس، فيما هاجم مسلحون نقطة للشرطة في بلدة "
     "أفجوي.\n\nوأعلنت وزارة الدفاع التشادية مقتل ثلاثة جنود في كمين نصبه مسلحون لدورية قرب بحيرة تشاد أمس.",
     "Chad", set()),
    ("قتل خمسة أشخاص بقصف صاروخي على مبنى سكني في مدينة أصفهان ليل أمس، بحسب الهلال الأحمر الإيراني.", "Isfahan",
     {"Iranian Red Crescent"}),
    ("قالت وزارة الداخلية الليبية إن أحد عناصرها أصيب بإطلاق نار على بوابة أمنية في مدينة مصراتة أمس.",
     "Misratah", {"Libyan Interior Ministry"}),
    # rows for the Sahel's parties
    ("قال الجيش المالي إن أربعة جنود قتلوا في هجوم على موقع عسكري قرب بلدة دوينتزا أمس، فيما تبنت جماعة نصرة الإسلام "
     "والمسلمين الهجوم.", "Douentza", {"Malian army", "JNIM"}),
    # a bullet's number before a body's 'X:' label is no dateline
    ("مستجدات اليوم\n\n1- قيادة شرطة ديالى: انفجار عبوة ناسفة مساء أمس قرب قضاء المقدادية دون إصابات.",
     "Muqdadiya", {"Diyala Police"}),
], ids=["niger-nisba", "chad-nisba-no-row", "iranian-red-crescent", "libyan-interior", "mali-rows",
        "numbered-label"])
def test_round27b_bodies(text: str, place: str, expected: set[str]) -> None:
    """The body a source name stands for at `place`."""
    assert f.sources_at(text, place, PUB) == expected


def test_round27b_body_anaphor_is_no_syrian_faction() -> None:
    """'وذكرت الهيئة' after the maritime body names it again, not Hayat Tahrir al-Sham."""
    ms = f.extract_text("قالت هيئة عمليات التجارة البحرية البريطانية إن سفينة شحن أبلغت عن تعرضها لهجوم قرب ميناء "
                        "المخا اليمني اليوم. وذكرت الهيئة في إشعار أن مقذوفاً أصاب السفينة.", PUB)
    assert all(m.actor1 is None or m.actor1.side != "OPPOSITION" for m in ms)
