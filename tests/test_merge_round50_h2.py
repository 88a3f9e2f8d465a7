"""Round 50 (recall, h2, from the rA census of incidents never reported): an arrest with its own day and the count of
those held right after it is an incident though no dictionary names the force or the people held; an undated or
uncounted one, or one whose sentence counts a month's arrests, stays too thin to code.

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f

PUB = dt.date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize("text", [
    "أعلنت وحدات خاصة أنها نفذت صباح اليوم الأربعاء عملية أمنية في بلدة الحصاحيصا، أسفرت عن إلقاء القبض على ستة "
    "أشخاص.\n",
])
def test_dated_counted_arrest_is_an_incident(text: str) -> None:
    assert [m.sub_event_type for m in f.extract_text(text, PUB)] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "أعلنت وحدات خاصة أنها نفذت عملية أمنية في بلدة الحصاحيصا، أسفرت عن إلقاء القبض على ستة أشخاص.\n",
    "أعلنت وحدات خاصة أنها نفذت صباح اليوم الأربعاء عملية أمنية في بلدة الحصاحيصا، أسفرت عن إلقاء القبض على "
    "مطلوبين.\n",
    "أعلنت الشرطة صباح اليوم الأربعاء اعتقال 12 مطلوبا في بلدة الحصاحيصا ضمن حملة تفتيش بدأت مطلع الشهر الجاري.\n",
])
def test_undated_or_uncounted_arrest_stays_thin(text: str) -> None:
    assert f.extract_text(text, PUB) == []
