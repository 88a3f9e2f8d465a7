"""Session 41 place heads (h9, the rA census): a collective town (مجمع) named for a place
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # a Yazidi collective town named for its village
    ("استهدفت طائرة مسيرة عجلة مدنية عند مدخل مجمع كوهبل في قضاء سنجار", "Kuhbil", 36.52, 41.96),
], ids=["complex-village"])
def test_head_names_its_place(text: str, en: str, lat: float, lon: float) -> None:
    """The name after مجمع is the village it is named for."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize("text", [
    "وصل الوزير إلى مجمع الوزارات صباح اليوم",
    "نقل الجرحى إلى مجمع الشفاء الطبي بعد منتصف الليل",
], ids=["ministries-complex", "medical-complex"])
def test_head_with_an_ordinary_word_names_nothing(text: str) -> None:
    """A complex named with an ordinary word (الوزارات، الشفاء الطبي) is no place."""
    assert not main_refs(text)
