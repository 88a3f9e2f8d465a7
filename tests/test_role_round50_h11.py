"""Raid partners: the force joining a landing or raid beside its maker, and the owner of the raiding patrol."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    # 'X مع Y' before the landing: Y went in with X, no target
    ("فجر اليوم نفذ التحالف الدولي مع قسد إنزالا جويا على منزل في قرية الصور شرقي دير الزور.",
     ("Arrests", "US", "ISIS")),
    # 'X ومرتزقة Y ينفذون': two named as one party doing the landing
    ("قوات الاحتلال الأمريكي ومرتزقة قسد ينفذون إنزالا جويا فجر اليوم على منزل في قرية الصور.",
     ("Arrests", "US", "CIVILIANS")),
    # 'مشترك بين X وY': the first named leads, the second is its partner
    ("إنزال جوي مشترك بين التحالف الدولي وقسد على منزل في قرية الصور فجر اليوم أسفر عن مقتل شخصين.",
     ("Arrests", "US", "CIVILIANS")),
    # 'داهمت دورية لـX': the patrol's owner raided; 'بمؤازرة من Y' backs it
    ("داهمت دورية لقسد بمؤازرة من قوات التحالف الدولي منازل في قرية الصور فجر اليوم واعتقلت أربعة أشخاص.",
     ("Arrests", "SDF", "CIVILIANS")),
    ("دهمت دوريات لقسد منازل في قرية الصور صباح اليوم واعتقلت ثلاثة شبان.",
     ("Arrests", "SDF", "CIVILIANS")),
], ids=["with-partner", "and-mercenaries", "joint-between", "patrol-backed", "patrols-owner"])
def test_raid_partner_is_no_target(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """A partner of a landing or raid is neither its target nor its maker; a raiding patrol's owner made it."""
    assert sides(text) == [expected]


def test_a_landing_by_a_force_of_no_own_foe_keeps_the_home() -> None:
    """Only a force whose own foe the lexicon knows is read as coming for its wanted man; others hit the home."""
    assert sides("قوات الاحتلال الأمريكي ومرتزقة قسد ينفذون إنزالا جويا فجر اليوم على منزل في قرية الصور.") == [
        ("Arrests", "US", "CIVILIANS")]


def test_a_clash_with_a_foe_keeps_the_foe() -> None:
    """'اشتبكت قوات X مع Y': after a clash verb, 'مع' names the foe, not a partner."""
    assert sides("اشتبكت قوات سوريا الديمقراطية مع عناصر من داعش في قرية الصور مساء أمس.")[0][1:] == ("SDF", "ISIS")


@pytest.mark.parametrize("text, expected", [
    # a landing on a home comes for the wanted man in it: the coalition's foe in Syria, not the home's people
    ("نفذت مروحيات التحالف الدولي إنزالا جويا على منزل في قرية الشحيل فجر اليوم.",
     ("Arrests", "US", "ISIS")),
    # 'مشترك بين X و"Y"': the quoted partner after a bare conjunction is no target either
    ('إنزال جوي مشترك بين التحالف الدولي و"قسد" على منزل في قرية الصور فجر اليوم.', ("Arrests", "US", "ISIS")),
], ids=["landing-on-home", "joint-quoted-partner"])
def test_landing_on_a_home_is_on_the_wanted(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """A heliborne landing on a home names the raider's foe as target, and its quoted partner is none."""
    assert sides(text) == [expected]
