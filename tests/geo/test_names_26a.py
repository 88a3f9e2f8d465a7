"""Round 26a place data (the za_ study): the transliteration bridge after an area's or a district's head, a head
noun that opens a name, a foreign Al/El name, districts known only by a Latin name, Latin letters naming a base and
the country's name with its article (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.area_names import velars_agree
from rasd.geo.translit import LatinRow, pick, query_skeletons

from .conftest import refs_of


def _names(text: str) -> list[str]:
    """The English names of every place read in the text."""
    return [r.location.name_en for r in refs_of(text)]


@pytest.mark.parametrize(("text", "en"), [
    # an area's head: the village the Latin-only row names
    ("اقتحمت قوة مسلحة منطقة حنتوب شرق ود مدني وأحرقت عددا من المنازل", "Hantub"),
    ("سقطت قذائف على سوق منطقة الكباشي شمالي الخرطوم بحري", "El Kabbashi"),
    # a district's head: a Turkish district no Arabic name reaches, found in the province the text names
    ("قُتل جنديان في اشتباك بريف قضاء حزرو بولاية ديار بكر", "Hazro"),
    # a head noun that opens the name (Nahr 'Umar), after a sub-district's head
    ("سقط صاروخ في بستان بناحية نهر عمر شمال البصرة", "Nahr 'Umar"),
    # Al/El before a long vowel is part of a foreign name, not the article
    ("أصيب مستوطن بعملية طعن قرب مستوطنة ألون شفوت جنوب بيت لحم", "Allon Shevut"),
], ids=["area-sudan", "market-area", "turkish-district", "nahr-name", "allon"])
def test_latin_only_places_after_area_and_district_heads(text: str, en: str) -> None:
    """After منطقة / قضاء / ناحية (and a settlement's head) an unknown name takes the one Latin-only row that spells
    it, with geo_precision 2 and a transliteration note."""
    got = [r for r in refs_of(text) if r.location.name_en == en]
    assert got, _names(text)
    assert got[0].location.geo_precision == 2 and "transliteration" in (got[0].note or "")


@pytest.mark.parametrize("text", [
    "تمركزت القوات في منطقة خالية من السكان قرب مدينة تعز",  # an adjective agreeing with the head
    "وقعت الاشتباكات في منطقة ريفية تابعة لمحافظة الحديدة",
    "تقدمت القوات في منطقة العمليات شمال مدينة الحديدة",  # a common plural noun spelled unlike any village
    "نفذت طائرة مسيرة غارة على منطقة الجادرية في بغداد",  # Jadriya is no Khadhra: ج is not خ
    "شنت الطائرات غارات على منطقة جربان بمديرية سنحان جنوب صنعاء",  # the row lies in another district
], ids=["empty-area", "rural-area", "operations-area", "velars", "own-context"])
def test_no_latin_guess_for_common_words_after_an_area_head(text: str) -> None:
    """An area's head introduces adjectives and common nouns too: they stay unread, and so does a name whose Latin
    row disagrees with its velars or with the district the text puts it in."""
    assert not [r for r in refs_of(text) if r.note and "transliteration" in r.note]


@pytest.mark.parametrize(("arabic", "latin", "agree"), [
    ("حنتوب", "Hantub", True),
    ("الكباشي", "El Kabbashi", True),
    ("غوتشلوكوناك", "Gutshlukonak", True),
    ("عين قنيا", "Ain Qaniye", True),
    ("الجادريه", "Al Khadhra'a", False),  # ج against kh
    ("الخياله", "Jil'ah", False),  # خ against j
], ids=["none", "kaf", "ghain-kaf", "qaf", "jim-kha", "kha-jim"])
def test_velars_agree_letter_by_letter(arabic: str, latin: str, agree: bool) -> None:
    """The velars and uvulars the skeleton folds into k must match one for one after an area's head."""
    assert velars_agree(arabic, (latin,)) is agree


def test_an_opening_al_before_a_vowel_is_also_read_as_part_of_the_name() -> None:
    """'الون شفوت' is looked up as Allon Shevut (l kept) besides the article reading."""
    assert "lnsft" in query_skeletons("الون شفوت")


def test_a_district_and_the_town_of_its_name_are_one_place() -> None:
    """A district's point a few km from its seat town is no rival reading: the nearer is taken."""
    town = LatinRow("gn:1", "TUR", "", "", 37.47, 41.91, "Guclukonak", ("Guclukonak",))
    district = LatinRow("wof:2", "TUR", "Sirnak", "Güçlükonak", 37.52, 41.96, "Guclukonak", ("Guclukonak",))
    got = pick([town, district], [(37.5, 41.9)], 60.0)
    assert got is not None


@pytest.mark.parametrize(("text", "en"), [
    ("سقطت ثلاثة صواريخ قرب قاعدة K1 العسكرية شمال غربي كركوك", "K-1 / Kirkuk air base"),
    ("استهدفت طائرة مسيرة قاعدة K-1 فجر اليوم", "K-1 / Kirkuk air base"),
], ids=["k1", "k-1"])
def test_latin_letters_name_the_k1_base(text: str, en: str) -> None:
    """The base written in Latin letters after its head is the K-1 base."""
    assert en in _names(text)


def test_the_country_with_its_article_is_not_mocha() -> None:
    """'اليمن' in a Ta'izz report is the country, not Mocha (whose WOF names list يمن)."""
    text = "قُتل مدني بقذيفة في مديرية المظفر غربي مدينة تعز، وقال مكتب أممي في اليمن إن المدنيين يدفعون الثمن"
    assert "Mocha" not in _names(text)
