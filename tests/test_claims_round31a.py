"""Round 31a (casualties, from the fa_ (v29) study): a toll of one group with another group's dead added to it.

'ارتفاع عدد قتلاه الي 5, الي جانب 3 مدنيين قتلوا' counts a party's own dead (its pronoun toll noun) and the
civilians beside them: disjoint groups, summed. Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place

PUB = date(2024, 6, 3)


def _toll(text: str, place: str) -> list[tuple[int | None, int | None]]:
    return [v for k, v in tolls_by_place(text, PUB).items() if place in k]


@pytest.mark.parametrize(("text", "place", "want"), [
    ("هاجم مسلحون موقعا للجيش في مدينة بيجي مساء السبت، وأعلن الجيش في بيان ارتفاع عدد قتلاه إلى 5، إلى جانب 3 "
     "مدنيين قتلوا جراء الاشتباكات.", "Baiji", (8, None)),
    ("هاجم مسلحون موقعا للجيش في مدينة بيجي مساء السبت، وأعلن الجيش مقتل 5 من جنوده، إلى جانب 3 مدنيين.",
     "Baiji", (8, None)),
    ("هاجم مسلحون حاجزا في مدينة بيجي مساء السبت، ما أدى إلى مقتل 4 جنود، فضلا عن 2 من المهاجمين.",
     "Baiji", (6, None)),
    ("قتل 5 أشخاص في مدينة بيجي مساء السبت في هجوم مسلح، إلى جانب 3 في مدينة تكريت.", "Baiji", (5, None)),
    ("هاجم مسلحون حاجزا في مدينة بيجي مساء السبت، ما أدى إلى مقتل 5 أشخاص، إلى جانب إصابة 3 آخرين.",
     "Baiji", (5, 3)),
    ("هاجم مسلحون حاجزا في مدينة بيجي مساء السبت، ما أدى إلى مقتل 4 جنود، إلى جانب 6 جرحى.", "Baiji", (4, 6)),
], ids=["own-toll-noun-and-civilians", "own-men-and-civilians", "soldiers-and-attackers", "per-place",
        "other-field", "wounded-noun"])
def test_round_31a_added_group(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """A figure with its own noun phrase, then 'الي جانب/فضلا عن' and another group's count: one toll, their sum;
    a count given for another place, or of the other field, is not added."""
    assert _toll(text, place) == [want]
