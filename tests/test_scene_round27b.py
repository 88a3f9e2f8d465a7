"""Scene, round 27b: a party's name is no place; where the media that relayed a statement are is not where the
incident struck; a town told by its bearing from a far city is not read by its Latin-only namesake near the article's
other towns; a town's second name after a slash is the first one again. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.scene import choose_places
from tests import scene_text


def last_sentence(text: str) -> list[tuple[str, int]]:
    """English names and precisions of the places chosen for the text's last sentence."""
    rec = scene_text.rec_of(text)
    sent = rec.sentences[-1]
    return [(p.location.name_en, p.location.geo_precision) for p in choose_places(rec, sent.start, sent.end)]


@pytest.mark.parametrize(("text", "expected"), [
    # the party's name, quoted or not, names no village (Qaryat Amzayrir near Kirkuk): the direction is the place
    ("أصيب مدنيان في قصف قرب ناحية الرياض غربي كركوك. واستهدفت مسيرة إيرانية مقرا لحزب الحرية جنوب أربيل",
     [("south of Erbil", 2)]),
    ('أصيب مدنيان في قصف قرب ناحية الرياض غربي كركوك. واستهدفت مسيرة إيرانية مقر "حزب الحرية" جنوب أربيل',
     [("south of Erbil", 2)]),
    # a place after the party's name is still the scene
    ("أصيب مدنيان في قصف قرب ناحية الرياض غربي كركوك. واستهدفت مسيرة إيرانية مقرا لحزب الحرية في محافظة أربيل",
     [("Erbil", 3)]),
], ids=["party", "quoted-party", "place-after"])
def test_a_party_name_is_no_place(text: str, expected: list[tuple[str, int]]) -> None:
    """scene.NOT_HERE: a place word right after 'حزب' (quotes between allowed) is a word of the party's name."""
    assert last_sentence(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the agency that relayed the statement sits in the capital; the strikes were in Idlib's countryside
    ("قصفت طائرات حربية مواقع في ريف إدلب. وقال الجيش في بيان بثته وكالة الأنباء الرسمية في دمشق إن طائراته "
     "دمرت مستودعات للمسلحين", []),
    ("قصفت طائرات حربية مواقع في ريف إدلب. وقال الجيش في بيان نقلته وسائل الإعلام في دمشق إن طائراته قصفت "
     "مستودعات في ريف إدلب", [("Idlib countryside", 2)]),
    # what the statement says comes after 'ان': its place is the incident's
    ("قصفت طائرات حربية مواقع في ريف إدلب. وقال الجيش في بيان نشرته وكالة الأنباء الرسمية إن طائراته قصفت "
     "مستودعات في دمشق", [("Damascus", 1)]),
], ids=["relayed", "relayed-then-place", "said-place"])
def test_the_relaying_medias_city_is_no_scene(text: str, expected: list[tuple[str, int]]) -> None:
    """scene_aside.relayed: 'في بيان نقلته وسائل الاعلام في X' is where the statement was relayed from."""
    assert last_sentence(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the only Kuhlan the Latin-only rows give lies near the capital, 190 km off: near the city
    ("قتل ثلاثة في غارات على حي سكني في مديرية معين بالعاصمة صنعاء. وشنت طائرات غارة على منطقة كهلان غرب "
     "مدينة صعدة", [("Sa'dah", 2)]),
    ("قتل ثلاثة في غارات على حي سكني في مديرية معين بالعاصمة صنعاء. وشنت طائرات غارة على منطقة كهلان شمال "
     "مدينة صعدة", [("Sa'dah", 2)]),
], ids=["west", "north"])
def test_a_far_anchored_name_is_not_read_in_latin(text: str, expected: list[tuple[str, int]]) -> None:
    """geo/anchor.kept_readings: a name far_anchors dropped is not read again by its Latin-only namesake far off."""
    assert last_sentence(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the second name is the first one again: the countryside, not the town, and the village before it wins
    ("قصفت مسيرة تركية سيارة قرب قرية بئر عاشق في ريف عين العرب/كوباني", [("'Ayn al 'Arab countryside", 2)]),
    ("استهدفت مسيرة تركية منزلا على أطراف قرية الدردارة في ريف تل تمر/تل تمر", [("Dardarah", 2)]),
    ("استهدفت مسيرة تركية منزلا في قرية تل جهان بريف القامشلي/قامشلو", [("Al-Qamishli countryside", 2)]),
    # two different towns with a slash stay two: the town is more precise than the countryside
    ("قصفت مدفعية مواقع في ريف الحسكة/القامشلي", [("Al-Qamishli", 1)]),
], ids=["kobani", "village-first", "qamishlo", "two-towns"])
def test_a_second_name_after_a_slash_is_the_first_again(text: str, expected: list[tuple[str, int]]) -> None:
    """geo/second_names: 'ريف X/Y' with Y one place with X keeps only 'ريف X'."""
    assert last_sentence(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the bracketed name is the town the phrase before it is a side of: the side, not the town, is the scene
    ("قصفت مسيرة تركية جرارا قرب قرية بئر عاشق، غربي مدينة عين العرب (كوباني) مساء أمس", [("west of 'Ayn al 'Arab", 2)]),
], ids=["kobani-bracket"])
def test_a_second_name_in_brackets_is_the_first_again(text: str, expected: list[tuple[str, int]]) -> None:
    """geo/second_names: 'غربي مدينه X (Y)' with Y the town X keeps only the phrase, not the town itself."""
    assert last_sentence(text) == expected
