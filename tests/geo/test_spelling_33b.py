"""Round 33b place spelling reach (the ib_ study): a many-word name's long alif after the first letter of its last
word written or dropped (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import ALTERNATE

from .conftest import assert_read_at


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # the row is «علي بجليه»; the news write the long alif
    ("سقطت قذائف على منازل قرية علي باجلية وأصيب طفلان", "'Ali Bajliyah", 36.54, 38.99),
    ("اندلعت اشتباكات عنيفة في محيط قرية علي باجلية ليلا", "'Ali Bajliyah", 36.54, 38.99),
    # the row is «عرب صليم»; the news write the long alif
    ("استهدفت غارة منزلا في بلدة عرب صاليم في قضاء النبطية جنوب لبنان", "Aarab Salim", 33.43, 35.52),
    # and the row's own spelling, unchanged
    ("سقطت قذائف على قرية علي بجلية صباحا", "'Ali Bajliyah", 36.54, 38.99),
], ids=["alif-shelling", "alif-clash", "alif-town", "row-spelling"])
def test_medial_alif_either_way(text: str, en: str, lat: float, lon: float) -> None:
    """A two-word name answers to its last word's long alif after the first letter, written or dropped."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("name", "variant"), [
    ("علي بجليه", "علي باجليه"),
    ("عرب صليم", "عرب صاليم"),
])
def test_medial_variant_is_an_alternate(gazetteer, name: str, variant: str) -> None:  # type: ignore[no-untyped-def]
    """The variant names the same places as the row's spelling, as an alternate only."""
    assert {i for i, _ in gazetteer.names[variant]} <= {i for i, _ in gazetteer.names[name]}
    assert all(f == ALTERNATE for _, f in gazetteer.names[variant])


@pytest.mark.parametrize("word", ["كاتب", "سالم", "حاكم"])
def test_one_word_keeps_its_medial_spelling(gazetteer, word: str) -> None:  # type: ignore[no-untyped-def]
    """One-word names get no alif variant (alif-deletion makes homonyms: كاتب/كتب)."""
    dropped = word[0] + word[2:]
    assert all(f != ALTERNATE for i, f in gazetteer.names.get(dropped, ())
               if i not in {j for j, _ in gazetteer.names.get(word, ())})
