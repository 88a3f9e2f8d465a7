"""Dates and sources, round 28a (from the ba_ study): rows for the Joint Forces' military media, the PMF's media
directorate and the Malian general staff; a unit after a body's dash ('سرايا القدس - كتيبة X') is no dateline; a
local body is named by its town as the text writes it ('لجان مقاومة سوكي' -> 'Suki', not 'As Suki'); the denier, the
party held responsible and the accused named after an anaphoric accuser are no sources; a witness or resident is an
unnamed teller of its own; a night told by its two days whose story gives an hour after midnight is the second day;
the day a wounded man died does not date the next sentence's undated incident.

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from rasd.attribution_bodies import as_written
from rasd.normalize import normalize_text
from rasd.timex import find_times
from tests import factories as f

PUB = dt.date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(("text", "place", "expected"), [
    # rows: the Joint Forces' military media (Yemen's west coast)
    ("قتل جندي وأصيب اثنان آخران، مساء أمس الخميس، بقذيفة أطلقها الحوثيون على موقع عسكري في مديرية حيس جنوبي "
     "الحديدة.\n\nوقال الإعلام العسكري للقوات المشتركة في بيان إن القذيفة سقطت على الموقع.", "Hays",
     {"Joint Forces (West Coast)"}),
    # the PMF's media directorate named without 'الشعبي'
    ("قتل مقاتل من الحشد الشعبي بانفجار عبوة ناسفة قرب ناحية العظيم شمالي ديالى صباح اليوم الجمعة.\n\nوقالت مديرية "
     "إعلام الحشد إن العبوة زرعت على طريق ترابي.", "Azim", {"PMF"}),
    # the Malian general staff
    ("أعلنت قيادة أركان الجيوش المالية مقتل ثلاثة جنود في هجوم مسلح استهدف دورية عسكرية قرب مدينة موبتي مساء أمس.",
     "Mopti", {"Malian army"}),
    # a battalion after the body's dash at a line's start is the body, not a dateline
    ("اقتحمت قوات الاحتلال بلدة قباطية جنوب جنين فجر اليوم واندلعت اشتباكات مسلحة مع مقاومين.\n\nوقالت سرايا القدس - "
     "كتيبة قباطية في بيان إن مقاتليها فجروا عبوة ناسفة في آلية عسكرية.", "Qabatiya", {"Al-Quds Brigades"}),
], ids=["joint-forces-media", "pmf-media-directorate", "malian-general-staff", "battalion-after-dash"])
def test_round28a_rows(text: str, place: str, expected: set[str]) -> None:
    """A body's name, or its unit after a dash, names the body."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # the denier of the attack tells no incident
    ("قتل أربعة مدنيين في قصف مدفعي على سوق مدينة سنجة صباح أمس، بحسب وزارة الصحة بولاية سنار.\n\nفي المقابل، نفى "
     "متحدث باسم قوات الدعم السريع في تصريحات صحفية مسؤولية قواته عن القصف.", "Singa",
     {"Sennar State Health Ministry"}),
    # the party a teller holds responsible is no teller
    ("قتل أربعة مدنيين في قصف مدفعي على سوق مدينة سنجة صباح أمس.\n\nوقالت وزارة الصحة بولاية سنار في بيان إن "
     "القذائف سقطت وسط السوق، محملة قوات الدعم السريع المسؤولية الكاملة.", "Singa", {"Sennar State Health Ministry"}),
    ("قتل أربعة مدنيين في قصف مدفعي على سوق مدينة سنجة صباح أمس، بحسب وزارة الصحة بولاية سنار.\n\nوحمّلت الوزارة "
     "في بيان قوات الدعم السريع المسؤولية الكاملة عن القصف.", "Singa", {"Sennar State Health Ministry"}),
    # the accused after an accuser that refers back ('واتهمت الوزارة X بقصف')
    ("قتل أربعة مدنيين في قصف مدفعي على سوق مدينة سنجة صباح أمس، بحسب وزارة الصحة بولاية سنار.\n\nواتهمت الوزارة "
     "قوات الدعم السريع بقصف السوق عمداً.", "Singa", {"Sennar State Health Ministry"}),
], ids=["denier", "held-responsible", "held-responsible-in-statement", "accused-after-anaphor"])
def test_round28a_not_tellers(text: str, place: str, expected: set[str]) -> None:
    """Who denies, who is blamed and who is accused is no source."""
    assert f.sources_at(text, place, PUB) == expected


LEAD_BODY = ("أعلنت خلية الإعلام الأمني، اليوم الجمعة، مقتل جندي بهجوم نفذه عناصر داعش على نقطة للجيش قرب بلدة الحضر "
             "جنوبي الموصل.\n")


@pytest.mark.parametrize(("item", "expected"), [
    # an item told by a witness: the lead body did not tell it
    ("وفي محافظة ديالى، قال أحد سكان مدينة بعقوبة إن عبوة ناسفة انفجرت مساء أمس على سيارة مدنية، ما أدى إلى إصابة "
     "سائقها.", set()),
    ("وفي محافظة ديالى، قال شهود عيان إن عبوة ناسفة انفجرت مساء أمس على سيارة مدنية في مدينة بعقوبة، ما أدى إلى "
     "إصابة سائقها.", set()),
    # an item with no teller of its own still takes the lead's attribution
    ("وفي محافظة ديالى، انفجرت عبوة ناسفة مساء أمس على سيارة مدنية في مدينة بعقوبة، ما أدى إلى إصابة سائقها.",
     {"Security Media Cell"}),
], ids=["resident", "witnesses", "no-teller"])
def test_round28a_witness_is_a_teller_of_its_own(item: str, expected: set[str]) -> None:
    """A resident or witness right after a verb of saying is the item's unnamed teller: the lead body does not reach it."""
    assert f.sources_at("حصاد أمني\n\n" + LEAD_BODY + item, "Baqubah", PUB) == expected


def _ref(text: str, name: str, name_en: str) -> tuple[SimpleNamespace, SimpleNamespace]:
    """A recognized text and a place reference on the word `name` in it, named `name_en` in the gazetteer."""
    nt = normalize_text(text)
    start = nt.index(normalize_text(name))
    rec = SimpleNamespace(nt=SimpleNamespace(text=nt))
    return rec, SimpleNamespace(start=start, end=start + len(normalize_text(name)),
                                location=SimpleNamespace(name_en=name_en))


@pytest.mark.parametrize(("text", "name", "name_en", "expected"), [
    ("قالت لجان مقاومة سوكي إن", "سوكي", "As Suki", "Suki"),
    ("قالت لجان مقاومة السوكي إن", "السوكي", "As Suki", "As Suki"),
    ("أفادت غرفة طوارئ فاشر بأن", "فاشر", "El Fasher", "Fasher"),
    ("قالت لجان مقاومة الكاملين إن", "الكاملين", "Al Kamlin (Gezira)", "Al Kamlin"),
    ("قالت لجان مقاومة كوستي إن", "كوستي", "Kosti", "Kosti"),
    ("قالت لجان مقاومة أبو روف إن", "أبو روف", "Abu Rouf", "Abu Rouf"),
], ids=["no-article", "article", "el-without-article", "keeps-article", "no-article-either", "abu"])
def test_round28a_town_as_written(text: str, name: str, name_en: str, expected: str) -> None:
    """A local body's town in English drops the gazetteer's article only when the Arabic writes none."""
    rec, ref = _ref(text, name, name_en)
    assert as_written(rec, ref) == expected  # type: ignore[arg-type]


def night_days(text: str, published: dt.date = PUB) -> list[dt.date | None]:
    """The days of the night spans of the text."""
    return [t.date for t in find_times(normalize_text(text), published) if t.kind == "night_span"]


@pytest.mark.parametrize(("text", "expected"), [
    # the story's hour is after midnight: the second day
    ("تعرض مطار المدينة لهجوم بصاروخين ليل الخميس-الجمعة.\n\nوقال مصدر أمني إن الصاروخين أطلقا عند الساعة الواحدة "
     "والنصف من فجر اليوم من أرض زراعية.", [dt.date(2024, 3, 15)]),
    ("هاجم مسلحون حاجزاً للشرطة ليل الخميس - الجمعة، وقالت الشرطة إن الهجوم وقع قرابة الساعة الثانية بعد منتصف "
     "الليل.", [dt.date(2024, 3, 15)]),
    # an hour before midnight, or none: the first day
    ("تعرض مطار المدينة لهجوم بصاروخين ليل الخميس-الجمعة.\n\nوقال مصدر أمني إن الصاروخين أطلقا قرابة الساعة 11:40 "
     "من ليلة الخميس.", [dt.date(2024, 3, 14)]),
    ("تعرض مطار المدينة لهجوم بصاروخين ليل الخميس-الجمعة، من دون وقوع إصابات.", [dt.date(2024, 3, 14)]),
], ids=["dawn-hour", "after-midnight-hour", "hour-before-midnight", "no-hour"])
def test_round28a_night_timed_after_midnight(text: str, expected: list[dt.date]) -> None:
    """A night span whose story gives an hour after its midnight is dated by its second day."""
    assert night_days(text) == expected


def test_round28a_death_day_dates_no_next_incident() -> None:
    """The day a wounded soldier died dates the toll, not the strike the next sentence tells without a day."""
    ms = f.extract_text("حصاد الأسبوع\n\nالاثنين\nهاجم مسلحون من داعش ليلاً نقطة للجيش قرب بلدة الحضر جنوبي الموصل. "
                        "وارتفعت الحصيلة إلى قتيلين بعد وفاة أحد الجرحى متأثراً بإصابته صباح الأربعاء. وأعقب الهجوم "
                        "ضربة جوية عراقية على مخبأ للتنظيم قرب بلدة القيارة.", PUB)
    assert f.mention_at(ms, "Qayyarah").event_date == dt.date(2024, 3, 11)
