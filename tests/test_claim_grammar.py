"""Claim grammar: words that tie a count to another or set it apart (update causes, a family's 'one').

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 5, 12)  # a Sunday

# (id, text, place, fatalities, injured)
CASES = [
    # xa_022: 'ارتفاع عدد الشهداء ... إلى خمسة بعد وفاة اثنين' read 7 ('وفاة' looks like 'و' + a noun before 'اثنين');
    # the 'إلى N بعد وفاة|انتشال M' update is told in 21 docs of 17 sets
    ("a-rise-and-its-cause-are-one-figure",
     "وأعلنت مديرية الصحة ارتفاع عدد القتلى في القصف على بلدة كفرنبل إلى أربعة بعد وفاة اثنين من الجرحى متأثرين "
     "بإصاباتهم.",
     "Kafr Nabl", 4, None),
    # wb_011: 'ثلاثة من أفراد عائلة واحدة بينهم طفلة' read 4 ('بينهم' ends like a possessed noun)
    ("a-familys-one-is-no-victim-more",
     "أصيب خمسة من أفراد عائلة واحدة بينهم طفلان بقصف مدفعي استهدف منزلهم في بلدة كفرنبل اليوم.",
     "Kafr Nabl", 0, 5),
    # pi_006: 'مقتل ثلاثة من المهاجمين وأسر اثنين آخرين' read 5 ('وأسر' + 'اثنين' looked like 'ومتعاقدين اثنين');
    # killing and seizing told together in og_008, og_010, nh_024, pi_006
    ("the-seized-are-no-dead",
     "قالت قوات الأمن إنها صدت هجوما على حاجز قرب بلدة كفرنبل اليوم، مؤكدة مقتل أربعة مسلحين واعتقال اثنين آخرين.",
     "Kafr Nabl", 4, None),
]


@pytest.mark.parametrize(("text", "place", "dead", "hurt"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_counts(text: str, place: str, dead: int | None, hurt: int | None) -> None:
    """Each sentence gives the toll its grammar says."""
    m = f.mention_at(f.extract_text(text, PUB), place)
    assert (m.fatalities, m.injured) == (dead, hurt)


def test_shots_before_a_felled_victim_count_no_one() -> None:
    """'عدة رصاصات ... أردته قتيلاً' is one dead, not 'several' (xb_005; 'أرداه قتيلاً' in 10 docs of 8 sets)."""
    ms = f.extract_text("اغتال مسلحون مجهولون موظفا حكوميا أمام منزله في مدينة بعقوبة ليل أمس، بإطلاق عدة رصاصات "
                        "عليه أردته قتيلا في الحال.", PUB)
    assert f.mention_at(ms, "Baqubah").fatalities == 1
