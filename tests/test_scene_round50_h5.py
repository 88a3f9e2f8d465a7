"""Scene, round 50 (h5): a second telling of an incident names the end of a movement (where the attackers withdrew
to, where a convoy came from or headed), which is not where the incident struck, nor is the town of the
medical complex or the clinic the wounded were taken to. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.scene import choose_places
from rasd.scene_aside import hospital_in, route_end, went_toward
from tests import scene_text

rec_of = partial(scene_text.rec_of, published=date(2024, 5, 8))


@pytest.mark.parametrize(("before", "expected"), [
    # jc_020: 'قبل ان تنسحب الي X' (withdrew to), as 'انسحبوا نحو X' already
    ("هاجم المسلحون الحاجز ساعتين قبل ان ينسحب الي", True),
    ("ولاذ المهاجمون بالفرار الي", True),
    ("ووصلت القوات الي", False),  # an arrival or an advance keeps the place
    ("اطلقت المدفعيه قذائف الي", False),
])
def test_where_they_withdrew_to(before: str, expected: bool) -> None:
    """'الي' after a verb of leaving or withdrawing tells where they went off to, like a direction word."""
    assert went_toward(before) is expected


@pytest.mark.parametrize(("text", "town", "expected"), [
    # ok_012: 'قادمه من جهه A باتجاه B': a convoy's route names both ends with a direction word
    ("تعرضت قافله شاحنات قادمه من جهه مدينه الميادين باتجاه مدينه تدمر لغارتين", "مدينه تدمر", True),
    ("تعرضت قافله شاحنات قادمه من جهه مدينه الميادين باتجاه مدينه تدمر لغارتين", "مدينه الميادين", True),
    ("اعترض الجيش صاروخا قادما من اليمن باتجاه مدينه ايلات", "مدينه ايلات", False),  # a projectile's target
])
def test_a_route_told_with_a_direction_word(text: str, town: str, expected: bool) -> None:
    """'باتجاه' marks a route's destination as 'الي' does; a projectile's destination is still its target."""
    rec = rec_of(text)
    p = next(q for q in rec.places if rec.nt.text[q.start:q.end] == town)
    assert route_end(rec.nt.text, p) is expected


@pytest.mark.parametrize(("before", "expected"), [
    # od_019: 'نقلت اصابتين الي مجمع X الطبي في Y', a medical complex named by its adjective
    ("ونقلت الطواقم مصابين الي مجمع الرازي الطبي في", True),
    ("ونقل الجريح الي المركز الطبي في", True),
    ("قصفت الطائرات مخزنا طبيا في", False),
])
def test_the_town_of_a_medical_complex(before: str, expected: bool) -> None:
    """'الطبي'/'الطبيه' names a medical facility the wounded were taken to, as 'مستشفي' does."""
    assert hospital_in(before) is expected


def test_a_clinic_named_after_a_town_is_no_scene() -> None:
    """pg_005: 'نقلوها علي مستوصف X': the clinic's town, right after 'مستوصف', is not where she was hit."""
    rec = rec_of("اصيبت امراه برصاصه طايشه في بيتها ونقلوها علي مستوصف الميادين")
    sent = rec.sentences[-1]
    assert [p.location.name_en for p in choose_places(rec, sent.start, sent.end)] == []
