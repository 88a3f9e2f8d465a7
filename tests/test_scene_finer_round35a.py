"""Scene, round 35a (from the dev-wide place study, package P1): a site, a village, a district or a city's named suburb
named in one clause with the province, countryside or city that holds it wins over that container, unless the
container is a scene of its own (a town with its own locative phrase and verb in another clause, a coordinated or
listed place). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests import scene_text


@pytest.mark.parametrize(("text", "expected"), [
    ("سقطت قذائف صباح اليوم في محيط بلدة الكناكر بريف دمشق.", "Kanakir"),
    ("سقطت قذائف صباح اليوم في ريف دمشق.", "Rif Dimashq"),
    ("استهدفت مسيرة سيارة قرب مطار أربيل الدولي في أربيل مساء أمس.", "Erbil International Airport"),
    ("قتل شخصان بغارة قرب بلدة الغازية في قضاء صيدا.", "Ghaziye"),
    ("دوت انفجارات في الضاحية الجنوبية للعاصمة بيروت بعد غارة إسرائيلية.", "Dahiyeh"),
    ("أصيب مدنيان بسقوط قذائف على قضاء قرقميش التابع لولاية غازي عنتاب التركية.", "Karkamis"),
    ("استهدفت طائرة مسيرة صهريجا قرب سد تشرين في ريف حلب الشرقي.", "Tishrin"),
], ids=["village-then-countryside", "countryside-alone", "site-then-city", "village-then-district",
        "suburb-of-the-capital", "district-of-a-province-named-city", "site-then-countryside"])
def test_the_finer_place_beats_its_container(text: str, expected: str) -> None:
    """'قرب X في Y': the site, village, district or suburb is the scene; a container alone still stands."""
    got = scene_text.chosen(text)
    assert got and expected in got[0], got


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت مدفعية الاحتلال منزلا في مدينة صيدا، مساء أمس، وأصيب ثلاثة أشخاص في بلدة الغازية.", "Sidon"),
    ("شنت طائرات غارات على مدينة صيدا مساء الثلاثاء، وعلى بلدة الغازية فجر الأربعاء.", "Sidon"),
    ("وفي الخليل، اقتحم جنود الاحتلال منازل في المدينة وبلدتي بيت أمر وسعير.", "Hebron"),
], ids=["town-with-its-own-clause", "parallel-locatives", "town-before-a-list"])
def test_a_container_that_is_a_scene_of_its_own_stays(text: str, expected: str) -> None:
    """The clause guard: a town with its own 'في' and verb, or one of two parallel or listed places, stays a scene."""
    assert any(expected in name for name in scene_text.chosen(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("انفجر لغم بجرافة زراعية قرب قرية تربكة في سنجار صباح الأحد.", ["Tarbikah"]),
    ("سقطت قذيفة هاون على منزل في قرية ذيبان بين الميادين والبصيرة.", ["Dhiban"]),
    ("انفجر لغم بجرافة زراعية في سنجار صباح الأحد.", ["Sinjar"]),
], ids=["village-then-town", "village-between-two-towns", "town-alone"])
def test_a_locator_phrase_after_a_named_village_only_locates_it(text: str, expected: list[str]) -> None:
    """Session 45 (h1): 'قرب قرية X في Y', 'قرية X بين Y وZ': the towns of the locator phrase only tell where the
    village lies, whatever their size or distance; a town alone still stands."""
    assert scene_text.chosen(text) == expected
