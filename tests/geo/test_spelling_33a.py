"""Round 33a place spelling reach (the ha_ study): a many-word name's final ‑ا/‑ه written either way, and a name's
own first letter after a preposition that no proclitic can be (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.clitic_guard import fused_onset
from rasd.geo.gazetteer import ALTERNATE
from rasd.geo.places import LOCATIVE_WORDS

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # the row is «ابو ماريه»; the news end the name with alif
    ("داهمت قوة أمنية قرية أبو ماريا غرب الموصل واعتقلت مطلوبين", "Abu Mariyah", 36.43, 42.60),
    ("انفجرت عبوة ناسفة على الطريق المؤدي إلى قرية أبو ماريا قرب تلعفر", "Abu Mariyah", 36.43, 42.60),
    # and with the row's own ‑ه / ‑ة, unchanged
    ("اعتقلت قوة مطلوبا في قرية أبو مارية قرب تلعفر", "Abu Mariyah", 36.43, 42.60),
], ids=["alif-village", "alif-road", "teh-marbuta"])
def test_final_vowel_either_way(text: str, en: str, lat: float, lon: float) -> None:
    """A two-word name answers to its last vowel written ‑ا as well as ‑ه."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("name", "variant"), [
    ("ابو ماريه", "ابو ماريا"),
])
def test_variant_is_an_alternate(gazetteer, name: str, variant: str) -> None:  # type: ignore[no-untyped-def]
    """The variant names the same places as the row's spelling, as an alternate only."""
    assert {i for i, _ in gazetteer.names[variant]} <= {i for i, _ in gazetteer.names[name]}
    assert all(f == ALTERNATE for _, f in gazetteer.names[variant])


@pytest.mark.parametrize("word", ["جويا", "بحريا", "منزلا", "حاليا"])
def test_one_word_keeps_its_spelling(gazetteer, word: str) -> None:  # type: ignore[no-untyped-def]
    """One-word ‑ا/‑ه pairs are common words: no variant is made for them."""
    assert all(f != ALTERNATE or gazetteer.places[i].kind != "locality" for i, f in gazetteer.names.get(word, ()))


@pytest.mark.parametrize(("text", "word", "prefix", "fused"), [
    ("سقطت قذائف في براوه ليلا", "براوه", "ب", True),
    ("وفي براوه نفسها سقطت قذائف", "براوه", "ب", True),
    ("هجوم على قاعده قرب براوه", "براوه", "ب", True),
    ("اشتباكات عنيفه داخل وراوه", "وراوه", "و", True),
    # a real proclitic: after a noun, a town's head ('a village in X') or a verb, or with the article
    ("هجوم على قريه بالمناقل في الجزيره", "بالمناقل", "ب", False),
    ("قتل نازحون في مخيم بشمال دارفور", "بشمال", "ب", False),
    ("قتل جندي براوه امس", "براوه", "ب", False),
    ("استهدفت القوات مقرا في بالفلوجه", "بالفلوجه", "بال", False),
    ("قصف مدفعي وراوه تحت النار", "وراوه", "و", False),
], ids=["fi", "wa-fi", "qurb", "dakhil-waw", "village-in", "camp-in", "verb-ba", "article", "noun-waw"])
def test_fused_onset(text: str, word: str, prefix: str, fused: bool) -> None:
    """The first letter of a word right after a preposition is the name's own, not a proclitic."""
    start = text.index(word) + len(prefix)
    assert fused_onset(text, start, prefix, LOCATIVE_WORDS) is fused


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود في هجوم على قاعدة عسكرية قرب براوة جنوبي الصومال",
    "وفي براوة نفسها سقطت قذائف هاون على السوق الرئيسي في الصومال",
], ids=["qurb", "fi"])
def test_no_far_namesake_of_the_rest(text: str) -> None:
    """«براوة» after في or قرب is never ب + «راوة» (Rawah, in Iraq)."""
    assert all(r.location.name_en != "Rawah" for r in main_refs(text))
