"""Round 52 (recall, h3, from the rA census of incidents never reported): a verb of breaking or repelling with an
'advance' as its object ('يكسرون زحفاً', 'تكسر زحفاً', 'صدّت زحفاً') tells a repelled attack, an armed clash, as the
verbal noun 'كسر زحف' already did.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f


@pytest.mark.parametrize(("text", "place"), [
    ("مصدر عسكري: أبطال الجيش واللجان يكسرون زحفاً كبيراً للمرتزقة باتجاه مواقعنا في مديرية الدريهمي بمحافظة "
     "الحديدة فجر اليوم.\n", "Durayhimi"),
    ("قواتنا تكسر زحفاً جديداً للمرتزقة نحو مواقعها في مديرية حيس جنوب الحديدة صباح اليوم، وتكبدهم خسائر "
     "فادحة.\n", "Hays"),
    ("وقال المصدر إن المقاتلين صدّوا زحفاً للمرتزقة على مواقعهم في مديرية صرواح بمحافظة مأرب مساء أمس.\n", "Sirwah"),
])
def test_breaking_an_advance_is_a_clash(text: str, place: str) -> None:
    ms = f.extract_text(text, published=date(2023, 9, 18))
    assert [m.sub_event_type for m in ms] == ["Armed clash"]
    assert ms[0].location is not None and place in ms[0].location.name_en
