"""Round 24b scene: the container a text names for a district the gazetteer lacks, and a closing hashtag line that
does not outrank the place a sentence names.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.scene import choose_places
from rasd.scene_anaphora import tagged_town
from rasd.scene_aside import office
from tests import scene_text

PUB = date(2023, 3, 14)


rec_of = partial(scene_text.rec_of, published=PUB)


@pytest.mark.parametrize(("before", "expected"), [
    # the yb_ study's cause A (yb_024; 40 dev docs of 25 sets say 'مديرية X بمحافظة/في Y'): a district, no office
    ("شن الطيران ثلاث غارات علي مديريه بني حشيش ب", False),
    ("وسقطت قذيفه هاون في اطراف مديريه الوادي في", False),
    ("نفذت مديريه الاستخبارات حمله دهم في", False),  # the directorate acts there: the place is the incident's
    # the office readings stay: a title, a 'ل' genitive, a speech verb before it
    ("وقال المتحدث باسم مديريه الامن ب", True),
    ("واوضح الناطق الرسمي لمديريه الدفاع المدني ب", True),
    ("واعلنت مديريه الصحه في", True),
])
def test_a_district_is_no_office(before: str, expected: bool) -> None:
    """'في مديرية X بمحافظة Y' names a district and its province; only a spoken-for directorate serves a region."""
    assert office(before) is expected


def test_an_unknown_district_is_placed_by_its_capital() -> None:
    """'على مديرية X في العاصمة Y' with X missing from the gazetteer: the capital, not nothing."""
    rec = rec_of("سقطت ثلاث قذائف على مديرية بني زغلول في العاصمة صنعاء مساء أمس.")
    assert [p.location.name_en for p in choose_places(rec, 0, len(rec.nt.text))] == ["Sanaa"]


def test_a_hashtag_does_not_outrank_the_sentence_s_place() -> None:
    """'قصف تركز على قرية X في ريف Y, إذ تعرضت القرية ...' with X missing: the closing tags do not name the village."""
    text = ("قصفت المدفعية قرية الزنبقة في ريف القامشلي الجنوبي، إذ تعرضت القرية لعشر قذائف.\n\n"
            "#الزنبقة #عامودا")
    rec = rec_of(text)
    t = rec.nt.text
    lo = t.index("اذ تعرضت")
    assert tagged_town(rec, lo, len(t)) == []
    bare = rec_of("وقالت مصادر محلية إن القرية تعرضت لعشر قذائف صباح اليوم.\n\n#عامودا")
    assert [p.location.name_en for p in tagged_town(bare, 0, len(bare.nt.text))] == ["Amude"]
