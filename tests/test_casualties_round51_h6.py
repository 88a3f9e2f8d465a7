"""Casualty figures, session 51 (h6): a victim coordinated with 'وأحد' (hamza spelled) is one more, not the adjective.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place

PUB = date(2024, 5, 9)  # a Thursday
LEAD = "هاجم مسلحون بوابة أمنية قرب بلدة الحويجة مساء الاثنين، ما أسفر عن "

# (id, tail, (killed, injured)) -- seen in rA og_020 ('مقتل أحد عناصر البوابة وأحد المهاجمين' read as 1)
AND_ONE_OF = [
    ("one-of-and-one-of", "مقتل أحد الحراس وأحد المسلحين وإصابة ثالث.", (2, 1)),
    ("noun-and-one-of", "مقتل جندي وأحد المهاجمين.", (2, None)),
    ("dual-and-one-of", "مقتل جنديين وأحد المهاجمين.", (3, None)),
    ("wounded-one-of-and-one-of", "إصابة أحد الحراس وأحد المارة.", (0, 2)),
    ("adjective-one-stays-one", "مقتل جندي واحد وإصابة آخر.", (1, 1)),
    ("comma-parts-the-second", "مقتل أحد الحراس، وأحد المسلحين اعتقل.", (1, None)),
]


@pytest.mark.parametrize(("tail", "want"), [c[1:] for c in AND_ONE_OF], ids=[c[0] for c in AND_ONE_OF])
def test_and_one_of_adds_a_victim(tail: str, want: tuple[int | None, int | None]) -> None:
    """'وأحد المهاجمين' after a victim adds one; the adjective 'واحد' ('جندي واحد') adds no one."""
    assert tolls_by_place(LEAD + tail, PUB).get("Al Hawijah") == want


FIRST = "قُتل ثلاثة عناصر بغارة جوية على مخزن في بلدة الحويجة ليل الأحد، بحسب المرصد السوري. "

# (id, tail, killed) -- seen in rA oo_001 ('رفع المرصد السوري الحصيلة إلى أربعة قتلى' after its own 3), og_008, pg_008
RAISED_BY_THE_TELLER = [
    ("teller-unnamed", "ثم رفع الحصيلة إلى أربعة قتلى، بعد وفاة عنصر متأثراً بجراحه.", 4),
    ("teller-named-before", "ثم رفع المرصد السوري الحصيلة إلى أربعة قتلى، بعد وفاة عنصر متأثراً بجراحه.", 4),
    ("teller-short-name", "ثم رفع المرصد الحصيلة إلى أربعة قتلى.", 4),
]


@pytest.mark.parametrize(("tail", "killed"), [c[1:] for c in RAISED_BY_THE_TELLER],
                         ids=[c[0] for c in RAISED_BY_THE_TELLER])
def test_a_teller_raising_its_own_toll_updates_it(tail: str, killed: int) -> None:
    """'رفع الحصيلة إلى' with no teller named, or with the teller a telling word named before, is an update."""
    assert tolls_by_place(FIRST + tail, PUB).get("Al Hawijah") == (killed, None)
