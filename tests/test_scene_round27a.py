"""Scene, round 27a: a bare common noun ('عين') is no place; a short village name the article has introduced is read
again after a preposition ('في الغاره علي X'); a town told by its bearing from a city it lies far from is 'near' the
city. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.scene import choose_places
from tests import scene_text

chosen = scene_text.chosen


def last_sentence(text: str) -> list[tuple[str, int]]:
    """English names and precisions of the places chosen for the text's last sentence."""
    rec = scene_text.rec_of(text)
    sent = rec.sentences[-1]
    return [(p.location.name_en, p.location.geo_precision) for p in choose_places(rec, sent.start, sent.end)]


@pytest.mark.parametrize(("text", "expected"), [
    # a spring, a shrine's first word: not the Yemeni village 'Ain'; the desert named with it is the place
    ("قصفت طائرات مسيرة محيط مزار عين علي في بادية القورية", ["Al Qurayya desert"]),
    ("استهدفت غارة نبع عين في البادية", []),
    # the longer names that open with the word are matched whole
    ("قصفت مسيرة سيارة في بلدة عين عيسى", ["'Ayn 'Isa"]),
    # and a settlement the gazetteer knows only in Latin letters is still looked up after its head
    ("قصفت قوات الاحتلال بالمدفعية محيط مستوطنة عين هبسور قرب خان يونس", ["'En HaBesor", "Khan Yunus"]),
], ids=["shrine", "spring", "ain-issa", "latin-only"])
def test_a_bare_common_noun_is_no_place(text: str, expected: list[str]) -> None:
    """'عين' alone (place_stopwords scope bare): a place only right after a head noun."""
    assert chosen(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short village name, once introduced by 'قريه', is that village after a preposition
    ("قصفت طائرات مجهولة مستودعاً في قرية الهري قرب مدينة البوكمال. وقتل ثلاثة عناصر في الغارة على الهري",
     [("Al Hury", 1)]),
    ("دمرت غارة جوية منزلاً في قرية الهري شرقي البوكمال. وسمع دوي انفجار في الهري", [("Al Hury", 1)]),
    # never introduced by a head noun: a three-letter word stays unread
    ("قصفت طائرات مجهولة مستودعاً قرب مدينة البوكمال. وقتل ثلاثة عناصر في الغارة على الهري", []),
], ids=["strike-on", "in", "not-introduced"])
def test_an_introduced_short_name_is_read_after_a_preposition(text: str, expected: list[tuple[str, int]]) -> None:
    """places.select_items: a short name read only after a town's head is read again where في/علي introduces it."""
    assert last_sentence(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the only Hamidiyah the gazetteer knows lies 88 km out (al-Hasakah): near the city, precision 2
    ("قتل مسلحون مجهولون عنصراً في بلدة الحميدية شمالي مدينة دير الزور", [("Deir ez-Zor", 2)]),
    # a town within reach of the city stays itself
    ("قصفت مسيرة منزلاً في بلدة معركة شرقي مدينة صور", [("Maarake", 1)]),
    ("قصفت مسيرة منزلاً في بلدة الحسينية شرقي مدينة دير الزور", [("Al Husayniyah", 1)]),
    # a named site (a port) and a town told from a capital may lie farther out
    ("قتل مسلحون مجهولون عنصراً في ميناء رأس عيسى شمال مدينة الحديدة", [("Ras Isa port (al-Hudaydah)", 1)]),
    ("قتل مسلحون مجهولون عنصراً في مدينة صرمان غرب العاصمة طرابلس", [("Sorman", 1)]),
], ids=["far-namesake", "near-town", "near-village", "port", "capital"])
def test_a_town_far_from_the_city_it_is_told_from_is_near_the_city(text: str, expected: list[tuple[str, int]]) -> None:
    """geo/anchor.far_anchors: 'X شمالي مدينه Y' with X read beyond 50 km from Y places the incident near Y."""
    assert last_sentence(text) == expected
