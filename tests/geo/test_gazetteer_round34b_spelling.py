"""Round 34b: a place written with Persian or Kurdish letters (پ چ ڤ ۆ ێ) reads as its Arabic spelling
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.normalize import normalize

from .conftest import refs_of


def _ids(text: str) -> set[str]:
    """The place ids of a text's references."""
    return {r.location.id for r in refs_of(text)}


@pytest.mark.parametrize(("letters", "folded"), [
    ("پ", "ب"), ("چ", "ج"), ("ڤ", "ف"), ("ۆ", "و"), ("ێ", "ي"),
])
def test_persian_and_kurdish_letters_fold(letters: str, folded: str) -> None:
    """Each Persian or Kurdish letter folds to the Arabic letter the Arabic press writes for it."""
    assert normalize(letters).text == folded


@pytest.mark.parametrize(("persian", "arabic", "want"), [
    ("سقطت قذيفة على مدينة پاكدشت مساء أمس", "سقطت قذيفة على مدينة باكدشت مساء أمس", "wof:1310259243"),
    ("قصف مدفعي طال بلدة پنجوين الحدودية فجراً", "قصف مدفعي طال بلدة بنجوين الحدودية فجراً", "wof:421170793"),
    ("اشتباك مسلح في قضاء چمچمال شرقي كركوك", "اشتباك مسلح في قضاء جمجمال شرقي كركوك", "iq:IQG06Q02"),
    ("انفجار قرب مدينة چابهار جنوب شرقي إيران", "انفجار قرب مدينة جابهار جنوب شرقي إيران", "wof:421168805"),
])
def test_persian_spelling_reads_as_arabic(persian: str, arabic: str, want: str) -> None:
    """A town written with پ or چ is found where its Arabic spelling is."""
    got = _ids(persian)
    assert want in got and got == _ids(arabic)


def test_kurdish_spelling_reads_as_arabic() -> None:
    """A town written with ۆ and ک is the town of its Arabic spelling."""
    assert _ids("أصيب شرطي بانفجار عبوة في مدينة دهۆک مساء الاثنين") == _ids(
        "أصيب شرطي بانفجار عبوة في مدينة دهوك مساء الاثنين")


@pytest.mark.parametrize("text", [
    "تبادل الطرفان إطلاق النار قرب الكبري القديم وسط العاصمة الخرطوم",
    "أغلقت الشرطة كوبري المشاة بعد سقوط قذيفة في محيطه",
    "هرب الجيران من المنازل المجاورة بعد الانفجار",
])
def test_common_words_from_folded_aliases_are_no_place(text: str) -> None:
    """A common word that a folded Persian or Turkish alias spells (bridge, neighbours) names no place."""
    assert not any(r.location.name_en in ("Vezirkopru", "Chiran") for r in refs_of(text))
