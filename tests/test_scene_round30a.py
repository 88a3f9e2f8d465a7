"""Scene, round 30a (from the da_ study: places package P2): a distance and bearing the text states from a town
('علي بعد نحو N كم جنوب مدينه X', or after it: 'جنوب مدينه X بحوالي N كم') place the incident, over a site row named
beside it as a landmark within 15 km, in its sentence and wherever the article names the site again; a launch point
or a far distance keeps the site. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.geo.distances import stated_after, stated_km
from rasd.normalize import normalize
from rasd.scene_measured import measured
from tests import scene_text

chosen = scene_text.chosen


@pytest.mark.parametrize(("text", "expected"), [
    ("شرق مدينة الميادين بحوالي 10 كم", 10.0),
    ("غربي البلدة بنحو عشرين كيلومترا في البادية", 20.0),
    ("شمال القرية بمسافة 7 كيلومترات", 7.0),
    ("شمال القرية بنحو 3 كيلومترات", 3.0),
    ("جنوب المدينة بنحو ساعة", None),
    ("شرق المدينة بحوالي 12 كمين", None),
], ids=["digits", "words", "distance-noun", "plural", "not-a-length", "not-a-unit"])
def test_a_distance_after_the_place(text: str, expected: float | None) -> None:
    """'<dir> X بحوالي/بنحو/بمسافه N كم': the reversed order of 'علي بعد N كم <dir> X'."""
    t = normalize(text).text
    end = next(i for i in range(len(t)) if t.startswith(" ب", i))  # the place ends before 'بنحو'/'بحوالي'
    assert stated_after(t, end) == expected


def test_the_distance_before_the_place_is_unchanged() -> None:
    """'علي بعد نحو 12 كيلومترا جنوب X' still reads 12 km (moved from geo/refs.py to geo/distances.py)."""
    t = normalize("على بعد نحو 12 كيلومترا جنوب").text
    assert stated_km(t, t.rfind(" ") + 1) == 12.0


@pytest.mark.parametrize(("text", "expected"), [
    ("استهدفت مسيرة سيارة قرب حقل العمر النفطي، على بعد نحو 10 كيلومترات شرق مدينة الميادين",
     ["east of Mayadin"]),
    ("قصفت طائرة حربية شاحنة على طريق ترابي بين حقل العمر والنهر، شرق مدينة الميادين بحوالي 10 كم",
     ["east of Mayadin"]),
    ("استهدفت مسيرة سيارة قرب حقل العمر النفطي شرقي دير الزور", ["al-Omar oil field"]),
    ("سقطت قذيفتان قرب حقل العمر النفطي، على بعد نحو 40 كيلومترا شمال مدينة الميادين",
     ["al-Omar oil field"]),
], ids=["before", "after", "no-distance", "far-from-the-site"])
def test_a_measured_point_beats_its_landmark_site(text: str, expected: list[str]) -> None:
    """A site row within 15 km of the point the text measures from a town is that point's landmark."""
    assert chosen(text) == expected


def test_a_later_mention_of_the_site_takes_the_measured_point() -> None:
    """'... وحقل العمر' in a later sentence names the site the article measured: the same point."""
    text = ("استهدفت مسيرة سيارة قرب حقل العمر النفطي، على بعد نحو 10 كيلومترات شرق مدينة الميادين. "
            "وبعد الغارة انتشرت عناصر الفصائل في محيط حقل العمر")
    rec = scene_text.rec_of(text)
    later = text.rfind("حقل العمر")
    got = scene_text.choose_places(rec, later - 10, len(rec.nt.text))
    assert [p.location.name_en for p in got] == ["east of Mayadin"]


@pytest.mark.parametrize(("text", "expected"), [
    ("سقطت صواريخ أطلقت من منطقة على بعد 10 كم شرق مدينة الميادين", False),
    ("وقع الانفجار على بعد 10 كم شرق مدينة الميادين", True),
    ("وقع الانفجار على بعد 90 كم شرق مدينة الميادين", False),
    ("وقع الانفجار شرق مدينة الميادين", False),
], ids=["launch-point", "scene", "too-far", "no-distance"])
def test_which_places_are_measured(text: str, expected: bool) -> None:
    """A measured place: a direction from a town at a stated distance up to 50 km, no launch point."""
    rec = scene_text.rec_of(text)
    places = [p for p in rec.places if p.descriptor is not None and p.descriptor.endswith("_of")]
    assert [measured(rec.nt.text, p) for p in places] == [expected]
