"""Scene and geocode, round 28a (from the ba_ study: places packages P3 and P2): a label before a colon gives way to
a finer place of its line in its province; a prayer time after 'لحد/حتى/لغاية' is no place; a province the sources
are in is not the scene of what they tell; a town near a road outranks the road's first end; a known Arabic place
and the word after it are no foreign two-word name; a Latin-only match must lie in the unit told by a bearing from
it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests import scene_text

chosen = scene_text.chosen


def read(text: str) -> list[str]:
    """English names of every place the article's text was read as."""
    rec = scene_text.rec_of(text)
    return [p.location.name_en for p in rec.places]


@pytest.mark.parametrize(("text", "expected"), [
    # a bullet and 'وفي' before the label: the village near which the car was hit, 38 km from the city's point
    ("🔴 وفي السليمانية: قتل شخصان بقصف مسيرة على سيارة قرب سنكاو", ["Sankaw"]),
    # the label is the only place: it stays the scene
    ("🔴 وفي السليمانية: قتل شخصان بقصف مسيرة على سيارة مدنية", ["Sulaymaniyah"]),
    # a headline after the outlet's name: the town of the strike, not the strip's city
    ("موقع الأخبار .. غزة: خمسة شهداء بقصف منزل في مدينة رفح", ["Rafah"]),
    # a bullet label: the province's city gives way to the town of its line
    ("• الحسكة: قتل عنصران بهجوم على حاجز في بلدة تل تمر", ["Tall Tamr"]),
], ids=["bullet-wafi", "only-place", "headline-outlet", "bullet"])
def test_a_label_gives_way_to_a_finer_place_of_its_line(text: str, expected: list[str]) -> None:
    """scene_labels.label and locates: a place before a colon locates a town of its line in its province."""
    assert chosen(text) == expected


@pytest.mark.parametrize("text", [
    "قطع مسلحون الطريق لحد المغرب",
    "استمر تبادل إطلاق النار حتى المغرب",
    "بقيت الطرق مغلقة لغاية المغرب",
    "سقطت قذيفة وقت المغرب",
], ids=["lahad", "hatta", "lighayat", "waqt"])
def test_sunset_is_no_morocco(text: str) -> None:
    """place_stopwords: the sunset prayer's time after لحد/حتى/لغاية/وقت is a time, not the country."""
    assert "Morocco" not in read(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the region the sources are in gives way to the town near which it happened
    ("وأفادت مصادر محلية في منطقة سيغو بأن مسلحين هاجموا قافلة قرب بلدة سوكولو", ["Sokolo"]),
    # named alone, it stays the scene
    ("وأفادت مصادر محلية في منطقة سيغو بأن مسلحين هاجموا قافلة للجيش", ["Segou"]),
    # a source's town is mostly the scene's own: not set aside
    ("وقال مصدر أمني في مدينة كركوك إن عبوة ناسفة انفجرت قرب بلدة الرياض", ["Kirkuk"]),
], ids=["region-seat", "only-place", "town-seat"])
def test_the_sources_province_is_not_the_scene(text: str, expected: list[str]) -> None:
    """scene_aside.source_seat: 'مصادر محليه في منطقه X بان ...' tells where the sources are."""
    assert chosen(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("انفجرت عبوة ناسفة بدورية للجيش قرب بلدة الكرمة، على الطريق الرابط بين الفلوجة وبغداد", ["Nahiyat al Karmah"]),
    # no spot named on the road: its first end stands for it
    ("انفجرت عبوة ناسفة بدورية للجيش على الطريق الرابط بين الفلوجة وبغداد", ["Fallujah"]),
], ids=["near-town", "ends-only"])
def test_a_town_near_the_road_outranks_its_first_end(text: str, expected: list[str]) -> None:
    """scene_roads.all_ends: 'قرب Z, علي الطريق بين A وB' happened near Z."""
    assert chosen(text) == expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    # Sidon and 'for fear', in an article naming other Lebanese towns: not Sede Yaaqov
    ("أطلق حزب الله صواريخ على تل أبيب وحيفا. وسلك مواطنون الطرق باتجاه صيدا خوفا من غارات جديدة على بلدة شحور.",
     "Sidon", "Sede Yaaqov"),
    # a village told by its bearing from a district: not the namesake in another province
    ("قصفت المدفعية التركية محيط قرية شرانش شمال شرقي قضاء زاخو. وطالب نواب من أربيل بوقف القصف.",
     "northeast of Zakho", "Sernus"),
    ("قصفت المدفعية التركية محيط قرية شرانش في قضاء زاخو. وطالب نواب من أربيل بوقف القصف.", "Zakho", "Sernus"),
    # a bearing from a lake (a district of the gazetteer) is no unit: the Latin-only name is kept
    ("استهدفت مسيرة هدفا عسكريا في منطقة أمنون شمال بحيرة طبريا", "Amnon", None),
], ids=["known-arabic-first", "bearing-from-district", "in-district", "bearing-from-lake"])
def test_latin_matches_agree_with_the_article(text: str, present: str, absent: str | None) -> None:
    """translit.foreign_firsts needs the first word's country to be absent; area_names.context_holds reads the
    unit a bearing is told from."""
    names = read(text)
    assert present in names and absent not in names
