"""Round 34a: a village homonym far from the article's places gives way to a Latin-only namesake inside them, and
a name after a head noun is found in a spelling one letter apart (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.variants import respellings

from .conftest import refs_of


def _ids(text: str) -> set[str]:
    """The place ids of a text's references."""
    return {r.location.id for r in refs_of(text)}


@pytest.mark.parametrize(("text", "want", "not_want"), [
    # the capital named العاصمه and بغداد: the Baghdad quarter, not Babil's village 110 km off
    ("انفجرت عبوة ناسفة في منطقة الرستمية جنوب شرقي العاصمة بغداد صباح اليوم", "wof:1327228185", "wof:1209307087"),
    ("قال مصدر إن سيارة احترقت في حي الرستمية جنوب شرق العاصمة، وإن الشرطة أغلقت مداخل بغداد", "wof:1327228185",
     "wof:1209307087"),
    # the province the text names holds the Arabic row: it stays
    ("عثرت الشرطة على جثة في قرية الرستمية التابعة لمحافظة بابل", "iq:IQG07", "wof:1327228185"),
])
def test_homonym_against_the_articles_places(text: str, want: str, not_want: str) -> None:
    """A village far from every place of its sentence reads as the Latin-only namesake among them."""
    ids = _ids(text)
    assert want in ids and not_want not in ids


@pytest.mark.parametrize(("text", "want"), [
    ("داهمت قوة عسكرية قرية طياسير شرقي مدينة طوباس فجر اليوم", "wof:101921147"),  # ط for the row's ت
    ("قصفت طائرة مسيرة منطقة تاسلوجه التابعة لمحافظة السليمانية", "wof:1360089785"),  # ت for the row's ط
])
def test_spelling_one_letter_apart(text: str, want: str) -> None:
    """A name after a head noun found in a spelling one letter apart, in the province of the article's places."""
    assert want in _ids(text)


@pytest.mark.parametrize("text", [
    "سقطت قذائف على منطقة الرقو في مديرية منبه بمحافظة صعدة",  # three letters: too short to tell (Ar Rakw 40 km off)
    "داهمت قوة عسكرية قرية طياسير في محافظة حلب",  # the spelled-alike row lies in another province
])
def test_no_respelling(text: str) -> None:
    """Short names and rows outside the article's area are not read in another spelling."""
    assert not any(r.note and "one letter apart" in r.note for r in refs_of(text))


def test_respellings_swap_one_letter() -> None:
    """Each respelling swaps one letter for its alternate, both ways."""
    got = set(respellings("تاسلوجه"))
    assert "طاسلوجه" in got and "تاصلوجه" in got and "طاصلوجه" not in got
