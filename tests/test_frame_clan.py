"""Frame clan: 'في تجدد الاشتباكات' after a toll is the renewed fight the toll was taken in, not a feared renewal.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text

PUB = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("text", "renewed"), [
    ("قتل ثلاثة أشخاص وأصيب خمسة في تجدد الاشتباكات بين عشيرتين في قضاء الزبير مساء الأربعاء.", True),
    ("لقي شرطي حتفه بتجدد الاشتباك مع مسلحين في قضاء الزبير صباح الأربعاء.", True),
    ("ويخشى الأهالي أن يتسبب الخلاف على الأرض في تجدد الاشتباكات في قضاء الزبير.", False),
], ids=["toll-in-renewal", "toll-with-renewal", "no-toll-feared"])
def test_a_toll_taken_in_a_renewed_fight(text: str, renewed: bool) -> None:
    """A death or wound before 'في تجدد' / 'بتجدد' tells the renewed fight; without one it is the noun of a renewal."""
    assert bool(extract_text(text, PUB)) is renewed
