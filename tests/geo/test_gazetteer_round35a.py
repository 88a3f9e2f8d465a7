"""Round 35a: a short village name (three letters, or the article and three) is read after an area's head noun
(منطقه) as after a town's, and a place adjective or ب before the containing unit's head noun ends its phrase
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.name_ends import closes_name

from .conftest import refs_of


@pytest.mark.parametrize(("text", "want"), [
    # an area head, the name closed by ب + the containing unit's head noun
    ("قتل مقاتل في قصف استهدف منطقة كرش بمحافظة لحج مساء أمس", "wof:1309861203"),
    # an area head, the name closed by a direction from the city
    ("استهدفت مسيرة سيارة في منطقة الجية جنوبي بيروت", "wof:1243072441"),
    # a town's head, the name closed by a place adjective
    ("غارة على بلدة القاع الحدودية في البقاع", "wof:1344045331"),
])
def test_short_name_after_a_head(text: str, want: str) -> None:
    """The short name is the place the head noun introduces."""
    assert want in {r.location.id for r in refs_of(text)}


@pytest.mark.parametrize("text", [
    "قصفت المدفعية منطقة كرش الجبلية أمس",  # an adjective outside the head lexicon: maybe a longer name
    "دوت صفارات الإنذار في منطقة الوسط، بحسب الجيش",  # the central area: no village without context
])
def test_short_name_left_alone(text: str) -> None:
    """No village where the phrase may go on or nothing of the article supports the namesake."""
    assert not refs_of(text)


@pytest.mark.parametrize(("word", "closes"), [
    ("الحدوديه", True),  # a place adjective
    ("العسكريه", True),
    ("بمحافظه", True),  # ب + a head noun
    ("بالمحافظه", True),
    ("بمديريه", True),
    ("الجبليه", False),  # not in the head lexicon
    ("بحسب", False),
    ("محافظه", False),  # a head noun without ب begins another phrase
])
def test_closes_name(word: str, closes: bool) -> None:
    """Which words end a short name's phrase besides name_guards.NAME_ENDS."""
    assert closes_name(word) is closes
