"""Denied victims: civilians a sentence names only to say none were hit are no target (sentences written for rasd)."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text", [
    "صنعاء: شنت طائرات أمريكية ثلاث غارات على منطقة ساحلية في مديرية الدريهمي مساء أمس، وقال مصدر محلي إن "
    "الغارات استهدفت منطقة خالية من السكان.",  # 'خاليه من السكان': nobody there
    "بغداد: قال الجيش الأمريكي إن طائرة مسيرة استهدفت سيارة في حي البلديات شرقي بغداد مساء الأربعاء، ولم تسجل أي "
    "مؤشرات على سقوط ضحايا مدنيين.",  # a negation, then a word of harm, then the civilians
    "بغداد: قال الجيش الأمريكي إن طائرة مسيرة استهدفت سيارة في حي البلديات شرقي بغداد مساء الأربعاء، دون تسجيل "
    "خسائر بين المدنيين.",  # 'خسائر' folds to 'خساير', the spelling the list holds
])
def test_civilians_told_as_not_hit_are_no_target(text: str) -> None:
    """The civilians denied are not the strike's target: the theatre's foe of the US is."""
    assert [s[2] for s in sides(text)] == ["IRAN_ALIGNED"]


def test_civilians_counted_as_killed_stay_the_target() -> None:
    """A denial of something else after them ('دون وقوع اضرار في المنازل') leaves the counted civilians hit."""
    assert [s[2] for s in sides("حلب: قتل ثلاثة مدنيين بقصف مدفعي على قرية كفر نوران، دون وقوع أضرار في المنازل.")] \
        == ["CIVILIANS"]
