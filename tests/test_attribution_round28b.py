"""Dates and sources, round 28b (from the cb_ study): rows for Komala and a town's local council ('المجلس المحلي في
X' -> 'X Local Council'); 'وزارة الدفاع' in an Iraqi story is Iraq's ministry; the armed forces 'in Sanaa' are the
Houthis; an outlet whose name holds another's ('شبه الجزيرة') and the Arabic language ('باللغة العربية') are no
Al Jazeera and no Al Arabiya; a body that raises a toll ('رفع X صباح اليوم حصيلة') tells it; a digest's stated week
('خلال الأسبوع الممتد من الجمعة 8 إلى الخميس 14') bounds the days its bare weekdays name.

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times
from tests import factories as f

PUB = dt.date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(("text", "place", "expected"), [
    # Komala speaks for itself
    ("قتل عنصران وأصيب ثلاثة آخرون في قصف بطائرة مسيرة استهدف مقرا قرب مدينة السليمانية صباح أمس الخميس، بحسب ما "
     "أعلنه حزب كومله في بيان.", "Sulaymaniyah", {"Komala"}),
    # a town's local council, named by the town written after it
    ("قتل مدنيان وأصيب أربعة آخرون بقصف مدفعي استهدف أطراف مدينة تل أبيض مساء أمس الخميس، وفق ما أعلنه المجلس "
     "المحلي في تل أبيض.", "Abyad", {"Tal Abyad Local Council"}),
    # the defence ministry of an Iraqi story
    ("قتل جنديان بهجوم مسلح استهدف نقطة للجيش قرب قضاء الحويجة جنوب غربي كركوك مساء أمس، بحسب ما أعلنته وزارة "
     "الدفاع في بيان.", "Hawiga", {"Iraqi Ministry of Defense"}),
    # the armed forces in Sanaa are the Houthis
    ("أعلن المتحدث باسم القوات المسلحة في صنعاء استهداف سفينة تجارية بصاروخ باليستي قبالة ميناء الحديدة فجر اليوم "
     "الجمعة.", "Hudaydah", {"Houthis"}),
], ids=["komala", "local-council", "iraqi-mod", "armed-forces-in-sanaa"])
def test_round28b_rows(text: str, place: str, expected: set[str]) -> None:
    """A body's name, or its pattern with a town or a country, names the body."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # an outlet whose name holds 'الجزيرة' is not Al Jazeera
    ("أعلن المتحدث باسم القوات المسلحة في صنعاء استهداف سفينة تجارية بصاروخ باليستي قبالة ميناء الحديدة فجر اليوم "
     "الجمعة.\n\nوقال مصدر عسكري لـ\"شبه الجزيرة\" إن السفينة أصيبت إصابة مباشرة.", "Hudaydah", {"Houthis"}),
    # the Arabic language is not Al Arabiya
    ("قتل شخصان بغارة إسرائيلية على سيارة في بلدة عيتا الشعب جنوب لبنان صباح اليوم الجمعة، بحسب وزارة الصحة "
     "اللبنانية.\n\nوقال المتحدث باسم الجيش الإسرائيلي باللغة العربية إن الغارة استهدفت عنصرا في حزب الله.",
     "Aita", {"Lebanese Health Ministry", "IDF"}),
], ids=["shibh-al-jazeera", "arabic-language"])
def test_round28b_not_outlets(text: str, place: str, expected: set[str]) -> None:
    """A word of another outlet's name or of the language spoken names no outlet."""
    assert f.sources_at(text, place, PUB) == expected


def test_round28b_raised_toll() -> None:
    """'رفع المرصد حصيلة القتلى إلى ستة': the body that raises the toll tells it."""
    text = ("قتل أربعة عناصر من قوات النظام بهجوم مسلح على حاجز عسكري قرب مدينة الميادين شرقي دير الزور مساء أمس "
            "الخميس.\n\nورفع المرصد السوري لحقوق الإنسان صباح اليوم حصيلة القتلى إلى ستة.")
    assert f.sources_at(text, "Mayadin", PUB) == {"SOHR"}


DIGEST_PUB = dt.date(2024, 3, 16)  # a Saturday, two days after the week the digest covers
DIGEST_DAYS = ("صباح السبت، انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة الحضر.\n\nوفي ليلة الجمعة على السبت، هاجم مسلحون "
               "نقطة للجيش.\n\nومساء الثلاثاء، سقطت قذيفتان على أطراف القرية.")


@pytest.mark.parametrize(("opening", "expected"), [
    # a stated week with both weekdays and day numbers: its Saturday and Friday, not the publication week's
    ("يرصد هذا التقرير أبرز الأحداث الأمنية خلال الأسبوع الممتد من الجمعة 8 إلى الخميس 14 آذار.\n\n",
     [dt.date(2024, 3, 9), dt.date(2024, 3, 8), dt.date(2024, 3, 12)]),
    ("نستعرض ما شهدته المحافظات خلال الأسبوع الممتد من يوم الجمعة 8 آذار حتى يوم الخميس 14 آذار.\n\n",
     [dt.date(2024, 3, 9), dt.date(2024, 3, 8), dt.date(2024, 3, 12)]),
    # no stated week, or one without day numbers: the latest day on or before publication
    ("", [dt.date(2024, 3, 16), dt.date(2024, 3, 15), dt.date(2024, 3, 12)]),
    ("يرصد هذا التقرير أبرز الأحداث الأمنية خلال الأسبوع الماضي.\n\n",
     [dt.date(2024, 3, 16), dt.date(2024, 3, 15), dt.date(2024, 3, 12)]),
    # day numbers that disagree with their weekdays state no week to trust
    ("يرصد هذا التقرير أبرز الأحداث الأمنية خلال الأسبوع الممتد من الجمعة 9 إلى الخميس 14 آذار.\n\n",
     [dt.date(2024, 3, 16), dt.date(2024, 3, 15), dt.date(2024, 3, 12)]),
], ids=["stated-week", "stated-week-with-day-words", "no-week", "week-without-days", "days-disagree"])
def test_round28b_digest_week(opening: str, expected: list[dt.date]) -> None:
    """A digest's stated week bounds what its bare weekdays and nights name."""
    text = normalize_text(opening + DIGEST_DAYS)
    told = text.index(normalize_text(DIGEST_DAYS[:10]))  # the days the digest tells, after its opening
    got = [t.date for t in find_times(text, DIGEST_PUB) if t.kind in ("weekday", "night_span") and t.start >= told]
    assert got == expected
