"""Round 11 geocoding: villages that back each other's country, names that are outlets or common words, and the
curated places the held-out articles lacked (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import km, main_refs, refs_of


def names(text: str) -> list[str]:
    """English names of the places a text names (context phrases included)."""
    return [r.location.name_en for r in refs_of(text)]


@pytest.mark.parametrize(("text", "want"), [
    # no country named, no admin unit: two introduced villages of one country within 25 km back each other
    ("ففي عيترون، استهدفت مسيرة سيارة على الطريق. وأصيب مواطن في بلدة مارون الراس بقصف مدفعي.",
     ["Aitaroun", "Maroun er Ras"]),
    ("وفي ميس الجبل، احترق منزل بعد الظهر، فيما سقطت قذائف على أطراف بلدة بليدا.", ["Meiss ej Jabal", "Blida"]),
])
def test_introduced_villages_back_each_other(text: str, want: list[str]) -> None:
    """Without any other evidence of the country, a cluster of introduced villages sets the article's focus."""
    got = names(text)
    assert all(any(w in n for n in got) for w in want), got


def test_scattered_common_words_do_not_vote() -> None:
    """'في المنازل' and 'بجروح' are villages in two far apart places: no cluster, no places."""
    assert names("وألحق القصف أضرارا في المنازل وأصيب شخصان بجروح.") == []


@pytest.mark.parametrize("text", [
    'وقال مصدر أمني لـ"دجلة" إن عبوة ناسفة انفجرت قرب ناحية آمرلي.',
    'وأكد الناطق لـ"بغداد اليوم" أن عبوة ناسفة انفجرت قرب ناحية آمرلي.',
])
def test_a_name_quoted_after_li_is_an_outlet(text: str) -> None:
    """Whom something was told (لـ"دجلة") is an outlet, not a place; the incident's place stays."""
    assert names(text) == ["Amirli"]


def test_the_two_seas_are_not_bahrain() -> None:
    """'البحرين الاحمر والعربي' are two seas; البحرين alone is still the country."""
    assert names("وتوعد المتحدث بعمليات أوسع في البحرين الأحمر والعربي.") == []
    assert names("وصل وفد الوزارة إلى البحرين مساء أمس.") == ["Bahrain"]


def test_orchards_and_an_outlet_in_an_iraqi_article() -> None:
    """'علي بساتين' (orchards) is no Basatin village, 'لـ"دجلة"' no Dijlah, though the article is about Salah al-Din."""
    assert names('أفاد مصدر في محافظة صلاح الدين بسقوط قذائف هاون على بساتين قريبة من ناحية العظيم. وقال '
                 'المصدر لـ"دجلة" إن القذائف لم توقع إصابات.') == ["Salah Al-Din", "Al 'Azim"]


@pytest.mark.parametrize(("text", "pid", "lat", "lon", "tol"), [
    ("نفذ الطيران غارة على وكر للتنظيم في حوض حمرين شمال ناحية جلولاء", "region:hamrin_basin", 34.27, 45.17, 35),
    ("قصفت الطائرات منشآت ميناء رأس عيسى النفطي فجر اليوم", "site:ras_isa", 15.19, 42.74, 10),
    ("استهدفت المسيرات تجمعات للدعم السريع في مدينة تمبول بولاية الجزيرة", "site:tambul", 14.93, 33.43, 5),
])
def test_curated_places_of_the_held_out_articles(text: str, pid: str, lat: float, lon: float, tol: float) -> None:
    """The Hamrin basin (Diyala), the Ras Isa port and Tambul in East Gezira are places of their own."""
    ref = main_refs(text)[0]
    assert ref.location.id == pid
    assert km(lat, lon, ref.location.lat, ref.location.lon) <= tol


def test_a_site_and_a_district_apart_are_two_incidents() -> None:
    """'غارات علي ميناء راس عيسي ... وغارتين في مديريه الزيديه': a named site and a district it does not lie in are
    two incidents, however near (merge._places_ok)."""
    from datetime import date

    from rasd.extract import extract
    from rasd.records import Article
    from rasd.resources import load_resources
    text = ("شن طيران العدوان فجر اليوم الأحد ثلاث غارات على ميناء رأس عيسى في محافظة الحديدة. كما استهدف العدوان "
            "بغارتين مزرعة في مديرية الزيدية، ما أدى إلى إصابة مواطن.")
    art = Article(doc_id="m.txt", text=text, content_hash="h", published=date(2024, 3, 3))
    places = sorted(m.location.name_en for m in extract(art, load_resources()).mentions)
    assert places == ["Az Zaydiyah", "Ras Isa port (al-Hudaydah)"]
