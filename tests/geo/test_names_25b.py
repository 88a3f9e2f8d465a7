"""Round 25b place data: the towns of Turkey, Iran, Libya, Egypt and Saudi Arabia in the Latin-only file."""

from __future__ import annotations

from types import ModuleType

import pytest

from rasd.geo.translit import arabic_skeletons, latin_skeleton
from tests import tool_modules

from .conftest import main_refs


def _more() -> ModuleType:
    """tools/gazetteer_more.py imported as a module."""
    return tool_modules.load("gazetteer_more")


@pytest.mark.parametrize(("latin", "arabic"), [
    ("Güçlükonak", "غوتشلوكوناك"),  # ç is تش
    ("Çınar", "تشينار"),
    ("Şemdinli", "شمدينلي"),  # ş is ش
])
def test_turkish_reading_spells_like_the_arabic_news(latin: str, arabic: str) -> None:
    assert latin_skeleton(latin.translate(_more().TURKISH_READING)) in arabic_skeletons(arabic)


@pytest.mark.parametrize(("text", "want"), [
    # a Turkish town no source names in Arabic, after a head noun, in an article that shows Turkey
    ("انفجرت عبوة ناسفة بدورية للشرطة قرب بلدة تشينار في ولاية ديار بكر التركية", "Cinar"),
])
def test_city_level_towns_by_their_latin_name(text: str, want: str) -> None:
    assert want in {r.location.name_en for r in main_refs(text)}


def test_a_turkish_spelling_in_a_syrian_story_is_no_turkish_town() -> None:
    # Turkey is not among the article's countries: its Latin-only rows are not looked at
    refs = main_refs("سقطت قذيفة على قرية تشاغلايان قرب الرقة وأصابت منزلين")
    assert {r.location.country_iso3 for r in refs} <= {"SYR"}
