"""Claim places: a figure given for each place of a list keeps to its place.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

from rasd.extract import extract
from rasd.records import Article
from rasd.resources import load_resources


def test_a_count_with_its_noun_then_a_count_for_another_place_are_two_figures() -> None:
    """'مقتل ثلاثة مدنيين في سراقب واثنين في أريحا': 3 in one town, 2 in the other, not 5 in either."""
    text = ("شن الطيران الحربي الروسي غارات على مدينتي سراقب وأريحا في ريف إدلب اليوم، ما أدى إلى مقتل ثلاثة مدنيين "
            "في سراقب واثنين في أريحا.")
    art = Article(doc_id="p.txt", text=text, content_hash="h", published=date(2024, 3, 14))
    got = {m.location.name_en: m.fatalities for m in extract(art, load_resources()).mentions if m.location}
    assert got == {"Saraqib": 3, "Ariha": 2}
