"""Round 39d (roles of arrests, from the rA study of frames dropped or turned round): a force unit told right
after an arrest or raid verb ('داهمت قوة من X', 'اعتقلت دورية من X') is the subject, X's men who made the
arrest, while 'من X' after the verb with no such unit still names the group whose members were taken. Every
sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text

DAY = date(2023, 3, 14)


def _sides(text: str) -> tuple[str, str | None, str | None]:
    """Sub-event type and the two sides of the first mention of one small article."""
    ms = extract_text(text, published=DAY)
    assert ms, text
    m = ms[0]
    return m.sub_event_type, m.actor1.side if m.actor1 else None, m.actor2.side if m.actor2 else None


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
