"""Scene, round 29b (from the db_ study: places packages 2 and 3): a village 'قريبه من مدينه X' is near X, not
launched from it, so the province after X only holds it; the home area of counted people ('من ابناء ريف X') is no
scene; the two members of a dual list are both scenes, across a direction of the first, and the town holding them
only locates them. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests import scene_text

chosen = scene_text.chosen


@pytest.mark.parametrize(("text", "expected"), [
    ("استهدفت غارة جوية تجمعا للرعاة في بلدة قريبة من مدينة دوينتزا بمنطقة موبتي", ["Douentza"]),
    ("سقطت قذيفة على مزرعة قريبة من مدينة الميادين بمحافظة دير الزور", ["Mayadin"]),
], ids=["region-mopti", "province-deir-ez-zor"])
def test_a_place_near_a_town_is_not_launched_from_it(text: str, expected: list[str]) -> None:
    """'قريبه من مدينه X بمنطقه Y': 'من' after the feminine 'قريبه' is no launch point, and Y only holds X."""
    assert chosen(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل خمسة أشخاص من أبناء ريف حماة الشرقي بانفجار لغم قرب بلدة عقيربات", ["'Uqayribat"]),
    ("أصيب ستة مدنيين من أبناء ريف إدلب الجنوبي بانفجار لغم أرضي", []),
    ("استشهد شاب من أبناء بلدة بيت أمر برصاص الاحتلال", ["Beit Ummar"]),
], ids=["with-scene", "home-only", "town-kept"])
def test_the_home_area_of_counted_people_is_no_scene(text: str, expected: list[str]) -> None:
    """'X اشخاص/مدنيين من ابناء ريف Y': an area that tells who the people are; a town of theirs may be the scene."""
    assert chosen(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت المدفعية بلدتي الشحيل شمال الميادين وذيبان", ["Shahil", "Dhiban"]),
    ("استهدفت الغارات منطقتي حزيز جنوب العاصمة وعطان في صنعاء", ["Hizyaz", "'Attan"]),
    ("قطعت القوات الطريق بين بلدتي الشحيل وذيبان", ["Shahil"]),
], ids=["direction-between", "capital-holds-both", "between-is-a-road"])
def test_both_members_of_a_dual_list_are_scenes(text: str, expected: list[str]) -> None:
    """'بلدتي A شمال X وB': B takes the dual head across the direction, and both members are scenes (not 'بين')."""
    assert chosen(text) == expected


def test_a_town_coordinated_with_the_dual_list_stays() -> None:
    """'في المدينه وبلدتي A وB': the list adds to the town, which stays a scene."""
    text = "وفي الخليل، داهمت قوات الاحتلال منازل في المدينة وبلدتي بيت أمر وسعير"
    assert chosen(text) == ["Hebron", "Beit Ummar", "Sa'ir"]
