"""Clause-scoped attribution (attribution_clause): whose words tell which incident of a sentence.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 10, 9)  # a Wednesday
TOLL = ("أعلنت وزارة الصحة اللبنانية أن غارة إسرائيلية على منزل في بلدة الناقورة أدت إلى استشهاد ثلاثة مواطنين "
        "أمس. ")

# (id, text, place, expected sources)
CASES = [
    ("the-answer-names-its-cause",  # session 43: gb016-a, sa011-a, wb016-c
     TOLL + "وأعلن حزب الله في بيان أنه رداً على الاعتداءات على قرانا، وآخرها مجزرة الناقورة، استهدف مجاهدوه "
     "مستعمرة كريات شمونة بصلية صاروخية.",
     "Naqoura", {"Lebanese Health Ministry"}),
    ("the-answer-is-the-tellers-own",
     TOLL + "وأعلن حزب الله في بيان أنه رداً على الاعتداءات على قرانا، وآخرها مجزرة الناقورة، استهدف مجاهدوه "
     "مستعمرة كريات شمونة بصلية صاروخية.",
     "Shmona", {"Hezbollah"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clause_sources(text: str, place: str, expected: set[str]) -> None:
    """A teller tells its answer, and only names the cause it answers."""
    assert f.sources_at(text, place, PUB) == expected
