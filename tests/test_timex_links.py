"""Days told through other days (timex_links): 'اليوم نفسه', 'عشية الهجوم', 'غداة القصف' and a night already told.

Round 18a: 'الليلة نفسها' / 'اليوم ذاته' (ra_012, rb_008; 20 dev docs in 14 sets use them), 'عشية الهجوم' (qb_014,
ra_018, rb_018: 3 docs / 3 sets), a bare 'الليلة' in a story of the night before (ra_012, qb_001: 2 docs / 2 sets).
Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.literal_guard import finditer_near
from rasd.normalize import normalize_text
from rasd.timex import find_times
from rasd.timex_links import _story_days
from tests import factories as f

PUB = dt.date(2024, 5, 8)  # a Wednesday


def days(text: str, published: dt.date | None = PUB) -> list[tuple[str, dt.date | None]]:
    """(kind, day) of every time expression of the text."""
    return [(t.kind, t.date) for t in find_times(normalize_text(text), published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت المدفعية قرية الحصن ظهر الأحد. وفي مساء اليوم نفسه، انفجرت عبوة بسيارة في السوق.",
     [("weekday", dt.date(2024, 5, 5)), ("story_day", dt.date(2024, 5, 5))]),
    ("اندلعت اشتباكات عنيفة مساء أمس الثلاثاء قرب المعبر، وفي الليلة ذاتها سقطت قذائف على المخيم.",
     [("relative_day", dt.date(2024, 5, 7)), ("story_day", dt.date(2024, 5, 7))]),
    ("سقطت صواريخ على الميناء فجر الإثنين. وكانت طائرات قد قصفت عشية الهجوم مخازن في الضواحي.",
     [("weekday", dt.date(2024, 5, 6)), ("story_day", dt.date(2024, 5, 5))]),
    ("استهدفت مسيرة رتلا عسكريا يوم الأحد، وغداة القصف شيعت البلدة ضحاياه.",
     [("weekday", dt.date(2024, 5, 5)), ("story_day", dt.date(2024, 5, 6))]),
], ids=["same-evening", "same-night", "eve-of-the-attack", "morrow-of-the-shelling"])
def test_days_told_from_the_last_day(text: str, expected: list[tuple[str, dt.date]]) -> None:
    """'اليوم نفسه' is the day last told; 'عشية الهجوم' the day before it, 'غداة القصف' the day after."""
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    "وفي اليوم نفسه، أعلنت الفصائل سيطرتها على التلة.",  # no day told before it
    "قصفت الطائرات الجسر مساء اليوم، وغداة القصف ستبدأ أعمال الترميم.",  # the morrow is after publication
    "ووصف الأهالي تلك الليلة بأنها الأصعب منذ سنوات.",  # 'تلك الليلة' recalls, dates nothing
])
def test_no_day_without_one_told_before(text: str) -> None:
    """A story day needs a day told before it, and never falls after publication."""
    assert all(kind != "story_day" for kind, _ in days(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("عاشت البلدات الحدودية ليل الثلاثاء-الأربعاء على وقع القصف. وبلغت حصيلة الليلة ثلاثة جرحى.",
     dt.date(2024, 5, 7)),
    ("قالت مصادر محلية إن ليلة أمس كانت هادئة في المدينة، لكن الطيران حلّق الليلة فوق الأحياء الشرقية.",
     dt.date(2024, 5, 7)),
    ("قالت مصادر محلية إن الطيران سيحلق الليلة فوق الأحياء الشرقية.", PUB),  # no night told before: tonight
])
def test_a_bare_night_after_the_night_told(text: str, expected: dt.date) -> None:
    """'الليلة' after 'ليل الثلاثاء-الأربعاء' (published Wednesday) is that night, not the coming one."""
    assert [d for kind, d in days(text) if kind == "relative_day"][-1] == expected


def test_an_incident_of_the_same_day_after_an_undated_one() -> None:
    """'وفي مساء اليوم ذاته' dates its incident by the day last told, not by the incident told before it on another
    day (frame._same_time leaves a story day to timex)."""
    text = ("انفجرت عبوة ناسفة بدورية للجيش قرب بلدة الضلوعية ليل الأحد. وعقد قائد الشرطة اجتماعا أمنيا في المدينة "
            "عصر الإثنين. وفي مساء اليوم ذاته، ألقى مسلحون قنبلة يدوية على دورية للشرطة في مدينة سامراء، ما أدى إلى "
            "إصابة شرطيين.")
    ms = f.extract_text(text, PUB)
    assert f.mention_at(ms, "Samarra").event_date == dt.date(2024, 5, 6)


@pytest.mark.parametrize("text", [
    "وفي مساء اليوم نفسه قصفت المدفعية البلدة، وخلال صباح الليلة ذاتها وبعشية الهجوم سقطت قذائف.",
    "قالت الوزارة إن نفس الطريق ذاته أغلق، وفي ذات الليلة وغداة القصف عاد النازحون إلى اليوم عينه.",
    "خلال فجر اليوم نفسهم، ونفس اليوم_ذاته، وبغداة الكمين",
])
def test_story_matches_are_the_regex_own(text: str) -> None:
    """Trying the story_day regex only near its key words finds what a scan of the whole text finds."""
    pattern, _, keys, reach = _story_days()
    norm = normalize_text(text)
    assert [m.span() for m in finditer_near(pattern, norm, keys, reach)] == \
        [m.span() for m in pattern.regex.finditer(norm)]
