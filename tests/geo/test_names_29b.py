"""Round 29b place data (the db_ study): sites the open data lacks (mines, camps, oil fields, a Gaza roundabout, a
Sanaa quarter), a town row with no Arabic name, and a hamlet's name without its «خربة» head (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # curated sites at their approximate published point
    ("قتل عاملان بانفجار لغم أرضي على طريق مناجم خنيفيس في البادية", "Khunayfis phosphate mines (Palmyra)",
     34.30, 38.05),
    ("دوت انفجارات متتالية داخل معسكر أشرف في محافظة ديالى فجر اليوم", "Camp Ashraf (Diyala)", 33.84, 44.56),
    ("أسقطت الدفاعات الجوية طائرة مسيرة كانت متجهة نحو حقل خباز غرب كركوك", "Khabbaz oil field (Kirkuk)",
     35.30, 44.19),
    ("أطلقت الزوارق النار على المنتظرين عند دوار الكويتي صباح الخميس", "Kuwaiti roundabout (Gaza City)",
     31.478, 34.447),
    ("استهدفت غارتان منزلين في منطقة الحصبة بالعاصمة صنعاء", "al-Hasaba (Sanaa)", 15.383, 44.208),
    # a town row without an Arabic name
    ("قصفت مسيرة مدرسة تؤوي نازحين في مدينة القطينة بولاية النيل الأبيض", "Al Qitena", 14.86, 32.37),
    # a hamlet the sources name with «خربة», written without it after a head noun
    ("أحرق مستوطنون مركبتين على أطراف قرية أبو فلاح شمال شرقي رام الله", "Khirbet Abu Falah", 32.02, 35.30),
], ids=["khunayfis-mines", "camp-ashraf", "khabbaz-field", "kuwaiti-roundabout", "hasaba-quarter",
        "gitaina-town", "abu-falah-hamlet"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "wrong"), [
    ("أطلقت حملة للتلقيح ضد الحصبة في المدارس الريفية", "al-Hasaba (Sanaa)"),  # bare: the disease 'measles'
    ("قال أشرف إن الطريق أغلق منذ الصباح", "Camp Ashraf (Diyala)"),  # bare: a given name
    ("تجمع المحتجون عند دوار الكويت وسط المدينة", "Kuwait"),  # the roundabout's name holds a country's
    ("سقطت قذائف على أطراف منطقة الصوفية شرقي الرمادي", "Khirbat Sufiyah"),  # one-word rest of a hamlet's name
], ids=["hasaba-measles", "ashraf-given-name", "roundabout-not-country", "hamlet-one-word"])
def test_namesakes_keep_their_place(text: str, wrong: str) -> None:
    """A name a new row or form shares is not read as that row without its head."""
    assert wrong not in {r.location.name_en for r in main_refs(text)}
