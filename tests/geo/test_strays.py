"""Namesakes abroad (rasd.geo.strays): a place in a city-level country the article neither names nor writes from,
far from all its places, is a namesake's reading of a word (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.strays import nisba

from .conftest import main_refs


@pytest.mark.parametrize(("name", "adjective"), [
    ("تركيا", "التركي"), ("السعوديه", "السعودي"), ("ايران", "الايراني"), ("مصر", "المصري"),
    ("الصومال", "الصومالي"), ("سوريه", "السوري"), ("ليبيا", "الليبي"),
])
def test_nisba(name: str, adjective: str) -> None:
    """A country's nisba adjective, the stem its masculine, feminine and plural forms begin with."""
    assert nisba(name) == adjective


@pytest.mark.parametrize(("text", "abroad"), [
    # the first word of a Somali town the gazetteer lacks, which a Turkish city bears, in a report naming Somalia
    ("هاجم مسلحون قاعدة عسكرية قرب بلدة بولو في إقليم شبيلي السفلى جنوبي الصومال، بحسب مصادر في مقديشو", "TUR"),
    # a Tripoli quarter the gazetteer lacks, whose name an Algerian town bears, in a Libyan report
    ("طرابلس - سقطت قذيفة على منزل في منطقة سوق الثلاثاء وسط العاصمة الليبية، وأصيب طفلان في جنزور", "DZA"),
])
def test_namesake_abroad_dropped(text: str, abroad: str) -> None:
    """The reading in a country the article never shows is dropped; the article's own places stay."""
    refs = main_refs(text)
    assert refs
    assert all(r.location.country_iso3 != abroad for r in refs), [r.location.name_en for r in refs]


@pytest.mark.parametrize(("text", "en"), [
    # a theatre's place told from abroad: an Iraqi group's claim on an Israeli town
    ("أعلنت فصائل في بغداد أنها هاجمت بطائرة مسيرة ميناء إيلات جنوبي الأراضي المحتلة فجر اليوم", "Eilat"),
    # a capital of a country the article names
    ("وصل وفد من مقديشو إلى أنقرة بعد الهجوم، وأكدت تركيا دعمها للحكومة الصومالية", "Ankara"),
])
def test_places_abroad_kept(text: str, en: str) -> None:
    """A theatre's place, or a place of a country the article names, is kept however far."""
    assert en in [r.location.name_en for r in main_refs(text)]
