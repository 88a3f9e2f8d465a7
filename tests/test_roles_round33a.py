"""Round 33a (roles, from the ha_ study): an armed group, cell or band of fighters said to be backed by Iran or
loyal to it ('مجموعه مسلحه مدعومه من ايران', 'خليه مواليه لطهران', 'مسلحين مدعومين من ايران') is on the
Iran-aligned side, whatever its head noun, with or without 'مسلحه' and the article. Every sentence is written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text

DAY = date(2024, 6, 10)


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    """Attacker and target side of each mention of one small article."""
    return [(m.actor1.side if m.actor1 else None, m.actor2.side if m.actor2 else None)
            for m in extract_text(text, published=DAY)]


@pytest.mark.parametrize("group", [
    "مجموعة مسلحة مدعومة من إيران",
    "جماعة مسلحة موالية لإيران",
    "خلية مدعومة من طهران",
    "خلايا مسلحة موالية لطهران",
    "مجموعات مسلحة موالية لإيران",
    "مسلحين مدعومين من إيران",
    "عناصر موالية لطهران",
], ids=["group-armed-backed", "band-armed-loyal", "cell-backed-tehran", "cells-armed-loyal-tehran",
        "groups-armed-loyal", "gunmen-backed", "members-loyal-tehran"])
def test_iran_backed_group_is_iran_aligned_target(group: str) -> None:
    """A drone strike killing two of such a group: the group is hit, on the Iran-aligned side."""
    text = f"قتل اثنان من {group} مساء أمس جراء غارة لطائرة مسيرة أمريكية على سيارتهما في مدينة البوكمال."
    assert ("US", "IRAN_ALIGNED") in _sides(text)


@pytest.mark.parametrize("group", [
    "مجموعة مسلحة مدعومة من إيران",
    "الجماعة المسلحة الموالية لإيران",
], ids=["indefinite", "definite"])
def test_iran_backed_group_is_iran_aligned_attacker(group: str) -> None:
    """The same group as the one who fired: the attacker is Iran-aligned."""
    text = f"أطلقت {group} صواريخ على قاعدة عسكرية أمريكية في ريف دير الزور فجر اليوم دون وقوع إصابات."
    assert any(a == "IRAN_ALIGNED" for a, _ in _sides(text))
