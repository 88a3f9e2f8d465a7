"""Scene and geocode, round 28b (from the cb_ study: places package 2): a prayer after a day or time word is a time,
not Morocco; the conjunction وأن is no Van; the town of the hospital whose medical sources tell a toll is no scene;
nor is the town reinforcements came from. Every sentence is written for these tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from rasd.geo.stopwords import never_places, prayer_times
from rasd.normalize import normalize_text
from rasd.scene_aside import reinforced, told_at
from tests import scene_text

chosen = scene_text.chosen


@dataclass(frozen=True)
class Span:
    """A place's offsets in the normalised text."""

    start: int
    end: int


def read(text: str) -> list[str]:
    """English names of every place the article's text was read as."""
    rec = scene_text.rec_of(text)
    return [p.location.name_en for p in rec.places]


@pytest.mark.parametrize("text", [
    "قصفت مسيرة سوقا شعبيا أمس المغرب",
    "سقطت قذيفة على منزل اليوم المغرب",
    "هاجم مسلحون دورية عند المغرب",
    "انفجرت عبوة بعيد المغرب",
    "اشتد القصف مع حلول المغرب",
    "أطلقت النار بعد المغرب",
], ids=["ams", "alyawm", "inda", "buayd", "hulul", "baad"])
def test_a_prayer_after_a_day_or_time_word_is_no_morocco(text: str) -> None:
    """place_stopwords scopes prayer and time, with time_words' day words: 'امس/عند/حلول المغرب' is a time."""
    assert "Morocco" not in read(text)


@pytest.mark.parametrize(("phrase", "blocked"), [
    ("امس المغرب", True), ("البارحه المغرب", True), ("عند المغرب", True), ("لحد المغرب", True),
    ("زار المغرب", False), ("دوله المغرب", False),
], ids=["ams", "barha", "inda", "lahad", "verb", "head"])
def test_prayer_times_are_generated_from_the_scopes(phrase: str, blocked: bool) -> None:
    """stopwords.prayer_times: every time or day word before every prayer, and nothing else."""
    assert (phrase in prayer_times()) is blocked
    assert (phrase in never_places()) is blocked


@pytest.mark.parametrize(("text", "absent"), [
    ("قالت الوزارة إن القصف طال مخيما للنازحين، وأن الجرحى نقلوا إلى مستشفى ميداني", "Van"),
    ("أكد الجيش التركي أنه قصف مواقع في جبال قنديل وأن العملية مستمرة", "Van"),
], ids=["conjunction", "conjunction-turkey"])
def test_the_conjunction_wa_an_is_no_van(text: str, absent: str) -> None:
    """place_aliases: bare وان (وأن once normalised) names Van only after a head noun."""
    assert absent not in read(text)


def test_van_after_its_head_is_still_van() -> None:
    """place_aliases head: 'مدينة وان' is the Turkish city."""
    assert "Van" in read("انفجرت سيارة مفخخة قرب مركز للشرطة في مدينة وان شرقي تركيا")


@pytest.mark.parametrize(("text", "aside"), [
    ("ارتفعت حصيلة القصف على بلدة كفرتخاريم إلى ثلاثة قتلى، بحسب مصادر طبية في مستشفى الرحمة الخيري في إدلب.", True),
    ("وأفاد مصدر طبي في مستشفى السلام في الموصل بأن جريحين فارقا الحياة.", True),
    # the sentence goes on about the hospital's town: it is the scene
    ("وأفاد مصدر طبي في مستشفى السلام في الموصل بأن عبوة انفجرت في سوق وسط المدينة.", False),
    # no teller before the hospital: a strike on the hospital's town
    ("قصفت الطائرات محيط مستشفى السلام في الموصل.", False),
], ids=["bihasab", "afada", "the-city", "no-teller"])
def test_the_town_of_a_telling_hospital_is_aside(text: str, aside: bool) -> None:
    """scene_aside.told_at: 'مصادر طبيه في مستشفي X في Y' tells where the sources are, not the scene."""
    norm = normalize_text(text)
    town = "الموصل" if "الموصل" in norm else "ادلب"
    start = norm.index(town)
    assert told_at(norm, Span(start, start + len(town))) is aside


@pytest.mark.parametrize(("before", "expected"), [
    ("قبل ان تصل تعزيزات من مدينه ", True),
    ("ووصلت تعزيزات عسكريه كبيره من ", True),
    ("وارسلت الامدادات من ", True),
    ("اقتحمت قوه من ", False),
    ("وصلت تعزيزات, ثم انسحب مسلحون من ", False),
], ids=["head", "two-adjectives", "supplies", "no-reinforcements", "other-clause"])
def test_where_reinforcements_came_from_is_aside(before: str, expected: bool) -> None:
    """scene_aside.reinforced: 'تعزيزات (عسكريه) من (مدينه) X' is where help came from, not the scene."""
    assert reinforced(before) is expected


def test_reinforcements_origin_gives_way_to_the_clash() -> None:
    """The clash's village is the scene, not the city the reinforcements came from."""
    assert chosen("اندلعت اشتباكات عنيفة قرب قرية الكرامة قبل أن تصل تعزيزات عسكرية من مدينة الرقة") != ["Raqqa"]


@pytest.mark.parametrize(("text", "expected"), [
    ("انفجرت عبوة ناسفة بسيارة مدنية في ناحية قراج بقضاء مخمور", True),
    # no district or governorate of it named: the sub-district is not guessed
    ("انفجرت عبوة ناسفة بسيارة مدنية في ناحية قراج قرب مدينة البصرة", False),
], ids=["district-named", "elsewhere"])
def test_a_subdistrict_after_its_head_is_the_subdistrict(text: str, expected: bool) -> None:
    """geo/subdistricts: 'ناحيه X' is the admin3 row spelled alike in a district the article names."""
    assert ("Qaraj" in read(text)) is expected
