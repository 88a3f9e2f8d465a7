"""Round 30a place data (the da_ study): town rows with no Arabic name or below the city threshold, a Horn town the
news spell otherwise, and a dam, a quarter and an area the open data lacks (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # a Latin-only town of the capital, named by place_aliases (not its South Kordofan namesake)
    ("اقتحمت قوة مسلحة سوق قرية أم دوم شرق النيل ونهبت المحلات", "Um Dom", 15.53, 32.63),
    # an Iranian town below the city threshold, named by place_aliases (not its admin2)
    ("هاجم مسلحون دورية للشرطة في مدينة سرباز جنوب شرقي إيران", "Sarbaz", 26.63, 61.26),
    # the Kurdish name of an existing row
    ("سقط صاروخان على أرض زراعية قرب بلدة بيرمام في أربيل", "Salah ad Din", 36.385, 44.197),
    # curated rows at their approximate published point
    ("اعترضت الدفاعات طائرة مسيرة في محيط سد الموصل فجر الأحد", "Mosul Dam", 36.63, 42.82),
    ("اعتقلت دورية شابين من منزلهما في حي المشلب مساء السبت", "al-Mashlab (Raqqa)", 35.945, 39.04),
    ("قصفت طائرة مسيرة تجمعا للمقاتلين في منطقة السبلوقة على ضفة النيل", "Sabaloka (north of Khartoum North)",
     16.25, 32.66),
    ("سقطت قذائف هاون على قاعدة عسكرية داخل مدينة حدر في إقليم بكول", "Xuddur (Bakool)", 4.12, 43.89),
    ("قصفت مسيرة قافلة من المدنيين في طريقها إلى سد تشرين بعد الظهر", "Tishrin Dam (Manbij)", 36.38, 38.18),
], ids=["um-dom-khartoum", "sarbaz-town", "pirmam-resort", "mosul-dam", "mashlab-quarter", "sabaloka-area",
        "xuddur-town", "tishrin-dam"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "wrong"), [
    ("شعر المريض بخدر في يده بعد العملية", "Xuddur (Bakool)"),  # bare: 'numbness'
    ("حدر الماء من أعلى الجبل بعد المطر", "Xuddur (Bakool)"),  # bare: a verb, 'flowed down'
    ("اعترضت الدفاعات طائرة مسيرة قرب سد الموصل", "Mosul"),  # the city inside the dam's name
    ("قصفت الطائرات بلدة في ريف منبج في الثالث من تشرين الأول", "Tishrin Dam (Manbij)"),  # the month
], ids=["khudur-numbness", "hadar-verb", "dam-not-city", "tishrin-month"])
def test_namesakes_keep_their_place(text: str, wrong: str) -> None:
    """A name a new row shares is not read as that row without its head, nor the city inside a site's name."""
    assert wrong not in {r.location.name_en for r in main_refs(text)}


@pytest.mark.parametrize(("text", "name", "en"), [
    # a town the article names in Arabic elsewhere is no reason to read another name by a loose alternate of it
    ("سقطت قذائف هاون على مدينة حدر الصومالية. وفي بوركينا فاسو انفجرت عبوة ناسفة قرب مدينة دوري في إقليم الساحل",
     "دوري", "Dori"),
], ids=["dori-not-oddur"])
def test_best_spelled_latin_row_first(text: str, name: str, en: str) -> None:
    """The transliteration bridge tries the best-spelled rows before the rest, whichever lies nearer."""
    assert [r.location.name_en for r in main_refs(text) if r.location.text.endswith(name)] == [en]
