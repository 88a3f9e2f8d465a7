"""Raids: the force whose raid a clash broke out in leads it (sentences written for rasd)."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, attacker, target", [
    ("جنين: اندلعت مواجهات واشتباكات مسلحة خلال اقتحام قوات الاحتلال بلدة قباطية جنوب جنين فجر اليوم، وسط أنباء عن "
     "إصابات.", "ISRAEL", None),  # the raiding force was read as the one met
    ("جنين: اقتحمت قوات الاحتلال فجر اليوم بلدة قباطية جنوب جنين، واندلعت اشتباكات مسلحة مع المقاومين في الحي "
     "الغربي استمرت ساعة.", "ISRAEL", "OTHER"),  # the clause of the clash names only the fighters met
    ("شهيد ومعتقلون في اقتحام قباطية\nاقتحمت قوات الاحتلال فجر اليوم بلدة قباطية جنوب جنين، واندلعت اشتباكات "
     "مسلحة مع المقاومين في الحي الغربي.", "ISRAEL", "OTHER"),  # the raid word opens a line below the headline
])
def test_the_raiding_force_leads_the_clash(text: str, attacker: str, target: str | None) -> None:
    """'اشتباكات ... خلال اقتحام قوات X', 'اقتحمت قوات X ..., واندلعت اشتباكات مع Y': X is the attacker."""
    got = sides(text)
    assert got and all(s[1] == attacker for s in got)
    if target is not None:
        assert all(s[2] == target for s in got)
