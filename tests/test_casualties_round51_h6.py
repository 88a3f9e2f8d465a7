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
