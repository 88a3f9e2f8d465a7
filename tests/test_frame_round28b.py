"""Round 28b (frame and roles, from the cb_ study): a settlers' raid is not the bomb told beside it, and gunmen
whose later clause names villagers as their victims make an Attack."""

from __future__ import annotations

import pytest

from rasd.merge_compat import Unit, types_ok
from rasd.records import Actor
from rasd.subevent import raid_on_civilians

SETTLERS = Actor(id="israel_settlers", name_en="Israeli settlers", name_ar="المستوطنون", side="ISRAEL")
GUNMEN = Actor(id="unknown_gunmen", name_en="Unknown gunmen", name_ar="مسلحون", side="UNKNOWN")
CIVILIANS = Actor(id="civilians", name_en="Civilians", name_ar="مدنيون", side="CIVILIANS")
SOLDIERS = Actor(id="israel", name_en="Israeli forces", name_ar="الجيش الإسرائيلي", side="ISRAEL")


def _unit(agent: Actor | None, sub: str, sub_from: str, weapons: list[str]) -> Unit:
    """A placeless, undated unit of one type (no frames: types_ok reads only the unit)."""
    return Unit(frames=[], place=None, day=None, precision=None, date_from="text", agent=agent, target=None,
                sub_event=sub, sub_from=sub_from, weapons=weapons)


@pytest.mark.parametrize(("first", "second", "ok"), [
    # 'هجم مستوطنون على رعاة ورموهم بالحجارة' beside 'انفجرت عبوة بدورية للجيش' the same morning: two incidents
    (_unit(SETTLERS, "Attack", "default", ["stones"]),
     _unit(None, "Remote explosive/landmine/IED", "weapon", ["ied"]), False),
    # 'اقتحم مستوطنون حقلا' beside 'سقطت قذيفة قرب القرية': nor is a shell theirs
    (_unit(SETTLERS, "Attack", "default", []),
     _unit(None, "Shelling/artillery/missile attack", "weapon", ["mortar"]), False),
    # the soldiers' raid and the bomb thrown at their jeep can still be one telling
    (_unit(SOLDIERS, "Attack", "default", []),
     _unit(None, "Remote explosive/landmine/IED", "weapon", ["ied"]), True),
    # two tellings of the settlers' own raid stay one
    (_unit(SETTLERS, "Attack", "default", []), _unit(SETTLERS, "Attack", "default", ["arson"]), True),
])
def test_settlers_raid_is_not_the_bomb_beside_it(first: Unit, second: Unit, ok: bool) -> None:
    assert types_ok(first, second) is ok
    assert types_ok(second, first) is ok


@pytest.mark.parametrize(("sub", "sub_from", "weapons", "target", "want"), [
    # 'هجم مسلحون على البلدة ثم قتلوا اربعة من اهلها': gunmen's raid on villagers
    ("Armed clash", "default", (), CIVILIANS, "Attack"),
    ("Armed clash", "default", ("arson",), CIVILIANS, "Attack"),
    # a raid with a stand-off weapon or on soldiers stays what it was
    ("Armed clash", "default", ("mortar",), CIVILIANS, "Armed clash"),
    ("Armed clash", "default", (), SOLDIERS, "Armed clash"),
    ("Armed clash", "default", (), None, "Armed clash"),
    # a clash named by its trigger ('اشتباكات بين مسلحين') is left alone
    ("Armed clash", "trigger", (), CIVILIANS, "Armed clash"),
])
def test_gunmen_raid_on_villagers_is_an_attack(sub: str, sub_from: str, weapons: tuple[str, ...],
                                               target: Actor | None, want: str) -> None:
    assert raid_on_civilians(sub, sub_from, weapons, target) == want
