"""geo/name_ends: the words that close a short village name after its head noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.name_ends import closes_name

from .conftest import refs_of


@pytest.mark.parametrize(("text", "want"), [
    # a locative word that places the name inside an area ('ضمن باديه X')
    ("انفجر لغم بسيارة رعاة في منطقة طشة ضمن بادية دير الزور الغربية", "wof:1344151303"),
    # the two towns the village lies between
    ("قصفت مسيرة شاحنة قرب قرية سلو بين الميادين ودير الزور", "wof:1326651313"),
    # the sentence's date right after the name
    ("عثر الأهالي على جثة راع في أطراف قرية جتل مساء أمس", "wof:1309789675"),
    # a dash that closes a list item's name
    ("3. قرب قرية سلو - الخميس: قصف مدفعي على تجمع للمسلحين", "wof:1326651313"),
    # ب before an area's descriptor
    ("سقطت قذيفة على منزل في قرية الخجة بريف دير الزور الشرقي", "wof:1210013527"),
])
def test_short_name_closed(text: str, want: str) -> None:
    """The short name is the place its head noun introduces."""
    assert want in {r.location.id for r in refs_of(text)}


@pytest.mark.parametrize(("word", "closes"), [
    ("ضمن", False),  # a locative word: name_guards.NAME_ENDS, not this module
    ("صباح", True),  # a part of the day
    ("مساء", True),
    ("يوم", True),  # the day word before a weekday
    ("امس", True),
    ("-", True),  # a list item's dash
    ("|", True),
    ("بريف", True),  # ب + an area's descriptor
    ("بباديه", True),
    ("ريف", False),  # the descriptor alone opens another phrase
    ("الصباح", False),  # not a one-word day name of the lexicon
])
def test_closes_name_day_words(word: str, closes: bool) -> None:
    """Which day words, marks and area descriptors end a short name's phrase."""
    assert closes_name(word) is closes
