"""Round 52 (h8): the sub-event type and attacker of an incident when other tellings join it."""

from __future__ import annotations

import pytest

from rasd.records import Actor
from rasd.subevent import SHELLING as SHELL
from rasd.subevent import settlers_raid, stormed_with_mortars
from tests.factories import extract_text

SETTLERS = Actor(id="israel_settlers", name_en="Israeli settlers", name_ar="المستوطنون", side="ISRAEL")
ARMY = Actor(id="israel", name_en="Israel", name_ar="إسرائيل", side="ISRAEL")
PEOPLE = Actor(id="civilians", name_en="Civilians", name_ar="مدنيون", side="CIVILIANS")


@pytest.mark.parametrize("text", [
    # the residents' 'تصدوا' (a repelled assault) joins the settlers' raid on their houses
    ("هاجم عشرات المستوطنين مساء الأحد منازل المواطنين في قرية المغير شرق رام الله، ورشقوها بالحجارة وأحرقوا "
     "مركبتين، ما أدى إلى إصابة أربعة مواطنين بجروح، قبل أن يتصدى الأهالي للهجوم."),
    # a headline's arrest by the army over the settlers' raid of the body
    ("الاحتلال يعتقل شابين ومستوطنون يهاجمون قرية المغير شرق رام الله\n"
     "أصيب ثلاثة مواطنين برضوض، مساء الأحد، في هجوم نفذه مستوطنون على منازل المواطنين في قرية المغير شرق رام "
     "الله، ورشقوها بالحجارة."),
])
def test_settlers_raid_stays_an_attack(text: str) -> None:
    """A settlers' raid on villagers is an Attack, whatever the residents' repelling or a headline's arrest says."""
    got = [m for m in extract_text(text) if m.actor2 is not None and m.actor2.side == "CIVILIANS"
           and m.location is not None and "Mughayyir" in (m.location.name_en or "")]
    assert got and got[0].sub_event_type == "Attack"


@pytest.mark.parametrize(("sub", "told", "target", "want"), [
    ("Armed clash", [(ARMY, "Armed clash"), (SETTLERS, "Attack")], PEOPLE, "Attack"),
    ("Arrests", [(ARMY, "Arrests"), (SETTLERS, "Attack")], PEOPLE, "Attack"),
    ("Disrupted weapons use", [(SETTLERS, "Attack"), (None, "Disrupted weapons use")], PEOPLE, "Attack"),
    ("Armed clash", [(ARMY, "Armed clash")], PEOPLE, "Armed clash"),  # no settlers: the army's clash
    ("Armed clash", [(SETTLERS, "Attack")], ARMY, "Armed clash"),  # settlers on soldiers: not on civilians
    ("Remote explosive/landmine/IED", [(SETTLERS, "Attack")], PEOPLE, "Remote explosive/landmine/IED"),
])
def test_settlers_raid_table(sub: str, told: list[tuple[Actor | None, str]], target: Actor, want: str) -> None:
    """Only a clash, arrest or downing on civilians that holds a settlers' attack turns into an Attack."""
    assert settlers_raid(sub, told, target) == want


@pytest.mark.parametrize("text", [
    # a repelled assault, then the weapons sentence: machine guns beside the mortars
    ("صدت قوات الجيش، مساء الاثنين، هجوما شنته ميليشيا الحوثي على مواقعها في مديرية حرض بمحافظة حجة. وقال مصدر "
     "عسكري إن الميليشيا هاجمت المواقع بالرشاشات الثقيلة وقذائف الهاون، وإن المواجهات استمرت ساعتين."),
])
def test_assault_with_mortars_is_a_clash(text: str) -> None:
    """An assault on positions with machine guns and mortars is a ground fight, not shelling."""
    got = [m for m in extract_text(text) if m.actor1 is not None and m.actor1.side == "IRAN_ALIGNED"]
    assert got and got[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize(("sub", "weapons", "lead", "target", "want"), [
    (SHELL, ["heavy_machine_gun", "mortar"], ("attack_n", "attack", SHELL), ARMY, "Armed clash"),
    (SHELL, ["small_arms", "artillery"], ("intercept", "intercept", "Armed clash"), ARMY, "Armed clash"),
    (SHELL, ["heavy_machine_gun", "mortar"], ("bomb_v", "shelling", SHELL), ARMY, SHELL),  # led by 'يقصف'
    (SHELL, ["mortar"], ("attack_n", "attack", SHELL), ARMY, SHELL),  # mortars alone: shelling
    (SHELL, ["heavy_machine_gun", "mortar", "rocket"], ("attack_n", "attack", SHELL), ARMY, SHELL),  # rockets too
    (SHELL, ["heavy_machine_gun", "mortar"], ("attack_n", "attack", SHELL), PEOPLE, SHELL),  # on villagers
])
def test_stormed_with_mortars_table(sub: str, weapons: list[str], lead: tuple[str, str, str], target: Actor,
                                    want: str) -> None:
    """Only a 'هجوم' (or repelled assault) with ground arms beside mortars or shells on a force is a clash."""
    assert stormed_with_mortars(sub, "weapon", weapons, lead, target) == want


@pytest.mark.parametrize(("text", "attacker"), [
    # 'اقتادتهما الي جهه مجهوله': where the two were taken, not who took them
    ("نفذت مروحيات تابعة لقوات الاحتلال الأمريكي فجر الاثنين عملية إنزال في قرية الكبر بريف دير الزور الغربي "
     "بمؤازرة قسد، واختطفت شابين من منزلهما واقتادتهما إلى جهة مجهولة.", "US"),
])
def test_unknown_destination_is_no_attacker(text: str, attacker: str) -> None:
    """An unknown party after 'الي' is a destination: the raid's force took them."""
    got = [m for m in extract_text(text) if m.sub_event_type == "Abduction/forced disappearance"]
    assert got and got[0].actor1 is not None and got[0].actor1.side == attacker
    assert got[0].actor1.text != "جهة مجهولة"
