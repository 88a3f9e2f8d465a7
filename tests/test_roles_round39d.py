"""Round 39d (roles of arrests, from the rA study of frames dropped or turned round): a force unit told right
after an arrest or raid verb ('داهمت قوة من X', 'اعتقلت دورية من X') is the subject, X's men who made the
arrest, while 'من X' after the verb with no such unit still names the group whose members were taken. Every
sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text, sides

DAY = date(2023, 3, 14)


def _sides(text: str) -> tuple[str, str | None, str | None]:
    """Sub-event type and the two sides of the first mention of one small article."""
    got = sides(text, DAY)
    assert got, text
    return got[0]


@pytest.mark.parametrize("text", [
    "فجر الاثنين داهمت قوة من جهاز مكافحة الإرهاب منزلين في قرية السلامية جنوبي الموصل واعتقلت ثلاثة مطلوبين.",
    "اعتقلت دورية من الجيش العراقي مطلوبين اثنين في قرية السلامية جنوبي الموصل صباح أمس.",
    "مساء الأحد داهمت مفرزة من الجيش العراقي بيتا في قضاء الحويجة غربي كركوك واعتقلت متهما.",
], ids=["force-of-raids", "patrol-of-arrests", "detachment-of-raids"])
def test_unit_after_arrest_verb_is_the_arresting_force(text: str) -> None:
    """The unit right after the verb is its subject: the Iraqi force arrests, it is not the one arrested."""
    sub, a1, _ = _sides(text)
    assert (sub, a1) == ("Arrests", "IRAQ_GOV")


def test_members_after_arrest_verb_are_still_the_arrested() -> None:
    """'اعتقلت القوات الأمنية ثلاثة عناصر من داعش': a count of men of X after the verb names who was taken."""
    assert _sides("اعتقلت القوات الأمنية العراقية ثلاثة عناصر من داعش في قضاء الحويجة غربي كركوك صباح أمس.") == (
        "Arrests", "IRAQ_GOV", "ISIS")


def test_hit_of_a_launch_told_with_a_motion_verb_is_a_strike() -> None:
    """'انطلقت مسيرات نحو قاعدة X، وأصابت أهدافها': the launch is told only with a motion verb, and 'أصابت' with its
    own targets as object tells that launch's hit: one strike, not a wound."""
    ms = extract_text("أعلنت المقاومة الإسلامية في العراق أن طائرات مسيرة انطلقت فجر اليوم نحو قاعدة عين الأسد "
                      "في محافظة الأنبار، وأصابت أهدافها بدقة.", published=DAY)
    assert len(ms) == 1 and ms[0].event_date == DAY


def test_wound_with_no_launch_before_stays_no_strike() -> None:
    """'وأصاب أهدافه' with no remote weapon named before it in the sentence tells no strike."""
    assert extract_text("قال المدرب إن الفريق لعب جيدا في ملعب الرمادي أمس، وأصاب أهدافه كلها.", published=DAY) == []
