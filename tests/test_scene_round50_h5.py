"""Scene, round 50 (h5): a second telling of an incident names the end of a movement (where the attackers withdrew
to, where a convoy came from or headed), which is not where the incident struck. Every sentence is written for
these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.scene_aside import route_end, went_toward
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
