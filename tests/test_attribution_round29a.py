"""Dates and sources, round 29a (from the ca_ study): the small hours after one night's midnight ('بعد منتصف ليل
الأربعاء' is Thursday); a teller named after 'في حين/فيما' tells its own clause's incident, not the one before it; a
Turkish governorate the gazetteer reads as a province ('ولاية شرناق'); Iran's atomic energy organization; a wire
named in quotes after its outlet noun ('لوكالة أنباء «X»') that an unnamed official spoke to.

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times
from tests import factories as f

PUB = dt.date(2024, 3, 15)  # a Friday
WED, THU = dt.date(2024, 3, 13), dt.date(2024, 3, 14)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("بعد منتصف ليل الأربعاء", THU),
    ("وبعيد منتصف ليلة الأربعاء", THU),
    ("قبيل منتصف ليل الأربعاء", WED),
    ("منتصف ليل الأربعاء", WED),
    ("ليل الأربعاء", WED),
    ("بعد منتصف ليل الجمعة", PUB),  # the night before publication day's: no day after the publication
], ids=["after", "just-after", "just-before", "at", "night", "publication-night"])
def test_round29a_after_one_nights_midnight(phrase: str, expected: dt.date) -> None:
    """'بعد منتصف ليل X' is the small hours of the day after X; before or at midnight stays X."""
    nt = normalize_text(f"قصفت المدفعية أطراف البلدة {phrase} بعشرات القذائف.")
    got = [e.date for e in find_times(nt, PUB) if e.date is not None]
    assert got == [expected]


@pytest.mark.parametrize(("text", "place", "expected"), [
    # the contrast clause tells an incident of its own elsewhere: its teller is not the first incident's
    ("قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم قرب مدينة بيجي مساء الأحد الماضي، في حين أعلنت خلية الإعلام "
     "الأمني أن طائرة مسيرة قصفت مخبأ لعناصر داعش في وادي حوران غرب الأنبار.", "Baiji", set()),
    ("قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم قرب مدينة بيجي مساء الأحد الماضي، في حين أعلنت خلية الإعلام "
     "الأمني أن طائرة مسيرة قصفت مخبأ لعناصر داعش في وادي حوران غرب الأنبار.", "Hauran", {"Security Media Cell"}),
    # a teller before the contrast word keeps the first incident
    ("قالت هيئة الحشد الشعبي إن عنصرين قتلا بانفجار عبوة ناسفة قرب مدينة بيجي مساء الأحد الماضي، فيما أعلنت خلية "
     "الإعلام الأمني أن طائرة مسيرة قصفت مخبأ لعناصر داعش في وادي حوران غرب الأنبار.", "Baiji", {"PMF"}),
    # the other side retells the same incident: both tell it
    ("أعلن حزب الله أن مقاتليه قصفوا ثكنة في مستوطنة كريات شمونة بصواريخ الكاتيوشا عصر أمس الخميس، فيما قال الجيش "
     "الإسرائيلي إن عشر قذائف صاروخية أطلقت نحو كريات شمونة من دون إصابات.", "Shmona", {"Hezbollah", "IDF"}),
    # a contrast clause that tells no incident of its own is left alone
    ("قتل شخصان بغارة إسرائيلية على سيارة في بلدة عيتا الشعب جنوب لبنان صباح أمس الخميس، فيما أعلنت وزارة الصحة "
     "اللبنانية أن الحصيلة ارتفعت إلى ثلاثة.", "Aita", {"Lebanese Health Ministry"}),
], ids=["first-clause-unsourced", "second-clause-its-teller", "teller-before-contrast", "same-incident-retold",
        "no-incident-in-contrast"])
def test_round29a_contrast_clause_teller(text: str, place: str, expected: set[str]) -> None:
    """A teller named in a 'في حين/فيما + verb of saying' clause that tells another incident tells that one only (the
    incidents lie days before publication: the lead's teller, read by merge, covers only recent ones)."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # a Turkish governorate the gazetteer reads as the province 'ولاية X'
    ("أعلنت ولاية شرناق، اليوم الجمعة، مقتل جندي وإصابة اثنين في هجوم شنه مسلحون على مخفر للدرك قرب بلدة جزرة.",
     "Cizre", {"Sirnak Governorate"}),
    # Iran's atomic energy organization
    ("أكدت منظمة الطاقة الذرية الإيرانية أن غارة جوية استهدفت منشأة قرب مدينة نطنز وسط إيران فجر اليوم الجمعة من "
     "دون تسرب إشعاعي.", "Natanz", {"Atomic Energy Organization of Iran"}),
    # a wire in quotes after its outlet noun, which an unnamed official spoke to
    ("قتل ثلاثة مدنيين بانفجار سيارة مفخخة في سوق بمدينة بيدوا جنوب غربي الصومال مساء أمس الخميس، وفق ما أفاد به "
     "مسؤول محلي لوكالة أنباء «شينخوا».", "Baidoa", {"Xinhua"}),
], ids=["turkish-governorate", "atomic-energy-organization", "quoted-wire-after-official"])
def test_round29a_rows_and_names(text: str, place: str, expected: set[str]) -> None:
    """A body or wire written as the region's news writes it names its canonical source."""
    assert f.sources_at(text, place, PUB) == expected
