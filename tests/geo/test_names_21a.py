"""Round 21a place data: Latin-only towns of an article whose only places are its country or its dateline, the
name after و under a dual head, Hebrew names opening with a head word, the alif seat of an opening vowel, the
apostrophe of a romanized ayn, villages named for their town with a qualifier, a quarter named with its town, and
a Turkish border town's news spelling (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import _merge_qualified_forms
from rasd.geo.translit import CLOSE_MARGIN, closeness, spelled_alike

from .conftest import main_refs


@pytest.mark.parametrize(("text", "en"), [
    # the dateline alone says the country (an outlet of the capital; no other place is named)
    ("مقديشو - راديو دلسن:\nقتل جنديان في هجوم على موقع للجيش قرب بلدة جلالقسي.", "Jalalaqsi"),
    # the country alone: its only town spelled so, however far from the country's point
    ("قال مسؤول في الصومال إن غارة جوية استهدفت تجمعا للمسلحين قرب مدينة قوريولي", "Qoryooley"),
    # a dual head governs the name after و (Evron and Or HaNer are known only in Latin letters)
    ("سقطت صواريخ على مستوطنتي شلومي وإفرون في الجليل الغربي", "Evron"),
    ("سقطت قذائف قرب مستوطنتي سديروت وأور هنير شمال غلاف غزة", "Or HaNer"),
    # a Hebrew name opening with the head word كفار after a settlement head
    ("أطلقت الفصائل قذائف باتجاه مستوطنة كفار ميمون في غلاف غزة", "Kefar Maymon"),
    # ع inside the name is the apostrophe of Gevar'am, not the y of Kefar Yam
    ("سقط صاروخ في أرض خلاء قرب كيبوتس غفرعام شمال عسقلان", "Gevar'am"),
    # a village named for its town with a qualifier, written with the town's article
    ("قتل شاب برصاص مجهولين في بلدة الغارية الشرقية بريف درعا الشرقي", "Ghariyah ash Sharqiyah"),
    # the news' spelling of Karkamış
    ("سقطت قذيفة صاروخية على بلدة قرقميش الحدودية مع سوريا", "Karkamıs"),
])
def test_places_of_the_round(text: str, en: str) -> None:
    """Each sentence's place is the row of the right country and town."""
    assert en in {r.location.name_en for r in main_refs(text)}, [r.location.name_en for r in main_refs(text)]


@pytest.mark.parametrize(("text", "town", "namesake"), [
    ("دمرت غارة منزلا في حي الميدان في بلدة الخيام", "El Khiyam", "El Midane"),  # a Jezzine village 28 km off
    # after a direction too, and the quarter's later bare mention with it (one sense per name)
    ("قصف الاحتلال شقة سكنية في حي النصر شمال غرب مدينة غزة، وبعد ساعة عاد وقصف مدرسة في حي النصر",
     "Gaza City", "Al-Bayuk"),
])
def test_a_quarter_lies_in_the_town_written_after_it(text: str, town: str, namesake: str) -> None:
    """A quarter whose reading lies far from the town named right after it is placed at that town."""
    names = [r.location.name_en for r in main_refs(text)]
    assert town in names and namesake not in names, names


def test_a_seated_opening_vowel_reads_as_the_vowel() -> None:
    """اور is Or: the alif only carries the opening vowel; ايلون Elon likewise."""
    assert spelled_alike("اور هنير", ("Or HaNer",))
    assert spelled_alike("ايلون", ("Elon",))


def test_an_inner_ayn_prefers_the_latin_apostrophe() -> None:
    """Among rows of one skeleton, the one writing the ayn as an apostrophe is clearly the closest."""
    assert closeness("غفرعام", ("Gevar'am",)) > closeness("غفرعام", ("Kefar Yam",)) + CLOSE_MARGIN


def test_qualified_village_answers_to_the_towns_article_form() -> None:
    """'نبطيه الفوقا' also answers to 'النبطيه الفوقا' when 'النبطيه' is a name; a family name after the first
    word is no qualifier, and an existing key is kept."""
    index = {"نبطيه الفوقا": [(0, 0)], "النبطيه": [(1, 0)], "عبد الله": [(2, 0)], "العبد": [(3, 0)],
             "حومين التحتا": [(4, 0)]}
    _merge_qualified_forms(index)
    assert index["النبطيه الفوقا"] == [(0, 0)]
    assert "العبد الله" not in index
    assert "الحومين التحتا" not in index  # no town الحومين
