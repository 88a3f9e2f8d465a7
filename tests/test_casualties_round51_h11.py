"""Casualty figures, session 51 (h11): one death told by a phrase the cue list lacked ('فقد حياته').

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place

PUB = date(2024, 5, 9)  # a Thursday
DRONE = "شنت مسيرة غارة على دراجة نارية في بلدة الحويجة أمس. "
LEAD = "اندلعت اشتباكات بين مسلحين وقوة أمنية في بلدة الحويجة ليل الاثنين، "

# (id, tail, (killed, injured)) -- seen in rA ok_006 ('أن مقاتلاً من قسد فقد حياته وأصيب اثنان آخران' read as 0 dead)
LOST_LIFE = [
    ("one-lost-his-life", "وأفاد مصدر أن حارساً من القوة فقد حياته وأصيب ثلاثة آخرون.", (1, 3)),
    ("one-lost-her-life", "وقال الأهالي إن امرأة فقدت حياتها.", (1, None)),
    ("three-lost-their-lives", "وذكرت الشرطة أن ثلاثة عناصر فقدوا حياتهم.", (3, None)),
    ("no-death-told", "وأصيب ثلاثة من عناصر القوة.", (0, 3)),
]


@pytest.mark.parametrize(("tail", "want"), [c[1:] for c in LOST_LIFE], ids=[c[0] for c in LOST_LIFE])
def test_lost_life_is_a_death(tail: str, want: tuple[int | None, int | None]) -> None:
    """'فقد حياته' after its subject tells a death like 'لقي حتفه'; the subject's count says how many."""
    assert tolls_by_place(LEAD + tail, PUB).get("Al Hawijah") == want


# (id, text, (killed, injured)) -- seen in rA gb_020 ('قُتل مسلح قبلي وأصيب عنصران' read as 0 dead)
GUNMAN = [
    ("gunman-killed", "قتل مسلح وأصيب شرطيان، مساء الأحد، في اشتباك وسط بلدة الحويجة.", (1, 2)),
    ("gunman-death-noun", "أسفر الاشتباك في بلدة الحويجة مساء الأحد عن مقتل مسلح وإصابة حارسين.", (1, 2)),
    ("armed-attack-adjective", "قتل ثلاثة حراس في هجوم مسلح على حاجز في بلدة الحويجة مساء الأحد.", (3, None)),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in GUNMAN], ids=[c[0] for c in GUNMAN])
def test_gunman_is_one_person(text: str, want: tuple[int | None, int | None]) -> None:
    """'مسلح' after a death word is one victim, like 'مقاتل'; the adjective of 'هجوم مسلح' counts no one."""
    assert tolls_by_place(text, PUB).get("Al Hawijah") == want


# (id, tail, (killed, injured)) -- seen in rA pq_020 ('عدّلت الحصيلة لتصبح شهيداً وجريحين' read as 0 dead)
ACCUSATIVE_ONE = [
    ("martyr-accusative-first-item", "وعدلت الوزارة الحصيلة لتصبح شهيداً وجريحين.", (1, 2)),
    ("killed-accusative-first-item", "وعدلت الشرطة الحصيلة لتصبح قتيلاً وثلاثة جرحى.", (1, 3)),
    ("wounded-accusative-second-item", "وعدلت الوزارة الحصيلة لتصبح ثلاثة شهداء وجريحاً.", (3, 1)),
    ("counted-noun-stays-its-count", "وعدلت الوزارة الحصيلة لتصبح 12 شهيدا.", (12, None)),
]


@pytest.mark.parametrize(("tail", "want"), [c[1:] for c in ACCUSATIVE_ONE], ids=[c[0] for c in ACCUSATIVE_ONE])
def test_accusative_single_noun_is_one(tail: str, want: tuple[int | None, int | None]) -> None:
    """A bare accusative 'شهيداً' / 'جريحاً' in a toll's list is one victim, as the nominative 'شهيد' is."""
    assert tolls_by_place(DRONE + tail, PUB).get("Al Hawijah") == want
