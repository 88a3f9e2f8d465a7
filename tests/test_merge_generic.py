"""Operations in general: a unit told only by a bare plural 'operations'/'attacks' with no casualties is no
incident. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 5, 8)


@pytest.mark.parametrize("text", [
    "وأثار الاتفاق بين واشنطن وصنعاء تساؤلات حول مصير العمليات في البحر الأحمر، وهو ما يرد عليه الحوثيون بأن "
    "الاتفاق لا يشمل إسرائيل.",
    "وقال المتحدث باسم الحوثيين إن العمليات ضد السفن الإسرائيلية في البحر الأحمر مستمرة.",
    "وقال مسؤول كردي إن تزامن هجمات خلايا داعش في ريف الحسكة مع الضربات التركية ليس مصادفة.",
    "وتصاعدت الضربات التركية في سوريا منذ مطلع العام، رداً على هجمات أسفرت عن مقتل جنود أتراك في شمالي العراق "
    "الشهر الماضي.",
])
def test_operations_in_general_are_no_incident(text: str) -> None:
    """A campaign, a pattern or a past series told by the plural noun alone gives no mention."""
    assert f.extract_text(text, PUB) == []


@pytest.mark.parametrize(("text", "place"), [
    ("وشنت فصائل المقاومة هجمات على قاعدة أمريكية قرب مدينة الشدادي مساء أمس.", "Shaddadah"),
    ("وقتل ثلاثة من عناصر الأمن في هجمات لخلايا داعش على حواجز قرب مدينة الميادين مساء أمس.", "Mayadin"),
    ("وفجر اليوم الأربعاء، طالت الهجمات بالطائرات المسيرة قاعدة التنف.", "Tanf"),
])
def test_attacks_carried_out_or_with_casualties_stay(text: str, place: str) -> None:
    """'شنت فصائل المقاومة هجمات على X': acts carried out (the verb up to five words before); a plural with its dead
    or with its weapon."""
    assert [m.location.name_en for m in f.extract_text(text, PUB) if m.location is not None and place in
            m.location.name_en] != []
