"""Round 51 (recall, h5, from the rA census of incidents never reported): the arrest of an attack's suspects, told
after the attack in a place the gazetteer does not know ('في منطقة الكرامة') or by a bare head ('في أطراف
المدينة'), is at the attack's place; an arrest not tied to the attack stays placeless.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

ATTACK = ("أصيب ثلاثة جنود بجروح، أمس الثلاثاء، بانفجار عبوة ناسفة استهدفت عجلتهم على طريق ترابي غربي مدينة "
          "الرمادي.\n")


@pytest.mark.parametrize("arrest", [
    "وأعلنت قيادة العمليات، اليوم الأربعاء، أن قوة نفذت عملية دهم في منطقة الكرامة أسفرت عن اعتقال ثلاثة أشخاص "
    "يشتبه بتورطهم في زرع العبوة.\n",
    "وأضاف المصدر أن القوات الأمنية اعتقلت، صباح اليوم الأربعاء، خمسة أشخاص في أطراف المدينة \"قدموا الدعم "
    "للمهاجمين\".\n",
])
def test_suspects_arrest_takes_the_attack_place(arrest: str) -> None:
    ms = f.extract_text(ATTACK + arrest, published=date(2024, 3, 13))
    arrests = [m for m in ms if m.sub_event_type == "Arrests"]
    assert len(arrests) == 1
    assert arrests[0].location is not None and "Ramadi" in arrests[0].location.name_en


def test_untied_arrest_stays_placeless() -> None:
    arrest = ("وأعلنت قيادة العمليات، اليوم الأربعاء، أن قوة نفذت عملية دهم في منطقة الكرامة أسفرت عن اعتقال "
              "ثلاثة مطلوبين بقضايا سرقة.\n")
    ms = f.extract_text(ATTACK + arrest, published=date(2024, 3, 13))
    assert not [m for m in ms if m.sub_event_type == "Arrests"]
