"""Session 41 place spelling reach (the ne_ study): "son of" inside a many-word name written بن or ابن
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import ALTERNATE

from .conftest import assert_read_at


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # the row is «قصر بن غشير»; the news write ابن
    ("اندلعت اشتباكات بين مجموعتين مسلحتين في منطقة قصر ابن غشير جنوب طرابلس", "Qasr Bin Ghashir", 32.68, 13.18),
    # the row is «طشان ابن حسين»; the news write بن
    ("انفجرت عبوة ناسفة قرب قرية طشان بن حسين في محافظة الديوانية", "Tashshan Ibn Husayn", 31.80, 44.43),
    # and the row's own spelling, unchanged
    ("اندلعت اشتباكات في منطقة قصر بن غشير جنوب طرابلس", "Qasr Bin Ghashir", 32.68, 13.18),
], ids=["ibn-for-bin", "bin-for-ibn", "row-spelling"])
def test_son_word_either_way(text: str, en: str, lat: float, lon: float) -> None:
    """A name with بن or ابن inside it answers to the other spelling of that word."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("name", "variant"), [
    ("قصر بن غشير", "قصر ابن غشير"),
    ("طشان ابن حسين", "طشان بن حسين"),
])
def test_son_variant_is_an_alternate(gazetteer, name: str, variant: str) -> None:  # type: ignore[no-untyped-def]
    """The variant names the same places as the row's spelling, as an alternate only."""
    assert {i for i, _ in gazetteer.names[variant]} <= {i for i, _ in gazetteer.names[name]}
    assert all(f == ALTERNATE for _, f in gazetteer.names[variant])
