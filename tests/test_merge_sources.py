"""Merge sources: the tellers of the counts a mention takes join its sources (session 40, h3).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.merge_sources import counted_sources
from rasd.records import Claim
from tests import factories as f

PUB = date(2024, 8, 19)  # a Monday

MOURNED_AFTER = ("ضربة في جرف النصر\n\nاستهدفت طائرة مسيرة مجهولة ليلة السبت موقعاً للحشد الشعبي في ناحية جرف النصر "
                 "شمالي بابل. نعت هيئة الحشد ثلاثة من منتسبيها.")
COUNTER_CLAIM = ("هجوم على المزموم\n\nقال الجيش السوداني إن قواته صدت هجوماً لقوات الدعم السريع على بلدة المزموم "
                 "بولاية سنار أمس، مؤكداً مقتل جنديين. في المقابل، نعت الدعم السريع خمسة من عناصرها، وزعمت مقتل "
                 "عشرات من جنود الجيش.")


@pytest.mark.parametrize(("text", "place", "expected"), [
    (MOURNED_AFTER, "Jurf", {"PMF"}),  # a bare obituary whose count is the strike's toll
    (COUNTER_CLAIM, "Mazmum", {"Sudanese army", "RSF"}),  # the other side's count of the same clash
])
def test_the_teller_of_a_taken_count_is_a_source(text: str, place: str, expected: set[str]) -> None:
    """A body whose count the incident takes tells the incident, even in a sentence that is no frame of it."""
    assert f.sources_at(text, place, PUB) == expected


def test_a_count_of_none_or_inside_a_frame_adds_no_source() -> None:
    """'لم توقع اصابات' tells no toll; in a frame's own sentence the frame's attribution decides."""
    claims = [Claim(field="injured", value=0, source="Pentagon", start=50),
              Claim(field="fatalities", value=2, source="PMF", start=60),
              Claim(field="fatalities", value=3, source="Security Media Cell", start=5),
              Claim(field="fatalities", value=4, source=None, start=70)]
    assert counted_sources(("CENTCOM",), claims, [(0, 40)]) == ("CENTCOM", "PMF")
    assert counted_sources((), claims, [(0, 40), (55, 80)]) == ()
