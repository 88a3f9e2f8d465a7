"""Session 45 place heads (h1, the rA place census): a junction (مفرق، تقاطع) named for the village it leads to
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    ("نصب مسلحون كمينا لسيارة عسكرية عند مفرق البصيري مساء الجمعة", "Al Basiri", 34.15, 37.59),
    ("انفجرت دراجة مفخخة قرب تقاطع حيمو على الطريق الدولي", "Himu", 37.03, 41.16),
], ids=["junction", "crossroads"])
def test_a_junction_names_its_village(text: str, en: str, lat: float, lon: float) -> None:
    """The name after مفرق or تقاطع is the village the junction is named for."""
    assert_read_at(text, en, lat, lon)


def test_a_junction_with_an_ordinary_word_names_nothing() -> None:
    """A junction named by an ordinary word is no place."""
    assert not main_refs("توقفت السيارة عند مفرق الطرق قبل الغروب")
