"""A live blog's stamped posts are each their own scope for sources, session 50 (helper h12).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2025, 3, 4)

# (id, text, place, expected sources): a live blog's stamped posts, each its own scope
POSTS = [
    ("stamp-and-bar-post-after-a-toll",
     "مباشر | تطورات الجبهة الجنوبية\n\n20:15 | وزارة الصحة اللبنانية: شهيدان و4 جرحى في غارة إسرائيلية على منزل في "
     "بلدة يارين.\n\n19:40 | الجيش الإسرائيلي يقول إنه رصد إطلاق صواريخ من لبنان من دون إصابات.\n\n18:05 | حزب الله "
     "يعلن استهداف تجمع لجنود العدو بصلية صاروخية.",
     "Yarine", {"Lebanese Health Ministry"}),
    ("bare-stamp-line-post-after-a-toll",
     "مباشر | تطورات الجبهة الجنوبية\n\n20:15\nوزارة الصحة اللبنانية: شهيدان و4 جرحى في غارة إسرائيلية على منزل في "
     "بلدة يارين.\n\n19:40\nالجيش الإسرائيلي يقول إنه رصد إطلاق صواريخ من لبنان من دون إصابات.",
     "Yarine", {"Lebanese Health Ministry"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in POSTS], ids=[c[0] for c in POSTS])
def test_a_later_post_is_no_source_of_the_post_above(text: str, place: str, expected: set[str]) -> None:
    """A stamped post naming no town continues no incident of another post: its speaker is no source of it."""
    assert f.sources_at(text, place, PUB) == expected
